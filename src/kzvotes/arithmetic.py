"""Election arithmetic: named checks on every contest, whose results are rows of ``checks``.

Hard (a failure stops the build and a release):

- ``votes_within_ballots``: candidates' votes + against all <= ballots cast
- ``ballots_within_register``: ballots cast <= voters on the lists
- ``no_negative_counts``: no count below zero
- ``one_winner``: exactly one elected candidate in a decided contest
- ``winner_has_most_votes``: no candidate has more votes than the elected one
- ``one_date_per_election``: all contests of an election share its date

Soft (published, never blocking):

- ``turnout_matches_counts``: a published turnout agrees with ballots cast / voters
- ``invalid_closes_gap``: invalid ballots = ballots cast - valid votes - against all
- ``election_on_sunday``: the election day is a Sunday
- ``place_valid_on_date``: the place (and so its region) existed on the election date
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kzvotes.claims import Claim
from kzvotes.errors import Failure
from kzvotes.reference import Place

if TYPE_CHECKING:
    import polars as pl

HARD = ("votes_within_ballots", "ballots_within_register", "no_negative_counts", "one_winner",
        "winner_has_most_votes", "one_date_per_election")  # fmt: skip
SOFT = ("turnout_matches_counts", "invalid_closes_gap", "election_on_sunday", "place_valid_on_date")

_COUNTS = ("registered_voters", "ballots_cast", "invalid_ballots", "against_all")


@dataclass(frozen=True)
class CheckInputs:
    """The frames the checks read."""

    elections: pl.DataFrame
    contests: pl.DataFrame
    candidates: pl.DataFrame


def _per_contest(inputs: CheckInputs) -> pl.DataFrame:
    """One row per contest with everything the rules need."""
    import polars as pl

    votes = inputs.candidates.group_by("contest_id").agg(
        pl.col("votes").sum().alias("votes_sum"),
        pl.col("votes").is_null().sum().alias("votes_missing"),
        pl.col("votes").min().alias("votes_min"),
        pl.len().alias("n_candidates"),
        pl.col("elected").fill_null(False).sum().alias("n_elected"),
        pl.col("elected").is_not_null().any().alias("decided"),
        pl.col("votes").max().alias("votes_max"),
        pl.col("votes").filter(pl.col("elected").fill_null(False)).max().alias("winner_votes"),
    )
    return (
        inputs.contests.join(votes, on="contest_id", how="left")
        .join(inputs.elections.select("election_id", "election_date"), on="election_id", how="left")
        .sort("contest_id")
    )


def _row(
    check_id: str, severity: str, contest_id: str, passed: bool | None, detail: str
) -> dict[str, object]:
    return {"check_id": check_id, "severity": severity, "contest_id": contest_id,
            "passed": passed, "detail": detail}  # fmt: skip


def run_checks(inputs: CheckInputs, places: Mapping[str, Place]) -> pl.DataFrame:
    """Every rule on every contest; ``passed`` is null where the data cannot tell."""
    from kzvotes.normalize import frame

    rows: list[dict[str, object]] = []
    for c in _per_contest(inputs).iter_rows(named=True):
        cid = c["contest_id"]
        rows.append(_votes_within_ballots(cid, c))
        rows.append(_ballots_within_register(cid, c))
        negatives = [f for f in (*_COUNTS, "votes_min") if c[f] is not None and c[f] < 0]
        rows.append(
            _row(
                "no_negative_counts",
                "hard",
                cid,
                not negatives,
                f"negative: {', '.join(negatives)}" if negatives else "all counts >= 0",
            )
        )
        rows.append(_one_winner(cid, c))
        rows.append(_winner_has_most_votes(cid, c))
        rows.append(_turnout_matches(cid, c))
        rows.append(_invalid_closes_gap(cid, c))
        day = c["election_date"]
        rows.append(
            _row(
                "election_on_sunday",
                "soft",
                cid,
                None if day is None else day.isoweekday() == 7,
                "no date" if day is None else f"{day.isoformat()} is a {day.strftime('%A')}",
            )
        )
        place = places[c["place_id"]]
        rows.append(
            _row(
                "place_valid_on_date",
                "soft",
                cid,
                None if day is None else place.valid_on(day),
                "no date"
                if day is None
                else f"{place.place_id} valid {place.valid_from or '...'} to {place.valid_to or '...'}",
            )
        )
    rows += _one_date_per_election(inputs)
    return frame("checks", rows)


def _votes_within_ballots(cid: str, c: dict) -> dict[str, object]:
    used = (c["votes_sum"] or 0) + (c["against_all"] or 0)
    if c["ballots_cast"] is None or used == 0:
        return _row(
            "votes_within_ballots", "hard", cid, None, "ballots cast or votes not published"
        )
    ok = used <= c["ballots_cast"]
    return _row(
        "votes_within_ballots",
        "hard",
        cid,
        ok,
        f"candidates' votes {c['votes_sum'] or 0} + against all {c['against_all'] or 0}"
        f" = {used} {'<=' if ok else '>'} ballots cast {c['ballots_cast']}",
    )


def _ballots_within_register(cid: str, c: dict) -> dict[str, object]:
    if c["ballots_cast"] is None or c["registered_voters"] is None:
        return _row("ballots_within_register", "hard", cid, None, "a count is not published")
    ok = c["ballots_cast"] <= c["registered_voters"]
    return _row(
        "ballots_within_register",
        "hard",
        cid,
        ok,
        f"ballots cast {c['ballots_cast']} {'<=' if ok else '>'} voters on the lists {c['registered_voters']}",
    )


def _one_winner(cid: str, c: dict) -> dict[str, object]:
    if not c["decided"]:
        return _row("one_winner", "hard", cid, None, "no source says who was elected")
    n = c["n_elected"]
    return _row("one_winner", "hard", cid, n == 1, f"{n} candidate(s) marked elected")


def _winner_has_most_votes(cid: str, c: dict) -> dict[str, object]:
    if c["winner_votes"] is None or c["votes_max"] is None:
        return _row(
            "winner_has_most_votes", "hard", cid, None, "the winner's votes are not published"
        )
    ok = c["winner_votes"] >= c["votes_max"]
    return _row(
        "winner_has_most_votes",
        "hard",
        cid,
        ok,
        f"winner {c['winner_votes']}, most votes of any candidate {c['votes_max']}",
    )


def _turnout_matches(cid: str, c: dict) -> dict[str, object]:
    voters, cast, pct = c["registered_voters"], c["ballots_cast"], c["turnout_pct"]
    if voters is None or cast is None or pct is None or voters == 0:
        return _row(
            "turnout_matches_counts", "soft", cid, None, "turnout or a count is not published"
        )
    computed = 100 * cast / voters
    # a percentage printed with one decimal is off by up to 0.05 from the exact ratio
    ok = abs(computed - pct) <= 0.051
    return _row(
        "turnout_matches_counts", "soft", cid, ok, f"turnout {pct}% vs counts {computed:.2f}%"
    )


def _invalid_closes_gap(cid: str, c: dict) -> dict[str, object]:
    if (
        c["ballots_cast"] is None
        or c["invalid_ballots"] is None
        or c["votes_missing"]
        or c["votes_sum"] is None
    ):
        return _row("invalid_closes_gap", "soft", cid, None, "not every count is published")
    gap = c["ballots_cast"] - c["votes_sum"] - (c["against_all"] or 0)
    return _row(
        "invalid_closes_gap",
        "soft",
        cid,
        gap == c["invalid_ballots"],
        f"ballots cast - valid votes - against all = {gap}; invalid ballots {c['invalid_ballots']}",
    )


def _one_date_per_election(inputs: CheckInputs) -> list[dict[str, object]]:
    import polars as pl

    dated = inputs.contests.join(
        inputs.elections.select("election_id", "election_date"), on="election_id"
    )
    expected = dated.with_columns(
        pl.col("election_id")
        .str.extract(r"(\d{4}-\d{2}-\d{2})$")
        .str.to_date(strict=False)
        .alias("id_date")
    )
    rows = []
    for c in expected.sort("contest_id").iter_rows(named=True):
        same = c["id_date"] == c["election_date"]
        rows.append(
            _row(
                "one_date_per_election",
                "hard",
                c["contest_id"],
                same,
                f"election {c['election_id']} dated {c['election_date'] or 'unknown'}",
            )
        )
    return rows


def claims_within_ballots(claims: Sequence[Claim], contest_of: Mapping[str, str]) -> list[Failure]:
    """Hard rule on every ledger row, not only on the kept values: no transcribed vote claim
    exceeds the largest ballots-cast claim of its contest. A reconciled table could
    otherwise hide a transcription error behind an earlier source's value. Extracted claims
    are not held to it: an unreviewed page must not stop the build, and where one of its
    values is kept the checks on the tables still apply (a ledger row then overrides it)."""
    most_ballots: dict[str, int] = {}
    for c in claims:
        if c.table == "contests" and c.field == "ballots_cast":
            most_ballots[c.row_key] = max(most_ballots.get(c.row_key, 0), int(c.value))
    failures = []
    for c in claims:
        if c.table != "candidates" or c.field != "votes" or c.method != "transcribed":
            continue
        contest = contest_of.get(c.row_key, "")
        ballots = most_ballots.get(contest)
        if ballots is not None and int(c.value) > ballots:
            failures.append(Failure(
                "candidates", "votes_within_ballots",
                f"{c.row_key} has {c.value} votes, more than the {ballots} ballots cast",
                row_key=contest, origin=c.origin or c.locator,
            ))  # fmt: skip
    return failures
