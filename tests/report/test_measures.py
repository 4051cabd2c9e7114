"""The competition measures on hand-computed values.

Bokeyorda 2023 is real (the ledger: Даумов 4660, Гильманов 782, Кереш 426, against all 178).
Every other contest here is synthetic, built to reach one branch of the rules.
"""

from __future__ import annotations

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzvotes.build.measures import (
    CANDIDATE_MEASURE_COLUMNS,
    CONTEST_MEASURE_COLUMNS,
    candidate_measures,
    contest_measures,
)

BOKEYORDA = "kz-akim-district-2023-11-05/KZ-27/bokeyorda"


def candidates_frame(
    rows: list[tuple[str, str, int | None, bool | None, str | None, str | None]],
) -> pl.DataFrame:
    """(contest, name, votes, elected, nominator_type, party_id) -> a candidates frame."""
    return pl.DataFrame(
        [
            {
                "candidate_id": f"{contest}/{name}",
                "contest_id": contest,
                "votes": votes,
                "elected": elected,
                "nominator_type": nominator_type,
                "party_id": party_id,
            }
            for contest, name, votes, elected, nominator_type, party_id in rows
        ],
        schema={
            "candidate_id": pl.String,
            "contest_id": pl.String,
            "votes": pl.Int64,
            "elected": pl.Boolean,
            "nominator_type": pl.String,
            "party_id": pl.String,
        },
    )


def contests_frame(rows: list[tuple[str, int | None, int | None]]) -> pl.DataFrame:
    """(contest, ballots_cast, against_all) -> a contests frame."""
    return pl.DataFrame(
        [{"contest_id": c, "ballots_cast": b, "against_all": a} for c, b, a in rows],
        schema={"contest_id": pl.String, "ballots_cast": pl.Int64, "against_all": pl.Int64},
    )


BOKEYORDA_CANDIDATES = [
    (BOKEYORDA, "nurlybek-daumov", 4660, True, "party", "amanat"),
    (BOKEYORDA, "mirambek-gilmanov", 782, False, "self", None),
    (BOKEYORDA, "narynbek-keresh", 426, False, "self", None),
]


def by_id(frame: pl.DataFrame, key: str) -> dict[str, dict[str, object]]:
    return {row[key]: row for row in frame.iter_rows(named=True)}


def test_bokeyorda_shares_margin_and_enc_by_hand() -> None:
    candidates = candidates_frame(BOKEYORDA_CANDIDATES)
    contests = contests_frame([(BOKEYORDA, None, 178)])
    valid_votes = 4660 + 782 + 426 + 178  # 6046: the candidates and against all
    candidate_votes = 4660 + 782 + 426  # 5868: ENC leaves against all out

    shares = by_id(candidate_measures(candidates, contests), "candidate_id")
    assert shares[f"{BOKEYORDA}/nurlybek-daumov"] == {
        "candidate_id": f"{BOKEYORDA}/nurlybek-daumov",
        "vote_share_pct": round(4660 / valid_votes * 100, 2),  # 77.08
        "share_base": "valid_votes",
    }
    assert shares[f"{BOKEYORDA}/mirambek-gilmanov"]["vote_share_pct"] == 12.93
    assert shares[f"{BOKEYORDA}/narynbek-keresh"]["vote_share_pct"] == 7.05

    (contest,) = contest_measures(candidates, contests).iter_rows(named=True)
    enc = 1 / (
        (4660 / candidate_votes) ** 2 + (782 / candidate_votes) ** 2 + (426 / candidate_votes) ** 2
    )
    assert contest == {
        "contest_id": BOKEYORDA,
        "winner_candidate_id": f"{BOKEYORDA}/nurlybek-daumov",
        "runner_up_candidate_id": f"{BOKEYORDA}/mirambek-gilmanov",
        "margin_pct": round((4660 - 782) / valid_votes * 100, 2),  # 64.14 points
        "effective_number_of_candidates": round(enc, 2),  # 1.53
        "against_all_pct": round(178 / valid_votes * 100, 2),  # 2.94
        "share_base": "valid_votes",
        "contested": True,
        "winner_nominator": "amanat",
        "completeness": "all",
    }
    assert (
        contest["margin_pct"],
        contest["effective_number_of_candidates"],
        contest["against_all_pct"],
    ) == (
        64.14,
        1.53,
        2.94,
    )


def test_without_against_all_the_base_is_the_ballots_cast() -> None:
    # synthetic: every candidate's votes, against all not published, 1000 ballots cast
    contest = "kz-akim-rural-2024-01-07/KZ-99/synthetic"
    candidates = candidates_frame([
        (contest, "a", 600, True, "self", None),
        (contest, "b", 300, False, "party", "ak-zhol"),
    ])  # fmt: skip
    contests = contests_frame([(contest, 1000, None)])
    shares = candidate_measures(candidates, contests)
    assert shares["vote_share_pct"].to_list() == [60.0, 30.0]
    assert shares["share_base"].to_list() == ["ballots_cast", "ballots_cast"]
    row = contest_measures(candidates, contests).row(0, named=True)
    assert (row["margin_pct"], row["against_all_pct"], row["share_base"]) == (
        30.0,
        None,
        "ballots_cast",
    )
    assert row["effective_number_of_candidates"] == round(
        1 / ((600 / 900) ** 2 + (300 / 900) ** 2), 2
    )
    assert row["winner_nominator"] == "self"


