"""What a package publishes, held against its descriptor and against its CSVs.

Every file the descriptor lists (CSV, Parquet, SQLite, XLSX) must exist with the recorded
size and sha256; then every other format must hold the CSVs' rows: Parquet and SQLite every
table, the workbook its sheets (:data:`kzvotes.formats.xlsx.WORKBOOK_TABLES` and the flat
results sheet). The CSVs are the reference because they are what frictionless and most
readers see; a CSV text cell that starts like a formula carries a quote prefix
(:mod:`kzvotes.formats.formulas`), so the other formats are compared after the same prefix.
Each difference is a :class:`~kzvotes.errors.Failure` naming the file, the table and the
first row that differs.
"""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kzvotes.errors import Failure

if TYPE_CHECKING:
    import polars as pl

_EXCEL_EPOCH = dt.date(1899, 12, 30)


def listed_files(descriptor: Mapping[str, Any]) -> list[tuple[str, str, Mapping[str, Any]]]:
    """``(table or format, path, entry with bytes and hash)`` of every file the descriptor lists."""
    files = []
    for resource in descriptor.get("resources", []):
        files.append((resource["name"], resource["path"], resource))
        parquet = resource.get("kzvotes:parquet")
        if isinstance(parquet, dict):
            files.append((resource["name"], str(parquet.get("path", "")), parquet))
    formats = descriptor.get("kzvotes:formats")
    for entry in formats if isinstance(formats, list) else []:
        if isinstance(entry, dict):
            files.append((str(entry.get("name", "format")), str(entry.get("path", "")), entry))
    return files


def file_failures(package_dir: Path, descriptor: Mapping[str, Any]) -> list[Failure]:
    """Each listed file exists, inside the package, with its recorded size and sha256."""
    from kzvotes.package import sha256_file

    failures = []
    root = package_dir.resolve()
    for owner, relative, entry in listed_files(descriptor):
        path = package_dir / relative
        if not relative or not path.resolve().is_relative_to(root):
            failures.append(Failure(owner, "file:path", f"{relative!r} is not inside the package"))
            continue
        if not path.is_file():
            failures.append(Failure(owner, "file:missing", f"{relative} is missing"))
            continue
        size, recorded_size = path.stat().st_size, entry.get("bytes")
        if size != recorded_size:
            failures.append(
                Failure(
                    owner,
                    "file:bytes",
                    f"{relative} has {size} bytes, the descriptor says {recorded_size}",
                )
            )
        digest, recorded = f"sha256:{sha256_file(path)}", entry.get("hash")
        if digest != recorded:
            failures.append(
                Failure(
                    owner, "file:hash", f"{relative} has {digest}, the descriptor says {recorded}"
                )
            )
    return failures


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return a == b or (math.isnan(a) and math.isnan(b)) or math.isclose(a, b, rel_tol=1e-12)
    return bool(a == b) and type(a) is type(b)


def first_difference(
    expected: Sequence[Sequence[Any]], found: Sequence[Sequence[Any]], columns: Sequence[str]
) -> str | None:
    """Where two row lists first differ, in words; None when they hold the same rows."""
    for number, (want, got) in enumerate(zip(expected, found, strict=False), start=1):
        for column, a, b in zip(columns, want, got, strict=False):
            if not _same(a, b):
                return f"row {number}, column {column}: {b!r} where the CSV has {a!r}"
        if len(want) != len(got):
            return f"row {number}: {len(got)} cells where the CSV has {len(want)}"
    if len(expected) != len(found):
        return f"{len(found)} rows where the CSV has {len(expected)}"
    return None


def parquet_failures(
    package_dir: Path, descriptor: Mapping[str, Any], csv_tables: Mapping[str, pl.DataFrame]
) -> list[Failure]:
    """Each Parquet file holds its CSV twin's rows."""
    import polars as pl

    from kzvotes.formats.formulas import neutralised

    failures = []
    for resource in descriptor["resources"]:
        name, info = resource["name"], resource.get("kzvotes:parquet")
        if not isinstance(info, dict) or name not in csv_tables:
            continue
        path = package_dir / str(info.get("path", ""))
        if not path.is_file():
            continue  # reported by file_failures
        try:
            parquet = neutralised(pl.read_parquet(path))
        except (pl.exceptions.PolarsError, OSError, ValueError) as err:
            failures.append(Failure(name, "parquet:unreadable", f"{info['path']}: {err}"))
            continue
        reference = csv_tables[name]
        if parquet.columns != reference.columns or parquet.schema != reference.schema:
            failures.append(
                Failure(
                    name,
                    "parquet:differs",
                    f"{info['path']}: columns or types differ from {resource['path']}",
                )
            )
        elif not parquet.equals(reference):
            where = first_difference(reference.rows(), parquet.rows(), reference.columns)
            failures.append(
                Failure(
                    name,
                    "parquet:differs",
                    f"{info['path']} differs from {resource['path']}: {where}",
                )
            )
    return failures


