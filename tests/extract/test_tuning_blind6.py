"""Rules for classes of failure first seen on corpus_real_blind6 (a tuning set since its
single scored run): each a general rule of a language table or a pass, tested on SYNTHETIC
sentences composed for the test in wordings of their own (names invented)."""

from __future__ import annotations

from extract_text import run

from kzvotes.extract import ExtractedContest, ExtractedDocument


def by_name(contest: ExtractedContest) -> dict[str, tuple[int | None, bool | None]]:
    """Each candidate's count and elected flag."""
    return {c.name: (c.votes.value if c.votes else None, c.elected) for c in contest.candidates}


# -- result words -----------------------------------------------------------------------


def test_count_of_voters_backing_a_name_reports_a_result() -> None:
    # SYNTHETIC: "N избирателей поддержали X" is the only result sentence of the message
    doc = run(
        "Уланский район: 3 210 избирателей поддержали Ерлана Сапарова, "
        "ему противостоял самовыдвиженец Арман Бекетов."
    )
    assert doc.kind == "results"
    assert by_name(doc.contests[0])["Ерлан Сапаров"][0] == 3210


def test_head_of_a_district_of_a_region_became_winner() -> None:
    # SYNTHETIC: "Главой <district> <region> стал X", four words between
    doc = run(
        "Главой Уланского района Восточно-Казахстанской области стал Ерлан Сапаров. "
        "Второе место занял Арман Бекетов."
    )
    assert by_name(doc.contests[0]) == {
        "Ерлан Сапаров": (None, True),
        "Арман Бекетов": (None, False),
    }


def test_fewest_of_all_is_a_loser() -> None:
    # SYNTHETIC: "набрал меньше всех" marks a loser without a count; the others' counts
    # then give the plurality
    doc = run(
        "Итоги выборов в Уланском районе: за Ерлана Сапарова – 3 210, за Армана Бекетова – 540. "
        "Самовыдвиженец Нурлан Жаксыбеков набрал меньше всех."
    )
    assert by_name(doc.contests[0]) == {
        "Ерлан Сапаров": (3210, True),
        "Арман Бекетов": (540, False),
        "Нурлан Жаксыбеков": (None, False),
    }


def test_became_head_of_the_district_in_kazakh() -> None:
    # SYNTHETIC: "X аудан басшысы атанды" / "X aýdan basshysy atandy"
    cyr = run("Ұлан ауданында 3 210 дауыс жинаған Ерлан Сапаров аудан басшысы атанды.")
    lat = run("Ulan aýdanynda 3 210 daýys jınaǵan Erlan Saparov aýdan basshysy atandy.")
    assert [c.elected for c in cyr.contests[0].candidates] == [True]
    assert [c.elected for c in lat.contests[0].candidates] == [True]


# -- counts and winners of a roundup's district paragraph ---------------------------------


def test_gapped_counts_after_a_count_verb_name_item() -> None:
    # SYNTHETIC: "N поддержали X, M – самовыдвиженца Y и K – Z": the verb left out
    doc = run(
        "Итоги выборов. Уланский район: 5 120 избирателей поддержали Ерлана Сапарова, "
        "733 – самовыдвиженца Армана Бекетова и 310 – Нурлана Жаксыбекова."
    )
    contest = doc.contests[0]
    assert by_name(contest) == {
        "Ерлан Сапаров": (5120, True),
        "Арман Бекетов": (733, False),
        "Нурлан Жаксыбеков": (310, False),
    }
    rules = {c.name: c.votes.rule for c in contest.candidates if c.votes}
    assert rules["Арман Бекетов"] == "gapped-count-before-name"


def test_a_dash_between_a_name_and_its_count_is_not_gapped() -> None:
    # SYNTHETIC: "за X – N, за Y – M": each name before its own count, read as before
    doc = run(
        "Итоги выборов в Уланском районе: за Ерлана Сапарова – 5 120, за Армана Бекетова – 733."
    )
    assert by_name(doc.contests[0]) == {
        "Ерлан Сапаров": (5120, True),
        "Арман Бекетов": (733, False),
    }


