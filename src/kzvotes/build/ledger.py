"""The ledger: hand-checked facts, one cited source per row, in reviewed CSV files.

``results.csv`` holds contest and candidate figures (one row per candidate per source, or a
contest-only row with an empty candidate); ``summaries.csv`` holds national and regional
figures; ``ledger.toml`` holds the day of the last reviewed change (``updated``).

Reading is strict, so that nothing is dropped silently: the files must be UTF-8 (with or
without a byte-order mark), every row must have exactly the header's cells, no line may be
longer than :data:`MAX_LINE_BYTES`, a results file may not be empty, and one source may not
give two values for the same figure. Every problem in every row is collected and reported
at once, naming the file, the line (as an editor counts it, also after a quoted multi-line
cell) and the column (:class:`kzvotes.errors.LedgerError`).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from kzvotes.build.fields import CONTEST_FIGURES, RESULT_COLUMNS
from kzvotes.errors import LedgerError, LedgerProblem
from kzvotes.reference import load_parties, load_places

SUMMARY_COLUMNS = (
    "source_url", "source_kind", "election_date", "election_type", "scope", "place_id",
    "area_as_transcribed", "metric", "value", "value_as_printed", "note",
)  # fmt: skip

# Popular votes published in the tables; indirect elections stay in the ledger only.
POPULAR_ELECTION_TYPES = ("rural_akim", "district_akim", "city_akim")
ELECTION_TYPES = (*POPULAR_ELECTION_TYPES, "indirect_regional_akim")
SOURCE_KINDS = ("cec", "territorial_commission", "akimat", "news", "wikipedia")
SCOPES = ("national", "region", "district", "city", "okrug", "precinct")

# The csv module's own field limit; a longer line is a pasted page, not a ledger row.
MAX_LINE_BYTES = 128 * 1024
_UNICODE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_COUNT = re.compile(r"\d+")
_DECIMAL = re.compile(r"\d+(\.\d+)?")
_KEY = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a ledger value was read: file and 1-based line (the header is line 1)."""

    path: Path
    row: int

    def __str__(self) -> str:
        return f"ledger/{self.path.name}:{self.row}"


@dataclass(frozen=True, slots=True)
class ResultRow:
    """One row of ``results.csv``, parsed and checked."""

    origin: Origin
    source_url: str
    source_kind: str
    election_date: date | None
    election_type: str
    place_id: str
    place_as_transcribed: str
    registered_voters: int | None
    ballots_cast: int | None
    turnout_pct: float | None
    candidate_key: str | None
    candidate_name: str | None
    nominator: str | None  # "self", a party_id, or None when the source does not say
    votes: int | None
    against_all: int | None
    invalid_ballots: int | None
    elected: bool | None
    note: str


@dataclass(frozen=True, slots=True)
class SummaryRow:
    """One row of ``summaries.csv``, parsed and checked."""

    origin: Origin
    source_url: str
    source_kind: str
    election_date: date | None
    period_as_printed: str | None
    election_type: str
    scope: str
    place_id: str | None
    area_as_transcribed: str
    metric: str
    value: float | None
    value_as_printed: str | None
    note: str


@dataclass(frozen=True)
class Ledger:
    """Everything read from a ledger folder."""

    results: tuple[ResultRow, ...]
    summaries: tuple[SummaryRow, ...]


T = TypeVar("T")


