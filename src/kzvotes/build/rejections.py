"""Readings a maintainer rejected in ``kzvotes review``: remembered, never proposed again.

``<ledger>/rejected.csv`` names a reading by what makes it one: the document (its sha256),
the row and field it would fill, and the value read. A new version of the page is a new
document and is proposed again; a different value from the same page is a new reading.
"""

from __future__ import annotations

import csv
from pathlib import Path

from kzvotes.build.claims import Claim
from kzvotes.errors import LedgerError, LedgerProblem

REJECTED_FILE = "rejected.csv"
REJECTED_COLUMNS = ("source_id", "table", "row_key", "field", "value", "note")

Reading = tuple[str, str, str, str, str]  # source_id, table, row_key, field, value


def reading_of(claim: Claim) -> Reading:
    """The identity of a machine reading, as text.

    >>> reading_of(Claim("contests", "c", "against_all", 12, "ab", "chars 1-3", "extracted"))
    ('ab', 'contests', 'c', 'against_all', '12')
    """
    value = str(claim.value).lower() if isinstance(claim.value, bool) else str(claim.value)
    return (claim.source_id, claim.table, claim.row_key, claim.field, value)


def read_rejections(ledger_dir: Path) -> set[Reading]:
    """The rejected readings of the ledger folder (none when the file does not exist)."""
    path = ledger_dir / REJECTED_FILE
    if not path.is_file():
        return set()
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in REJECTED_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise LedgerError([LedgerProblem(path, 1, missing[0], "missing column")])
        return {
            (row["source_id"], row["table"], row["row_key"], row["field"], row["value"])
            for row in reader
        }


def rejected(claim: Claim, rejections: set[Reading]) -> bool:
    """Whether a maintainer rejected this reading (only machine readings can be)."""
    return claim.method == "extracted" and reading_of(claim) in rejections


def append_rejections(ledger_dir: Path, readings: list[tuple[Reading, str]]) -> int:
    """Add ``(reading, note)`` pairs not yet rejected; returns how many were added."""
    path = ledger_dir / REJECTED_FILE
    known = read_rejections(ledger_dir)
    new = [(r, note) for r, note in readings if r not in known]
    if not new:
        return 0
    exists = path.is_file()
    with path.open("a", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        if not exists:
            writer.writerow(REJECTED_COLUMNS)
        for reading, note in sorted(set(new)):
            writer.writerow([*reading, note])
    return len(new)