def test_the_one_left_when_every_other_candidate_lost_won() -> None:
    # SYNTHETIC: a count for one, "его соперником был" for the other
    doc = run(
        "Итоги выборов. Уланский район: 3 210 голосов получил Ерлан Сапаров; "
        "его соперником был самовыдвиженец Арман Бекетов."
    )
    contest = doc.contests[0]
    assert by_name(contest) == {"Ерлан Сапаров": (3210, True), "Арман Бекетов": (None, False)}
    assert contest.candidates[0].rules["elected"] == "every-other-lost"


def test_the_one_left_in_english() -> None:
    # SYNTHETIC: the same in English
    doc = run(
        "Ulan district results: Erlan Saparov received 3,210 votes; his rival was "
        "self-nominee Arman Beketov."
    )
    assert by_name(doc.contests[0]) == {
        "Erlan Saparov": (3210, True),
        "Arman Beketov": (None, False),
    }


def test_no_winner_from_a_rival_alone_without_a_count() -> None:
    # SYNTHETIC: the one left has no count or share: nothing tells that he won
    doc = run(
        "Итоги выборов. В Уланском районе баллотировался Ерлан Сапаров, его соперником был Арман Бекетов."
    )
    assert all(c.elected is not True for contest in doc.contests for c in contest.candidates)


# -- a list of winners under region headings ----------------------------------------------


def test_dash_list_of_places_and_winners_under_region_headings() -> None:
    # SYNTHETIC: the lines of a list flattened into one sentence per region
    doc = run(
        "Итоги выборов 12 октября 2025 года: кто избран акимом района.\n\n"
        "Восточно-Казахстанская область\n— Уланский район – Ерлан Сапаров\n"
        "— Глубоковский район – Арман Бекетов (действующий аким)\n"
    )
    winners = {c.place_id: [(k.name, k.elected) for k in c.candidates] for c in doc.contests}
    assert winners == {
        "KZ-63/ulan": [("Ерлан Сапаров", True)],
        "KZ-63/glubokoe": [("Арман Бекетов", True)],
    }
    assert {str(c.election_date) for c in doc.contests} == {"2025-10-12"}


def test_a_list_item_with_other_words_is_no_list_of_winners() -> None:
    # SYNTHETIC: an item with a job after the name: not a bare list of place and name
    doc = run(
        "Итоги выборов подведены.\n\n— Уланский район – Ерлан Сапаров, директор школы\n"
        "— Глубоковский район – Арман Бекетов, учитель\n"
    )
    assert not any(c.elected for contest in doc.contests for c in contest.candidates)


# -- "won the trust of N voters", Latin first names, a party's winners told by an official --


def test_trust_of_voters_is_a_count_in_three_languages() -> None:
    # SYNTHETIC: the count before or after the name, with "trust" as its verb
    texts = {
        "en": "Results of the vote.\n\nIn Ulan district, Erlan Saparov won the trust of 3,210 voters.",
        "kk": "Ұлан ауданында 3210 сайлаушының сенімін иеленген Ерлан Сапаров жеңді.",
        "kk-Latn": "Ulan aýdanynda 3210 saılaýshynyń senimin ıelengen Erlan Saparov jeńdi.",
    }
    for text in texts.values():
        (contest,) = run(text).contests
        assert [(c.votes.value if c.votes else None, c.elected) for c in contest.candidates] == [
            (3210, True)
        ]


def test_kazakh_first_names_in_latin_letters() -> None:
    # SYNTHETIC: neither word has a surname ending; the first names end in -geldi, -ali
    doc = run("Results of the vote. In Ulan district, Amangeldi Nurali won with 1,816 votes.")
    assert [c.name for c in doc.contests[0].candidates] == ["Amangeldi Nurali"]


