"""The SQLite database and the XLSX workbook: keys, descriptions, determinism, formula safety."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import openpyxl
import polars as pl
import pytest

from kzvotes.pipeline import assemble_tables, build
from kzvotes.publish.formats.xlsx import ABOUT_SHEET, FLAT_COLUMNS, WORKBOOK_TABLES, write_xlsx
from kzvotes.publish.package import sha256_file
from kzvotes.publish.table_read import read_table_csv
from kzvotes.schema import TABLE_NAMES, field_names

BOKEYORDA = "kz-akim-district-2023-11-05/KZ-27/bokeyorda"


def test_descriptor_lists_both_files_with_their_hashes(small_package: Path) -> None:
    desc = json.loads((small_package / "datapackage.json").read_text(encoding="utf-8"))
    formats = {f["name"]: f for f in desc["kzvotes:formats"]}
    assert set(formats) == {"sqlite", "xlsx"}
    for entry in formats.values():
        path = small_package / entry["path"]
        assert (
            entry["hash"] == f"sha256:{sha256_file(path)}" and entry["bytes"] == path.stat().st_size
        )
    readme = (small_package / "README.md").read_text(encoding="utf-8")
    assert "data/kz-akim-elections.sqlite" in readme and "kzvotes serve" in readme
    assert "CC BY 4.0" in readme and "Against all is not invalid" in readme


def test_sqlite_has_keys_and_no_foreign_key_violations(small_package: Path) -> None:
    path = small_package / "data" / "kz-akim-elections.sqlite"
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        db.execute("PRAGMA foreign_keys = ON")
        assert db.execute("PRAGMA foreign_keys").fetchone() == (1,)
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        for table in TABLE_NAMES:
            info = db.execute(f'PRAGMA table_info("{table}")').fetchall()
            assert [row[1] for row in info] == field_names(table)
            count = db.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
            assert count == read_table_csv(small_package / "data" / f"{table}.csv", table).height
        assert [row[1] for row in db.execute('PRAGMA table_info("results")') if row[5]] == [
            "contest_id",
            "option_id",
        ]
        fks = {(row[2], row[3]) for row in db.execute('PRAGMA foreign_key_list("candidates")')}
        assert fks == {("contests", "contest_id"), ("parties", "party_id")}
        indexes = {row[1] for row in db.execute('PRAGMA index_list("contests")')}
        assert {
            "idx_contests_election_id",
            "idx_contests_place_id",
            "idx_contests_region_id",
        } <= indexes
        described = db.execute(
            "SELECT title, title_ru FROM _fields WHERE table_name = 'contests' AND field_name = 'against_all'"
        ).fetchone()
        assert described[0] and described[1]
        votes = dict(db.execute(
            "SELECT option_id, votes FROM results WHERE contest_id = ? ORDER BY votes DESC", (BOKEYORDA,)
        ).fetchall())  # fmt: skip
        assert votes[f"{BOKEYORDA}/nurlybek-daumov"] == 4660 and votes["against_all"] == 178
        flat = db.execute(
            "SELECT name_ru, votes, share_pct, elected FROM results_flat WHERE contest_id = ? AND votes = 4660",
            (BOKEYORDA,),
        ).fetchone()
        assert flat == ("Нурлыбек Даумов", 4660, 77.08, 1)


def test_sqlite_refuses_a_dangling_reference_with_foreign_keys_on(
    small_package: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes((small_package / "data" / "kz-akim-elections.sqlite").read_bytes())
    with closing(sqlite3.connect(copy)) as db:
        db.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(
                "INSERT INTO results VALUES ('no-such-contest', 'against_all', 'against_all', 'against all', 1, 'checked')"
            )


def test_xlsx_reads_back_with_a_flat_results_sheet(small_package: Path) -> None:
    workbook = openpyxl.load_workbook(
        small_package / "data" / "kz-akim-elections.xlsx", read_only=True
    )
    try:
        assert workbook.sheetnames == ["results", *WORKBOOK_TABLES, ABOUT_SHEET]
        about = " ".join(str(r[0]) for r in workbook[ABOUT_SHEET].iter_rows(values_only=True))
        for elsewhere in ("facts", "checks", "conflicts", "source_revisions", "SQLite", "Parquet"):
            assert elsewhere in about
        rows = list(workbook["results"].iter_rows(values_only=True))
        assert list(rows[0]) == [title for _, title in FLAT_COLUMNS]
        names = [name for name, _ in FLAT_COLUMNS]
        daumov = next(
            dict(zip(names, r, strict=True)) for r in rows if r[names.index("votes")] == 4660
        )
        assert daumov["name_ru"] == "Нурлыбек Даумов" and daumov["share_pct"] == 77.08
        assert daumov["elected"] is True and daumov["region_name_en"] == "West Kazakhstan Region"
        for table in WORKBOOK_TABLES:
            sheet = workbook[table]
            sheet_rows = list(sheet.iter_rows(values_only=True))
            assert list(sheet_rows[0]) == field_names(table)
            assert (
                len(sheet_rows) - 1
                == read_table_csv(small_package / "data" / f"{table}.csv", table).height
            )
    finally:
        workbook.close()


def test_formula_like_text_is_written_as_quoted_text(tmp_path: Path) -> None:
    tables = assemble_tables(Path(__file__).parents[1] / "build" / "fixtures" / "ledger_small", None,
                             lambda _: None).tables  # fmt: skip
    dangerous = ['=HYPERLINK("http://x")', "+1+2", "-3", "@SUM(A1)"]
    candidates = tables["candidates"]
    tables["candidates"] = candidates.with_columns(
        pl.Series(
            "name_as_printed", dangerous + candidates["name_as_printed"].to_list()[len(dangerous) :]
        )
    )
    path = write_xlsx(tables, tmp_path / "book.xlsx", created="2026-11-27T00:00:00Z")
    workbook = openpyxl.load_workbook(path)
    try:
        sheet = workbook["candidates"]
        column = field_names("candidates").index("name_as_printed") + 1
        cells = [sheet.cell(row=i + 2, column=column) for i in range(len(dangerous))]
        assert [c.value for c in cells] == dangerous
        assert all(c.data_type == "s" and c.quotePrefix for c in cells)
        assert not sheet.cell(row=len(dangerous) + 2, column=column).quotePrefix
    finally:
        workbook.close()


def test_both_files_are_byte_identical_across_builds(small_package: Path, tmp_path: Path) -> None:
    again = build(
        Path(__file__).parents[1] / "build" / "fixtures" / "ledger_small", None, tmp_path
    ).package_dir
    for name in ("kz-akim-elections.sqlite", "kz-akim-elections.xlsx"):
        assert (again / "data" / name).read_bytes() == (small_package / "data" / name).read_bytes()
