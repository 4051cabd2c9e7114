"""Benchmark: `kzvotes validate` beside `frictionless validate` on the same package, and
`kzvotes --help`.

Packages: the one built from the embedded ledger, and one built from a SYNTHETIC ledger of
2,500 district contests (made-up counts on real place ids, see bench_build.synthetic_ledger).
Both commands run as a user runs them (a fresh process each time); the median of a few runs
is reported with their ratio.

Run: make bench  (or .venv/bin/python tests/bench/bench_validate.py [contests])
Goals (issue 11): `kzvotes validate` >= 10x faster than `frictionless validate`; --help <= 0.12 s.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_build import synthetic_ledger

from kzvotes.config import ledger_dir
from kzvotes.pipeline import build

BIN = Path(sys.executable).parent


def median_seconds(command: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def compare(label: str, package: Path, repeat: int) -> None:
    ours = median_seconds([str(BIN / "kzvotes"), "validate", str(package)], repeat)
    theirs = median_seconds(
        [str(BIN / "frictionless"), "validate", str(package / "datapackage.json")], repeat
    )
    print(
        f"{label}: kzvotes validate {ours:.2f} s, frictionless validate {theirs:.2f} s"
        f" (median of {repeat}; frictionless / kzvotes = {theirs / ours:.1f}x)"
    )


def main() -> None:
    contests = int(sys.argv[1]) if len(sys.argv) > 1 else 2500
    help_s = median_seconds([str(BIN / "kzvotes"), "--help"], 7)
    print(f"kzvotes --help: median {help_s:.3f} s over 7 runs")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        embedded = build(ledger_dir(), None, out / "embedded").package_dir
        compare("embedded package", embedded, 5)
        folder = out / "synthetic"
        folder.mkdir()
        synthetic_ledger(folder, contests)
        report = build(folder, None, out / "synthetic-out")
        compare(
            f"SYNTHETIC package, {report.row_counts['contests']} contests,"
            f" {report.row_counts['facts']} facts",
            report.package_dir,
            3,
        )


if __name__ == "__main__":
    main()
