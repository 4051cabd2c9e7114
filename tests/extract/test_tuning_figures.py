"""Contest figures on real-text layouts (i9-figures): the voters entitled to vote are not
those who voted; one polling station's figures are not the contest's; "по N – в А и Б"
gives each place the figure, "N в А и Б" gives it to neither; "из них N – в А" is A's own;
a group given the means to vote is no count of those who voted; a turnout with its noun
before the bracket of each place's share; after each place's own figure, a figure naming
no place is nobody's.

Every text here is SYNTHETIC, composed for the test in wordings of its own; the places are
real, the figures invented."""

from __future__ import annotations

import pytest
from extract_text import fact, run


def _figures(text: str, field: str) -> dict[str, object]:
    """Each contest's value of ``field``, by place id."""
    return {c.place_id: fact(getattr(c, field)) for c in run(text).contests}


# --- the voters entitled to vote ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: Kazakh, "entitled to vote" before the count, "listed" after it
        "Алматы облысы Жамбыл ауданында әкім сайлауы өтті. Ауданда дауыс беруге жататын "
        "41 220 азамат тізімге алынды. Нұрлан Ертас 30 118 дауыс алып, әкім болып сайланды.",
        # SYNTHETIC: the same in Kazakh Latin
        "Almaty oblysy Jambyl aýdanynda ákim saılaýy ótti. Aýdanda daýys berýge jatatyn "
        "41 220 azamat tizimge alyndy. Nurlan Ertas 30 118 daýys alyp, ákim bolyp saılandy.",
        # SYNTHETIC: English, "had the right to vote" after the count
        "An akim election was held in Zhambyl district of Almaty region. There, 41,220 people "
        "had the right to vote. Nurlan Yertas was elected akim with 30,118 votes.",
        "An akim election was held in Zhambyl district of Almaty region. In all, 41,220 "
        "residents have the right to vote in the district. Nurlan Yertas was elected akim "
        "with 30,118 votes.",
        "An akim election was held in Zhambyl district of Almaty region. Of the district's "
        "residents, 41,220 were entitled to vote. Nurlan Yertas was elected akim with 30,118 "
        "votes.",
        # SYNTHETIC: Russian, "the number of voters" with a dash
        "В Жамбылском районе Алматинской области прошли выборы акима. Число избирателей "
        "района – 41 220 человек. Победил Нурлан Ертас, набравший 30 118 голосов.",
        # SYNTHETIC: Kazakh, "entitled to take part" after the count
        "Алматы облысы Жамбыл ауданында әкім сайлауы өтті. Сайлауға 41 220 адам қатысуға "
        "құқылы болды. Нұрлан Ертас 30 118 дауыс алып, әкім болып сайланды.",
        "Almaty oblysy Jambyl aýdanynda ákim saılaýy ótti. Saılaýǵa 41 220 adam qatysýǵa "
        "quqyly boldy. Nurlan Ertas 30 118 daýys alyp, ákim bolyp saılandy.",
    ],
)
def test_those_entitled_to_vote_are_the_voters_on_the_list(text: str) -> None:
    (contest,) = run(text).contests
    assert fact(contest.registered_voters) == 41220
    assert contest.ballots_cast is None


def test_the_number_of_voters_who_took_part_is_no_list() -> None:
    # SYNTHETIC: "the number of voters" with a participle of taking part after it
    text = (
        "В Жамбылском районе Алматинской области прошли выборы акима. Число избирателей, "
        "принявших участие в голосовании, – 33 905. Победил Нурлан Ертас, набравший 30 118 "
        "голосов."
    )
    (contest,) = run(text).contests
    assert contest.registered_voters is None


def test_those_who_used_the_right_to_vote_still_voted() -> None:
    # SYNTHETIC: the right to vote used, not held
    text = (
        "An akim election was held in Zhambyl district of Almaty region. In all, 33,905 "
        "residents exercised their right to vote. Nurlan Yertas was elected akim with 30,118 "
        "votes."
    )
    (contest,) = run(text).contests
    assert fact(contest.ballots_cast) == 33905
    assert contest.registered_voters is None


# --- one polling station ----------------------------------------------------------------------

