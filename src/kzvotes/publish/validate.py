"""The gate every package passes, and what `kzvotes validate` runs on a published one.

The build's own gate runs on polars frames: pandera-polars for every table's types and
constraints (:func:`kzvotes.publish.table_gate.schema_failures`), a duplicate check for every primary key and an
anti-join for every foreign key (:func:`kzvotes.publish.table_gate.key_failures`), and the election arithmetic. On a
published package (:func:`validate_package`) the same gate runs on the CSVs read back, after
every listed file's size and sha256 and every other format's rows have been held against
them (:mod:`kzvotes.publish.published`), and with the cross-table arithmetic: results against
candidates and against-all counts, results within ballots cast, and the published checks
against the recomputed ones. Frictionless, the ecosystem's own validator, runs on demand
(``frictionless=True``; ``kzvotes validate --frictionless``) and in ``make test``.

Each check first tries a proof that there is nothing to report, in one polars query, or one
frame comparison per block of rows that SQLite's ADBC driver reads into Arrow
(:func:`kzvotes.publish.table_gate.schema_holds`, :func:`kzvotes.publish.published.sqlite_failures`); pandera, or the
value-by-value read, runs only when the proof fails, to name what is wrong. The CSVs are
read here one after the other while the pool's threads hash the files and hold the
database against each CSV as it comes, then the workbook against its tables as soon as
they are read (before the largest ones), then the Parquet files.
A build's check (``gated``) reads the CSVs back and takes the other files it has just
written from the same frames from :mod:`kzvotes.publish.written`; `kzvotes validate` reads
every file.

All failures are collected and reported at once as :class:`kzvotes.errors.Failure` rows
naming the table, the row's key or file line, and the rule.
"""

from __future__ import annotations

from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from queue import Queue
from typing import TYPE_CHECKING, Any

from kzvotes.errors import Failure, KzvotesError, ValidationFailed
from kzvotes.publish.arithmetic_gate import checks_failures, cross_table_failures
from kzvotes.publish.table_gate import frames_failures
from kzvotes.publish.table_read import read_table_checked
from kzvotes.schema import TABLE_NAMES, load_table_schema

if TYPE_CHECKING:
    import polars as pl


def frictionless_failures(package_dir: Path) -> list[Failure]:
    """Structure, types, keys and hashes of the CSV resources, checked by frictionless."""
    from frictionless import Package, system

    failures: list[Failure] = []
    with system.use_context(trusted=True):
        package = Package(str(package_dir / "datapackage.json"))
        report = package.validate()
    for task in report.tasks:
        for error in task.errors:
            row = getattr(error, "row_number", None)
            failures.append(Failure(
                table=task.name or "datapackage",
                rule=f"frictionless:{error.type}",
                detail=error.message,
                origin=f"{task.place} row {row}" if row else task.place,
            ))  # fmt: skip
    for error in report.errors:
        failures.append(Failure("datapackage", f"frictionless:{error.type}", error.message))
    return failures


def validate_package(
    package_dir: Path,
    *,
    frictionless: bool = False,
    gated: Mapping[str, pl.DataFrame] | None = None,
) -> None:
    """Run the whole gate on a built package folder; raise :class:`ValidationFailed`.

    ``gated``: the frames the package was written from, when they passed
    :func:`kzvotes.publish.table_gate.frames_failures` already (see there)."""
    from kzvotes.publish.diff import read_descriptor

    if not (package_dir / "datapackage.json").is_file():
        raise ValidationFailed(
            [Failure("datapackage", "missing", "no datapackage.json")], str(package_dir)
        )
    try:
        descriptor = read_descriptor(package_dir)
    except KzvotesError as err:
        raise ValidationFailed(
            [Failure("datapackage", "descriptor", str(err))], str(package_dir)
        ) from None
    # three workers beside this thread on two cores: the hashes, the database and the
    # workbook each hold a core for seconds, and whichever ends first leaves its core to
    # the others (they work without the GIL)
    with ThreadPoolExecutor(max_workers=3) as pool:
        failures = _checked_package(package_dir, descriptor, gated, pool)
    if frictionless:
        failures += frictionless_failures(package_dir)
    if failures:  # a missing file is found by its hash and by its read: named once
        raise ValidationFailed(list(dict.fromkeys(failures)), str(package_dir))


