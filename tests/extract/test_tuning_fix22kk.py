"""Rules for classes of failure seen on corpus_real_blind18 (a tuning set since its single
scored run), English and Kazakh documents: each a general rule of a language table or a
small pass helper, tested on SYNTHETIC sentences composed for the test in wordings of their
own (no name, place or figure of those documents), with negative tests in the same wording
for messages that report no result."""

from __future__ import annotations

from extract_text import fact, only, run

from kzvotes.extract.classify import classify_text

# -- an acting akim appointed: the word of a vote called, said of a post filled ----------


def test_an_acting_akim_appointed_in_kazakh_is_no_announcement() -> None:
    # SYNTHETIC: a region's akim relieved, an acting one appointed
    text = (
        "Облысқа уақытша әкім тағайындалды\n\n"
        "Облыс әкімінің міндетін уақытша атқарушы болып Ерлан Сейітов тағайындалды. "
        "Ол бұрын облыс әкімінің орынбасары болған."
    )
    assert classify_text(text) == "other"
    assert run(text).contests == ()


def test_an_acting_akim_appointed_in_kazakh_latin_is_no_announcement() -> None:
    # SYNTHETIC
    text = "Aýdan ákiminiń mindetin ýaqytsha atqarýshy bolyp Erlan Seıitov taǵaıyndaldy."
    assert classify_text(text) == "other"


def test_an_election_called_in_the_same_word_is_still_an_announcement() -> None:
    # SYNTHETIC negative: "тағайындалды" said of the vote itself calls it
    assert classify_text("Ауыл әкімінің сайлауы 14 наурызға тағайындалды.") == "announcement"
    # an acting akim named beside a vote called: the vote is still called
    assert (
        classify_text(
            "Ауыл әкімінің міндетін атқарушы болып Ерлан Сейітов тағайындалды. "
            "Ауыл әкімінің сайлауы 14 наурызда өтеді."
        )
        == "announcement"
    )


# -- "округтің N сайлаушысының M-і": the voters of a place, in its possessive ------------


def test_voters_of_a_place_in_the_possessive_are_the_voters_on_the_list() -> None:
    # SYNTHETIC
    contest = only(
        "Қарасу ауылдық округінде 12 наурызда өткен сайлауда округтің 2315 сайлаушысының "
        "1480-і дауыс берді. Өзін-өзі ұсынған Серік Жанатов 902 дауыспен жеңіске жетті. "
        "Ерлан Қасымов 510 дауыс алды."
    )
    assert fact(contest.registered_voters) == 2315
    assert fact(contest.ballots_cast) == 1480


def test_voters_of_a_place_in_kazakh_latin() -> None:
    # SYNTHETIC
    contest = only(
        "Qarasý aýyldyq okrýginde 12 naýryzda ótken saılaýda okrýgtiń 2315 saılaýshysynyń "
        "1480-i daýys berdi. Ózin-ózi usynǵan Serik Janatov 902 daýyspen jeńiske jetti. "
        "Erlan Qasymov 510 daýys aldy."
    )
    assert fact(contest.registered_voters) == 2315


def test_voters_of_a_place_on_voting_day_give_no_contest() -> None:
    # SYNTHETIC negative: the same wording at an hour of the voting day
    doc = run(
        "Бүгін Қарасу ауылдық округінде әкім сайлауы өтіп жатыр. Сағат 12:00 жағдай бойынша "
        "округтің 2315 сайлаушысының 640-ы дауыс берді."
    )
    assert doc.kind == "voting_day"
    assert doc.contests == ()


# -- "turnout was N out of M": a turnout told as a count out of the list ----------------


def test_turnout_told_as_a_count_out_of_a_count() -> None:
    # SYNTHETIC
    contest = only(
        "Akim of Koktal rural district elected on Sunday, March 9, 2025. "
        "Turnout was 1,210 out of 1,875. Self-nominee Arman Tulegenov won the seat."
    )
    assert fact(contest.ballots_cast) == 1210
    assert fact(contest.registered_voters) == 1875


def test_turnout_out_of_a_count_with_more_after_is_left_alone() -> None:
    # SYNTHETIC negative: the figures go on after the second count (not a closed pair)
    contest = only(
        "Akim of Koktal rural district elected on Sunday, March 9, 2025. "
        "Self-nominee Arman Tulegenov won with 900 votes; turnout was 61 out of 100 "
        "polling staff expected and more."
    )
    assert fact(contest.ballots_cast) is None


def test_turnout_out_of_a_count_on_voting_day_gives_no_contest() -> None:
    # SYNTHETIC negative: interim figures at an hour of the voting day
    doc = run(
        "Voting is under way in Koktal rural district today. As of 12:00, turnout was "
        "640 out of 1,875."
    )
    assert doc.contests == ()


