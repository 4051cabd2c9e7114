"""Listing pages: find detail links about akim election results and the next page.

Built for 1C-Bitrix news lists (``index.php?ID=<n>`` detail links, ``?PAGEN_1=<n>``
pagination) and the government portal's press pages, driven by each catalog entry's
patterns. A link's title is its text; its date is a ``DD.MM.YYYY`` (or ISO) date found in
the smallest enclosing element that holds no other detail link.

Example::

    >>> from kzvotes.catalog import ListingEntry
    >>> entry = ListingEntry(url="https://cec.example/rus/news/releases/",
    ...     detail_pattern=r"index\\.php\\?ID=\\d+", next_pattern=r"PAGEN_1=(\\d+)")
    >>> html = '''<div><span>06.11.2023</span>
    ...   <a href="index.php?ID=7">Об итогах выборов акимов</a></div>
    ...   <a href="?PAGEN_1=2">2</a>'''
    >>> page = parse_listing(html.encode(), "utf-8", entry.url, entry, page_number=1)
    >>> [(i.url, str(i.published_date)) for i in page.items]
    [('https://cec.example/rus/news/releases/index.php?ID=7', '2023-11-06')]
    >>> page.next_url
    'https://cec.example/rus/news/releases/?PAGEN_1=2'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urldefrag, urljoin

from kzvotes.catalog import ListingEntry

_DATE_DMY = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MAX_ANCESTORS = 5


@dataclass(frozen=True)
class ListingItem:
    """A detail link on a listing page."""

    url: str
    title: str
    published_date: date | None = None


@dataclass(frozen=True)
class ListingPage:
    """What one listing page offers: every detail link, and the next page if any."""

    links: tuple[ListingItem, ...]  # every link matching the detail pattern
    items: tuple[ListingItem, ...]  # those whose titles speak of akim election results
    next_url: str | None = None
    next_number: int | None = None


def parse_listing(
    body: bytes, charset: str | None, page_url: str, entry: ListingEntry, page_number: int
) -> ListingPage:
    """Parse a listing page's bytes (decoded with ``charset``, else UTF-8)."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(body.decode(charset or "utf-8", "replace"))
    detail = re.compile(entry.detail_pattern)
    titles: dict[str, list[str]] = {}
    dates: dict[str, date | None] = {}
    anchors = [(a, _absolute(page_url, a.attributes.get("href"))) for a in tree.css("a[href]")]
    for anchor, url in anchors:
        if url is None or not detail.search(url):
            continue
        text = anchor.text(separator=" ") or anchor.attributes.get("title") or ""
        title = " ".join(text.split())
        titles.setdefault(url, [])
        if title and title not in titles[url]:
            titles[url].append(title)
        if dates.get(url) is None:
            dates[url] = _date_near(anchor, url, page_url, detail)
    links = tuple(ListingItem(url, " ".join(t), dates.get(url)) for url, t in titles.items())
    items = tuple(item for item in links if item.title and entry.title_matches(item.title))
    next_url, next_number = _next_page(anchors, entry.next_pattern, page_number)
    return ListingPage(links, items, next_url, next_number)


def _absolute(page_url: str, href: str | None) -> str | None:
    if not href or href.startswith(("javascript:", "mailto:", "tel:")):
        return None
    url, _ = urldefrag(urljoin(page_url, href.strip()))
    return url if url.startswith(("http://", "https://")) else None


def _date_near(anchor: object, url: str, page_url: str, detail: re.Pattern[str]) -> date | None:
    node = anchor
    for _ in range(_MAX_ANCESTORS):
        if node is None:
            return None
        others = {
            _absolute(page_url, a.attributes.get("href"))
            for a in node.css("a[href]")  # type: ignore[attr-defined]
        }
        if any(o and o != url and detail.search(o) for o in others):
            return None
        found = find_date(node.text(separator=" "))  # type: ignore[attr-defined]
        if found is not None:
            return found
        node = node.parent  # type: ignore[attr-defined]
    return None


def find_date(text: str) -> date | None:
    """The first ``DD.MM.YYYY`` or ``YYYY-MM-DD`` date in ``text`` that is a real date."""
    for match in _DATE_DMY.finditer(text):
        try:
            return date(int(match[3]), int(match[2]), int(match[1]))
        except ValueError:
            continue
    for match in _DATE_ISO.finditer(text):
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            continue
    return None


def _next_page(
    anchors: Iterable[tuple[object, str | None]], pattern: str | None, page_number: int
) -> tuple[str | None, int | None]:
    if pattern is None:
        return None, None
    regex = re.compile(pattern)
    best: tuple[int, str] | None = None
    for _, url in anchors:
        match = regex.search(url) if url else None
        if url is None or match is None:
            continue
        number = int(match[1]) if regex.groups and match[1] and match[1].isdigit() else None
        if number is None:
            number = page_number + 1  # a bare "next" link
        if number > page_number and (best is None or number < best[0]):
            best = (number, url)
    return (best[1], best[0]) if best else (None, None)


@dataclass
class CrawlResult:
    """The items a listing crawl kept, how many pages it read, and why it stopped."""

    items: list[ListingItem] = field(default_factory=list)
    pages: int = 0
    stopped_because: str = ""


def crawl_listing(
    entry: ListingEntry,
    fetch_page: Callable[[str], tuple[bytes, str | None] | None],
    is_known: Callable[[ListingItem, bool], bool],
    since: date | None = None,
) -> CrawlResult:
    """Read an entry's pages in order and keep the items worth fetching.

    ``fetch_page(url)`` returns the body and charset, or None when the page failed.
    ``is_known(item, wanted)`` says whether an item was met in an earlier run. The crawl
    stops when a page brings nothing new, when every dated item on a page is older than
    ``since``, at the last page or after ``entry.max_pages``.
    """
    result = CrawlResult()
    url: str | None = entry.url
    number = 1
    kept: set[str] = set()
    visited: set[str] = set()
    while url is not None and url not in visited:
        if result.pages >= entry.max_pages:
            result.stopped_because = f"max_pages ({entry.max_pages}) reached"
            break
        visited.add(url)
        fetched = fetch_page(url)
        result.pages += 1
        if fetched is None:
            result.stopped_because = f"page {url} failed"
            break
        page = parse_listing(fetched[0], fetched[1], url, entry, number)
        wanted = {item.url for item in page.items}
        recent = [
            i
            for i in page.items
            if since is None or i.published_date is None or i.published_date >= since
        ]
        for item in recent:
            if item.url not in kept:
                kept.add(item.url)
                result.items.append(item)
        fresh = [i for i in page.links if not is_known(i, i.url in wanted)]
        dated = [i.published_date for i in page.links if i.published_date is not None]
        if since is not None and dated and all(d < since for d in dated):
            result.stopped_because = f"reached --since {since.isoformat()}"
            break
        if not fresh:
            result.stopped_because = "a page brought nothing new"
            break
        url, number = page.next_url, page.next_number or number + 1
    else:
        result.stopped_because = result.stopped_because or "last page"
    return result