def test_completeness_levels_and_what_they_allow() -> None:
    # synthetic contests, one per level
    rows = [
        ("c-all/KZ-99/x", "a", 50, True, "party", "amanat"),
        ("c-all/KZ-99/x", "b", 50, False, None, None),  # a tie for the lead: still one elected
        ("c-some/KZ-99/x", "a", 70, True, None, None),
        ("c-some/KZ-99/x", "b", 20, False, None, None),
        ("c-some/KZ-99/x", "c", None, False, None, None),
        ("c-winner/KZ-99/x", "a", 70, True, None, None),
        ("c-winner/KZ-99/x", "b", None, False, None, None),
        ("c-one/KZ-99/x", "a", 90, True, "self", None),
        ("c-none/KZ-99/x", "a", None, True, None, None),
        ("c-none/KZ-99/x", "b", None, None, None, None),
    ]
    contests = contests_frame([
        ("c-all/KZ-99/x", None, 10),
        ("c-some/KZ-99/x", 100, 5),
        ("c-winner/KZ-99/x", None, None),
        ("c-one/KZ-99/x", 100, 10),
        ("c-none/KZ-99/x", None, 3),
        ("c-empty/KZ-99/x", 500, None),  # no candidate in the data
    ])  # fmt: skip
    measures = by_id(contest_measures(candidates_frame(rows), contests), "contest_id")
    assert {k: v["completeness"] for k, v in measures.items()} == {
        "c-all/KZ-99/x": "all",
        "c-some/KZ-99/x": "some",
        "c-winner/KZ-99/x": "winner_only",
        "c-one/KZ-99/x": "winner_only",
        "c-none/KZ-99/x": "none",
        "c-empty/KZ-99/x": "none",
    }
    assert {k: v["contested"] for k, v in measures.items()} == {
        "c-all/KZ-99/x": True,
        "c-some/KZ-99/x": True,
        "c-winner/KZ-99/x": True,
        "c-one/KZ-99/x": None,  # one candidate in the data proves nothing
        "c-none/KZ-99/x": True,
        "c-empty/KZ-99/x": None,
    }
    # a margin and a runner-up need every candidate's votes
    assert measures["c-all/KZ-99/x"]["margin_pct"] == 0.0
    assert measures["c-all/KZ-99/x"]["against_all_pct"] == round(10 / 110 * 100, 2)
    assert measures["c-some/KZ-99/x"]["margin_pct"] is None
    assert measures["c-some/KZ-99/x"]["runner_up_candidate_id"] is None
    assert measures["c-some/KZ-99/x"]["effective_number_of_candidates"] is None
    # incomplete lists fall back to the ballots cast for the against-all share
    assert (
        measures["c-some/KZ-99/x"]["against_all_pct"],
        measures["c-some/KZ-99/x"]["share_base"],
    ) == (
        5.0,
        "ballots_cast",
    )
    assert measures["c-one/KZ-99/x"]["against_all_pct"] == 10.0
    # no base, no share; nothing to divide, no base named
    assert measures["c-none/KZ-99/x"]["against_all_pct"] is None
    assert measures["c-none/KZ-99/x"]["share_base"] is None
    assert measures["c-empty/KZ-99/x"]["share_base"] is None
    assert measures["c-empty/KZ-99/x"]["winner_candidate_id"] is None
    assert list(measures) == [c for c, _, _ in contests.iter_rows()]


def test_a_contest_without_exactly_one_elected_has_no_winner() -> None:
    # synthetic: nobody elected (a repeat election), every vote known
    contest = "c-undecided/KZ-99/x"
    candidates = candidates_frame(
        [(contest, "a", 40, False, "self", None), (contest, "b", 30, None, "self", None)]
    )
    row = contest_measures(candidates, contests_frame([(contest, None, 30)])).row(0, named=True)
    assert (row["winner_candidate_id"], row["runner_up_candidate_id"], row["margin_pct"]) == (
        None,
        None,
        None,
    )
    assert row["winner_nominator"] is None
    assert row["completeness"] == "all"


def test_candidate_shares_keep_the_candidates_order_and_columns() -> None:
    candidates = candidates_frame(list(reversed(BOKEYORDA_CANDIDATES)))
    shares = candidate_measures(candidates, contests_frame([(BOKEYORDA, None, 178)]))
    assert tuple(shares.columns) == CANDIDATE_MEASURE_COLUMNS
    assert shares["candidate_id"].to_list() == candidates["candidate_id"].to_list()
    assert tuple(
        contest_measures(candidates, contests_frame([(BOKEYORDA, None, 178)])).columns
    ) == (CONTEST_MEASURE_COLUMNS)


@settings(max_examples=60, deadline=None)
@given(
    votes=st.lists(st.integers(min_value=0, max_value=100_000), min_size=2, max_size=8),
    against_all=st.integers(min_value=0, max_value=10_000),
)
def test_valid_vote_shares_add_up_and_enc_is_bounded(votes: list[int], against_all: int) -> None:
    contest = "c-random/KZ-99/x"
    winner = max(range(len(votes)), key=lambda i: (votes[i], -i))
    rows = [(contest, f"c{i:02d}", v, i == winner, "self", None) for i, v in enumerate(votes)]
    candidates, contests = candidates_frame(rows), contests_frame([(contest, None, against_all)])
    shares = candidate_measures(candidates, contests)["vote_share_pct"]
    row = contest_measures(candidates, contests).row(0, named=True)
    total = sum(votes) + against_all
    if total == 0:
        assert shares.null_count() == len(votes)
        return
    assert shares.sum() + row["against_all_pct"] == pytest.approx(100, abs=0.01 * (len(votes) + 1))
    assert row["margin_pct"] >= 0
    if sum(votes):
        assert 1 - 1e-9 <= row["effective_number_of_candidates"] <= len(votes) + 0.005
