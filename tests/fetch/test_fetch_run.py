"""Whole runs against the local site: crawl, archive, re-run, revisions, robots, charset."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from fetch_helpers import BITRIX_LISTINGS, PORTAL_LISTING, catalog_for
from localsite import WANTED_DOCUMENTS, LocalSite

from kzvotes.archive.store import Archive
from kzvotes.fetch import FetchReport
from kzvotes.fetch.summary import CHANGED, FAILED, NEW, ROBOTS, UNCHANGED

Fetch = Callable[..., FetchReport]
ALL_LISTINGS = [*BITRIX_LISTINGS, PORTAL_LISTING]


def manifest_lines(archive: Archive) -> list[dict[str, object]]:
    text = archive.manifest_path.read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def test_crawl_keeps_result_releases_in_three_languages_and_the_portal(
    site: LocalSite, archive: Archive, fetch: Fetch
) -> None:
    report = fetch(catalog_for(site, listings=ALL_LISTINGS))

    stored = {doc.url for doc in archive.stored_documents()}
    assert stored == {site.url(path) for path in WANTED_DOCUMENTS}
    assert report.counts()[NEW] == len(WANTED_DOCUMENTS)
    assert site.hits["/rus/news/releases/?PAGEN_1=3"] == 1  # pagination followed to the end
    assert site.hits["/rus/news/releases/index.php?ID=103"] == 0  # not about results
    languages = {doc.url: doc.language for doc in archive.stored_documents()}
    assert languages[site.url("/kaz/news/releases/index.php?ID=101")] == "kk"
    assert languages[site.url("/eng/news/releases/index.php?ID=101")] == "en"


def test_manifest_lines_carry_every_field(site: LocalSite, archive: Archive, fetch: Fetch) -> None:
    fetch(catalog_for(site, documents=["/rus/news/releases/index.php?ID=101", "/missing"]))

    good, bad = sorted(manifest_lines(archive), key=lambda r: str(r["url"]).endswith("missing"))
    for key in (
        "url",
        "final_url",
        "status",
        "sha256",
        "bytes",
        "content_type",
        "charset",
        "etag",
        "last_modified",
        "retrieved_at",
        "error",
    ):
        assert key in good and key in bad
    assert good["status"] == 200 and good["error"] is None and good["charset"] == "utf-8"
    assert good["retrieved_at"] == "2024-01-01T00:01:00Z" or good["retrieved_at"].endswith("Z")
    assert archive.read_bytes(str(good["sha256"])) == (
        site.pages["/rus/news/releases/index.php?ID=101"].body
    )
    assert bad["status"] == 404 and bad["sha256"] is None and "404" in str(bad["error"])


def test_second_run_over_unchanged_site_transfers_no_bodies(
    site: LocalSite, archive: Archive, fetch: Fetch
) -> None:
    catalog = catalog_for(site, documents=["/misc/cp1251.html"], listings=ALL_LISTINGS)
    fetch(catalog)
    before = archive.stored_documents()
    lines_before = len(manifest_lines(archive))
    site.reset_counters()

    report = fetch(catalog)

    assert site.document_bytes_sent() == 0
    assert report.bytes_transferred == 0
    assert report.nothing_new and report.counts()[NEW] == 0
    # the first page of each listing brings nothing new, so the crawl stops there and
    # rechecks that page's documents (and the catalog's) with conditional requests
    assert site.hits["/rus/news/releases/?PAGEN_1=2"] == 0
    assert report.counts()[UNCHANGED] == 5
    assert archive.stored_documents() == before
    second_run = manifest_lines(archive)[lines_before:]
    finished = [r for r in second_run if r["role"] == "crawl"]
    assert {r["error"] for r in finished} == {"reached an item already met"}
    second_run = [r for r in second_run if r["role"] != "crawl"]
    assert len(second_run) == 4 + 5
    assert {r["status"] for r in second_run} == {304}
    assert {r["sha256"] for r in second_run} == {None}


def test_next_run_resumes_documents_not_stored_even_deep_in_a_listing(
    site: LocalSite, archive: Archive, fetch: Fetch
) -> None:
    catalog = catalog_for(site, listings=BITRIX_LISTINGS[:1])
    site.handlers["/rus/news/releases/index.php?ID=50"] = lambda h: h.send_body(503, b"")
    fetch(catalog)
    del site.handlers["/rus/news/releases/index.php?ID=50"]

    report = fetch(catalog)  # page 1 is unchanged, yet ID=50 on page 3 was never stored

    assert site.url("/rus/news/releases/index.php?ID=50") in {
        doc.url for doc in archive.stored_documents()
    }
    assert report.counts()[NEW] == 1


def test_changed_document_keeps_both_versions_and_records_a_revision(
    site: LocalSite, archive: Archive, fetch: Fetch
) -> None:
    path = "/rus/news/releases/index.php?ID=95"
    catalog = catalog_for(site, documents=[path])
    fetch(catalog)
    old = archive.stored_documents()[0]
    site.set_page(path, site.pages[path].body.replace(b"1 234", b"1 243"))

    report = fetch(catalog)

    assert report.counts()[CHANGED] == 1
    versions = archive.stored_documents()
    assert len(versions) == 2 and versions[0].sha256 == old.sha256
    (revision,) = archive.revisions()
    assert revision.url == site.url(path)
    assert revision.previous_sha256 == old.sha256 and revision.sha256 == versions[1].sha256
    assert b"1 234" in archive.read_bytes(old.sha256)
    assert b"1 243" in archive.read_bytes(versions[1].sha256)


def test_failure_never_replaces_a_stored_version(
    site: LocalSite, archive: Archive, fetch: Fetch
) -> None:
    path = "/rus/news/releases/index.php?ID=95"
    catalog = catalog_for(site, documents=[path])
    fetch(catalog)
    good = archive.stored_documents()
    site.add_handler(path, lambda h: h.send_body(200, b""))  # now an empty body

    report = fetch(catalog)

    assert report.counts()[FAILED] == 1
    assert archive.stored_documents() == good
    assert archive.latest_versions()[site.url(path)]["sha256"] == good[0].sha256
    assert archive.revisions() == []


def test_robots_txt_disallowed_path_is_never_requested(
    site: LocalSite, archive: Archive, fetch: Fetch
) -> None:
    catalog = catalog_for(
        site, documents=["/private/secret.html", "/eng/news/releases/index.php?ID=101"]
    )

    report = fetch(catalog)

    assert site.hits["/private/secret.html"] == 0
    assert site.hits["/robots.txt"] == 1  # fetched once per host
    assert report.counts()[ROBOTS] == 1 and report.counts()[NEW] == 1
    assert [d.url for d in archive.stored_documents()] == [
        site.url("/eng/news/releases/index.php?ID=101")
    ]


def test_charset_found_only_in_meta_is_recorded_and_bytes_stored_raw(
    site: LocalSite, archive: Archive, fetch: Fetch, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kzvotes.parse.charset.detect_charset", lambda data: "koi8-r")  # meta alone
    fetch(catalog_for(site, documents=["/misc/cp1251.html"]))

    (doc,) = archive.stored_documents()
    assert doc.content_type == "text/html"
    assert doc.charset == "windows-1251"
    raw = archive.read_bytes(doc.sha256)
    assert raw == site.pages["/misc/cp1251.html"].body
    assert "Акимом Тестового района избран" in raw.decode(doc.charset)
