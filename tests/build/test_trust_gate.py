"""The trust gate, end to end: two local publishers, a fetch, a build with the ledger, review.

The pages (``fixtures/trust_site``, SYNTHETIC) are served by two publishers, 127.0.0.1 and
127.0.0.2. What two publishers read identically is published as ``corroborated``; what one
publisher says waits in ``pending``; a page whose reading breaks a hard check with the
ledger is quarantined; a voting-day page gives no result. Nothing of them but the
corroborated values reaches contests, candidates or results.
"""

from __future__ import annotations

import csv
import re
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from kzvotes.cli.commands import app
from kzvotes.pipeline import build_and_release as release
from kzvotes.publish.table_read import read_table_csv

SITE = Path(__file__).parent / "fixtures" / "trust_site"
PUBLISHERS = {
    "127.0.0.1": ["syrym_a", "taskala_a", "zhanibek_a", "bokeyorda_invented"],
    "127.0.0.2": ["syrym_b", "taskala_b", "bokeyorda_interim"],
}
SYRYM = "kz-akim-district-2023-11-05/KZ-27/syrym"
TASKALA = "kz-akim-district-2023-11-05/KZ-27/taskala"
ZHANIBEK = "kz-akim-district-2023-11-05/KZ-27/zhanibek"
BOKEYORDA = "kz-akim-district-2023-11-05/KZ-27/bokeyorda"
runner = CliRunner()


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def sites() -> Iterator[dict[str, str]]:
    servers = {
        host: ThreadingHTTPServer((host, 0), partial(_Quiet, directory=str(SITE)))
        for host in PUBLISHERS
    }
    threads = [threading.Thread(target=s.serve_forever, daemon=True) for s in servers.values()]
    for thread in threads:
        thread.start()
    try:
        yield {host: f"http://{host}:{s.server_address[1]}" for host, s in servers.items()}
    finally:
        for server in servers.values():
            server.shutdown()
            server.server_close()


def _fetch(sites: dict[str, str], tmp_path: Path) -> Path:
    catalog = tmp_path / "catalog.toml"
    catalog.write_text(
        "".join(
            f'[[document]]\nurl = "{sites[host]}/{page}.html"\npublisher_kind = "news"\nallow_private = true\n\n'
            for host, pages in PUBLISHERS.items()
            for page in pages
        ),
        encoding="utf-8",
    )
    archive = tmp_path / "archive"
    fetched = runner.invoke(
        app,
        ["fetch", "--catalog", str(catalog), "--archive", str(archive), "--rate", "0", "--strict"],
    )
    assert fetched.exit_code == 0, fetched.output
    return archive


def _build(ledger: Path, archive: Path, output: Path) -> Path:
    built = runner.invoke(
        app, ["build", "--ledger", str(ledger), "--archive", str(archive), "--output", str(output)]
    )
    assert built.exit_code == 0, built.output
    assert "quarantined" in built.output
    return output / "kz-akim-elections"


def _table(package: Path, name: str) -> pl.DataFrame:
    return read_table_csv(package / "data" / f"{name}.csv", name)


def _source_of(package: Path, page: str) -> str:
    sources = _table(package, "sources").filter(pl.col("url").str.ends_with(f"/{page}.html"))
    [source_id] = sources["source_id"].to_list()
    return str(source_id)


@pytest.fixture
def story(sites: dict[str, str], small_ledger: Path, tmp_path: Path) -> tuple[Path, Path, Path]:
    archive = _fetch(sites, tmp_path)
    return _build(small_ledger, archive, tmp_path / "out"), archive, small_ledger


