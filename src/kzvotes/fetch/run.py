"""A fetch run: read the catalog's sources, then fetch every kept item into the archive.

The network is reached only through the ``httpx.Client`` passed in, and only the catalog's
hosts on public addresses are reached (:mod:`.guard`). Politeness (per-host rate and
concurrency, robots.txt for every request and every redirect hop), retries, the size cap,
the per-response deadline and the run's request budget apply to every request. Each
request's outcome becomes one manifest line; nothing that fails touches a stored version.

Example::

    >>> # with build_client() as client:
    >>> #     report = run_fetch(load_catalog(), Archive(path), client, FetchSettings())
"""

from __future__ import annotations

import itertools
import re
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol
from urllib.parse import urlsplit

import httpx

from kzvotes.archive.store import ROLE_DOCUMENT, ROLE_LISTING, Archive
from kzvotes.errors import ArchiveError, ConfigError
from kzvotes.fetch.budget import RequestBudget
from kzvotes.fetch.catalog import Catalog, SourceMeta, host_key
from kzvotes.fetch.crawl import crawl
from kzvotes.fetch.download import (
    DEFAULT_DEADLINE,
    DEFAULT_MAX_BYTES,
    Download,
    Previous,
    Request,
    download,
)
from kzvotes.fetch.feeds import FeedSource
from kzvotes.fetch.govkz import PORTAL_HOST, govkz_sources, portal_request
from kzvotes.fetch.guard import HostGuard
from kzvotes.fetch.listing import ListingSource
from kzvotes.fetch.politeness import DEFAULT_CONCURRENCY, DEFAULT_RATE, HostLimiter
from kzvotes.fetch.retry import RetryPolicy
from kzvotes.fetch.robots import RobotsCache
from kzvotes.fetch.sources import DOCUMENT, GOVKZ, Item, Source, SourceSummary
from kzvotes.fetch.summary import (
    BUDGET,
    CHANGED,
    FAILED,
    NEW,
    REFUSED,
    ROBOTS,
    SHELL,
    UNCHANGED,
    UNREACHABLE,
    FetchReport,
    Result,
)

_MAX_WORKERS = 16
ROLE_SESSION = "session"  # the portal's session step
ROLE_CRAWL = "crawl"  # a crawl that reached its end (what resuming reads)
# Why a crawl may stop having read all it should (anything else: resumed next time).
_FINISHED = ("last page", "reached --since", "reached an item already met", "a page repeated")


@dataclass(frozen=True)
class FetchSettings:
    """The knobs of a run. Defaults are the polite ones; tests pass fast settings."""

    rate: float = DEFAULT_RATE  # request starts per second per host; 0 = unlimited
    concurrency: int = DEFAULT_CONCURRENCY  # requests in flight per host
    max_bytes: int = DEFAULT_MAX_BYTES
    since: date | None = None  # a backfill back to this date; None: incremental
    only: str | None = None  # a regular expression searched in source URLs
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    max_requests: int | None = None  # the run's request budget
    deadline: float = DEFAULT_DEADLINE  # seconds for one whole response

    def __post_init__(self) -> None:
        if self.rate < 0:
            raise ConfigError("--rate must be >= 0 (0 means no limit)")
        if self.concurrency < 1:
            raise ConfigError("--concurrency must be at least 1")
        if self.max_bytes < 1:
            raise ConfigError("the size cap must be at least 1 byte")
        if self.max_requests is not None and self.max_requests < 0:
            raise ConfigError("--max-requests must be >= 0")
        if self.deadline <= 0:
            raise ConfigError("--timeout must be > 0")
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
    url: str  # the archive's name for the bytes
    meta: SourceMeta
    family: str = DOCUMENT
    source: str | None = None
    role: str = ROLE_DOCUMENT
    request: Request | None = None  # what is sent, when it differs from url
    listed: bytes | None = None  # the item as its listing sent it
    page: int | None = None

    @property
    def sent(self) -> Request:
        return self.request or Request(self.url)


