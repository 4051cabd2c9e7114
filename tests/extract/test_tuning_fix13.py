"""Rules for classes of failure of corpus_real_blind11 and corpus_real_blind12 (tuning sets)
fixed on branch i9-fix13: each a general rule of a language table or a pass, tested on
SYNTHETIC texts composed for the test in wordings of their own (names and figures invented
for the test; places from the gazetteer)."""

from __future__ import annotations

from datetime import date

from extract_text import fact, run

# -- a pipe table of places: one contest a row, figures by their column's heading ------


def by_place(text: str) -> dict[str | None, tuple[object, ...]]:
    out = {}
    for c in run(text).contests:
        winners = [x for x in c.candidates if x.elected]
        out[c.place_id] = (
            fact(c.registered_voters),
            fact(c.ballots_cast),
            tuple((x.name, x.nominator, x.party_id) for x in winners),
        )
    return out


def test_a_table_of_places_whose_rows_run_together_gives_each_row_its_contest() -> None:
    # SYNTHETIC: an English pipe table without outer bars, its rows on lines of their own
    # (the plain text joins them into one line)
    found = by_place(
        "Two rural districts elect akims\n\n"
        "Rural district | Registered voters | Voted | Elected | Nominated by\n"
        "Muratsai rural district | 1,204 | 866 | Serik Omarov, b. 1979 | self-nomination\n"
        "Zhanazhol rural district | 958 | 701 | Bolat Tursynov, b. 1983 | Amanat party\n\n"
        "Both were elected for four years."
    )
    assert found == {
        "KZ-27/bokeyorda/muratsai": (1204, 866, (("Serik Omarov", "self", None),)),
        "KZ-27/kaztalov/zhanazhol": (958, 701, (("Bolat Tursynov", "party", "amanat"),)),
    }


def test_a_markdown_table_of_places_with_outer_bars_and_a_rule() -> None:
    # SYNTHETIC: Kazakh Latin, a markdown table with its rule of dashes
    found = by_place(
        "Eki aýyldyq okrýgte ákim saılandy\n\n"
        "| Eldi meken | Saılaýshy | Daýys bergeni | Jeńimpaz | Usynǵan |\n"
        "|---|---|---|---|---|\n"
        "| Mýratsaı aýyldyq okrýgi | 1204 | 866 | Serik Omarov | ózin-ózi usyný |\n"
        "| Jańajol aýyldyq okrýgi | 958 | 701 | Bolat Tursynov | «AMANAT» partııasy |\n"
    )
    assert found["KZ-27/bokeyorda/muratsai"] == (1204, 866, (("Serik Omarov", "self", None),))
    assert found["KZ-27/kaztalov/zhanazhol"] == (
        958,
        701,
        (("Bolat Tursynov", "party", "amanat"),),
    )


def test_a_russian_table_of_places_in_lines() -> None:
    # SYNTHETIC: Russian, one row a line with its outer bars
    found = by_place(
        "Итоги выборов сельских акимов\n\n"
        "| Сельский округ | Избирателей в списке | Проголосовали | Избран | Кем выдвинут |\n"
        "| Тенизский сельский округ | 2 310 | 1 544 | Омаров Серик | самовыдвижение |\n"
        "| Сафоновский сельский округ | 1 120 | 845 | Турсынов Болат | партия AMANAT |\n"
    )
    assert found["KZ-23/kurmangazy/teniz"] == (2310, 1544, (("Омаров Серик", "self", None),))
    assert found["KZ-23/safonovka"] == (1120, 845, (("Турсынов Болат", "party", "amanat"),))


def test_a_table_without_a_column_of_places_is_left_to_the_rows_reading() -> None:
    # SYNTHETIC: a one-contest table of candidates; no row names a place of its own
    (contest,) = run(
        "Тенизский сельский округ: итоги выборов акима\n\n"
        "Кандидат | Выдвинут | Голоса\n"
        "Омаров Серик | самовыдвижение | 812\n"
        "Турсынов Болат | партия AMANAT | 400\n\n"
        "Акимом избран Омаров Серик."
    ).contests
    assert {c.name: fact(c.votes) for c in contest.candidates} == {
        "Омаров Серик": 812,
        "Турсынов Болат": 400,
    }


# -- a card of labelled rows about the person elected ----------------------------------