def _checked_package(
    package_dir: Path,
    descriptor: Mapping[str, Any],
    gated: Mapping[str, pl.DataFrame] | None,
    pool: ThreadPoolExecutor,
) -> list[Failure]:
    from kzvotes.publish.formats.formulas import stored_values
    from kzvotes.publish.formats.xlsx import SHEET_SOURCES
    from kzvotes.publish.published import file_failures

    # the files are hashed in the pool while the CSVs are read here: neither needs the other
    hashed = pool.submit(file_failures, package_dir, descriptor, trust_written=gated is not None)
    # the database is held against each CSV as soon as it is read (it is the longest
    # check); a build's check decides once every CSV is read (it may not read it at all)
    database, feed = (
        _database_check(pool, package_dir, descriptor) if gated is None else (None, None)
    )
    tables, values, read_failures, workbook = {}, {}, [], None
    try:
        for table in TABLE_NAMES:
            df, problems = read_table_checked(package_dir / "data" / f"{table}.csv", table)
            read_failures += problems
            if not problems:
                passed = (gated or {}).get(table)
                # the same rows: keep one copy of them (a decade's package is large)
                tables[table] = passed if passed is not None and df.equals(passed) else df
                if feed is not None:
                    # the values the other formats store, found once for the database and
                    # the Parquet files (one scan of the text); a build's check finds them
                    # only for a file it reads
                    values[table] = stored_values(tables[table])
                    feed.put((table, tables[table], values[table]))
            if workbook is None and all(t in tables for t in SHEET_SOURCES):
                # the workbook's tables come before the largest ones (facts, checks): its
                # check starts while those are read
                workbook = _workbook_check(pool, package_dir, descriptor, tables, gated is not None)
    finally:
        if feed is not None:
            feed.put(None)  # the end of the tables, whatever happened
    complete = len(tables) == len(TABLE_NAMES)
    # every CSV holds its gated frame: the files written from those frames are theirs
    written = complete and gated is not None and all(tables[t] is gated.get(t) for t in TABLE_NAMES)
    formats: list[Future[list[Failure]]] = []
    if complete:
        # held against the CSVs in the pool's threads (SQLite, polars and zlib work without
        # the GIL) while the tables are checked here
        found = values if feed is not None else None
        formats = _format_checks(pool, package_dir, descriptor, tables, found, written, database)
    elif database is not None:
        formats = [database]
    checked: list[Failure] = []
    if complete:
        checked = frames_failures(tables, gated)
        if not checked:
            checked = cross_table_failures(tables) + checks_failures(tables)
    failures = [*_descriptor_failures(descriptor), *hashed.result(), *read_failures, *checked]
    for check in [*formats, *([workbook] if workbook else [])]:
        failures += check.result()
    return failures


def _descriptor_failures(descriptor: Mapping[str, Any]) -> list[Failure]:
    """The descriptor lists every published table with its own schema, in order."""
    names = [r["name"] for r in descriptor["resources"]]
    if names != list(TABLE_NAMES):
        return [
            Failure("datapackage", "resources", f"tables {names}, expected {list(TABLE_NAMES)}")
        ]
    failures = []
    for resource in descriptor["resources"]:
        if resource["path"] != f"data/{resource['name']}.csv":
            failures.append(Failure(resource["name"], "descriptor", f"path {resource['path']!r}"))
        expected = load_table_schema(resource["name"])
        if [f["name"] for f in resource["schema"]["fields"]] != [
            f["name"] for f in expected["fields"]
        ]:
            failures.append(
                Failure(resource["name"], "descriptor", "schema fields differ from schemas/")
            )
    return failures


