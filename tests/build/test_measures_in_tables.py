"""The journalists' measures are columns of every format: CSV, Parquet, SQLite and XLSX.

Hand-computed from the real Bokeyorda 2023 result (mgorod.kz, from the WKO akimat):
Даумов 4660, Гильманов 782, Кереш 426, against all 178. Base: valid votes incl. against
all = 6046. Shares 77.08, 12.93, 7.05; against all 2.94; margin (4660 - 782) / 6046 =
64.14 points; ENC 1 / ((4660/5868)^2 + (782/5868)^2 + (426/5868)^2) = 1.53.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import openpyxl
import polars as pl
import pytest

BOKEYORDA = "kz-akim-district-2023-11-05/KZ-27/bokeyorda"
CONTEST = {
    "winner_candidate_id": f"{BOKEYORDA}/nurlybek-daumov",
    "runner_up_candidate_id": f"{BOKEYORDA}/mirambek-gilmanov",
    "margin_pct": 64.14,
    "effective_number_of_candidates": 1.53,
    "against_all_pct": 2.94,
    "share_base": "valid_votes",
    "contested": True,
    "winner_nominator": "amanat",
    "completeness": "all",
    "date_status": "stated",
}
SHARES = {"nurlybek-daumov": 77.08, "mirambek-gilmanov": 12.93, "narynbek-keresh": 7.05}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kzvotes.pipeline import build

    ledger = Path(__file__).parent / "fixtures" / "ledger_small"
    return build(ledger, None, tmp_path_factory.mktemp("out")).package_dir


def _check(contests: pl.DataFrame, candidates: pl.DataFrame) -> None:
    [row] = contests.filter(pl.col("contest_id") == BOKEYORDA).to_dicts()
    assert {k: row[k] for k in CONTEST} == CONTEST
    shares = candidates.filter(pl.col("contest_id") == BOKEYORDA)
    assert {
        cid.rsplit("/", 1)[1]: share
        for cid, share in shares.select("candidate_id", "vote_share_pct").rows()
    } == SHARES


def test_measures_in_csv_and_parquet(package: Path) -> None:
    from kzvotes.publish.table_read import read_table_csv

    data = package / "data"
    _check(
        read_table_csv(data / "contests.csv", "contests"),
        read_table_csv(data / "candidates.csv", "candidates"),
    )
    _check(pl.read_parquet(data / "contests.parquet"), pl.read_parquet(data / "candidates.parquet"))


def test_measures_in_sqlite(package: Path) -> None:
    with closing(sqlite3.connect(package / "data" / "kz-akim-elections.sqlite")) as db:
        contests = pl.read_database("SELECT * FROM contests", db)
        candidates = pl.read_database("SELECT * FROM candidates", db)
    contests = contests.with_columns(pl.col("contested").cast(pl.Boolean))
    _check(contests, candidates)


def test_measures_in_xlsx(package: Path) -> None:
    workbook = openpyxl.load_workbook(package / "data" / "kz-akim-elections.xlsx", read_only=True)
    try:
        frames = {}
        for sheet in ("contests", "candidates"):
            rows = list(workbook[sheet].iter_rows(values_only=True))
            header = list(rows[0])
            frames[sheet] = pl.DataFrame(
                [dict(zip(header, r, strict=True)) for r in rows[1:]], infer_schema_length=None
            )
    finally:
        workbook.close()
    _check(frames["contests"], frames["candidates"])


def test_derived_measures_are_facts_with_the_trust_of_their_row(package: Path) -> None:
    from kzvotes.publish.table_read import read_table_csv

    facts = read_table_csv(package / "data" / "facts.csv", "facts")
    margin = facts.filter((pl.col("row_key") == BOKEYORDA) & (pl.col("field") == "margin_pct"))
    assert margin.select("value", "method", "trust").rows() == [("64.14", "derived", "checked")]
