"""The gate every package passes, and what `kzvotes validate` runs on a published one.

The build's own gate runs on polars frames: pandera-polars for every table's types and
constraints (:func:`schema_failures`), a duplicate check for every primary key and an
anti-join for every foreign key (:func:`key_failures`), and the election arithmetic. On a
published package (:func:`validate_package`) the same gate runs on the CSVs read back, after
every listed file's size and sha256 and every other format's rows have been held against
them (:mod:`kzvotes.publish.published`), and with the cross-table arithmetic: results against
candidates and against-all counts, results within ballots cast, and the published checks
against the recomputed ones. Frictionless, the ecosystem's own validator, runs on demand
(``frictionless=True``; ``kzvotes validate --frictionless``) and in ``make test``.

Each check first tries a proof that there is nothing to report, in one polars query, or one
frame comparison per block of rows that SQLite's ADBC driver reads into Arrow
(:func:`schema_holds`, :func:`kzvotes.publish.published.sqlite_failures`); pandera, or the
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

from collections.abc import Collection, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from queue import Queue
from typing import TYPE_CHECKING, Any

from kzvotes.errors import Failure, KzvotesError, ValidationFailed
from kzvotes.schema import TABLE_NAMES, load_table_schema, pandera_schema, polars_dtypes

if TYPE_CHECKING:
    import polars as pl

_MAX_LISTED = 20  # rows named per key failure before "and N more"


def schema_failures(table: str, df: pl.DataFrame) -> list[Failure]:
    """Every way ``df`` breaks the Table Schema of ``table`` (types, constraints, keys).

    pandera (:func:`kzvotes.schema.pandera_schema`) names the failures; when
    :func:`schema_holds` proves there is none, pandera is not asked (nor imported)."""
    if schema_holds(table, df):
        return []
    import pandera.errors

    try:
        pandera_schema(table).validate(df, lazy=True)
    except pandera.errors.SchemaErrors as err:
        return _failures_from_cases(table, df, err.failure_cases)
    return []


def schema_holds(table: str, df: pl.DataFrame) -> bool:
    """True when ``df`` keeps every rule of the pandera model of ``table``, checked as one
    polars query with the same predicates: column names, order and dtypes exactly,
    required columns without nulls, unique columns and the primary key without duplicates,
    and minimum, maximum, enum and pattern where a value is present (pandera lets nulls
    pass its checks). False says only "not proved"; pandera then says what is wrong."""
    import polars as pl

    schema = load_table_schema(table)
    if df.schema != pl.Schema(polars_dtypes(table)):
        return False
    kept: list[pl.Expr] = []
    for field in schema["fields"]:
        column, constraints = pl.col(field["name"]), field.get("constraints", {})
        if constraints.get("required"):
            kept.append(column.null_count() == 0)
        if constraints.get("unique"):
            kept.append(~column.is_duplicated().any())
        if "minimum" in constraints:
            kept.append((column >= constraints["minimum"]).fill_null(True).all())
        if "maximum" in constraints:
            kept.append((column <= constraints["maximum"]).fill_null(True).all())
        if "enum" in constraints:
            kept.append(column.is_in(constraints["enum"]).fill_null(True).all())
        if "pattern" in constraints:
            pattern = constraints["pattern"]  # anchored as pandera_schema anchors it
            pattern = pattern if pattern.startswith("^") else f"^(?:{pattern})$"
            kept.append(column.str.contains(pattern).fill_null(True).all())
    key = list(schema["primaryKey"])
    try:
        if not df.select(pl.all_horizontal(kept)).item():
            return False
        # a key in strictly rising order is unique without hashing every row (a build
        # writes its rows in key order); any other order is checked by hashing
        return _rising(df, key) or not df.select(pl.struct(key).is_duplicated().any()).item()
    except (pl.exceptions.PolarsError, TypeError, ValueError):
        return False


def _rising(df: pl.DataFrame, key: list[str]) -> bool:
    """True when every row's ``key`` is greater than the row's before it (column by
    column, as tuples compare); a null proves nothing."""
    import polars as pl

    later: pl.Expr = pl.lit(False)
    for name in reversed(key):  # (a, b) > (a', b') when a > a', or a = a' and b > b'
        column, before = pl.col(name), pl.col(name).shift(1)
        later = (column > before) | ((column == before) & later)
    return bool(df.select(later.slice(1).fill_null(False).all()).item())


def _failures_from_cases(table: str, df: pl.DataFrame, cases: pl.DataFrame) -> list[Failure]:
    key = load_table_schema(table)["primaryKey"]
    failures = []
    for case in cases.iter_rows(named=True):
        index = case.get("index")
        row_key = ""
        if index is not None and 0 <= index < df.height and all(k in df.columns for k in key):
            row_key = "|".join(str(df[k][index]) for k in key)
        failures.append(Failure(
            table=table,
            rule=f"schema:{case.get('check')}",
            detail=f"column {case.get('column')}: {case.get('failure_case')}",
            row_key=row_key,
            origin=f"data/{table}.csv line {index + 2}" if index is not None else "",
        ))  # fmt: skip
    return failures


def frames_failures(
    tables: Mapping[str, pl.DataFrame], gated: Mapping[str, pl.DataFrame] | None = None
) -> list[Failure]:
    """Schema and key failures of every table. A table equal to its frame in ``gated``
    (frames that already passed this gate, such as the ones a build has just written) is
    not schema-checked again: the same rows give the same findings; nor are the keys when
    every table is. A table without schema failures has a unique primary key (the
    pandera model holds it): only its foreign keys are checked then."""
    failures: list[Failure] = []
    same, unique = 0, set()
    for table in TABLE_NAMES:
        passed = (gated or {}).get(table)
        if passed is None or not (tables[table] is passed or tables[table].equals(passed)):
            found = schema_failures(table, tables[table])
            failures += found
        else:
            same, found = same + 1, []
        if not found:
            unique.add(table)
    if same == len(TABLE_NAMES):
        return failures
    return failures + key_failures(tables, unique_keys=unique)


def _listed(values: list[str]) -> str:
    more = f" and {len(values) - _MAX_LISTED} more" if len(values) > _MAX_LISTED else ""
    return ", ".join(values[:_MAX_LISTED]) + more


def key_failures(
    tables: Mapping[str, pl.DataFrame], *, unique_keys: Collection[str] = ()
) -> list[Failure]:
    """Duplicate primary keys, and foreign keys that point at no row (nulls point nowhere).
    ``unique_keys``: tables whose primary key is known to be unique (not looked at again)."""
    import polars as pl

    failures = []
    for table in TABLE_NAMES:
        schema, df = load_table_schema(table), tables[table]
        key = list(schema["primaryKey"])
        if not all(k in df.columns for k in key):
            continue  # reported by the schema check
        duplicated = (
            df.head(0)
            if table in unique_keys
            else df.filter(pl.struct(key).is_duplicated()).select(key).unique(maintain_order=True)
        )
        if duplicated.height:
            keys = ["|".join(str(v) for v in row) for row in duplicated.rows()]
            failures.append(
                Failure(
                    table,
                    "primary-key",
                    f"{len(keys)} key(s) on more than one row: {_listed(keys)}",
                )
            )
        for foreign in schema.get("foreignKeys", []):
            fields = list(foreign["fields"])
            parent_name = foreign["reference"]["resource"] or table
            parent_fields = list(foreign["reference"]["fields"])
            parent = tables.get(parent_name)
            if (
                parent is None
                or not all(f in df.columns for f in fields)
                or not all(f in parent.columns for f in parent_fields)
            ):
                continue
            dangling = (
                df.select(fields)
                .drop_nulls()
                .join(
                    parent.select(parent_fields),
                    left_on=fields,
                    right_on=parent_fields,
                    how="anti",
                    nulls_equal=False,
                    maintain_order="left",
                )
                .unique(maintain_order=True)  # after the join: most often nothing is left
            )
            if dangling.height:
                values = ["|".join(str(v) for v in row) for row in dangling.rows()]
                failures.append(Failure(
                    table, "foreign-key",
                    f"{', '.join(fields)} not in {parent_name}.{', '.join(parent_fields)}: {_listed(values)}",
                ))  # fmt: skip
    return failures


def hard_check_failures(checks: pl.DataFrame) -> list[Failure]:
    """The failed hard checks of a ``checks`` frame."""
    import polars as pl

    failed = checks.filter((pl.col("severity") == "hard") & (pl.col("passed") == False))  # noqa: E712
    return [
        Failure("contests", row["check_id"], row["detail"], row_key=row["contest_id"])
        for row in failed.iter_rows(named=True)
    ]


def _typed(column: str, dtype: pl.DataType) -> pl.Expr:
    """The cast of a CSV text column to its schema dtype; bad text becomes null."""
    import polars as pl

    text = pl.col(column)
    if isinstance(dtype, pl.Boolean):
        return text.replace_strict(
            {"true": True, "false": False}, default=None, return_dtype=pl.Boolean
        )
    if isinstance(dtype, pl.Date):
        return text.str.to_date("%Y-%m-%d", strict=False)
    if isinstance(dtype, pl.Datetime):
        return text.str.to_datetime(
            "%Y-%m-%dT%H:%M:%SZ", time_zone="UTC", time_unit="us", strict=False
        )
    return text.cast(dtype, strict=False)


def read_table_csv(path: Path, table: str) -> pl.DataFrame:
    """A published CSV read back with its schema's dtypes; raises on any unreadable cell."""
    df, failures = read_table_checked(path, table)
    if failures:
        raise ValueError("; ".join(str(f) for f in failures))
    return df


