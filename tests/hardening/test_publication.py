"""Atomic publication: one build at a time per package, no moment without the package,
release files never lost, leftovers of killed builds cleaned up by the next build."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import LEDGER_SMALL
from harden_helpers import assert_no_traceback, build_cli, digest, error_line

from kzvotes.pipeline import build
from kzvotes.publish import publication
from kzvotes.publish.publication import lock_path, recover_leftovers
from kzvotes.publish.validate import validate_package

PACKAGE = "kz-akim-elections"
RELEASE_FILES = ("releases/kz-akim-elections-1.0.0.zip", "releases.json", "CHANGELOG.md")

HOLD_LOCK = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)
fcntl.flock(fd, fcntl.LOCK_EX)
os.write(fd, str(os.getpid()).encode())
print("locked", flush=True)
time.sleep(60)
"""


def test_a_second_build_waits_a_bounded_time_then_says_why(
    ledger: Path, output: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(lock_path(output / PACKAGE))],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        before = digest(output)
        monkeypatch.setenv("KZVOTES_LOCK_TIMEOUT", "0.5")
        result = build_cli(ledger, output)
        assert result.exit_code == 1, result.output
        assert_no_traceback(result)
        assert error_line(result) == (
            f"kzvotes: error: {output / PACKAGE}: another kzvotes build or release is writing"
            f" this package (process {holder.pid}); waited 0.5 s for .{PACKAGE}.lock (try again"
            " when it has finished, or set KZVOTES_LOCK_TIMEOUT to wait longer)"
        )
        assert digest(output) == before
    finally:
        holder.kill()
        holder.communicate()


def test_a_bad_lock_timeout_is_a_usage_error(
    ledger: Path, output: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KZVOTES_LOCK_TIMEOUT", "soon")
    result = build_cli(ledger, output)
    assert result.exit_code == 2
    assert (
        error_line(result)
        == "kzvotes: error: KZVOTES_LOCK_TIMEOUT='soon' is not a number of seconds"
    )


def test_two_builds_at_once_both_publish_and_keep_the_releases(ledger: Path, output: Path) -> None:
    before = {name: (output / PACKAGE / name).read_bytes() for name in RELEASE_FILES}
    command = [
        str(Path(sys.executable).with_name("kzvotes")),
        "build", "--ledger", str(ledger), "--output", str(output), "--no-archive",
    ]  # fmt: skip
    runs = [subprocess.Popen(command, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    errors = [run.communicate(timeout=300)[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], errors
    assert not any("Traceback" in e for e in errors)
    package = output / PACKAGE
    assert {name: (package / name).read_bytes() for name in RELEASE_FILES} == before
    assert (
        json.loads((package / "datapackage.json").read_text(encoding="utf-8"))["version"] == "1.0.0"
    )
    validate_package(package)
    assert sorted(p.name for p in output.iterdir()) == [PACKAGE]


def test_the_package_never_stops_existing_during_a_swap(
    output: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After every rename the build makes, the published descriptor is there (a watcher
    thread cannot see a window of microseconds, so the renames themselves are watched)."""
    descriptor = output / PACKAGE / "datapackage.json"
    present_after: list[bool] = []
    exchanged: list[bool] = []
    real_replace, real_exchange = os.replace, publication._exchange

    def replace(*args: object, **kwargs: object) -> None:
        real_replace(*args, **kwargs)  # type: ignore[arg-type]
        present_after.append(descriptor.is_file())

    def exchange(first: Path, second: Path) -> bool:
        exchanged.append(real_exchange(first, second))
        present_after.append(descriptor.is_file())
        return exchanged[-1]

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(publication, "_exchange", exchange)
    build(LEDGER_SMALL, None, output)
    assert exchanged == [True]  # renameat2(RENAME_EXCHANGE) works on this system
    assert present_after and all(present_after)


def _kill_leftovers(output: Path) -> tuple[Path, Path]:
    """What `kill -9` in the middle of a build leaves: a half-written staging folder and
    (on systems without an atomic exchange) a retired package."""
    staging = output / f".{PACKAGE}.tmp-999999"
    (staging / "data").mkdir(parents=True)
    (staging / "data" / "results.csv").write_text("contest_id\n", encoding="utf-8")
    retired = output / f".{PACKAGE}.old-999998"
    shutil.copytree(output / PACKAGE, retired)
    return staging, retired


def test_the_next_build_removes_the_leftovers_of_a_killed_one(ledger: Path, output: Path) -> None:
    staging, retired = _kill_leftovers(output)
    result = build_cli(ledger, output)
    assert result.exit_code == 0, result.output
    assert not staging.exists() and not retired.exists()
    assert sorted(p.name for p in output.iterdir()) == [PACKAGE]


def test_a_package_left_retired_by_a_killed_swap_is_restored(output: Path) -> None:
    package = output / PACKAGE
    before = digest(package)
    _, retired = _kill_leftovers(output)
    shutil.rmtree(package)  # killed between the two renames: only the retired copy is left
    done = recover_leftovers(package)
    assert digest(package) == before
    assert done[0] == f"restored {package} from {retired.name} (a build was killed mid-swap)"
    assert sorted(p.name for p in output.iterdir()) == [PACKAGE]


def test_no_lock_file_is_left_behind(ledger: Path, output: Path) -> None:
    assert build_cli(ledger, output).exit_code == 0
    assert not lock_path(output / PACKAGE).exists()
    assert os.listdir(output) == [PACKAGE]
