"""Start-up: a static version string equal to pyproject.toml's, and nothing heavy on --help."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import kzvotes


def test_the_static_version_is_the_projects() -> None:
    pyproject = Path(__file__).parents[2] / "pyproject.toml"
    assert (
        kzvotes.__version__
        == tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
    )


def test_help_imports_neither_metadata_nor_rich_nor_data_libraries() -> None:
    code = (
        "import sys; from kzvotes.cli.commands import app; "
        "print(','.join(m for m in ('importlib.metadata', 'rich', 'polars', 'pandera', 'frictionless')"
        " if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_the_static_help_is_typers_own() -> None:
    from typer.testing import CliRunner

    from kzvotes.cli.commands import app
    from kzvotes.cli.main import HELP_TEXT

    result = CliRunner().invoke(app, ["--help"], prog_name="kzvotes", terminal_width=80)
    assert result.exit_code == 0
    # when a command or its help changes, write result.output into src/kzvotes/cli/help.txt
    assert HELP_TEXT.read_text(encoding="utf-8") == result.output


def test_the_entry_point_answers_help_and_version_without_typer() -> None:
    code = (
        "import sys; from kzvotes.cli.main import main; sys.argv[1:] = [{arg!r}]; main(); "
        "print(','.join(m for m in ('typer', 'click', 'rich', 'polars') if m in sys.modules))"
    )
    for arg, first in (("--help", "Usage: kzvotes [OPTIONS]"), ("--version", "kzvotes ")):
        out = subprocess.run(
            [sys.executable, "-c", code.format(arg=arg)], capture_output=True, text=True, check=True
        )
        lines = out.stdout.splitlines()
        assert lines[0].startswith(first) and lines[-1] == ""


def test_the_entry_point_hands_everything_else_to_typer() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "kzvotes.cli.main", "build", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Usage: " in out.stdout and "--ledger" in out.stdout
