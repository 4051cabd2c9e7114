"""Competition measures derived from the published counts: shares, margins, ENC, completeness.

Pure polars over the built ``candidates`` and ``contests`` frames (the columns of
``schemas/``); nothing here reads a file or knows a language. Two entry points:

- :func:`candidate_measures`: one row per candidate, ``candidate_id``, ``vote_share_pct``,
  ``share_base``;
- :func:`contest_measures`: one row per contest, ``contest_id``, ``winner_candidate_id``,
  ``runner_up_candidate_id``, ``margin_pct``, ``effective_number_of_candidates``,
  ``against_all_pct``, ``share_base``, ``contested``, ``winner_nominator``, ``completeness``.

The rules, so that every figure can be recomputed by hand:

- **completeness** is about the candidates *in the data*: ``all`` when there are at least two
  and every one has votes; ``winner_only`` when the elected candidate's votes are the only
  ones known (a contest with one candidate in the data is counted here: the data cannot tell
  a sole candidacy from a list nobody transcribed); ``some`` when other votes are known but
  not all; ``none`` when no candidate's votes are known (or no candidate is in the data).
- **share_base** is ``valid_votes`` (every candidate's votes plus against all: invalid
  ballots excluded) when completeness is ``all`` and the against-all count is known; else
  ``ballots_cast`` (the voters who took part) when that count is known; else no base, and
  no share. One base per contest, so shares, margin and against-all share add up.
- **margin_pct** is the winner's share minus the runner-up's, in percentage points, where
  completeness is ``all`` (a candidate of unknown votes could be the runner-up).
- **effective_number_of_candidates** is Laakso–Taagepera's ``1 / sum(p_i^2)`` with ``p_i``
  each candidate's share of the candidates' votes (against all left out), where
  completeness is ``all``.
- **contested** is true when the data has two or more candidates, empty otherwise (one
  candidate in the data does not prove there was no other).
- **winner_nominator** is the elected candidate's ``party_id``, or ``self``; empty when no
  source names the nominator.

Percentages are rounded to 2 decimals, ENC to 2 decimals, from unrounded values.

>>> contest_measures(candidates, contests).filter(pl.col("contest_id").str.ends_with("bokeyorda"))  # doctest: +SKIP
"""

from __future__ import annotations

import polars as pl

SHARE_BASES = ("valid_votes", "ballots_cast")
COMPLETENESS_LEVELS = ("all", "some", "winner_only", "none")
SELF_NOMINATED = "self"
DECIMALS = 2

CANDIDATE_MEASURE_COLUMNS = ("candidate_id", "vote_share_pct", "share_base")
CONTEST_MEASURE_COLUMNS = (
    "contest_id",
    "winner_candidate_id",
    "runner_up_candidate_id",
    "margin_pct",
    "effective_number_of_candidates",
    "against_all_pct",
    "share_base",
    "contested",
    "winner_nominator",
    "completeness",
)


def percent_of(count: pl.Expr, base: pl.Expr) -> pl.Expr:
    """``count`` as a percentage of ``base``, empty where either is empty or the base is 0."""
    return pl.when(base > 0).then(count * 100.0 / base).otherwise(None)


def is_elected() -> pl.Expr:
    return pl.col("elected").fill_null(False)


def effective_number(votes: pl.Expr) -> pl.Expr:
    """Laakso–Taagepera's effective number over ``votes`` (an aggregation; empty if total is 0)."""
    total = votes.sum()
    return pl.when(total > 0).then(1.0 / ((votes / total) ** 2).sum()).otherwise(None)


def nominator(nominator_type: pl.Expr, party_id: pl.Expr) -> pl.Expr:
    """The party that nominated a candidate, or ``self``; empty when no source says."""
    return (
        pl.when(nominator_type == SELF_NOMINATED)
        .then(pl.lit(SELF_NOMINATED))
        .when(nominator_type == "party")
        .then(party_id)
        .otherwise(None)
    )


def candidate_tallies(candidates: pl.DataFrame) -> pl.DataFrame:
    """Per contest with candidates: counts of candidates and of known votes, winner, runner-up, ENC."""
    others = ~is_elected()
    # Most votes first (ties by id) so that `first()` among the others is the runner-up.
    by_votes = candidates.sort(["votes", "candidate_id"], descending=[True, False], nulls_last=True)
    return by_votes.group_by("contest_id").agg(
        candidates_in_data=pl.len(),
        candidates_with_votes=pl.col("votes").is_not_null().sum(),
        others_with_votes=(others & pl.col("votes").is_not_null()).sum(),
        elected_count=is_elected().sum(),
        winner_candidate_id=pl.col("candidate_id").filter(is_elected()).first(),
        winner_votes=pl.col("votes").filter(is_elected()).first(),
        winner_nominator=nominator(pl.col("nominator_type"), pl.col("party_id"))
        .filter(is_elected())
        .first(),
        runner_up_candidate_id=pl.col("candidate_id").filter(others).first(),
        runner_up_votes=pl.col("votes").filter(others).first(),
        effective_number_of_candidates=effective_number(pl.col("votes")),
    )