# -- a list of winners: "- Place: Name" lines, or "Place ákimi — Name;" lines -------------


def winners(text: str) -> dict[str | None, list[str]]:
    return {c.place_id: [p.name for p in c.candidates if p.elected] for c in run(text).contests}


def test_bulleted_list_of_places_and_winners_with_a_comma_aside() -> None:
    # SYNTHETIC: "- " bullets, the last item with an aside after a comma
    text = (
        "Who won in Abai region (akim elections of November 5, 2023)\n\n"
        "- Semey city: Serik Baimukhanov\n"
        "- Zhanasemey district: Daniyar Kenzhebayev, the acting akim, stays on\n\n"
        "No vote counts were given."
    )
    assert winners(text) == {
        "KZ-10/semey": ["Serik Baimukhanov"],
        "KZ-10/zhanasemey": ["Daniyar Kenzhebayev"],
    }


def test_list_of_places_with_the_akim_word_before_the_dash_in_kazakh_latin() -> None:
    # SYNTHETIC: "X qalasynyń ákimi — Y;" lines under a line of results
    text = (
        "Abaı oblysynda eki aýdanǵa ákim saılandy\n\n"
        "5 qarasha 2023 jylǵy saılaý nátıjesi boıynsha:\n\n"
        "Semeı qalasynyń ákimi — Erjan Saparov;\n"
        "Jańasemeı aýdanynyń ákimi — Nurbol Tólegenov."
    )
    assert winners(text) == {
        "KZ-10/semey": ["Erjan Saparov"],
        "KZ-10/zhanasemey": ["Nurbol Tólegenov"],
    }


def test_list_whose_aside_tells_a_loss_lists_no_winners() -> None:
    # SYNTHETIC negative: the same shape, an item's aside saying the person lost
    text = (
        "Who won in Abai region (akim elections of November 5, 2023)\n\n"
        "- Semey city: Serik Baimukhanov\n"
        "- Zhanasemey district: Daniyar Kenzhebayev, who lost to the incumbent\n\n"
        "No vote counts were given."
    )
    assert not any(winners(text).values())


def test_list_of_registered_candidates_in_an_announcement_gives_no_contest() -> None:
    # SYNTHETIC negative: the same list in a message calling the vote
    doc = run(
        "Candidates registered: Abai region (akim elections scheduled for November 5, 2023)\n\n"
        "- Semey city: Serik Baimukhanov\n"
        "- Zhanasemey district: Daniyar Kenzhebayev, the acting akim\n\n"
        "The vote will be held on Sunday."
    )
    assert doc.kind == "announcement"
    assert doc.contests == ()


# -- a Q&A: the bare figure answering how many took part ---------------------------------


def test_answer_to_how_many_took_part_is_the_ballots_cast() -> None:
    # SYNTHETIC
    contest = only(
        "Five questions on Zhanasemey's new akim\n\n"
        "Q: How many residents were entitled to vote in Zhanasemey district?\n"
        "A: 14,210 were on the voter lists.\n\n"
        "Q: How many of them voted?\n"
        "A: 9,874.\n\n"
        "Q: Who won?\n"
        "A: Aidos Zhumabekov was elected akim on November 5, 2023."
    )
    assert fact(contest.ballots_cast) == 9874


def test_answer_to_how_many_voted_for_someone_is_no_ballots_cast() -> None:
    # SYNTHETIC negative: the question asks for one person's count
    contest = only(
        "Five questions on Zhanasemey's new akim\n\n"
        "Q: Who won?\n"
        "A: Aidos Zhumabekov was elected akim on November 5, 2023.\n\n"
        "Q: How many voted for him?\n"
        "A: 6,120."
    )
    assert fact(contest.ballots_cast) is None


def test_answer_on_voting_day_gives_no_contest() -> None:
    # SYNTHETIC negative: the same shape during the vote
    doc = run(
        "Voting is under way in Zhanasemey district today; polls close at 20:00.\n\n"
        "Q: By midday, how many had voted?\n"
        "A: 3,005."
    )
    assert doc.contests == ()


def test_list_whose_asides_are_jobs_lists_no_winners() -> None:
    # SYNTHETIC negative: a comma's aside that is a job, not the post kept
    text = (
        "Who won in Abai region (akim elections of November 5, 2023)\n\n"
        "- Semey city: Serik Baimukhanov, a school director\n"
        "- Zhanasemey district: Daniyar Kenzhebayev, a farmer\n"
    )
    assert not any(winners(text).values())
