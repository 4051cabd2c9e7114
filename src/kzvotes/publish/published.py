"""What a package publishes, held against its descriptor and against its CSVs.

Every file the descriptor lists (CSV, Parquet, SQLite, XLSX) must exist with the recorded
size and sha256; then every other format must hold the CSVs' rows: Parquet and SQLite every
table, the workbook its sheets (:data:`kzvotes.publish.formats.xlsx.WORKBOOK_TABLES` and the flat
results sheet). The CSVs are the reference because they are what frictionless and most
readers see; a CSV text cell that starts like a formula carries a quote prefix
(:mod:`kzvotes.publish.formats.formulas`), so the other formats are compared after the same prefix.
Each difference is a :class:`~kzvotes.errors.Failure` naming the file, the table and the
first row that differs. A database is first compared as frames that SQLite's ADBC driver
reads into Arrow (:func:`_sqlite_holds`); its rows are read back as Python values only to say
where it differs.
"""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kzvotes.errors import Failure, PackageError

if TYPE_CHECKING:
    import polars as pl

    from kzvotes.publish.formats.xlsx_read import Workbook

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


def file_failures(
    package_dir: Path, descriptor: Mapping[str, Any], *, trust_written: bool = False
) -> list[Failure]:
    """Each listed file exists, inside the package, with its recorded size and sha256.

    ``trust_written``: a file unchanged since this process took its digest for the
    descriptor keeps that digest (:mod:`kzvotes.publish.written`)."""
    from kzvotes.publish.package import sha256_files
    from kzvotes.publish.written import recorded_digest

    failures, present = [], []
    root = package_dir.resolve()
    for owner, relative, entry in listed_files(descriptor):
        path = package_dir / relative
        if not relative or not path.resolve().is_relative_to(root):
            failures.append(Failure(owner, "file:path", f"{relative!r} is not inside the package"))
        elif not path.is_file():
            failures.append(Failure(owner, "file:missing", f"{relative} is missing"))
        else:
            present.append((owner, relative, entry, path))
    known = {path: recorded_digest(path) if trust_written else None for *_, path in present}
    digests = sha256_files(path for path, digest in known.items() if digest is None)
    for owner, relative, entry, path in present:
        size, recorded_size = path.stat().st_size, entry.get("bytes")
        if size != recorded_size:
            failures.append(
                Failure(
                    owner,
                    "file:bytes",
                    f"{relative} has {size} bytes, the descriptor says {recorded_size}",
                )
            )
        digest, recorded = f"sha256:{known[path] or digests[path]}", entry.get("hash")
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
    expected: Sequence[Sequence[Any]],
    found: Sequence[Sequence[Any]],
    columns: Sequence[str],
    offset: int = 0,
) -> str | None:
    """Where two row lists first differ, in words (rows counted from 1 after ``offset``);
    None when they hold the same rows."""
    for number, (want, got) in enumerate(zip(expected, found, strict=False), start=offset + 1):
        for column, a, b in zip(columns, want, got, strict=False):
            if not _same(a, b):
                return f"row {number}, column {column}: {b!r} where the CSV has {a!r}"
        if len(want) != len(got):
            return f"row {number}: {len(got)} cells where the CSV has {len(want)}"
    if len(expected) != len(found):
        return f"{len(found)} rows where the CSV has {len(expected)}"
    return None


def parquet_failures(
    package_dir: Path,
    descriptor: Mapping[str, Any],
    csv_tables: Mapping[str, pl.DataFrame],
    *,
    trust_written: bool = False,
    values: Mapping[str, pl.DataFrame | None] | None = None,
) -> list[Failure]:
    """Each Parquet file holds its CSV twin's rows. ``trust_written``: a file this process
    has just written from the CSV's own frame is not read back (:mod:`kzvotes.publish.written`).
    ``values``: the :func:`~kzvotes.publish.formats.formulas.stored_values` of the CSVs, when
    the caller has them; a file equal to them holds the CSV's rows, and only a file that is
    not is read cell by cell."""
    import polars as pl

    from kzvotes.publish.formats.formulas import neutralised, stored_values
    from kzvotes.publish.written import written_from

    failures = []
    for resource in descriptor["resources"]:
        name, info = resource["name"], resource.get("kzvotes:parquet")
        if not isinstance(info, dict) or name not in csv_tables:
            continue
        path = package_dir / str(info.get("path", ""))
        if not path.is_file():
            continue  # reported by file_failures
        if trust_written and written_from(path, [csv_tables[name]]):
            continue
        try:
            stored = pl.read_parquet(path)
        except (pl.exceptions.PolarsError, OSError, ValueError) as err:
            failures.append(Failure(name, "parquet:unreadable", f"{info['path']}: {err}"))
            continue
        reference = csv_tables[name]
        kept = values[name] if values is not None else stored_values(reference)
        if kept is not None and stored.equals(kept):
            continue
        parquet = neutralised(stored)
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
    path: Path,
    relative: str,
    csv_tables: Mapping[str, pl.DataFrame],
    *,
    values: Mapping[str, pl.DataFrame | None] | None = None,
) -> list[Failure]:
    """Every table of the database holds its CSV's rows (read a block at a time, so memory
    does not grow with the package). ``values``: as for :func:`parquet_failures`."""
    from kzvotes.publish.formats.formulas import stored_values

    return sqlite_tables_failures(
        path,
        relative,
        (
            (table, df, values[table] if values is not None else stored_values(df))
            for table, df in csv_tables.items()
        ),
    )


