"""kzvotes serve: Datasette on 127.0.0.1 with the schemas' titles, descriptions, units and facets."""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from kzvotes.build.measures import contest_measures
from kzvotes.cli.commands import app
from kzvotes.publish.serve import (
    CANNED_QUERIES,
    YesNoCells,
    boolean_columns,
    datasette_metadata,
    exposure_warning,
    readable_copy,
)
from kzvotes.schema import load_table_schema

pytest.importorskip("datasette")

BOKEYORDA = "kz-akim-district-2023-11-05/KZ-27/bokeyorda"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        body: bytes = response.read()
        return body.decode("utf-8")


def test_metadata_comes_from_the_schemas(small_package: Path) -> None:
    meta = datasette_metadata(small_package)
    tables = meta["databases"]["kz-akim-elections"]["tables"]
    assert tables["contests"]["title"] == "Contests"
    field = next(f for f in load_table_schema("contests")["fields"] if f["name"] == "against_all")
    described = tables["contests"]["columns"]["against_all"]
    assert (
        field["title"] in described
        and field["kzvotes:title_ru"] in described
        and field["kzvotes:title_kk"] in described
    )
    assert tables["contests"]["units"] == {
        "turnout_pct": "percent",
        "margin_pct": "percent",
        "against_all_pct": "percent",
    }
    assert {"region_id", "election_id"} <= set(tables["contests"]["facets"])
    assert "party_id" in tables["candidates"]["facets"]
    assert {"election_id", "region_name_en", "party_name_en"} <= set(
        tables["results_flat"]["facets"]
    )
    assert meta["license"].startswith("Creative Commons") and tables["_fields"] == {"hidden": True}


def test_serve_answers_a_page_and_a_json_query(small_package: Path, tmp_path: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = tmp_path / "serve.log"
    kzvotes = Path(sys.executable).parent / "kzvotes"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(kzvotes), "serve", str(small_package), "--host", "127.0.0.1", "--port", str(port)],
            stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    get(f"{base}/-/versions.json")
                    break
                except (urllib.error.URLError, ConnectionError):
                    if process.poll() is not None or time.monotonic() > deadline:
                        pytest.fail(
                            f"kzvotes serve did not start:\n{log.read_text(errors='replace')}"
                        )
                    time.sleep(0.2)
            page = get(f"{base}/kz-akim-elections/contests")
            assert "Contests" in page and "region_id" in page and "Against all" in page
            sql = "SELECT option_id, votes FROM results WHERE contest_id = :c ORDER BY votes DESC"
            query = urllib.parse.urlencode({"sql": sql, "c": BOKEYORDA, "_shape": "array"})
            rows = json.loads(get(f"{base}/kz-akim-elections.json?{query}"))
            assert rows[0] == {"option_id": f"{BOKEYORDA}/nurlybek-daumov", "votes": 4660}
            assert {"option_id": "against_all", "votes": 178} in rows
            facets = json.loads(get(f"{base}/kz-akim-elections/results_flat.json?_size=1"))
            assert "region_name_en" in facets["facet_results"]
            named = json.loads(get(f"{base}/kz-akim-elections/contests_named.json?_size=1"))
            regions = {r["value"] for r in named["facet_results"]["region_name_en"]["results"]}
            assert "West Kazakhstan Region" in regions
            candidates = json.loads(get(f"{base}/kz-akim-elections/candidates_named.json?_size=1"))
            assert {r["value"] for r in candidates["facet_results"]["elected"]["results"]} <= {
                "yes",
                "no",
            }
            page = get(
                f"{base}/kz-akim-elections/candidates?contest_id={urllib.parse.quote(BOKEYORDA)}"
            )
            assert ">yes<" in page and ">no<" in page, "booleans read yes/no in the table"
            closest = json.loads(
                get(f"{base}/kz-akim-elections/closest_contests.json?_shape=array")
            )
            assert {"contest_id": BOKEYORDA, "margin_pct": 64.14}.items() <= next(
                row for row in closest if row["contest_id"] == BOKEYORDA
            ).items()
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def test_canned_queries_agree_with_the_measures(tmp_path: Path) -> None:
    package = Path(__file__).resolve().parents[2] / "datapackages" / "kz-akim-elections"
    database = readable_copy(package, tmp_path)
    candidates = pl.read_parquet(package / "data" / "candidates.parquet")
    contests = pl.read_parquet(package / "data" / "contests.parquet")
    measures = {
        row["contest_id"]: row
        for row in contest_measures(candidates, contests).iter_rows(named=True)
    }
    with sqlite3.connect(database) as db:
        db.row_factory = sqlite3.Row
        closest = [dict(r) for r in db.execute(CANNED_QUERIES["closest_contests"]["sql"])]
        against = [dict(r) for r in db.execute(CANNED_QUERIES["against_all_share"]["sql"])]
        coverage = [dict(r) for r in db.execute(CANNED_QUERIES["coverage"]["sql"])]
        winners = [dict(r) for r in db.execute(CANNED_QUERIES["winners_by_nominator"]["sql"])]
        assert boolean_columns(db) >= {("candidates", "elected"), ("checks", "passed")}
    with_margin = {k for k, m in measures.items() if m["margin_pct"] is not None}
    assert {r["contest_id"] for r in closest} == with_margin
    for row in closest:
        assert row["margin_pct"] == pytest.approx(
            measures[row["contest_id"]]["margin_pct"], abs=0.011
        )
        assert row["share_base"] == measures[row["contest_id"]]["share_base"]
    assert {r["contest_id"] for r in against} == {
        k for k, m in measures.items() if m["against_all_pct"] is not None
    }
    for row in against:
        assert row["against_all_pct"] == pytest.approx(
            measures[row["contest_id"]]["against_all_pct"], abs=0.011
        )
    assert sum(r["contests_in_data"] for r in coverage) == contests.height
    assert sum(r["all_votes"] for r in coverage) == sum(
        m["completeness"] == "all" for m in measures.values()
    )
    assert sum(r["winners"] for r in winners) == sum(
        m["winner_candidate_id"] is not None for m in measures.values()
    )
    assert sum(r["winners"] for r in winners if r["winner_nominator"] == "amanat") == sum(
        m["winner_nominator"] == "amanat" for m in measures.values()
    )


def test_yes_no_cells_only_for_boolean_columns() -> None:
    cells = YesNoCells({("candidates", "elected")})
    assert cells.render_cell(1, "elected", "candidates") == "yes"
    assert cells.render_cell(0, "elected", "candidates") == "no"
    assert cells.render_cell(1, "votes", "candidates") is None
    assert cells.render_cell(None, "elected", "candidates") is None


@pytest.mark.parametrize(
    ("host", "warned"),
    [("127.0.0.1", False), ("localhost", False), ("::1", False), ("127.0.0.2", False),
     ("0.0.0.0", True), ("::", True), ("192.0.2.10", True), ("example.org", True)],
)  # fmt: skip
def test_a_host_beyond_loopback_is_warned_about(host: str, warned: bool) -> None:
    assert (exposure_warning(host) is not None) is warned


def test_serve_reports_a_missing_path_and_a_bad_port(tmp_path: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(app, ["serve", str(tmp_path / "nowhere")])
    assert missing.exit_code == 2
    assert "no such folder" in missing.output
    assert "Traceback" not in missing.output
    bad_port = runner.invoke(app, ["serve", "--port", "70000"])
    assert bad_port.exit_code == 2
    assert "--port" in bad_port.output
