"""The gate's quick proof that a frame keeps its Table Schema (`schema_holds`) never passes
a frame pandera would fail: each corruption makes the proof give way to pandera, which
names the failure."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest

from kzvotes.publish.validate import read_table_csv, schema_failures, schema_holds
from kzvotes.schema import TABLE_NAMES

Corruption = tuple[str, Callable[[pl.DataFrame], pl.DataFrame]]


def _first(column: str, value: object) -> Callable[[pl.DataFrame], pl.DataFrame]:
    def corrupt(df: pl.DataFrame) -> pl.DataFrame:
        series = df[column].to_list()
        series[0] = value
        return df.with_columns(pl.Series(column, series, dtype=df.schema[column]))

    return corrupt


CASES: list[Corruption] = [
    ("candidates", _first("votes", -1)),  # minimum
    ("candidates", _first("birth_year", 1800)),  # minimum
    ("candidates", _first("vote_share_pct", 101.0)),  # maximum
    ("candidates", _first("trust", "rumoured")),  # enum
    ("candidates", _first("contest_id", None)),  # required
    ("contests", _first("contest_id", "not a contest id")),  # pattern
    ("places", _first("iso_3166_2", "KZ-XX-1")),  # pattern
    ("sources", _first("sha256", "abc")),  # pattern
    ("candidates", lambda df: pl.concat([df, df.head(1)])),  # primary key, unique
    ("results", lambda df: pl.concat([df, df.head(1)])),  # compound primary key
    ("results", lambda df: pl.concat([df.head(1), df])),  # the same, in key order
    ("facts", lambda df: pl.concat([df.head(2), df.slice(1)])),  # in key order, inside
    ("candidates", lambda df: df.with_columns(pl.col("votes").cast(pl.Int32))),  # dtype
    ("candidates", lambda df: df.select(reversed(df.columns))),  # order
    ("candidates", lambda df: df.with_columns(pl.lit(1).alias("extra"))),  # strict
    ("candidates", lambda df: df.drop("votes")),  # missing column
]


@pytest.fixture(scope="module")
def tables(built_once: Path) -> dict[str, pl.DataFrame]:
    return {t: read_table_csv(built_once / "data" / f"{t}.csv", t) for t in TABLE_NAMES}


def test_the_package_as_built_is_proved(tables: dict[str, pl.DataFrame]) -> None:
    for table in TABLE_NAMES:
        assert schema_holds(table, tables[table]), table


@pytest.mark.parametrize(("table", "corrupt"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_a_corruption_is_never_proved_and_pandera_names_it(
    tables: dict[str, pl.DataFrame], table: str, corrupt: Callable[[pl.DataFrame], pl.DataFrame]
) -> None:
    df = corrupt(tables[table])
    assert not schema_holds(table, df)
    assert schema_failures(table, df)
