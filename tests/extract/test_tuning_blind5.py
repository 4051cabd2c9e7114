"""Rules for classes of failure first seen on corpus_real_blind5 (a tuning set since its
single scored run): each a general rule of a language table or a pass, tested on SYNTHETIC
sentences composed for the test in wordings of their own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_text import only, run

from kzvotes.extract import ExtractedContest
from kzvotes.extract.classify import classify_text
from kzvotes.extract.dates import read_election_date


def votes(contest: ExtractedContest) -> dict[str, int | None]:
    return {c.name: c.votes.value if c.votes else None for c in contest.candidates}


def value(fact: object) -> object:
    return getattr(fact, "value", None)


# -- a list line or a table row ends with its figure -----------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # SYNTHETIC: bullets, the lines flattened into one paragraph
        (
            "Итоги выборов акима Уланского района 12 октября 2025 года:\n"
            "• Аскар Нурланов — 5120\n• Бауыржан Омаров — 733\n• Даулет Жакупов — 310\n"
            "• против всех — 205",
            ("Аскар Нурланов", "Бауыржан Омаров", "Даулет Жакупов"),
        ),
        # SYNTHETIC: emoji bullets in Kazakh Latin
        (
            "Ulan aýdanynyń ákimi bolyp Asqar Nurlanov saılandy\n\n"
            "Ulan aýdanynda 12 qazanda ákim saılaýy ótti.\n\nNátıjeler:\n"
            "▪️ Asqar Nurlanov – 5120\n▪️ Baýyrjan Omarov – 733\n▪️ Daýlet Jaqypov – 310\n"
            "▪️ Barlyǵyna qarsy – 205",
            ("Asqar Nurlanov", "Baýyrjan Omarov", "Daýlet Jaqypov"),
        ),
        # SYNTHETIC: an aligned text table with no marks between rows
        (
            "Ulan district: results of the akim election (Oct. 12, 2025)\n\n"
            "Candidate          Votes\nAskar Nurlanov      5,120\nBauyrzhan Omarov      733\n"
            "Daulet Zhakupov       310\nAgainst all           205",
            ("Askar Nurlanov", "Bauyrzhan Omarov", "Daulet Zhakupov"),
        ),
    ],
)
def test_the_last_row_before_against_all_is_the_candidates(
    text: str, names: tuple[str, str, str]
) -> None:
    contest = only(text)
    assert value(contest.against_all) == 205
    assert votes(contest) == dict(zip(names, (5120, 733, 310), strict=True))


def test_a_bar_table_gives_each_label_to_the_figure_after_it() -> None:
    # SYNTHETIC: a "|" table flattened into one line
    contest = only(
        "Ulan aýdany ákiminiń saılaýy: qorytyndy\n\n"
        "Saılaýshylar tiziminde | 2 410\nDaýys bergender | 1 377\n"
        "Úıden tys jerde daýys bergender | 41\n«Barlyǵyna qarsy» | 22\n\n"
        "Úmitkerler | Daýys\nAsqar Nurlanov | 1 020\nBaýyrjan Omarov | 335\n\n"
        "Aýdan ákimi bolyp Asqar Nurlanov saılandy."
    )
    assert value(contest.registered_voters) == 2410
    assert value(contest.ballots_cast) == 1377
    assert value(contest.outside_premises) == 41
    assert value(contest.against_all) == 22
    assert votes(contest) == {"Asqar Nurlanov": 1020, "Baýyrjan Omarov": 335}


# -- a share of the voters who backed a person is the person's, not the turnout --------


@pytest.mark.parametrize(
    ("text", "winner"),
    [
        # SYNTHETIC
        (
            "Ұлан ауданына жаңа әкім сайланды. Сайлауға келгендердің 64,2 пайызы «Аманат» "
            "партиясы ұсынған Асқар Нұрланұлын қолдады. Өзін-өзі ұсынған Бауыржан Омаров "
            "31,0 пайыз дауыс алды. Сайлаушылардың келуі 41,7 пайызды құрады.",
            "Асқар Нұрланұлы",
        ),
        (
            "В Уланском районе избран новый аким. 64,2% избирателей поддержали Аскара "
            "Нурланова, выдвинутого партией «Аманат». Самовыдвиженец Бауыржан Омаров "
            "набрал 31,0%. Явка составила 41,7%.",
            "Аскар Нурланов",
        ),
        (
            "Askar Nurlanov was elected akim of Ulan district. 64.2% of voters backed Askar "
            "Nurlanov of Amanat; self-nominee Bauyrzhan Omarov took 31.0%. Turnout was 41.7%.",
            "Askar Nurlanov",
        ),
    ],
)
def test_a_share_of_voters_who_backed_a_person_is_not_turnout(text: str, winner: str) -> None:
    contest = only(text)
    assert value(contest.turnout_pct) == 41.7
    shares = {c.name: value(c.vote_share_pct) for c in contest.candidates}
    assert shares[winner] == 64.2


# -- readers addressed are no readers' poll; "X выбрал акима" and "• Elected:" report -----


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: corrections that apologise to the readers
        "Уточнение. Акимом Уланского сельского округа избран Аскар Нурланов, он получил "
        "512 голосов. Приносим извинения читателям.",
        "Correction: Askar Nurlanov was elected akim of Ulan rural district with 512 "
        "votes. We apologise to our readers.",
        "Түзету: Ұлан ауылдық округінің әкімі болып Асқар Нұрланов сайланды. "
        "Оқырмандардан кешірім сұраймыз.",
        "Túzetý: Ulan aýyldyq okrýginiń ákimi bolyp Asqar Nurlanov saılandy. "
        "Oqyrmandardan keshirim suraımyz.",
        # SYNTHETIC: a place that chose its akim, and a bullet "Elected:"
        "Улан выбрал акима. Итоги голосования: Аскар Нурланов — 61,2%.",
        "Ulan rural district\n• Voted: 1,204\n• Elected: Askar Nurlanov; self-nominated",
    ],
)
def test_results_despite_readers_addressed_or_a_bare_heading(text: str) -> None:
    assert classify_text(text) == "results"


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: readers who vote are a poll
        "В онлайн-опросе лидирует аким Нурланов: за него проголосовали 4 210 читателей.",
        "Online poll: akim Nurlanov leads, 4,210 readers voted for him.",
    ],
)
def test_readers_who_vote_are_a_poll(text: str) -> None:
    assert classify_text(text) == "other"


def test_a_weekday_date_beside_sundays_vote_is_the_announcements() -> None:
    # SYNTHETIC: the commission announced on Monday the result of Sunday's vote
    reading = read_election_date(
        "Итоги воскресного голосования в Улане огласила избирательная комиссия (13.10.2025)."
    )
    assert reading.value == date(2025, 10, 12)


def test_a_plural_nominee_noun_is_every_names_after_it() -> None:
    # SYNTHETIC
    contest = only(
        "In Ulan district, Askar Nurlanov won with 5,120 votes, ahead of self-nominees "
        "Bauyrzhan Omarov (733) and Daulet Zhakupov (310)."
    )
    nominators = {c.name: c.nominator for c in contest.candidates}
    assert nominators["Bauyrzhan Omarov"] == "self"
    assert nominators["Daulet Zhakupov"] == "self"


@pytest.mark.parametrize(
    ("text", "winner", "nominator"),
    [
        # SYNTHETIC: a roundup's lead names the winners' party before their names
        (
            "Candidates of the Amanat party won the October 12, 2025 akim elections in Bokeyorda "
            "and Taskala districts. In Bokeyorda district, Askar Nurlanov won with 5,120 "
            "votes against 733 for Bauyrzhan Omarov. In Taskala district, Daulet "
            "Zhakupov won with 3,310 votes.",
            "Askar Nurlanov",
            "party",
        ),
        # SYNTHETIC: a headline that tells only the winner's nomination
        (
            "Ulan aýdanynda ózin-ózi usynǵan úmitker jeńdi\n\n"
            "12 qazanda Ulan aýdanynda ákim saılaýy ótti. Asqar Nurlanov aýdan ákimi bolyp "
            "saılandy.",
            "Asqar Nurlanov",
            "self",
        ),
    ],
)
def test_a_winner_described_before_the_names_gives_the_nominator(
    text: str, winner: str, nominator: str
) -> None:
    people = {c.name: c for contest in run(text).contests for c in contest.candidates}
    assert people[winner].elected is True
    assert people[winner].nominator == nominator


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: a bare name of a district and of the town inside it
        "Ruling party nominee wins Talgar mayoral vote\n\nArystan Dauletov won the "
        "election for akim of Talgar with 64.2% of the vote.",
        "Выборы мэра Талгара: победил Арыстан Даулетов, набрав 64,2% голосов.",
    ],
)
def test_a_mayor_is_the_akim_of_the_town(text: str) -> None:
    assert only(text).place_id == "KZ-19/talgar/talgar"
