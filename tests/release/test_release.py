"""kzvotes release and kzvotes diff: versions, immutable reproducible zips, row-level changelog."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzvotes.cli.commands import app
from kzvotes.errors import ReleaseError
from kzvotes.pipeline import build
from kzvotes.pipeline import build_and_release as release
from kzvotes.publish.diff import (
    PackageDiff,
    SchemaChange,
    bump_version,
    diff_paths,
    diff_rows,
    diff_schemas,
    propose_bump,
)
from kzvotes.release import release as release_built

runner = CliRunner()
BOKEYORDA_WINNER = "kz-akim-district-2023-11-05/KZ-27/bokeyorda/nurlybek-daumov"


def correct_votes(ledger: Path, old: str, new: str) -> None:
    """The ledger correction of the tests: Daumov's votes in Bokeyorda (results.csv line 2)."""
    path = ledger / "results.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    assert f",{old},178," in lines[1]
    lines[1] = lines[1].replace(f",{old},178,", f",{new},178,")
    path.write_text("\n".join(lines), encoding="utf-8")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cut(package: Path, ledger: Path, **options: str) -> Path:
    return release(package, ledger_dir=ledger, archive_dir=None, **options).zip_path  # type: ignore[arg-type]


def test_two_releases_with_a_correction_between(ledger_copy: Path, tmp_path: Path) -> None:
    package = tmp_path / "out" / "kz-akim-elections"
    first = release(package, ledger_dir=ledger_copy)
    assert (first.version, first.previous, first.reason) == ("1.0.0", None, "first release")
    correct_votes(ledger_copy, "4660", "4661")
    second = release(package, ledger_dir=ledger_copy)
    assert (second.version, second.bump) == ("1.0.1", "patch")
    assert "corrections" in second.reason

    zips = sorted(p.name for p in (package / "releases").iterdir())
    assert zips == ["kz-akim-elections-1.0.0.zip", "kz-akim-elections-1.0.1.zip"]
    changelog = (package / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.index("## 1.0.1") < changelog.index("## 1.0.0")
    section = changelog[changelog.index("## 1.0.1") : changelog.index("## 1.0.0")]
    assert f"changed `{BOKEYORDA_WINNER}`: `votes` 4660 -> 4661" in section
    # the vote and, derived from it, Keresh's share (426 of 6046 -> of 6047: 7.05 -> 7.04)
    assert "#### `candidates`: 0 added, 0 removed, 2 changed" in section

    ledger = json.loads((package / "releases.json").read_text(encoding="utf-8"))["releases"]
    assert [r["version"] for r in ledger] == ["1.0.0", "1.0.1"]
    for entry in ledger:
        zip_path = package / entry["path"]
        assert entry["sha256"] == sha256(zip_path) and entry["bytes"] == zip_path.stat().st_size
        assert entry["date"] == "2026-11-27"  # the ledger's `updated`, not the clock
        assert entry["row_counts"]["candidates"] == 11
    with zipfile.ZipFile(package / "releases" / "kz-akim-elections-1.0.0.zip") as archive:
        desc = json.loads(archive.read("kz-akim-elections/datapackage.json"))
        assert desc["version"] == "1.0.0"
        assert ",4660,checked\n" in archive.read("kz-akim-elections/data/results.csv").decode()
        assert not [n for n in archive.namelist() if "releases" in n or "CHANGELOG" in n]
    assert (
        json.loads((package / "datapackage.json").read_text(encoding="utf-8"))["version"] == "1.0.1"
    )

    with pytest.raises(ReleaseError, match=r"nothing changed since 1\.0\.1"):
        release(package, ledger_dir=ledger_copy)
    with pytest.raises(ReleaseError, match=r"1\.0\.1 is released already"):
        release(package, ledger_dir=ledger_copy, version="1.0.1")
    with pytest.raises(ReleaseError, match="not newer"):
        release_built(package, version="0.9.0")
    assert len(list((package / "releases").iterdir())) == 2


def test_release_takes_the_built_package_and_never_builds(
    ledger_copy: Path, tmp_path: Path
) -> None:
    package = tmp_path / "kz-akim-elections"
    release(package, ledger_dir=ledger_copy)
    correct_votes(ledger_copy, "4660", "4661")  # not built: the package is as released
    with pytest.raises(ReleaseError, match=r"nothing changed since 1\.0\.0"):
        release_built(package)
    build(ledger_copy, None, tmp_path)
    assert release_built(package).version == "1.0.1"
    result = runner.invoke(app, ["release", "--package", str(package), "--no-build"])
    assert result.exit_code == 1 and "nothing changed since 1.0.1" in result.output


def test_release_zips_are_byte_identical_from_the_same_inputs(
    ledger_copy: Path, tmp_path: Path
) -> None:
    digests = []
    for run in ("a", "b"):
        package = tmp_path / run / "kz-akim-elections"
        correct_votes(ledger_copy, "4661", "4660") if run == "b" else None
        first = cut(package, ledger_copy)
        correct_votes(ledger_copy, "4660", "4661")
        second = cut(package, ledger_copy)
        digests.append((sha256(first), sha256(second)))
    assert digests[0] == digests[1]
    assert digests[0][0] != digests[0][1]
    with zipfile.ZipFile(first) as archive:
        infos = archive.infolist()
    assert [i.filename for i in infos] == sorted(i.filename for i in infos)
    assert {i.date_time for i in infos} == {(2026, 11, 27, 0, 0, 0)}
    assert {i.external_attr >> 16 for i in infos} == {0o100644}


def test_an_existing_zip_is_never_overwritten(ledger_copy: Path, tmp_path: Path) -> None:
    package = tmp_path / "kz-akim-elections"
    build(ledger_copy, None, tmp_path)
    (package / "releases").mkdir()
    squatter = package / "releases" / "kz-akim-elections-1.0.0.zip"
    squatter.write_bytes(b"not ours")
    with pytest.raises(ReleaseError, match="immutable"):
        release(package, ledger_dir=ledger_copy)
    assert squatter.read_bytes() == b"not ours"
    assert not (package / "releases.json").exists() and not (package / "CHANGELOG.md").exists()


def test_a_hard_check_failure_refuses_the_release(ledger_copy: Path, tmp_path: Path) -> None:
    package = tmp_path / "kz-akim-elections"
    release(package, ledger_dir=ledger_copy)
    path = ledger_copy / "results.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[16] = lines[16].replace(",9071,", ",20000,")  # Talgar 2024: more votes than ballots
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(ReleaseError, match="votes_within_ballots"):
        release(package, ledger_dir=ledger_copy, bump="patch")
    assert len(list((package / "releases").iterdir())) == 1


def test_explicit_bump_and_version(ledger_copy: Path, tmp_path: Path) -> None:
    package = tmp_path / "kz-akim-elections"
    assert release(package, ledger_dir=ledger_copy, version="0.1.0").version == "0.1.0"
    correct_votes(ledger_copy, "4660", "4661")
    report = release(package, ledger_dir=ledger_copy, bump="minor", dry_run=True)
    assert report.version == "0.2.0" and "proposed: patch" in report.reason
    assert not report.zip_path.exists()
    assert release(package, ledger_dir=ledger_copy, bump="major").version == "1.0.0"
    with pytest.raises(ReleaseError, match="not both"):
        release(package, ledger_dir=ledger_copy, bump="major", version="9.0.0")


def test_proposed_bump_follows_the_change() -> None:
    old = [{"id": "a", "v": "1"}, {"id": "b", "v": "2"}]
    added = diff_rows("t", ["id"], old, [*old, {"id": "c", "v": "3"}])
    changed = diff_rows("t", ["id"], old, [{"id": "a", "v": "1"}, {"id": "b", "v": "5"}])
    assert [c.changes for c in changed.changed] == [[("v", "2", "5")]]

    def bump(tables: list, schema: list[SchemaChange] | None = None) -> str | None:  # type: ignore[type-arg]
        proposal = propose_bump(PackageDiff("1.0.0", "1.0.0", tables, schema or [], [], [], {}))
        return proposal[0] if proposal else None

    assert bump([added]) == "minor"
    assert bump([changed]) == "patch"
    assert bump([diff_rows("t", ["id"], old, old)]) is None
    assert bump([], [SchemaChange("t", "field `v` removed", True)]) == "major"
    assert bump_version("1.2.3", "minor") == "1.3.0"


def test_schema_diff_marks_breaking_changes() -> None:
    field = {"name": "v", "type": "integer", "title": "V"}
    old = {"resources": [{"name": "t", "schema": {"fields": [field], "primaryKey": ["v"]}}]}
    typed = {
        "resources": [
            {"name": "t", "schema": {"fields": [{**field, "type": "string"}], "primaryKey": ["v"]}}
        ]
    }
    wider = {
        "resources": [
            {
                "name": "t",
                "schema": {"fields": [field, {**field, "name": "w"}], "primaryKey": ["v"]},
            }
        ]
    }
    assert [(c.detail, c.breaking) for c in diff_schemas(old, typed)] == [
        ("field `v` type integer -> string", True)
    ]
    assert [(c.detail, c.breaking) for c in diff_schemas(old, wider)] == [
        ("field `w` added", False)
    ]


def test_diff_command_between_two_zips(ledger_copy: Path, tmp_path: Path) -> None:
    package = tmp_path / "kz-akim-elections"
    old_zip = cut(package, ledger_copy)
    correct_votes(ledger_copy, "4660", "4661")
    result = runner.invoke(
        app, ["release", "--package", str(package), "--ledger", str(ledger_copy), "--no-archive"]
    )
    assert result.exit_code == 0, result.output
    new_zip = package / "releases" / "kz-akim-elections-1.0.1.zip"
    result = runner.invoke(app, ["diff", str(old_zip), str(new_zip)])
    assert result.exit_code == 0, result.output
    assert "## 1.0.0 -> 1.0.1" in result.output and "Proposed bump: **patch**" in result.output
    assert f"`{BOKEYORDA_WINNER}`: `votes` 4660 -> 4661" in result.output
    assert diff_paths(new_zip, package).is_empty()  # the working package is the last release


def test_release_command_refusal_exits_1(ledger_copy: Path, tmp_path: Path) -> None:
    args = [
        "release",
        "--package",
        str(tmp_path / "kz-akim-elections"),
        "--ledger",
        str(ledger_copy),
        "--no-archive",
    ]
    assert runner.invoke(app, args).exit_code == 0
    result = runner.invoke(app, args)
    assert result.exit_code == 1 and "nothing changed since 1.0.0" in result.output


@pytest.mark.parametrize("command", ["release", "diff", "serve"])
def test_help_has_an_example(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Example" in result.output


def test_validate_accepts_a_release_zip(ledger_copy: Path, tmp_path: Path) -> None:
    package = build(ledger_copy, None, tmp_path).package_dir
    zip_path = cut(package, ledger_copy)
    result = runner.invoke(app, ["validate", str(zip_path)])
    assert result.exit_code == 0, result.output
    assert "valid" in result.output
