"""A fetch run: crawl the catalog's listings, then fetch every document into the archive.

The network is reached only through the ``httpx.Client`` passed in; politeness (per-host
rate and concurrency, robots.txt), retries and the size cap apply to every request. Each
request's outcome becomes one manifest line; nothing that fails touches a stored version.

Example::

    >>> # with build_client() as client:
    >>> #     report = run_fetch(load_catalog(), Archive(path), client, FetchSettings())
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Protocol
from urllib.parse import urlsplit

import httpx

from kzvotes.archive import ROLE_DOCUMENT, ROLE_LISTING, Archive
from kzvotes.catalog import Catalog, ListingEntry, SourceMeta
from kzvotes.errors import ArchiveError, ConfigError
from kzvotes.fetch.download import DEFAULT_MAX_BYTES, Download, Previous, download
from kzvotes.fetch.listing import ListingItem, crawl_listing, parse_listing
from kzvotes.fetch.politeness import DEFAULT_CONCURRENCY, DEFAULT_RATE, HostLimiter
from kzvotes.fetch.retry import RetryPolicy
from kzvotes.fetch.robots import RobotsCache
from kzvotes.fetch.summary import (
    CHANGED,
    FAILED,
    NEW,
    ROBOTS,
    UNCHANGED,
    UNREACHABLE,
    FetchReport,
    Result,
)

_MAX_WORKERS = 16


@dataclass(frozen=True)
class FetchSettings:
    """The knobs of a run. Defaults are the polite ones; tests pass fast settings."""

    rate: float = DEFAULT_RATE  # request starts per second per host; 0 = unlimited
    concurrency: int = DEFAULT_CONCURRENCY  # requests in flight per host
    max_bytes: int = DEFAULT_MAX_BYTES
    since: date | None = None
    only: str | None = None  # a regular expression searched in catalog URLs
    retry: RetryPolicy = field(default_factory=RetryPolicy)

    def __post_init__(self) -> None:
        if self.rate < 0:
            raise ConfigError("--rate must be >= 0 (0 means no limit)")
        if self.concurrency < 1:
            raise ConfigError("--concurrency must be at least 1")
        if self.max_bytes < 1:
            raise ConfigError("the size cap must be at least 1 byte")
        if self.only is not None:
            try:
                re.compile(self.only)
            except re.error as err:
                raise ConfigError(
                    f"--only {self.only!r} is not a regular expression: {err}"
                ) from None


class Progress(Protocol):
    """Told how many URLs are planned and when each is done (a progress bar)."""

    def plan(self, count: int) -> None: ...

    def advance(self, result: Result) -> None: ...


def utc_now() -> datetime:
    return datetime.now(UTC)


def format_timestamp(moment: datetime) -> str:
    """ISO 8601 UTC to the second, as in the manifest: ``2023-11-06T09:30:00Z``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class _Target:
    url: str
    meta: SourceMeta
    role: str = ROLE_DOCUMENT
    listing: str | None = None