def test_party_of_the_winners_told_by_a_quoted_official() -> None:
    # SYNTHETIC: the chairman who told it names no winner; each contest's one winner
    # takes the party
    doc = run(
        "Candidates of the Amanat party have won the akim elections in Ulan district and "
        "Glubokoe district, the regional commission chairman Serik Omarov told reporters.\n\n"
        "In Ulan, the winner is Erlan Saparov with 3,210 votes. In Glubokoe, Arman Beketov "
        "won with 2,804 votes."
    )
    assert {c.place_id: [k.party_id for k in c.candidates] for c in doc.contests} == {
        "KZ-63/ulan": ["amanat"],
        "KZ-63/glubokoe": ["amanat"],
    }


# -- asides before "was elected ... with", the rivals of "to N for X and M for Y" ----------


def test_elected_with_a_count_after_a_two_part_aside() -> None:
    # SYNTHETIC: "born in YEAR and a resident of PLACE" between the name and the verb
    doc = run(
        "Results of the vote in Ulan district. Erlan Saparov, born in 1975 and a teacher "
        "in the district centre, was elected akim with 3,210 votes."
    )
    assert by_name(doc.contests[0]) == {"Erlan Saparov": (3210, True)}


def test_rivals_of_a_score_lost_and_keep_their_counts() -> None:
    # SYNTHETIC: "won with N votes to M for Y and K for self-nominee Z"
    doc = run(
        "Ulan district results. Erlan Saparov, nominated by the Amanat party, was declared "
        "elected akim. He won with 3,210 votes to 733 for Arman Beketov and 310 for "
        "self-nominee Nurlan Zhaksybekov."
    )
    assert by_name(doc.contests[0]) == {
        "Erlan Saparov": (3210, True),
        "Arman Beketov": (733, False),
        "Nurlan Zhaksybekov": (310, False),
    }


# -- nominators of every candidate, and "He" after a sentence about someone else -----------


def nominators(doc: ExtractedDocument) -> dict[str, str | None]:
    return {c.name: c.nominator for contest in doc.contests for c in contest.candidates}


def test_all_registered_candidates_were_self_nominated() -> None:
    # SYNTHETIC: "All three registered candidates" / "All the candidates"
    for opening in ("All three registered candidates", "All the candidates"):
        doc = run(
            f"Ulan district results. {opening} were self-nominated. Erlan Saparov won with "
            "3,210 votes; Arman Beketov received 733 and Nurlan Zhaksybekov 310."
        )
        assert set(nominators(doc).values()) == {"self"}


def test_every_candidate_told_before_the_contest_place_of_a_single_contest() -> None:
    # SYNTHETIC: the first sentence names another district (the winner's job), the
    # contest's place comes later
    doc = run(
        "The akim of Kokpekty district has won the mayoral vote, the commission announced. "
        "All the candidates ran as self-nominees.\n\nThe vote was held in Semey on October "
        "12, 2025. The winner, Erlan Saparov, received 9,441 votes; Arman Beketov received 733."
    )
    assert nominators(doc) == {"Erlan Saparov": "self", "Arman Beketov": "self"}


def test_he_after_a_sentence_about_a_person_not_a_candidate() -> None:
    # SYNTHETIC: "He" is the person of the sentence before, who is no candidate read; the
    # nomination is not given to the last candidate instead
    doc = run(
        "Ulan district results: 733 votes went to Arman Beketov.\n\n"
        "Nurlan Zhaksybekov, born in 1972, is a teacher. He ran as a self-nominated candidate."
    )
    assert nominators(doc).get("Arman Beketov") is None


# -- a surname ending like a month's abbreviation -----------------------------------------


def test_a_surname_ending_in_nov_keeps_its_count() -> None:
    # SYNTHETIC: "-nov 20" is no "Nov 20"; a month's own word still makes a date
    from kzvotes.extract.numbers import find_numbers

    assert [
        n.value for n in find_numbers("Aldan Kabdiljanov 20 daýys aldy.", language="kk-Latn")
    ] == [20]
    assert [n.value for n in find_numbers("Rustem Zhanov 20 votes", language="en")] == [20]
    assert find_numbers("held on Nov. 20, 2025", language="en") == []


# -- a list of the race's candidates, then the winner -------------------------------------


