"""The other shapes on 127.0.0.1: application shells, a Kazinform-like card feed and its
articles, RSS, sitemaps; and the guards: private addresses, hosts outside the catalog,
robots.txt on every redirect hop, the request budget and the per-response deadline."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from fetch_helpers import catalog_for
from localsite import LocalSite, _RequestHandler, redirect_to
from publisher_sites import SHELL_PAGE, card_feed, rss_feed, sitemaps

from kzvotes.archive.store import Archive
from kzvotes.fetch import FetchReport
from kzvotes.fetch.catalog import parse_catalog
from kzvotes.fetch.summary import BUDGET, FAILED, NEW, REFUSED, SHELL
from kzvotes.parse import document_text
from kzvotes.parse.shell import AppShellError, is_app_shell

Fetch = Callable[..., FetchReport]


def test_an_app_shell_is_recorded_as_a_shell_and_never_stored(
    site: LocalSite, archive: Archive, fetch: Fetch
) -> None:
    site.set_page("/memleket/entities/x/press/news", SHELL_PAGE)

    report = fetch(catalog_for(site, documents=["/memleket/entities/x/press/news"]))

    assert report.counts()[SHELL] == 1
    assert archive.stored_documents() == []
    [line] = archive.manifest_records()
    assert line["outcome"] == SHELL and line["sha256"] is None and "API" in str(line["error"])
    with pytest.raises(AppShellError, match="API"):
        document_text(SHELL_PAGE, content_type="text/html")


@pytest.mark.parametrize(
    ("page", "shell"),
    [
        (b'<html><body><div id="root"></div><script src="/static/js/main.1a.js"></script></body></html>', True),
        (b'<html><body><div id="app"></div><noscript>Please enable JavaScript</noscript></body></html>', True),
        (b'<html><body><div id="root"><article><p>' + "Итоги выборов акима. ".encode() * 30 + b"</p></article></div></body></html>", False),
        (b"<html><body><p>short page without any app root</p></body></html>", False),
    ],
)  # fmt: skip
def test_shell_detection(page: bytes, shell: bool) -> None:
    assert is_app_shell(page.decode()) is shell


def test_card_feed_is_read_page_by_page_and_kept_articles_are_archived(
    site: LocalSite, archive: Archive, fetch: Fetch
) -> None:
    wanted = card_feed(site, 60, datetime(2026, 8, 18, 21, 38, tzinfo=UTC))
    catalog = parse_catalog(
        f'[[listing]]\nurl = "{site.url("/ru/lenta/")}"\nallow_private = true\n'
        "detail_pattern = '/ru/[a-z0-9-]+-[0-9a-f]{6}$'\npage_param = \"page\"\n"
        'publisher = "inform.kz"\npublisher_kind = "news"\nlanguage = "ru"\n'
    )

    report = fetch(catalog)

    assert {d.url for d in archive.stored_documents()} == {site.url(p) for p in wanted}
    [row] = report.source_rows()
    assert row["discovered"] == 60 and row["kept"] == len(wanted) == 12
    doc = next(d for d in archive.stored_documents() if d.url == site.url(wanted[0]))
    text = document_text(archive.read_bytes(doc.sha256), content_type=doc.content_type)
    assert "выборы акима" in text.text


def test_card_dates_in_words_bound_a_backfill(
    site: LocalSite, archive: Archive, fetch: Fetch
) -> None:
    wanted = card_feed(site, 60, datetime(2026, 8, 18, 21, 38, tzinfo=UTC))
    catalog = parse_catalog(
        f'[[listing]]\nurl = "{site.url("/ru/lenta/")}"\nallow_private = true\n'
        "detail_pattern = '/ru/[a-z0-9-]+-[0-9a-f]{6}$'\npage_param = \"page\"\n"
    )

    fetch(catalog, since=date(2026, 8, 1))  # cards are 20 hours apart: ~21 cards since

    assert site.hits["/ru/lenta/?page=2"] == 1 and site.hits["/ru/lenta/?page=3"] == 0
    stored = {d.url for d in archive.stored_documents()}
    assert stored == {site.url(p) for p in wanted[:5]}


def test_rss_feed_entries_about_akim_elections_are_archived(
    site: LocalSite, archive: Archive, fetch: Fetch
) -> None:
    wanted = rss_feed(site)
    catalog = parse_catalog(f'[[feed]]\nurl = "{site.url("/rss/rus.xml")}"\nallow_private = true\n')

    report = fetch(catalog)

    assert {d.url for d in archive.stored_documents()} == {site.url(p) for p in wanted}
    assert report.source_rows()[0]["family"] == "feed"


def test_sitemap_index_children_older_than_since_are_skipped(
    site: LocalSite, archive: Archive, fetch: Fetch
) -> None:
    wanted = sitemaps(site)
    catalog = parse_catalog(f'[[feed]]\nurl = "{site.url("/sitemap.xml")}"\nallow_private = true\n')

    fetch(catalog, since=date(2026, 1, 1))

    assert {d.url for d in archive.stored_documents()} == {site.url(p) for p in wanted}
    assert site.hits["/sitemap-2019.xml"] == 0


def test_a_nightly_run_reads_only_child_sitemaps_changed_since_the_last_one(
    site: LocalSite, archive: Archive, fetch: Fetch
) -> None:
    sitemaps(site)
    catalog = parse_catalog(f'[[feed]]\nurl = "{site.url("/sitemap.xml")}"\nallow_private = true\n')
    fetch(catalog)
    assert site.hits["/sitemap-2019.xml"] == 1  # the first run reads everything
    site.reset_counters()

    fetch(catalog)  # the fake clock says 2024: only the 2026 child changed since

    assert site.hits["/sitemap.xml"] == 1 and site.hits["/sitemap-2026.xml"] == 1
    assert site.hits["/sitemap-2019.xml"] == 0


def test_loopback_is_refused_without_allow_private(
    site: LocalSite, archive: Archive, fetch: Fetch
) -> None:
    catalog = parse_catalog(f'[[document]]\nurl = "{site.url("/misc/cp1251.html")}"\n')

    report = fetch(catalog)

    assert report.counts()[REFUSED] == 1 and sum(site.hits.values()) == 0
    assert "private" in str(archive.manifest_records()[0]["error"])


def test_a_redirect_to_a_host_outside_the_catalog_is_not_followed(
    site: LocalSite, archive: Archive, fetch: Fetch
) -> None:
    port = site.base_url.rsplit(":", 1)[1]
    site.add_handler("/away", redirect_to(f"http://localhost:{port}/misc/cp1251.html"))

    report = fetch(catalog_for(site, documents=["/away"]))

    assert report.counts()[REFUSED] == 1
    assert site.hits["/misc/cp1251.html"] == 0
    assert "not in the catalog" in str(archive.manifest_records()[0]["error"])


def test_robots_txt_is_checked_on_every_redirect_hop(
    site: LocalSite, archive: Archive, fetch: Fetch
) -> None:
    site.add_handler("/moved", redirect_to("/private/secret.html"))

    report = fetch(catalog_for(site, documents=["/moved"]))

    assert report.counts()[REFUSED] == 1 and site.hits["/private/secret.html"] == 0
    assert "robots.txt" in str(archive.manifest_records()[0]["error"])


def test_the_request_budget_bounds_the_run(site: LocalSite, archive: Archive, fetch: Fetch) -> None:
    paths = [f"/rus/news/releases/index.php?ID={n}" for n in (101, 102, 103, 95, 94)]

    report = fetch(catalog_for(site, documents=paths), max_requests=3)

    assert sum(site.hits.values()) == 3  # robots.txt and two documents
    assert report.counts()[NEW] == 2 and report.counts()[BUDGET] == 3


def drip(h: _RequestHandler) -> None:
    """Headers at once, then one byte every half second for a long time."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    h.send_header("Content-Length", "1000")
    h.end_headers()
    for _ in range(1000):
        if h.site.stopping.wait(0.5):
            break
        h.wfile.write(b"x")
        h.wfile.flush()
    h.close_connection = True


def test_a_dripping_body_is_cut_at_the_deadline(
    site: LocalSite, archive: Archive, fetch: Fetch
) -> None:
    site.add_handler("/drip", drip)
    started = time.monotonic()

    report = fetch(catalog_for(site, documents=["/drip"]), deadline=2.0)

    assert time.monotonic() - started < 6
    [failure] = report.failures()
    assert failure.outcome == FAILED and "too slow" in str(failure.error)
