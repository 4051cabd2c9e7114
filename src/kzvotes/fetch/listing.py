"""Listing pages: find detail links about akim election results and the next page.

Built for 1C-Bitrix news lists (``index.php?ID=<n>`` detail links, ``?PAGEN_1=<n>``
pagination), card lists such as Kazinform's news feed (``a.news-card`` holding an
``h3.card-title`` and a ``time.meta-date`` like "21:38, 18 Августа 2026"), and any list of
links driven by a catalog entry's patterns. A link's title is the heading inside it, else
its text; its date is a ``time[datetime]``, a ``DD.MM.YYYY`` or ISO date, or a date with the
month in words, found in the smallest enclosing element that holds no other detail link.

Example::

    >>> from kzvotes.fetch.catalog import ListingEntry
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
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from urllib.parse import parse_qsl, urldefrag, urlencode, urljoin, urlsplit, urlunsplit

from kzvotes.fetch.catalog import ListingEntry
from kzvotes.fetch.download import Download, Request
from kzvotes.fetch.sources import LISTING, Item, Page

_DATE_DMY = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MAX_ANCESTORS = 5
_TITLE_INSIDE = "h1, h2, h3, h4, h5, [class*=title], [class*=Title]"


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
        heading = anchor.css_first(_TITLE_INSIDE)
        text = (heading.text(separator=" ") if heading is not None else "") or (
            anchor.text(separator=" ") or anchor.attributes.get("title") or ""
        )
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
        stamped = node.css_first("time[datetime]")  # type: ignore[attr-defined]
        found = find_date(stamped.attributes.get("datetime") or "") if stamped else None
        found = found or find_date(node.text(separator=" "))  # type: ignore[attr-defined]
        if found is not None:
            return found
        node = node.parent  # type: ignore[attr-defined]
    return None


def find_date(text: str) -> date | None:
    """The first ``DD.MM.YYYY`` or ``YYYY-MM-DD`` date in ``text`` that is a real date, else
    the first date with its month in words ("21:38, 18 Августа 2026")."""
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
    from kzvotes.extract.dates import dates_in  # the month names of every language

    found = dates_in(text[:300])
    return found[0][1] if found else None


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


def page_url(url: str, param: str, number: int) -> str:
    """``url`` with its ``param`` query parameter set to ``number``.

    >>> page_url("https://x.kz/ru/lenta/?page=2", "page", 3)
    'https://x.kz/ru/lenta/?page=3'
    """
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != param]
    query.append((param, str(number)))
    return urlunsplit(parts._replace(query=urlencode(query)))


class ListingSource:
    """A catalog ``[[listing]]``: HTML list pages, newest first."""

    family = LISTING
    newest_first = True

    def __init__(self, entry: ListingEntry) -> None:
        self.entry, self.key, self.meta = entry, entry.url, entry.meta
        self.max_pages = entry.max_pages

    def first_page(self) -> Request:
        return Request(self.entry.url)

    def parse_page(self, body: bytes, charset: str | None, request: Request) -> Page:
        number = self._number(request.url)
        page = parse_listing(body, charset, request.url, self.entry, number)
        items = tuple(Item(i.url, i.title, i.published_date) for i in page.links)
        following: tuple[Request, ...] = ()
        if page.next_url is not None:
            following = (Request(page.next_url),)
        elif self.entry.page_param and items:
            following = (Request(page_url(self.entry.url, self.entry.page_param, number + 1)),)
        return Page(items, following, last=not following)

    def _number(self, url: str) -> int:
        param = self.entry.page_param
        pattern = self.entry.next_pattern
        if param:
            values = dict(parse_qsl(urlsplit(url).query)).get(param, "")
            return int(values) if values.isdigit() else 1
        if pattern:
            match = re.search(pattern, url)
            if match and re.compile(pattern).groups and (match[1] or "").isdigit():
                return int(match[1])
        return 1

    def wanted(self, item: Item) -> bool:
        return bool(item.title) and self.entry.title_matches(item.title)

    def is_refusal(self, got: Download) -> bool:
        return False

    def session_step(self) -> Request | None:
        return None
