"""The election arithmetic across a package's tables: results against candidates and
against-all counts and within ballots cast, and the published ``checks`` against the hard
checks recomputed from the tables (:mod:`kzvotes.build.arithmetic`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from kzvotes.errors import Failure
from kzvotes.publish.table_gate import MAX_LISTED

if TYPE_CHECKING:
    import polars as pl


def hard_check_failures(checks: pl.DataFrame) -> list[Failure]:
    """The failed hard checks of a ``checks`` frame."""
    import polars as pl

    failed = checks.filter((pl.col("severity") == "hard") & (pl.col("passed") == False))  # noqa: E712
    return [
        Failure("contests", row["check_id"], row["detail"], row_key=row["contest_id"])
        for row in failed.iter_rows(named=True)
    ]


def cross_table_failures(tables: Mapping[str, pl.DataFrame]) -> list[Failure]:
    """Results against candidates and against-all counts, and within ballots cast."""
    import polars as pl

    results, contests = tables["results"], tables["contests"]
    candidates = tables["candidates"].select(
        pl.col("candidate_id").alias("option_id"),
        pl.col("contest_id").alias("candidate_contest"),
        pl.col("votes").alias("candidate_votes"),
    )
    failures = []
    as_candidate = results.filter(pl.col("option_type") == "candidate").join(
        candidates, on="option_id", how="full", coalesce=True
    )
    for row in as_candidate.filter(pl.col("contest_id").is_null()).iter_rows(named=True):
        failures.append(
            Failure(
                "results",
                "results_list_every_candidate",
                "no result row for this candidate",
                row["option_id"],
            )
        )
    for row in as_candidate.filter(pl.col("candidate_contest").is_null()).iter_rows(named=True):
        failures.append(
            Failure(
                "results",
                "results_name_candidates",
                "option_id is no candidate",
                f"{row['contest_id']}|{row['option_id']}",
            )
        )
    matched = as_candidate.drop_nulls(["contest_id", "candidate_contest"])
    for row in matched.filter(
        (pl.col("contest_id") != pl.col("candidate_contest"))
        | pl.col("votes").ne_missing(pl.col("candidate_votes"))
    ).iter_rows(named=True):
        failures.append(Failure(
            "results", "results_match_candidates",
            f"{row['votes']} votes in contest {row['contest_id']}; candidates has {row['candidate_votes']}"
            f" in contest {row['candidate_contest']}",
            f"{row['contest_id']}|{row['option_id']}",
        ))  # fmt: skip
    against = (
        contests.select("contest_id", "against_all")
        .join(
            results.filter(pl.col("option_type") == "against_all").select("contest_id", "votes"),
            on="contest_id",
            how="full",
            coalesce=True,
        )
        .filter(pl.col("against_all").ne_missing(pl.col("votes")))
    )
    for row in against.iter_rows(named=True):
        failures.append(Failure(
            "results", "results_match_against_all",
            f"against all {row['votes']} in results, {row['against_all']} in contests", row["contest_id"],
        ))  # fmt: skip
    over = (
        results.group_by("contest_id")
        .agg(pl.col("votes").sum().alias("all_votes"))
        .join(contests.select("contest_id", "ballots_cast"), on="contest_id")
        .filter(pl.col("all_votes") > pl.col("ballots_cast"))
        .sort("contest_id")
    )
    for row in over.iter_rows(named=True):
        failures.append(Failure(
            "results", "results_within_ballots",
            f"{row['all_votes']} votes for all options, {row['ballots_cast']} ballots cast", row["contest_id"],
        ))  # fmt: skip
    return failures


def checks_failures(tables: Mapping[str, pl.DataFrame]) -> list[Failure]:
    """The hard checks recomputed from the tables, and the published checks against them."""
    import polars as pl

    from kzvotes.build.arithmetic import CheckInputs, run_checks
    from kzvotes.reference import load_places

    try:
        checks = run_checks(
            CheckInputs(tables["elections"], tables["contests"], tables["candidates"]),
            load_places(),
        )
    except KeyError as err:
        return [Failure("contests", "place_in_gazetteer", f"place {err} is not in the gazetteer")]
    failures = hard_check_failures(checks)
    published = tables["checks"]
    if not published.equals(checks):
        key = ["check_id", "contest_id"]
        differing = checks.join(
            published, on=key, how="full", coalesce=True, suffix="_published"
        ).filter(
            pl.any_horizontal(
                pl.col(c).ne_missing(pl.col(f"{c}_published"))
                for c in ("severity", "passed", "detail")
            )
        )
        for row in differing.head(MAX_LISTED).iter_rows(named=True):
            failures.append(Failure(
                "checks", "checks_recomputed",
                f"{row['check_id']}: published passed={row['passed_published']} ({row['detail_published']!r}),"
                f" recomputed passed={row['passed']} ({row['detail']!r})",
                row["contest_id"],
            ))  # fmt: skip
        if differing.height == 0:
            failures.append(
                Failure("checks", "checks_recomputed", "rows differ in order or number")
            )
    return failures
