"""Each rule of the election arithmetic, on synthetic contests (made-up numbers)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from kzvotes.build.arithmetic import HARD, SOFT, CheckInputs, run_checks
from kzvotes.build.normalize import frame
from kzvotes.reference import load_places

CID = "kz-akim-district-2023-11-05/KZ-27/bokeyorda"


def checks_for(
    contest: dict[str, Any], candidates: list[dict[str, Any]], day: date | None = date(2023, 11, 5)
) -> dict[str, bool | None]:
    election = CID.split("/")[0] if day else "kz-akim-district-undated"
    cid = CID if day else f"{election}/KZ-27/bokeyorda"
    base = {"contest_id": cid, "election_id": election, "place_id": "KZ-27/bokeyorda",
            "region_id": "KZ-27", "candidate_count": len(candidates)}  # fmt: skip
    inputs = CheckInputs(
        frame(
            "elections",
            [
                {
                    "election_id": election,
                    "election_date": day,
                    "election_type": "district_akim",
                    "status": "held" if day else "date_unknown",
                    "contest_count": 1,
                }
            ],
        ),
        frame("contests", [{**base, **contest}]),
        frame(
            "candidates",
            [
                {"candidate_id": f"{cid}/c{i}", "contest_id": cid, "person_id": f"p{i}", **c}
                for i, c in enumerate(candidates)
            ],
        ),
    )
    df = run_checks(inputs, load_places())
    return dict(zip(df["check_id"].to_list(), df["passed"].to_list(), strict=True))


def test_every_rule_runs_on_every_contest() -> None:
    result = checks_for({}, [])
    assert set(result) == set(HARD) | set(SOFT)


def test_consistent_contest_passes_everything() -> None:
    result = checks_for(
        {
            "registered_voters": 100,
            "ballots_cast": 80,
            "invalid_ballots": 5,
            "against_all": 5,
            "turnout_pct": 80.0,
        },
        [{"votes": 50, "elected": True}, {"votes": 20, "elected": False}],
    )
    assert all(result.values()), result


@pytest.mark.parametrize(
    ("contest", "candidates", "rule"),
    [
        (
            {"ballots_cast": 60},
            [{"votes": 50, "elected": True}, {"votes": 20, "elected": False}],
            "votes_within_ballots",
        ),
        (
            {"ballots_cast": 60, "against_all": 20},
            [{"votes": 50, "elected": True}],
            "votes_within_ballots",
        ),
        ({"registered_voters": 50, "ballots_cast": 60}, [], "ballots_within_register"),
        ({"against_all": -1}, [], "no_negative_counts"),
        ({}, [{"votes": 5, "elected": True}, {"votes": 3, "elected": True}], "one_winner"),
        ({}, [{"votes": 5, "elected": False}, {"votes": 3, "elected": False}], "one_winner"),
        (
            {},
            [{"votes": 5, "elected": True}, {"votes": 9, "elected": False}],
            "winner_has_most_votes",
        ),
        (
            {"registered_voters": 100, "ballots_cast": 80, "turnout_pct": 70.0},
            [],
            "turnout_matches_counts",
        ),
        (
            {"ballots_cast": 80, "invalid_ballots": 1},
            [{"votes": 70, "elected": True}],
            "invalid_closes_gap",
        ),
    ],
)
def test_rule_fails(contest: dict[str, Any], candidates: list[dict[str, Any]], rule: str) -> None:
    assert checks_for(contest, candidates)[rule] is False


def test_unknown_counts_are_not_judged() -> None:
    result = checks_for({}, [{"votes": None, "elected": None}], day=None)
    assert result["votes_within_ballots"] is None
    assert result["one_winner"] is None
    assert result["election_on_sunday"] is None
    assert result["one_date_per_election"] is True


def test_saturday_and_place_out_of_time_are_soft_failures() -> None:
    result = checks_for({}, [], day=date(2023, 11, 4))
    assert result["election_on_sunday"] is False
    sarkand = load_places()["KZ-19/sarkand"]
    assert not sarkand.valid_on(date(2023, 11, 5)) and sarkand.valid_on(date(2021, 7, 25))
