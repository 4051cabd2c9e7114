"""`python -m kzvotes.evaluate` answers a wrong argument with its usage, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzvotes.evaluate import main


def test_help_prints_the_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "usage: python -m kzvotes.evaluate" in capsys.readouterr().out


def test_a_missing_folder_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "no-such-corpus"
    assert main([str(missing)]) == 2
    err = capsys.readouterr().err
    assert str(missing) in err and "usage:" in err
