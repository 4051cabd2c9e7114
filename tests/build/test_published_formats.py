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


@pytest.mark.parametrize(
    ("value", "rule", "detail"),
    [
        ("'many'", "sqlite:unreadable", "values of the wrong type"),
        ("2.5", "sqlite:differs", "row 3, column votes: "),
    ],
    ids=["text", "a fraction"],
)
def test_a_vote_of_another_type_is_named(
    package: Path,
    tables: dict,  # type: ignore[type-arg]
    tmp_path: Path,
    value: str,
    rule: str,
    detail: str,
) -> None:
    # the Arrow reader turns a column of integers with a text or a fraction in it into
    # text or floats: not the CSV's frame, so the rows are read the Python way
    sql = f"UPDATE results SET votes = {value} WHERE rowid = 3"
    failures = sqlite_failures(_tampered_database(package, tmp_path, sql), DATABASE, tables)
    assert [(f.table, f.rule) for f in failures] == [("results", rule)]
    assert detail in failures[0].detail, failures[0].detail


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


@pytest.mark.parametrize("where", [0.5, 0.999], ids=["inside the data", "near its end"])
def test_a_workbook_with_damaged_compressed_bytes_is_unreadable_not_a_traceback(
    package: Path,
    tables: dict,  # type: ignore[type-arg]
    tmp_path: Path,
    where: float,
) -> None:
    path = tmp_path / "copy.xlsx"
    data = bytearray((package / WORKBOOK).read_bytes())
    with zipfile.ZipFile(package / WORKBOOK) as book:
        info = book.getinfo("xl/worksheets/sheet1.xml")  # the flat results
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    at = start + int(info.compress_size * where)
    data[at : at + 4] = bytes(b ^ 0x5A for b in data[at : at + 4])
    path.write_bytes(data)
    failures = xlsx_failures(path, WORKBOOK, tables)
    assert [(f.table, f.rule) for f in failures] == [("xlsx", "xlsx:unreadable")], failures
    assert "sheet results" in failures[0].detail


def test_the_database_is_proved_without_reading_it_back_value_by_value(
    package: Path,
    tables: dict,  # type: ignore[type-arg]
) -> None:
    from kzvotes.publish.formats.formulas import stored_values
    from kzvotes.publish.formats.sqlite import sql_frame
    from kzvotes.publish.published import _sqlite_holds

    for table in TABLE_NAMES:
        stored = sql_frame(table, stored_values(tables[table]))
        assert _sqlite_holds(package / DATABASE, table, stored), table


def test_a_null_mark_stored_as_text_is_no_null(
    package: Path,
    tables: dict,  # type: ignore[type-arg]
    tmp_path: Path,
) -> None:
    path = _tampered_database(
        package, tmp_path,
        "UPDATE parties SET successor_party_id = char(30) WHERE rowid ="
        " (SELECT min(rowid) FROM parties WHERE successor_party_id IS NULL)",
    )  # fmt: skip
    failures = sqlite_failures(path, DATABASE, tables)
    assert [(f.table, f.rule) for f in failures] == [("parties", "sqlite:differs")]
    assert "column successor_party_id" in failures[0].detail


def test_values_that_join_to_the_same_text_still_differ(
    package: Path,
    tables: dict,  # type: ignore[type-arg]
    tmp_path: Path,
) -> None:
    import polars as pl

    names = tables["parties"]["name_en"].to_list()
    csv_side = tables | {
        "parties": tables["parties"].with_columns(pl.Series("name_en", ["A\x1fB", "C", *names[2:]]))
    }
    path = _tampered_database(
        package, tmp_path,
        "UPDATE parties SET name_en = CASE rowid WHEN 1 THEN 'A' ELSE 'B' || char(31) || 'C' END"
        " WHERE rowid IN (1, 2)",
    )  # fmt: skip
    failures = sqlite_failures(path, DATABASE, csv_side)
    assert [(f.table, f.rule) for f in failures] == [("parties", "sqlite:differs")]
    assert "row 1, column name_en: 'A' where the CSV has 'A\\x1fB'" in failures[0].detail


