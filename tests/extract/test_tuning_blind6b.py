"""Rules for classes of failure left on corpus_real_blind6 after its first tuning round:
each a general rule of a language table or a pass, tested on SYNTHETIC texts composed for
the test in wordings of their own (names invented)."""

from __future__ import annotations

from datetime import date

from extract_text import run

from kzvotes.extract import ExtractedContest
from kzvotes.extract.dates import find_election_date
from kzvotes.extract.numbers import find_numbers, number_in_words


def by_name(contest: ExtractedContest) -> dict[str, tuple[int | None, bool | None]]:
    """Each candidate's count and elected flag."""
    return {c.name: (c.votes.value if c.votes else None, c.elected) for c in contest.candidates}


def fact(contest: ExtractedContest, name: str) -> int | float | None:
    found = getattr(contest, name)
    return found.value if found else None


# -- rows of labelled figures and table columns ---------------------------------------------


def test_lines_of_labelled_figures_each_keep_their_own_label() -> None:
    # SYNTHETIC: "label: N" lines flattened into one paragraph; the words after a figure
    # head the next line, they are not its label
    doc = run(
        "Qaraterek aýyldyq okrýginiń ákimi saılandy. Serik Abenov 812 daýys jınady.\n\n"
        "Saılaýshylar tizimi: 3 210\nDaýys bergender: 1 408\nÚıden tys jerde daýys bergender: 17"
    )
    contest = doc.contests[0]
    assert fact(contest, "ballots_cast") == 1408
    assert fact(contest, "outside_premises") == 17


def test_share_in_the_column_after_a_count_is_its_rows() -> None:
    # SYNTHETIC: "Name | nominator | count | share" rows; the share after a bar is the
    # row's, the next row's words after it are not its label
    doc = run(
        "Qaraterek aýyldyq okrýginiń ákimi saılandy.\n\n"
        "Kandıdat | Usynǵan | Daýys | Úlesi\n"
        "Serikov Arman | ózin-ózi usynǵan | 812 | 61,2%\n"
        "Tokenov Berik | ózin-ózi usynǵan | 430 | 32,4%\n"
        "Barlyǵyna qarsy | - | 85 | 6,4%\n\n"
        "Aýyl ákimi bolyp Serikov Arman saılandy."
    )
    contest = doc.contests[0]
    shares = {
        c.name: c.vote_share_pct.value if c.vote_share_pct else None for c in contest.candidates
    }
    assert shares == {"Serikov Arman": 61.2, "Tokenov Berik": 32.4}
    assert fact(contest, "against_all_pct") == 6.4


def test_column_heading_word_is_no_part_of_the_first_rows_name() -> None:
    # SYNTHETIC: the heading "... | Úlesi" glued to the first row's name
    doc = run(
        "Qaraterek aýyldyq okrýginiń ákimi saılandy.\n\n"
        "Kandidat | Usyngan | Dauys | Ulesi\n"
        "Serikov Arman | ozin-ozi usyngan | 812 | 61,2%\n"
        "Tokenov Berik | ozin-ozi usyngan | 430 | 32,4%\n\n"
        "Auyl akimi bolyp Serikov Arman sailandy."
    )
    assert set(by_name(doc.contests[0])) == {"Serikov Arman", "Tokenov Berik"}


# -- Kazakh Latin typed with "zh" for j ----------------------------------------------------


def test_year_and_month_typed_with_zh() -> None:
    # SYNTHETIC: "zhylgy", "zheltoqsanda": j typed "zh" as in the passport transliteration
    assert find_election_date("2024 zhylgy 8 zheltoqsanda otken auyl akimi sailauy.") == date(
        2024, 12, 8
    )


def test_a_year_alone_beside_the_vote_dates_a_day_printed_without_one() -> None:
    # SYNTHETIC: "5 qarashadagy saılaý ... Saılaý 2023 jyly ótti": no full date anywhere
    text = "Komıssıa 12 qarashadaǵy saılaýdyń qorytyndysyn shyǵardy. Saılaý 2022 jyly ótti."
    assert find_election_date(text) == date(2022, 11, 12)


def test_a_birth_year_dates_nothing() -> None:
    # SYNTHETIC: a year beside no word of the vote tells no year of the vote
    text = "Komıssıa 12 qarashadaǵy saılaýdyń qorytyndysyn shyǵardy. Ol 1980 jyly týǵan."
    assert find_election_date(text) is None


# -- counts written in words with hundreds -------------------------------------------------


def test_counts_in_words_with_hundreds() -> None:
    # SYNTHETIC: hundreds, a ten and a unit in each language
    assert number_in_words("сто восемьдесят два") == 182
    assert number_in_words("триста") == 300
    assert number_in_words("Three hundred and forty-six") == 346
    assert number_in_words("екі жүз он бес") == 215
    assert number_in_words("eki juz on bes") == 215
    assert number_in_words("сто сорок два голоса") is None


