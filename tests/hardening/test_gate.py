"""The build's own gate (pandera-polars, anti-joins, duplicate keys, hashes) and frictionless
fail on the same corruptions of a copy of the package."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from harden_helpers import rehash

from kzvotes.errors import ValidationFailed
from kzvotes.publish.validate import frictionless_failures, validate_package

DAUMOV_VOTES = ",4660,true,"


def _edit(package: Path, table: str, old: str, new: str, *, rehashed: bool = True) -> None:
    path = package / "data" / f"{table}.csv"
    text = path.read_text(encoding="utf-8")
    assert old in text, (table, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    if rehashed:
        rehash(package, f"data/{table}.csv")


def wrong_type(package: Path) -> None:
    _edit(package, "candidates", DAUMOV_VOTES, ",4660 votes,true,")


def broken_constraint(package: Path) -> None:
    _edit(package, "candidates", DAUMOV_VOTES, ",-4660,true,")


def duplicate_primary_key(package: Path) -> None:
    path = package / "data" / "parties.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join([*lines, lines[1]]), encoding="utf-8")
    rehash(package, "data/parties.csv")


def dangling_foreign_key(package: Path) -> None:
    _edit(package, "candidates", ",kz-akim-district-2023-11-05/KZ-27/bokeyorda,",
          ",kz-akim-district-2023-11-05/KZ-27/nowhere,")  # fmt: skip


def missing_file(package: Path) -> None:
    (package / "data" / "summaries.csv").unlink()


def hash_mismatch(package: Path) -> None:
    _edit(package, "places", "Bokeyorda District", "Bokeyorda Distr1ct", rehashed=False)


CASES: list[tuple[str, Callable[[Path], None], str, str]] = [
    ("type", wrong_type, "type", "frictionless:type-error"),
    ("constraint", broken_constraint, "schema:greater_than_or_equal_to(0)", "frictionless:constraint-error"),
    ("primary_key", duplicate_primary_key, "primary-key", "frictionless:primary-key"),
    ("foreign_key", dangling_foreign_key, "foreign-key", "frictionless:foreign-key"),
    ("missing_file", missing_file, "file:missing", "frictionless:scheme-error"),
    ("hash", hash_mismatch, "file:hash", "frictionless:hash-count"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("corrupt", "own_rule", "frictionless_rule"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_both_gates_fail_on_each_corruption(
    output: Path, corrupt: Callable[[Path], None], own_rule: str, frictionless_rule: str
) -> None:
    package = output / "kz-akim-elections"
    corrupt(package)
    with pytest.raises(ValidationFailed) as caught:
        validate_package(package)
    assert own_rule in {f.rule for f in caught.value.failures}, caught.value
    found = {f.rule for f in frictionless_failures(package)}
    assert frictionless_rule in found, found


def test_both_gates_pass_the_package_as_built(output: Path) -> None:
    package = output / "kz-akim-elections"
    validate_package(package, frictionless=True)
    assert frictionless_failures(package) == []
