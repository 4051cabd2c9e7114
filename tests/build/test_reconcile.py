"""Reconciliation rules, on synthetic claims (made-up values)."""

from __future__ import annotations

from kzvotes.build.claims import Claim
from kzvotes.build.reconcile import reconcile, same_value


def claim(value: object, source: str, method: str = "transcribed", field: str = "votes") -> Claim:
    return Claim("candidates", "c/x", field, value, source, f"{source}:1", method)  # type: ignore[arg-type]


def test_ledger_beats_extracted_and_the_disagreement_is_recorded() -> None:
    rec = reconcile([claim(100, "doc", "extracted"), claim(101, "ledger")], {"c/x": "c"})
    assert rec.kept[("candidates", "c/x", "votes")].source_id == "ledger"
    [conflict] = rec.conflicts
    assert conflict["kept_value"] == "101" and conflict["other_value"] == "100"
    assert conflict["contest_id"] == "c" and "ledger" in str(conflict["reason"])


def test_agreement_is_not_a_conflict() -> None:
    rec = reconcile([claim(7, "a"), claim(7, "b", "extracted")], {})
    assert rec.conflicts == []


def test_first_ledger_row_wins_among_ledger_rows() -> None:
    rec = reconcile([claim(5, "a"), claim(6, "b")], {})
    assert rec.kept[("candidates", "c/x", "votes")].source_id == "a"
    assert len(rec.conflicts) == 1


def test_spellings_of_a_name_never_conflict() -> None:
    rec = reconcile(
        [claim("Рамазанов", "a", field="name"), claim("Рамаазанов", "b", field="name")], {}
    )
    assert rec.conflicts == []


def test_percentages_agree_within_print_rounding() -> None:
    assert same_value(30.1, 30.1)
    assert same_value(30.1, 30.14)
    assert not same_value(30.1, 30.2)
    assert not same_value(True, 1.0)
