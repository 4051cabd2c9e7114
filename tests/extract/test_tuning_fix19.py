"""Classes the tuning sets (blind15, realE) left, each as a general rule over the shape
(SYNTHETIC texts throughout: every sentence below was composed for these tests; names are
invented, places are real ids of the gazetteer).

- kinds: a repeat vote named in a summary of a round told as over is a further vote, not
  the message's own ("one village will vote again", "повторные выборы", "қайта сайлау");
  a vote called in the active voice or the future, or moved to a new date ("комиссия
  назначила выборы", "проголосуют 8 февраля", "will vote on", "postponed"), is an
  announcement; the wordings of a post taken that mark a winner (each table's
  POST_TAKEN: "пост акима достался", "тізгінін ұстады", "the post of akim went to") are
  words of a result for the kind too;
- dates: a communiqué's labelled date of the vote ("Дата голосования:") is no dateline,
  and a date under the label of publishing ("Опубликовано:") dates no vote;
- ballots cast: "Дауыс беру құқығын N сайлаушы пайдаланды" (the right before the count,
  the verb after it), "A total of N voters cast ballots" in the paragraph of one contest
  of a roundup; "Some N voters" stays approximate (wire English: "some" before a figure
  means about).
"""

from __future__ import annotations

from datetime import date

import pytest
from extract_text import fact, only, run

from kzvotes.extract.classify import classify_text
from kzvotes.extract.dates import read_election_date


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: a round told as over, its tally of akims, a repeat vote in one village
        "Akim elections ended in 17 regions; one village will vote again\n\n"
        "Every region has completed the autumn elections of rural akims.\n\n"
        "- Registered: 2,880 candidates.\n- Elected: 1,102 rural akims.\n"
        "- Repeat election: in Kostanay region one village returns to the polls on "
        "December 14.\n- About 40 candidates withdrew on the eve of the vote.\n",
        # SYNTHETIC: the same in Russian
        "Выборы сельских акимов в области завершились\n\n"
        "По итогам кампании избраны 38 акимов. Повторные выборы пройдут в одном сельском "
        "округе 14 декабря.\n",
        # SYNTHETIC: the same in Kazakh, the repeat vote called
        "Облыста ауыл әкімдерін сайлау аяқталды\n\n"
        "Жыл басынан бері 38 ауылдың әкімі сайланды. Бір округте қайта сайлау 14 "
        "желтоқсанда өтеді.\n",
        # SYNTHETIC: no repeat vote needed, in Kazakh Latin
        "Oblysta aýyl ákimderin saılaý aıaqtaldy\n\n"
        "Jyl basynan beri 38 aýyldyń ákimi saılandy. Qaıta saılaý taǵaıyndaýǵa negiz "
        "bolmady.\n",
    ],
)
def test_a_repeat_vote_in_a_summary_of_a_round_over_is_no_announcement(text: str) -> None:
    assert classify_text(text) == "other"


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: a vote called in the active voice, with the future of its voters
        "Темир выберет акима 8 февраля\n\n"
        "Территориальная избирательная комиссия назначила выборы акима города Темир. "
        "Жители города проголосуют 8 февраля 2026 года.\n",
        # SYNTHETIC: a vote moved to a new date
        "Выборы акима в Жем перенесли на 22 марта 2026 года по решению комиссии.\n",
        # SYNTHETIC: the same in English
        "Residents of Temir will vote on February 8 for the akim of their town.\n",
        "The vote for the akim of Zhem was postponed to March 22, the commission said.\n",
    ],
)
def test_a_vote_called_or_moved_to_a_new_date_is_an_announcement(text: str) -> None:
    assert classify_text(text) == "announcement"


@pytest.mark.parametrize(
    ("text", "winner"),
    [
        # SYNTHETIC: a post taken is the only word of the result
        (
            "12 октября 2025 года пост акима села Торетам Кармакшинского района достался "
            "Ерлану Сапарову.\n",
            "Ерлан Сапаров",
        ),
        (
            "12 қазан 2025 жылы Қармақшы ауданы Төретам ауылының тізгінін Ерлан Сапаров ұстады.\n",
            "Ерлан Сапаров",
        ),
        (
            "12 qazan 2025 jyly Qarmaqshy aýdany Toretam aýylynyń tizginin Erlan Saparov ustady.\n",
            "Erlan Saparov",
        ),
        (
            "On October 12, 2025, the post of akim of Toretam village in Karmakshy "
            "district went to Erlan Saparov.\n",
            "Erlan Saparov",
        ),
    ],
)
def test_a_post_taken_is_a_result_for_the_kind_too(text: str, winner: str) -> None:
    doc = run(text)
    assert doc.kind == "results"
    (contest,) = doc.contests
    assert contest.place_id == "KZ-43/karmakshy/toretam"
    assert [x.name for x in contest.candidates if x.elected] == [winner]