def card_reading(text: str) -> tuple[object, ...]:
    document = run(text)
    (contest,) = document.contests
    return (
        document.kind,
        contest.place_id,
        fact(contest.election_date),
        fact(contest.against_all_pct),
        tuple(
            (c.name, c.elected, c.nominator, fact(c.votes), fact(c.vote_share_pct))
            for c in contest.candidates
        ),
    )


def test_a_card_of_labelled_rows_names_the_akim_elected_and_the_runners_up() -> None:
    # SYNTHETIC: an English card, one row a line, its rules of dashes
    assert card_reading(
        "Akim of Shieli district\n"
        "--------------------------\n"
        "Incumbent     | Serik Omarov\n"
        "Elected       | 5 November 2023\n"
        "Nominated by  | Amanat party\n"
        "Votes         | 12,480 (71.2%)\n"
        "Runners-up    | B. Tursynov – 3,102 (17.7%); D. Akhmetov – 1,220 (7.0%)\n"
        "Against all   | 4.1%\n"
        "Born          | 3 March 1975, Shieli\n"
        "--------------------------\n"
    ) == (
        "results",
        "KZ-43/shieli",
        date(2023, 11, 5),
        4.1,
        (
            ("Serik Omarov", True, "party", 12480, 71.2),
            ("B. Tursynov", False, None, 3102, 17.7),
            ("D. Akhmetov", False, None, 1220, 7.0),
        ),
    )


def test_a_russian_card_of_labelled_rows() -> None:
    # SYNTHETIC: a Russian card, the election's row with its date
    assert card_reading(
        "Аким Шиелийского района\n\n"
        "Аким | Омаров Серик\n"
        "Избран | 5 ноября 2023 года\n"
        "Выдвинут | самовыдвижение\n"
        "Голоса | 12 480 (71,2%)\n"
    )[:2] + card_reading(
        "Аким Шиелийского района\n\n"
        "Аким | Омаров Серик\n"
        "Избран | 5 ноября 2023 года\n"
        "Выдвинут | самовыдвижение\n"
        "Голоса | 12 480 (71,2%)\n"
    )[4:] == ("results", "KZ-43/shieli", (("Омаров Серик", True, "self", 12480, 71.2),))


def test_a_card_of_fields_side_by_side_with_colons() -> None:
    # SYNTHETIC: "Label: value" fields on one line, set apart by bars
    reading = card_reading(
        "Akim of Shieli district | Akim: Serik Omarov | Elected: November 5, 2023 | "
        "Nominated by: self-nomination | Votes: 12,480\n"
    )
    assert reading[:2] == ("results", "KZ-43/shieli")
    assert reading[4] == (("Serik Omarov", True, "self", 12480, None),)


def test_a_card_without_a_row_of_the_election_is_no_result() -> None:
    # SYNTHETIC: a profile card of a candidate before the vote
    document = run(
        "Candidate for akim of Shieli district\n\n"
        "Name | Serik Omarov\n"
        "Nominated by | Amanat party\n"
        "Born | 3 March 1975, Shieli\n"
        "Election day | 5 November 2023\n"
    )
    assert document.contests == ()


# -- verbless and majority wordings of the winner --------------------------------------


def elected(text: str) -> dict[str, bool | None]:
    (contest,) = run(text).contests
    return {c.name: c.elected for c in contest.candidates}


def test_a_verbless_victory_for_a_person_names_the_winner() -> None:
    # SYNTHETIC: Russian, "Победа за X" with the count after a colon
    assert elected(
        "ШИЕЛИЙСКИЙ РАЙОН. Победа за Сериком ОМАРОВЫМ: 4 210 голосов. "
        "Самовыдвиженцу Болату ТУРСЫНОВУ отдали 612 голосов."
    ) == {"Серик Омаров": True, "Болат Турсынов": False}


def test_most_of_the_votes_going_to_a_person_names_the_winner() -> None:
    # SYNTHETIC: English, the winner as the one most votes went to
    assert elected(
        "Voters in Shieli district have chosen a new akim. Of 9,120 people on the voter "
        "list, 6,004 came to the polls, and most of the votes went to Serik Omarov."
    ) == {"Serik Omarov": True}


# -- a headline giving every winner named after it one nomination ----------------------


