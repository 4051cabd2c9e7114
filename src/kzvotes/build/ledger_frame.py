"""The ledger's results as one typed polars frame, read by columns when every row is clean.

:func:`kzvotes.build.ledger.read_ledger` checks and parses cell by cell, so that it can name
every problem; at a decade's scale that is seconds and a Python object per row. Most builds
read a clean ledger, so :func:`read_ledger_frame` first tries the same checks as frame
expressions over the columns. They are stricter, never looser: whatever they cannot vouch
for (a bad cell, a blank line, digits of another script, a duplicate) sends the whole ledger
to ``read_ledger``, which raises with its messages or returns rows that are then framed.
Either way the frame is the same (:data:`RESULT_FRAME_SCHEMA`, in file order).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kzvotes.build.fields import CONTEST_FIGURES, LEDGER_COUNTS, RESULT_COLUMNS
from kzvotes.build.ledger import (
    ELECTION_TYPES,
    MAX_LINE_BYTES,
    SOURCE_KINDS,
    ResultRow,
    SummaryRow,
    read_ledger,
    read_summaries,
    read_updated,
)
from kzvotes.errors import LedgerProblem

if TYPE_CHECKING:
    import polars as pl

# Unicode line and field separators: Python and polars differ on whether these split lines
# or are white space; no ledger needs them, so a file with one is read by the reader
_ODD_CHARACTERS = re.compile("[\r\x0b\x0c\x1c-\x1f\x85\u2028\u2029\x00]")
_COUNTS = LEDGER_COUNTS
# the columns of a ResultRow the build reads (the transcriber's place is for review only),
# with the file's name and the row's first line
_FRAMED = tuple(c for c in RESULT_COLUMNS if c != "place_as_transcribed")


def result_frame_schema() -> dict[str, pl.DataType]:
    import polars as pl

    types: dict[str, pl.DataType] = {"file": pl.String(), "line": pl.Int64()}
    for name in _FRAMED:
        types[name] = pl.String()
    for name in _COUNTS:
        types[name] = pl.Int64()
    types.update(election_date=pl.Date(), turnout_pct=pl.Float64(), elected=pl.Boolean())
    return types


@dataclass(frozen=True)
class LedgerFrame:
    """The ledger as the build reads it: the results as a frame, the summaries as rows."""

    results: pl.DataFrame
    summaries: tuple[SummaryRow, ...]


def read_ledger_frame(directory: Path) -> LedgerFrame:
    """Read and check the ledger in ``directory`` as :func:`~kzvotes.build.ledger.read_ledger`
    does (raising :class:`~kzvotes.errors.LedgerError` with every problem), the results as
    a frame."""
    problems: list[LedgerProblem] = []
    read_updated(directory / "ledger.toml", problems)
    results = _clean_results(directory / "results.csv")
    summaries = read_summaries(directory / "summaries.csv", problems)
    if problems or results is None:
        ledger = read_ledger(directory)  # names every problem, or vouches for the rows
        return LedgerFrame(results_frame(ledger.results), ledger.summaries)
    return LedgerFrame(results, tuple(summaries))


def results_frame(rows: Sequence[ResultRow]) -> pl.DataFrame:
    """Rows read one by one, as the frame :func:`read_ledger_frame` gives."""
    import polars as pl

    columns: dict[str, list[object]] = {
        "file": [r.origin.path.name for r in rows],
        "line": [r.origin.row for r in rows],
    }
    for name in _FRAMED:
        columns[name] = [getattr(r, name) for r in rows]
    return pl.DataFrame(columns, schema=result_frame_schema())


def _records(path: Path) -> tuple[list[int], pl.DataFrame] | None:
    """The first line and the cells (as a frame of strings) of every data row; None unless
    the file is UTF-8 with the header, short lines, no blank line and no CSV error.

    Python's ``csv`` reads the file once without keeping a cell, for the lines and the
    checks; polars reads the cells. Both must count the same cells of the same length, or
    the rows are left to the reader that names problems."""
    import polars as pl

    try:
        data = path.read_bytes()
        text = data.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
    if max(map(len, data.split(b"\n"))) > MAX_LINE_BYTES or _ODD_CHARACTERS.search(text):
        return None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    firsts: list[int] = []
    last, length, width = 0, 0, len(RESULT_COLUMNS)
    try:
        header = next(reader, [])
        last = reader.line_num
        for cells in reader:
            if len(cells) != width:
                return None  # a blank line, or a row cut short or too long
            firsts.append(last + 1)  # a quoted cell may span lines: the row starts after the last
            last = reader.line_num
            length += sum(map(len, cells))
    except csv.Error:
        return None
    if tuple(header) != RESULT_COLUMNS or not firsts:
        return None
    body = data[len(codecs.BOM_UTF8) :] if data.startswith(codecs.BOM_UTF8) else data
    try:
        table = pl.read_csv(io.BytesIO(body), infer_schema=False, quote_char='"')
    except pl.exceptions.PolarsError:
        return None
    table = table.with_columns(pl.all().fill_null(""))  # an empty cell is "", as csv reads it
    read = table.select(pl.sum_horizontal(pl.all().str.len_chars().sum())).item()
    if tuple(table.columns) != RESULT_COLUMNS or table.height != len(firsts) or read != length:
        return None
    return firsts, table


def _clean_results(path: Path) -> pl.DataFrame | None:
    """``results.csv`` as a typed frame when every check holds on every row, else None."""
    import polars as pl

    from kzvotes.reference import load_parties, load_places

    read = _records(path)
    if read is None:
        return None
    lines, cells = read
    # stripped as str.strip() strips: the characters where the two disagree were ruled out
    raw = cells.with_columns(pl.all().str.strip_chars())
    c = pl.col
    empty = {name: c(name) == "" for name in RESULT_COLUMNS}
    parsed = raw.with_columns(
        *(c(n).cast(pl.Int64, strict=False).alias(f"{n}_value") for n in _COUNTS),
        turnout_value=c("turnout_pct").cast(pl.Float64, strict=False),
        date_value=c("election_date").str.to_date("%Y-%m-%d", strict=False),
    )
    clean = [
        empty["candidate_key"] | c("candidate_key").str.contains(r"^[a-z0-9]+(-[a-z0-9]+)*$"),
        c("nominator").is_in(["", "self", *load_parties()]),
        c("elected").is_in(["", "true", "false"]),
        c("source_url").str.starts_with("https://") | c("source_url").str.starts_with("http://"),
        c("source_kind").is_in(SOURCE_KINDS),
        c("election_type").is_in(ELECTION_TYPES),
        c("place_id").is_in(list(load_places())),
        empty["election_date"]
        | (c("election_date").str.contains(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
           & c("date_value").is_not_null()),
        empty["turnout_pct"]
        | (c("turnout_pct").str.contains(r"^[0-9]+(\.[0-9]+)?$") & (c("turnout_value") <= 100)),
        *(empty[n] | (c(n).str.contains(r"^[0-9]+$") & c(f"{n}_value").is_not_null())
          for n in _COUNTS),
    ]  # fmt: skip
    if not parsed.select(pl.all_horizontal(clean).all()).item():
        return None
    contest = ["source_url", "election_type", "election_date", "place_id"]
    named = parsed.filter(~empty["candidate_key"])
    if named.select(pl.struct(*contest, "candidate_key").is_duplicated().any()).item():
        return None  # the same candidate twice from one source
    figures = {"turnout_pct": "turnout_value"} | {f: f"{f}_value" for f in _COUNTS}
    disagree = parsed.group_by(contest).agg(
        pl.col(figures[f]).drop_nulls().n_unique().gt(1).alias(f) for f in CONTEST_FIGURES
    )
    if disagree.select(pl.any_horizontal(CONTEST_FIGURES).any()).item():
        return None  # one source giving two values of a figure
    typed = {
        "election_date": c("date_value"),
        "turnout_pct": c("turnout_value"),
        "elected": pl.when(~empty["elected"]).then(c("elected") == "true"),
        "note": c("note"),  # an empty note is "", as the reader gives it
        **{n: c(f"{n}_value") for n in _COUNTS},
    }
    return parsed.select(
        file=pl.lit(path.name),
        line=pl.Series(lines, dtype=pl.Int64),
        **{n: typed.get(n, pl.when(~empty[n]).then(c(n))) for n in _FRAMED},
    ).cast(pl.Schema(result_frame_schema()))
