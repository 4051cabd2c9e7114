"""The package as one SQLite database: tables, primary and foreign keys, indexes, descriptions.

Every table of ``schemas/`` becomes a table with the same name and columns; each column's
title and description are kept twice: as a comment in the ``CREATE TABLE`` text (shown by
``.schema``) and as rows of ``_fields``, with the tables' titles in ``_tables``. The view
``results_flat`` joins results to their election, region, place, candidate and party. Dates are
ISO text (``YYYY-MM-DD``), times ISO text in UTC (``...Z``), booleans 0/1.

The file is deterministic: rows go in in key order, a few hundred per statement, and no
timestamp is stored anywhere. There is no ``VACUUM``: after inserts alone no page is free,
and at 25,000 contests it took about 4 s to save 3% of the file.

>>> write_sqlite(tables, Path("data/kz-akim-elections.sqlite"))  # doctest: +SKIP
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import closing
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kzvotes.publish.written import remember_sources
from kzvotes.schema import TABLE_NAMES, load_table_schema

if TYPE_CHECKING:
    import polars as pl

SQL_TYPES = {
    "string": "TEXT",
    "integer": "INTEGER",
    "number": "REAL",
    "boolean": "INTEGER",
    "date": "TEXT",
    "datetime": "TEXT",
}

# Columns people filter on besides the foreign keys (and the facets of `kzvotes serve`).
EXTRA_INDEXES = {
    "contests": ["region_id"],
    "candidates": ["party_id", "elected"],
    "elections": ["election_type", "election_date"],
    "facts": ["row_key"],
    "checks": ["severity", "passed"],
}


def quote(name: str) -> str:
    """An SQL identifier, double-quoted."""
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _comment(text: str) -> str:
    return " ".join(text.split()).replace("*/", "* /")


def create_table_sql(table: str) -> str:
    """``CREATE TABLE`` for ``table`` from its Table Schema, with a comment per column."""
    schema = load_table_schema(table)
    lines = []
    for field in schema["fields"]:
        constraints = field.get("constraints", {})
        parts = [quote(field["name"]), SQL_TYPES[field["type"]]]
        if constraints.get("required"):
            parts.append("NOT NULL")
        if field["type"] == "boolean":
            parts.append(f"CHECK ({quote(field['name'])} IN (0, 1))")
        if "enum" in constraints:
            values = ", ".join(_literal(str(v)) for v in constraints["enum"])
            parts.append(f"CHECK ({quote(field['name'])} IN ({values}))")
        comment = _comment(f"{field['title']}. {field.get('description', '')}".strip())
        lines.append(("  " + " ".join(parts), comment))
    lines.append((f"  PRIMARY KEY ({', '.join(quote(k) for k in schema['primaryKey'])})", ""))
    for fk in schema.get("foreignKeys", []):
        ref = fk["reference"]
        lines.append((
            f"  FOREIGN KEY ({', '.join(quote(f) for f in fk['fields'])}) "
            f"REFERENCES {quote(ref['resource'] or table)} ({', '.join(quote(f) for f in ref['fields'])})",
            "",
        ))  # fmt: skip
    body = []
    for index, (sql, comment) in enumerate(lines):
        comma = "," if index < len(lines) - 1 else ""
        body.append(f"{sql}{comma} /* {comment} */" if comment else f"{sql}{comma}")
    title = _comment(f"{schema['kzvotes:title']}: {schema['kzvotes:description']}")
    return f"CREATE TABLE {quote(table)} ( /* {title} */\n" + "\n".join(body) + "\n)"


def index_sql(table: str) -> list[str]:
    """An index on every foreign key and on the columns people filter on."""
    schema = load_table_schema(table)
    names = {field["name"] for field in schema["fields"]}
    columns = [fk["fields"] for fk in schema.get("foreignKeys", [])]
    columns += [[c] for c in EXTRA_INDEXES.get(table, []) if c in names]
    statements, seen = [], set()
    for cols in columns:
        if tuple(cols) in seen or list(cols) == list(schema["primaryKey"])[: len(cols)]:
            continue
        seen.add(tuple(cols))
        name = quote(f"idx_{table}_{'_'.join(cols)}")
        statements.append(
            f"CREATE INDEX {name} ON {quote(table)} ({', '.join(quote(c) for c in cols)})"
        )
    return statements


def sql_frame(table: str, df: pl.DataFrame) -> pl.DataFrame:
    """``df`` with the values SQLite stores: dates and times as ISO text, booleans as 0/1."""
    import polars as pl

    casts = []
    for field in load_table_schema(table)["fields"]:
        column = pl.col(field["name"])
        if field["type"] == "date":
            casts.append(column.dt.strftime("%Y-%m-%d"))
        elif field["type"] == "datetime":
            casts.append(column.dt.strftime("%Y-%m-%dT%H:%M:%SZ"))
        elif field["type"] == "boolean":
            casts.append(column.cast(pl.Int64))
        else:
            casts.append(column)
    return df.select(casts)


def read_sqlite_blocks(path: Path, table: str, like: pl.DataFrame) -> Iterator[pl.DataFrame]:
    """A table of the database at ``path`` in rowid order, a block of rows at a time, typed
    like ``like`` (its :func:`sql_frame`); raises :class:`sqlite3.Error` or
    :class:`ValueError` when it cannot."""
    import polars as pl

    uri = f"{path.resolve().as_uri()}?mode=ro"
    columns = ", ".join(quote(name) for name in like.columns)
    with closing(sqlite3.connect(uri, uri=True)) as db:
        cursor = db.execute(f"SELECT {columns} FROM {quote(table)} ORDER BY rowid")
        while rows := cursor.fetchmany(BLOCK_ROWS):
            try:
                yield pl.DataFrame(rows, schema=like.schema, orient="row")
            except (pl.exceptions.PolarsError, ValueError, OverflowError, TypeError) as err:
                raise ValueError(f"values of the wrong type ({err})") from None


FRAME_ROWS = 200_000  # rows read into Arrow at once by :func:`read_sqlite_frames`


def read_sqlite_frames(path: Path, table: str, like: pl.DataFrame) -> Iterator[pl.DataFrame]:
    """A table of the database at ``path`` in rowid order, a block of rows at a time, read
    into Arrow by the ADBC SQLite driver: SQLite's values go into columns in C, with no
    Python value per cell (about twice as fast as SQLite joining each column's values into
    text). The driver types a column from its values (a column it has seen only nulls in
    is typed as integers), so a column of ``like`` that holds only nulls in a block is given
    ``like``'s type; any other column is what SQLite holds. Raises
    :class:`adbc_driver_manager.Error` when it cannot read the table."""
    import adbc_driver_manager
    import adbc_driver_sqlite
    import polars as pl

    columns = ", ".join(quote(name) for name in like.columns)
    database = adbc_driver_sqlite.connect(f"{path.resolve().as_uri()}?mode=ro")
    try:
        with adbc_driver_manager.AdbcConnection(database) as connection:
            bounds = _adbc_frame(connection, f"SELECT min(rowid), max(rowid) FROM {quote(table)}")
            first, last = bounds.row(0)
            if first is None:
                return
            # by ranges of rowids, so memory does not grow with the package
            for start in range(int(first) - 1, int(last), FRAME_ROWS):
                block = _adbc_frame(
                    connection,
                    f"SELECT {columns} FROM {quote(table)}"
                    f" WHERE rowid > {start} AND rowid <= {start + FRAME_ROWS} ORDER BY rowid",
                )
                nulls = [
                    pl.col(name).cast(dtype)
                    for name, dtype in like.schema.items()
                    if block.schema.get(name) != dtype and block[name].null_count() == block.height
                ]
                yield block.with_columns(nulls) if nulls else block
    finally:
        database.close()


def _adbc_frame(connection: Any, sql: str) -> pl.DataFrame:
    import adbc_driver_manager
    import polars as pl

    with adbc_driver_manager.AdbcStatement(connection) as statement:
        statement.set_sql_query(sql)
        stream, _ = statement.execute_query()
        return pl.DataFrame(stream)


def declared_types(path: Path, table: str) -> dict[str, str]:
    """Column name -> declared SQL type of a table of the database at ``path``."""
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
        return {row[1]: row[2] for row in db.execute(f"PRAGMA table_info({quote(table)})")}


def _metadata_rows() -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    tables, fields = [], []
    for table in TABLE_NAMES:
        schema = load_table_schema(table)
        tables.append((table, schema["kzvotes:title"], schema["kzvotes:description"],
                       ", ".join(schema["primaryKey"])))  # fmt: skip
        for position, field in enumerate(schema["fields"], start=1):
            fields.append((
                table, position, field["name"], field["type"], field["title"],
                field.get("description", ""), field.get("kzvotes:title_ru", ""),
                field.get("kzvotes:title_kk", ""),
                int(bool(field.get("constraints", {}).get("required"))),
            ))  # fmt: skip
    return tables, fields


METADATA_SQL = (
    'CREATE TABLE "_tables" ( /* The published tables: title, description, primary key */\n'
    '  "table_name" TEXT NOT NULL PRIMARY KEY, "title" TEXT NOT NULL, "description" TEXT NOT NULL,'
    ' "primary_key" TEXT NOT NULL\n)',
    'CREATE TABLE "_fields" ( /* Every column: type, English, Russian and Kazakh titles */\n'
    '  "table_name" TEXT NOT NULL REFERENCES "_tables" ("table_name"), "position" INTEGER NOT NULL,'
    ' "field_name" TEXT NOT NULL, "type" TEXT NOT NULL, "title" TEXT NOT NULL,'
    ' "description" TEXT NOT NULL, "title_ru" TEXT NOT NULL, "title_kk" TEXT NOT NULL,'
    ' "required" INTEGER NOT NULL,\n  PRIMARY KEY ("table_name", "field_name")\n)',
)


RESULTS_FLAT_SQL = """\
CREATE VIEW "results_flat" AS /* One row per option of a contest, with election, region, place,
  names, party, votes, share and elected: the workbook's flat results sheet. share_pct is the
  option's votes over all options' votes (candidates and against all) in the contest, empty
  when any of them, or the against-all count, is unknown. */
