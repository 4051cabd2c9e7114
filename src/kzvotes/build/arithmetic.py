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

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kzvotes.build.fields import CONTEST_COUNTS
from kzvotes.errors import Failure
from kzvotes.reference import Place

if TYPE_CHECKING:
    import polars as pl

HARD = ("votes_within_ballots", "ballots_within_register", "no_negative_counts", "one_winner",
        "winner_has_most_votes", "one_date_per_election")  # fmt: skip
SOFT = ("turnout_matches_counts", "invalid_closes_gap", "election_on_sunday", "place_valid_on_date")

# no count may be negative: every whole-number figure of a contest, as the schema says
_COUNTS = CONTEST_COUNTS


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


def _rule(check_id: str, severity: str, passed: pl.Expr, detail: pl.Expr) -> pl.Expr:
    """One check as a struct column of the per-contest frame."""
    import polars as pl

    return pl.struct(
        check_id=pl.lit(check_id), severity=pl.lit(severity), passed=passed, detail=detail
    ).alias(check_id)


def _unknown(
    when: pl.Expr, detail: str, passed: pl.Expr, known: pl.Expr
) -> tuple[pl.Expr, pl.Expr]:
    """``passed`` and ``detail`` that are null and ``detail`` where ``when`` holds."""
    import polars as pl

    return (
        pl.when(when).then(pl.lit(None, pl.Boolean)).otherwise(passed),
        pl.when(when).then(pl.lit(detail)).otherwise(known),
    )


def _text(expr: pl.Expr) -> pl.Expr:
    import polars as pl

    return expr.cast(pl.String)


