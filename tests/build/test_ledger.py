from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pytest
from build_helpers import replace_cell

from kzvotes.build.ledger import read_ledger
from kzvotes.config import ledger_dir, repo_root
from kzvotes.errors import LedgerError

REFERENCE = repo_root().parent / "shared" / "reference"


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_embedded_ledger_reads_every_row() -> None:
    ledger = read_ledger(ledger_dir())
    assert len(ledger.results) == 94
    assert len(ledger.summaries) >= 159
    assert all(row.source_url.startswith("http") for row in ledger.results)


@pytest.mark.skipif(not REFERENCE.is_dir(), reason="shared/reference is not beside this checkout")
def test_every_reference_result_figure_is_in_the_ledger() -> None:
    ledger_rows = read_rows(ledger_dir() / "results.csv")
    reference = read_rows(REFERENCE / "results_transcribed.csv")
    assert len(ledger_rows) == len(reference)
    pairs = [("registered_voters", "registered_voters"), ("ballots_cast", "ballots_cast"),
             ("turnout_pct", "turnout_pct"), ("votes", "votes"), ("against_all", "against_all"),
             ("invalid", "invalid_ballots"), ("candidate", "candidate_name"), ("elected", "elected"),
             ("source_url", "source_url"), ("election_date", "election_date")]  # fmt: skip
    for ref, row in zip(reference, ledger_rows, strict=True):
        for ref_col, ledger_col in pairs:
            assert ref[ref_col] == row[ledger_col], (ref["source_url"], ref_col)


@pytest.mark.skipif(not REFERENCE.is_dir(), reason="shared/reference is not beside this checkout")
def test_every_reference_aggregate_figure_is_in_the_ledger() -> None:
    ledger_rows = read_rows(ledger_dir() / "summaries.csv")
    by_url: dict[str, list[dict[str, str]]] = {}
    for row in ledger_rows:
        by_url.setdefault(row["source_url"], []).append(row)
    for ref in read_rows(REFERENCE / "aggregates_transcribed.csv"):
        rows = by_url[ref["source_url"]]
        held = " ".join(f"{r['value']} {r['value_as_printed']}" for r in rows)
        numbers_held = {float(n) for n in re.findall(r"\d+(?:\.\d+)?", held)}
        for number in re.findall(r"\d+(?:\.\d+)?", ref["value"]):
            assert float(number) in numbers_held, (ref["source_url"], ref["metric"], number)


BAD_CELLS = [
    ("votes", "-5", "negative count"),
    ("votes", "4 66O", "not a whole number"),
    ("place_id", "KZ-27/atlantis", "unknown place"),
    ("turnout_pct", "56,0", "decimal number with a point"),
    ("election_date", "05.11.2023", "date YYYY-MM-DD"),
    ("nominator", "Nur Otan party", "neither 'self' nor a party_id"),
    ("source_url", "", "not an http(s) URL"),
]


@pytest.mark.parametrize(("column", "value", "message"), BAD_CELLS)
def test_bad_cell_names_file_line_and_column(
    small_ledger: Path, column: str, value: str, message: str
) -> None:
    replace_cell(small_ledger / "results.csv", 3, column, value)
    with pytest.raises(LedgerError) as caught:
        read_ledger(small_ledger)
    text = str(caught.value)
    assert "results.csv:3" in text
    assert f"[{column}]" in text
    assert message in text


def test_duplicate_candidate_is_refused(small_ledger: Path) -> None:
    path = small_ledger / "results.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join([*lines, lines[1]]), encoding="utf-8")
    with pytest.raises(
        LedgerError,
        match=r"results\.csv:\d+ \[candidate_key\]: duplicate candidate 'nurlybek-daumov'.*line 2",
    ):
        read_ledger(small_ledger)


def test_every_problem_is_reported_at_once(small_ledger: Path) -> None:
    replace_cell(small_ledger / "results.csv", 2, "votes", "x")
    replace_cell(small_ledger / "results.csv", 4, "against_all", "-1")
    with pytest.raises(LedgerError) as caught:
        read_ledger(small_ledger)
    assert len(caught.value.problems) == 2


def test_wrong_header_is_refused(small_ledger: Path) -> None:
    path = small_ledger / "summaries.csv"
    text = path.read_text(encoding="utf-8").replace("metric,", "measure,", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LedgerError, match=r"summaries\.csv:1: header must be"):
        read_ledger(small_ledger)


def test_missing_file_is_named(small_ledger: Path, tmp_path: Path) -> None:
    (small_ledger / "summaries.csv").unlink()
    with pytest.raises(LedgerError, match=r"summaries\.csv:0: file not found"):
        read_ledger(small_ledger)


def test_fixture_is_a_verbatim_subset_of_the_embedded_ledger(tmp_path: Path) -> None:
    embedded = set((ledger_dir() / "results.csv").read_text(encoding="utf-8").splitlines())
    fixture = Path(__file__).parent / "fixtures" / "ledger_small" / "results.csv"
    assert set(fixture.read_text(encoding="utf-8").splitlines()) <= embedded
    shutil.copy(fixture, tmp_path / "x.csv")
