"""Completeness: contests held (as sources count them) against what the data holds, and
summary figures that sources give differently become conflicts. Real figures from the
embedded ledger (2023 pilot: 42 districts and 3 cities, kokshetau.asia and gurk.kz;
Akmola 2021: 290 candidates after the vote, aqmolanews.kz, against 303 registered before it,
arka-azhary.kz)."""

from __future__ import annotations

import csv
from pathlib import Path

import polars as pl
import pytest

from kzvotes.build.ledger import read_ledger
from kzvotes.config import package_data_dir
from kzvotes.reference.metrics import metric_codes
from kzvotes.schema import load_table_schema


@pytest.fixture(scope="module")
def tables() -> dict[str, pl.DataFrame]:
    from kzvotes.pipeline import assemble_tables

    return assemble_tables(package_data_dir() / "ledger", None, lambda _: None).tables


def test_every_label_of_the_ledger_has_a_code_of_the_schema() -> None:
    labels = {s.metric for s in read_ledger(package_data_dir() / "ledger").summaries}
    enum = set(
        next(f for f in load_table_schema("summaries")["fields"] if f["name"] == "metric_code")[
            "constraints"
        ]["enum"]
    )
    assert labels <= set(metric_codes())
    assert set(metric_codes().values()) == enum


def test_the_pilot_elections_know_how_many_contests_were_held(
    tables: dict[str, pl.DataFrame],
) -> None:
    elections = tables["elections"].filter(pl.col("election_date") == pl.date(2023, 11, 5))
    held = dict(elections.select("election_type", "contests_held").rows())
    assert held == {"district_akim": 42, "city_akim": 3}
    district = elections.filter(pl.col("election_type") == "district_akim").to_dicts()[0]
    assert district["coverage_pct"] == round(100 * district["contest_count"] / 42, 1)
    assert (
        district["contests_complete"]
        == tables["contests"]
        .filter(
            pl.col("election_id").str.starts_with("kz-akim-district-2023-11-05")
            & (pl.col("completeness") == "all")
        )
        .height
    )


def test_coverage_counts_the_contests_per_region(tables: dict[str, pl.DataFrame]) -> None:
    coverage = tables["coverage"]
    assert coverage["contests_present"].sum() == tables["contests"].height
    [wko] = coverage.filter(
        (pl.col("election_id") == "kz-akim-district-2023-11-05") & (pl.col("region_id") == "KZ-27")
    ).to_dicts()
    assert (wko["contests_present"], wko["region_name_en"]) == (3, "West Kazakhstan Region")


def test_summary_figures_that_disagree_are_conflicts(tables: dict[str, pl.DataFrame]) -> None:
    conflicts = tables["conflicts"].filter(pl.col("field").str.starts_with("summaries."))
    pairs = set(conflicts.select("field", "kept_value", "other_value").rows())
    assert ("summaries.candidates_registered", "290.0", "303.0") in pairs
    assert ("summaries.contests_held", "775.0", "730.0") in pairs
    # breakdowns (winners by party) and one source's own figures are never conflicts
    assert not conflicts.filter(pl.col("kept_source_id") == pl.col("other_source_id")).height


def test_a_label_without_a_code_names_its_ledger_line(tmp_path: Path) -> None:
    import shutil

    from kzvotes.errors import LedgerError
    from kzvotes.pipeline import assemble_tables

    ledger = tmp_path / "ledger"
    shutil.copytree(package_data_dir() / "ledger", ledger)
    path = ledger / "summaries.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    rows[1][7] = "a label nobody reviewed"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    with pytest.raises(LedgerError, match=r"summaries.csv:2.*a label nobody reviewed.*metrics.csv"):
        assemble_tables(ledger, None, lambda _: None)
