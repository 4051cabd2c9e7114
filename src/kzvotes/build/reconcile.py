"""Choose one value per field from the claims, give it a trust level, record disagreements.

Rules, in order: a transcribed (ledger) value beats an extracted one and is ``checked``.
Without one, the extracted claims must all agree: read identically by documents of at
least two different publishers they are ``corroborated``, by one publisher only
``single_source``; documents that disagree make the field ``disputed``. Only checked and
corroborated values are published (:mod:`kzvotes.build.gate`). A claim that differs from the
kept value becomes a row of ``conflicts``; nothing is resolved silently. Printed names are
spellings, not facts, so they never conflict.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kzvotes.build.claims import Claim, Value

if TYPE_CHECKING:
    import polars as pl

_RANK = {"transcribed": 0, "extracted": 1, "derived": 2}
_NOT_CONFLICTS = {"name", "name_as_printed"}

CHECKED, CORROBORATED, SINGLE_SOURCE, DISPUTED = (
    "checked",
    "corroborated",
    "single_source",
    "disputed",
)
PUBLISHED = (CHECKED, CORROBORATED)
_LEVEL_RANK = {
    level: rank for rank, level in enumerate((CHECKED, CORROBORATED, SINGLE_SOURCE, DISPUTED))
}

FieldKey = tuple[str, str, str]  # table, row_key, field


@dataclass(frozen=True)
class Reconciled:
    """The kept claim of every field, its trust level, and the conflicts found."""

    kept: dict[FieldKey, Claim]
    trust: dict[FieldKey, str]
    conflicts: list[dict[str, str | None]]

    def published(self, key: FieldKey) -> Claim | None:
        """The kept claim of ``key`` when its trust allows publishing it, else None."""
        return self.kept.get(key) if self.trust.get(key) in PUBLISHED else None


def same_value(a: Value, b: Value) -> bool:
    """Equal, with percentages compared to the rounding of their printed form."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, float) or isinstance(b, float):
        return abs(float(a) - float(b)) < 0.05 + 1e-9
    return a == b


def weakest(levels: Iterable[str]) -> str:
    """The least trusted of ``levels`` (checked when there is none).

    >>> weakest(["checked", "corroborated"])
    'corroborated'
    """
    return max(levels, key=_LEVEL_RANK.__getitem__, default=CHECKED)


def _trust(key: FieldKey, stated: list[Claim], publisher_of: Mapping[str, str]) -> str:
    if any(c.method == "transcribed" for c in stated):
        return CHECKED
    first = stated[0]
    if key[2] not in _NOT_CONFLICTS and not all(same_value(c.value, first.value) for c in stated):
        return DISPUTED
    publishers = {publisher_of.get(c.source_id, c.source_id) for c in stated}
    return CORROBORATED if len(publishers) >= 2 else SINGLE_SOURCE


def _reason(kept: Claim, other: Claim, trust: str) -> str:
    if kept.method == "transcribed" and other.method != "transcribed":
        return "the ledger (hand-checked) is kept over an extracted value"
    if trust == DISPUTED:
        return "documents disagree: neither value is published until a maintainer reviews them"
    return f"first {kept.method} source in ledger order is kept; both are published in facts"


def reconcile(
    claims: Iterable[Claim],
    contest_of: Mapping[str, str],
    publisher_of: Mapping[str, str] | None = None,
) -> Reconciled:
    """Keep one claim per field; ``contest_of`` maps a row key to its contest_id and
    ``publisher_of`` a source_id to its publisher (a source is its own publisher if absent)."""
    publisher_of = publisher_of or {}
    by_field: dict[FieldKey, list[Claim]] = {}
    for claim in claims:
        by_field.setdefault((claim.table, claim.row_key, claim.field), []).append(claim)
    kept: dict[FieldKey, Claim] = {}
    trust: dict[FieldKey, str] = {}
    conflicts: list[dict[str, str | None]] = []
    for key, stated in by_field.items():
        if len(stated) == 1 and stated[0].method == "transcribed":
            kept[key], trust[key] = stated[0], CHECKED  # most fields: one ledger row says it
            continue
        best = min(stated, key=lambda c: _RANK[c.method])  # min is stable: first of a rank
        kept[key] = best
        trust[key] = _trust(key, stated, publisher_of)
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
                "kept_value": str(best.value) if trust[key] in PUBLISHED else None,
                "kept_source_id": best.source_id,
                "other_value": str(other.value),
                "other_source_id": other.source_id,
                "reason": _reason(best, other, trust[key]),
            })  # fmt: skip
    return Reconciled(kept, trust, conflicts)


# codes that are one figure per scope (breakdowns such as winners by nominator are not)
SINGLE_FIGURE_CODES = (
    "contests_held", "contests_held_district", "contests_held_city", "contests_held_rural",
    "contests_scheduled", "turnout_pct", "registered_voters", "ballots_cast",
    "candidates_registered", "candidates_registered_party", "candidates_registered_self",
    "candidates_on_ballot", "candidates_nominated", "candidates_nominated_party",
    "candidates_nominated_self", "polling_stations", "incumbents_kept", "akims_elected",
    "average_age",
)  # fmt: skip
# the figures of one scope: what two summary rows must share to be about the same thing
_SUMMARY_SCOPE = ("election_date", "period_as_printed", "election_type", "scope", "place_id",
                  "area_as_transcribed", "metric_code")  # fmt: skip


def summary_conflicts(summaries: pl.DataFrame) -> pl.DataFrame:
    """A ``conflicts`` row for every summary figure that another source gives differently
    for the same scope and metric code; the first in ledger order is the one named kept.
    Both stay in ``summaries``: neither is resolved."""
    import polars as pl

    scope = [pl.col(c).cast(pl.String).fill_null("") for c in _SUMMARY_SCOPE]
    figures = (
        summaries.filter(
            pl.col("metric_code").is_in(SINGLE_FIGURE_CODES) & pl.col("value").is_not_null()
        )
        .with_columns(scope_key=pl.concat_str(scope, separator="|"), order=pl.int_range(pl.len()))
        .sort("order")
    )
    first = figures.group_by("scope_key", maintain_order=True).agg(
        kept_id=pl.col("summary_id").first(),
        kept_value=pl.col("value").first(),
        kept_source_id=pl.col("source_id").first(),
    )
    return (
        figures.join(first, on="scope_key")
        # a source disagreeing with itself is a breakdown, not two sources
        .filter(
            (pl.col("value") != pl.col("kept_value"))
            & (pl.col("source_id") != pl.col("kept_source_id"))
        )
        .unique(["kept_id", "source_id"], keep="first", maintain_order=True)
        .select(
            contest_id=pl.format("summaries: {}", pl.col("scope_key")),
            field=pl.format("summaries.{}", pl.col("metric_code")),
            row_key=pl.col("kept_id"),
            kept_value=pl.col("kept_value").cast(pl.String),
            kept_source_id=pl.col("kept_source_id"),
            other_value=pl.col("value").cast(pl.String),
            other_source_id=pl.col("source_id"),
            reason=pl.lit(
                "sources give different figures for the same scope and metric; both rows stay"
                " in summaries, the first in ledger order is named kept"
            ),
        )
    )
