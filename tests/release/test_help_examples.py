"""Every ``--help`` example runs from the repository root, and ``release --dry-run`` writes nothing."""

from __future__ import annotations

import hashlib
import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzvotes.cli.commands import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]
COMMANDS = ["fetch", "build", "validate", "extract", "release", "diff", "serve", "report"]
# Examples that only read: run for real from the repository root.
READ_ONLY = ["validate", "extract", "diff"]


def example(command: str) -> str:
    result = runner.invoke(app, [command, "--help"], terminal_width=400)
    assert result.exit_code == 0, result.output
    found = re.search(r"Example: (.+)", result.output)
    assert found, f"kzvotes {command} --help has no example"
    return found.group(1).strip()


def repository_paths(command_line: str) -> list[str]:
    """The arguments of an example that name a file of the repository (relative paths)."""
    words = shlex.split(command_line.replace("&&", " "))
    return [w for w in words if "/" in w and not w.startswith(("/", "-", "http")) and "[" not in w]


@pytest.mark.parametrize("command", COMMANDS)
def test_the_paths_an_example_names_exist_from_the_root(command: str) -> None:
    for path in repository_paths(example(command)):
        if path == "site":  # written by the example itself
            continue
        assert (ROOT / path).exists(), (
            f"kzvotes {command} --help names {path}, missing from the root"
        )


@pytest.mark.parametrize("command", READ_ONLY)
def test_a_read_only_example_runs_from_the_root(
    command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    words = shlex.split(example(command))
    assert words[0] == "kzvotes"
    result = runner.invoke(app, words[1:])
    assert result.exit_code == 0, result.output


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_release_dry_run_writes_nothing(ledger_copy: Path, tmp_path: Path) -> None:
    package = tmp_path / "out" / "kz-akim-elections"
    args = ["release", "--package", str(package), "--ledger", str(ledger_copy), "--no-archive"]
    assert runner.invoke(app, args).exit_code == 0
    results = ledger_copy / "results.csv"
    results.write_text(
        results.read_text(encoding="utf-8").replace(",4660,178,", ",4661,178,", 1), encoding="utf-8"
    )
    before = tree_digest(tmp_path)
    dry = runner.invoke(app, [*args, "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert "version 1.0.1" in dry.output and "nothing written" in dry.output
    assert tree_digest(tmp_path) == before
