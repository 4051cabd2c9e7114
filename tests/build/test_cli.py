from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from build_helpers import replace_cell, tree_digest
from typer.testing import CliRunner

from kzvotes import __version__
from kzvotes.cli.commands import app

runner = CliRunner()
COMMANDS = ["build", "validate", "fetch"]


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output


def test_help_does_not_import_heavy_libraries() -> None:
    code = ("import sys; from kzvotes.cli.commands import app; "
            "heavy = [m for m in ('polars', 'pandera', 'frictionless', 'httpx', 'pymorphy3') if m in sys.modules]; "
            "print(','.join(heavy))")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_build_then_validate(small_ledger: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["build", "--ledger", str(small_ledger), "--output", str(tmp_path), "--no-archive"]
    )
    assert result.exit_code == 0, result.output
    assert "built" in result.output
    result = runner.invoke(app, ["validate", str(tmp_path / "kz-akim-elections")])
    assert result.exit_code == 0, result.output


def test_bad_ledger_exits_1_naming_file_and_row(small_ledger: Path, tmp_path: Path) -> None:
    replace_cell(small_ledger / "results.csv", 4, "votes", "4 66O")
    result = runner.invoke(
        app, ["build", "--ledger", str(small_ledger), "--output", str(tmp_path), "--no-archive"]
    )
    assert result.exit_code == 1  # bad data, not a bad command line
    assert "results.csv:4 [votes]" in result.output


def test_validate_exits_1_on_a_tampered_package(small_ledger: Path, tmp_path: Path) -> None:
    runner.invoke(
        app, ["build", "--ledger", str(small_ledger), "--output", str(tmp_path), "--no-archive"]
    )
    package = tmp_path / "kz-akim-elections"
    results = package / "data" / "results.csv"
    results.write_text(
        results.read_text(encoding="utf-8").replace(",4660,checked\n", ",-4660,checked\n"),
        encoding="utf-8",
    )
    before = tree_digest(package)
    result = runner.invoke(app, ["validate", str(package)])
    assert result.exit_code == 1
    assert "validation failure" in result.output and "results" in result.output
    assert tree_digest(package) == before


def test_validate_names_a_missing_package(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(tmp_path)])
    assert result.exit_code == 1 and "no datapackage.json" in result.output
