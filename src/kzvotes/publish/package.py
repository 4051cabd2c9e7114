"""Write a Frictionless Data Package (v2): datapackage.json, CSV + Parquet per table, README,
plus the whole package as one SQLite database and one XLSX workbook (``kzvotes:formats``).

Everything written is a function of the inputs: tables sorted by their keys, no clock
(``created`` comes from the inputs), so two builds of the same inputs are byte-identical.
The package is written into a temporary folder beside the target and exchanged with it only
when it is complete and valid, one build at a time (:mod:`kzvotes.publish.publication`); a failed
build leaves the previous package untouched, and so does a build that would drop more than
:data:`MAX_DROPPED_SHARE` of the published contests unless the shrink is allowed.

A CSV text cell that a spreadsheet would run as a formula (first character ``=``, ``+``,
``-`` or ``@``) is written with a leading apostrophe, the CSV form of the workbook's quote
prefix; Parquet, SQLite and the workbook keep the value itself. Numbers are never touched.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kzvotes import __version__
from kzvotes.config import HOME_PAGE, PACKAGE_NAME, lock_timeout
from kzvotes.errors import PackageError
from kzvotes.publish.formats.formulas import neutralised
from kzvotes.publish.publication import package_lock, recover_leftovers, staging_path, swap_in
from kzvotes.publish.written import remember_digest, remember_sources
from kzvotes.schema import TABLE_NAMES, load_table_schema

if TYPE_CHECKING:
    import polars as pl

# Files a build never writes, kept from the previous package (issue: releases).
PRESERVED = ("releases", "releases.json", "CHANGELOG.md")

# A build that would drop more than this share of the published contests is refused
# unless the shrink is allowed (`kzvotes build --allow-shrink`): a truncated ledger must
# not replace a good package.
MAX_DROPPED_SHARE = 0.10

LICENSE = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0 International",
}

ATTRIBUTION = (
    "Data from the Central Election Commission of the Republic of Kazakhstan, territorial "
    "election commissions and the news outlets listed in the sources table, compiled by "
    "kzvotes contributors; licensed CC BY 4.0 (see LICENSE-DATA.md)."
)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sha256_files(paths: Iterable[Path]) -> dict[Path, str]:
    """The sha256 of each file, two at a time, the largest first: hashlib and file reads
    work without the GIL, so a package's files hash on both cores."""
    from concurrent.futures import ThreadPoolExecutor

    ordered = sorted(set(paths), key=lambda p: -p.stat().st_size)
    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(ordered, pool.map(sha256_file, ordered), strict=True))


SQLITE_PATH = f"data/{PACKAGE_NAME}.sqlite"
XLSX_PATH = f"data/{PACKAGE_NAME}.xlsx"


def write_files(tables: Mapping[str, pl.DataFrame], root: Path, *, created: str) -> None:
    """The CSV and Parquet files, the SQLite database and the workbook. The database is written in a second thread: SQLite works without the GIL
    while polars and zlib make the other files, and each file is the same whoever is first."""
    from concurrent.futures import ThreadPoolExecutor

    from kzvotes.publish.formats.sqlite import write_sqlite
    from kzvotes.publish.formats.xlsx import write_xlsx

    (root / "data").mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(max_workers=1) as pool:
        database = pool.submit(write_sqlite, tables, root / SQLITE_PATH)
        write_tables(tables, root / "data")
        write_xlsx(tables, root / XLSX_PATH, created=created)
        database.result()


def formats_descriptor(
    root: Path, digests: Mapping[Path, str] | None = None
) -> list[dict[str, Any]]:
    """The ``kzvotes:formats`` entries: whole-package files that are not table resources."""
    return [
        {"name": "sqlite", "path": SQLITE_PATH, "format": "sqlite", "mediatype": "application/vnd.sqlite3",
         "title": "All tables in one SQLite database (primary and foreign keys, indexes; column "
                  "titles and descriptions in _fields)",
         **_file_info(root, SQLITE_PATH, digests)},
        {"name": "xlsx", "path": XLSX_PATH, "format": "xlsx",
         "mediatype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
         "title": "Workbook: a flat results sheet (one row per candidate and against all), then "
                  "contests, candidates, elections, places, parties, summaries and sources; facts, "
                  "checks, conflicts and source revisions are in the CSV, Parquet and SQLite files",
         **_file_info(root, XLSX_PATH, digests)},
    ]  # fmt: skip


