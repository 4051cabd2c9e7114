"""Choose one value per field from the claims, and record every disagreement.

Rules, in order: a transcribed (ledger) value beats an extracted one; among equals the
first stated wins (ledger line order, then archive order). A claim that differs from the
kept value becomes a row of ``conflicts``; nothing is resolved silently. Printed names are
spellings, not facts, so they never conflict.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kzvotes.claims import Claim, Value

_RANK = {"transcribed": 0, "extracted": 1, "derived": 2}
_NOT_CONFLICTS = {"name", "name_as_printed"}

FieldKey = tuple[str, str, str]  # table, row_key, field


@dataclass(frozen=True)
class Reconciled:
    """The kept claim of every field, and the conflicts found."""

    kept: dict[FieldKey, Claim]
    conflicts: list[dict[str, str | None]]


def same_value(a: Value, b: Value) -> bool:
    """Equal, with percentages compared to the rounding of their printed form."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, float) or isinstance(b, float):
        return abs(float(a) - float(b)) < 0.05 + 1e-9
    return a == b


def _reason(kept: Claim, other: Claim) -> str:
    if kept.method == "transcribed" and other.method != "transcribed":
        return "the ledger (hand-checked) is kept over an extracted value"
    return f"first {kept.method} source in ledger order is kept; both are published in facts"


def reconcile(claims: Iterable[Claim], contest_of: dict[str, str]) -> Reconciled:
    """Keep one claim per field; ``contest_of`` maps a row key to its contest_id."""
    by_field: dict[FieldKey, list[Claim]] = {}
    for claim in claims:
        by_field.setdefault((claim.table, claim.row_key, claim.field), []).append(claim)
    kept: dict[FieldKey, Claim] = {}
    conflicts: list[dict[str, str | None]] = []
    for key, stated in by_field.items():
        best = min(stated, key=lambda c: _RANK[c.method])  # min is stable: first of a rank
        kept[key] = best
        if key[2] in _NOT_CONFLICTS:
            continue
        reported: set[str] = set()
        for other in stated:
            if same_value(other.value, best.value) or other.source_id in reported:
                continue
            reported.add(other.source_id)
            conflicts.append({
                "contest_id": contest_of.get(key[1], key[1]),
                "field": f"{key[0]}.{key[2]}",
                "row_key": key[1],
                "kept_value": str(best.value),
                "kept_source_id": best.source_id,
                "other_value": str(other.value),
                "other_source_id": other.source_id,
                "reason": _reason(best, other),
            })  # fmt: skip
    return Reconciled(kept, conflicts)