# SYNTHETIC: a communiqué with the vote's own date under its label, published two days on
_COMMUNIQUE = (
    "Территориальная избирательная комиссия Темирского района\n\n"
    "СООБЩЕНИЕ\nоб итогах выборов акима города Темир\n\n"
    "{label}: 14 декабря 2025 года\n"
    "Внесено в списки избирателей: 2 480\n"
    "Приняли участие в голосовании: 1 102\n\n"
    "Акимом города Темир избран Ерлан Сапаров.\n\n"
    "Опубликовано: 16.12.2025 | Теги: выборы, Темир\n"
)


@pytest.mark.parametrize("label", ["Дата голосования", "День выборов"])
def test_a_communique_s_labelled_vote_date_is_no_dateline(label: str) -> None:
    contest = only(_COMMUNIQUE.format(label=label))
    assert fact(contest.election_date) == date(2025, 12, 14)


def test_a_date_under_the_label_of_publishing_dates_no_vote() -> None:
    # SYNTHETIC: the only full date is the page's publication, beside the tags' words
    text = "Акимом города Темир избран Ерлан Сапаров.\n\nОпубликовано: 16.12.2025 | Теги: выборы\n"
    assert read_election_date(text).value is None


def test_an_english_date_of_voting_label() -> None:
    # SYNTHETIC: the label in English, the page's date at the end
    text = (
        "Temir district election commission\n\nRESULTS of the election of the akim of "
        "Temir\n\nDate of voting: 14 December 2025\nVoters on the list: 2,480\n"
        "Took part in the voting: 1,102\n\nErlan Saparov was elected akim of Temir.\n\n"
        "Published: 16.12.2025 | Tags: elections, Temir\n"
    )
    assert fact(only(text).election_date) == date(2025, 12, 14)


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: the right to vote before the count, the verb of using it after
        "12 қазан 2025 жылы Қармақшы ауданының Төретам ауылында әкім сайлауы өтті. "
        "Тізімге 1 480 сайлаушы енгізілген. Дауыс беру құқығын 1 102 сайлаушы пайдаланды. "
        "Серік Омаров 803 дауыс жинап, әкім болып сайланды. Дана Бейсова 230 дауыс алды.\n",
        "12 qazan 2025 jyly Qarmaqshy aýdanynyń Toretam aýylynda ákim saılaýy ótti. "
        "Tizimge 1 480 saılaýshy engizilgen. Daýys berý quqyǵyn 1 102 saılaýshy "
        "paıdalandy. Serik Omarov 803 daýys jınap, ákim bolyp saılandy. Dana Beısova 230 "
        "daýys aldy.\n",
    ],
)
def test_the_right_to_vote_used_with_the_count_between(text: str) -> None:
    contest = only(text)
    assert (fact(contest.registered_voters), fact(contest.ballots_cast)) == (1480, 1102)


# SYNTHETIC: a roundup of two contests, each paragraph closing on its own ballots cast
_ROUNDUP = (
    "Two akims elected in Kyzylorda region\n\n"
    "KYZYLORDA, 12 October 2025. In Toretam village of Karmakshy district, Serik Omarov "
    "was elected akim with 803 votes; Dana Beisova received 230 votes. {first}\n\n"
    "In the Zhetes Bi rural district of Aral district, Arman Kaliev won with 210 votes "
    "against 64 for Nurlan Sadykov. {second}\n"
)


def test_a_total_in_the_paragraph_of_one_contest_is_its_own() -> None:
    doc = run(
        _ROUNDUP.format(
            first="A total of 1,102 voters cast ballots.",
            second="A total of 284 voters cast ballots.",
        )
    )
    got = {c.place_id: fact(c.ballots_cast) for c in doc.contests}
    assert got == {"KZ-43/karmakshy/toretam": 1102, "KZ-43/aral/zhetes-bi": 284}


def test_a_total_in_a_paragraph_of_its_own_after_a_roundup_is_nobody_s() -> None:
    text = _ROUNDUP.format(first="", second="") + "\nA total of 1,386 voters cast ballots.\n"
    assert all(fact(c.ballots_cast) is None for c in run(text).contests)


def test_some_before_a_figure_is_approximate() -> None:
    # SYNTHETIC: "some" before a count means about: no exact figure to publish
    text = (
        "Serik Omarov has been elected akim of Toretam village in Karmakshy district on "
        "October 12, 2025, winning 803 votes against 230 for Dana Beisova. Some 1,102 "
        "voters cast ballots.\n"
    )
    assert fact(only(text).ballots_cast) is None
