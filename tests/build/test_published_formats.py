"""The SQLite and workbook checks of a package, read back a block at a time or proved by the
rendered rows' bytes, still name what differs."""

from __future__ import annotations

import re
import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path

import pytest

from kzvotes.pipeline import build
from kzvotes.publish.published import sqlite_failures, xlsx_failures
from kzvotes.publish.validate import read_table_csv
from kzvotes.schema import TABLE_NAMES

LEDGER = Path(__file__).parent / "fixtures" / "ledger_small"
DATABASE, WORKBOOK = "data/kz-akim-elections.sqlite", "data/kz-akim-elections.xlsx"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(LEDGER, None, tmp_path_factory.mktemp("out")).package_dir


@pytest.fixture
def tables(package: Path) -> dict[str, object]:
    return {t: read_table_csv(package / "data" / f"{t}.csv", t) for t in TABLE_NAMES}


def _tampered_database(package: Path, tmp_path: Path, sql: str) -> Path:
    path = tmp_path / "copy.sqlite"
    path.write_bytes((package / DATABASE).read_bytes())
    with closing(sqlite3.connect(path)) as db:
        db.execute(sql)
        db.commit()
    return path


def test_the_built_formats_hold_the_csvs(package: Path, tables: dict) -> None:  # type: ignore[type-arg]
    assert sqlite_failures(package / DATABASE, DATABASE, tables) == []
    assert xlsx_failures(package / WORKBOOK, WORKBOOK, tables) == []


@pytest.mark.parametrize(
    ("sql", "detail"),
    [
        ("DELETE FROM results WHERE rowid = (SELECT max(rowid) FROM results)", r"\d+ rows where the CSV has \d+"),
        ("INSERT INTO results SELECT contest_id, 'extra', option_type, option_name, votes, trust"
         " FROM results LIMIT 1", r"\d+ rows where the CSV has \d+"),
        ("UPDATE results SET votes = votes + 1 WHERE rowid = 2", r"row 2, column votes: \d+ where the CSV has \d+"),
    ],
    ids=["a row less", "a row more", "a vote changed"],
)  # fmt: skip
def test_a_tampered_database_is_named(
    package: Path,
    tables: dict,  # type: ignore[type-arg]
    tmp_path: Path,
    sql: str,
    detail: str,
) -> None:
    failures = sqlite_failures(_tampered_database(package, tmp_path, sql), DATABASE, tables)
    assert [(f.table, f.rule) for f in failures] == [("results", "sqlite:differs")]
    assert re.search(detail, failures[0].detail), failures[0].detail


def test_a_workbook_row_changed_in_its_xml_is_read_cell_by_cell(
    package: Path,
    tables: dict,  # type: ignore[type-arg]
    tmp_path: Path,
) -> None:
    path = tmp_path / "copy.xlsx"
    with zipfile.ZipFile(package / WORKBOOK) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet2.xml":  # contests
                data = data.replace(b'<row r="2">', b'<row r="2"><c r="Z2"><v>1</v></c>', 1)
            target.writestr(info, data)
    failures = xlsx_failures(path, WORKBOOK, tables)
    assert [(f.table, f.rule) for f in failures] == [("contests", "xlsx:differs")]
