"""The entry point runs ``build`` and ``validate`` with plain paths and flags without Typer's
parsing (:mod:`kzvotes.cli.fast`), and leaves every other command line to Typer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kzvotes.cli.fast import parsed


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["build", "-o", "/tmp/out"], ("build", {"output": Path("/tmp/out")})),
        (
            ["build", "--output=/tmp/out", "--no-archive", "--ledger", "/tmp/led"],
            ("build", {"output": Path("/tmp/out"), "no_archive": True, "ledger": Path("/tmp/led")}),
        ),
        (["validate"], ("validate", {})),
        (["validate", "pkg", "--frictionless"], ("validate", {"path": Path("pkg"), "frictionless": True})),
    ],
)  # fmt: skip
def test_a_plain_command_line_is_read_here(args: list[str], expected: object) -> None:
    assert parsed(args) == expected


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["fetch"],
        ["--debug", "build"],
        ["build", "--help"],
        ["build", "-o"],
        ["build", "-o", ""],
        ["build", "-o", "--no-archive"],
        ["build", "-o/tmp/out"],
        ["build", "--no-archive", "--no-archive"],
        ["build", "-o", "a", "-o", "b"],
        ["build", "--unknown"],
        ["build", "positional"],
        ["validate", "a", "b"],
        ["validate", "--frictionless=yes"],
    ],
)
def test_anything_else_is_left_to_typer(args: list[str]) -> None:
    assert parsed(args) is None


def test_a_file_where_a_folder_is_wanted_is_left_to_typer(tmp_path: Path) -> None:
    afile = tmp_path / "a-file"
    afile.write_text("x", encoding="utf-8")
    assert parsed(["build", "-o", str(afile)]) is None


def test_the_fast_path_exits_as_typer_does_and_imports_no_pydantic(tmp_path: Path) -> None:
    code = (
        "import sys; from kzvotes.cli.main import main; sys.argv[1:] = ['validate', {path!r}]\n"
        "try:\n    main()\nfinally:\n    print('pydantic' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code.format(path=str(tmp_path / "missing"))],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 2
    assert "no such file or folder" in out.stderr
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("command", ["build", "validate"])
def test_the_fast_path_knows_every_parameter_typer_declares(command: str) -> None:
    """An option added to the command but not to the fast path's table would reach the
    command as Typer's declaration object, not a value: the two lists must stay one."""
    import inspect

    from kzvotes.cli import build as commands
    from kzvotes.cli.fast import _OPTIONS

    valued, flags, positional = _OPTIONS[command]
    known = set(valued.values()) | set(flags.values()) | ({"path"} if positional else set())
    declared = set(inspect.signature(getattr(commands, command)).parameters)
    assert known == declared