def sqlite_tables_failures(
    path: Path, relative: str, tables: Iterable[tuple[str, pl.DataFrame, pl.DataFrame | None]]
) -> list[Failure]:
    """:func:`sqlite_failures` of ``(table, CSV frame, its stored values)``, one table after
    the other as ``tables`` gives them: a caller may still be reading the next CSV."""
    failures = []
    for table, reference, kept in tables:
        try:
            where = _sqlite_difference(path, table, reference, kept)
        except (sqlite3.Error, ValueError) as err:
            failures.append(
                Failure(table, "sqlite:unreadable", f"{relative}: table {table}: {err}")
            )
            if isinstance(err, sqlite3.DatabaseError) and "not a database" in str(err):
                break
            continue
        if where:
            failures.append(
                Failure(
                    table, "sqlite:differs", f"{relative} differs from data/{table}.csv: {where}"
                )
            )
    return failures


def _sqlite_difference(
    path: Path, table: str, reference: pl.DataFrame, kept: pl.DataFrame | None
) -> str | None:
    from kzvotes.publish.formats.sqlite import sql_frame

    if kept is not None and _sqlite_holds(path, table, sql_frame(table, kept)):
        return None
    return _sqlite_first_difference(path, table, sql_frame(table, reference))


def _sqlite_holds(path: Path, table: str, stored: pl.DataFrame) -> bool:
    """True when the table holds the rows of ``stored`` (a
    :func:`~kzvotes.publish.formats.sqlite.sql_frame` of the values themselves), in order,
    with their types, proved without a Python value per cell: the declared column types
    (SQLite's type affinity then fixes how a value is stored), then the rows read into
    Arrow in C, a block at a time (:func:`~kzvotes.publish.formats.sqlite.read_sqlite_frames`),
    each equal to the same rows of ``stored`` as a frame. False says only "not proved":
    :func:`_sqlite_first_difference` then says where they differ, if they do."""
    import adbc_driver_manager

    from kzvotes.publish.formats.sqlite import SQL_TYPES, declared_types, read_sqlite_frames
    from kzvotes.schema import load_table_schema

    fields = load_table_schema(table)["fields"]
    if declared_types(path, table) != {f["name"]: SQL_TYPES[f["type"]] for f in fields}:
        return False
    offset = 0
    try:
        for block in read_sqlite_frames(path, table, stored):
            if not _same_rows(stored.slice(offset, block.height), block):
                return False
            offset += block.height
    except adbc_driver_manager.Error:
        return False  # read the Python way, to say what is wrong
    return offset == stored.height


def _same_rows(expected: pl.DataFrame, found: pl.DataFrame) -> bool:
    """True when ``found`` holds ``expected``'s rows: equal frames, or equal but for float
    columns that differ only in their last digits (as :func:`first_difference` counts)."""
    if found.equals(expected):
        return True
    floats = [name for name, dtype in expected.schema.items() if dtype.is_float()]
    if not floats or found.schema != expected.schema:
        return False
    if not found.drop(floats).equals(expected.drop(floats)):
        return False
    return not bool(_differing_floats(expected.select(floats), found.select(floats)).any())


def _differing_floats(expected: pl.DataFrame, found: pl.DataFrame) -> pl.Series:
    """Per row, whether a float column differs beyond the last digits (or in nullness)."""
    import polars as pl

    differs = []
    for name in expected.columns:
        a, b = expected[name], found[name]
        close = ((a - b).abs() <= a.abs() * 1e-12) | (a.is_nan() & b.is_nan())
        differs.append((~((a.is_null() & b.is_null()) | close.fill_null(False))).alias(name))
    return pl.DataFrame(differs).select(pl.any_horizontal(pl.all())).to_series()


