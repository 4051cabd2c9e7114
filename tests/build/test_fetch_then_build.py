"""The scheduled job, end to end on 127.0.0.1: `kzvotes fetch` fills an archive from a local
site serving corpus documents (written for the project with real figures), then
`kzvotes build` turns the archive and the ledger into a package with extracted facts; the
same through the gov.kz content API, whose items are archived as JSON."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from kzvotes.cli.commands import app
from kzvotes.publish.table_read import read_table_csv

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
            f'[[document]]\nurl = "{site}/{name}"\npublisher_kind = "news"\nallow_private = true\n\n'
            for name in SERVED
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


def _semey_as_an_api_item() -> dict[str, object]:
    """The corpus page's article as the portal's API would carry it (title + body HTML)."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser((CORPUS / "en-01-semey.html").read_text(encoding="utf-8"))
    article = tree.css_first("article")
    assert article is not None
    heading = article.css_first("h1")
    title = heading.text(strip=True) if heading is not None else ""
    body = "".join(p.html or "" for p in article.css("p"))
    return {
        "id": 4242,
        "title": title,
        "body": body,
        "created_date": "2025-10-13T04:00:00.000Z",
        "projects": ["test-akimat"],
    }


def test_fetch_from_the_portal_api_then_build(small_ledger: Path, tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).parents[1] / "fetch"))
    from localsite import LocalSite
    from publisher_sites import GovkzApi, synthetic_item

    item = _semey_as_an_api_item()
    other = synthetic_item(1, False, datetime(2025, 10, 1, tzinfo=UTC))
    archive, output = tmp_path / "archive", tmp_path / "out"
    with LocalSite() as site:
        api = GovkzApi({"test-akimat": [item, other]}, needs_session=True).install(site)
        catalog = tmp_path / "catalog.toml"
        catalog.write_text(
            f'[[govkz]]\nbase_url = "{site.base_url}"\nprojects = ["test-akimat"]\n'
            'languages = ["en"]\nallow_private = true\npublisher_kind = "territorial_commission"\n',
            encoding="utf-8",
        )
        runner = CliRunner()
        fetched = runner.invoke(
            app,
            ["fetch", "--catalog", str(catalog), "--archive", str(archive), "--rate", "0",
             "--strict"],
        )  # fmt: skip
        assert fetched.exit_code == 0, fetched.output
        assert len(api.sessions) == 1
    built = runner.invoke(
        app,
        ["build", "--ledger", str(small_ledger), "--archive", str(archive), "--output",
         str(output)],
    )  # fmt: skip
    assert built.exit_code == 0, built.output
    package = output / "kz-akim-elections"
    sources = read_table_csv(package / "data" / "sources.csv", "sources").filter(pl.col("archived"))
    page = f"{site.base_url}/memleket/entities/test-akimat/press/news/details/4242?lang=en"
    assert sources["url"].to_list() == [page]
    facts = read_table_csv(package / "data" / "facts.csv", "facts").filter(
        (pl.col("method") == "extracted")
        & pl.col("row_key").str.ends_with("/KZ-10/semey/adlet-kozhanbayev")
        & (pl.col("field") == "votes")
    )
    assert facts["value"].to_list() == ["89441"]
    assert set(facts["source_id"]) == set(sources["source_id"])
    assert runner.invoke(app, ["validate", str(package)]).exit_code == 0
