"""Rules for classes of failure first seen on corpus_real_blind4 (a tuning set since its
single scored run): each a general rule of a language table or a pass, tested on SYNTHETIC
sentences composed for the test in wordings of their own."""

from __future__ import annotations

import pytest

from kzvotes.extract import ExtractedContest, ExtractedDocument, extract_document
from kzvotes.extract.classify import classify_text
from kzvotes.parse import text_document


def run(text: str) -> ExtractedDocument:
    return extract_document(text_document(text))


def only(text: str) -> ExtractedContest:
    (contest,) = run(text).contests
    return contest


def votes(contest: ExtractedContest) -> dict[str, int | None]:
    return {c.name: c.votes.value if c.votes else None for c in contest.candidates}


# -- a person's name in quotes after a unit names the unit ----------------------------


@pytest.mark.parametrize(
    "unit",
    ["заместитель акима сельского округа", "ауылдық округі әкімінің орынбасары, округ"],
)
def test_a_quoted_name_after_a_unit_is_the_units_name(unit: str) -> None:
    # SYNTHETIC: a rival described by a job in a rural district named after a person
    contest = only(
        "Акимом города Форт-Шевченко избран Асылбек Курманов, за него подано 1756 голосов. "
        f"Два других кандидата – Айдос Елемесов и {unit} «Сайын Шапагатов» Гибрат Мухамбет "
        "– получили 302 и 398 голосов соответственно."
    )
    assert votes(contest) == {
        "Асылбек Курманов": 1756,
        "Айдос Елемесов": 302,
        "Гибрат Мухамбет": 398,
    }


# -- a unit the winner led or was appointed to before is no contest ------------------


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC
        "Акимом города Серебрянска избрана Нургуль Бакынова, до этого руководившая "
        "Таловским сельским округом. В 2020 году ее назначили акимом Таловского сельского "
        "округа. В список избирателей города вошли 5 426 человек, проголосовали 3 443.",
        "Serebrıansk qalasy ákiminiń saılaýy ótti. Qala ákimi bolyp buǵan deıin Talov "
        "aýyldyq okrýgin basqarǵan Nurgúl Baqynova saılandy. Saılaýshylar tizimine 5 426 "
        "adam engizilgen, olardyń 3 443-i daýys berdi.",
    ],
)
def test_a_unit_led_before_is_no_contest(text: str) -> None:
    contest = only(text)
    assert contest.place_id == "KZ-63/serebryansk"
    assert contest.registered_voters is not None
    assert contest.registered_voters.value == 5426


# -- "in the first district" after a list of two contests ----------------------------


def test_the_first_district_of_a_list_is_its_first_place() -> None:
    # SYNTHETIC
    doc = run(
        "В Хромтауском районе выбрали акимов двух округов. Акимом Абайского сельского "
        "округа стал Махамбет Суиналин, Богетсайского – Еркебулан Кауанов. В первом округе "
        "в список избирателей внесли 240 человек."
    )
    voters = {
        c.place_id: c.registered_voters.value if c.registered_voters else None for c in doc.contests
    }
    assert voters == {"KZ-15/khromtau/abai": 240, "KZ-15/khromtau/bogetsai": None}


# -- a results message's asides are not another kind's signs --------------------------


def test_ballots_declared_invalid_do_not_void_the_election() -> None:
    # SYNTHETIC
    text = "Akylbek Serikov was elected akim with 1,061 votes; 85 ballots were declared invalid."
    assert classify_text(text) == "results"
    assert classify_text("The election in Derkul was declared invalid by the court.") == "other"


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: a winner's birth year and self-nomination beside the result
        "Of 15,121 voters, 1,604 took part. Bolat Seitov, born in 1988, was elected akim. "
        "He ran as a self-nominated candidate.",
        "Сайлаушылар тізіміне 15121 азамат енгізілген. Әкім болып 1988 жылы туған Болат "
        "Сейітов сайланды.",
        "Saılaýshylar tizimine 15121 azamat engizilgen. Ákim bolyp 1988 jyly týǵan Bolat "
        "Seıitov saılandy.",
        "В списки внесены 15 121 избирателей. Акимом избран Болат Сеитов, родился в 1988 "
        "году, ранее выдвинут в порядке самовыдвижения.",
    ],
)
def test_a_birth_year_is_no_year_of_another_vote(text: str) -> None:
    assert classify_text(text) == "results"


# -- "Sunday's elections" with the dateline of the Monday after ------------------------


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC
        "06.11.2023\n\nКомиссия огласила итоги воскресных выборов акима Актогайского "
        "района. Победил Руслан Кенжебеков.",
        "06.11.2023\n\nThe commission announced the results of the Sunday election of the "
        "akim of Aktogay district. Ruslan Kenzhebekov won.",
    ],
)
def test_sundays_election_is_the_sunday_before_the_dateline(text: str) -> None:
    contest = only(text)
    assert contest.election_date is not None
    assert str(contest.election_date) == "2023-11-05"
