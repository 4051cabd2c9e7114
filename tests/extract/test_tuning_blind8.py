"""Rules for classes of failure first seen on corpus_real_blind8 (a tuning set since its
single scored run): each a general rule of a language table or a pass, tested on SYNTHETIC
sentences composed for the test (names invented)."""

from __future__ import annotations

from extract_text import fact, run

from kzvotes.extract import ExtractedDocument


def by_place(doc: ExtractedDocument) -> dict[str | None, dict[str, object]]:
    return {
        c.place_id: {"registered": fact(c.registered_voters), "turnout": fact(c.turnout_pct)}
        for c in doc.contests
    }


# -- officials ---------------------------------------------------------------------------


def test_a_surname_headline_of_a_titled_official_names_no_winner() -> None:
    # SYNTHETIC: "Surname: N akims elected" over "State Counsellor Given Surname said ...":
    # the surname alone is the official's, never a candidate
    doc = run(
        "Temirov: 12 more rural akims elected\n\n"
        "State Counsellor Arman Temirov said on his channel that rural akims were elected "
        "in five regions on Aug. 6, 2023.\n\n"
        "By the end of the year 150 rural settlements will have voted."
    )
    assert doc.contests == ()


# -- places -------------------------------------------------------------------------------


def test_totals_before_place_pairs_keep_later_totals_off_the_last_place() -> None:
    # SYNTHETIC: "N voters: A in X and B in Y" then a share naming no place: the share is
    # the two places' together, not the last place's; "в Кызылкоге" is Kyzylkoga
    doc = run(
        "Комиссия подвела итоги выборов в Исатайском и Кызылкогинском районах.\n\n"
        "В списки было включено 30 100 избирателей: 14 000 в Исатае и 16 100 в Кызылкоге.\n\n"
        "Проголосовали 58,0% избирателей."
    )
    assert by_place(doc) == {
        "KZ-23/isatay": {"registered": 14000, "turnout": None},
        "KZ-23/kyzylkoga": {"registered": 16100, "turnout": None},
    }


def test_a_commission_chair_naming_the_total_turnout_is_no_candidate() -> None:
    # SYNTHETIC: a roundup of two winners, then "Председатель облизбиркома X назвал общую
    # явку — N%": no candidate X, and the total turnout is no one contest's
    doc = run(
        "Больше всего голосов получили: в Приозерске — Арман Сейтов, в Актогайском районе — "
        "Нурлан Бекжанов.\n\n"
        "Председатель облизбиркома Ерлан Жумабеков назвал общую явку — 64,15%."
    )
    names = {c.name for contest in doc.contests for c in contest.candidates}
    assert names == {"Арман Сейтов", "Нурлан Бекжанов"}
    assert all(fact(c.turnout_pct) is None for c in doc.contests)


# -- figures --------------------------------------------------------------------------------


def turnout_figures(doc: ExtractedDocument) -> tuple[object, object]:
    contest = doc.contests[0]
    return fact(contest.registered_voters), fact(contest.ballots_cast)


def test_of_the_voters_who_turned_out_is_the_ballots_cast() -> None:
    # SYNTHETIC: "a majority of the N voters who turned out backed her", then the list
    doc = run(
        "Aigul Sapina has been elected akim of the town of Serebryansk.\n\n"
        "A majority of the 2,104 voters who turned out backed her. "
        "The town has 3,870 eligible voters."
    )
    assert turnout_figures(doc) == (3870, 2104)


def test_made_their_choice_is_the_ballots_cast() -> None:
    # SYNTHETIC: "Право голоса имели N жителей, свой выбор сделали M"
    doc = run(
        "Акимом города Серебрянска избрана Айгуль Сапина.\n\n"
        "Право голоса имели 3870 жителей, свой выбор сделали 2104."
    )
    assert turnout_figures(doc) == (3870, 2104)


def test_list_rows_with_a_nominator_between_name_and_count() -> None:
    # SYNTHETIC: "N. Surname Given, nominator — count" rows, then "Против всех — M": each
    # count is its row's, the last row's is not the against-all figure
    doc = run(
        "Итоги выборов акима Уланского района\n\n"
        "1. Сапаров Ерлан, партия AMANAT — 3120\n"
        "2. Бекетов Арман, самовыдвижение — 640\n"
        "Против всех — 95\n"
    )
    contest = doc.contests[0]
    assert {c.name: fact(c.votes) for c in contest.candidates} == {
        "Сапаров Ерлан": 3120,
        "Бекетов Арман": 640,
    }
    assert fact(contest.against_all) == 95


