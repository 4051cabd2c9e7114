"""Rules for classes of failure first seen on corpus_real_blind7 (a tuning set since its
single scored run): each a general rule of a language table or a pass, tested on SYNTHETIC
sentences composed for the test (names invented)."""

from __future__ import annotations

from extract_text import fact, run

from kzvotes.extract import ExtractedContest, ExtractedDocument


def shares(contest: ExtractedContest) -> dict[str, object]:
    return {c.name: fact(c.vote_share_pct) for c in contest.candidates}


def counts(contest: ExtractedContest) -> dict[str, object]:
    return {c.name: fact(c.votes) for c in contest.candidates}


# -- rows of a table -------------------------------------------------------------------


def test_share_rows_keep_each_share_to_its_own_row() -> None:
    # SYNTHETIC: lines "Name — N%" then "Против всех — M%": the label of the next row is
    # not the share's before it
    doc = run(
        "Итоги выборов акима Уланского района.\n\n"
        "Сапаров Ерлан — 70,2%\nБекетов Арман — 20,1%\nЖаксыбеков Нурлан — 6,5%\n"
        "Против всех — 3,2%\n\nИзбран Ерлан Сапаров."
    )
    contest = doc.contests[0]
    assert shares(contest) == {
        "Сапаров Ерлан": 70.2,
        "Бекетов Арман": 20.1,
        "Жаксыбеков Нурлан": 6.5,
    }
    assert fact(contest.against_all_pct) == 3.2


def test_slash_table_row_count_is_the_rows_not_the_next_labels() -> None:
    # SYNTHETIC: "Name / nominator / count" rows, the last row "against all / – / count"
    doc = run(
        "Ulan aýdanynyń ákimi saılandy.\n\n"
        "Kandıdat / usynǵan / daýys\n"
        "Saparov Erlan / «AMANAT» partııasy / 5210\n"
        "Beketov Arman / ózin-ózi usyný / 840\n"
        "«Barlyǵyna qarsy» / – / 95\n\n"
        "Aýdan ákimi bolyp Saparov Erlan saılandy."
    )
    contest = doc.contests[0]
    assert counts(contest) == {"Saparov Erlan": 5210, "Beketov Arman": 840}
    assert fact(contest.against_all) == 95


# -- a region's headline roundup over a body naming each place --------------------------


def winners_by_place(doc: ExtractedDocument) -> dict[object, list[tuple[str, object]]]:
    return {c.place_id: [(k.name, k.elected) for k in c.candidates] for c in doc.contests}


def test_headline_roundup_of_a_region_gives_each_person_to_their_place() -> None:
    # SYNTHETIC: a headline of a region naming three winners by surname, a body naming
    # each with their district: three contests, one winner each
    doc = run(
        "В ЗКО избраны три акима районов: Сапаров – 4100, Бекетов – 3900, Омаров – 3000\n\n"
        "5 ноября 2023 года. В Бокейординском районе Ерлан Сапаров, в Каратобинском районе "
        "Арман Бекетов, в Таскалинском районе Нурлан Омаров одержали победу."
    )
    assert winners_by_place(doc) == {
        "KZ-27/bokeyorda": [("Ерлан Сапаров", True)],
        "KZ-27/karatobe": [("Арман Бекетов", True)],
        "KZ-27/taskala": [("Нурлан Омаров", True)],
    }


def test_kazakh_latin_region_abbreviation_with_case_ending() -> None:
    # SYNTHETIC: "BQO-da" (in West Kazakhstan) opens a roundup headline; a collective
    # numeral ("Úsheýin de", all three) is no name
    doc = run(
        "BQO-da úsh aýdan ákimi saılandy: Saparov, Beketov, Omarov\n\n"
        "5 qarasha 2023. Bókeı ordasy aýdanynda Erlan Saparov, Qaratóbe aýdanynda Arman "
        "Beketov, Tasqala aýdanynda Nurlan Omarov jeńiske jetti. Úsheýin de «AMANAT» "
        "partııasy usynǵan."
    )
    assert winners_by_place(doc) == {
        "KZ-27/bokeyorda": [("Erlan Saparov", True)],
        "KZ-27/karatobe": [("Arman Beketov", True)],
        "KZ-27/taskala": [("Nurlan Omarov", True)],
    }
    assert all(c.candidates[0].party_id == "amanat" for c in doc.contests)