def sqlite_failures(
    path: Path, relative: str, csv_tables: Mapping[str, pl.DataFrame]
) -> list[Failure]:
    """Every table of the database holds its CSV's rows."""
    from kzvotes.formats.formulas import neutralised
    from kzvotes.formats.sqlite import read_sqlite_table, sql_frame

    failures = []
    for table, reference in csv_tables.items():
        expected = sql_frame(table, reference)
        try:
            stored = neutralised(read_sqlite_table(path, table, expected))
        except (sqlite3.Error, ValueError) as err:
            failures.append(
                Failure(table, "sqlite:unreadable", f"{relative}: table {table}: {err}")
            )
            if isinstance(err, sqlite3.DatabaseError) and "not a database" in str(err):
                break
            continue
        if not stored.equals(expected):
            where = first_difference(expected.rows(), stored.rows(), expected.columns)
            failures.append(
                Failure(
                    table, "sqlite:differs", f"{relative} differs from data/{table}.csv: {where}"
                )
            )
    return failures


def _workbook_form(df: pl.DataFrame) -> list[tuple[Any, ...]]:
    """The rows of ``df`` as the workbook reader returns them: numbers as floats, dates
    as Excel day numbers, times as ISO text."""
    import polars as pl

    casts = []
    for name, dtype in df.schema.items():
        column = pl.col(name)
        if dtype == pl.Date:
            casts.append((column - pl.lit(_EXCEL_EPOCH)).dt.total_days().cast(pl.Float64))
        elif isinstance(dtype, pl.Datetime):
            casts.append(column.dt.strftime("%Y-%m-%dT%H:%M:%SZ"))
        elif dtype.is_numeric():
            casts.append(column.cast(pl.Float64))
        else:
            casts.append(column)
    return df.select(casts).rows()


def xlsx_failures(
    path: Path, relative: str, csv_tables: Mapping[str, pl.DataFrame]
) -> list[Failure]:
    """The workbook has its sheets, and each holds the rows of its CSV (or, for the flat
    results sheet, of the same join of the CSVs)."""
    from kzvotes.formats.formulas import neutralise_text, neutralised
    from kzvotes.formats.xlsx import (
        ABOUT_SHEET,
        FLAT_COLUMNS,
        FLAT_SHEET,
        WORKBOOK_TABLES,
        flat_results,
    )

    try:
        sheets = _read_workbook(path)
    except ValueError as err:
        return [Failure("xlsx", "xlsx:unreadable", f"{relative}: {err}")]
    expected_names = [FLAT_SHEET, *WORKBOOK_TABLES, ABOUT_SHEET]
    if list(sheets) != expected_names:
        return [
            Failure(
                "xlsx",
                "xlsx:sheets",
                f"{relative} has sheets {list(sheets)}, expected {expected_names}",
            )
        ]
    failures = []
    frames = {FLAT_SHEET: neutralised(flat_results(csv_tables))}
    frames |= {table: csv_tables[table] for table in WORKBOOK_TABLES}
    for sheet, frame in frames.items():
        rows = sheets[sheet]
        header = [t for _, t in FLAT_COLUMNS] if sheet == FLAT_SHEET else frame.columns
        if not rows or [str(c) for c in rows[0]] != list(header):
            failures.append(
                Failure(
                    sheet,
                    "xlsx:header",
                    f"{relative}, sheet {sheet}: header differs from the CSV's",
                )
            )
            continue
        width = len(header)
        found = [
            [
                neutralise_text(c) if isinstance(c, str) else c
                for c in [*row, *[None] * (width - len(row))]
            ]
            for row in rows[1:]
        ]
        where = first_difference(_workbook_form(frame), found, frame.columns)
        if where:
            failures.append(Failure(sheet, "xlsx:differs", f"{relative}, sheet {sheet}: {where}"))
    return failures


def _read_workbook(path: Path) -> dict[str, list[list[Any]]]:
    from kzvotes.errors import PackageError
    from kzvotes.formats.xlsx_read import read_sheets

    try:
        return read_sheets(path)
    except PackageError as err:  # a zip bomb or unsafe entry, refused before reading
        raise ValueError(str(err)) from None
