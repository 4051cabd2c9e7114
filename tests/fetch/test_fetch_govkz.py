"""The gov.kz content API on 127.0.0.1: both answer shapes, paging, the notAllowed refusal
and the portal's session step, a refusal that persists, incremental and backfill runs."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from localsite import LocalSite
from publisher_sites import NEWS_PATH, GovkzApi, synthetic_item, synthetic_items

from kzvotes.archive.store import Archive
from kzvotes.fetch import FetchReport
from kzvotes.fetch.catalog import parse_catalog
from kzvotes.fetch.summary import NEW, REFUSED
from kzvotes.parse import document_text

Fetch = Callable[..., FetchReport]
NEWEST = datetime(2026, 8, 18, 16, 38, tzinfo=UTC)


def govkz_catalog(site: LocalSite, extra: str = "", **keys: str) -> str:
    lines = [
        "[[govkz]]",
        f'base_url = "{site.base_url}"',
        'projects = ["test-akimat"]',
        'languages = ["ru"]',
        "allow_private = true",
        *(f"{k} = {v}" for k, v in keys.items()),
    ]
    return "\n".join(lines) + "\n" + extra


def records(archive: Archive) -> list[dict[str, object]]:
    return archive.manifest_records()


@pytest.mark.parametrize("shape", ["object", "list"])
def test_every_page_is_read_and_kept_items_are_archived_as_the_api_sent_them(
    site: LocalSite, archive: Archive, fetch: Fetch, shape: str
) -> None:
    items = synthetic_items(45, NEWEST)
    GovkzApi({"test-akimat": items}, shape=shape).install(site)

    report = fetch(parse_catalog(govkz_catalog(site)))

    wanted = [i for i in items if i["title"].startswith("Итоги")]
    stored = {d.url: d for d in archive.stored_documents()}
    expected = {
        site.url(f"/memleket/entities/test-akimat/press/news/details/{i['id']}?lang=ru")
        for i in wanted
    }
    assert set(stored) == expected
    one = stored[
        site.url(f"/memleket/entities/test-akimat/press/news/details/{wanted[0]['id']}?lang=ru")
    ]
    assert json.loads(archive.read_bytes(one.sha256)) == wanted[0]  # the item as received
    assert one.language == "ru"
    pages = [p for p in site.hits if p.startswith(NEWS_PATH + "?")]
    assert len(pages) == (3 if shape == "object" else 4)  # a bare list ends on an empty page
    [row] = report.source_rows()
    assert (row["family"], row["discovered"], row["kept"], row["archived"]) == (
        "govkz", 45, len(wanted), len(wanted),
    )  # fmt: skip
    assert all(
        h["Accept-Language"] == "ru" for m, p, h, _ in site.requests if p.startswith(NEWS_PATH)
    )


def test_archived_item_reads_as_paragraphs_with_its_date(
    site: LocalSite, archive: Archive, fetch: Fetch
) -> None:
    items = synthetic_items(3, NEWEST)
    GovkzApi({"test-akimat": items}).install(site)
    fetch(parse_catalog(govkz_catalog(site)))

    [doc] = archive.stored_documents()
    text = document_text(archive.read_bytes(doc.sha256), content_type=doc.content_type)
    paragraphs = [text.text[a:b] for a, b in text.paragraphs]
    assert paragraphs[0] == items[0]["title"]
    assert "Избран кандидат Тестов Тест Тестович, набравший 100 голосов." in paragraphs
    assert text.published_date == date(2026, 8, 18)


def test_not_allowed_is_lifted_by_one_session_step(
    site: LocalSite, archive: Archive, fetch: Fetch
) -> None:
    api = GovkzApi({"test-akimat": synthetic_items(30, NEWEST)}, needs_session=True).install(site)

    report = fetch(parse_catalog(govkz_catalog(site)))

    assert len(api.sessions) == 1
    [step] = api.sessions
    assert step["Content-Type"].startswith("application/json")
    assert step["Origin"] == site.base_url
    assert report.counts()[NEW] == 10 and not report.failures()
    assert next(r for r in records(archive) if r.get("role") == "session")["status"] == 200


def test_a_refusal_that_persists_is_recorded_and_the_run_goes_on(
    site: LocalSite, archive: Archive, fetch: Fetch
) -> None:
    api = GovkzApi({"test-akimat": synthetic_items(5, NEWEST)}, refuse_always=True).install(site)
    document = f'[[document]]\nurl = "{site.url("/rus/news/releases/index.php?ID=101")}"\nallow_private = true\n'

    report = fetch(parse_catalog(govkz_catalog(site, document)))

    assert len(api.sessions) == 1  # the portal's step is made once, never repeated
    refused = [r for r in records(archive) if r.get("outcome") == REFUSED]
    assert refused and "notAllowed" in str(refused[0]["error"])
    [row] = report.source_rows()
    assert row["refused"] and "notAllowed" in row["refused"][0]
    assert [d.url for d in archive.stored_documents()] == [
        site.url("/rus/news/releases/index.php?ID=101")
    ]


def test_incremental_run_stops_at_the_first_page_with_an_item_already_met(
    site: LocalSite, archive: Archive, fetch: Fetch
) -> None:
    items = synthetic_items(60, NEWEST)
    api = GovkzApi({"test-akimat": items}).install(site)
    catalog = parse_catalog(govkz_catalog(site))
    fetch(catalog)
    site.reset_counters()
    fresh = synthetic_item(500, True, NEWEST + timedelta(days=1))
    api.items["test-akimat"] = [fresh, *items]

    fetch(catalog)

    pages = [p for p in site.hits if p.startswith(NEWS_PATH + "?")]
    assert pages == [
        f"{NEWS_PATH}?sort-by=created_date:DESC&projects=eq:test-akimat&page=1&size=20"
    ]
    # the new item is fetched; the wanted items already archived are not asked for again
    assert [p for p in site.hits if p.startswith(NEWS_PATH + "/")] == [f"{NEWS_PATH}/9500"]


def test_backfill_stops_at_since_and_resumes_where_the_budget_cut_it(
    site: LocalSite, archive: Archive, fetch: Fetch
) -> None:
    items = synthetic_items(200, NEWEST)  # one a week: ~4 years, 10 pages of 20
    GovkzApi({"test-akimat": items}).install(site)
    catalog = parse_catalog(govkz_catalog(site))
    since = date(2024, 8, 18)

    first = fetch(catalog, since=since, max_requests=6)
    assert first.requests <= 6
    deepest_first = max(int(r["page"]) for r in records(archive) if r.get("page"))
    site.reset_counters()

    fetch(catalog, since=since)

    asked = [p for p in site.hits if p.startswith(NEWS_PATH + "?")]
    numbers = sorted(int(p.split("page=")[1].split("&")[0]) for p in asked)
    assert numbers[0] == 1 and deepest_first in numbers  # the newest page, then the jump
    assert len(numbers) < 6 + 1  # not the whole walk again
    kept_dates = [
        datetime.fromisoformat(str(i["created_date"]).replace("Z", "+00:00")).date()
        for i in items if i["title"].startswith("Итоги")
    ]  # fmt: skip
    expected = sum(1 for d in kept_dates if d >= since)
    assert len(archive.stored_documents()) == expected
    site.reset_counters()
    fetch(catalog)  # a nightly run after the backfill: items older than its date stay out
    assert not [p for p in site.hits if p.startswith(NEWS_PATH + "/")]
    assert len(archive.stored_documents()) == expected


def test_an_interrupted_first_run_is_resumed_by_the_next_incremental_run(
    site: LocalSite, archive: Archive, fetch: Fetch
) -> None:
    items = synthetic_items(100, NEWEST)  # 5 pages of 20
    GovkzApi({"test-akimat": items}).install(site)
    catalog = parse_catalog(govkz_catalog(site))

    fetch(catalog, max_requests=4)  # robots.txt and three pages, then the budget is spent
    assert archive.stored_documents() == []
    site.reset_counters()
    fetch(catalog)

    asked = [p for p in site.hits if p.startswith(NEWS_PATH + "?")]
    numbers = sorted(int(p.split("page=")[1].split("&")[0]) for p in asked)
    assert numbers == [1, 3, 4, 5]  # the newest page, then on from the deepest one stored
    wanted = [i for i in items if i["title"].startswith("Итоги")]
    assert len(archive.stored_documents()) == len(wanted)
    site.reset_counters()
    fetch(catalog)  # the crawl reached its end: the next run reads the newest page only
    assert [p for p in site.hits if p.startswith(NEWS_PATH + "?")] == [asked[0]]


def test_a_portal_page_in_the_catalog_is_fetched_through_the_api(
    site: LocalSite, archive: Archive, fetch: Fetch
) -> None:
    items = synthetic_items(3, NEWEST)
    GovkzApi({"test-akimat": items}, needs_session=True).install(site)
    page = site.url(f"/memleket/entities/test-akimat/press/news/details/{items[1]['id']}?lang=kk")
    site.set_page(
        page.removeprefix(site.base_url), b"<html><body><div id='root'></div></body></html>"
    )
    catalog = parse_catalog(
        govkz_catalog(site, f'[[document]]\nurl = "{page}"\nallow_private = true\n').replace(
            'projects = ["test-akimat"]', 'projects = ["other"]'
        )
    )

    fetch(catalog)

    [doc] = [d for d in archive.stored_documents() if d.url == page]
    assert json.loads(archive.read_bytes(doc.sha256)) == items[1]
    line = next(r for r in records(archive) if r["url"] == page and r.get("sha256"))
    assert str(line["request_url"]).endswith(f"{NEWS_PATH}/{items[1]['id']}")
    assert line["family"] == "govkz"
    asked = [
        (h.get("Accept-Language"), p)
        for m, p, h, _ in site.requests
        if p.endswith(str(items[1]["id"]))
    ]
    assert ("kk", f"{NEWS_PATH}/{items[1]['id']}") in asked


def test_an_api_counting_pages_from_zero_is_read_from_its_first_page(
    site: LocalSite, archive: Archive, fetch: Fetch
) -> None:
    items = synthetic_items(50, NEWEST)
    GovkzApi({"test-akimat": items}, zero_based=True).install(site)

    fetch(parse_catalog(govkz_catalog(site)))

    wanted = [i for i in items if i["title"].startswith("Итоги")]
    assert len(archive.stored_documents()) == len(wanted)  # the newest page (0) included


def test_only_selects_entities_by_slug() -> None:
    from kzvotes.fetch import FetchSettings
    from kzvotes.fetch.run import build_sources

    catalog = parse_catalog('[[govkz]]\nprojects = ["zhetysu-alakol", "aqmola-stepnogorsk"]\n')
    chosen = build_sources(catalog, FetchSettings(only="alakol"))
    assert [s.key for s in chosen] == [
        "https://www.gov.kz/memleket/entities/zhetysu-alakol/press/news?lang=ru",
        "https://www.gov.kz/memleket/entities/zhetysu-alakol/press/news?lang=kk",
    ]
