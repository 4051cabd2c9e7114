"""General rules of the formulae, each on sentences composed for the test with real figures
(shared/reference CSVs), in wordings of their own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_text import run

from kzvotes.extract import ExtractedContest, ExtractedDocument
from kzvotes.extract.classify import classify_text
from kzvotes.extract.dates import find_election_date
from kzvotes.extract.names import find_names, normalize_name


def by_place(found: ExtractedDocument) -> dict[str | None, ExtractedContest]:
    return {c.place_id: c for c in found.contests}


# -- totals of a region, of the country or of several contests ---------------------------


def test_totals_of_a_listed_group_of_districts_go_to_no_contest() -> None:
    found = run(
        "В воскресенье, 5 ноября 2023 года, избирали акимов Есильского, Мамлютского и "
        "Тимирязевского районов. Всего в списки избирателей трёх районов были внесены "
        "35 846 человек, в голосовании участвовали 24 061 из них.\n\n"
        "В Мамлютском районе акимом избран Ерлан Садыков."
    )
    (contest,) = found.contests
    assert contest.place_id == "KZ-59/mamlyut"
    assert contest.registered_voters is None and contest.ballots_cast is None


@pytest.mark.parametrize(
    "text",
    [
        "Выборы акимов районов прошли 5 ноября 2023 года. По республике в голосовании "
        "приняли участие 62,79% избирателей.\n\nВ Жуалынском районе акимом избран "
        "Ерлан Ахметов.",
        "Аудан әкімдерінің сайлауы 2023 жылғы 5 қарашада өтті. Ел бойынша сайлаушылардың "
        "62,79 пайызы дауыс берді.\n\nЖуалы ауданының әкімі болып Ерлан Ахметов сайланды.",
        "On November 5, 2023, voters elected 42 district akims and 3 city akims. Nationwide "
        "turnout was 62.79%.\n\nIn Zhualy district, Yerlan Akhmetov was elected akim.",
    ],
)
def test_a_national_turnout_goes_to_no_contest(text: str) -> None:
    (contest,) = run(text).contests
    assert contest.place_id == "KZ-31/zhualy"
    assert contest.turnout_pct is None


def test_a_region_wide_sentence_after_a_region_named_elsewhere() -> None:
    found = run(
        "Kostanay region elected the akims of Rudny and four districts on November 5, 2023. "
        "Across the region, 135,198 voters were on the lists and 65,896 cast ballots.\n\n"
        "Asylbek Zhanbyrshin won in Altynsarin district."
    )
    (contest,) = found.contests
    assert contest.place_id == "KZ-39/altynsarin"
    assert contest.registered_voters is None and contest.ballots_cast is None


def test_a_contest_turnout_stays_with_its_contest_next_to_a_national_one() -> None:
    found = run(
        "Выборы акимов районов прошли 5 ноября 2023 года. По республике в голосовании "
        "приняли участие 62,79% избирателей.\n\nВ Жуалынском районе акимом избран "
        "Ерлан Ахметов, явка — 62,96%."
    )
    (contest,) = found.contests
    assert contest.turnout_pct is not None and contest.turnout_pct.value == 62.96


def test_a_winner_with_turnout_in_english_gives_the_turnout_to_the_contest() -> None:
    found = run("In Zhualy district, Yerlan Akhmetov was elected akim with turnout of 62.96%.")
    (contest,) = found.contests
    assert contest.turnout_pct is not None and contest.turnout_pct.value == 62.96
    assert contest.candidates[0].vote_share_pct is None


# -- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toretam village chose its akim on Sept. 24, 2023, the commission said.", "2023-09-24"),
        ("Voters went to the polls on Oct. 19, 2025 in Toretam.", "2025-10-19"),
        ("24 ноября 2024 года в Кызылобинском сельском округе избирали акима.", "2024-11-24"),
        (
            "Zhetes Bi elected its akim on 19 October 2025. The previous vote there took "
            "place on 4 November 2021.",
            "2025-10-19",
        ),
        (
            "Прошлые выборы акима здесь состоялись 25 июля 2021 года. В этот раз жители "
            "проголосовали 24 ноября 2024 года.",
            "2024-11-24",
        ),
        (
            "Алдыңғы сайлау 2021 жылғы 25 шілдеде өтті. Биылғы сайлау 2024 жылғы 24 қарашада өтті.",
            "2024-11-24",
        ),
    ],
)
def test_the_election_date_not_a_previous_one(text: str, expected: str) -> None:
    assert find_election_date(text) == date.fromisoformat(expected)


# -- case forms ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "governor", "expected"),
    [
        ("Руслану Нурмуханбетову", "избиратели доверили пост акима ", "Руслан Нурмуханбетов"),
        ("Нурлыбеку Даумову", "4 660 голосов досталось ", "Нурлыбек Даумов"),
        ("Мансуру Ахметову", "", "Мансур Ахметов"),
        ("Канаша Рахимбекова", "Аубакиров опередил ", "Канаш Рахимбеков"),
        ("Жанару Уалинову", "за ", "Жанара Уалинова"),
    ],
)
def test_russian_dative_and_governed_names(printed: str, governor: str, expected: str) -> None:
    assert normalize_name(printed, "ru", governor=governor) == expected


@pytest.mark.parametrize(
    ("printed", "language", "expected"),
    [
        ("Arystanbek Abılhaırulyna", "kk-Latn", "Arystanbek Abılhaıruly"),
        ("Kadenov Janibek Janbulatulyna", "kk-Latn", "Kadenov Janibek Janbulatuly"),
        ("Serik Rashuly Júsipovke", "kk-Latn", "Serik Rashuly Júsipov"),
        ("Júsipov Serikke", "kk-Latn", "Júsipov Serik"),
        ("Ramazanov Álibekke", "kk-Latn", "Ramazanov Álibek"),
        ("Жалғасбаев Дайрабайға", "kk", "Жалғасбаев Дайрабай"),
        ("Абилхаирұлы Арыстанбекке", "kk", "Абилхаирұлы Арыстанбек"),
        ("Сериков Темиржанға", "kk", "Сериков Темиржан"),
        ("Гильманов Мирамбекке", "kk", "Гильманов Мирамбек"),
        ("Жанбулатұлына", "kk", "Жанбулатұлы"),
        # not a dative: the vowel or the consonant does not agree, or the word is short
        ("Жанара Уалинова", "kk", "Жанара Уалинова"),
        ("Dana Ismanova", "kk-Latn", "Dana Ismanova"),
    ],
)
def test_kazakh_dative_suffixes(printed: str, language: str, expected: str) -> None:
    assert normalize_name(printed, language) == expected


def test_a_kazakh_dative_surname_is_a_name() -> None:
    text = "Мирамбек Гильмановқа 782 сайлаушы дауыс берді."
    assert [m.printed for m in find_names(text)] == ["Мирамбек Гильмановқа"]


def test_kazakh_dative_loser_with_voters_count() -> None:
    found = run(
        "Бокейординский район. Нурлыбек Даумов 4 660 дауыс жинап, аудан әкімі болып сайланды. "
        "Мирамбек Гильмановқа 782 сайлаушы дауыс берді."
    )
    (contest,) = found.contests
    cands = {c.name: c for c in contest.candidates}
    assert cands["Мирамбек Гильманов"].votes is not None
    assert cands["Мирамбек Гильманов"].votes.value == 782
    assert cands["Мирамбек Гильманов"].elected is False
    assert cands["Нурлыбек Даумов"].elected is True


def test_kazakh_latin_dative_winner_merges_with_its_nominative() -> None:
    found = run(
        "Talǵar qalasy. «AMANAT» partııasy usynǵan Abılhaıruly Arystanbekke 9071 saılaýshy "
        "daýys berdi. Kadenov Janibek Janbulatulyna 1875 daýys berildi. Qala ákimi bolyp "
        "Abılhaıruly Arystanbek saılandy."
    )
    (contest,) = found.contests
    cands = {c.name: c for c in contest.candidates}
    assert set(cands) == {"Abılhaıruly Arystanbek", "Kadenov Janibek Janbulatuly"}
    winner = cands["Abılhaıruly Arystanbek"]
    assert winner.votes is not None and winner.votes.value == 9071
    assert (winner.elected, winner.party_id) == (True, "amanat")
    assert cands["Kadenov Janibek Janbulatuly"].elected is False


# -- winners over losers named without numbers -----------------------------------------------


def test_the_names_after_obognal_are_losers() -> None:
    found = run(
        "Акимом поселка Солнечный избран Алибек Аубакиров: он обогнал Ерлана Акылтаева и "
        "Канаша Рахимбекова."
    )
    (contest,) = found.contests
    cands = {c.name: c for c in contest.candidates}
    assert cands["Алибек Аубакиров"].elected is True
    assert cands["Ерлан Акылтаев"].elected is False and cands["Ерлан Акылтаев"].votes is None
    assert cands["Канаш Рахимбеков"].elected is False


def test_the_subject_of_oboshel_is_the_winner() -> None:
    found = run(
        "В Кызылобинском сельском округе Жангалинского района самовыдвиженец Темиржан "
        "Сериков обошёл Ерлана Нурмагамбетова."
    )
    (contest,) = found.contests
    cands = {c.name: c for c in contest.candidates}
    assert cands["Темиржан Сериков"].elected is True
    assert cands["Ерлан Нурмагамбетов"].elected is False


@pytest.mark.parametrize(
    "sentence",
    [
        "Nurlybek Saiymov, a self-nominee, beat three other candidates.",
        "Nurlybek Saiymov, nominated by himself, defeated his opponents.",
        "Self-nominated Nurlybek Saiymov outpolled two rivals.",
    ],
)
def test_english_defeated_beat_means_elected(sentence: str) -> None:
    found = run("Toretam village of Karmakshy district chose its akim. " + sentence)
    assert found.kind == "results"
    (contest,) = found.contests
    assert contest.candidates[0].name == "Nurlybek Saiymov"
    assert contest.candidates[0].elected is True


def test_defeated_by_is_not_a_win() -> None:
    found = run(
        "In Toretam village, Nurlybek Saiymov was elected akim. The AMANAT candidate "
        "Serik Zhusipov was defeated by him."
    )
    cands = {c.name: c for c in found.contests[0].candidates}
    assert cands["Nurlybek Saiymov"].elected is True
    assert cands["Serik Zhusipov"].elected is False


# -- several contests paired by "respectively" ------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Акимами Балхашского и Жамбылского районов стали соответственно Азат Кутпанбетов "
        "и Нурлан Ертас.",
        "В Алматинской области акимами Балхашского и Жамбылского районов избраны Азат "
        "Кутпанбетов и Нурлан Ертас соответственно.",
    ],
)
def test_places_and_people_paired_by_respectively(sentence: str) -> None:
    found = run(sentence)
    assert found.kind == "results"
    contests = by_place(found)
    assert set(contests) == {"KZ-19/balkhash", "KZ-19/zhambyl"}
    assert [c.name for c in contests["KZ-19/balkhash"].candidates] == ["Азат Кутпанбетов"]
    assert [c.name for c in contests["KZ-19/zhambyl"].candidates] == ["Нурлан Ертас"]
    assert all(c.candidates[0].elected for c in found.contests)


def test_a_shared_total_after_a_respectively_pairing_goes_to_no_contest() -> None:
    found = run(
        "Акимами Исатайского и Кызылкогинского районов стали соответственно Асылан Губаш и "
        "Нурлан Ертас. Явка в целом по двум районам составила 56,0%, на дому "
        "проголосовали 552 избирателя."
    )
    for contest in found.contests:
        assert contest.turnout_pct is None and contest.outside_premises is None


# -- took part -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "В Талгаре в список избирателей включены 42 774 гражданина, бюллетени для "
            "голосования получили 12 875 из них. Акимом избран Арыстанбек Абилхаирулы.",
            "бюллетени для голосования получили",
        ),
        (
            "In the Zhetes Bi rural district of Aral district, 284 of 334 registered voters "
            "took part in the vote. Dairabai Zhalgasbayev was elected.",
            "took part",
        ),
        (
            "В селе Торетам Кармакшинского района 3 229 из 6 354 избирателей проголосовали. "
            "Акимом избран Нурлыбек Саиымов.",
            "проголосовали",
        ),
    ],
)
def test_took_part_with_its_label(text: str, label: str) -> None:
    (contest,) = run(text).contests
    assert contest.ballots_cast is not None
    assert contest.ballots_cast_label == label
    assert contest.registered_voters is not None
    assert contest.ballots_cast.value < contest.registered_voters.value  # type: ignore[operator]


# -- nominators of a field of candidates --------------------------------------------------------


@pytest.mark.parametrize(
    "field",
    [
        "Зарегистрированы все трое кандидатов, выдвинутых партией AMANAT и в порядке "
        "самовыдвижения.",
        "Из четырёх претендентов двое выдвинуты партиями, остальные — самовыдвиженцы.",
        "Кандидатов было трое: один от партии AMANAT, двое самовыдвиженцев.",
    ],
)
def test_a_mixed_field_gives_the_winner_no_nominator(field: str) -> None:
    found = run(
        "Выборы акима Торт-Кудукского сельского округа. "
        + field
        + " Победила Жанар Уалинова, за неё проголосовали 136 избирателей."
    )
    (contest,) = found.contests
    assert contest.candidates[0].nominator is None


def test_a_mixed_field_in_kazakh_gives_the_winner_no_nominator() -> None:
    found = run(
        "Балқаш ауданы әкімінің сайлауына үш үміткер тіркелді: екеуі өзін-өзі ұсынған, "
        "біреуі «AMANAT» партиясынан. Балқаш ауданының әкімі болып Азат Кутпанбетов "
        "сайланды, ол 9 мың 779 дауыс жинады."
    )
    (contest,) = found.contests
    assert contest.candidates[0].nominator is None
    assert contest.candidates[0].votes is not None
    assert contest.candidates[0].votes.value == 9779


@pytest.mark.parametrize(
    "field",
    [
        "В Торт-Кудукском сельском округе баллотировались двое: оба самовыдвиженцы.",
        "В Торт-Кудукском сельском округе оба кандидата — члены партии AMANAT, но шли "
        "самовыдвиженцами.",
    ],
)
def test_a_field_all_self_nominated(field: str) -> None:
    found = run(
        field + " Победила Жанар Уалинова, за неё проголосовали 136 избирателей, у Алдана "
        "Кабдильжанова — 20 голосов."
    )
    (contest,) = found.contests
    assert {c.nominator for c in contest.candidates} == {"self"}


# -- voting day --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Шиелі ауданында аудан әкімінің сайлауы басталды. Ауданда 50 402 сайлаушы бар.",
        "Shıeli aýdanynda aýdan ákiminiń saılaýy bastaldy. Aýdanda 50 402 saılaýshy bar.",
        "Voting has started in Shieli district, where 50,402 voters are on the lists.",
        "Выборы акима Шиелийского района начались: право голоса имеют 50 402 избирателя.",
    ],
)
def test_the_start_of_voting_is_a_voting_day_report(text: str) -> None:
    assert classify_text(text) == "voting_day"
    assert run(text).contests == ()


# -- the date of the vote, not of the publication ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline is the publication date; the vote's own date wins
        (
            "URALSK, Nov. 6, 2023 – Kadyrzhan Suyeugaliyev won the Nov. 5 election of the "
            "Karatobe district akim, the commission said.",
            "2023-11-05",
        ),
        # a dateline gives the year of a date printed without one
        (
            "Уральск, 6 ноября 2023 года. Голосование в Таскалинском районе, прошедшее "
            "5 ноября, выиграл Талгат Шакиров.",
            "2023-11-05",
        ),
        # "today" counted from a dateline
        ("05.11.2023\n\nБүгін Алтай ауданында аудан әкімінің сайлауы өтті.", "2023-11-05"),
        # the dateline alone, when the message states no other date
        (
            "Қызылорда, 2023 жылғы 24 желтоқсан. Бәйтерек ауылдық округінде ауыл әкімі сайланды.",
            "2023-12-24",
        ),
        # a date in numbers in a sentence about voters
        (
            "05.11.2023 в списки избирателей Исатайского района внесены 15 883 человека.",
            "2023-11-05",
        ),
        # a pluperfect sentence is about an earlier vote
        (
            "Бүгін Бәйтерек ауылдық округінде ауыл әкімі сайланды. Айта кетейік, 10 желтоқсанда "
            "облыста 11 ауыл әкімінің сайлауы өткен болатын.",
            None,
        ),
    ],
)
def test_the_vote_date_before_the_dateline(text: str, expected: str | None) -> None:
    found = find_election_date(text)
    assert found == (date.fromisoformat(expected) if expected else None)


def test_a_date_stated_once_applies_to_every_contest() -> None:
    found = run(
        "Атырау, 6 ноября 2023 года. В воскресенье прошли выборы акимов двух районов. "
        "В Исатайском районе акимом избран Ерлан Садыков, в Кызылкогинском районе — "
        "Азат Кутпанбетов."
    )
    assert {c.election_date for c in found.contests} == {date(2023, 11, 5)}


# -- winners and nominators -------------------------------------------------------------


def test_the_most_votes_win_when_no_winner_is_named() -> None:
    found = run(
        "В Каратобинском районе Кадыржан Суйеугалиев получил 4 329 голосов, "
        "Канат Муканов — 557 голосов."
    )
    (contest,) = found.contests
    elected = {c.name: c.elected for c in contest.candidates}
    assert elected == {"Кадыржан Суйеугалиев": True, "Канат Муканов": False}


def test_no_plurality_winner_when_a_candidate_has_no_count() -> None:
    found = run(
        "В Каратобинском районе Кадыржан Суйеугалиев получил 4 329 голосов. "
        "Также баллотировался Ермек Сайнов."
    )
    (contest,) = found.contests
    assert not any(c.elected for c in contest.candidates)


@pytest.mark.parametrize(
    "sentence",
    [
        "Победа в Торт-Кудукском сельском округе досталась Жанаре Уалиновой, за неё "
        "проголосовали 136 избирателей.",
        "В Торт-Кудукском сельском округе избиратели оказали доверие Жанаре Уалиновой: "
        "136 голосов.",
    ],
)
def test_russian_winner_formulae_with_a_dative(sentence: str) -> None:
    found = run(sentence + " Алдан Кабдильжанов получил 20 голосов.")
    (contest,) = found.contests
    elected = {c.name: c.elected for c in contest.candidates}
    assert elected == {"Жанара Уалинова": True, "Алдан Кабдильжанов": False}


def test_a_self_nomination_phrase_after_a_later_name_in_a_list() -> None:
    found = run(
        "В Бокейординском районе избран Нурлыбек Даумов, набравший 4 660 голосов; "
        "Мирамбек Гильманов получил 782 голоса, за Нарынбека Кереша, выдвинувшего себя "
        "самостоятельно, отдали 426 голосов."
    )
    (contest,) = found.contests
    nominators = {c.name: c.nominator for c in contest.candidates}
    assert nominators["Нарынбек Кереш"] == "self"


def test_party_membership_is_not_a_nomination() -> None:
    found = run(
        "В Кенесском сельском округе баллотировались члены партии AMANAT, выдвинутые в "
        "порядке самовыдвижения: Жусупов Аждар Сагынтаевич и Мейрамов Асхат Куатович. "
        "Избран Жусупов Аждар Сагынтаевич."
    )
    (contest,) = found.contests
    assert {(c.nominator, c.party_id) for c in contest.candidates} == {("self", None)}


# -- an age is never a count ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Теңіз ауылдық округінің әкімі болып 29 жастағы Қайсар Махсутов сайланды.",
        "Теңіз ауылдық округінің әкімі болып Қайсар Махсутов сайланды, оның жасы – 29-да.",
        "Акимом Тенизского сельского округа избран 29-летний Кайсар Махсутов.",
        "Kaisar Makhsutov, aged 29, was elected akim of the Teniz rural district.",
        "Акимом Тенизского сельского округа избран Кайсар Махсутов (29).",
    ],
)
def test_an_age_is_not_votes(sentence: str) -> None:
    found = run(sentence)
    (contest,) = found.contests
    (cand,) = contest.candidates
    assert cand.elected is True and cand.votes is None


# -- shares in brackets, English voters on the lists ------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Semeı qalasynda Ádilet Qojanbaevqa 89 441 saılaýshy daýys berdi (77,1%).",
        "Semeı qalasynda Ádilet Qojanbaevqa saılaýshylardyń 89 441-i daýys berdi (77,1 %).",
        "В Семее за Адилета Кожанбаева отдали 89 441 голос (77,1%).",
    ],
)
def test_a_share_in_brackets_after_a_count(sentence: str) -> None:
    found = run(sentence + " Ол қала әкімі болып сайланды.")
    cand = found.contests[0].candidates[0]
    assert cand.votes is not None and cand.votes.value == 89441
    assert cand.vote_share_pct is not None and cand.vote_share_pct.value == 77.1


@pytest.mark.parametrize(
    "sentence",
    [
        "Of the 4,591 voters on Fort-Shevchenko's lists, 2,526 cast ballots.",
        "In Fort-Shevchenko 4,591 voters were registered and 2,526 cast ballots.",
        "In Fort-Shevchenko 4,591 people were on the electoral rolls; 2,526 cast ballots.",
    ],
)
def test_english_voters_on_the_lists(sentence: str) -> None:
    found = run(sentence + " Asylbek Kurmanov won with 1,756 votes.")
    (contest,) = found.contests
    assert contest.registered_voters is not None and contest.registered_voters.value == 4591
    assert contest.ballots_cast is not None and contest.ballots_cast.value == 2526


# -- kinds: announcements of the preparations, voting-day reports -----------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Шортанды ауданы әкімінің сайлауына дайындық жүргізілуде. Аудан бойынша 19 586 "
            "сайлаушы тізімге енгізілді.",
            "announcement",
        ),
        (
            "5 қарашада өтетін Шортанды ауданы әкімінің сайлауына 3 кандидат тіркелді, "
            "тізімде 19 586 сайлаушы бар.",
            "announcement",
        ),
        (
            "25 шілдеде ауыл әкімдерінің сайлауы өтеді, 241 сайлау учаскесі ашылады, "
            "12 мыңға жуық сайлаушы қатысады.",
            "announcement",
        ),
        (
            "В Железинском районе зарегистрированы три кандидата; право голоса имеют "
            "около 10 тысяч жителей.",
            "announcement",
        ),
        (
            "ZHELEZIN, Nov. 5, 2023 – Polling stations opened at 7 a.m.; 10,443 people are "
            "electing the district akim. Polls close at 8 p.m.",
            "voting_day",
        ),
    ],
)
def test_kinds_of_preparations_and_voting_day(text: str, kind: str) -> None:
    assert classify_text(text) == kind


# -- Kazakh accusative names, Russian datives after "оказали доверие" ---------------------


@pytest.mark.parametrize(
    ("printed", "after", "language", "expected"),
    [
        ("Нұрлан Ертасты", " сайлады.", "kk", "Нұрлан Ертас"),
        ("Азат Құтпанбетовты", " қайтадан сайлады.", "kk", "Азат Құтпанбетов"),
        ("Ренат Құрмамбаевты", " таңдады.", "kk", "Ренат Құрмамбаев"),
        ("Nurlan Ertasty", " saılady.", "kk-Latn", "Nurlan Ertas"),
        # no accusative verb after it: the name as printed
        ("Нұрлан Ертасты", " жеңіске жетті.", "kk", "Нұрлан Ертасты"),
    ],
)
def test_kazakh_accusative_names(printed: str, after: str, language: str, expected: str) -> None:
    assert normalize_name(printed, language, after=after) == expected


def test_a_kazakh_winner_chosen_by_the_voters_in_the_accusative() -> None:
    found = run(
        "2023 жылғы 5 қарашада Алматы облысының Жамбыл ауданының сайлаушылары аудан "
        "әкімі етіп Нұрлан Ертасты сайлады."
    )
    (contest,) = found.contests
    assert contest.place_id == "KZ-19/zhambyl"
    (cand,) = contest.candidates
    assert (cand.name, cand.elected) == ("Нұрлан Ертас", True)


def test_russian_dative_after_a_verb_of_trust() -> None:
    found = run("В Осакаровском районе жители снова оказали доверие Руслану Нурмуханбетову.")
    (cand,) = found.contests[0].candidates
    assert (cand.name, cand.elected) == ("Руслан Нурмуханбетов", True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nov 6, 2023 09:15\n\nYesterday voters of Taskala district elected their akim.",
            "2023-11-05",
        ),
        ("06.11.2023, 10:40\n\nВчера в Таскалинском районе избрали акима.", "2023-11-05"),
    ],
)
def test_a_timestamped_dateline_and_yesterday(text: str, expected: str) -> None:
    assert find_election_date(text) == date.fromisoformat(expected)


def test_shares_alone_name_a_winner_only_when_no_one_else_could_have_more() -> None:
    found = run(
        "В городе Семей Адилет Кожанбаев получил 77,1% голосов, Канат Тулеуов — 10,8% голосов."
    )
    (contest,) = found.contests
    # the rest of the votes is at most 12.1%: nobody unnamed could beat 77.1%
    assert [c.elected for c in contest.candidates] == [True, False]
    found = run("В городе Семей Адилет Кожанбаев получил 30,1% голосов, Канат Тулеуов — 20,8%.")
    (contest,) = found.contests
    assert all(c.elected is None for c in contest.candidates)


# -- blind3 rules ------------------------------------------------------------------------


def test_respectively_list_of_a_later_sentence_pairs_with_the_last_list_of_places() -> None:
    found = run(
        "Выборы акимов города Приозерск, Актогайского и Осакаровского районов Карагандинской "
        "области прошли 5 ноября 2023 года. В Приозерске избран Мансур Ахметов. "
        "Графу «Против всех» отметили соответственно 19, 103 и 103 избирателя."
    )
    by_place = {c.place_id: c for c in found.contests}
    assert by_place["KZ-35/priozersk"].against_all.value == 19  # type: ignore[union-attr]
    assert by_place["KZ-35/aktogay"].against_all.value == 103  # type: ignore[union-attr]
    assert by_place["KZ-35/osakarovka"].against_all.value == 103  # type: ignore[union-attr]


def test_respectively_before_the_figures_in_kazakh_latin() -> None:
    found = run(
        "Fort-Shevchenko qalasynda Asylbek Qurmanov 1756 daýys jınap, ákim bolyp saılandy. "
        "Aıdos Elemesov pen Ǵıbrat Muhambet sáıkesinshe 302 jáne 398 daýys jınady."
    )
    votes = {c.name: c.votes.value for c in found.contests[0].candidates if c.votes}
    assert votes == {"Asylbek Qurmanov": 1756, "Aıdos Elemesov": 302, "Ǵıbrat Muhambet": 398}


def test_a_share_linked_to_a_candidates_count_is_that_candidates() -> None:
    found = run(
        "Semeı qalasynyń ákimi bolyp Ádilet Qojanbaev saılandy. Ol 89 441 daýys aldy, bul "
        "daýys bergenderdiń 77,1 paıyzy."
    )
    (contest,) = found.contests
    assert contest.turnout_pct is None
    assert contest.candidates[0].vote_share_pct.value == 77.1  # type: ignore[union-attr]


def test_sub_totals_before_their_places_and_other_groups() -> None:
    found = run(
        "Итоги выборов подвели в Атырауской области. "
        "В Исатайском и Кызылкогинском районах на дому проголосовали 552 избирателя — "
        "238 в Исатайском и 314 в Кызылкогинском. Также голосовали 480 вахтовиков в "
        "Исатайском районе и 66 в Кызылкогинском."
    )
    by_place = {c.place_id: c for c in found.contests}
    assert by_place["KZ-23/isatay"].outside_premises.value == 238  # type: ignore[union-attr]
    assert by_place["KZ-23/kyzylkoga"].outside_premises.value == 314  # type: ignore[union-attr]
    assert all(c.ballots_cast is None for c in found.contests)


def test_english_against_all_after_a_bracketed_share_and_of_the_towns() -> None:
    found = run(
        "Arystanbek Abilkhairuly was elected akim of the town of Talgar with 9,071 votes. "
        "182 voters (1.4%) rejected all candidates; 12,875 of the town's 42,774 registered "
        "voters took part, and 24 voted outside polling stations."
    )
    (contest,) = found.contests
    assert contest.place_id == "KZ-19/talgar/talgar"
    assert contest.against_all.value == 182  # type: ignore[union-attr]
    assert contest.ballots_cast.value == 12875  # type: ignore[union-attr]
    assert contest.registered_voters.value == 42774  # type: ignore[union-attr]
    assert contest.outside_premises.value == 24  # type: ignore[union-attr]


def test_kazakh_case_noun_is_not_a_person() -> None:
    assert [m.printed for m in find_names("Қорытындысын комиссия жариялады.")] == []
    assert [m.printed for m in find_names("Qorytyndysynda ákim saılandy.")] == []


def test_russian_list_after_a_gerund_of_beating() -> None:
    found = run(
        "В посёлке Солнечный Аубакиров набрал 701 голос, обойдя Ерлана Акылтаева и "
        "Бахтияра Мырзалиева."
    )
    names = {c.name: c.elected for c in found.contests[0].candidates}
    assert names["Ерлан Акылтаев"] is False
    assert names["Бахтияр Мырзалиев"] is False


def test_voters_backed_and_entrusted_name_the_winner() -> None:
    found = run("В Таскалинском районе жители доверили руководство районом Талгату Шакирову.")
    assert [(c.name, c.elected) for c in found.contests[0].candidates] == [("Талгат Шакиров", True)]
    found = run(
        "Итоги выборов подвели в Осакаровском районе: избиратели вновь поддержали Руслана "
        "Нурмуханбетова."
    )
    assert [(c.name, c.elected) for c in found.contests[0].candidates] == [
        ("Руслан Нурмуханбетов", True)
    ]


def test_approximate_only_report_names_the_akim_and_keeps_no_numbers() -> None:
    found = run(
        "Актогайский район Карагандинской области получил нового акима. Им стал Абылай "
        "Аманжолов, за которого отдали около трёх тысяч голосов."
    )
    assert found.kind == "results"
    (contest,) = found.contests
    assert contest.place_id == "KZ-35/aktogay"
    (cand,) = contest.candidates
    assert (cand.name, cand.elected, cand.votes) == ("Абылай Аманжолов", True, None)


def test_aktogay_stays_unresolved_without_a_region() -> None:
    found = run("В Актогайском районе избран Абылай Аманжолов.")
    assert found.contests[0].place_id is None


def test_announcement_recalling_a_past_result() -> None:
    text = (
        "Алтай қаласы әкімінің сайлауы 16 ақпанда өтеді. Еске сала кетейік, 2023 жылы "
        "Ренат Құрмамбаев 28 232 дауыс жинаған еді."
    )
    assert classify_text(text) == "announcement"
    assert classify_text("2023 жылы Ренат Құрмамбаев 28 232 дауыс жинаған еді.") == "results"


def test_year_less_voting_date_takes_the_messages_year() -> None:
    text = (
        "В воскресенье, 8 сентября, в Форт-Шевченко прошли выборы акима. Это было после "
        "Послания от 2 сентября 2024 года."
    )
    assert find_election_date(text) == date(2024, 9, 8)


def test_registered_in_the_lists_were_listed() -> None:
    found = run(
        "В Форт-Шевченко избран Асылбек Курманов. В списках для голосования значились "
        "4591 избиратель."
    )
    assert found.contests[0].registered_voters.value == 4591  # type: ignore[union-attr]


def test_split_winning_verb_in_kazakh_latin() -> None:
    found = run("Tóretam kentinde jeńiske ózin-ózi usyný tártibimen túsken Nurlybek Saıymov jetti.")
    (cand,) = found.contests[0].candidates
    assert (cand.name, cand.elected, cand.nominator) == ("Nurlybek Saıymov", True, "self")


# -- blind4: voting-day reports ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Polls closed at 20:00 across the country; 1,062,327 voters were on the lists of "
        "the 1,491 polling stations.",
        "Voting in the elections of district akims ended on Sunday, the election commission "
        "said. Counting of votes is under way.",
        "Сегодня жители Семея выбирают акима. В списки внесены 220 761 человек. Итоги "
        "голосования огласит городская избирательная комиссия.",
    ],
)
def test_close_of_polls_and_results_to_come_are_voting_day(text: str) -> None:
    assert classify_text(text) == "voting_day"


# -- blind4: officials quoted by the message are no candidates ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Two candidates ran in the Kenes rural district of Pavlodar district, Zhanar "
        "Ualinova, chairwoman of the district election commission, told reporters on Sunday. "
        "Azhdar Zhusupov, a self-nominated candidate, won.",
        "Зарегистрированы два кандидата, сообщил председатель районной ТИК Мурат Балпан. "
        "Акимом Жарлыкольского сельского округа избран Марат Ахметжанов.",
        "Акимом Жарлыкольского сельского округа избран Марат Ахметжанов. Мурат Балпан, "
        "секретарь окружной комиссии, отметил высокую явку.",
        "Vice-chairman of the Central Election Commission Murat Balpan said the vote was calm. "
        "Marat Akhmetzhanov was elected akim of the Zharlykol rural district.",
    ],
)
def test_an_official_quoted_is_no_candidate(text: str) -> None:
    names = [c.name for contest in run(text).contests for c in contest.candidates]
    assert not any("Балпан" in n or "Balpan" in n or "Ualinova" in n for n in names)
    assert names


def test_a_title_of_three_capitalised_words_is_not_part_of_a_name() -> None:
    found = run(
        "Жусупов Аждар избран акимом Кенесского сельского округа. According to State "
        "Counselor Yerlan Karin, more than 2,000 rural akims have been elected since 2021."
    )
    names = [c.name for contest in found.contests for c in contest.candidates]
    assert not any("Karin" in n for n in names)


# -- blind4: a candidate who withdrew is not on the ballot -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Акимом поселка Солнечный избран Алибек Аубакиров, набравший 701 голос. Ранее "
        "Ерлан Акылтаев снял свою кандидатуру.",
        "Alibek Aubakirov won the vote in Solnechny settlement with 701 votes. Yerlan "
        "Akyltayev withdrew from the race a week earlier.",
        "Солнечный кенті әкімі болып Алибек Аубакиров сайланды, ол 701 дауыс жинады. "
        "Ерлан Ақылтаев өз кандидатурасын алып тастады.",
    ],
)
def test_a_withdrawn_candidate_is_not_on_the_ballot(text: str) -> None:
    (contest,) = run(text).contests
    assert [c.elected for c in contest.candidates] == [True]


def test_a_winner_after_a_rival_withdrew_stays() -> None:
    (contest,) = run(
        "Акимом поселка Солнечный избран Алибек Аубакиров после того, как один из "
        "кандидатов снял свою кандидатуру."
    ).contests
    assert [c.name for c in contest.candidates] == ["Алибек Аубакиров"]


# -- blind4: a list of figures after a list of places, "соответственно" ------------------


def test_respectively_figures_after_a_dash_keep_their_order() -> None:
    found = by_place(
        run(
            "Акимом Бокейординского района избран Нурлыбек Даумов, Каратобинского – "
            "Кадыржан Суйеугалиев. Против всех проголосовали: в Бокейординском и "
            "Каратобинском районах – 178 и 115 избирателей соответственно."
        )
    )
    assert found["KZ-27/bokeyorda"].against_all.value == 178
    assert found["KZ-27/karatobe"].against_all.value == 115


# -- blind4: outside the premises in Kazakh; "came to the polling stations" ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Kúrmanǵazy aýdanyndaǵy Bókeıhan aýyldyq okrýginiń ákimi bolyp Amangeldi Ǵalıhanov "
        "saılandy. Saılaý ýchaskesinen tys jerde 48 saılaýshy daýys berdi.",
        "Құрманғазы ауданындағы Бөкейхан ауылдық округінің әкімі болып Амангелді Ғалиханов "
        "сайланды. Сайлау учаскесінен тыс жерде 48 сайлаушы дауыс берді.",
    ],
)
def test_kazakh_voting_outside_the_station_is_not_ballots_cast(text: str) -> None:
    (contest,) = run(text).contests
    assert contest.outside_premises.value == 48
    assert contest.ballots_cast is None


def test_english_came_to_the_polling_stations_is_ballots_cast() -> None:
    (contest,) = run(
        "Alibek Aubakirov was elected akim of Solnechny settlement. Of the 1,524 voters on "
        "the lists, 768 came to the polling stations."
    ).contests
    assert contest.registered_voters.value == 1524
    assert contest.ballots_cast.value == 768


# -- blind4: the order of a name printed in the nominative -------------------------------


def test_name_takes_the_word_order_printed_in_the_nominative() -> None:
    (contest,) = run(
        "Голоса в городе Талгар распределились так: за Каденова Жанибека – 1875, за "
        "Рамазанова Алибека – 1140. Акимом избран Жанибек Каденов."
    ).contests
    names = {c.name_as_printed: c.name for c in contest.candidates}
    assert names["Каденова Жанибека"] == "Жанибек Каденов"
    assert names["Рамазанова Алибека"] == "Рамазанов Алибек"


# -- blind4: one self-nomination phrase before a list of names with bare counts ----------


def test_self_nomination_before_a_list_of_counts_is_the_lists() -> None:
    (contest,) = run(
        "Ekibastuz qalasyndaǵy Tort-Qudyq aýyldyq okrýginiń ákimi bolyp Janar Ýalınova "
        "saılandy. Ózin-ózi usynǵan Ýalınovaǵa 136, Aldan Qabdiljanovqa 20 saılaýshy "
        "daýys berdi."
    ).contests
    assert [c.nominator for c in contest.candidates] == ["self", "self"]


# -- blind4: a dictionary first name before a Kazakh surname in Russian ------------------


def test_russian_first_name_and_kazakh_surname_without_russian_ending() -> None:
    printed = [
        m.printed for m in find_names("Второе место занял Кайрат Нөкеш, третье – Орал Стыбаев.")
    ]
    assert printed == ["Кайрат Нөкеш", "Орал Стыбаев"]
    assert normalize_name("Кайрата Нөкеша", "ru", governor="за") == "Кайрат Нөкеш"


# -- blind4: "will head" the unit; "X rural district of Y district" ----------------------


def test_english_will_head_a_rural_district_of_a_district() -> None:
    found = by_place(
        run(
            "Rural akims were elected in East Kazakhstan region on July 25, 2021. Darkhan "
            "Toleukhanov won in the Ayyrtau rural district of Ulan district. The eldest, "
            "Sovetkan Kaliyev, 61, will head the Makanchi rural district of Urdzhar district."
        )
    )
    (cand,) = found["KZ-63/urzhar/makanshy"].candidates
    assert (cand.name, cand.elected, cand.votes) == ("Sovetkan Kaliyev", True, None)
    assert found["KZ-63/ulan/ayyrtau"].candidates[0].name == "Darkhan Toleukhanov"


# -- an akim chosen by maslikhat deputies ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Павлодарская область получила акима: на сессии депутатов всех маслихатов региона "
        "за Асаина Байханова проголосовали 190 человек.",
        "Голосами депутатов маслихатов акимом Павлодарской области избран Асаин Байханов.",
        "Asain Baikhanov was elected akim of Pavlodar region by deputies of the maslikhats, "
        "with 190 votes.",
        "Облыстың барлық мәслихаттарының депутаттары Асайын Байхановты облыс әкімі етіп "
        "сайлады, оған 190 дауыс берілді.",
    ],
)
def test_an_akim_chosen_by_maslikhat_deputies_is_no_popular_vote(text: str) -> None:
    assert classify_text(text) == "other"
    assert run(text).contests == ()


def test_a_candidate_who_is_a_maslikhat_deputy_keeps_the_results() -> None:
    text = (
        "Акимом района избран депутат районного маслихата Ерлан Ахметов, за него "
        "проголосовали 4 660 человек."
    )
    assert classify_text(text) == "results"


# -- absentee certificates: zero is a count ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "В Бокейординском районе акимом избран Нурлыбек Даумов, за него проголосовали "
        "4 660 человек. По открепительным удостоверениям — 0.",
        "Bókeıorda aýdanynyń ákimi bolyp Nurlybek Daýmov saılandy, oǵan 4660 daýys berildi. "
        "Ashyp-berý kýálikteri boıynsha 0 adam daýys berdi.",
        "Бөкей орда ауданының әкімі болып Нұрлыбек Даумов сайланды, оған 4660 дауыс "
        "берілді. Есептен шығу куәлігі бойынша дауыс бергендер – 0.",
    ],
)
def test_no_voter_with_an_absentee_certificate_is_a_count_of_zero(text: str) -> None:
    (contest,) = run(text).contests
    assert contest.absentee is not None and contest.absentee.value == 0


# -- the day of the vote, not a date of another event ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Руководитель района избран\n\nNovember 5, 2023 – Voters of Zhualy district chose "
            "Yerlan Akhmetov as akim.\n\nThe vote followed the decree of October 1, 2023.",
            date(2023, 11, 5),
        ),
        (
            "5 ноября 2023 года жители Жуалынского района выбрали акима. Голосование прошло "
            "после Послания от 1 сентября 2023 года.",
            date(2023, 11, 5),
        ),
        (
            "Жуалы ауданының әкімі сайланды\n\n5 қараша, 2023 жыл\n\nЖуалы ауданында әкім "
            "сайлауы өтті.",
            date(2023, 11, 5),
        ),
    ],
)
def test_the_vote_date_before_a_date_of_another_event(text: str, expected: date) -> None:
    assert find_election_date(text) == expected


def test_a_count_after_a_date_and_a_comma_is_no_year() -> None:
    assert find_election_date("Выборы прошли 5 ноября, 2023 избирателя проголосовали.") is None


# -- a list of names shares one case -----------------------------------------------------


def test_a_list_of_names_with_no_governing_word_shares_the_case_of_its_members() -> None:
    found = run(
        "В Актогайском районе акимом избран Аскар Казыбаев, за него проголосовали 4 329 "
        "человек. Мансура Ахметова, Руслана Кенжебекова и Болата Абдралиева он опередил "
        "с большим отрывом."
    )
    (contest,) = found.contests
    names = [c.name for c in contest.candidates]
    assert "Руслан Кенжебеков" in names and "Мансур Ахметов" in names


def test_a_list_of_nominative_names_stays_in_the_nominative() -> None:
    found = run(
        "В Актогайском районе акимом избран Аскар Казыбаев. Также баллотировались "
        "Роза Камзаева, Нургуль Бакынова и Жанар Уалинова."
    )
    (contest,) = found.contests
    names = [c.name for c in contest.candidates]
    assert "Роза Камзаева" in names and "Жанар Уалинова" in names


# -- an object list before "он опередил" lost ---------------------------------------------


def test_names_before_a_pronoun_and_a_verb_of_beating_all_lost() -> None:
    found = run(
        "В Каратобинском районе победил Кадыржан Суйеугалиев, ему отдали 4 329 голосов. "
        "Каната Муканова, Ермека Сайнова и Нарынбека Кереша он обошёл уверенно."
    )
    (contest,) = found.contests
    elected = {c.name: c.elected for c in contest.candidates}
    assert elected["Кадыржан Суйеугалиев"] is True
    assert elected["Канат Муканов"] is False and elected["Нарынбек Кереш"] is False


def test_a_winner_before_a_verb_of_beating_still_won() -> None:
    found = run(
        "В Каратобинском районе Кадыржан Суйеугалиев опередил Каната Муканова и Ермека "
        "Сайнова, набрав 4 329 голосов."
    )
    (contest,) = found.contests
    elected = {c.name: c.elected for c in contest.candidates}
    assert elected["Кадыржан Суйеугалиев"] is True and elected["Канат Муканов"] is False


# -- "N — у X": the count of the person ---------------------------------------------------


def test_a_count_then_u_and_a_described_person_is_the_persons_votes() -> None:
    found = run(
        "В Таскалинском районе избран аким. Наибольшее число голосов — 3 138 — у "
        "директора школы Талгата Шакирова. Его соперник Мэлс Нарыков проиграл."
    )
    (contest,) = found.contests
    votes = {c.name: c.votes.value if c.votes else None for c in contest.candidates}
    assert votes["Талгат Шакиров"] == 3138 and votes.get("Мэлс Нарыков") is None


def test_a_count_then_u_and_a_name_with_no_vote_word_is_no_votes() -> None:
    found = run(
        "Акимом Таскалинского района избран Талгат Шакиров. В семье 5 детей — у "
        "Талгата Шакирова трое сыновей."
    )
    (contest,) = found.contests
    assert all(c.votes is None for c in contest.candidates)


# -- a percent-only report: the largest share of a stated base won ----------------------


def test_the_largest_share_of_the_ballots_won_when_every_candidate_has_one() -> None:
    found = run(
        "Итоги выборов акима Талгара подведены. Самовыдвиженец Алибек Рамазанов набрал "
        "8,9% голосов принявших участие избирателей, Жанибек Каденов – 14,6%, а "
        "Арыстанбек Абилхаирулы от партии AMANAT – 70,5%."
    )
    (contest,) = found.contests
    elected = {c.name: c.elected for c in contest.candidates}
    assert elected == {
        "Алибек Рамазанов": False,
        "Жанибек Каденов": False,
        "Арыстанбек Абилхаирулы": True,
    }


def test_shares_of_no_stated_base_mark_the_winner_nobody_could_beat() -> None:
    found = run(
        "Итоги выборов акима Талгара подведены. Алибек Рамазанов набрал 8,9%, Жанибек "
        "Каденов – 14,6%, Арыстанбек Абилхаирулы – 70,5%."
    )
    (contest,) = found.contests
    # 94% named, 70.5% for one: no one unnamed could have more
    winners = [c.name for c in contest.candidates if c.elected]
    assert winners == ["Арыстанбек Абилхаирулы"]


def test_shares_of_one_candidate_only_mark_no_winner() -> None:
    found = run(
        "Итоги выборов акима Талгара подведены. Арыстанбек Абилхаирулы набрал 70,5% "
        "голосов пришедших избирателей, Жанибек Каденов также баллотировался."
    )
    (contest,) = found.contests
    assert all(not c.elected for c in contest.candidates)
