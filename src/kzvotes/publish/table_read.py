"""A published CSV read back with its schema's dtypes, naming every cell that is not of its
type by its file line (what frictionless reports as a type error)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kzvotes.errors import Failure
from kzvotes.publish.table_gate import MAX_LISTED
from kzvotes.schema import polars_dtypes

if TYPE_CHECKING:
    import polars as pl


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
        for line, value in bad.select("_line", name).head(MAX_LISTED).iter_rows():
            failures.append(
                Failure(
                    table,
                    "type",
                    f"column {name}: {value!r} is not {dtype}",
                    origin=f"{relative} line {line}",
                )
            )
        if bad.height > MAX_LISTED:
            failures.append(
                Failure(table, "type", f"column {name}: and {bad.height - MAX_LISTED} more")
            )
    return typed, failures