class _RowReader:
    """Parses the cells of one row, recording a problem for each bad cell."""

    def __init__(self, path: Path, line: int, row: dict[str, str], problems: list[LedgerProblem]):
        self.path, self.line, self.row, self.problems = path, line, row, problems

    def problem(self, column: str, message: str) -> None:
        self.problems.append(LedgerProblem(self.path, self.line, column, message))

    def text(self, column: str) -> str:
        return self.row.get(column) or ""  # the cells are stripped by _read_csv

    def parsed(self, column: str, parse: Callable[[str], T], what: str) -> T | None:
        return self._parsed(column, self.text(column), parse, what)

    def _parsed(self, column: str, raw: str, parse: Callable[[str], T], what: str) -> T | None:
        if not raw:
            return None
        try:
            return parse(raw)
        except ValueError:
            self.problem(column, f"{raw!r} is not {what}")
            return None

    def count(self, column: str) -> int | None:
        raw = self.text(column)
        if raw.isascii() and raw.isdigit():
            return int(raw)  # the common case, without the regex (counts by the hundred thousand)
        if raw.startswith("-") and _COUNT.fullmatch(raw[1:]):
            self.problem(column, f"negative count {raw}: counts are never below zero")
            return None
        return self._parsed(column, raw, _parse_count, "a whole number (digits only, no spaces)")

    def decimal(self, column: str) -> float | None:
        return self.parsed(column, _parse_decimal, "a decimal number with a point (56.0)")

    def day(self, column: str) -> date | None:
        return self.parsed(column, date.fromisoformat, "a date YYYY-MM-DD")

    def choice(self, column: str, allowed: tuple[str, ...], *, required: bool = True) -> str:
        value = self.text(column)
        if (value or required) and value not in allowed:
            self.problem(column, f"{value!r} is not one of {', '.join(allowed)}")
        return value


def _parse_count(raw: str) -> int:
    if not _COUNT.fullmatch(raw):
        raise ValueError(raw)
    return int(raw)


def _parse_decimal(raw: str) -> float:
    if not _DECIMAL.fullmatch(raw):
        raise ValueError(raw)
    return float(raw)


@dataclass(frozen=True)
class _Record:
    """One data row of a ledger CSV: its first file line and its stripped cells by column."""

    line: int
    cells: dict[str, str]


def _decoded(path: Path, data: bytes, problems: list[LedgerProblem]) -> str | None:
    """The text of a ledger file: UTF-8, a leading byte-order mark dropped; else a problem."""
    from kzvotes.parse.charset import detect_charset

    for bom, name in _UNICODE_BOMS:
        if data.startswith(bom):
            problems.append(LedgerProblem(path, 1, "", f"encoded as {name}: save it as UTF-8"))
            return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        detected = detect_charset(data)
        problems.append(
            LedgerProblem(
                path,
                line,
                "",
                f"not UTF-8 (byte 0x{data[err.start]:02x}; the file looks like {detected}):"
                " save it as UTF-8",
            )
        )
        return None


def _too_long_lines(path: Path, text: str, problems: list[LedgerProblem]) -> bool:
    before = len(problems)
    for number, line in enumerate(text.splitlines(), start=1):
        size = len(line.encode("utf-8"))
        if size > MAX_LINE_BYTES:
            problems.append(
                LedgerProblem(
                    path,
                    number,
                    "",
                    f"line of {size} bytes: a ledger line may not exceed {MAX_LINE_BYTES} bytes",
                )
            )
    return len(problems) > before


def _records(
    path: Path, text: str, problems: list[LedgerProblem]
) -> Iterator[tuple[int, list[str]]]:
    """Every row of a CSV text (the header first) with its first file line; ``csv`` counts
    the lines of quoted multi-line cells too."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    while True:
        first_line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            problems.append(LedgerProblem(path, first_line, "", f"not a CSV row: {err}"))
            return
        if cells:  # a blank line is no row
            yield first_line, cells


def _read_csv(path: Path, columns: tuple[str, ...], problems: list[LedgerProblem]) -> list[_Record]:
    """The rows of a ledger CSV, each with exactly the header's cells; problems recorded."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        problems.append(LedgerProblem(path, 0, "", "file not found"))
        return []
    except OSError as err:
        problems.append(LedgerProblem(path, 0, "", f"cannot read: {err.strerror or err}"))
        return []
    text = _decoded(path, data, problems)
    if text is None or _too_long_lines(path, text, problems):
        return []
    records = _records(path, text, problems)
    _, header_cells = next(records, (1, []))
    header = tuple(header_cells)
    if header != columns:
        missing = [c for c in columns if c not in header]
        extra = [c for c in header if c not in columns]
        problems.append(
            LedgerProblem(
                path,
                1,
                "",
                f"header must be {', '.join(columns)}"
                f" (missing: {missing or 'none'}; unexpected: {extra or 'none'})",
            )
        )
        return []
    rows: list[_Record] = []
    for line, cells in records:
        if len(cells) == len(columns):
            # stripped once here: a cell is read only through _RowReader.text
            rows.append(_Record(line, dict(zip(columns, map(str.strip, cells), strict=True))))
            continue
        short = len(cells) < len(columns)
        problems.append(
            LedgerProblem(
                path,
                line,
                columns[len(cells)] if short else "",
                f"{len(cells)} cells where the header has {len(columns)}: "
                + ("the row is cut short" if short else "extra cells after the last column")
                + " (a comma inside a cell needs quotes)",
            )
        )
    return rows