def _sqlite_first_difference(path: Path, table: str, expected: pl.DataFrame) -> str | None:
    """Where the table first differs from ``expected``, read back as Python values."""
    from kzvotes.publish.formats.formulas import neutralised
    from kzvotes.publish.formats.sqlite import read_sqlite_blocks

    offset = 0
    for block in read_sqlite_blocks(path, table, expected):
        stored, wanted = neutralised(block), expected.slice(offset, block.height)
        if stored.equals(wanted):
            offset += block.height
            continue
        n = min(wanted.height, stored.height)
        where = first_difference(
            wanted.head(n).rows(), stored.head(n).rows(), expected.columns, offset
        )
        if where or wanted.height == stored.height:
            return where or f"rows {offset + 1} to {offset + n} differ"
        break  # the CSV ends inside this block, the database goes on
    count = _row_count(path, table)
    return None if count == expected.height else f"{count} rows where the CSV has {expected.height}"


def _row_count(path: Path, table: str) -> int:
    from contextlib import closing

    from kzvotes.publish.formats.sqlite import quote

    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
        return int(db.execute(f"SELECT count(*) FROM {quote(table)}").fetchone()[0])


def _workbook_form(df: pl.DataFrame) -> pl.DataFrame:
    """``df`` as the workbook holds it: numbers as floats, dates as Excel day numbers, times
    as ISO text, formula-like text as its CSV twin shows it."""
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
    return df.select(casts)


_TEXT_KINDS = ("inlineStr", "s", "str")


def _sheet_values(cells: pl.DataFrame, expected: pl.DataFrame) -> pl.DataFrame:
    """The body of a sheet (its cells below the header) as a frame shaped like ``expected``;
    a cell of the wrong kind (text where a number belongs) is flagged in ``_wrong_kind``."""
    import polars as pl

    from kzvotes.publish.formats.formulas import neutralise_expr

    body = cells.filter(pl.col("row") > 1)
    index = pl.DataFrame({"row": pl.int_range(2, expected.height + 2, eager=True)})
    wide = index.join(
        body.pivot(on="col", index="row", values=["kind", "text"], aggregate_function="first")
        if body.height
        else index,
        on="row",
        how="left",
    )
    values, wrong = [], []
    for position, (name, dtype) in enumerate(expected.schema.items()):
        kind, text = f"kind_{position}", f"text_{position}"
        if kind not in wide.columns:
            wide = wide.with_columns(
                pl.lit(None, pl.String).alias(kind), pl.lit(None, pl.String).alias(text)
            )
        if dtype == pl.String:
            wanted = pl.col(kind).is_in(_TEXT_KINDS)
            value = pl.when(wanted).then(neutralise_expr(pl.col(text)))
        elif dtype == pl.Boolean:
            wanted = pl.col(kind) == "b"
            value = pl.when(wanted).then(pl.col(text) == "1")
        else:
            wanted = (pl.col(kind) == "n") & pl.col(text).cast(
                pl.Float64, strict=False
            ).is_not_null()
            value = pl.when(wanted).then(pl.col(text).cast(pl.Float64, strict=False))
        values.append(value.alias(name))
        wrong.append(pl.col(kind).is_not_null() & ~wanted)
    return wide.select(*values, pl.any_horizontal(wrong).alias("_wrong_kind"))


def _differing_rows(expected: pl.DataFrame, found: pl.DataFrame) -> pl.Series:
    import polars as pl

    differs = [found["_wrong_kind"]]
    for name, dtype in expected.schema.items():
        a, b = expected[name], found[name]
        if dtype == pl.Float64:
            close = (a - b).abs() <= (a.abs() * 1e-12)
            differs.append(~((a.is_null() & b.is_null()) | close.fill_null(False)))
        else:
            differs.append(a.ne_missing(b))
    named = [d.alias(f"_{i}") for i, d in enumerate(differs)]
    return pl.DataFrame(named).select(pl.any_horizontal(pl.all())).to_series()


