"""A build of the small real ledger must produce these CSVs, byte for byte."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from kzvotes.pipeline import build
from kzvotes.schema import TABLE_NAMES

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture(scope="module")
def small_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    ledger = Path(__file__).parent / "fixtures" / "ledger_small"
    return build(ledger, None, out).package_dir


@pytest.mark.parametrize("table", TABLE_NAMES)
def test_csv_matches_golden(small_package: Path, table: str) -> None:
    built = small_package / "data" / f"{table}.csv"
    golden = GOLDEN / f"{table}.csv"
    if os.environ.get("KZVOTES_UPDATE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        shutil.copy(built, golden)
    assert built.read_bytes() == golden.read_bytes(), f"{table}.csv differs from {golden}"


def test_golden_holds_the_real_bokeyorda_result() -> None:
    results = (GOLDEN / "results.csv").read_text(encoding="utf-8")
    for option, votes in [("nurlybek-daumov", 4660), ("mirambek-gilmanov", 782),
                          ("narynbek-keresh", 426), ("against_all", 178)]:  # fmt: skip
        kind = "against_all" if option == "against_all" else "candidate"
        assert re.search(rf"{option},{kind},[^,\n]*,{votes},checked\n", results), option