def _done(failures: list[Failure]) -> Future[list[Failure]]:
    future: Future[list[Failure]] = Future()
    future.set_result(failures)
    return future


def _format_file(
    package_dir: Path, descriptor: Mapping[str, Any], name: str
) -> tuple[Path, str] | Failure | None:
    """The path of the ``name`` file (sqlite, xlsx) of ``kzvotes:formats``; a failure when
    the descriptor lists none; None when it is not a file inside the package (reported by
    its hash check)."""
    listed = descriptor.get("kzvotes:formats")
    formats = {
        str(e.get("name")): e
        for e in (listed if isinstance(listed, list) else [])
        if isinstance(e, dict)
    }
    entry = formats.get(name)
    if entry is None:
        return Failure("datapackage", "formats", f"kzvotes:formats lists no {name} file")
    path, relative = package_dir / str(entry.get("path", "")), str(entry.get("path"))
    if not (path.is_file() and path.resolve().is_relative_to(package_dir.resolve())):
        return None
    return path, relative


def _workbook_check(
    pool: ThreadPoolExecutor,
    package_dir: Path,
    descriptor: Mapping[str, Any],
    tables: Mapping[str, pl.DataFrame],
    trust_written: bool,
) -> Future[list[Failure]]:
    """The workbook against the CSVs it is made of, started in ``pool``. ``trust_written``:
    a workbook this process has just written from these very frames is not read back."""
    from kzvotes.publish.published import xlsx_failures

    found = _format_file(package_dir, descriptor, "xlsx")
    if not isinstance(found, tuple):
        return _done([found] if found else [])
    path, relative = found
    return pool.submit(xlsx_failures, path, relative, dict(tables), trust_written=trust_written)


def _database_check(
    pool: ThreadPoolExecutor, package_dir: Path, descriptor: Mapping[str, Any]
) -> tuple[Future[list[Failure]] | None, Queue[Any] | None]:
    """The database's check, started in ``pool`` before any CSV is read, and the queue that
    feeds it: ``(table, CSV frame, its stored values)`` as each CSV is read, then None."""
    from kzvotes.publish.published import sqlite_tables_failures

    found = _format_file(package_dir, descriptor, "sqlite")
    if not isinstance(found, tuple):
        return (_done([found]) if found else None), None
    path, relative = found
    feed: Queue[Any] = Queue()
    return pool.submit(sqlite_tables_failures, path, relative, iter(feed.get, None)), feed


def _format_checks(
    pool: ThreadPoolExecutor,
    package_dir: Path,
    descriptor: Mapping[str, Any],
    tables: Mapping[str, pl.DataFrame],
    values: Mapping[str, pl.DataFrame | None] | None,
    written: bool = False,
    database: Future[list[Failure]] | None = None,
) -> list[Future[list[Failure]]]:
    """Parquet and SQLite against the CSVs, each started in ``pool`` unless ``database``
    is the database's check already under way; returned in the order their failures are
    reported. ``values``: the CSVs' :func:`~kzvotes.publish.formats.formulas.stored_values`
    (None: each check finds them for the files it reads).
    ``written``: ``tables`` are the frames this process has just written the package from;
    a file written from them and unchanged since is not read back
    (:mod:`kzvotes.publish.written`)."""
    from kzvotes.publish.published import parquet_failures, sqlite_failures
    from kzvotes.publish.written import written_from

    checks: list[Future[list[Failure]]] = []
    if database is not None:
        checks.append(database)
    else:
        found = _format_file(package_dir, descriptor, "sqlite")
        if isinstance(found, Failure):
            checks.append(_done([found]))
        elif found is not None:
            path, relative = found
            if not (written and written_from(path, [tables[t] for t in TABLE_NAMES])):
                checks.append(pool.submit(sqlite_failures, path, relative, tables, values=values))
    parquet = pool.submit(
        parquet_failures, package_dir, descriptor, tables, trust_written=written, values=values
    )
    return [parquet, *checks]
