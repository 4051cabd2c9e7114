"""Benchmark: `kzvotes validate` beside `frictionless validate` on the package built from
the embedded ledger (the SYNTHETIC packages of 2,500 to 50,000 contests are paired the same
way in bench_build.py). Both commands run as a user runs them, a fresh process each time;
the median of a few runs is reported with their ratio, in wall time and in CPU time (user
and system, from the kernel): on a machine shared with other work the CPU time is the
steadier of the two.

Run: make bench  (or .venv/bin/python tests/bench/bench_validate.py)
Goal (issue 11): `kzvotes validate` >= 10x faster than `frictionless validate`.
"""

from __future__ import annotations

import os
import statistics
import tempfile
from pathlib import Path

from bench_build import BIN, build_command, median_seconds, run

from kzvotes.config import PACKAGE_NAME, ledger_dir

REPEAT = 5


def medians(command: list[str]) -> tuple[float, float]:
    runs = [(wall, cpu) for wall, _, cpu in (run(command) for _ in range(REPEAT))]
    return statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        median_seconds(build_command(ledger_dir(), out), 1)
        package = out / PACKAGE_NAME
        ours = medians([str(BIN / "kzvotes"), "validate", str(package)])
        theirs = medians([str(BIN / "frictionless"), "validate", str(package / "datapackage.json")])
    print(
        f"embedded package: kzvotes validate {ours[0]:.2f} s ({ours[1]:.2f} s CPU),"
        f" frictionless validate {theirs[0]:.2f} s ({theirs[1]:.2f} s CPU)"
        f" (median of {REPEAT}; frictionless / kzvotes = {theirs[0] / ours[0]:.1f}x wall,"
        f" {theirs[1] / ours[1]:.1f}x CPU; load average {os.getloadavg()[0]:.1f})"
    )


if __name__ == "__main__":
    main()
