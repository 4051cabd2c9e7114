"""kzvotes serve: Datasette on 127.0.0.1 with the schemas' titles, descriptions, units and facets."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kzvotes.schema import load_table_schema
from kzvotes.serve import datasette_metadata

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
    assert tables["contests"]["units"] == {"turnout_pct": "percent"}
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
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