class _Run:
    def __init__(
        self,
        catalog: Catalog,
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
        self.guard = HostGuard(catalog.hosts(), catalog.private_hosts())
        self.budget = RequestBudget(settings.max_requests)
        self.robots = RobotsCache(
            client,
            self.limiter,
            sleep=sleep,
            refusal=self.guard.refusal,
            budget=self.budget,
            deadline=settings.deadline,
        )
        self.portal_hosts = frozenset({PORTAL_HOST, *(host_key(g.base_url) for g in catalog.govkz)})
        self.report = FetchReport()
        self._lock = threading.Lock()
        self._session_lock = threading.Lock()
        self._sessions: dict[str, int] = {}  # base URL -> the tick its session was opened
        self._tick = itertools.count(1)
        self.records = archive.manifest_records()
        self._by_source: dict[str, list[dict[str, Any]]] = {}
        for record in self.records:
            key = record.get("source") or record.get("listing")
            if isinstance(key, str):
                self._by_source.setdefault(key, []).append(record)
        self.latest = archive.latest_versions()
        self.stored_before = frozenset(self.latest)
        self._seen: dict[str, set[str]] = {}

    # -- one request -------------------------------------------------------------------

    def hop_check(self, url: str) -> str | None:
        """Why a redirect target may not be followed (catalog, private, robots.txt)."""
        refusal = self.guard.refusal(url)
        if refusal is not None:
            return refusal
        verdict = self.robots.check(url)
        if verdict.budget_exhausted:
            return "the request budget is used up"
        if verdict.unreachable is not None:
            return f"unreachable: {verdict.unreachable}"
        return None if verdict.allowed else "disallowed by robots.txt"

    def fetch(
        self, target: _Target, source: Source | None = None
    ) -> tuple[Result, Download | None]:
        sent = target.sent
        host = urlsplit(sent.url).hostname or ""
        refusal = self.guard.refusal(sent.url)
        if refusal is not None:
            return self._record(target, REFUSED, Download(sent.url, error=refusal, refused=True))
        if self.budget.exhausted:
            return self._finish(self._result(target, host, BUDGET, "request budget used up")), None
        verdict = self.robots.check(sent.url)
        if verdict.budget_exhausted:
            return self._finish(self._result(target, host, BUDGET, "request budget used up")), None
        if verdict.unreachable is not None:
            with self._lock:
                self.report.unreachable.setdefault(host, verdict.unreachable)
            return self._finish(self._result(target, host, UNREACHABLE, verdict.unreachable)), None
        if not verdict.allowed:
            return self._finish(
                self._result(target, host, ROBOTS, "disallowed by robots.txt")
            ), None
        previous = self._previous(target.url)
        started = next(self._tick)
        got = self._download(sent, previous)
        if source is not None and source.is_refusal(got):
            step = source.session_step()
            if step is not None and self._open_session(step, target, started):
                got = self._download(sent, previous)
            if source.is_refusal(got):
                got = Download(
                    sent.url,
                    status=got.status,
                    error=f"the API refused ({got.error}: notAllowed) after the portal's "
                    "session step; recorded, not retried",
                    refused=True,
                )
        if got.budget_exhausted:
            return self._finish(self._result(target, host, BUDGET, got.error)), None
        if got.status == 404 and target.listed is not None:
            got = self._store_listed(target, got)
        if got.shell:
            outcome = SHELL
        elif got.refused:
            outcome = REFUSED
        elif got.error is not None:
            outcome = FAILED
        elif got.not_modified or (previous is not None and got.sha256 == previous.sha256):
            outcome = UNCHANGED
        elif previous is not None:
            outcome = CHANGED
        else:
            outcome = NEW
        return self._record(target, outcome, got, previous)

    def _download(self, request: Request, previous: Previous | None) -> Download:
        return download(
            self.client,
            request,
            archive=self.archive,
            limiter=self.limiter,
            policy=self.settings.retry,
            max_bytes=self.settings.max_bytes,
            previous=previous,
            sleep=self.sleep,
            hop_check=self.hop_check,
            budget=self.budget,
            deadline=self.settings.deadline,
        )

    def _open_session(self, step: Request, target: _Target, started: int) -> bool:
        """Make the portal's session request once per run; True when the refused request is
        worth one more try (the session was opened after it was sent)."""
        base = f"{urlsplit(step.url).scheme}://{urlsplit(step.url).netloc}"
        with self._session_lock:
            opened = self._sessions.get(base)
            if opened is not None:
                return opened > started
            self._sessions[base] = next(self._tick)
            if self.guard.refusal(step.url) is not None or not self.robots.check(step.url).allowed:
                return False
            got = download(
                self.client,
                step,
                archive=self.archive,
                limiter=self.limiter,
                policy=self.settings.retry,
                max_bytes=self.settings.max_bytes,
                previous=None,
                sleep=self.sleep,
                hop_check=self.hop_check,
                budget=self.budget,
                deadline=self.settings.deadline,
                store=False,
            )
            self.archive.append_manifest({
                "url": step.url, "final_url": got.final_url, "status": got.status,
                "retrieved_at": format_timestamp(self.clock()), "error": got.error,
                "outcome": "session", "role": ROLE_SESSION, "family": GOVKZ,
                "source": target.source,
            })  # fmt: skip
            return got.error is None

    def _store_listed(self, target: _Target, got: Download) -> Download:
        """The item endpoint does not answer: keep the item as its listing sent it."""
        assert target.listed is not None
        sha = self.archive.store_bytes(target.listed)
        return Download(
            target.url,
            final_url=got.url,
            status=200,
            sha256=sha,
            size=len(target.listed),
            content_type="application/json; charset=utf-8",
            charset="utf-8",
        )

    def _record(
        self, target: _Target, outcome: str, got: Download, previous: Previous | None = None
    ) -> tuple[Result, Download]:
        sent = target.sent
        record: dict[str, Any] = {
            "url": target.url,
            "final_url": got.final_url,
            "status": got.status,
            "sha256": None if got.not_modified or got.error else got.sha256,
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
            "family": target.family,
        }
        if target.source is not None:
            record["source"] = target.source
        if sent.url != target.url:
            record["request_url"] = sent.url
        if target.page is not None:
            record["page"] = target.page
            record["since"] = self.settings.since.isoformat() if self.settings.since else None
        if got.status == 404 and target.listed is not None:
            record["stored_from"] = "listing"
        self.archive.append_manifest(record)
        with self._lock:
            self.report.bytes_transferred += got.transferred
            if record["sha256"]:
                self.latest[target.url] = record
        host = urlsplit(sent.url).hostname or ""
        held = None if got.error else got.sha256  # a 304 names the stored version it confirms
        result = self._result(target, host, outcome, got.error, got.status, held)
        return self._finish(result), got

    def _result(
        self,
        target: _Target,
        host: str,
        outcome: str,
        error: str | None,
        status: int | None = None,
        sha256: str | None = None,
    ) -> Result:
        return Result(
            target.url, host, outcome, error, target.role, status, sha256,
            family=target.family, source=target.source,
        )  # fmt: skip

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

    # -- sources -----------------------------------------------------------------------

    def _pages_of(self, source: Source) -> list[dict[str, Any]]:
        return [
            r
            for r in self._by_source.get(source.key, [])
            if r.get("role") == ROLE_LISTING and r.get("sha256")
        ]

    def stored_items(self, source: Source) -> tuple[set[str], list[Item]]:
        """Items on this source's pages stored by earlier runs: every URL seen, and the
        wanted items that have no stored version yet (a run was interrupted, or their
        fetch failed): the crawl may not reach them again. An item older than the date of
        the backfill that stored its page, or of this one, was not wanted and is not now."""
        seen: set[str] = set()
        wanted: dict[str, Item] = {}
        for record in self._pages_of(source):
            try:
                body = self.archive.read_bytes(record["sha256"])
                request = Request(record.get("request_url") or record["url"])
                page = source.parse_page(body, record.get("charset"), request)
            except (ArchiveError, ValueError):
                continue
            dates = [self.settings.since, _date_or_none(record.get("since"))]
            since = max((d for d in dates if d is not None), default=None)
            for item in page.items:
                seen.add(item.url)
                recent = since is None or item.published is None or item.published >= since
                if recent and source.wanted(item) and item.url not in self.latest:
                    wanted[item.url] = item
        return seen, list(wanted.values())

    def resume_point(self, source: Source) -> Request | None:
        """Where an unfinished crawl of the same mode stopped: its deepest stored page.

        A crawl is finished by a ``crawl`` line (it reached its end); a finished backfill
        to an earlier or equal date also finishes any later incremental crawl.
        """
        since = self.settings.since
        mine = since.isoformat() if since is not None else None
        deepest: tuple[int, str] | None = None
        for record in self._by_source.get(source.key, []):
            done = record.get("since")
            if record.get("role") == ROLE_CRAWL:
                if mine is None or (done is not None and str(done) <= mine):
                    deepest = None  # that crawl reached its end
            elif (
                record.get("role") == ROLE_LISTING
                and done == mine
                and isinstance(record.get("page"), int)
                and record["page"] > 1
                and (deepest is None or record["page"] > deepest[0])
            ):
                deepest = (record["page"], record.get("request_url") or record["url"])
        if deepest is None:
            return None
        first = source.first_page()
        return Request(deepest[1], first.method, first.headers)

    def last_finished(self, source: Source) -> date | None:
        """The day the last finished crawl of this source ran (None: never)."""
        days = [
            str(r.get("retrieved_at") or "")[:10]
            for r in self._by_source.get(source.key, [])
            if r.get("role") == ROLE_CRAWL
        ]
        try:
            return date.fromisoformat(max(days)) if days else None
        except ValueError:
            return None

    def read_source(self, source: Source) -> list[_Target]:
        if isinstance(source, FeedSource) and self.settings.since is None:
            # a nightly run reads the child sitemaps changed since the last finished one
            finished = self.last_finished(source)
            source.since = finished - timedelta(days=1) if finished else None
        summary = SourceSummary(source.family, source.key)
        with self._lock:
            self.report.sources[source.key] = summary
        seen, unfinished = self.stored_items(source)

        def fetch_page(request: Request, number: int) -> tuple[bytes, str | None] | str:
            if self.progress is not None:
                self.progress.plan(1)
            target = _Target(
                request.url, source.meta, source.family, source.key, ROLE_LISTING, request,
                page=number,
            )  # fmt: skip
            result, got = self.fetch(target, source)
            if result.outcome in (REFUSED, BUDGET, UNREACHABLE, ROBOTS, SHELL, FAILED):
                if result.outcome == REFUSED:
                    summary.refused.append(result.error or "refused")
                return f"page {request.url}: {result.outcome} ({result.error})"
            if got is None or result.sha256 is None:
                return f"page {request.url}: nothing stored"
            try:
                return self.archive.read_bytes(result.sha256), got.charset
            except ArchiveError as err:
                return f"page {request.url}: {err}"

        def is_known(item: Item) -> bool:
            return item.url in self.stored_before or item.url in seen

        kept = crawl(
            source,
            fetch_page,
            is_known,
            since=self.settings.since,
            resume=self.resume_point(source),
            summary=summary,
        )
        if summary.stopped_because.startswith(_FINISHED):
            since = self.settings.since
            self.archive.append_manifest({
                "url": source.key, "role": ROLE_CRAWL, "source": source.key,
                "family": source.family, "since": since.isoformat() if since else None,
                "outcome": "complete", "error": summary.stopped_because,
                "retrieved_at": format_timestamp(self.clock()),
            })  # fmt: skip
        known_urls = {item.url for item in kept}
        items = kept + [i for i in unfinished if i.url not in known_urls]
        return [
            _Target(
                item.url,
                source.meta,
                source.family,
                source.key,
                ROLE_DOCUMENT,
                item.request,
                item.listed,
            )
            for item in items
            if item.url not in self.stored_before or self._recheck(source)
        ]

    def _recheck(self, source: Source) -> bool:
        """Whether kept items already archived are asked for again: an incremental run
        re-checks those of the pages it read (with conditional requests, so a revision
        shows); a backfill does not, and neither does the API, whose items carry counters
        that change without any edit (and which answers no conditional request)."""
        return self.settings.since is None and source.family != GOVKZ


def _date_or_none(value: object) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def build_sources(catalog: Catalog, settings: FetchSettings) -> list[Source]:
    """Every paged source of the catalog (gov.kz entities x languages, listings, feeds)."""
    sources: list[Source] = [
        *govkz_sources(catalog.govkz),
        *(ListingSource(entry) for entry in catalog.listings),
        *(FeedSource(entry, settings.since) for entry in catalog.feeds),
    ]
    only = re.compile(settings.only) if settings.only else None
    return [s for s in sources if only is None or only.search(s.key)]


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
    """Read ``catalog``'s sources and fetch its documents and kept items into ``archive``.

    Failures are results, not exceptions: they are in the report and the manifest.
    Raises :class:`~kzvotes.errors.ArchiveError` when the archive cannot be written.
    """
    settings = settings or FetchSettings()
    only = re.compile(settings.only) if settings.only else None
    sources = build_sources(catalog, settings)
    documents = [d for d in catalog.documents if only is None or only.search(d.url)]
    with archive.writer():
        run = _Run(catalog, archive, client, settings, clock, sleep, progress)
        targets: dict[str, tuple[_Target, Source | None]] = {}
        for document in documents:
            request = portal_request(document.url, run.portal_hosts)
            family = GOVKZ if request is not None else DOCUMENT
            targets[document.url] = (
                _Target(document.url, document.meta, family, None, ROLE_DOCUMENT, request),
                _portal_source(document.url) if request is not None else None,
            )
        by_key = {source.key: source for source in sources}
        with ThreadPoolExecutor(max_workers=_workers(settings, sources)) as pool:
            for found in pool.map(run.read_source, sources):
                for target in found:
                    targets.setdefault(target.url, (target, by_key.get(target.source or "")))
        if progress is not None:
            progress.plan(len(targets))
        with ThreadPoolExecutor(max_workers=_workers(settings, targets)) as pool:
            list(pool.map(lambda pair: run.fetch(*pair), targets.values()))
        run.report.robots_bytes = run.robots.bytes_downloaded
        run.report.requests = run.budget.spent
        run.report.budget = settings.max_requests
    return run.report


def _portal_source(url: str) -> Source:
    """A gov.kz source at a portal document's origin, lending it the refusal handling."""
    from kzvotes.fetch.catalog import GovkzEntry, GovkzProject
    from kzvotes.fetch.govkz import GovkzSource

    parts = urlsplit(url)
    project = GovkzProject("portal")
    entry = GovkzEntry((project,), base_url=f"{parts.scheme}://{parts.netloc}")
    return GovkzSource(entry, project, "ru")


def _workers(settings: FetchSettings, items: Any) -> int:
    hosts = {urlsplit(getattr(item, "key", item)).hostname for item in items}
    return max(1, min(_MAX_WORKERS, settings.concurrency * max(1, len(hosts))))
