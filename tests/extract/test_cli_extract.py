"""``kzvotes extract``: JSON and table output."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from kzvotes.cli import app

CORPUS = Path(__file__).parent.parent / "corpus"


def test_extract_json() -> None:
    path = CORPUS / "en-01-semey.html"
    result = CliRunner().invoke(app, ["extract", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    (doc,) = data["documents"]
    assert doc["kind"] == "results" and doc["language"] == "en"
    assert len(doc["sha256"]) == 64
    votes = {c["name"]: c["votes"] for c in doc["contests"][0]["candidates"]}
    assert votes["Adlet Kozhanbayev"] == 89441


def test_extract_table_and_missing_file(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["extract", str(CORPUS / "ru-01-bokeyorda.html")])
    assert result.exit_code == 0
    assert "Даумов" in result.output
    missing = runner.invoke(app, ["extract", str(tmp_path / "nope.html")])
    assert missing.exit_code == 2
    assert "nope.html" in missing.output


def test_a_binary_file_is_refused_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "scan.html"
    path.write_bytes(bytes(range(256)) * 4)
    result = CliRunner().invoke(app, ["extract", str(path)])
    assert result.exit_code == 2
    assert "scan.html" in result.output and "not a text document" in result.output
