"""CSV text cells a spreadsheet would run as formulas get the workbook's quote prefix; other
formats keep the value; numbers are never touched; the data dictionary says how."""

from __future__ import annotations

import csv
from pathlib import Path

import polars as pl
from conftest import LEDGER_SMALL

from kzvotes.pipeline import assemble_tables
from kzvotes.publish.datadict import render_readme
from kzvotes.publish.formats.formulas import neutralised
from kzvotes.publish.package import write_package
from kzvotes.publish.validate import validate_package

DANGEROUS = ['=HYPERLINK("http://x","y")', "+1+2", "-3", "@SUM(A1)"]


def test_numbers_and_plain_text_are_untouched() -> None:
    frame = pl.DataFrame({"n": [-5, 3], "x": [-1.5, 2.0], "t": ["-5", "Abai"]})
    out = neutralised(frame)
    assert out["n"].to_list() == [-5, 3] and out["x"].to_list() == [-1.5, 2.0]
    assert out["t"].to_list() == ["'-5", "Abai"]


def test_a_package_with_formula_like_text_is_written_safely_and_validates(tmp_path: Path) -> None:
    tables = assemble_tables(LEDGER_SMALL, None, lambda _: None).tables
    names = tables["candidates"]["name_as_printed"].to_list()
    tables["candidates"] = tables["candidates"].with_columns(
        pl.Series("name_as_printed", DANGEROUS + names[len(DANGEROUS) :])
    )
    target = write_package(
        tmp_path / "kz-akim-elections",
        tables,
        version="0.0.0",
        created="2026-11-27T00:00:00Z",
        sources=[],
        readme=render_readme,
        check=validate_package,
    )
    with (target / "data" / "candidates.csv").open(encoding="utf-8", newline="") as handle:
        written = [row["name_as_printed"] for row in csv.DictReader(handle)]
    assert sorted(v for v in written if v.startswith("'")) == sorted(f"'{v}" for v in DANGEROUS)
    assert not any(v.startswith(("=", "+", "-", "@")) for v in written)
    parquet = pl.read_parquet(target / "data" / "candidates.parquet")
    assert set(DANGEROUS) <= set(parquet["name_as_printed"].to_list())
    readme = (target / "README.md").read_text(encoding="utf-8")
    assert "leading apostrophe" in readme and "a number is never prefixed" in readme