def winners_nominations(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {
        c.name: (c.nominator, c.party_id)
        for contest in run(text).contests
        for c in contest.candidates
        if c.elected
    }


def test_a_kazakh_latin_headline_of_all_winners_nomination() -> None:
    # SYNTHETIC: the headline before any place or name; the winners named after it
    assert winners_nominations(
        "BQO-da eki aýdannyń ákimi saılandy: ekeýi de «Amanat» ókili\n\n"
        "Bókeı orda aýdanynda Serik Omarov 3 120 daýys jınap, jeńiske jetti. "
        "Ózin-ózi usynǵan Bolat Tursynov 540 daýys aldy.\n\n"
        "Qaratóbe aýdanynda Dáýlet Ahmetov 2 980 daýyspen ákim bolyp saılandy."
    ) == {"Serik Omarov": ("party", "amanat"), "Dáýlet Ahmetov": ("party", "amanat")}


def test_a_russian_headline_of_all_winners_nomination() -> None:
    # SYNTHETIC: Russian, "все трое" in a headline before the places
    assert winners_nominations(
        "В ЗКО избраны три акима районов: все трое — кандидаты AMANAT\n\n"
        "В Бокейординском районе победил Серик Омаров, набравший 3 120 голосов. "
        "В Каратобинском районе избран Даулет Ахметов (2 980 голосов). "
        "В Таскалинском районе победил Болат Турсынов с 2 400 голосами."
    ) == {
        "Серик Омаров": ("party", "amanat"),
        "Даулет Ахметов": ("party", "amanat"),
        "Болат Турсынов": ("party", "amanat"),
    }


def test_a_headline_of_all_winners_speaks_of_one_contest_no_more() -> None:
    # SYNTHETIC: one contest only: "both" in its headline is no rule for the winner
    assert winners_nominations(
        "Ekeýi de «Amanat» ókili saılandy\n\n"
        "Bókeı orda aýdanynda Serik Omarov 3 120 daýys jınap, jeńiske jetti."
    ) == {"Serik Omarov": (None, None)}


def test_a_tally_of_winners_nominations_gives_none_to_each() -> None:
    # SYNTHETIC: a tally of several nominations ("15 by a party, two self-nominated") in a
    # sentence with counts is no headline of one nomination for all
    found = winners_nominations(
        "«Сайланған 18 әкімнің 16-сын «Amanat» партиясы ұсынған, екеуі – өзін-өзі "
        "ұсынғандар», – деді ол.\n\n"
        "Құрманғазы ауданының Теңіз ауылдық округіне әкім болып Серік Омаров сайланды. "
        "Сафонов ауылдық округінің әкімі болып Роза Ахметова сайланды."
    )
    assert set(found.values()) == {(None, None)}


# -- a summary of a vote held that calls the next round is no announcement -------------


def test_a_summary_of_a_vote_held_with_the_next_round_is_other() -> None:
    # SYNTHETIC: a television script: villages voted, more will vote later
    assert (
        run(
            "ВЕДУЩИЙ: В регионе за один день избрали акимов сразу семи сёл.\n\n"
            "ЗК: Голосование прошло в пяти округах Шиелийского района и в двух аулах "
            "Аральского района. Бюллетени получили 9 410 избирателей.\n\n"
            "— 12 мая выборы пройдут ещё в трёх сельских округах."
        ).kind
        == "other"
    )


def test_an_english_summary_with_more_districts_to_vote_is_other() -> None:
    # SYNTHETIC: English, the same shape
    assert (
        run(
            "Seven villages of the region elected their akims on Sunday; 9,410 voters took "
            "part. Elections will also be held in three more rural districts on May 12."
        ).kind
        == "other"
    )


def test_a_message_calling_a_vote_stays_an_announcement() -> None:
    # SYNTHETIC: an announcement that mentions the vote of another round as held
    assert (
        run(
            "Выборы акима Байтерекского сельского округа пройдут 12 мая. "
            "Зарегистрированы три кандидата."
        ).kind
        == "announcement"
    )


# -- "no" before a figure's own words is a count of zero -------------------------------


def test_no_absentee_certificates_used_is_a_count_of_zero() -> None:
    # SYNTHETIC: English, the zero told by "no" before the figure's noun
    (contest,) = run(
        "Serik Omarov was elected akim of Shieli district with 4,210 votes. Of 9,120 "
        "voters on the list, 6,004 took part; 31 voted outside the polling premises, and "
        "no absentee certificates were used."
    ).contests
    assert (fact(contest.absentee), fact(contest.outside_premises)) == (0, 31)


def test_not_a_single_absentee_certificate_is_a_count_of_zero() -> None:
    # SYNTHETIC: Russian, "ни одного" before the figure's words
    (contest,) = run(
        "Акимом Шиелийского района избран Серик Омаров, за него проголосовали 4 210 "
        "избирателей. Не было выдано ни одного открепительного удостоверения."
    ).contests
    assert fact(contest.absentee) == 0


def test_no_grounds_to_declare_the_vote_invalid_is_no_count() -> None:
    # SYNTHETIC: "no" before other words than the figure's counts nothing
    (contest,) = run(
        "Serik Omarov was elected akim of Shieli district with 4,210 votes. There were no "
        "grounds to declare the election invalid."
    ).contests
    assert contest.invalid_ballots is None


# -- the numbered sub-items of a decision listing the candidates -----------------------


def test_the_numbered_sub_items_of_a_ballot_list_are_its_candidates() -> None:
    # SYNTHETIC: a commission's decision, the candidates as sub-items "3.1.", "3.2."
    (contest,) = run(
        "Об итогах выборов акима Тенизского сельского округа\n\n"
        "1. Установить, что приняли участие в голосовании 812 избирателей.\n"
        "2. Указать, что в бюллетень были внесены два кандидата:\n"
        "2.1. Омаров Серик Болатович, 1970 года рождения, директор школы, выдвинулся сам;\n"
        "2.2. Турсынов Болат Ерланович, 1982 года рождения, специалист аппарата акима "
        "района, выдвинут партией AMANAT.\n"
        "3. Признать избранным акимом Тенизского сельского округа Омарова Серика Болатовича."
    ).contests
    assert {c.name: (c.nominator, c.elected) for c in contest.candidates} == {
        "Омаров Серик Болатович": ("self", True),
        "Турсынов Болат Ерланович": ("party", False),
    }


def test_an_hour_with_a_dot_still_ends_its_sentence() -> None:
    # SYNTHETIC: "20.00." ends the sentence; the next one's figures are the contest's own
    (contest,) = run(
        "Голосование в Тенизском сельском округе завершилось в 20.00. Акимом избран "
        "Серик Омаров, за него проголосовали 612 избирателей."
    ).contests
    assert [(c.name, fact(c.votes)) for c in contest.candidates] == [("Серик Омаров", 612)]


def test_a_card_of_colon_fields_over_two_lines_under_its_title() -> None:
    # SYNTHETIC: the fields of a card on two lines, the title on the line before
    reading = card_reading(
        "Akim of Shieli district\n"
        "Akim: Serik Omarov | Elected: 5 November 2023 | Nominated by: Amanat party\n"
        "Votes: 12,480 (71.2%) | Against all: 2.1%\n"
    )
    assert reading == (
        "results",
        "KZ-43/shieli",
        date(2023, 11, 5),
        2.1,
        (("Serik Omarov", True, "party", 12480, 71.2),),
    )


# -- label lines of a results sheet under no verb of a result --------------------------


def test_label_lines_with_a_count_against_all_are_a_result_in_every_language() -> None:
    # SYNTHETIC: labelled figures, the count against all, then "Name – N" lines; no verb
    sheets = {
        "ru": "Тенизский сельский округ\n\nИзбирателей в списке: 1 106\nПроголосовали: 645\n"
        "Против всех: 15\n\nОмаров Серик – 391\nТурсынов Болат – 130",
        "kk": "Теңіз ауылдық округі\n\nТізімдегі сайлаушылар: 1 106\nДауыс бергендер: 645\n"
        "Барлығына қарсы: 15\n\nОмаров Серік – 391\nТұрсынов Болат – 130",
        "kk-Latn": "Teńiz aýyldyq okrýgi\n\nTizimdegi saılaýshylar: 1 106\n"
        "Daýys bergender: 645\nBarlyǵyna qarsy: 15\n\nSerik Omarov – 391\nBolat Tursynov – 130",
        "en": "Teniz rural district\n\nRegistered voters: 1,106\nVoted: 645\nAgainst all: 15\n\n"
        "Serik Omarov – 391\nBolat Tursynov – 130",
    }
    for language, text in sheets.items():
        document = run(text)
        (contest,) = document.contests
        assert document.kind == "results", language
        assert (
            fact(contest.registered_voters),
            fact(contest.ballots_cast),
            fact(contest.against_all),
            [fact(c.votes) for c in contest.candidates],
        ) == (1106, 645, 15, [391, 130]), language


def test_against_all_without_a_count_is_no_result() -> None:
    # SYNTHETIC: an announcement naming the ballot's "against all" box
    assert (
        run(
            "Выборы акима Тенизского сельского округа пройдут 12 мая. В бюллетене будет графа "
            "«Против всех». Зарегистрированы два кандидата."
        ).kind
        == "announcement"
    )


# -- a share after its count, set off by a slash or as "a N% share" --------------------


def shares(text: str) -> dict[str, object]:
    (contest,) = run(text).contests
    return {c.name: fact(c.vote_share_pct) for c in contest.candidates}


def test_a_share_after_a_slash_is_the_counts() -> None:
    # SYNTHETIC: Russian rows "Name: N голосов / P%"
    assert shares(
        "Акимом Шиелийского района избран Серик Омаров.\n\n"
        "Омаров Серик: 12 480 голосов / 71,2%\n"
        "Турсынов Болат: 3 102 голоса / 17,7%"
    ) == {"Серик Омаров": 71.2, "Турсынов Болат": 17.7}


def test_a_share_as_an_apposition_of_the_count_is_the_counts() -> None:
    # SYNTHETIC: English "with N votes, a P% share"
    assert shares(
        "Serik Omarov won the Shieli district vote with 12,480 votes, a 71.2% share; "
        "Bolat Tursynov had 3,102 (17.7%)."
    ) == {"Serik Omarov": 71.2, "Bolat Tursynov": 17.7}


def test_a_table_with_a_column_of_votes_is_a_result() -> None:
    # SYNTHETIC: a table of candidates with their nominators and votes, no verb of a
    # result anywhere ("Nominated by" alone would call it an announcement)
    document = run(
        "Results in two rural districts\n\n"
        "| Rural district | Candidate | Nominated by | Votes |\n"
        "|---|---|---|---|\n"
        "| Teniz rural district | Serik Omarov | self-nomination | 1,204 |\n"
        "| Safonovka rural district | Daulet Akhmetov | Amanat party | 700 |\n"
    )
    assert document.kind == "results"
    assert {c.place_id: [fact(x.votes) for x in c.candidates] for c in document.contests} == {
        "KZ-23/kurmangazy/teniz": [1204],
        "KZ-23/safonovka": [700],
    }


def test_an_english_headline_of_all_winners_nomination() -> None:
    # SYNTHETIC: English, "all three" and "both winners" in a headline before the places
    assert winners_nominations(
        "Three WKO districts elect akims: all three from Amanat\n\n"
        "In Bokeyorda district, Serik Omarov won with 3,120 votes. Self-nominee Bolat "
        "Tursynov received 540 votes.\n\n"
        "In Karatobe district, Daulet Akhmetov was elected akim with 2,980 votes.\n\n"
        "In Taskala district, Aibek Nurlanov was elected with 2,400 votes."
    ) == {
        "Serik Omarov": ("party", "amanat"),
        "Daulet Akhmetov": ("party", "amanat"),
        "Aibek Nurlanov": ("party", "amanat"),
    }
    assert winners_nominations(
        "Two WKO districts elect akims: both winners from Amanat\n\n"
        "In Bokeyorda district, Serik Omarov won with 3,120 votes.\n\n"
        "In Karatobe district, Daulet Akhmetov was elected akim with 2,980 votes."
    ) == {"Serik Omarov": ("party", "amanat"), "Daulet Akhmetov": ("party", "amanat")}


def test_all_three_districts_is_no_nomination_of_all_winners() -> None:
    # SYNTHETIC: "all three districts" speaks of the places, not of the winners
    found = winners_nominations(
        "Amanat candidates ran in all three districts and elect akims there.\n\n"
        "In Bokeyorda district, Serik Omarov won with 3,120 votes.\n\n"
        "In Karatobe district, self-nominee Daulet Akhmetov was elected akim with 2,980 votes."
    )
    assert found == {"Serik Omarov": (None, None), "Daulet Akhmetov": ("self", None)}


def test_a_table_of_places_after_a_column_of_row_numbers() -> None:
    # SYNTHETIC: Russian, a "№" column before the places
    found = by_place(
        "Итоги выборов акимов сельских округов\n\n"
        "| № | Сельский округ | Избирателей в списке | Проголосовали | Избран | Кем выдвинут |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | Тенизский сельский округ | 2 310 | 1 544 | Омаров Серик | самовыдвижение |\n"
        "| 2 | Сафоновский сельский округ | 1 120 | 845 | Турсынов Болат | партия AMANAT |\n"
    )
    assert found == {
        "KZ-23/kurmangazy/teniz": (2310, 1544, (("Омаров Серик", "self", None),)),
        "KZ-23/safonovka": (1120, 845, (("Турсынов Болат", "party", "amanat"),)),
    }