def write_tables(tables: Mapping[str, pl.DataFrame], data_dir: Path) -> None:
    """Each table as ``<name>.csv`` (UTF-8, LF, header, formula-like text neutralised) and
    ``<name>.parquet`` (the values themselves)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    for name in TABLE_NAMES:
        df = tables[name]
        neutralised(df).write_csv(
            data_dir / f"{name}.csv",
            line_terminator="\n",
            datetime_format="%Y-%m-%dT%H:%M:%SZ",
            date_format="%Y-%m-%d",
            null_value="",
        )
        df.write_parquet(data_dir / f"{name}.parquet", compression="zstd", statistics=True)
        remember_sources(data_dir / f"{name}.parquet", [df])


def _file_info(
    root: Path, relative: str, digests: Mapping[Path, str] | None = None
) -> dict[str, Any]:
    path = root / relative
    digest = (digests or {}).get(path) or sha256_file(path)
    remember_digest(path, digest)
    return {"bytes": path.stat().st_size, "hash": f"sha256:{digest}"}


def _schema_for_descriptor(table: str) -> dict[str, Any]:
    schema = dict(load_table_schema(table))
    for key in ("$schema", "kzvotes:table", "kzvotes:title", "kzvotes:description"):
        schema.pop(key, None)
    return schema


def descriptor(
    root: Path, *, version: str, created: str, sources: list[dict[str, str]]
) -> dict[str, Any]:
    """The ``datapackage.json`` of the tables already written under ``root/data``."""
    digests = sha256_files(path for path in (root / "data").iterdir() if path.is_file())
    resources = []
    for table in TABLE_NAMES:
        schema = load_table_schema(table)
        csv_path, parquet_path = f"data/{table}.csv", f"data/{table}.parquet"
        resources.append({
            "name": table,
            "type": "table",
            "path": csv_path,
            "scheme": "file",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "title": schema["kzvotes:title"],
            "description": schema["kzvotes:description"],
            **_file_info(root, csv_path, digests),
            "dialect": {"delimiter": ",", "lineTerminator": "\n", "header": True},
            "schema": _schema_for_descriptor(table),
            "kzvotes:parquet": {"path": parquet_path, "format": "parquet",
                                "mediatype": "application/vnd.apache.parquet",
                                **_file_info(root, parquet_path, digests)},
        })  # fmt: skip
    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": PACKAGE_NAME,
        "title": "Kazakhstan akim elections",
        "description": (
            "Results of Kazakhstan's direct elections of akims (rural akims since July 2021, "
            "district akims and akims of cities of regional significance since 5 November "
            "2023): contests, candidates, votes, turnout and published summaries, each value "
            "traced to its source. Against all is an option of its own, never invalid ballots."
        ),
        "version": version,
        "created": created,
        "homepage": HOME_PAGE,
        "keywords": ["Kazakhstan", "elections", "akim", "local government", "open data"],
        "licenses": [LICENSE],
        "kzvotes:attribution": ATTRIBUTION,
        "contributors": [
            {"title": "kzvotes contributors", "path": HOME_PAGE, "roles": ["creator"]}
        ],
        "sources": sources,
        "kzvotes:generator": f"kzvotes {__version__}",
        "resources": resources,
        "kzvotes:formats": formats_descriptor(root, digests),
    }


def write_package(
    target: Path,
    tables: Mapping[str, pl.DataFrame],
    *,
    version: str,
    created: str,
    sources: list[dict[str, str]],
    readme: Callable[[dict[str, Any]], str],
    check: Callable[[Path], None],
    allow_shrink: bool = False,
) -> Path:
    """Write the package into a temporary folder, ``check`` it, then swap it into ``target``.

    ``check`` raises to refuse the package; then ``target`` is left exactly as it was. The
    whole write holds the package's lock (:func:`kzvotes.publish.publication.package_lock`).
    """
    with package_lock(target, lock_timeout()):
        recover_leftovers(target)  # of builds killed before; ours starts clean
        if not allow_shrink:
            refuse_shrink(target, tables["contests"])
        staging = staging_path(target)
        try:
            write_files(tables, staging, created=created)
            desc = descriptor(staging, version=version, created=created, sources=sources)
            write_descriptor(staging, desc, readme)
            check(staging)
            for name in PRESERVED:
                old = target / name
                if old.is_dir():
                    shutil.copytree(old, staging / name)
                elif old.is_file():
                    shutil.copy2(old, staging / name)
            swap_in(staging, target)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return target


def published_contest_ids(package: Path) -> set[str] | None:
    """The contest ids of the package at ``package``; None when there is none to read."""
    path = package / "data" / "contests.csv"
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return {row.get("contest_id") or "" for row in csv.DictReader(handle)}
    except (OSError, UnicodeDecodeError, csv.Error):
        return None  # no package, or one too broken to compare with: nothing to protect


def refuse_shrink(target: Path, contests: pl.DataFrame) -> None:
    """Raise :class:`PackageError` when the new contests drop too many published ones."""
    published = published_contest_ids(target)
    if not published:
        return
    dropped = published - set(contests["contest_id"].to_list())
    if len(dropped) > MAX_DROPPED_SHARE * len(published):
        example = ", ".join(sorted(dropped)[:3])
        raise PackageError(
            f"{target}: the new build would drop {len(dropped)} of the {len(published)}"
            f" published contests (more than {MAX_DROPPED_SHARE:.0%}; e.g. {example}); the"
            " package was left as it was. Check the ledger, or run `kzvotes build"
            " --allow-shrink` to publish the removal deliberately"
        )


def write_descriptor(
    root: Path, desc: dict[str, Any], readme: Callable[[dict[str, Any]], str]
) -> None:
    """``datapackage.json`` and the README rendered from it (each replaced in one step)."""
    staging = root / ".datapackage.json.tmp"
    staging.write_text(json.dumps(desc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(staging, root / "datapackage.json")
    (root / "README.md").write_text(readme(desc), encoding="utf-8")


def set_version(root: Path, version: str) -> dict[str, Any]:
    """Rewrite the descriptor's ``version`` (and the README) of a built package in place.

    What :func:`write_package` would have written had ``version`` already been released.
    """
    from kzvotes.publish.datadict import render_readme

    desc: dict[str, Any] = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    desc["version"] = version
    write_descriptor(root, desc, render_readme)
    return desc