# -- wrong values: a filing date, membership, a declined first name ---------------------


def test_yearless_dateline_is_the_filing_day_not_the_vote() -> None:
    # SYNTHETIC: "CITY, Oct. 9 – ... on October 8, 2023": the full date is the vote's
    doc = run(
        "Ulan district elects new akim\n\n"
        "UST-KAMENOGORSK, Oct. 9 – Voters of the Ulan district chose a new akim on "
        "October 8, 2023, the district election commission said. The winner, Erlan "
        "Saparov, was nominated by the Amanat party."
    )
    assert str(doc.contests[0].election_date) == "2023-10-08"


def test_party_member_named_after_the_party_is_no_nominee() -> None:
    # SYNTHETIC: "both AMANAT members, yet self-nominated: X and Y"
    doc = run(
        "Ulan aýdanynyń ákimi anyqtaldy.\n\n"
        "Ákimdikke eki úmitker talasty, ekeýi de AMANAT múshesi bola tura ózin-ózi usyný "
        "tártibimen túsken: Saparov Erlan Serikuly jáne Beketov Arman Nurlanuly.\n\n"
        "Aýdan ákimi bolyp Erlan Saparov saılandy."
    )
    assert {(c.nominator, c.party_id) for c in doc.contests[0].candidates} == {("self", None)}


def test_masculine_first_name_in_ai_declined() -> None:
    # SYNTHETIC: "выбрали Ерлея Сапарова": -ай/-ей names lose -я in the accusative
    doc = run(
        "Из двух претендентов жители Уланского района выбрали Ерлея Сапарова. "
        "Арман Бекетов занял второе место."
    )
    names = [c.name for c in doc.contests[0].candidates]
    assert "Ерлей Сапаров" in names


# -- winners in a regional review and a summary; a bulleted candidate list -------------


def test_will_head_a_place_names_its_winner() -> None:
    # SYNTHETIC: "Городом X будет руководить A, Y районом — B"
    doc = run(
        "Абайская область. Городом Курчатов будет руководить Ерлан Сапаров, "
        "Абайским районом — Арман Бекетов."
    )
    assert winners_by_place(doc) == {
        "KZ-10/kurchatov": [("Ерлан Сапаров", True)],
        "KZ-10/abai": [("Арман Бекетов", True)],
    }


def test_self_nomination_stays_in_its_bulleted_item() -> None:
    # SYNTHETIC: bulleted candidate cards, each with a semicolon inside; membership and
    # self-nomination in the first card are the first person's
    doc = run(
        "Уланский район выбрал акима.\n\nКандидаты:\n"
        "• Сапаров Ерлан Серикович, 1970 г.р., директор школы; член партии AMANAT, "
        "выдвинулся сам;\n"
        "• Бекетов Арман Нурланович, 1982 г.р., инженер; выдвинут партией AMANAT.\n\n"
        "Победу одержал Ерлан Сапаров."
    )
    noms = {c.name: (c.nominator, c.party_id) for c in doc.contests[0].candidates}
    assert noms == {
        "Сапаров Ерлан Серикович": ("self", None),
        "Бекетов Арман Нурланович": ("party", "amanat"),
    }


def test_no_election_annulled_is_no_void_election() -> None:
    # SYNTHETIC: a denial of annulment; the youngest and oldest akims named with places
    doc = run(
        "All 40 rural akims elected by voters of East Kazakhstan region on July 25, 2021 "
        "have started work; no election had to be annulled.\n\n"
        "The youngest is 28-year-old Erlan Saparov, elected akim of the Ayyrtau rural "
        "constituency in Ulan district. The oldest, 60-year-old Arman Beketov, now heads "
        "the Makanchi rural constituency of Urdzhar district."
    )
    assert doc.kind == "results"
    assert winners_by_place(doc) == {
        "KZ-63/ulan/ayyrtau": [("Erlan Saparov", True)],
        "KZ-63/urzhar/makanshy": [("Arman Beketov", True)],
    }


