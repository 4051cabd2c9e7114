"""The scheduled job, end to end on 127.0.0.1: `kzvotes fetch` fills an archive from a local
site serving corpus documents (written for the project with real figures), then
`kzvotes build` turns the archive and the ledger into a package with extracted facts."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from kzvotes.cli import app
from kzvotes.validate import read_table_csv

CORPUS = Path(__file__).parents[1] / "corpus"
SERVED = ["ru-01-bokeyorda.html", "en-01-semey.html", "ru-20-semey-votingday.html"]


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        name = self.path.lstrip("/")
        if name not in SERVED:
            self.send_error(404)
            return
        body = (CORPUS / name).read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/html")  # no charset: detected from <meta> or bytes
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_fetch_then_build(site: str, small_ledger: Path, tmp_path: Path) -> None:
    catalog = tmp_path / "catalog.toml"
    catalog.write_text(
        "".join(
            f'[[document]]\nurl = "{site}/{name}"\npublisher_kind = "news"\nallow_private = true\n\n' for name in SERVED
        ),
        encoding="utf-8",
    )
    archive, output = tmp_path / "archive", tmp_path / "out"
    runner = CliRunner()
    fetched = runner.invoke(
        app,
        ["fetch", "--catalog", str(catalog), "--archive", str(archive), "--rate", "0", "--strict"],
    )
    assert fetched.exit_code == 0, fetched.output
    built = runner.invoke(
        app,
        [
            "build",
            "--ledger",
            str(small_ledger),
            "--archive",
            str(archive),
            "--output",
            str(output),
        ],
    )
    assert built.exit_code == 0, built.output
    package = output / "kz-akim-elections"
    sources = read_table_csv(package / "data" / "sources.csv", "sources").filter(pl.col("archived"))
    assert sorted(sources["url"].to_list()) == sorted(f"{site}/{name}" for name in SERVED)
    facts = read_table_csv(package / "data" / "facts.csv", "facts").filter(
        pl.col("method") == "extracted"
    )
    semey = facts.filter(
        pl.col("row_key").str.ends_with("/KZ-10/semey/adlet-kozhanbayev")
        & (pl.col("field") == "votes")
    )
    assert semey["value"].to_list() == ["89441"]
    assert set(facts["source_id"]) <= set(sources["source_id"])
    # the voting-day page is archived and listed, but gives no facts
    [voting_day] = sources.filter(pl.col("url").str.ends_with("votingday.html"))[
        "source_id"
    ].to_list()
    assert voting_day not in set(facts["source_id"])
    assert runner.invoke(app, ["validate", str(package)]).exit_code == 0
