"""Benchmark: `kzvotes --help` latency, the build of the embedded ledger, and a build of a
SYNTHETIC ledger (made-up counts on real place ids and made-up Sundays) at a larger scale.

Run: make bench  (or .venv/bin/python tests/bench/bench_build.py [contests])
Goals (issue 2): --help well under a second; the embedded build a few seconds at most.
"""

from __future__ import annotations

import csv
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from kzvotes.build.ledger import RESULT_COLUMNS, SUMMARY_COLUMNS
from kzvotes.config import ledger_dir
from kzvotes.pipeline import build
from kzvotes.reference import load_places

KZVOTES = Path(sys.executable).with_name("kzvotes")


def seconds(action, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def synthetic_ledger(folder: Path, contests: int) -> None:
    """`contests` synthetic district contests, 3 candidates each, on real place ids."""
    places = [
        p.place_id
        for p in load_places().values()
        if p.place_type == "district" and p.valid_to is None
    ]
    sunday = date(2030, 1, 6)
    with (folder / "results.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=RESULT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for n in range(contests):
            day = sunday + timedelta(weeks=n // len(places))
            for k, votes in enumerate((5000 + n % 97, 700 + n % 13, 300)):
                writer.writerow({
                    "source_url": f"https://synthetic.test/{n}", "source_kind": "news",
                    "election_date": day.isoformat(), "election_type": "district_akim",
                    "place_id": places[n % len(places)], "registered_voters": "12000",
                    "ballots_cast": "7000", "candidate_key": f"synthetic-candidate-{k}",
                    "candidate_name": f"Synthetic Candidate {k}", "nominator": "self",
                    "votes": str(votes), "against_all": "100", "elected": "true" if k == 0 else "false",
                })  # fmt: skip
    with (folder / "summaries.csv").open("w", encoding="utf-8", newline="") as handle:
        csv.DictWriter(handle, fieldnames=SUMMARY_COLUMNS, lineterminator="\n").writeheader()


def main() -> None:
    contests = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    help_s = seconds(
        lambda: subprocess.run([str(KZVOTES), "--help"], check=True, capture_output=True), 5
    )
    print(f"kzvotes --help: median {help_s:.2f} s over 5 runs")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        embedded = seconds(lambda: build(ledger_dir(), None, out / "embedded"), 3)
        print(f"build of the embedded ledger: median {embedded:.2f} s over 3 runs")
        folder = out / "synthetic"
        folder.mkdir()
        synthetic_ledger(folder, contests)
        started = time.perf_counter()
        report = build(folder, None, out / "synthetic-out")
        elapsed = time.perf_counter() - started
        print(f"build of a synthetic ledger, {report.row_counts['contests']} contests, "
              f"{report.row_counts['candidates']} candidates: {elapsed:.2f} s")  # fmt: skip


if __name__ == "__main__":
    main()