def test_only_checked_and_corroborated_values_reach_the_tables(
    story: tuple[Path, Path, Path],
) -> None:
    package, _, _ = story
    contests, candidates = _table(package, "contests"), _table(package, "candidates")
    results, facts = _table(package, "results"), _table(package, "facts")

    # two publishers agree on Syrym: every figure published, corroborated, with both sources
    [syrym] = contests.filter(pl.col("contest_id") == SYRYM).to_dicts()
    assert (syrym["registered_voters"], syrym["ballots_cast"], syrym["against_all"]) == (
        9000,
        6400,
        100,
    )
    assert syrym["trust"] == "corroborated"
    winners = candidates.filter(pl.col("contest_id") == SYRYM).sort("votes", descending=True)
    assert winners.select("name_ru", "votes", "elected", "trust").rows() == [
        ("Асхат Бекенов", 5000, True, "corroborated"),
        ("Ерлан Сапаров", 1200, False, "corroborated"),
    ]
    votes = facts.filter(
        pl.col("row_key").str.ends_with("/syrym/ashat-bekenov") & (pl.col("field") == "votes")
    )
    assert votes["source_id"].n_unique() == 2 and set(votes["trust"]) == {"corroborated"}

    # Taskala: the publishers disagree on against all: a conflict, and no value published
    [taskala] = contests.filter(pl.col("contest_id") == TASKALA).to_dicts()
    assert taskala["against_all"] is None and taskala["ballots_cast"] == 7300
    conflict = _table(package, "conflicts").filter(pl.col("contest_id") == TASKALA)
    assert conflict.select("field", "kept_value", "other_value").rows() == [
        ("contests.against_all", None, "95")
    ]
    assert results.filter(
        (pl.col("contest_id") == TASKALA) & (pl.col("option_type") == "against_all")
    ).is_empty()

    # one publisher only: nothing published, everything pending
    assert ZHANIBEK not in contests["contest_id"].to_list()
    pending = _table(package, "pending")
    zhanibek = pending.filter(pl.col("contest_id") == ZHANIBEK)
    assert set(zhanibek["status"]) == {"single_source"}
    assert {"4800", "950", "80", "5900", "8500"} <= set(zhanibek["value"])

    # the second "winner" of Bokeyorda breaks one_winner with the ledger: quarantined
    invented = _source_of(package, "bokeyorda_invented")
    held = pending.filter(pl.col("source_id") == invented)
    assert set(held["status"]) == {"quarantined"} and set(held["check_id"]) == {"one_winner"}
    assert "5210" in held["value"].to_list()
    assert not candidates["candidate_id"].str.contains("umabaev").any()
    bokeyorda = candidates.filter(pl.col("contest_id") == BOKEYORDA)
    assert bokeyorda.filter(pl.col("elected"))["candidate_id"].to_list() == [
        f"{BOKEYORDA}/nurlybek-daumov"
    ]

    # the interim voting-day page: no value of it anywhere in the tables
    interim = _source_of(package, "bokeyorda_interim")
    assert interim not in facts["source_id"].to_list()
    assert set(facts.filter(pl.col("method") == "transcribed")["trust"]) == {"checked"}
    for table in (contests, candidates, results):
        assert set(table["trust"]) <= {"checked", "corroborated"}


def test_review_exports_the_queue_and_applies_decisions(
    story: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    package, archive, ledger = story
    release(package, ledger_dir=ledger, archive_dir=archive, version="1.0.0")

    queue_md = tmp_path / "queue.md"
    exported = runner.invoke(
        app,
        ["review", "--package", str(package), "--archive", str(archive), "--export", str(queue_md)],
    )
    assert exported.exit_code == 0, exported.output
    text = queue_md.read_text(encoding="utf-8")
    assert f"## {ZHANIBEK}" in text and f"## {BOKEYORDA}" in text
    assert "quarantined: " in text and "»Кайрат Нурланов«" in text  # the span, in its sentence

    queue = tmp_path / "queue.csv"
    runner.invoke(
        app,
        ["review", "--package", str(package), "--archive", str(archive), "--export", str(queue)],
    )
    with queue.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if row["contest_id"] == ZHANIBEK:
            row["decision"] = "accept"
        elif row["contest_id"] == BOKEYORDA:
            row["decision"] = "reject"
    with queue.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    before = (ledger / "results.csv").read_text(encoding="utf-8")
    applied = runner.invoke(app, ["review", "--ledger", str(ledger), "--apply", str(queue)])
    assert applied.exit_code == 0, applied.output
    assert "1 contest(s), 2 candidate(s)" in applied.output

    added = (ledger / "results.csv").read_text(encoding="utf-8").removeprefix(before)
    added_rows = list(csv.reader(added.splitlines()))
    assert len(added_rows) == 3  # the contest's figures, and one row per candidate
    assert {r[0] for r in added_rows} == {f"{_url_of(package, 'zhanibek_a')}"}
    assert (ledger / "rejected.csv").is_file()

    rebuilt = _build(ledger, archive, package.parent)
    [zhanibek] = _table(rebuilt, "contests").filter(pl.col("contest_id") == ZHANIBEK).to_dicts()
    assert (zhanibek["registered_voters"], zhanibek["trust"]) == (8500, "checked")
    pending = _table(rebuilt, "pending")
    assert pending.filter(pl.col("contest_id").is_in([ZHANIBEK, BOKEYORDA])).is_empty()

    second = release(rebuilt, ledger_dir=ledger, archive_dir=archive)
    section = second.changelog_section
    assert "#### `contests`: 1 added, 0 removed, 0 changed" in section
    assert "#### `candidates`: 2 added, 0 removed, 0 changed" in section
    assert ZHANIBEK in section
    # stable keys: the accepted rows are added, nothing else moves; the one changed row is
    # the election's and the region's contest counts, which the new contest raises
    assert re.search(r"#### `facts`: \d+ added, 0 removed, 0 changed", section)
    assert re.search(r"#### `pending`: 0 added, \d+ removed, 0 changed", section)
    assert re.findall(r"- changed `([^`]+)`", section) == [
        "kz-akim-district-2023-11-05",
        "kz-akim-district-2023-11-05 | KZ-27",  # its coverage row: contests present 3 -> 4
    ]
    assert "#### `places`" not in section and "#### `summaries`" not in section


def _url_of(package: Path, page: str) -> str:
    sources = _table(package, "sources").filter(pl.col("url").str.ends_with(f"/{page}.html"))
    return str(sources["url"][0])