def _url(reader: _RowReader) -> str:
    url = reader.text("source_url")
    if not url.startswith(("https://", "http://")):
        reader.problem("source_url", f"{url!r} is not an http(s) URL: every row needs its source")
    return url


def _place(reader: _RowReader, *, required: bool) -> str | None:
    place_id = reader.text("place_id")
    if not place_id:
        if required:
            reader.problem("place_id", "empty: every contest needs a place from the gazetteer")
        return None
    if place_id not in load_places():
        reader.problem("place_id", f"unknown place {place_id!r}: add it to data/places.csv first")
    return place_id


def read_results(path: Path, problems: list[LedgerProblem]) -> list[ResultRow]:
    """Parse ``results.csv``; bad cells are appended to ``problems``, not raised."""
    parties = load_parties()
    rows: list[ResultRow] = []
    seen: dict[tuple[str, ...], int] = {}
    records = _read_csv(path, RESULT_COLUMNS, problems)
    if path.is_file() and not records and not problems:
        problems.append(
            LedgerProblem(
                path, 1, "", "a header and no rows: an empty ledger would publish an empty package"
            )
        )
    for record in records:
        line = record.line
        r = _RowReader(path, line, record.cells, problems)
        before = len(problems)
        candidate_key = r.text("candidate_key") or None
        if candidate_key and not _KEY.fullmatch(candidate_key):
            r.problem("candidate_key", f"{candidate_key!r} must be a lower-case slug (a-z, 0-9, -)")
        nominator = r.text("nominator") or None
        if nominator and nominator != "self" and nominator not in parties:
            r.problem(
                "nominator", f"{nominator!r} is neither 'self' nor a party_id of data/parties.csv"
            )
        elected_raw = r.choice("elected", ("true", "false"), required=False)
        row = ResultRow(
            origin=Origin(path, line),
            source_url=_url(r),
            source_kind=r.choice("source_kind", SOURCE_KINDS),
            election_date=r.day("election_date"),
            election_type=r.choice("election_type", ELECTION_TYPES),
            place_id=_place(r, required=True) or "",
            place_as_transcribed=r.text("place_as_transcribed"),
            registered_voters=r.count("registered_voters"),
            ballots_cast=r.count("ballots_cast"),
            turnout_pct=r.decimal("turnout_pct"),
            candidate_key=candidate_key,
            candidate_name=r.text("candidate_name") or None,
            nominator=nominator,
            votes=r.count("votes"),
            against_all=r.count("against_all"),
            invalid_ballots=r.count("invalid_ballots"),
            elected={"true": True, "false": False}.get(elected_raw),
            note=r.text("note"),
        )
        if row.turnout_pct is not None and row.turnout_pct > 100:
            r.problem("turnout_pct", f"{row.turnout_pct} is more than 100 per cent")
        if candidate_key:
            key = (
                row.source_url,
                row.election_type,
                str(row.election_date),
                row.place_id,
                candidate_key,
            )
            if key in seen:
                r.problem(
                    "candidate_key",
                    f"duplicate candidate {candidate_key!r}: the same source"
                    f" already lists them for this contest on line {seen[key]}",
                )
            seen.setdefault(key, line)
        if len(problems) == before:
            rows.append(row)
    _same_source_disagreements(
        path,
        rows,
        lambda row: (row.source_url, row.election_type, str(row.election_date), row.place_id),
        CONTEST_FIGURES,
        problems,
    )
    return rows