def test_listed_candidates_of_the_race_lost_to_the_one_elected() -> None:
    # SYNTHETIC: a numbered list under "в гонку вступили", the result in a later paragraph
    doc = run(
        "В Уланском районе в гонку вступили трое:\n\n"
        "1. Ерлан Сапаров – директор школы;\n2. Арман Бекетов – фермер;\n"
        "3. Нурлан Жаксыбеков – заместитель акима района.\n\n"
        "По итогам голосования в Уланском районе избран Нурлан Жаксыбеков."
    )
    assert by_name(doc.contests[0]) == {
        "Ерлан Сапаров": (None, False),
        "Арман Бекетов": (None, False),
        "Нурлан Жаксыбеков": (None, True),
    }


def test_a_list_without_the_winner_adds_no_candidate() -> None:
    # SYNTHETIC: the people listed are not the contest's (the winner is not among them)
    doc = run(
        "Three candidates entered the race in Ulan district:\n\n"
        "- Erlan Saparov – a school director;\n- Arman Beketov – a farmer.\n\n"
        "In Glubokoe district, Nurlan Zhaksybekov was elected akim with 3,210 votes."
    )
    assert [c.name for contest in doc.contests for c in contest.candidates] == [
        "Nurlan Zhaksybekov"
    ]


# -- "the first ... the second" of the two just named ------------------------------------


def test_first_and_second_of_the_two_rivals_named_before() -> None:
    # SYNTHETIC: Russian and English
    ru = run(
        "В Уланском районе избран Ерлан Сапаров, за него проголосовали 3 210 человек. "
        "С ним соперничали самовыдвиженцы Арман Бекетов и Нурлан Жаксыбеков. "
        "Первому досталось 733 голоса, второму – 310."
    )
    en = run(
        "In Ulan district Erlan Saparov was elected akim with 3,210 votes. His rivals were "
        "Arman Beketov and Nurlan Zhaksybekov. The former received 733 votes, the latter 310."
    )
    for doc, rivals in (
        (ru, ("Арман Бекетов", "Нурлан Жаксыбеков")),
        (en, ("Arman Beketov", "Nurlan Zhaksybekov")),
    ):
        found = by_name(doc.contests[0])
        assert (found[rivals[0]], found[rivals[1]]) == ((733, False), (310, False))


# -- figures set side by side as table columns ----------------------------------------------


def test_slash_columns_of_two_districts_go_to_no_single_place() -> None:
    # SYNTHETIC: the columns follow a header naming both places; no winner is named, so
    # no contest comes of it (a figure printed for one place alone still makes one)
    doc = run(
        "Итоги выборов в Уланском и Глубоковском районах утвердила комиссия.\n\n"
        "Цифры (Улан / Глубокое): избирателей в списках – 12 400 / 20 310; "
        "явка – 61,2% / 58,4%."
    )
    assert doc.contests == ()
    kept = run(
        "Итоги выборов утвердила комиссия. В Уланском районе в списки внесли 12 400 "
        "избирателей, явка составила 61,2%."
    )
    assert [c.registered_voters.value for c in kept.contests] == [12400]


def test_one_polling_stations_figures_are_not_the_contests() -> None:
    # SYNTHETIC: a station's turnout in a report of the result
    doc = run(
        "В Уланском районе акимом избран Ерлан Сапаров. На участке № 112 явка составила "
        "сто процентов: проголосовали все 640 избирателей этого участка."
    )
    (contest,) = doc.contests
    assert contest.ballots_cast is None and contest.registered_voters is None
    en = run(
        "Erlan Saparov was elected akim of Ulan district. At polling station No. 112 all "
        "640 voters cast ballots."
    )
    assert en.contests[0].ballots_cast is None


# -- a day of the month written as an ordinal word ----------------------------------------