def read_table_checked(path: Path, table: str) -> tuple[pl.DataFrame, list[Failure]]:
    """A published CSV read back with its schema's dtypes, and every cell that is not of its
    type (frictionless's type errors), each naming the file line."""
    import polars as pl

    relative = f"data/{path.name}"
    dtypes = polars_dtypes(table)
    try:
        raw = pl.read_csv(path, infer_schema=False, raise_if_empty=False)
    except FileNotFoundError:
        return pl.DataFrame(), [Failure(table, "file:missing", f"{relative} is missing")]
    except (pl.exceptions.PolarsError, OSError, UnicodeDecodeError) as err:
        return pl.DataFrame(), [Failure(table, "read", f"{relative}: {str(err).splitlines()[0]}")]
    if raw.columns != list(dtypes):
        return raw, [
            Failure(
                table, "header", f"{relative} has columns {raw.columns}, the schema {list(dtypes)}"
            )
        ]
    typed = raw.with_columns(_typed(name, dtype) for name, dtype in dtypes.items())
    failures = []
    # a cell that is not of its type is a null made by the cast: columns with no more
    # nulls than their text are proved clean by the counts alone
    text_nulls, typed_nulls = raw.null_count().row(0), typed.null_count().row(0)
    for (name, dtype), before, after in zip(dtypes.items(), text_nulls, typed_nulls, strict=True):
        if before == after:
            continue
        bad = raw.with_row_index("_line", offset=2).filter(
            pl.col(name).is_not_null() & typed[name].is_null()
        )
        for line, value in bad.select("_line", name).head(_MAX_LISTED).iter_rows():
            failures.append(
                Failure(
                    table,
                    "type",
                    f"column {name}: {value!r} is not {dtype}",
                    origin=f"{relative} line {line}",
                )
            )
        if bad.height > _MAX_LISTED:
            failures.append(
                Failure(table, "type", f"column {name}: and {bad.height - _MAX_LISTED} more")
            )
    return typed, failures


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