SELECT
  c."election_id", e."election_date", e."election_type", c."region_id",
  rg."name_en" AS "region_name_en", c."place_id", p."name_en" AS "place_name_en",
  p."name_ru" AS "place_name_ru", r."contest_id", r."option_type", k."candidate_id",
  k."name_as_printed", k."name_ru", k."name_kk", k."name_en", k."party_id",
  pa."name_en" AS "party_name_en", r."votes",
  CASE WHEN COUNT(*) OVER w = COUNT(r."votes") OVER w AND SUM(r."votes") OVER w > 0
        AND SUM(r."option_type" = 'against_all') OVER w > 0
       THEN ROUND(r."votes" * 100.0 / SUM(r."votes") OVER w, 2) END AS "share_pct",
  k."elected"
FROM "results" r
JOIN "contests" c ON c."contest_id" = r."contest_id"
JOIN "elections" e ON e."election_id" = c."election_id"
LEFT JOIN "places" p ON p."place_id" = c."place_id"
LEFT JOIN "places" rg ON rg."place_id" = c."region_id"
LEFT JOIN "candidates" k ON k."candidate_id" = r."option_id"
LEFT JOIN "parties" pa ON pa."party_id" = k."party_id"
WINDOW w AS (PARTITION BY r."contest_id")
ORDER BY c."election_id", r."contest_id", r."votes" IS NULL, r."votes" DESC, r."option_id"
"""


BLOCK_ROWS = 50_000  # rows turned into Python values at once, written or read back
# Rows per INSERT statement. SQLite evaluates a CHECK (x IN (...)) by building its list
# once per statement run, so one row per run (a plain executemany) pays that for every row;
# a few hundred rows per statement halve the time of the facts table. Bound by SQLite's
# limit of 32,766 parameters per statement.
ROWS_PER_INSERT = 500
_MAX_PARAMETERS = 32_000


def insert_rows(db: sqlite3.Connection, table: str, rows: list[tuple[Any, ...]]) -> None:
    """Insert ``rows`` in order, several rows per statement."""
    if not rows:
        return
    width = len(rows[0])
    one = "(" + ", ".join("?" * width) + ")"
    per = max(1, min(ROWS_PER_INSERT, _MAX_PARAMETERS // width))
    whole = len(rows) // per * per
    if whole:
        db.executemany(
            f"INSERT INTO {quote(table)} VALUES {', '.join([one] * per)}",
            (tuple(chain.from_iterable(rows[i : i + per])) for i in range(0, whole, per)),
        )
    if whole < len(rows):
        db.executemany(f"INSERT INTO {quote(table)} VALUES {one}", rows[whole:])


def write_sqlite(tables: Mapping[str, pl.DataFrame], path: Path) -> Path:
    """Write every table of ``tables`` into a new SQLite file at ``path`` (replaced if present).

    Foreign keys are declared and checked (``PRAGMA foreign_key_check``) before the file
    is kept; a violation raises :class:`ValueError` naming the table.
    """
    path.unlink(missing_ok=True)
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        db.execute("PRAGMA page_size = 4096")
        # The file is a staging copy that is only kept once complete: a crash loses nothing
        # a journal or a sync would save, and the page cache holds the key indexes while
        # rows go in (rows come in key order, so 64 MiB hold the pages being filled; at
        # 25,000 contests 256 MiB took as long and 220 MiB more memory). None of this is
        # stored in the file.
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA cache_size = -65536")
        db.execute("BEGIN")
        for statement in METADATA_SQL:
            db.execute(statement)
        meta_tables, meta_fields = _metadata_rows()
        db.executemany('INSERT INTO "_tables" VALUES (?, ?, ?, ?)', meta_tables)
        db.executemany('INSERT INTO "_fields" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', meta_fields)
        for table in TABLE_NAMES:
            db.execute(create_table_sql(table))
            stored = sql_frame(table, tables[table])
            for offset in range(0, stored.height, BLOCK_ROWS):  # a block of Python rows at a time
                insert_rows(db, table, stored.slice(offset, BLOCK_ROWS).rows())
            for statement in index_sql(table):
                db.execute(statement)
        db.execute(RESULTS_FLAT_SQL)
        violations = db.execute("PRAGMA foreign_key_check").fetchall()
        if violations:
            db.execute("ROLLBACK")
            raise ValueError(f"{path.name}: foreign key violations: {violations[:10]}")
        db.execute("COMMIT")
    remember_sources(path, [tables[table] for table in TABLE_NAMES])
    return path
