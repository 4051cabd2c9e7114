"""How much of each election the data holds: contests held (as sources count them) against
contests present and complete, per election and per region.

"Held" comes only from a published figure (``summaries``, metric codes ``contests_held*``),
never from the data itself: where no source gives it, it stays empty. Where sources disagree,
the first in ledger order is used and the disagreement is a row of ``conflicts``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import polars as pl

# which held-contests code counts the contests of an election type
HELD_CODES = {
    "district_akim": ("contests_held_district",),
    "city_akim": ("contests_held_city",),
    "rural_akim": ("contests_held_rural", "contests_held"),
}


def _held(summaries: pl.DataFrame, scope: str) -> pl.DataFrame:
    """The first contests-held figure per election (and place, for regions) of ``scope``."""
    import polars as pl

    by_type = pl.DataFrame(
        [(t, code) for t, codes in HELD_CODES.items() for code in codes],
        schema={"election_type": pl.String, "metric_code": pl.String},
        orient="row",
    )
    figures = (
        summaries.filter((pl.col("scope") == scope) & pl.col("election_date").is_not_null())
        .filter(pl.col("value").is_not_null())
        .with_columns(types=pl.col("election_type").str.split("+"), order=pl.int_range(pl.len()))
        .explode("types")
        .drop("election_type")
        .rename({"types": "election_type"})
        .join(by_type, on=["election_type", "metric_code"])
        .sort("order")
    )
    return figures.group_by("election_type", "election_date", "place_id", maintain_order=True).agg(
        contests_held=pl.col("value").first().cast(pl.Int64),
        contests_held_source_id=pl.col("source_id").first(),
    )


def with_completeness(
    elections: pl.DataFrame, contests: pl.DataFrame, summaries: pl.DataFrame
) -> pl.DataFrame:
    """``elections`` with contests held (and its source), complete, and the coverage share."""
    import polars as pl

    from kzvotes.schema import field_names, polars_dtypes

    complete = contests.group_by("election_id").agg(
        contests_complete=(pl.col("completeness") == "all").sum().cast(pl.Int64)
    )
    held = _held(summaries, "national").drop("place_id")
    return (
        elections.drop(
            "contests_held", "contests_held_source_id", "contests_complete", "coverage_pct"
        )
        .join(held, on=["election_type", "election_date"], how="left", maintain_order="left")
        .join(complete, on="election_id", how="left", maintain_order="left")
        .with_columns(
            contests_complete=pl.col("contests_complete").fill_null(0),
            coverage_pct=pl.when(pl.col("contests_held") > 0).then(
                (100 * pl.col("contest_count") / pl.col("contests_held")).round(1)
            ),
        )
        .select(field_names("elections"))
        .cast(pl.Schema(polars_dtypes("elections")))
    )


def coverage_table(
    elections: pl.DataFrame, contests: pl.DataFrame, summaries: pl.DataFrame, places: pl.DataFrame
) -> pl.DataFrame:
    """One row per election and region the data holds contests of."""
    import polars as pl

    from kzvotes.schema import field_names, load_table_schema, polars_dtypes

    present = contests.group_by("election_id", "region_id").agg(
        contests_present=pl.len().cast(pl.Int64),
        contests_complete=(pl.col("completeness") == "all").sum().cast(pl.Int64),
        contests_with_winner=pl.col("winner_candidate_id").is_not_null().sum().cast(pl.Int64),
    )
    held = _held(summaries, "region").rename({"place_id": "region_id"})
    regions = places.select(
        pl.col("place_id").alias("region_id"),
        pl.col("name_en").alias("region_name_en"),
        pl.col("name_ru").alias("region_name_ru"),
        pl.col("name_kk").alias("region_name_kk"),
    )
    return (
        present.join(
            elections.select("election_id", "election_type", "election_date"), on="election_id"
        )
        .join(held, on=["election_type", "election_date", "region_id"], how="left")
        .join(regions, on="region_id", how="left")
        .select(field_names("coverage"))
        .cast(pl.Schema(polars_dtypes("coverage")))
        .sort(load_table_schema("coverage")["primaryKey"])
    )
