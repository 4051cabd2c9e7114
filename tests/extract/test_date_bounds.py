"""A day before the first direct elections of akims (25 July 2021) is never the day of the
vote: a birth date or an earlier appointment beside the winner is left out, with the
reason. The texts are SYNTHETIC."""

from __future__ import annotations

from datetime import date

from extract_text import only


def test_a_birth_date_beside_the_winner_is_no_election_date() -> None:
    contest = only(
        "Semei has a new mayor. Adilet Kozhanbayev, born on January 1, 1980, won the "
        "election with 89,441 votes."
    )
    assert contest.election_date is None
    assert contest.election_date_rule is not None
    assert "before the first direct akim elections" in contest.election_date_rule


def test_a_day_of_the_direct_elections_is_kept() -> None:
    contest = only(
        "On July 25, 2021 the residents of the Ayyrtau rural district elected Darkhan "
        "Toleukhanov as akim with 1,204 votes."
    )
    assert contest.election_date == date(2021, 7, 25)
