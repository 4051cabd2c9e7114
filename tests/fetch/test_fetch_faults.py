"""Each fault of the local site: reported as a failure (or recovered), never stored."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from fetch_helpers import FAST_RETRY, SleepRecorder, catalog_for
from localsite import LocalSite, big, flaky, redirect_to, retry_after, stall, truncated

from kzvotes.archive.store import Archive
from kzvotes.fetch import FetchReport, RetryPolicy, build_client, run_fetch
from kzvotes.fetch.summary import FAILED, NEW

Fetch = Callable[..., FetchReport]
MB = 1024 * 1024


def only_result(report: FetchReport):  # type: ignore[no-untyped-def]
    (result,) = report.documents()
    return result


def assert_nothing_stored(archive: Archive) -> None:
    assert archive.stored_documents() == []
    objects = archive.root / "objects"
    assert not objects.exists() or list(objects.iterdir()) == []
    assert list((archive.root / "tmp").iterdir()) == []


def test_503_twice_then_200_is_retried_and_stored(
    site: LocalSite, archive: Archive, fetch: Fetch, sleeper: SleepRecorder
) -> None:
    site.add_handler("/faults/flaky", flaky(2))

    report = fetch(catalog_for(site, documents=["/faults/flaky"]))

    assert only_result(report).outcome == NEW
    assert site.hits["/faults/flaky"] == 3
    assert len(sleeper.waits) == 2  # backed off twice
    assert archive.read_bytes(archive.stored_documents()[0].sha256).endswith(
        b"recovered</body></html>"
    )


def test_5xx_retries_are_bounded_in_count(site: LocalSite, archive: Archive, fetch: Fetch) -> None:
    site.add_handler("/faults/down", flaky(99))

    report = fetch(catalog_for(site, documents=["/faults/down"]))

    assert only_result(report).outcome == FAILED
    assert site.hits["/faults/down"] == FAST_RETRY.attempts
    assert_nothing_stored(archive)


def test_retry_after_is_honoured(
    site: LocalSite, archive: Archive, fetch: Fetch, sleeper: SleepRecorder
) -> None:
    site.add_handler("/faults/busy", retry_after(3))

    report = fetch(catalog_for(site, documents=["/faults/busy"]))

    assert only_result(report).outcome == NEW
    assert sleeper.waits == [3.0]
    assert site.hits["/faults/busy"] == 2


def test_retry_after_beyond_the_time_budget_gives_up(
    site: LocalSite, archive: Archive, fetch: Fetch, sleeper: SleepRecorder
) -> None:
    site.add_handler("/faults/busy", retry_after(3600))

    report = fetch(catalog_for(site, documents=["/faults/busy"]))

    assert only_result(report).outcome == FAILED
    assert "429" in str(only_result(report).error)
    assert sleeper.waits == []  # never waited an hour
    assert site.hits["/faults/busy"] == 1


def test_404_fails_without_retry(site: LocalSite, archive: Archive, fetch: Fetch) -> None:
    report = fetch(catalog_for(site, documents=["/faults/missing"]))

    result = only_result(report)
    assert result.outcome == FAILED and result.status == 404
    assert site.hits["/faults/missing"] == 1
    assert_nothing_stored(archive)


def test_timeout_is_retried_then_reported(
    site: LocalSite, archive: Archive, sleeper: SleepRecorder
) -> None:
    site.add_handler("/faults/stall", stall(30))
    catalog = catalog_for(site, documents=["/faults/stall", "/eng/news/releases/index.php?ID=101"])
    policy = RetryPolicy(attempts=2, initial_wait=0.01, jitter=0)
    with build_client(timeout=httpx.Timeout(0.3)) as client:
        report = run_fetch(catalog, archive, client, _settings(retry=policy), sleep=sleeper)

    outcomes = {r.url.rsplit("/", 1)[-1]: r for r in report.documents()}
    assert outcomes["stall"].outcome == FAILED
    assert "Timeout" in str(outcomes["stall"].error)
    assert site.hits["/faults/stall"] == 2
    assert outcomes["index.php?ID=101"].outcome == NEW  # the run went on


def test_truncated_body_is_a_failure(site: LocalSite, archive: Archive, fetch: Fetch) -> None:
    site.add_handler("/faults/truncated", truncated(declared=1000, sent=400))

    report = fetch(catalog_for(site, documents=["/faults/truncated"]))

    result = only_result(report)
    assert result.outcome == FAILED and "truncated" in str(result.error)
    assert_nothing_stored(archive)


def test_redirect_loop_is_a_failure(site: LocalSite, archive: Archive, fetch: Fetch) -> None:
    site.add_handler("/faults/loop-a", redirect_to("/faults/loop-b"))
    site.add_handler("/faults/loop-b", redirect_to("/faults/loop-a"))

    report = fetch(catalog_for(site, documents=["/faults/loop-a"]))

    result = only_result(report)
    assert result.outcome == FAILED and "redirect" in str(result.error)
    assert site.hits["/faults/loop-a"] + site.hits["/faults/loop-b"] <= 10
    assert_nothing_stored(archive)


def test_redirect_is_followed_and_final_url_recorded(
    site: LocalSite, archive: Archive, fetch: Fetch
) -> None:
    site.add_handler("/old", redirect_to("/eng/news/releases/index.php?ID=101"))

    fetch(catalog_for(site, documents=["/old"]))

    (doc,) = archive.stored_documents()
    assert doc.url == site.url("/old")
    assert doc.final_url == site.url("/eng/news/releases/index.php?ID=101")


@pytest.mark.parametrize("declare_length", [True, False], ids=["content-length", "chunked"])
def test_50_mb_body_is_aborted_at_the_cap(
    site: LocalSite, archive: Archive, fetch: Fetch, declare_length: bool
) -> None:
    site.add_handler("/faults/huge", big(50 * MB, declare_length))

    report = fetch(catalog_for(site, documents=["/faults/huge"]), max_bytes=2 * MB)

    result = only_result(report)
    assert result.outcome == FAILED and "too large" in str(result.error)
    assert site.hits["/faults/huge"] == 1
    assert report.bytes_transferred < 3 * MB
    assert site.body_bytes["/faults/huge"] < 10 * MB  # aborted, not read to the end
    assert_nothing_stored(archive)


def test_default_cap_is_20_mb(site: LocalSite, archive: Archive, fetch: Fetch) -> None:
    site.add_handler("/faults/huge", big(50 * MB, True))

    report = fetch(catalog_for(site, documents=["/faults/huge"]))

    assert "20971520" in str(only_result(report).error)


def test_error_page_served_with_200_is_a_failure(
    site: LocalSite, archive: Archive, fetch: Fetch
) -> None:
    page = "<html><head><title>Страница не найдена</title></head><body>404</body></html>"
    site.set_page("/faults/soft-404", page.encode())

    report = fetch(catalog_for(site, documents=["/faults/soft-404"]))

    result = only_result(report)
    assert result.outcome == FAILED and "error page" in str(result.error)
    assert_nothing_stored(archive)


def test_empty_body_is_a_failure(site: LocalSite, archive: Archive, fetch: Fetch) -> None:
    site.set_page("/faults/empty", b"")

    report = fetch(catalog_for(site, documents=["/faults/empty"]))

    result = only_result(report)
    assert result.outcome == FAILED and "empty" in str(result.error)
    assert_nothing_stored(archive)


def test_one_failure_does_not_stop_the_run(site: LocalSite, archive: Archive, fetch: Fetch) -> None:
    paths = [
        "/faults/missing",
        "/eng/news/releases/index.php?ID=101",
        "/kaz/news/releases/index.php?ID=101",
    ]

    report = fetch(catalog_for(site, documents=paths))

    assert report.counts() == {FAILED: 1, NEW: 2}
    assert len(archive.stored_documents()) == 2


def _settings(**overrides: object):  # type: ignore[no-untyped-def]
    from fetch_helpers import fast_settings

    return fast_settings(**overrides)