def cross_table_failures(tables: Mapping[str, pl.DataFrame]) -> list[Failure]:
    """Results against candidates and against-all counts, and within ballots cast."""
    import polars as pl

    results, contests = tables["results"], tables["contests"]
    candidates = tables["candidates"].select(
        pl.col("candidate_id").alias("option_id"),
        pl.col("contest_id").alias("candidate_contest"),
        pl.col("votes").alias("candidate_votes"),
    )
    failures = []
    as_candidate = results.filter(pl.col("option_type") == "candidate").join(
        candidates, on="option_id", how="full", coalesce=True
    )
    for row in as_candidate.filter(pl.col("contest_id").is_null()).iter_rows(named=True):
        failures.append(
            Failure(
                "results",
                "results_list_every_candidate",
                "no result row for this candidate",
                row["option_id"],
            )
        )
    for row in as_candidate.filter(pl.col("candidate_contest").is_null()).iter_rows(named=True):
        failures.append(
            Failure(
                "results",
                "results_name_candidates",
                "option_id is no candidate",
                f"{row['contest_id']}|{row['option_id']}",
            )
        )
    matched = as_candidate.drop_nulls(["contest_id", "candidate_contest"])
    for row in matched.filter(
        (pl.col("contest_id") != pl.col("candidate_contest"))
        | pl.col("votes").ne_missing(pl.col("candidate_votes"))
    ).iter_rows(named=True):
        failures.append(Failure(
            "results", "results_match_candidates",
            f"{row['votes']} votes in contest {row['contest_id']}; candidates has {row['candidate_votes']}"
            f" in contest {row['candidate_contest']}",
            f"{row['contest_id']}|{row['option_id']}",
        ))  # fmt: skip
    against = (
        contests.select("contest_id", "against_all")
        .join(
            results.filter(pl.col("option_type") == "against_all").select("contest_id", "votes"),
            on="contest_id",
            how="full",
            coalesce=True,
        )
        .filter(pl.col("against_all").ne_missing(pl.col("votes")))
    )
    for row in against.iter_rows(named=True):
        failures.append(Failure(
            "results", "results_match_against_all",
            f"against all {row['votes']} in results, {row['against_all']} in contests", row["contest_id"],
        ))  # fmt: skip
    over = (
        results.group_by("contest_id")
        .agg(pl.col("votes").sum().alias("all_votes"))
        .join(contests.select("contest_id", "ballots_cast"), on="contest_id")
        .filter(pl.col("all_votes") > pl.col("ballots_cast"))
        .sort("contest_id")
    )
    for row in over.iter_rows(named=True):
        failures.append(Failure(
            "results", "results_within_ballots",
            f"{row['all_votes']} votes for all options, {row['ballots_cast']} ballots cast", row["contest_id"],
        ))  # fmt: skip
    return failures


