"""Rules for classes of failure first seen on corpus_real_blind4 (a tuning set since its
single scored run): each a general rule of a language table or a pass, tested on SYNTHETIC
sentences composed for the test in wordings of their own."""

from __future__ import annotations

import pytest
from extract_text import only, run

from kzvotes.extract import ExtractedContest
from kzvotes.extract.classify import classify_text


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


# -- nominations told of a group or without a subject --------------------------------


def nominators(contest: ExtractedContest) -> dict[str, str | None]:
    return {c.name: c.nominator for c in contest.candidates}


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: "the two remaining candidates, self-nominated, – X and Y"
        "Qala ákimi bolyp Asylbek Qurmanov saılandy, oǵan 1756 saılaýshy daýys berdi. "
        "Ózin-ózi usynǵan qalǵan eki kandıdat – Aıdos Elemesov pen Ǵıbrat Muhambet tıisinshe "
        "302 jáne 398 daýys aldy.",
        "Қала әкімі болып Асылбек Құрманов сайланды, оған 1756 сайлаушы дауыс берді. "
        "Өзін-өзі ұсынған қалған екі кандидат – Айдос Елемесов пен Ғибрат Мұхамбет тиісінше "
        "302 және 398 дауыс алды.",
    ],
)
def test_a_nomination_of_the_remaining_few_is_each_of_theirs(text: str) -> None:
    found = nominators(only(text))
    assert sorted(v for k, v in found.items() if "Qurmanov" not in k and "Құрманов" not in k) == [
        "self",
        "self",
    ]


def test_a_sentence_opening_on_its_verb_speaks_of_the_person_before() -> None:
    # SYNTHETIC
    contest = only(
        "В список избирателей поселка Деркул внесены 15121 гражданин. За Сеитова Болата — 1061; "
        "за Нурова Арман — 216. Акимом поселка Деркул избран Сеитов Болат. До выборов он "
        "уже работал в акимате. На выборы шел в порядке самовыдвижения."
    )
    assert [c.nominator for c in contest.candidates if c.elected] == ["self"]


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: "the citizens elected to lead the two districts ran from Amanat"
        "Балқаш ауданының әкімі болып Азат Құтпанбетов сайланды. Жамбыл ауданында Нұрлан "
        "Ертас жеңді. Екі аудан басшылығына сайланған азаматтар да «Аманат» партиясынан түскен.",
        "Balqash aýdanynyń ákimi bolyp Azat Qutpanbetov saılandy. Jambyl aýdanynda Nurlan "
        "Ertas jeńdi. Eki aýdan basshylyǵyna saılanǵan azamattar da «Amanat» partııasynan tústi.",
    ],
)
def test_the_two_citizens_elected_are_both_winners(text: str) -> None:
    doc = run(text)
    assert [c.party_id for contest in doc.contests for c in contest.candidates] == [
        "amanat",
        "amanat",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC
        "Талаптан ауылдық округінің әкімі сайланды. 2 000 сайлаушы дауыс берді. "
        "Талаптан ауылдық округінде 1816 сайлаушының сеніміне ие болған Серік Омаров әкім "
        "болды.",
        "Talaptan aýyldyq okrýginiń ákimi saılandy. 2 000 saılaýshy daýys berdi. Talaptan aýyldyq okrýginde 1816 saılaýshynyń senimine ıe bolǵan Serik Omarov "
        "ákim boldy.",
    ],
)
def test_became_akim_is_a_winner_verb(text: str) -> None:
    assert [c.elected for c in only(text).candidates] == [True]


# -- a post held "until the election" is a biography, not an official's title ---------


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC
        "Акимом Исатайского района избран Нурым Мусин, до выборов председатель районного "
        "маслихата.",
        "Исатай ауданының әкімі болып Нұрым Мұсин сайланды, сайлауға дейін аудандық "
        "мәслихат төрағасы.",
        "Nurym Musin, until the election chairman of the district maslikhat, was elected "
        "akim of Isatay district.",
    ],
)
def test_a_post_held_until_the_election_is_a_biography(text: str) -> None:
    assert [c.elected for c in only(text).candidates] == [True]


# -- kinds: a summary's counts of akims, an election set for a day ----------------------


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC
        "Municipal elections were held on 25 July 2021, when 730 äkıms were elected "
        "directly for the first time.",
        "Облыста ауыл әкімдерін сайлау қорытындыланды. Сайланған 95 әкімнің 14-і – "
        "мемлекеттік қызметші.",
    ],
)
def test_a_summary_of_akims_elected_is_no_result(text: str) -> None:
    assert classify_text(text) == "other"


def test_an_election_set_for_a_day_is_an_announcement() -> None:
    # SYNTHETIC
    text = (
        "The campaign for akim of Shetpe village is now under way, with voting set for "
        "September 8. Three self-nominated candidates have registered."
    )
    assert classify_text(text) == "announcement"
