"""Helpers of the hardening tests (a unique module name: other test folders have theirs)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from typer.testing import CliRunner, Result

from kzvotes.cli.commands import app
from kzvotes.publish.package import sha256_file


def digest(root: Path) -> dict[str, str]:
    """sha256 of every file under ``root`` (a folder or one file), by relative path."""
    if root.is_file():
        return {root.name: hashlib.sha256(root.read_bytes()).hexdigest()}
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def kzvotes(*args: str) -> Result:
    """Run the CLI in-process; stderr is part of ``output``."""
    return CliRunner().invoke(app, [str(a) for a in args])


def build_cli(ledger: Path, output: Path, *extra: str) -> Result:
    return kzvotes("build", "--ledger", ledger, "--output", output, "--no-archive", *extra)


def error_line(result: Result) -> str:
    """The first line of the error message (what the note lists for each case)."""
    lines = [line for line in result.output.splitlines() if line.startswith("kzvotes: error:")]
    assert lines, result.output
    return lines[0]


def assert_no_traceback(result: Result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    assert "unexpected" not in result.output, result.output


def rehash(package: Path, relative: str) -> None:
    """Rewrite the descriptor's size and hash of one file, as a careful tamperer would."""
    path = package / "datapackage.json"
    desc = json.loads(path.read_text(encoding="utf-8"))
    entries = [*desc["resources"], *(r["kzvotes:parquet"] for r in desc["resources"])]
    entries += desc["kzvotes:formats"]
    for entry in entries:
        if entry["path"] == relative:
            entry["bytes"] = (package / relative).stat().st_size
            entry["hash"] = f"sha256:{sha256_file(package / relative)}"
    path.write_text(json.dumps(desc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