def test_rows_of_a_results_sheet_far_below_its_headline_are_counts() -> None:
    # SYNTHETIC: a headline of results, then place headings and numbered rows with no full
    # stop between: the rows of the second place are counts too, however far down
    doc = run(
        "Итоги выборов акимов районов\n\n"
        "Бокейординский район\n"
        "1. Сапаров Ерлан, партия AMANAT — 4660\n"
        "2. Бекетов Арман, самовыдвижение — 782\n"
        "Против всех — 178\n\n"
        "Каратобинский район\n"
        "1. Жаксылыков Нурлан, партия AMANAT — 4329\n"
        "2. Муратов Канат, самовыдвижение — 557\n"
        "Против всех — 115\n"
    )
    counts = {c.place_id: {x.name: fact(x.votes) for x in c.candidates} for c in doc.contests}
    assert counts["KZ-27/karatobe"] == {"Жаксылыков Нурлан": 4329, "Муратов Канат": 557}


def test_a_row_with_the_fewest_votes_for_a_count_lost() -> None:
    # SYNTHETIC: "3. Name, nominator — наименьшее число голосов": the row's person lost, and
    # the largest count of the others won
    doc = run(
        "Итоги выборов акима Каратобинского района\n\n"
        "1. Жаксылыков Нурлан, партия AMANAT — 4329\n"
        "2. Муратов Канат, самовыдвижение — 557\n"
        "3. Сеитов Ермек, самовыдвижение — наименьшее число голосов\n"
        "Против всех — 115\n"
    )
    contest = doc.contests[0]
    assert {c.name: c.elected for c in contest.candidates} == {
        "Жаксылыков Нурлан": True,
        "Муратов Канат": False,
        "Сеитов Ермек": False,
    }


def test_most_votes_collected_by_a_name_then_the_others_behind() -> None:
    # SYNTHETIC: "ең көп дауысты X жинады. Y пен Z кейінгі орындарда қалды."
    doc = run(
        "Ұлан ауданының жаңа әкімі анықталды\n\n"
        "Шығыс Қазақстан облысы Ұлан ауданында аудан әкімін сайлау өтті.\n\n"
        "Үш үміткердің ішінде ең көп дауысты Ерлан Сапаров жинады. "
        "Арман Бекетов пен Нұрлан Жақсыбеков кейінгі орындарда қалды."
    )
    assert doc.kind == "results"
    contest = doc.contests[0]
    assert {c.name: c.elected for c in contest.candidates} == {
        "Ерлан Сапаров": True,
        "Арман Бекетов": False,
        "Нұрлан Жақсыбеков": False,
    }


def test_a_ballots_cast_label_line() -> None:
    # SYNTHETIC: a box of figures, "Ballots cast: N" under "On the voter list: M"
    doc = run(
        "ULAN AKIM ELECTION: THE FIGURES\n\n"
        "On the voter list: 30,410\nBallots cast: 9,312\n\n"
        "Erlan Saparov won with 7,020 votes and becomes akim of Ulan district."
    )
    assert turnout_figures(doc) == (30410, 9312)


# -- kinds --------------------------------------------------------------------------------


def test_turnout_by_an_hour_of_the_day_is_a_voting_day() -> None:
    # SYNTHETIC: interim turnout "by 2 pm", "at 14:00"
    doc = run(
        "Ulan: 31.2% had voted by 2 pm\n\n"
        "Turnout in the rural akim elections in Ulan district stood at 31.2% at 14:00, "
        "the commission said."
    )
    assert doc.kind == "voting_day"


def test_a_day_of_the_vote_after_a_dash_is_an_announcement_in_kazakh_latin() -> None:
    # SYNTHETIC: "Saılaý kúni – 5 qarasha"
    doc = run("Depýtattar Ulan aýdanynyń ákimin saılaýdy usyndy. Saılaý kúni – 12 qarasha.")
    assert doc.kind == "announcement"


def test_a_final_turnout_share_is_no_hour_of_the_day() -> None:
    # SYNTHETIC: "turnout stood at 61.25%" is a share, not "at 14:00"
    doc = run(
        "On November 5, the first elections of akims of districts were held across the "
        "country; turnout stood at 61.25%."
    )
    assert doc.kind != "voting_day"
