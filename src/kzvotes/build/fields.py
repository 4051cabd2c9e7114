"""The fields the build carries: the ledger's columns, and the figures among them.

A figure is a number the ledger transcribes and a published table holds. Which columns are
numbers, and of what kind, is said once, by the Table Schemas in ``schemas/``; the lists
here are read from them, so a figure added to the ledger's columns and to a schema reaches
every stage (claims, the ledger's checks, archive facts, the tables) without a second edit.

>>> CONTEST_FIGURES
('registered_voters', 'ballots_cast', 'turnout_pct', 'against_all', 'invalid_ballots')
>>> CONTEST_COUNTS
('registered_voters', 'ballots_cast', 'invalid_ballots', 'against_all')
>>> LEDGER_COUNTS
('registered_voters', 'ballots_cast', 'votes', 'against_all', 'invalid_ballots')
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kzvotes.schema import field_types

# The ledger's results file, in its column order: one candidate of one contest, as one
# source gives it (or a contest-only row with an empty candidate).
RESULT_COLUMNS = (
    "source_url", "source_kind", "election_date", "election_type", "place_id",
    "place_as_transcribed", "registered_voters", "ballots_cast", "turnout_pct",
    "candidate_key", "candidate_name", "nominator", "votes", "against_all",
    "invalid_ballots", "elected", "note",
)  # fmt: skip

_NUMBERS = ("integer", "number")


def figures_of(
    table: str, columns: Sequence[str] = RESULT_COLUMNS, directory: Path | None = None
) -> tuple[str, ...]:
    """The numeric fields of ``table`` that the ledger transcribes, in the ledger's order
    (the order claims are stated in). A numeric field no ledger column gives (a derived
    measure, ``polling_stations``) is not a figure: no source's claim can reach it."""
    types = field_types(table, directory)
    return tuple(c for c in columns if types.get(c) in _NUMBERS)


def counts_of(
    table: str, columns: Sequence[str] = RESULT_COLUMNS, directory: Path | None = None
) -> tuple[str, ...]:
    """The whole-number figures of ``table`` (no percentages), in the schema's order."""
    figures = figures_of(table, columns, directory)
    types = field_types(table, directory)
    return tuple(f for f in types if f in figures and types[f] == "integer")


# Figures one source gives once per contest: two different values from the same source
# are a transcription error, never a conflict between sources.
CONTEST_FIGURES = figures_of("contests")
CONTEST_COUNTS = counts_of("contests")
# every whole number of a results row, a contest's or a candidate's, in the ledger's order
LEDGER_COUNTS = tuple(c for c in RESULT_COLUMNS if c in {*CONTEST_COUNTS, *counts_of("candidates")})


@dataclass(frozen=True)
class DerivedShare:
    """A percentage the build works out from two counts of the same contest when no source
    states it (method ``derived``): ``100 * part / whole``, rounded to two places."""

    field: str
    part: str
    whole: str


# turnout: the ballots cast of the voters on the lists (the contests schema's fields)
TURNOUT = DerivedShare("turnout_pct", part="ballots_cast", whole="registered_voters")