def _two_decimals(expr: pl.Expr) -> pl.Expr:
    """A non-negative number printed with two decimals, as Python's ``:.2f`` prints it."""
    import polars as pl

    hundredths = (expr * 100).round(0).cast(pl.Int64)
    return pl.format("{}.{}", hundredths // 100, _text(hundredths % 100).str.zfill(2))


def _relation(ok: pl.Expr) -> pl.Expr:
    import polars as pl

    return pl.when(ok).then(pl.lit("<=")).otherwise(pl.lit(">"))


def _rules() -> list[pl.Expr]:
    """Every rule as an expression over the per-contest frame."""
    import polars as pl

    c = pl.col
    used = c("votes_sum").fill_null(0) + c("against_all").fill_null(0)
    within = used <= c("ballots_cast")
    votes_within = _unknown(
        c("ballots_cast").is_null() | (used == 0), "ballots cast or votes not published", within,
        pl.format("candidates' votes {} + against all {} = {} {} ballots cast {}",
                  c("votes_sum").fill_null(0), c("against_all").fill_null(0), used,
                  _relation(within), c("ballots_cast")),
    )  # fmt: skip
    registered = c("ballots_cast") <= c("registered_voters")
    ballots_within = _unknown(
        c("ballots_cast").is_null() | c("registered_voters").is_null(), "a count is not published",
        registered,
        pl.format("ballots cast {} {} voters on the lists {}", c("ballots_cast"),
                  _relation(registered), c("registered_voters")),
    )  # fmt: skip
    negatives = pl.concat_list(
        [pl.when(c(f) < 0).then(pl.lit(f)) for f in (*_COUNTS, "votes_min")]
    ).list.drop_nulls()
    one_winner = _unknown(
        ~c("decided").fill_null(False), "no source says who was elected", c("n_elected") == 1,
        pl.format("{} candidate(s) marked elected", c("n_elected")),
    )  # fmt: skip
    most = c("winner_votes") >= c("votes_max")
    winner_most = _unknown(
        c("winner_votes").is_null() | c("votes_max").is_null(),
        "the winner's votes are not published", most,
        pl.format("winner {}, most votes of any candidate {}", c("winner_votes"), c("votes_max")),
    )  # fmt: skip
    computed = 100 * c("ballots_cast") / c("registered_voters")
    turnout = _unknown(
        c("registered_voters").is_null() | c("ballots_cast").is_null()
        | c("turnout_pct").is_null() | (c("registered_voters") == 0),
        "turnout or a count is not published",
        # a percentage printed with one decimal is off by up to 0.05 from the exact ratio
        (computed - c("turnout_pct")).abs() <= 0.051,
        pl.format("turnout {}% vs counts {}%", c("turnout_pct"), _two_decimals(computed)),
    )  # fmt: skip
    gap = c("ballots_cast") - c("votes_sum") - c("against_all").fill_null(0)
    invalid = _unknown(
        c("ballots_cast").is_null() | c("invalid_ballots").is_null()
        | (c("votes_missing").fill_null(0) > 0) | c("votes_sum").is_null(),
        "not every count is published", gap == c("invalid_ballots"),
        pl.format("ballots cast - valid votes - against all = {}; invalid ballots {}", gap,
                  c("invalid_ballots")),
    )  # fmt: skip
    day = c("election_date")
    sunday = _unknown(
        day.is_null(),
        "no date",
        day.dt.weekday() == 7,
        pl.format("{} is a {}", _text(day), day.dt.strftime("%A")),
    )
    valid = (c("valid_from").is_null() | (c("valid_from") <= day)) & (
        c("valid_to").is_null() | (day <= c("valid_to"))
    )
    place_valid = _unknown(
        day.is_null(), "no date", valid,
        pl.format("{} valid {} to {}", c("place_id"), _text(c("valid_from")).fill_null("..."),
                  _text(c("valid_to")).fill_null("...")),
    )  # fmt: skip
    return [
        _rule("votes_within_ballots", "hard", *votes_within),
        _rule("ballots_within_register", "hard", *ballots_within),
        _rule(
            "no_negative_counts",
            "hard",
            negatives.list.len() == 0,
            pl.when(negatives.list.len() > 0)
            .then(pl.format("negative: {}", negatives.list.join(", ")))
            .otherwise(pl.lit("all counts >= 0")),
        ),
        _rule("one_winner", "hard", *one_winner),
        _rule("winner_has_most_votes", "hard", *winner_most),
        _rule("turnout_matches_counts", "soft", *turnout),
        _rule("invalid_closes_gap", "soft", *invalid),
        _rule("election_on_sunday", "soft", *sunday),
        _rule("place_valid_on_date", "soft", *place_valid),
        _rule(
            "one_date_per_election",
            "hard",
            c("id_date").eq_missing(day),
            pl.format("election {} dated {}", c("election_id"), _text(day).fill_null("unknown")),
        ),
    ]


def run_checks(inputs: CheckInputs, places: Mapping[str, Place]) -> pl.DataFrame:
    """Every rule on every contest as one ``pl.Expr`` each, unpivoted into ``checks`` rows;
    ``passed`` is null where the data cannot tell."""
    import polars as pl

    from kzvotes.schema import field_names, load_table_schema, polars_dtypes

    validity = pl.DataFrame(
        [(p.place_id, p.valid_from, p.valid_to) for p in places.values()],
        schema={"place_id": pl.String, "valid_from": pl.Date, "valid_to": pl.Date},
        orient="row",
    )
    per_contest = (
        _per_contest(inputs)
        .join(validity, on="place_id", how="left")
        .with_columns(
            id_date=pl.col("election_id")
            .str.extract(r"(\d{4}-\d{2}-\d{2})$")
            .str.to_date(strict=False)
        )
    )
    checks = (
        per_contest.select("contest_id", *_rules())
        .unpivot(index="contest_id", variable_name="rule")
        .unnest("value")
        .select(field_names("checks"))
    )
    return checks.cast(pl.Schema(polars_dtypes("checks"))).sort(
        load_table_schema("checks")["primaryKey"]
    )


def claims_within_ballots(claims: pl.DataFrame) -> list[Failure]:
    """Hard rule on every ledger row, not only on the kept values: no transcribed vote claim
    exceeds the largest ballots-cast claim of its contest. A reconciled table could
    otherwise hide a transcription error behind an earlier source's value. Extracted claims
    are not held to it: an unreviewed page must not stop the build, and where one of its
    values is kept the checks on the tables still apply (a ledger row then overrides it).

    ``claims`` is a claims frame (:data:`kzvotes.build.claim_frames.CLAIM_COLUMNS`)."""
    import polars as pl

    c = pl.col
    most_ballots = (
        claims.filter((c("table") == "contests") & (c("field") == "ballots_cast"))
        .group_by("contest_id")
        .agg(ballots=c("value").cast(pl.Int64).max())
    )
    over = (
        claims.filter(
            (c("table") == "candidates") & (c("field") == "votes") & (c("method") == "transcribed")
        )
        .join(most_ballots, on="contest_id", how="inner", maintain_order="left")
        .filter(c("value").cast(pl.Int64) > c("ballots"))
    )
    return [
        Failure(
            "candidates",
            "votes_within_ballots",
            f"{row_key} has {votes} votes, more than the {ballots} ballots cast",
            row_key=contest,
            origin=origin or locator,
        )
        for row_key, votes, ballots, contest, origin, locator in over.select(
            "row_key", "value", "ballots", "contest_id", "origin", "locator"
        ).iter_rows()
    ]