def test_against_all_in_words_with_hundreds_reads_the_whole_count() -> None:
    # SYNTHETIC: the hundreds word opens the sentence; its tail alone is no count
    doc = run(
        "В Каратерекском сельском округе акимом избран Серик Абенов, за него отдано 812 "
        "голосов. Двести тридцать семь избирателей выбрали графу «Против всех»."
    )
    assert fact(doc.contests[0], "against_all") == 237


def test_voters_counted_in_words_backing_a_name_give_the_names_count() -> None:
    # SYNTHETIC: "N voters backed X" with N in words; the winner is the one with most
    doc = run(
        "Residents of the Karaterek rural district chose their akim on Sunday. "
        "Four hundred twelve voters backed Serik Abenov, 230 backed Arman Tokenov and "
        "98 backed Berik Sadykov."
    )
    assert by_name(doc.contests[0]) == {
        "Serik Abenov": (412, True),
        "Arman Tokenov": (230, False),
        "Berik Sadykov": (98, False),
    }


def test_people_of_them_in_words_beside_a_figure() -> None:
    # SYNTHETIC: "eleven of them outside the polling station"
    numbers = find_numbers(
        "Of the 900 people on the list, 512 came to vote, eleven of them outside the "
        "polling station.",
        language="en",
    )
    assert 11 in [n.value for n in numbers]


# -- a list of rivals' counts after the winner's -------------------------------------------


def test_rivals_with_a_dash_and_a_figure_after_the_winners_count() -> None:
    # SYNTHETIC: "X - N, Y - M." with no word of the vote, right after a sentence giving
    # the winner's votes, in a message about several districts
    doc = run(
        "Oblystyq komissiya 12 qarashadagy sailaudyn qorytyndysyn shygardy. Dauys beru "
        "Esil zhane Timiryazev audandarynda otti.\n\n"
        "Esil audany. Serik Abenov ozyq shyqty - 5210 dauys. Barlygyna qarsy: 300.\n\n"
        "Timiryazev audany. Arman Tokenov ornynda qaldy, ogan 2410 dauys tusti. "
        "Berik Sadyqovta - 402, Nurlan Omarovta - 215. Barlygyna qarsy: 90."
    )
    timiryazev = next(c for c in doc.contests if c.place_id == "KZ-59/timiryazev")
    assert by_name(timiryazev) == {
        "Arman Tokenov": (2410, True),
        "Berik Sadyqov": (402, False),
        "Nurlan Omarov": (215, False),
    }


# -- the date of "that election" -----------------------------------------------------------


def test_results_of_that_election_take_the_date_of_the_sentence_before() -> None:
    # SYNTHETIC: a pluperfect sentence dates a vote, the next reports its result
    text = (
        "Qaraterek aýylynyń ákimin saılaý 9 naýryzǵa belgilendi. Eske sala keteıik, 2022 "
        "jylǵy 6 qarashada aýdan ákimi saılanǵan bolatyn. Sol saılaýda 5 120 daýys jınaǵan "
        "Serik Abenov aýdan basshysy atandy."
    )
    assert find_election_date(text) == date(2022, 11, 6)


def test_that_election_takes_no_date_of_a_previous_vote() -> None:
    # SYNTHETIC: "the previous elections" before "that election" dates nothing
    text = (
        "The previous elections in Karaterek were held on November 6, 2022. "
        "Serik Abenov won that election with 5,120 votes."
    )
    assert find_election_date(text) is None


# -- kinds -----------------------------------------------------------------------------------


def test_words_of_results_over_no_ones_contest_are_no_results() -> None:
    # SYNTHETIC: results approved, then figures of two districts side by side and no person
    doc = run(
        "Итоги выборов акимов Уланского и Каратерекского районов утвердила областная "
        "комиссия.\n\nИзбирателей в списках – 10 210 / 12 480, всего 22 690; явка – "
        "51,2% / 55,8%."
    )
    assert (doc.kind, doc.contests) == ("other", ())


def test_a_count_of_party_nominees_announces_nothing() -> None:
    # SYNTHETIC: a summary after the vote counting the candidates by nominator
    doc = run(
        "Karaterek district elects akims of 7 villages in one day.\n\n"
        "A total of 9,410 voters took part. The ballots listed 15 candidates: 4 nominated "
        "by political parties and 11 self-nominated."
    )
    assert doc.kind == "other"


# -- no plurality past an unread count in words ----------------------------------------------


def test_an_unread_count_in_words_bars_the_plurality_of_the_rest() -> None:
    # SYNTHETIC: a count in words read for no one may be the largest
    doc = run(
        "Residents of the Karaterek rural district chose their akim on Sunday. Arman Tokenov "
        "received 230 votes and Berik Sadykov 98 votes; four hundred twelve votes went to "
        "the third candidate."
    )
    assert by_name(doc.contests[0]) == {
        "Arman Tokenov": (230, None),
        "Berik Sadykov": (98, None),
    }