# SYNTHETIC: a rural contest, then a sentence of one numbered station with a verb that can be
# a candidate's ("получили") and nobody named
_STATION_RU = (
    "В Хромтауском районе 11 февраля 2024 года избран аким Богетсайского сельского округа – "
    "Еркебулан Кауанов. Здесь за пост боролись четыре кандидата. {station}"
)


@pytest.mark.parametrize(
    "station",
    [
        "На избирательном участке № 467 бюллетени получили 812 из 830 жителей.",
        "На участке № 467 все 830 избирателей получили бюллетени, явка составила сто процентов.",
    ],
)
def test_a_numbered_stations_figures_are_not_the_contests(station: str) -> None:
    (contest,) = run(_STATION_RU.format(station=station)).contests
    assert contest.ballots_cast is None
    assert contest.registered_voters is None
    assert contest.turnout_pct is None


@pytest.mark.parametrize(
    "station",
    [
        # SYNTHETIC: the list of the district first, then where they voted (with a verb of
        # candidates or without one)
        "В списки округа включили 318 человек, бюллетени они получали на участке № 457.",
        "В списки округа включили 318 человек, голосовали они на участке № 457.",
    ],
)
def test_a_figure_before_the_station_is_the_contests(station: str) -> None:
    text = (
        "В Хромтауском районе 11 февраля 2024 года избран аким Абайского сельского округа – "
        "Махамбет Суиналин. " + station
    )
    (contest,) = run(text).contests
    assert fact(contest.registered_voters) == 318


def test_a_station_naming_the_figures_noun_keeps_it() -> None:
    # SYNTHETIC: English, the station qualifies the voters counted before it
    text = (
        "Kauanov Yerkebulan was elected akim of Bogetsai rural district of Khromtau district. "
        "Four candidates ran. All 830 voters at polling station No. 467 received ballots."
    )
    (contest,) = run(text).contests
    assert contest.ballots_cast is None
    assert contest.registered_voters is None


# --- one figure for several places --------------------------------------------------------------

# SYNTHETIC: three contests named, then a figure of one place and one given to each of two
_THREE = (
    "В Карагандинской области избраны акимы Актогайского и Осакаровского районов и города "
    "Приозерска. В Приозерске победил Мансур Ахметов, в Актогайском районе – Руслан "
    "Кенжебеков, в Осакаровском – Руслан Нурмуханбетов. {figures}"
)


def test_po_gives_the_figure_to_each_place_after_it() -> None:
    text = _THREE.format(
        figures="Недействительными признаны 12 бюллетеней в Приозерске, по 40 – в Актогайском "
        "и Осакаровском районах."
    )
    assert _figures(text, "invalid_ballots") == {
        "KZ-35/priozersk": 12,
        "KZ-35/aktogay": 40,
        "KZ-35/osakarovka": 40,
    }


def test_a_people_noun_between_a_figure_and_its_place() -> None:
    text = _THREE.format(
        figures="Графу «против всех» отметили 27 человек в Приозерске и 95 избирателей в "
        "Актогайском районе."
    )
    found = _figures(text, "against_all")
    assert found["KZ-35/priozersk"] == 27
    assert found["KZ-35/aktogay"] == 95
    assert found["KZ-35/osakarovka"] is None


def test_a_figure_of_two_places_together_is_neither_ones() -> None:
    text = _THREE.format(
        figures="Против всех проголосовали 31 человек в Приозерске и 206 – в Актогайском и "
        "Осакаровском районах."
    )
    found = _figures(text, "against_all")
    assert found["KZ-35/priozersk"] == 31
    assert found["KZ-35/aktogay"] is None
    assert found["KZ-35/osakarovka"] is None


def test_each_in_english_gives_the_figure_to_each_place() -> None:
    # SYNTHETIC: English, "each" after the count
    text = (
        "Akims were elected in Aktogay and Osakarovka districts and the town of Priozersk in "
        "Karaganda region. Mansur Akhmetov won in Priozersk, Ruslan Kenzhebekov in Aktogay "
        "district and Ruslan Nurmukhanbetov in Osakarovka district. The commission counted 12 "
        "invalid ballots in Priozersk and 40 each in Aktogay and Osakarovka districts."
    )
    found = _figures(text, "invalid_ballots")
    assert found["KZ-35/aktogay"] == 40
    assert found["KZ-35/osakarovka"] == 40


