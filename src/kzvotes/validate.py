"""The gate every package passes: pandera on every table, election arithmetic, Frictionless.

All failures are collected and reported at once (pandera ``lazy=True`` on collected frames)
as :class:`kzvotes.errors.Failure` rows naming the table, the row's key and the rule.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from kzvotes.errors import Failure, ValidationFailed
from kzvotes.schema import TABLE_NAMES, load_table_schema, pandera_schema, polars_dtypes

if TYPE_CHECKING:
    import polars as pl


def schema_failures(table: str, df: pl.DataFrame) -> list[Failure]:
    """Every way ``df`` breaks the Table Schema of ``table`` (types, constraints, keys)."""
    import pandera.errors

    try:
        pandera_schema(table).validate(df, lazy=True)
    except pandera.errors.SchemaErrors as err:
        return _failures_from_cases(table, df, err.failure_cases)
    return []


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


def frames_failures(tables: Mapping[str, pl.DataFrame]) -> list[Failure]:
    """Schema failures of every table."""
    failures: list[Failure] = []
    for table in TABLE_NAMES:
        failures += schema_failures(table, tables[table])
    return failures


def hard_check_failures(checks: pl.DataFrame) -> list[Failure]:
    """The failed hard checks of a ``checks`` frame."""
    import polars as pl

    failed = checks.filter((pl.col("severity") == "hard") & (pl.col("passed") == False))  # noqa: E712
    return [
        Failure("contests", row["check_id"], row["detail"], row_key=row["contest_id"])
        for row in failed.iter_rows(named=True)
    ]


def read_table_csv(path: Path, table: str) -> pl.DataFrame:
    """A published CSV read back with its schema's dtypes (text first, then typed casts)."""
    import polars as pl

    raw = pl.read_csv(path, infer_schema=False)
    casts = []
    for name, dtype in polars_dtypes(table).items():
        column = pl.col(name)
        if isinstance(dtype, pl.Boolean):
            casts.append(
                column.replace_strict(
                    {"true": True, "false": False}, default=None, return_dtype=pl.Boolean
                )
            )
        elif isinstance(dtype, pl.Date):
            casts.append(column.str.to_date("%Y-%m-%d"))
        elif isinstance(dtype, pl.Datetime):
            casts.append(
                column.str.to_datetime("%Y-%m-%dT%H:%M:%SZ", time_zone="UTC", time_unit="us")
            )
        else:
            casts.append(column.cast(dtype))
    return raw.with_columns(casts)


def frictionless_failures(package_dir: Path) -> list[Failure]:
    """Structure, types and foreign keys of the CSV resources, checked by frictionless."""
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


def parquet_failures(package_dir: Path) -> list[Failure]:
    """Each Parquet file matches its recorded bytes and hash, and its CSV twin."""
    import polars as pl

    from kzvotes.package import sha256_file

    descriptor = json.loads((package_dir / "datapackage.json").read_text(encoding="utf-8"))
    failures = []
    for resource in descriptor["resources"]:
        info = resource.get("kzvotes:parquet")
        if not info:
            continue
        path = package_dir / info["path"]
        if not path.is_file():
            failures.append(
                Failure(resource["name"], "parquet:missing", f"{info['path']} not found")
            )
            continue
        if f"sha256:{sha256_file(path)}" != info["hash"] or path.stat().st_size != info["bytes"]:
            failures.append(
                Failure(resource["name"], "parquet:hash", f"{info['path']} does not match its hash")
            )
            continue
        parquet = pl.read_parquet(path)
        csv_twin = read_table_csv(package_dir / resource["path"], resource["name"])
        if not parquet.equals(csv_twin):
            failures.append(
                Failure(
                    resource["name"],
                    "parquet:differs",
                    f"{info['path']} differs from {resource['path']}",
                )
            )
    return failures


def validate_package(package_dir: Path) -> None:
    """Run the whole gate on a built package folder; raise :class:`ValidationFailed`."""
    from kzvotes.arithmetic import CheckInputs, run_checks
    from kzvotes.reference import load_places

    if not (package_dir / "datapackage.json").is_file():
        raise ValidationFailed(
            [Failure("datapackage", "missing", "no datapackage.json")], str(package_dir)
        )
    failures = frictionless_failures(package_dir)
    tables = {}
    for table in TABLE_NAMES:
        path = package_dir / "data" / f"{table}.csv"
        try:
            tables[table] = read_table_csv(path, table)
        except Exception as err:  # a polars read or cast error, reported with its file
            failures.append(Failure(table, "read", f"{path}: {err}"))
    if len(tables) == len(TABLE_NAMES):
        failures += frames_failures(tables)
        if not failures:
            checks = run_checks(
                CheckInputs(tables["elections"], tables["contests"], tables["candidates"]),
                load_places(),
            )
            failures += hard_check_failures(checks)
    failures += parquet_failures(package_dir)
    if failures:
        raise ValidationFailed(failures, str(package_dir))
