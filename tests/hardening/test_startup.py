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