def test_a_day_written_as_an_ordinal_word_with_its_year() -> None:
    # SYNTHETIC: "Двенадцатого октября 2025 года", with and without tens
    from datetime import date

    from kzvotes.extract.dates import read_election_date

    text = "Двенадцатого октября 2025 года жители Уланского района выбирали акима."
    assert read_election_date(text).value == date(2025, 10, 12)
    text = "Двадцать пятого июля 2021 года в области выбрали акимов сел."
    assert read_election_date(text).value == date(2021, 7, 25)
    # without a year the word is not read as a day
    assert read_election_date("Пятого ноября жители выбирали акимов.").value is None


def test_the_nearer_of_two_labels_after_a_figure_is_its_own() -> None:
    # SYNTHETIC: "outside the polling stations" then "absentee" in the next item
    doc = run(
        "Erlan Saparov was elected akim of Ulan district. Of the 9,000 voters, 4,500 cast "
        "ballots; 31 of them voted outside the polling stations and no one used an absentee "
        "certificate."
    )
    contest = doc.contests[0]
    assert contest.outside_premises is not None and contest.outside_premises.value == 31
    # "no one" is 0 where counts in words are read, else nothing; never the 31
    assert contest.absentee is None or contest.absentee.value == 0


# -- the youngest and the oldest of the akims elected --------------------------------------


def test_youngest_and_oldest_of_the_elected_are_winners() -> None:
    # SYNTHETIC: a regional summary naming two of its winners, each with a place
    texts = {
        "kk": "Облыста 40 ауыл әкімі сайланды. Ең жас әкім – Ұлан ауданы Айыртау ауылдық "
        "округінің әкімі болған 29 жастағы Ерлан Сапаров.",
        "ru": "В области избраны 40 сельских акимов. Самый молодой из избранных акимов – "
        "29-летний Ерлан Сапаров, аким Айыртауского сельского округа Уланского района.",
        "en": "Forty rural akims were elected in the region. The youngest of the new akims is "
        "Erlan Saparov, 29, elected in the Ayyrtau rural district of Ulan district.",
    }
    for language, text in texts.items():
        doc = run(text)
        winners = [(c.place_id, k.elected) for c in doc.contests for k in c.candidates]
        assert winners == [("KZ-63/ulan/ayyrtau", True)], language


def test_youngest_akim_without_a_place_gives_no_contest() -> None:
    # SYNTHETIC: a summary naming the youngest akim but no place is no result
    doc = run(
        "В области избраны 40 сельских акимов. Самый молодой из избранных акимов – Ерлан Сапаров."
    )
    assert doc.contests == ()


def test_youngest_akim_of_the_region_is_not_a_contests_winner() -> None:
    # SYNTHETIC: one contest's result, then the region's youngest akim named without a place
    doc = run(
        "В Уланском районе акимом избран Ерлан Сапаров, за него проголосовали 3 210 человек. "
        "Самый молодой из избранных в области акимов – Арман Бекетов."
    )
    assert not [c for c in doc.contests[0].candidates if c.name == "Арман Бекетов" and c.elected]


# -- English voting-day wordings ---------------------------------------------------------


def test_english_voting_day_wordings() -> None:
    # SYNTHETIC: the vote under way, stations opening at an hour, polls closing
    from kzvotes.extract.classify import classify_text

    assert (
        classify_text(
            "The election of the Ulan district akim got under way this morning. Polling "
            "stations in the district opened at 7:00."
        )
        == "voting_day"
    )
    assert (
        classify_text(
            "Polls close in Ulan district. Polling stations stopped taking ballots at 20:00."
        )
        == "voting_day"
    )
    # a campaign "under way" with nobody voting stays an announcement
    assert (
        classify_text("Registration of candidates is under way in Ulan district.") == "announcement"
    )


def test_dash_list_of_winners_in_english() -> None:
    # SYNTHETIC: the same list in English
    doc = run(
        "Results of the district akim elections: the list of those elected.\n\n"
        "East Kazakhstan region\n— Ulan district – Erlan Saparov\n"
        "— Glubokoe district – Arman Beketov\n"
    )
    assert [(c.place_id, [k.elected for k in c.candidates]) for c in doc.contests] == [
        ("KZ-63/ulan", [True]),
        ("KZ-63/glubokoe", [True]),
    ]
