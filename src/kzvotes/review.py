"""The maintainer's review: machine readings in ``pending`` become ledger rows, or are rejected.

The queue is the package's ``pending`` table, grouped by contest, each reading shown with the
sentence it came from (read again from the archive) and the document's URL. A decision is
``accept`` (the value as read), ``correct`` (a value the maintainer read in the document) or
``reject``. Accepted and corrected values are written to ``results.csv`` of the ledger in its
own format, citing the document's URL, so the next build publishes them as ``checked``;
rejected readings go to ``rejected.csv`` and are not proposed again.

The queue can leave the terminal: :func:`export_queue` writes it as CSV (to fill in) or
Markdown (to read), :func:`apply_decisions` takes the filled CSV back.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from kzvotes.build.ledger import RESULT_COLUMNS, SOURCE_KINDS
from kzvotes.build.rejections import Reading, append_rejections
from kzvotes.errors import KzvotesError
from kzvotes.ids import AGAINST_ALL

DECISIONS = ("accept", "correct", "reject")
EXPORT_COLUMNS = (
    "contest_id", "table", "row_key", "field", "value", "status", "reason", "url",
    "publisher_kind", "source_id", "locator", "quote", "decision", "corrected_value", "note",
)  # fmt: skip
_SPAN = re.compile(r"chars (\d+)-(\d+)")
_SENTENCE_END = re.compile(r"[.!?…]\s|\n")
_TYPE_OF_KIND = {"rural": "rural_akim", "district": "district_akim", "city": "city_akim"}
_CONTEST_ID = re.compile(
    r"kz-akim-(?P<kind>[a-z]+)-(?P<day>\d{4}-\d{2}-\d{2}|undated)/(?P<place>.+)"
)
# ledger columns that a reading of a field fills
_LEDGER_COLUMN = {
    "registered_voters": "registered_voters", "ballots_cast": "ballots_cast",
    "turnout_pct": "turnout_pct", "against_all": "against_all",
    "invalid_ballots": "invalid_ballots", "name": "candidate_name", "nominator": "nominator",
    "votes": "votes", "elected": "elected",
}  # fmt: skip


class ReviewError(KzvotesError):
    """A decisions file or a queue that cannot be used as it is."""


@dataclass(frozen=True)
class Item:
    """One machine reading waiting for a decision."""

    contest_id: str
    table: str
    row_key: str
    field: str
    value: str
    status: str
    reason: str
    url: str
    source_id: str
    locator: str
    publisher_kind: str
    quote: str = ""  # the sentence, the read span between » and «
    decision: str = ""
    corrected_value: str = ""
    note: str = ""

    @property
    def reading(self) -> Reading:
        return (self.source_id, self.table, self.row_key, self.field, self.value)


def quote_span(text: str, start: int, end: int, *, limit: int = 240) -> str:
    """The sentence around ``text[start:end]``, with the span between » and «.

    >>> quote_span("First one. Daumov got 4 660 votes. Last.", 22, 27)
    'Daumov got »4 660« votes.'
    """
    left = max(
        (m.end() for m in _SENTENCE_END.finditer(text, max(0, start - limit), start)), default=None
    )
    begin = left if left is not None else max(0, start - limit)
    right = _SENTENCE_END.search(text, end, min(len(text), end + limit))
    finish = right.start() + 1 if right else min(len(text), end + limit)
    before, after = text[begin:start], text[end:finish]
    return " ".join(f"{before}»{text[start:end]}«{after}".split())


def read_queue(package_dir: Path, archive_dir: Path | None) -> list[Item]:
    """The ``pending`` readings of a built package, sorted by contest, with their sentences."""
    import polars as pl

    from kzvotes.publish.table_read import read_table_csv

    data = package_dir / "data"
    if not (data / "pending.csv").is_file():
        raise ReviewError(f"{package_dir}: no data/pending.csv; run `kzvotes build` first")
    pending = read_table_csv(data / "pending.csv", "pending")
    sources = read_table_csv(data / "sources.csv", "sources").select(
        "source_id", pl.col("publisher_kind").alias("kind"), "url"
    )
    rows = pending.join(sources.drop("url"), on="source_id", how="left").sort(
        "contest_id", "row_key", "field", "source_id", "locator"
    )
    items = [
        Item(
            contest_id=r["contest_id"],
            table=r["table"],
            row_key=r["row_key"],
            field=r["field"],
            value=r["value"] or "",
            status=r["status"],
            reason=r["reason"],
            url=r["url"] or "",
            source_id=r["source_id"],
            locator=r["locator"],
            publisher_kind=r["kind"] or "news",
        )
        for r in rows.iter_rows(named=True)
    ]
    return _with_quotes(items, archive_dir)


def _with_quotes(items: list[Item], archive_dir: Path | None) -> list[Item]:
    """Each item with the sentence its span selects, read from the archived document."""
    if archive_dir is None or not archive_dir.exists():
        return items
    from kzvotes.archive.store import Archive
    from kzvotes.parse import document_text

    archive = Archive(archive_dir)
    content_types = {d.sha256: d.content_type for d in archive.stored_documents()}
    texts: dict[str, str | None] = {}
    quoted = []
    for item in items:
        if item.source_id not in texts:
            try:
                data = archive.read_bytes(item.source_id)
                texts[item.source_id] = document_text(
                    data, content_type=content_types.get(item.source_id)
                ).text
            except KzvotesError:
                texts[item.source_id] = None
        text, span = texts[item.source_id], _SPAN.fullmatch(item.locator)
        if text is None or span is None:
            quoted.append(item)
            continue
        quoted.append(replace(item, quote=quote_span(text, int(span[1]), int(span[2]))))
    return quoted


def export_queue(items: Sequence[Item], path: Path) -> None:
    """The queue as CSV (``decision`` to fill in) or, for a ``.md`` path, as Markdown."""
    if path.suffix.lower() in (".md", ".markdown"):
        path.write_text(render_markdown(items), encoding="utf-8")
        return
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(EXPORT_COLUMNS)
        for item in items:
            writer.writerow([getattr(item, column) for column in EXPORT_COLUMNS])


def render_markdown(items: Sequence[Item]) -> str:
    """The queue for reading: a section per contest, a line per reading with its sentence."""
    lines = ["# Readings waiting for review", ""]
    if not items:
        return "\n".join([*lines, "Nothing is pending.", ""])
    for contest, group in by_contest(items).items():
        lines += [f"## {contest}", ""]
        for item in group:
            lines.append(
                f"- **{_row_label(item)} {item.field} = {item.value}** ({item.status}:"
                f" {item.reason})  "
            )
            if item.quote:
                lines.append(f"  > {item.quote}  ")
            lines.append(f"  [{item.url}]({item.url}) `{item.source_id[:12]}` {item.locator}")
        lines.append("")
    return "\n".join(lines)


def by_contest(items: Iterable[Item]) -> dict[str, list[Item]]:
    grouped: dict[str, list[Item]] = {}
    for item in items:
        grouped.setdefault(item.contest_id, []).append(item)
    return grouped


def _row_label(item: Item) -> str:
    return "contest" if item.table == "contests" else item.row_key.rsplit("/", 1)[-1]


def read_decisions(path: Path) -> list[Item]:
    """The items of an exported CSV that carry a decision; a bad row is named with its line."""
    if not path.is_file():
        raise ReviewError(f"{path}: no such decisions file")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in EXPORT_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ReviewError(f"{path}:1: missing column(s) {', '.join(missing)}")
        decided = []
        for line, row in enumerate(reader, start=2):
            decision = (row["decision"] or "").strip().lower()
            if not decision:
                continue
            if decision not in DECISIONS:
                raise ReviewError(
                    f"{path}:{line}: decision {decision!r} is not one of {', '.join(DECISIONS)}"
                )
            if decision == "correct" and not (row["corrected_value"] or "").strip():
                raise ReviewError(f"{path}:{line}: 'correct' needs a corrected_value")
            fields = {c: (row[c] or "").strip() for c in EXPORT_COLUMNS}
            decided.append(Item(**{**fields, "decision": decision}))
    return decided


@dataclass(frozen=True)
class Applied:
    """What a set of decisions changed in the ledger."""

    ledger_rows: int
    rejected: int
    contests: int
    candidates: int


def apply_decisions(decided: Sequence[Item], ledger_dir: Path) -> Applied:
    """Write accepted and corrected values into ``results.csv``, rejections to ``rejected.csv``."""
    accepted = [i for i in decided if i.decision in ("accept", "correct")]
    rows = ledger_rows(accepted)
    if rows:
        _append_ledger_rows(ledger_dir / "results.csv", rows)
    rejected = append_rejections(
        ledger_dir,
        [
            (i.reading, i.note or "rejected in kzvotes review")
            for i in decided
            if i.decision == "reject"
        ],
    )
    return Applied(
        ledger_rows=len(rows),
        rejected=rejected,
        contests=len({i.contest_id for i in accepted}),
        candidates=len({i.row_key for i in accepted if i.table == "candidates"}),
    )


def _contest_columns(contest_id: str) -> dict[str, str]:
    match = _CONTEST_ID.fullmatch(contest_id)
    if match is None or match["kind"] not in _TYPE_OF_KIND:
        raise ReviewError(f"{contest_id!r} is not a contest id of this project")
    day = match["day"]
    return {
        "election_type": _TYPE_OF_KIND[match["kind"]],
        "election_date": "" if day == "undated" else date.fromisoformat(day).isoformat(),
        "place_id": match["place"],
        "place_as_transcribed": match["place"],
    }


def ledger_rows(accepted: Sequence[Item]) -> list[dict[str, str]]:
    """One ledger row per document and contest (its contest figures) and per document and
    candidate (the candidate's), in the ledger's columns, sorted for a stable file."""
    rows: dict[tuple[str, str, str], dict[str, str]] = {}
    for item in accepted:
        if item.field not in _LEDGER_COLUMN and item.field != "name_as_printed":
            raise ReviewError(f"{item.row_key}: field {item.field!r} has no ledger column")
        if not item.url:
            raise ReviewError(f"{item.row_key} {item.field}: the reading has no source URL")
        candidate_key = "" if item.table == "contests" else item.row_key.rsplit("/", 1)[-1]
        if candidate_key == AGAINST_ALL:
            raise ReviewError(f"{item.row_key}: against all is a contest figure, not a candidate")
        kind = item.publisher_kind or "news"
        row = rows.setdefault((item.url, item.contest_id, candidate_key), {
            **{c: "" for c in RESULT_COLUMNS},
            "source_url": item.url,
            "source_kind": kind if kind in SOURCE_KINDS else "news",
            **_contest_columns(item.contest_id),
            "candidate_key": candidate_key,
            "note": f"accepted in kzvotes review from document {item.source_id[:12]}",
        })  # fmt: skip
        value = item.corrected_value if item.decision == "correct" else item.value
        if item.field == "name_as_printed":
            row["_printed"] = value
            continue
        row[_LEDGER_COLUMN[item.field]] = value
    for row in rows.values():
        printed = row.pop("_printed", "")
        if printed and row["candidate_name"] and printed != row["candidate_name"]:
            # the ledger's convention: a name that is not as printed says so
            row["note"] += "; name converted to nominative case from the printed form " + printed
    return sorted(rows.values(), key=lambda r: (r["source_url"], r["place_id"], r["candidate_key"]))


def _append_ledger_rows(path: Path, rows: Sequence[dict[str, str]]) -> None:
    """Append rows to a ledger CSV whose header is the ledger's, keeping its line endings."""
    with path.open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle), None)
    if tuple(header or ()) != RESULT_COLUMNS:
        raise ReviewError(f"{path}:1: not a ledger results.csv header")
    data = path.read_bytes()
    with path.open("a", encoding="utf-8", newline="") as handle:
        if data and not data.endswith(b"\n"):
            handle.write("\n")
        writer = csv.DictWriter(handle, fieldnames=RESULT_COLUMNS, lineterminator="\n")
        writer.writerows(rows)