def sheet_difference(cells: pl.DataFrame, header: list[str], frame: pl.DataFrame) -> str | None:
    """Where a sheet's cells first differ from ``frame`` (headed by ``header``), in words."""
    import polars as pl

    head = cells.filter(pl.col("row") == 1).sort("col")
    if head["col"].to_list() != list(range(len(header))) or head["text"].to_list() != header:
        return f"header {head['text'].to_list()}, expected {header}"
    outside = cells.filter((pl.col("row") > frame.height + 1) | (pl.col("col") >= len(header)))
    if outside.height:
        row, col = outside.row(0)[:2]
        return f"{frame.height} rows and {len(header)} columns expected; a cell at row {row - 1}, column {col + 1}"
    if not frame.height:
        return None  # a header alone, and nothing outside it
    expected = _workbook_form(frame)
    found = _sheet_values(cells, expected)
    differs = _differing_rows(expected, found)
    if not differs.any():
        return None
    first = int(differs.arg_true()[0])
    return first_difference(
        [expected.row(first)],
        [found.drop("_wrong_kind").row(first)],
        expected.columns,
        offset=first,
    )


def _same_bytes(data: bytes | bytearray, start: int, end: int, blocks: Iterable[bytes]) -> bool:
    """True when ``data[start:end]`` is the blocks one after another (compared a block at a
    time, so the rendering is never held whole; ``startswith`` compares in place, where
    a memoryview compares byte by byte in Python's object layer)."""
    position = start
    for block in blocks:
        if position + len(block) > end or not data.startswith(block, position):
            return False
        position += len(block)
    return position == end


def xlsx_failures(
    path: Path,
    relative: str,
    csv_tables: Mapping[str, pl.DataFrame],
    *,
    trust_written: bool = False,
) -> list[Failure]:
    """The workbook has its sheets, and each holds the rows of its CSV (or, for the flat
    results sheet, of the same join of the CSVs).

    A sheet whose rows are, byte for byte, the XML the writer renders for the CSV's rows
    (:mod:`kzvotes.publish.formats.xlsx_rows`) holds them; only its header is then read cell by
    cell. Any other sheet is read whole, to say where it differs. ``trust_written``: a
    workbook this process has just written from these very frames is not read back
    (:mod:`kzvotes.publish.written`).
    """
    from kzvotes.publish.formats.xlsx import sheet_sources
    from kzvotes.publish.formats.xlsx_read import Workbook
    from kzvotes.publish.written import written_from

    if trust_written and written_from(path, sheet_sources(csv_tables)):
        return []
    try:
        book = Workbook(path)
    except (PackageError, ValueError) as err:  # PackageError: a zip bomb, refused unread
        return [Failure("xlsx", "xlsx:unreadable", f"{relative}: {err}")]
    with book:
        return _sheets_failures(book, relative, csv_tables)


def _sheets_failures(
    book: Workbook, relative: str, csv_tables: Mapping[str, pl.DataFrame]
) -> list[Failure]:
    """:func:`xlsx_failures` of an open :class:`~kzvotes.publish.formats.xlsx_read.Workbook`,
    a sheet in memory at a time."""
    from kzvotes.publish.formats.formulas import restored
    from kzvotes.publish.formats.xlsx import ABOUT_SHEET, workbook_sheets
    from kzvotes.publish.formats.xlsx_read import cells_frame
    from kzvotes.publish.formats.xlsx_rows import rows_xml, workbook_styles

    sheets = workbook_sheets(csv_tables)
    expected_names = [*(name for name, _, _ in sheets), ABOUT_SHEET]
    if book.sheet_names != expected_names:
        return [
            Failure(
                "xlsx",
                "xlsx:sheets",
                f"{relative} has sheets {book.sheet_names}, expected {expected_names}",
            )
        ]
    written = [restored(frame) for _, _, frame in sheets]
    styles = workbook_styles(written)
    failures = []
    for (sheet, columns, frame), raw in zip(sheets, written, strict=True):
        header = [title for _, title, _ in columns]
        try:
            text, body = book.sheet(sheet), frame
        except ValueError as err:
            return [Failure("xlsx", "xlsx:unreadable", f"{relative}, sheet {sheet}: {err}")]
        start, end = text.find(b'<row r="2">'), text.rfind(b"</sheetData>")
        if (
            frame.height
            and 0 < start < end
            and _same_bytes(text, start, end, rows_xml(raw, styles))
        ):
            text, body = text[:start] + text[end:], frame.clear()
        try:
            where = sheet_difference(cells_frame(text.decode("utf-8"), book.shared), header, body)
        except (ValueError, UnicodeDecodeError) as err:
            return [Failure("xlsx", "xlsx:unreadable", f"{relative}, sheet {sheet}: {err}")]
        if where:
            failures.append(Failure(sheet, "xlsx:differs", f"{relative}, sheet {sheet}: {where}"))
    return failures