def test_of_them_a_dash_and_the_place() -> None:
    # SYNTHETIC: a total, then each place's part set off by a dash
    text = (
        "Итоги выборов акимов Исатайского и Кызылкогинского районов подвела областная "
        "комиссия. Вне помещения для голосования свой выбор сделали 410 избирателей, из них "
        "170 – в Исатайском районе и 240 – в Кызылкогинском."
    )
    assert _figures(text, "outside_premises") == {"KZ-23/isatay": 170, "KZ-23/kyzylkoga": 240}


# --- a group given the means to vote ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: Russian, the pairs in brackets after "conditions for voting"
        "Подведены итоги выборов акимов Исатайского и Кызылкогинского районов. Для чабанов на "
        "дальних пастбищах обеспечили условия для голосования (Исатай – 120, Кызылкога – 45).",
        # SYNTHETIC: Kazakh, "conditions were made for voting" before a colon and the pairs
        "Исатай және Қызылқоға аудандарының әкімдері сайланды. Алыс жайылымдағы малшыларға "
        "дауыс беруге арнайы жағдай жасалды: Исатай ауданында – 120, Қызылқоға ауданында – 45.",
        # SYNTHETIC: the same in Kazakh Latin
        "Isataı jáne Qyzylqoǵa aýdandarynyń ákimderi saılandy. Alys jaıylymdaǵy malshylarǵa "
        "daýys berýge arnaıy jaǵdaı jasaldy: Isataı aýdanynda – 120, Qyzylqoǵa aýdanynda – 45.",
        # SYNTHETIC: English
        "Akims of Isatay and Kyzylkoga districts were elected. Arrangements were made for "
        "herders on distant pastures to vote: Isatay – 120, Kyzylkoga – 45.",
    ],
)
def test_a_group_given_the_means_to_vote_is_no_count_of_voters(text: str) -> None:
    for contest in run(text).contests:
        assert contest.ballots_cast is None
        assert contest.registered_voters is None


def test_after_each_places_own_figure_an_unplaced_one_is_nobodys() -> None:
    # SYNTHETIC: a group's figure per place, then a figure naming no place
    text = (
        "Подведены итоги выборов акимов Исатайского и Кызылкогинского районов. Для чабанов "
        "обеспечили отдельные условия: 120 человек в Исатае и 45 в Кызылкоге. На дому "
        "проголосовали 390 человек."
    )
    for contest in run(text).contests:
        assert contest.outside_premises is None
        assert contest.ballots_cast is None


# --- a turnout with its noun before each place's share ----------------------------------------


@pytest.mark.parametrize(
    "turnout",
    [
        # SYNTHETIC: the share's noun, then each place's share in brackets
        "Пришли на участки 61,3% внесённых в списки избирателей (59,8% и 62,9% соответственно).",
        "Проголосовали 61,3% избирателей (59,8% и 62,9%).",
    ],
)
def test_a_turnout_noun_before_the_bracket_of_each_places_share(turnout: str) -> None:
    text = (
        "Подведены итоги выборов акимов двух районов Атырауской области. В списки включили "
        "35 010 избирателей: 16 020 в Исатае и 18 990 в Кызылкоге. " + turnout
    )
    assert _figures(text, "turnout_pct") == {"KZ-23/isatay": 59.8, "KZ-23/kyzylkoga": 62.9}


def test_an_english_turnout_of_registered_voters_before_the_bracket() -> None:
    # SYNTHETIC: English, the noun with its adjective and "of"
    text = (
        "Akims of two districts of Atyrau region were elected. The lists held 35,010 voters: "
        "16,020 in Isatay and 18,990 in Kyzylkoga. Turnout was 61.3% of registered voters "
        "(59.8% and 62.9% respectively)."
    )
    assert _figures(text, "turnout_pct") == {"KZ-23/isatay": 59.8, "KZ-23/kyzylkoga": 62.9}


def test_a_figure_before_two_coordinated_places_stays_their_total() -> None:
    # SYNTHETIC: the total names both places, the parts follow "respectively"
    text = (
        "Подведены итоги выборов акимов Исатайского и Кызылкогинского районов. В списки "
        "внесли 35 010 избирателей в Исатайском и Кызылкогинском районах: 16 020 и 18 990 "
        "соответственно."
    )
    assert _figures(text, "registered_voters") == {"KZ-23/isatay": 16020, "KZ-23/kyzylkoga": 18990}
