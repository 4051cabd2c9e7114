"""Benchmark: `kzvotes validate` beside `frictionless validate` on the package built from
the embedded ledger (the SYNTHETIC packages of 2,500 to 50,000 contests are paired the same
way in bench_build.py). Both commands run as a user runs them, a fresh process each time;
the median of a few runs is reported with their ratio.

Run: make bench  (or .venv/bin/python tests/bench/bench_validate.py)
Goal (issue 11): `kzvotes validate` >= 10x faster than `frictionless validate`.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench_build import BIN, build_command, median_seconds

from kzvotes.config import PACKAGE_NAME, ledger_dir


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        median_seconds(build_command(ledger_dir(), out), 1)
        package = out / PACKAGE_NAME
        ours = median_seconds([str(BIN / "kzvotes"), "validate", str(package)], 5)
        theirs = median_seconds(
            [str(BIN / "frictionless"), "validate", str(package / "datapackage.json")], 5
        )
    print(
        f"embedded package: kzvotes validate {ours:.2f} s, frictionless validate {theirs:.2f} s"
        f" (median of 5; frictionless / kzvotes = {theirs / ours:.1f}x)"
    )


if __name__ == "__main__":
    main()
