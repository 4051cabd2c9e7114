"""Read a built package into polars frames and add what the report shows: measures, names.

Whatever columns the package has are read (Parquet where the descriptor lists it, else the
CSV, typed by the descriptor's own schema), so the report works on packages built before
and after columns are added. The measures of :mod:`kzvotes.build.measures` are computed here and
replace any columns of the same name, so every page uses one definition.

>>> package = read_package(Path("datapackages/kz-akim-elections"))  # doctest: +SKIP
>>> package.tables["contests"].height  # doctest: +SKIP
53
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from kzvotes.build.measures import candidate_measures, contest_measures
from kzvotes.errors import ConfigError

REQUIRED_TABLES = ("elections", "contests", "candidates", "places")
# Name columns to try, in order, for a person in each language of the report.
PERSON_NAME_ORDER = {
    "en": ("display_name", "name_en", "name_kk_latn", "name_ru", "name_kk", "name_as_printed"),
    "ru": ("name_ru", "display_name", "name_as_printed", "name_kk", "name_en", "name_kk_latn"),
    "kk": ("name_kk", "name_kk_latn", "display_name", "name_ru", "name_as_printed", "name_en"),
}
PLACE_NAME_ORDER = {
    "en": ("name_en", "name_kk_latn", "name_ru", "name_kk"),
    "ru": ("name_ru", "name_en", "name_kk"),
    "kk": ("name_kk", "name_kk_latn", "name_ru", "name_en"),
}
FIELD_TYPES = {
    "integer": pl.Int64,
    "number": pl.Float64,
    "boolean": pl.Boolean,
    "date": pl.Date,
}


@dataclass
class Package:
    """A package's descriptor and tables, the measures joined to contests and candidates."""

    path: Path
    descriptor: dict[str, Any]
    tables: dict[str, pl.DataFrame]

    def fields(self, table: str) -> dict[str, dict[str, Any]]:
        """The descriptor's fields of ``table`` by name (titles in three languages)."""
        for resource in self.descriptor["resources"]:
            if resource["name"] == table:
                return {f["name"]: f for f in resource["schema"]["fields"]}
        return {}

    def table(self, name: str) -> pl.DataFrame:
        return self.tables.get(name, pl.DataFrame())


def _read_csv(path: Path, fields: list[dict[str, Any]]) -> pl.DataFrame:
    frame = pl.read_csv(path, infer_schema=False)
    casts = []
    for field in fields:
        name, kind = field["name"], field["type"]
        if name not in frame.columns:
            continue
        if kind == "boolean":
            casts.append(
                pl.col(name)
                .replace_strict({"true": True, "false": False}, default=None)
                .alias(name)
            )
        elif kind == "datetime":
            casts.append(pl.col(name).str.to_datetime(time_zone="UTC", strict=False))
        elif kind in FIELD_TYPES:
            casts.append(pl.col(name).cast(FIELD_TYPES[kind], strict=False))
    return frame.with_columns(casts)


def read_table(package_dir: Path, resource: dict[str, Any]) -> pl.DataFrame:
    """One resource as a frame: its Parquet copy when listed and present, else its CSV."""
    parquet = resource.get("kzvotes:parquet", {}).get("path")
    if parquet and (package_dir / parquet).is_file():
        return pl.read_parquet(package_dir / parquet)
    csv_path = package_dir / resource["path"]
    if not csv_path.is_file():
        raise ConfigError(f"{csv_path}: listed in datapackage.json but missing")
    return _read_csv(csv_path, resource["schema"]["fields"])


def read_package(package_dir: Path) -> Package:
    """The package at ``package_dir`` with the measures joined; a clear error if it is not one."""
    descriptor_path = package_dir / "datapackage.json"
    if not package_dir.exists():
        raise ConfigError(f"{package_dir}: no such folder; run `kzvotes build` first")
    if not descriptor_path.is_file():
        raise ConfigError(f"{package_dir}: no datapackage.json; not a data package folder")
    try:
        descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
        resources = {r["name"]: r for r in descriptor["resources"]}
    except (ValueError, KeyError, TypeError) as err:
        raise ConfigError(
            f"{descriptor_path}: not a readable data package descriptor ({err})"
        ) from None
    missing = [name for name in REQUIRED_TABLES if name not in resources]
    if missing:
        raise ConfigError(f"{descriptor_path}: the package has no {', '.join(missing)} table")
    tables = {
        name: read_table(package_dir, resource) for name, resource in sorted(resources.items())
    }
    return Package(package_dir, descriptor, with_measures(tables))


def with_measures(tables: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """``tables`` with the measures of :mod:`kzvotes.build.measures` replacing same-named columns."""
    candidates, contests = tables["candidates"], tables["contests"]
    per_contest = contest_measures(candidates, contests)
    per_candidate = candidate_measures(candidates, contests)
    contest_columns = [c for c in per_contest.columns if c != "contest_id"]
    candidate_columns = [c for c in per_candidate.columns if c != "candidate_id"]
    enriched = dict(tables)
    enriched["contests"] = contests.drop(contest_columns, strict=False).join(
        per_contest, on="contest_id", how="left", maintain_order="left"
    )
    enriched["candidates"] = candidates.drop(candidate_columns, strict=False).join(
        per_candidate, on="candidate_id", how="left", maintain_order="left"
    )
    return enriched


def first_present(frame: pl.DataFrame, columns: tuple[str, ...]) -> pl.Expr:
    """The first non-empty value among those of ``columns`` that ``frame`` has."""
    present = [pl.col(c).cast(pl.String) for c in columns if c in frame.columns]
    return pl.coalesce(*present, pl.lit(None, pl.String)) if present else pl.lit(None, pl.String)


def person_name(frame: pl.DataFrame, language: str) -> pl.Expr:
    """A person's name for ``language``, falling back to the other scripts (never invented)."""
    return first_present(frame, PERSON_NAME_ORDER[language])


def place_names(places: pl.DataFrame, language: str) -> dict[str, str]:
    """``place_id`` -> the place's name in ``language`` (another script when none)."""
    named = places.select("place_id", name=first_present(places, PLACE_NAME_ORDER[language]))
    return {place_id: name for place_id, name in named.iter_rows() if name}


def party_names(parties: pl.DataFrame, language: str) -> dict[str, str]:
    """``party_id`` -> the party's name in ``language``."""
    if parties.is_empty():
        return {}
    named = parties.select("party_id", name=first_present(parties, PLACE_NAME_ORDER[language]))
    return {party_id: name for party_id, name in named.iter_rows() if name}
