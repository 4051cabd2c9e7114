"""Benchmark: `kzvotes --help`, the build of the embedded ledger, and builds of SYNTHETIC
ledgers (made-up counts on real place ids and made-up Sundays, 3 candidates and against all
per contest) at a decade's scale, each paired with `kzvotes validate` and `frictionless
validate` on the package it built.

Every command runs as a user runs it: a fresh process, whose wall time, CPU time (user and
system, every thread) and peak memory (its maximum resident set, from the kernel) are
reported; on a machine shared with other work the CPU time is the steadier figure, and the
load average is printed beside each line. `kzvotes validate` runs three times (medians);
frictionless once, and on the largest ledger it takes minutes, so it runs there only when
KZVOTES_BENCH_FRICTIONLESS_ALL=1.

Run: make bench  (or .venv/bin/python tests/bench/bench_build.py [contests ...])
Goals (issue 11, this 2-core machine): 25,000 contests built in <= 20 s with <= 1 GiB
peak; `kzvotes validate` >= 10x faster than `frictionless validate`; the embedded build
<= 1 s; `--help` <= 0.12 s.
"""

from __future__ import annotations

import csv
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from kzvotes.build.ledger import RESULT_COLUMNS, SUMMARY_COLUMNS
from kzvotes.config import PACKAGE_NAME, ledger_dir
from kzvotes.reference import load_places

BIN = Path(sys.executable).parent
SIZES = (2_500, 25_000, 50_000)
VALIDATE_RUNS = 3
FRICTIONLESS_UP_TO = 25_000  # contests; above, only with KZVOTES_BENCH_FRICTIONLESS_ALL=1


def run(command: list[str]) -> tuple[float, float, float]:
    """Wall seconds, peak MiB and CPU seconds (user + system, every thread) of ``command``
    in a process of its own (fails loudly). On a shared machine the wall time depends on
    the other processes; the CPU time much less."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if status:
        error = process.stderr.read().decode() if process.stderr else ""
        raise SystemExit(f"{' '.join(command)} failed:\n{error}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def median_seconds(command: list[str], repeat: int) -> float:
    return statistics.median(run(command)[0] for _ in range(repeat))


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


def build_command(ledger: Path, out: Path) -> list[str]:
    return [str(BIN / "kzvotes"), "build", "--ledger", str(ledger), "--no-archive", "-o", str(out)]


def scale_row(root: Path, contests: int) -> str:
    """Build, validate and frictionless-validate one SYNTHETIC ledger; one line of the table."""
    ledger, out = root / f"ledger-{contests}", root / f"out-{contests}"
    ledger.mkdir()
    synthetic_ledger(ledger, contests)
    build_s, build_mib, build_cpu = run(build_command(ledger, out))
    package = out / PACKAGE_NAME
    runs = [run([str(BIN / "kzvotes"), "validate", str(package)]) for _ in range(VALIDATE_RUNS)]
    ours_s, ours_mib, ours_cpu = (statistics.median(r[i] for r in runs) for i in range(3))
    if contests <= FRICTIONLESS_UP_TO or os.environ.get("KZVOTES_BENCH_FRICTIONLESS_ALL"):
        theirs_s, _, theirs_cpu = run(
            [str(BIN / "frictionless"), "validate", str(package / "datapackage.json")]
        )
        theirs = (
            f"{theirs_s:7.1f} s {theirs_cpu:6.1f} s  "
            f"{theirs_s / ours_s:5.1f}x {theirs_cpu / ours_cpu:5.1f}x"
        )
    else:
        theirs = "  not run (KZVOTES_BENCH_FRICTIONLESS_ALL=1)"
    return (
        f"{contests:>9,}  {build_s:7.1f} s  {build_cpu:7.1f} s  {build_mib:6,.0f} MiB  "
        f"{ours_s:6.1f} s {ours_cpu:6.1f} s  {ours_mib:6,.0f} MiB  {theirs}"
        f"  (load {os.getloadavg()[0]:.1f})"
    )


def main(sizes: list[int]) -> None:
    help_s = median_seconds([str(BIN / "kzvotes"), "--help"], 7)
    print(f"kzvotes --help: median {help_s:.3f} s over 7 runs (goal <= 0.12 s)")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        embedded = median_seconds(build_command(ledger_dir(), root / "embedded"), 3)
        print(f"kzvotes build of the embedded ledger: median {embedded:.2f} s over 3 runs"
              " (goal <= 1 s)")  # fmt: skip
        print("SYNTHETIC ledgers (made-up counts on real place ids; 3 candidates and against"
              " all per contest); one build and one frictionless run each, validate the median"
              " of three:")  # fmt: skip
        print(" contests    build     build CPU  build peak  validate (wall, CPU)  val. peak"
              "  frictionless (wall, CPU)  ratio (wall, CPU)")  # fmt: skip
        for contests in sizes:
            print(scale_row(root, contests), flush=True)
    print("Goals: 25,000 contests built in <= 20 s and <= 1,024 MiB; frictionless / kzvotes"
          " validate >= 10x")  # fmt: skip


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or list(SIZES))