def test_a_workbook_just_written_from_the_same_frames_is_not_read_back_unless_changed(
    tables: dict,  # type: ignore[type-arg]
    tmp_path: Path,
) -> None:
    from kzvotes.publish.formats.xlsx import sheet_sources, write_xlsx
    from kzvotes.publish.written import written_from

    path = tmp_path / "book.xlsx"
    write_xlsx(tables, path, created="2026-11-27T00:00:00Z")
    assert written_from(path, sheet_sources(dict(tables)))  # the frames count, not the mapping
    reread = {t: df.clone() for t, df in tables.items()}
    assert not written_from(path, sheet_sources(reread))
    assert xlsx_failures(path, WORKBOOK, tables, trust_written=True) == []
    with zipfile.ZipFile(path, "a") as book:
        book.writestr("extra.txt", "not from the frames")
    assert not written_from(path, sheet_sources(tables))
    failures = xlsx_failures(path, WORKBOOK, reread, trust_written=True)
    assert failures == []  # the sheets still hold the rows: read back and compared


def test_a_digest_recorded_for_the_descriptor_is_forgotten_when_the_file_changes(
    tmp_path: Path,
) -> None:
    from kzvotes.publish.package import _file_info, sha256_file
    from kzvotes.publish.written import recorded_digest

    path = tmp_path / "data.csv"
    path.write_text("a\n1\n", encoding="utf-8")
    info = _file_info(tmp_path, "data.csv")
    assert info["hash"] == f"sha256:{recorded_digest(path)}" == f"sha256:{sha256_file(path)}"
    path.write_text("a\n22\n", encoding="utf-8")
    assert recorded_digest(path) is None
    path.unlink()
    assert recorded_digest(path) is None


def test_a_build_check_reads_back_a_file_changed_after_it_was_written(
    package: Path,
    tables: dict,  # type: ignore[type-arg]
    tmp_path: Path,
) -> None:
    from kzvotes.errors import ValidationFailed
    from kzvotes.publish.datadict import render_readme
    from kzvotes.publish.package import write_package
    from kzvotes.publish.validate import validate_package

    def tamper_then_check(staging: Path) -> None:
        validate_package(staging, gated=tables)  # as written: valid, nothing read back
        with closing(sqlite3.connect(staging / DATABASE)) as db:
            db.execute("UPDATE results SET votes = votes + 1 WHERE rowid = 2")
            db.commit()
        validate_package(staging, gated=tables)

    with pytest.raises(ValidationFailed) as caught:
        write_package(
            tmp_path / "kz-akim-elections", tables, version="0.1.0",
            created="2026-11-27T00:00:00Z", sources=[], readme=render_readme,
            check=tamper_then_check,
        )  # fmt: skip
    rules = {(f.table, f.rule) for f in caught.value.failures}
    assert {("sqlite", "file:hash"), ("results", "sqlite:differs")} <= rules, rules
    assert not (tmp_path / "kz-akim-elections").exists()


def test_an_error_while_the_csvs_are_read_ends_the_database_check(
    package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kzvotes.publish import validate

    read = validate.read_table_checked

    def failing(path: Path, table: str) -> object:
        if table == "facts":
            raise RuntimeError("a reader that breaks")
        return read(path, table)

    monkeypatch.setattr(validate, "read_table_checked", failing)
    with pytest.raises(RuntimeError, match="a reader that breaks"):  # raised, not waited on
        validate.validate_package(package)


def test_a_missing_csv_is_named_and_the_database_checked_for_the_others(
    package: Path, tmp_path: Path
) -> None:
    import shutil

    from kzvotes.errors import ValidationFailed
    from kzvotes.publish.validate import validate_package

    copy = tmp_path / "package"
    shutil.copytree(package, copy)
    (copy / "data" / "facts.csv").unlink()
    with closing(sqlite3.connect(copy / DATABASE)) as db:
        db.execute("UPDATE results SET votes = votes + 1 WHERE rowid = 2")
        db.commit()
    with pytest.raises(ValidationFailed) as caught:
        validate_package(copy)
    rules = {(f.table, f.rule) for f in caught.value.failures}
    assert {("facts", "file:missing"), ("results", "sqlite:differs")} <= rules, rules


@pytest.mark.parametrize(
    ("change", "failed"),
    [("* (1 + 1e-15)", False), ("+ 0.01", True)],
    ids=["last digits", "a hundredth"],
)
def test_a_float_in_the_database_may_differ_in_its_last_digits_only(
    package: Path,
    tables: dict,  # type: ignore[type-arg]
    tmp_path: Path,
    change: str,
    failed: bool,
) -> None:
    sql = f"UPDATE contests SET turnout_pct = turnout_pct {change} WHERE turnout_pct > 0"
    failures = sqlite_failures(_tampered_database(package, tmp_path, sql), DATABASE, tables)
    assert [(f.table, f.rule) for f in failures] == (
        [("contests", "sqlite:differs")] if failed else []
    )
