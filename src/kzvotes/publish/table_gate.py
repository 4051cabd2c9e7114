"""The gate on one table's frame: its Table Schema (types, constraints, keys) and the
foreign keys between tables.

pandera-polars names the failures of a table's schema (:func:`schema_failures`), but only
when the one polars query of :func:`schema_holds` cannot prove there is none; primary keys
are checked for duplicates and foreign keys by anti-joins (:func:`key_failures`). Every
failure is a :class:`kzvotes.errors.Failure` naming the table, the row's key and the rule.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING

from kzvotes.errors import Failure
from kzvotes.schema import TABLE_NAMES, load_table_schema, pandera_schema, polars_dtypes

if TYPE_CHECKING:
    import polars as pl

MAX_LISTED = 20  # rows named per key failure before "and N more"


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
    more = f" and {len(values) - MAX_LISTED} more" if len(values) > MAX_LISTED else ""
    return ", ".join(values[:MAX_LISTED]) + more


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
