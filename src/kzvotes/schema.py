"""The Frictionless Table Schemas in ``schemas/``, and the pandera-polars models made from them.

The JSON files are the single source of truth for every published table: column order,
types, constraints and keys. pandera's own Frictionless reader is pandas-only, so this is
the small adapter that turns a Table Schema into a :class:`pandera.polars.DataFrameSchema`.

>>> [field["name"] for field in load_table_schema("results")["fields"]]
['contest_id', 'option_id', 'option_type', 'option_name', 'votes', 'trust']
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kzvotes.config import schemas_dir

if TYPE_CHECKING:
    import pandera.polars as pa
    import polars as pl

# The published tables, in the order they appear in datapackage.json.
TABLE_NAMES: tuple[str, ...] = (
    "elections",
    "coverage",
    "contests",
    "candidates",
    "results",
    "places",
    "parties",
    "summaries",
    "sources",
    "source_revisions",
    "facts",
    "conflicts",
    "checks",
    "pending",
)


@cache
def load_table_schema(table: str, directory: Path | None = None) -> dict[str, Any]:
    """The Table Schema of ``table`` as a dict, read from ``schemas/<table>.json``."""
    path = (directory or schemas_dir()) / f"{table}.json"
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


def field_names(table: str) -> list[str]:
    """The column names of ``table`` in their published order."""
    return [field["name"] for field in load_table_schema(table)["fields"]]


def field_types(table: str, directory: Path | None = None) -> dict[str, str]:
    """The Frictionless type of every column of ``table``, in published order.

    >>> field_types("results")["votes"]
    'integer'
    """
    return {field["name"]: field["type"] for field in load_table_schema(table, directory)["fields"]}


def polars_dtypes(table: str) -> dict[str, pl.DataType]:
    """The polars dtype of every column of ``table``."""
    return {
        field["name"]: _polars_type(field["type"]) for field in load_table_schema(table)["fields"]
    }


def _polars_type(frictionless_type: str) -> pl.DataType:
    import polars as pl

    types: dict[str, pl.DataType] = {
        "string": pl.String(),
        "integer": pl.Int64(),
        "number": pl.Float64(),
        "boolean": pl.Boolean(),
        "date": pl.Date(),
        "datetime": pl.Datetime("us", "UTC"),
    }
    try:
        return types[frictionless_type]
    except KeyError:
        raise ValueError(f"schemas: unsupported field type {frictionless_type!r}") from None


def _checks(constraints: dict[str, Any]) -> list[pa.Check]:
    import pandera.polars as pa

    checks: list[pa.Check] = []
    if "minimum" in constraints:
        checks.append(pa.Check.ge(constraints["minimum"]))
    if "maximum" in constraints:
        checks.append(pa.Check.le(constraints["maximum"]))
    if "enum" in constraints:
        checks.append(pa.Check.isin(constraints["enum"]))
    if "pattern" in constraints:
        # Frictionless patterns match the whole value; anchor them for str_matches.
        pattern = constraints["pattern"]
        if not pattern.startswith("^"):
            pattern = f"^(?:{pattern})$"
        checks.append(pa.Check.str_matches(pattern))
    return checks


def pandera_schema(table: str) -> pa.DataFrameSchema:
    """A pandera-polars model of ``table``: dtypes, nullability, constraints, primary key."""
    import pandera.polars as pa

    schema = load_table_schema(table)
    columns = {}
    for field in schema["fields"]:
        constraints = field.get("constraints", {})
        columns[field["name"]] = pa.Column(
            _polars_type(field["type"]),
            checks=_checks(constraints),
            nullable=not constraints.get("required", False),
            unique=bool(constraints.get("unique", False)),
            required=True,
        )
    return pa.DataFrameSchema(
        columns,
        name=table,
        strict=True,
        ordered=True,
        unique=list(schema["primaryKey"]),
    )