def checks_failures(tables: Mapping[str, pl.DataFrame]) -> list[Failure]:
    """The hard checks recomputed from the tables, and the published checks against them."""
    import polars as pl

    from kzvotes.build.arithmetic import CheckInputs, run_checks
    from kzvotes.reference import load_places

    try:
        checks = run_checks(
            CheckInputs(tables["elections"], tables["contests"], tables["candidates"]),
            load_places(),
        )
    except KeyError as err:
        return [Failure("contests", "place_in_gazetteer", f"place {err} is not in the gazetteer")]
    failures = hard_check_failures(checks)
    published = tables["checks"]
    if not published.equals(checks):
        key = ["check_id", "contest_id"]
        differing = checks.join(
            published, on=key, how="full", coalesce=True, suffix="_published"
        ).filter(
            pl.any_horizontal(
                pl.col(c).ne_missing(pl.col(f"{c}_published"))
                for c in ("severity", "passed", "detail")
            )
        )
        for row in differing.head(_MAX_LISTED).iter_rows(named=True):
            failures.append(Failure(
                "checks", "checks_recomputed",
                f"{row['check_id']}: published passed={row['passed_published']} ({row['detail_published']!r}),"
                f" recomputed passed={row['passed']} ({row['detail']!r})",
                row["contest_id"],
            ))  # fmt: skip
        if differing.height == 0:
            failures.append(
                Failure("checks", "checks_recomputed", "rows differ in order or number")
            )
    return failures


def validate_package(
    package_dir: Path,
    *,
    frictionless: bool = False,
    gated: Mapping[str, pl.DataFrame] | None = None,
) -> None:
    """Run the whole gate on a built package folder; raise :class:`ValidationFailed`.

    ``gated``: the frames the package was written from, when they passed
    :func:`frames_failures` already (see there)."""
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
