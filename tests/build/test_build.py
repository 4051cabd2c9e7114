from __future__ import annotations

import json
from pathlib import Path

import pytest
from build_helpers import replace_cell, tree_digest

from kzvotes.config import ledger_dir, repo_root
from kzvotes.errors import LedgerError, ValidationFailed
from kzvotes.pipeline import build
from kzvotes.publish.table_read import read_table_csv
from kzvotes.publish.validate import validate_package
from kzvotes.schema import TABLE_NAMES


def test_two_builds_are_byte_identical(small_ledger: Path, tmp_path: Path) -> None:
    first = build(small_ledger, None, tmp_path / "a").package_dir
    second = build(small_ledger, None, tmp_path / "b").package_dir
    assert tree_digest(first) == tree_digest(second)
    assert (
        len(tree_digest(first)) == 2 + 2 * len(TABLE_NAMES) + 2
    )  # descriptor, README, CSV + Parquet per table, SQLite, XLSX


def test_descriptor_is_v2_with_hashes_and_no_clock(small_ledger: Path, tmp_path: Path) -> None:
    package = build(small_ledger, None, tmp_path).package_dir
    desc = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    assert desc["$schema"].endswith("/2.0/datapackage.json")
    assert desc["created"] == "2026-11-27T00:00:00Z"  # the ledger's `updated`, not the clock
    for resource in desc["resources"]:
        assert resource["hash"].startswith("sha256:") and resource["bytes"] > 0
        assert resource["kzvotes:parquet"]["hash"].startswith("sha256:")
    assert {
        "name",
        "title",
        "description",
        "version",
        "licenses",
        "sources",
        "contributors",
    } <= set(desc)


def test_csv_is_utf8_lf_and_sorted_by_primary_key(small_ledger: Path, tmp_path: Path) -> None:
    package = build(small_ledger, None, tmp_path).package_dir
    raw = (package / "data" / "results.csv").read_bytes()
    assert b"\r\n" not in raw
    raw.decode("utf-8")
    df = read_table_csv(package / "data" / "results.csv", "results")
    assert df.equals(df.sort(["contest_id", "option_id"]))


def test_validate_accepts_a_fresh_package(small_ledger: Path, tmp_path: Path) -> None:
    validate_package(build(small_ledger, None, tmp_path).package_dir)


def _build_then_break(
    small_ledger: Path, tmp_path: Path, line: int, column: str, value: str
) -> tuple[Path, dict[str, str]]:
    package = build(small_ledger, None, tmp_path).package_dir
    before = tree_digest(package)
    replace_cell(small_ledger / "results.csv", line, column, value)
    return package, before


def test_more_votes_than_ballots_stops_the_build_and_keeps_the_package(
    small_ledger: Path, tmp_path: Path
) -> None:
    # line 17 is oqu.news, Talgar 2024: 12 875 took part; a synthetic 20 000 votes breaks it
    package, before = _build_then_break(small_ledger, tmp_path, 17, "votes", "20000")
    with pytest.raises(ValidationFailed) as caught:
        build(small_ledger, None, tmp_path)
    text = str(caught.value)
    assert "votes_within_ballots" in text
    assert "kz-akim-rural-2024-12-15/KZ-19/talgar/talgar" in text
    assert "ledger/results.csv:17" in text
    assert tree_digest(package) == before
    assert not list(tmp_path.glob(".kz-akim-elections.*"))


def test_winner_without_most_votes_is_a_hard_failure(small_ledger: Path, tmp_path: Path) -> None:
    package, before = _build_then_break(
        small_ledger, tmp_path, 3, "votes", "5000"
    )  # Gilmanov > Daumov
    with pytest.raises(ValidationFailed, match="winner_has_most_votes"):
        build(small_ledger, None, tmp_path)
    assert tree_digest(package) == before


@pytest.mark.parametrize(
    ("column", "value"), [("votes", "-1"), ("votes", "4 66O"), ("place_id", "KZ-27/nowhere")]
)
def test_unreadable_ledger_keeps_the_package(
    small_ledger: Path, tmp_path: Path, column: str, value: str
) -> None:
    package, before = _build_then_break(small_ledger, tmp_path, 2, column, value)
    with pytest.raises(LedgerError, match=r"results\.csv:2"):
        build(small_ledger, None, tmp_path)
    assert tree_digest(package) == before


