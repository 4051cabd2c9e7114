"""Fixtures for the fetch tests: the local site, a fast client, fast politeness."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from localsite import LocalSite

from kzvotes.archive.store import Archive
from kzvotes.fetch import FetchReport, FetchSettings, RetryPolicy, build_client, run_fetch
from kzvotes.fetch.catalog import Catalog, parse_catalog

FAST_RETRY = RetryPolicy(attempts=3, initial_wait=0.01, max_wait=5.0, max_total=10.0, jitter=0)


class FakeClock:
    """A UTC clock that moves one minute each time it is read."""

    def __init__(self) -> None:
        self.now = datetime(2024, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


class SleepRecorder:
    """Records requested waits instead of waiting."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
def site() -> Iterator[LocalSite]:
    with LocalSite() as running:
        yield running


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with build_client(timeout=httpx.Timeout(2.0, connect=1.0)) as built:
        yield built


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path / "archive")


@pytest.fixture
def sleeper() -> SleepRecorder:
    return SleepRecorder()


def fast_settings(**overrides: object) -> FetchSettings:
    values: dict[str, object] = {"rate": 0, "concurrency": 4, "retry": FAST_RETRY}
    values.update(overrides)
    return FetchSettings(**values)  # type: ignore[arg-type]


def catalog_for(
    site: LocalSite, documents: Sequence[str] = (), listings: Sequence[dict[str, str]] = ()
) -> Catalog:
    """A catalog of the site's ``documents`` paths and ``listings`` (path + patterns)."""
    parts = []
    for path in documents:
        parts.append(
            f'[[document]]\nurl = "{site.url(path)}"\npublisher = "127.0.0.1"\nallow_private = true\n'
        )
    for listing in listings:
        lines = [f'[[listing]]\nurl = "{site.url(listing["path"])}"\nallow_private = true']
        lines += [f"{key} = '{value}'" for key, value in listing.items() if key != "path"]
        parts.append("\n".join(lines) + "\n")
    return parse_catalog("\n".join(parts))


BITRIX_LISTINGS = [
    {
        "path": f"/{lang}/news/releases/",
        "detail_pattern": rf"/{lang}/news/releases/index\.php\?ID=\d+",
        "next_pattern": r"PAGEN_1=(\d+)",
        "language": code,
        "publisher_kind": "cec",
    }
    for lang, code in (("rus", "ru"), ("kaz", "kk"), ("eng", "en"))
]
PORTAL_LISTING = {
    "path": "/memleket/entities/test-akimat/press/news?lang=ru",
    "detail_pattern": r"/press/news/details/\d+",
    "publisher_kind": "territorial_commission",
}


@pytest.fixture
def fetch(
    client: httpx.Client, archive: Archive, sleeper: SleepRecorder
) -> Callable[..., FetchReport]:
    """Run a fetch of a catalog into the test archive with fast settings."""
    clock = FakeClock()

    def run(catalog: Catalog, **overrides: object) -> FetchReport:
        return run_fetch(
            catalog, archive, client, fast_settings(**overrides), clock=clock, sleep=sleeper
        )

    return run
