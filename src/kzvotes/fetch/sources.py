"""The one interface of every source family: discover items page by page, fetch an item.

A source is a paged list (a gov.kz API listing, an HTML list, a feed or a sitemap) that a
crawl reads from its first page on. Its family module turns each page's bytes into
:class:`Item` s and the next pages to read, says which items are about akim elections, and
says what request brings an item's bytes (the publisher's own answer, stored as received).
Documents named one by one in the catalog are items without a list.

Families: ``govkz`` (:mod:`.govkz`), ``listing`` (:mod:`.listing`), ``feed``
(:mod:`.feeds`) and ``document``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from kzvotes.fetch.catalog import SourceMeta
from kzvotes.fetch.download import Download, Request

GOVKZ, LISTING, FEED, DOCUMENT = "govkz", "listing", "feed", "document"
FAMILIES = (GOVKZ, LISTING, FEED, DOCUMENT)


@dataclass(frozen=True)
class Item:
    """One thing a source offers: the address it is archived under, and what is known of it
    before it is fetched (title, date, summary text: what the filter reads)."""

    url: str
    title: str = ""
    published: date | None = None
    text: str = ""
    request: Request | None = None  # when the bytes come from another address (an API)
    listed: bytes | None = None  # the item as the listing sent it (an API list entry)

    @property
    def fetch_request(self) -> Request:
        return self.request or Request(self.url)


@dataclass(frozen=True)
class Page:
    """What one page of a source holds: every item on it, and the pages it leads to."""

    items: tuple[Item, ...] = ()
    next: tuple[Request, ...] = ()
    last: bool = False  # the source said this is its last page


@dataclass
class SourceSummary:
    """What a run did for one source (one row of the summary)."""

    family: str
    key: str
    discovered: int = 0
    kept: int = 0
    pages: int = 0
    stopped_because: str = ""
    refused: list[str] = field(default_factory=list)


class Source(Protocol):
    """A paged source; see the module text."""

    family: str
    key: str  # a stable name: the manifest's ``source``, what --only is matched against
    meta: SourceMeta
    max_pages: int
    newest_first: bool  # pages run from the newest items to the oldest

    def first_page(self) -> Request: ...

    def parse_page(self, body: bytes, charset: str | None, request: Request) -> Page: ...

    def wanted(self, item: Item) -> bool: ...

    def is_refusal(self, got: Download) -> bool: ...

    def session_step(self) -> Request | None: ...
