"""The nightly workflow's steps, run locally and offline against a copy of the package."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kzvotes.config import repo_root
from kzvotes.pipeline import build

WORKFLOW = repo_root() / ".github" / "workflows" / "update-data.yml"
SCRIPT = repo_root() / ".github" / "scripts" / "update-data.sh"


def run_script(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", str(SCRIPT)], env={**os.environ, **env}, capture_output=True, text=True,
                          timeout=300, check=False)  # fmt: skip


def test_workflow_runs_the_script_nightly_caches_and_opens_a_pr() -> None:
    yaml = pytest.importorskip("yaml")  # PyYAML comes with the serve extra (Datasette)
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow[True] if True in workflow else workflow["on"]  # YAML 1.1 reads `on` as true
    assert triggers["schedule"][0]["cron"]
    steps = workflow["jobs"]["update"]["steps"]
    assert any(s.get("run") == ".github/scripts/update-data.sh" for s in steps)
    uses = [s.get("uses", "") for s in steps]
    assert any(u.startswith("actions/cache/restore") for u in uses)
    assert any(u.startswith("actions/cache/save") for u in uses)
    pr = next(s for s in steps if s.get("uses", "").startswith("peter-evans/create-pull-request"))
    assert pr["if"] == "steps.update.outputs.changed == 'true'"
    script = SCRIPT.read_text(encoding="utf-8")
    assert "--strict" in script and os.access(SCRIPT, os.X_OK)


def test_script_reports_no_change_then_the_corrected_row(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger"
    ledger.mkdir()
    for path in (Path(__file__).parents[1] / "build" / "fixtures" / "ledger_small").iterdir():
        (ledger / path.name).write_bytes(path.read_bytes())
    build(ledger, None, tmp_path / "datapackages")
    outputs, diff_file = tmp_path / "github_output", tmp_path / "diff.md"
    env = {
        "KZVOTES": str(Path(sys.executable).parent / "kzvotes"),
        "KZVOTES_FETCH_ARGS": "--offline",  # the test runs offline; the workflow uses --strict
        "KZVOTES_OUTPUT": str(tmp_path / "datapackages"),
        "KZVOTES_ARCHIVE": str(tmp_path / "archive"),
        "KZVOTES_LEDGER": str(ledger),
        "KZVOTES_DIFF_FILE": str(diff_file),
        "GITHUB_OUTPUT": str(outputs),
    }
    first = run_script(env)
    assert first.returncode == 0, first.stderr
    assert "changed=false" in first.stdout and not diff_file.exists()

    results = ledger / "results.csv"
    results.write_text(
        results.read_text(encoding="utf-8").replace(",4660,178,", ",4661,178,", 1), encoding="utf-8"
    )
    second = run_script(env)
    assert second.returncode == 0, second.stderr
    assert "changed=true" in outputs.read_text(encoding="utf-8").splitlines()
    assert "`votes` 4660 -> 4661" in diff_file.read_text(encoding="utf-8")