def test_release_files_survive_a_rebuild(small_ledger: Path, tmp_path: Path) -> None:
    package = build(small_ledger, None, tmp_path).package_dir
    (package / "releases").mkdir()
    (package / "releases" / "kz-akim-elections-1.0.0.zip").write_bytes(b"zip")
    (package / "releases.json").write_text('{"releases": [{"version": "1.0.0"}]}', encoding="utf-8")
    build(small_ledger, None, tmp_path)
    assert (package / "releases" / "kz-akim-elections-1.0.0.zip").read_bytes() == b"zip"
    desc = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    assert desc["version"] == "1.0.0"


def test_undated_contest_is_published_without_a_date(small_ledger: Path, tmp_path: Path) -> None:
    package = build(small_ledger, None, tmp_path).package_dir
    elections = read_table_csv(package / "data" / "elections.csv", "elections")
    undated = elections.filter(elections["election_id"] == "kz-akim-rural-undated")
    assert undated["status"].to_list() == ["date_unknown"]
    assert undated["election_date"].to_list() == [None]


def test_turnout_is_derived_only_from_counts(small_ledger: Path, tmp_path: Path) -> None:
    package = build(small_ledger, None, tmp_path).package_dir
    facts = read_table_csv(package / "data" / "facts.csv", "facts")
    derived = facts.filter((facts["method"] == "derived") & (facts["field"] == "turnout_pct"))
    # Talgar 2024: ru24.pro publishes 30.1 %, so nothing is derived there; no other contest has both counts
    assert derived.height == 0
    contests = read_table_csv(package / "data" / "contests.csv", "contests")
    talgar = contests.filter(
        contests["contest_id"] == "kz-akim-rural-2024-12-15/KZ-19/talgar/talgar"
    )
    assert talgar["turnout_pct"].to_list() == [30.1]


def test_embedded_build_holds_the_real_facts(tmp_path: Path) -> None:
    package = build(ledger_dir(), None, tmp_path).package_dir
    cands = read_table_csv(package / "data" / "candidates.csv", "candidates")
    semey = dict(cands.filter(cands["contest_id"] == "kz-akim-city-2025-10-12/KZ-10/semey")
                 .select("name_en", "votes").iter_rows())  # fmt: skip
    assert semey == {"Adlet Kozhanbayev": 89441, "A.K. Bekzhasarov": 9763, "K.M. Tuleuov": 12557}


def test_committed_package_is_up_to_date_with_the_ledger(tmp_path: Path) -> None:
    committed = repo_root() / "datapackages" / "kz-akim-elections"
    if not committed.is_dir():
        pytest.fail("datapackages/kz-akim-elections is missing: run `make run` and commit it")
    sources = read_table_csv(committed / "data" / "sources.csv", "sources")
    if sources["archived"].any():
        pytest.skip("the committed package includes archived documents")
    fresh = build(ledger_dir(), None, tmp_path).package_dir
    for path in sorted((fresh / "data").glob("*.csv")):
        assert path.read_bytes() == (committed / "data" / path.name).read_bytes(), path.name
    validate_package(committed)


def test_duplicate_candidate_keeps_the_package(small_ledger: Path, tmp_path: Path) -> None:
    package = build(small_ledger, None, tmp_path).package_dir
    before = tree_digest(package)
    path = small_ledger / "results.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join([*lines, lines[1]]), encoding="utf-8")
    with pytest.raises(
        LedgerError, match=r"results\.csv:\d+ \[candidate_key\]: duplicate candidate"
    ):
        build(small_ledger, None, tmp_path)
    assert tree_digest(package) == before


def test_validate_catches_an_edited_value_by_its_hash(small_ledger: Path, tmp_path: Path) -> None:
    package = build(small_ledger, None, tmp_path).package_dir
    places = package / "data" / "places.csv"
    places.write_text(
        places.read_text(encoding="utf-8").replace("Bokeyorda District", "Bokeyorda Distr1ct"),
        encoding="utf-8",
    )
    with pytest.raises(ValidationFailed) as caught:
        validate_package(package, frictionless=True)
    rules = {f.rule for f in caught.value.failures}
    assert {"file:hash", "frictionless:hash-count", "parquet:differs"} <= rules