class _Run:
    def __init__(
        self,
        archive: Archive,
        client: httpx.Client,
        settings: FetchSettings,
        clock: Callable[[], datetime],
        sleep: Callable[[float], None],
        progress: Progress | None,
    ) -> None:
        self.archive, self.client, self.settings = archive, client, settings
        self.clock, self.sleep, self.progress = clock, sleep, progress
        self.limiter = HostLimiter(settings.rate, settings.concurrency, sleep=sleep)
        self.robots = RobotsCache(client, self.limiter, sleep=sleep)
        self.report = FetchReport()
        self._lock = threading.Lock()
        records = archive.manifest_records()
        self.latest = archive.latest_versions()
        self.stored_before = frozenset(self.latest)
        self._listing_records = [r for r in records if r.get("role") == ROLE_LISTING]
        self._seen_links: dict[str, set[str]] = {}
        self._wanted_links: dict[str, list[ListingItem]] = {}

    # -- one URL ---------------------------------------------------------------------

    def fetch(self, target: _Target) -> tuple[Result, Download | None]:
        host = urlsplit(target.url).hostname or ""
        verdict = self.robots.check(target.url)
        if verdict.unreachable is not None:
            with self._lock:
                self.report.unreachable.setdefault(host, verdict.unreachable)
            return self._finish(
                Result(target.url, host, UNREACHABLE, verdict.unreachable, target.role)
            ), None
        if not verdict.allowed:
            return self._finish(
                Result(target.url, host, ROBOTS, "disallowed by robots.txt", target.role)
            ), None
        previous = self._previous(target.url)
        got = download(
            self.client,
            target.url,
            archive=self.archive,
            limiter=self.limiter,
            policy=self.settings.retry,
            max_bytes=self.settings.max_bytes,
            previous=previous,
            sleep=self.sleep,
        )
        if got.error is not None:
            outcome = FAILED
        elif got.not_modified or (previous is not None and got.sha256 == previous.sha256):
            outcome = UNCHANGED
        elif previous is not None:
            outcome = CHANGED
        else:
            outcome = NEW
        record: dict[str, Any] = {
            "url": target.url,
            "final_url": got.final_url,
            "status": got.status,
            "sha256": None if got.not_modified else got.sha256,
            "bytes": got.size,
            "content_type": got.content_type,
            "charset": got.charset,
            "etag": got.etag,
            "last_modified": got.last_modified,
            "retrieved_at": format_timestamp(self.clock()),
            "error": got.error,
            "outcome": outcome,
            "previous_sha256": previous.sha256 if outcome == CHANGED and previous else None,
            "role": target.role,
            "publisher": target.meta.publisher,
            "publisher_kind": target.meta.publisher_kind,
            "language": target.meta.language,
        }
        if target.listing is not None:
            record["listing"] = target.listing
        self.archive.append_manifest(record)
        with self._lock:
            self.report.bytes_transferred += got.transferred
            if got.sha256 and not got.not_modified:
                self.latest[target.url] = record
        result = Result(target.url, host, outcome, got.error, target.role, got.status, got.sha256)
        return self._finish(result), got

    def _previous(self, url: str) -> Previous | None:
        record = self.latest.get(url)
        if record is None or not self.archive.has_object(record["sha256"]):
            return None  # never stored, or its bytes are gone: fetch them whole again
        return Previous(record["sha256"], record.get("etag"), record.get("last_modified"))

    def _finish(self, result: Result) -> Result:
        with self._lock:
            self.report.add(result)
        if self.progress is not None:
            self.progress.advance(result)
        return result

    # -- listings --------------------------------------------------------------------

    def seen_links(self, entry: ListingEntry) -> set[str]:
        """Detail links on this listing's pages as stored by earlier runs."""
        self._read_stored_pages(entry)
        return self._seen_links[entry.url]

    def unfinished(self, entry: ListingEntry) -> list[ListingItem]:
        """Wanted items of earlier crawls of this listing that have no stored version yet
        (a run was interrupted, or their fetch failed): the crawl may not reach them again."""
        self._read_stored_pages(entry)
        since = self.settings.since
        return [
            item
            for item in self._wanted_links[entry.url]
            if item.url not in self.latest
            and (since is None or item.published_date is None or item.published_date >= since)
        ]

    def _read_stored_pages(self, entry: ListingEntry) -> None:
        if entry.url in self._seen_links:
            return
        links: set[str] = set()
        wanted: dict[str, ListingItem] = {}
        for record in self._listing_records:
            if record.get("listing") != entry.url or not record.get("sha256"):
                continue
            try:
                body = self.archive.read_bytes(record["sha256"])
            except ArchiveError:
                continue
            page = parse_listing(body, record.get("charset"), record["url"], entry, 1)
            links.update(item.url for item in page.links)
            wanted.update((item.url, item) for item in page.items)
        self._seen_links[entry.url] = links
        self._wanted_links[entry.url] = list(wanted.values())

    def crawl(self, entry: ListingEntry) -> list[ListingItem]:
        seen = self.seen_links(entry)

        def fetch_page(url: str) -> tuple[bytes, str | None] | None:
            if self.progress is not None:
                self.progress.plan(1)
            result, got = self.fetch(_Target(url, entry.meta, ROLE_LISTING, entry.url))
            if got is None or result.sha256 is None:
                return None
            try:
                return self.archive.read_bytes(result.sha256), got.charset or self._charset(url)
            except ArchiveError:
                return None

        def is_known(item: ListingItem, wanted: bool) -> bool:
            return item.url in self.stored_before if wanted else item.url in seen

        unfinished = self.unfinished(entry)
        crawled = crawl_listing(entry, fetch_page, is_known, self.settings.since).items
        return crawled + unfinished

    def _charset(self, url: str) -> str | None:
        record = self.latest.get(url)
        return record.get("charset") if record else None


def run_fetch(
    catalog: Catalog,
    archive: Archive,
    client: httpx.Client,
    settings: FetchSettings | None = None,
    *,
    clock: Callable[[], datetime] = utc_now,
    sleep: Callable[[float], None] = time.sleep,
    progress: Progress | None = None,
) -> FetchReport:
    """Crawl ``catalog``'s listings and fetch its documents into ``archive``.

    Failures are results, not exceptions: they are in the report and the manifest.
    Raises :class:`~kzvotes.errors.ArchiveError` when the archive cannot be written.
    """
    settings = settings or FetchSettings()
    only = re.compile(settings.only) if settings.only else None
    listings = [x for x in catalog.listings if only is None or only.search(x.url)]
    documents = [d for d in catalog.documents if only is None or only.search(d.url)]
    with archive.writer():
        run = _Run(archive, client, settings, clock, sleep, progress)
        targets: dict[str, _Target] = {d.url: _Target(d.url, d.meta) for d in documents}
        with ThreadPoolExecutor(max_workers=_workers(settings, listings)) as pool:
            for entry, items in zip(listings, pool.map(run.crawl, listings), strict=True):
                for item in items:
                    targets.setdefault(item.url, _Target(item.url, entry.meta))
        if progress is not None:
            progress.plan(len(targets))
        with ThreadPoolExecutor(max_workers=_workers(settings, targets.values())) as pool:
            list(pool.map(run.fetch, targets.values()))
        run.report.robots_bytes = run.robots.bytes_downloaded
    return run.report


def _workers(settings: FetchSettings, items: Any) -> int:
    hosts = {urlsplit(item.url).hostname for item in items}
    return max(1, min(_MAX_WORKERS, settings.concurrency * max(1, len(hosts))))