def test_headline_tallies_after_the_winners_colon_are_votes() -> None:
    # SYNTHETIC: "избраны три акима: A – N, B – M, C – K", then each with their district;
    # "Всех троих выдвинула партия" is each winner's nominator
    doc = run(
        "В ЗКО избраны три акима районов: Сапаров – 4100, Бекетов – 3900, Омаров – 3000\n\n"
        "5 ноября 2023 года. В Бокейординском районе Ерлан Сапаров, в Каратобинском районе "
        "Арман Бекетов, в Таскалинском районе Нурлан Омаров одержали победу. Всех троих "
        "выдвинула партия AMANAT."
    )
    got = {
        c.place_id: [(k.name, fact(k.votes), k.party_id) for k in c.candidates]
        for c in doc.contests
    }
    assert got == {
        "KZ-27/bokeyorda": [("Ерлан Сапаров", 4100, "amanat")],
        "KZ-27/karatobe": [("Арман Бекетов", 3900, "amanat")],
        "KZ-27/taskala": [("Нурлан Омаров", 3000, "amanat")],
    }


# -- kinds of message ---------------------------------------------------------------------


def test_candidates_named_before_the_vote_is_an_announcement() -> None:
    # SYNTHETIC: "Кто хочет стать акимом", "претендует на пост" then a list; "Стали
    # известны" after a paragraph break is no "стал акимом"
    doc = run(
        "Кто хочет стать акимом Уланского района\n\n"
        "Стали известны имена тех, кто претендует на пост акима района:\n\n"
        "— Ерлан Сапаров;\n— Арман Бекетов."
    )
    assert doc.kind == "announcement"
    assert doc.contests == ()


def test_party_tally_of_races_won_is_a_summary() -> None:
    # SYNTHETIC: "won N races" counts contests, it reports none
    doc = run(
        "On July 25, 2021 voters elected 500 rural akims. Amanat candidates won 400 races, "
        "Auyl 50 and Adal 20."
    )
    assert doc.kind == "other"


def test_elections_under_way_is_a_voting_day() -> None:
    # SYNTHETIC: "идут выборы", "Открыты N участков"
    doc = run(
        "С восьми утра в Уланском районе идут выборы акима. Открыты 40 участков. "
        "В бюллетене две фамилии: Ерлан Сапаров и Арман Бекетов."
    )
    assert doc.kind == "voting_day"


def test_candidates_registered_for_an_election_set_for_a_date_is_an_announcement() -> None:
    # SYNTHETIC: "registered for the election of the akim of X set for <date>"
    doc = run(
        "Three candidates registered for the election of the akim of Ulan district set for "
        "November 5, 2023: Erlan Saparov, Arman Beketov and Nurlan Omarov."
    )
    assert doc.kind == "announcement"


def test_summary_with_past_nominations_is_no_announcement() -> None:
    # SYNTHETIC: result words only count akims elected; "nominated" is of the past
    doc = run(
        "Rural akims elected in five regions\n\nIn two years, 900 akims of villages and "
        "rural districts have been elected; parties nominated 70% of them, and their "
        "average age is 44."
    )
    assert doc.kind == "other"


def test_kazakh_summary_with_past_registration_is_no_announcement() -> None:
    # SYNTHETIC: "N кандидат тіркелді" in a summary of the akims elected
    doc = run(
        "Түркістан облысы: ауыл әкімдері сайлауының қорытындысы\n\nОблыста ауыл әкімдері "
        "сайлауына 90 кандидат тіркелді. Сайланған 30 әкімнің 12-сі бұрын да сол округті "
        "басқарған."
    )
    assert doc.kind == "other"