def completeness() -> pl.Expr:
    """``all`` / ``winner_only`` / ``some`` / ``none`` from the columns of :func:`candidate_tallies`."""
    in_data = pl.col("candidates_in_data").fill_null(0)
    with_votes = pl.col("candidates_with_votes").fill_null(0)
    return (
        pl.when(with_votes == 0)
        .then(pl.lit("none"))
        .when((in_data >= 2) & (with_votes == in_data))
        .then(pl.lit("all"))
        .when(pl.col("winner_votes").is_not_null() & (pl.col("others_with_votes") == 0))
        .then(pl.lit("winner_only"))
        .otherwise(pl.lit("some"))
    )


def share_base() -> pl.Expr:
    """Which base a contest's shares are taken on (see the module docstring)."""
    return (
        pl.when((pl.col("completeness") == "all") & pl.col("against_all").is_not_null())
        .then(pl.lit("valid_votes"))
        .when(pl.col("ballots_cast").is_not_null())
        .then(pl.lit("ballots_cast"))
        .otherwise(None)
    )


def base_votes() -> pl.Expr:
    """The number the shares are divided by, per :func:`share_base`."""
    return (
        pl.when(pl.col("share_base") == "valid_votes")
        .then(pl.col("candidate_votes") + pl.col("against_all"))
        .when(pl.col("share_base") == "ballots_cast")
        .then(pl.col("ballots_cast"))
        .otherwise(None)
    )


def contest_bases(candidates: pl.DataFrame, contests: pl.DataFrame) -> pl.DataFrame:
    """Every contest with its tallies, ``completeness``, ``share_base`` and ``base_votes``."""
    sums = candidates.group_by("contest_id").agg(candidate_votes=pl.col("votes").sum())
    return (
        contests.select("contest_id", "ballots_cast", "against_all")
        .join(candidate_tallies(candidates), on="contest_id", how="left", maintain_order="left")
        .join(sums, on="contest_id", how="left", maintain_order="left")
        .with_columns(completeness=completeness())
        .with_columns(share_base=share_base())
        .with_columns(base_votes=base_votes())
    )


def contest_measures(candidates: pl.DataFrame, contests: pl.DataFrame) -> pl.DataFrame:
    """One row per contest of ``contests`` (same order) with the columns of ``CONTEST_MEASURE_COLUMNS``."""
    complete = pl.col("completeness") == "all"
    decided = pl.col("elected_count") == 1
    margin = percent_of(pl.col("winner_votes") - pl.col("runner_up_votes"), pl.col("base_votes"))
    return (
        contest_bases(candidates, contests)
        .with_columns(
            winner_candidate_id=pl.when(decided).then(pl.col("winner_candidate_id")),
            winner_nominator=pl.when(decided).then(pl.col("winner_nominator")),
            runner_up_candidate_id=pl.when(decided & complete).then(
                pl.col("runner_up_candidate_id")
            ),
            margin_pct=pl.when(decided & complete).then(margin).round(DECIMALS),
            effective_number_of_candidates=pl.when(complete)
            .then(pl.col("effective_number_of_candidates"))
            .round(DECIMALS),
            against_all_pct=percent_of(pl.col("against_all"), pl.col("base_votes")).round(DECIMALS),
            contested=pl.when(pl.col("candidates_in_data").fill_null(0) >= 2).then(pl.lit(True)),
            share_base=pl.when(
                pl.col("against_all").is_not_null() | (pl.col("candidates_with_votes") > 0)
            ).then(pl.col("share_base")),
        )
        .select(CONTEST_MEASURE_COLUMNS)
    )


def candidate_measures(candidates: pl.DataFrame, contests: pl.DataFrame) -> pl.DataFrame:
    """One row per candidate of ``candidates`` (same order): ``candidate_id``, ``vote_share_pct``, ``share_base``."""
    bases = contest_bases(candidates, contests).select("contest_id", "share_base", "base_votes")
    share = percent_of(pl.col("votes"), pl.col("base_votes")).round(DECIMALS)
    return (
        candidates.select("candidate_id", "contest_id", "votes")
        .join(bases, on="contest_id", how="left", maintain_order="left")
        .with_columns(vote_share_pct=share)
        .with_columns(
            share_base=pl.when(pl.col("vote_share_pct").is_not_null()).then(pl.col("share_base"))
        )
        .select(CANDIDATE_MEASURE_COLUMNS)
    )