def _same_source_disagreements(
    path: Path,
    rows: list[Any],
    key: Callable[[Any], tuple[str, ...]],
    figures: tuple[str, ...],
    problems: list[LedgerProblem],
) -> None:
    """One source, one value per figure: a second, different value names both lines."""
    first: dict[tuple[tuple[str, ...], str], tuple[Any, int]] = {}
    for row in rows:
        for figure in figures:
            value = getattr(row, figure)
            if value is None:
                continue
            seen = first.setdefault((key(row), figure), (value, row.origin.row))
            if seen[0] != value:
                problems.append(
                    LedgerProblem(
                        path,
                        row.origin.row,
                        figure,
                        f"{value} here but {seen[0]} on line {seen[1]} from the same source"
                        f" {row.source_url}: one source gives one value (fix the transcription)",
                    )
                )


def _period(reader: _RowReader) -> tuple[date | None, str | None]:
    raw = reader.text("election_date")
    if not raw:
        return None, None
    try:
        return date.fromisoformat(raw), None
    except ValueError:
        if re.fullmatch(r"\d{4}(-\d{2})?(\.\.\d{4})?", raw):
            return None, raw  # a year, a month or a span of years: kept as printed
        reader.problem("election_date", f"{raw!r} is neither a date YYYY-MM-DD nor a year or month")
        return None, None


def read_summaries(path: Path, problems: list[LedgerProblem]) -> list[SummaryRow]:
    """Parse ``summaries.csv``; bad cells are appended to ``problems``, not raised."""
    rows: list[SummaryRow] = []
    for record in _read_csv(path, SUMMARY_COLUMNS, problems):
        line = record.line
        r = _RowReader(path, line, record.cells, problems)
        before = len(problems)
        day, period = _period(r)
        row = SummaryRow(
            origin=Origin(path, line),
            source_url=_url(r),
            source_kind=r.choice("source_kind", SOURCE_KINDS),
            election_date=day,
            period_as_printed=period,
            election_type=r.text("election_type"),
            scope=r.choice("scope", SCOPES),
            place_id=_place(r, required=False),
            area_as_transcribed=r.text("area_as_transcribed"),
            metric=r.text("metric"),
            value=r.decimal("value"),
            value_as_printed=r.text("value_as_printed") or None,
            note=r.text("note"),
        )
        if not row.metric:
            r.problem("metric", "empty: say what is counted")
        if len(problems) == before:
            rows.append(row)
    _same_source_disagreements(
        path,
        rows,
        lambda row: (
            row.source_url,
            str(row.election_date or row.period_as_printed),
            row.election_type,
            row.scope,
            row.place_id or "",
            row.area_as_transcribed,
            row.metric,
        ),
        ("value",),
        problems,
    )
    return rows


def read_updated(path: Path, problems: list[LedgerProblem]) -> date | None:
    """The ``updated`` day of ``ledger.toml`` (None when the file or the key is absent)."""
    if not path.is_file():
        return None
    try:
        meta: dict[str, Any] = tomllib.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:
        problems.append(LedgerProblem(path, 0, "", "not UTF-8: save it as UTF-8"))
        return None
    except tomllib.TOMLDecodeError as err:
        where = re.search(r"at line (\d+)", str(err))
        line = int(where.group(1)) if where else 0
        problems.append(LedgerProblem(path, line, "", f"not valid TOML: {err}"))
        return None
    raw = meta.get("updated")
    if raw is None:
        return None
    if isinstance(raw, date) and not isinstance(raw, datetime):
        return raw
    if isinstance(raw, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
        try:
            return date.fromisoformat(raw)
        except ValueError:
            pass  # 2026-02-30: reported below
    text = path.read_text(encoding="utf-8-sig").splitlines()
    line = next((n for n, t in enumerate(text, start=1) if re.match(r"\s*updated\s*=", t)), 0)
    problems.append(
        LedgerProblem(
            path, line, "updated", f'{raw!r} is not a day YYYY-MM-DD (updated = "2026-11-27")'
        )
    )
    return None


def read_ledger(directory: Path) -> Ledger:
    """Read and check every ledger file in ``directory``; raise :class:`LedgerError` listing
    every problem if any row is bad."""
    problems: list[LedgerProblem] = []
    read_updated(directory / "ledger.toml", problems)
    results = read_results(directory / "results.csv", problems)
    summaries = read_summaries(directory / "summaries.csv", problems)
    if problems:
        raise LedgerError(problems)
    return Ledger(tuple(results), tuple(summaries))
