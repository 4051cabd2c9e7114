"""A year of birth printed beside the words of the vote never dates the vote (issue 9: a
real Kazakh Latin roundup, "X saılandy, 1962 jyly týǵan", dated its vote 5 November 1962)."""

from __future__ import annotations

from datetime import date

import pytest

from kzvotes.extract.dates import find_election_date

# SYNTHETIC sentences: a day without its year, then the winner and his year of birth
BORN_BESIDE_THE_VOTE = [
    "Komıssııa 5 qarashada saılaý qorytyndysyn shyǵardy. Ákim bolyp Aıdar Sátbek saılandy,"
    " 1971 jyly týǵan.",
    "Komissiia 5 qarashada sailau qorytyndysyn shygardy. Akim bolyp Aidar Satbek saylandy,"
    " 1971 jyly tugan.",
    "Комиссия 5 қарашада сайлау қорытындысын шығарды. Әкім болып Айдар Сәтбек сайланды,"
    " 1971 жылы туған.",
    "Комиссия 5 ноября подвела итоги. Акимом избран Айдар Сатбек, 1971 года рождения.",
]


@pytest.mark.parametrize("text", BORN_BESIDE_THE_VOTE)
def test_a_year_of_birth_beside_the_winner_dates_no_vote(text: str) -> None:
    assert find_election_date(text) is None


def test_a_year_of_the_vote_beside_its_words_still_dates_it() -> None:
    # SYNTHETIC: the rule the guard narrows keeps working
    text = "Komıssııa 12 qarashadaǵy saılaýdyń qorytyndysyn shyǵardy. Saılaý 2022 jyly ótti."
    assert find_election_date(text) == date(2022, 11, 12)
