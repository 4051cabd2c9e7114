"""Pieces of the fetcher on their own: retries, politeness, robots, charset, listings."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime

import httpx
import pytest
from localsite import SITE_DIR

from kzvotes.fetch.catalog import ListingEntry
from kzvotes.fetch.client import build_client, user_agent
from kzvotes.fetch.crawl import crawl
from kzvotes.fetch.download import Request
from kzvotes.fetch.listing import ListingSource, find_date, parse_listing
from kzvotes.fetch.politeness import HostLimiter
from kzvotes.fetch.retry import RetryableStatus, RetryPolicy, call_with_retries, parse_retry_after
from kzvotes.fetch.robots import parse_robots
from kzvotes.fetch.sources import SourceSummary
from kzvotes.parse.charset import document_charset as detect_charset

BASE = "http://127.0.0.1:9/rus/news/releases/"
RUS = ListingEntry(url=BASE, detail_pattern=r"index\.php\?ID=\d+", next_pattern=r"PAGEN_1=(\d+)")


class FakeTime:
    def __init__(self) -> None:
        self.now = 100.0
        self.waits: list[float] = []
        self.lock = threading.Lock()

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)


# -- retries -----------------------------------------------------------------------------


def test_retry_after_parses_seconds_and_http_dates() -> None:
    now = datetime(2024, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after("Mon, 01 Jan 2024 12:00:30 GMT", now=now) == 30.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_retries_stop_after_the_attempts_and_do_not_touch_other_errors() -> None:
    calls: list[int] = []

    def always_503() -> None:
        calls.append(1)
        raise RetryableStatus(503)

    waits: list[float] = []
    with pytest.raises(RetryableStatus):
        call_with_retries(always_503, RetryPolicy(attempts=4, jitter=0), sleep=waits.append)
    assert len(calls) == 4 and waits == [1.0, 2.0, 4.0]

    def not_found() -> None:
        calls.append(1)
        raise ValueError("a 404 is not retried")

    calls.clear()
    with pytest.raises(ValueError):
        call_with_retries(not_found, RetryPolicy(), sleep=waits.append)
    assert len(calls) == 1


def test_retries_are_bounded_in_time() -> None:
    waits: list[float] = []
    policy = RetryPolicy(attempts=10, initial_wait=1, max_wait=4, max_total=6, jitter=0)

    def timeout() -> None:
        raise httpx.ReadTimeout("slow")

    with pytest.raises(httpx.ReadTimeout):
        call_with_retries(timeout, policy, sleep=waits.append)
    assert waits == [1.0, 2.0]  # 1 + 2 + 4 would pass max_total
    assert sum(waits) <= policy.max_total


# -- politeness --------------------------------------------------------------------------


def test_limiter_spaces_request_starts_to_one_host_by_the_rate() -> None:
    fake = FakeTime()
    limiter = HostLimiter(rate=2.0, concurrency=1, clock=fake.clock, sleep=fake.sleep)
    for _ in range(4):
        with limiter.slot("a.example"):
            pass
    with limiter.slot("b.example"):  # another host has its own budget
        pass
    assert fake.waits == [0.5, 1.0, 1.5]


def test_limiter_caps_requests_in_flight_per_host() -> None:
    limiter = HostLimiter(rate=0, concurrency=2)
    inside, peak = 0, 0
    lock = threading.Lock()
    release = threading.Event()

    def work() -> None:
        nonlocal inside, peak
        with limiter.slot("a.example"):
            with lock:
                inside += 1
                peak = max(peak, inside)
            release.wait(0.2)
            with lock:
                inside -= 1

    threads = [threading.Thread(target=work) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert peak == 2


# -- client, robots, charset -------------------------------------------------------------


def test_client_names_kzvotes_and_verifies_tls() -> None:
    with build_client() as client:
        assert client.headers["User-Agent"] == user_agent()
        assert "kzvotes/" in user_agent() and "https://" in user_agent()
        assert client.follow_redirects and client.max_redirects == 5
        assert client.timeout.read is not None


def test_robots_rules_apply_to_the_kzvotes_token() -> None:
    rules = parse_robots("User-agent: kzvotes\nDisallow: /raw/\n\nUser-agent: *\nDisallow: /\n")
    assert not rules.can_fetch("kzvotes", "https://x.example/raw/1")
    assert rules.can_fetch("kzvotes", "https://x.example/news/1")


def test_charset_header_meta_utf8_and_guess() -> None:
    cp1251 = (SITE_DIR / "misc/cp1251.html").read_bytes()
    assert detect_charset("text/html", cp1251) == "windows-1251"
    assert detect_charset("text/html; charset=UTF-8", "Әкім".encode()) == "utf-8"
    assert detect_charset("text/html", "<p>Сайлау қорытындысы</p>".encode()) == "utf-8"
    assert detect_charset("application/pdf", b"%PDF-1.7") is None
    no_meta = "<p>Итоги выборов акимов районов и городов областного значения</p>" * 5
    assert detect_charset("text/html", no_meta.encode("cp1251")) in {"windows-1251", "cp1251"}


def test_a_declared_charset_that_cannot_decode_is_passed_over() -> None:
    kazakh = '<meta charset="windows-1251"><p>Әкім сайланды</p>'.encode()
    assert detect_charset("text/html", kazakh) == "utf-8"


# -- listings ----------------------------------------------------------------------------


def test_listing_page_keeps_result_titles_with_dates_and_finds_the_next_page() -> None:
    page = parse_listing((SITE_DIR / "rus/list1.html").read_bytes(), "utf-8", BASE, RUS, 1)

    assert [(i.url.rsplit("=", 1)[-1], i.published_date) for i in page.items] == [
        ("101", date(2023, 11, 6))
    ]
    assert len(page.links) == 3
    assert page.next_url == BASE + "?PAGEN_1=2" and page.next_number == 2


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("Об итогах выборов акимов районов", True),
        ("Избраны акимы сельских округов", True),
        ("О ходе голосования на выборах акимов: явка на 10:00", False),
        ("Аудан әкімдерін сайлау қорытындылары туралы", True),
        ("Ауыл әкімі сайланды", True),
        ("On the results of the elections of district akims", True),
        ("Meeting of the Central Election Commission", False),
        ("О заседании ЦИК", False),
    ],
)
def test_title_keywords_in_three_languages(title: str, kept: bool) -> None:
    assert RUS.title_matches(title) is kept


def _pages() -> dict[str, bytes]:
    return {
        BASE: (SITE_DIR / "rus/list1.html").read_bytes(),
        BASE + "?PAGEN_1=2": (SITE_DIR / "rus/list2.html").read_bytes(),
        BASE + "?PAGEN_1=3": (SITE_DIR / "rus/list3.html").read_bytes(),
    }


def _crawl(known: bool, since: date | None = None) -> tuple[list[str], list[str], str]:
    pages, asked = _pages(), []

    def fetch_page(request: Request, number: int) -> tuple[bytes, str | None]:
        asked.append(request.url)
        return pages[request.url], "utf-8"

    summary = SourceSummary("listing", BASE)
    items = crawl(
        ListingSource(RUS), fetch_page, lambda item: known, since=since, resume=None,
        summary=summary,
    )  # fmt: skip
    return asked, [i.url.rsplit("=", 1)[-1] for i in items], summary.stopped_because


def test_crawl_follows_pagination_to_the_last_page() -> None:
    asked, kept, why = _crawl(known=False)
    assert len(asked) == 3 and why == "last page"
    assert kept == ["101", "95", "50", "49"]


def test_crawl_stops_at_the_since_date() -> None:
    asked, kept, why = _crawl(known=False, since=date(2023, 8, 1))
    assert len(asked) == 2 and "since" in why
    assert kept == ["101"]


def test_incremental_crawl_stops_at_the_first_item_already_met() -> None:
    asked, _, why = _crawl(known=True)
    assert asked == [BASE] and why == "reached an item already met"


def test_find_date_skips_impossible_dates() -> None:
    assert find_date("31.02.2023 and 05.11.2023") == date(2023, 11, 5)
    assert find_date("2021-07-25") == date(2021, 7, 25)
    assert find_date("no date") is None
