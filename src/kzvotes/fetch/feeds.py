"""Feeds and sitemaps: RSS 2.0, RSS 1.0 (RDF), Atom, sitemaps and sitemap indexes.

A feed lists its newest entries with titles and summaries; a sitemap lists addresses
(``loc``), sometimes with ``lastmod`` and a Google News ``news:title``; a sitemap index
lists child sitemaps, which are read as the source's further pages (newest ``lastmod``
first, those older than ``--since`` skipped, at most ``max_pages``). An entry is kept when
its title, summary and the words of its URL (all a plain sitemap gives) hold a stem of every
keyword group. XML with a document type declaration is refused (no entity expansion).

Example (dates are Astana's: 18:00 UTC on 5 November 2023 was already the 6th there)::

    >>> from kzvotes.fetch.catalog import FeedEntry
    >>> source = FeedSource(FeedEntry("https://news.example/rss.xml"))
    >>> rss = (b"<rss><channel><item><title>Itogi</title><link>https://news.example/a</link>"
    ...        b"<pubDate>Sun, 05 Nov 2023 18:00:00 +0000</pubDate></item></channel></rss>")
    >>> [(i.url, str(i.published)) for i in source.parse_page(rss, None, source.first_page()).items]
    [('https://news.example/a', '2023-11-06')]
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from email.utils import parsedate_to_datetime
from urllib.parse import unquote, urljoin, urlsplit

from kzvotes.fetch.catalog import FeedEntry
from kzvotes.fetch.download import Download, Request
from kzvotes.fetch.sources import FEED, Item, Page
from kzvotes.parse.apiitem import astana_date

_TAG = re.compile(r"<[^>]+>")
_SLUG_SPLIT = re.compile(r"[-_/.+]+")


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child(node: ET.Element, *names: str) -> ET.Element | None:
    for child in node:
        if _local(child.tag) in names:
            return child
    return None


def _text(node: ET.Element | None) -> str:
    if node is None:
        return ""
    return " ".join("".join(node.itertext()).split())


def _deep(node: ET.Element, name: str) -> ET.Element | None:
    for element in node.iter():
        if _local(element.tag) == name:
            return element
    return None


def feed_date(value: str) -> date | None:
    """The Astana day of an RFC 822 (RSS) or ISO 8601 (Atom, sitemap) timestamp.

    >>> feed_date("Tue, 18 Aug 2026 16:38:00 +0000"), feed_date("2023-11-05")
    (datetime.date(2026, 8, 18), datetime.date(2023, 11, 5))
    """
    value = value.strip()
    if not value:
        return None
    if value[:4].isdigit():
        return astana_date(value)
    try:
        return astana_date(parsedate_to_datetime(value).isoformat())
    except (TypeError, ValueError, IndexError):
        return None


def slug_words(url: str) -> str:
    """The words of a URL's path, for the keyword filter (a sitemap gives nothing else)."""
    return " ".join(_SLUG_SPLIT.split(unquote(urlsplit(url).path))).strip()


class FeedSource:
    """A catalog ``[[feed]]``: a feed, a sitemap or a sitemap index."""

    family = FEED
    newest_first = False  # a sitemap is in no order: read it all, never stop early

    def __init__(self, entry: FeedEntry, since: date | None = None) -> None:
        self.entry, self.key, self.meta, self.since = entry, entry.url, entry.meta, since
        self.max_pages = entry.max_pages

    def first_page(self) -> Request:
        return Request(self.entry.url)

    def parse_page(self, body: bytes, charset: str | None, request: Request) -> Page:
        if re.search(rb"<!(?:DOCTYPE|ENTITY)", body[:4096], re.IGNORECASE):
            raise ValueError("XML with a document type declaration is not read")
        try:
            root = ET.fromstring(body)
        except ET.ParseError as err:
            raise ValueError(f"not XML: {err}") from None
        kind = _local(root.tag)
        if kind == "sitemapindex":
            return self._index(root, request.url)
        if kind == "urlset":
            return Page(
                tuple(
                    self._sitemap_item(u, request.url) for u in root if _child(u, "loc") is not None
                )
            )
        if kind == "feed":
            return Page(
                tuple(self._atom_item(e, request.url) for e in root if _local(e.tag) == "entry")
            )
        if kind in ("rss", "rdf"):
            entries = [e for e in root.iter() if _local(e.tag) == "item"]
            return Page(tuple(self._rss_item(e, request.url) for e in entries))
        raise ValueError(f"not a feed or a sitemap (root element <{kind}>)")

    def _index(self, root: ET.Element, base: str) -> Page:
        children: list[tuple[date, str]] = []
        for sitemap in root:
            loc = _text(_child(sitemap, "loc"))
            if not loc:
                continue
            modified = feed_date(_text(_child(sitemap, "lastmod"))) or date.max
            if self.since is not None and modified < self.since:
                continue
            children.append((modified, urljoin(base, loc)))
        children.sort(key=lambda c: (c[0], c[1]), reverse=True)
        return Page((), tuple(Request(url) for _, url in children), last=not children)

    def _sitemap_item(self, node: ET.Element, base: str) -> Item:
        url = urljoin(base, _text(_child(node, "loc")))
        news = _child(node, "news")
        title = _text(_deep(news, "title")) if news is not None else ""
        stamp = _text(_deep(news, "publication_date")) if news is not None else ""
        published = feed_date(stamp or _text(_child(node, "lastmod")))
        return Item(url, title, published, slug_words(url))

    def _atom_item(self, node: ET.Element, base: str) -> Item:
        href = ""
        for link in node:
            if _local(link.tag) == "link" and link.get("rel", "alternate") == "alternate":
                href = link.get("href", "")
                break
        url = urljoin(base, href)
        summary = _text(_child(node, "summary")) or _text(_child(node, "content"))
        stamp = _text(_child(node, "published")) or _text(_child(node, "updated"))
        return Item(url, _text(_child(node, "title")), feed_date(stamp), _plain(summary, url))

    def _rss_item(self, node: ET.Element, base: str) -> Item:
        link = _text(_child(node, "link"))
        guid = _child(node, "guid")
        if not link and guid is not None and guid.get("isPermaLink", "true") != "false":
            link = _text(guid)
        url = urljoin(base, link)
        summary = _text(_child(node, "description")) or _text(_child(node, "encoded"))
        stamp = _text(_child(node, "pubdate")) or _text(_child(node, "date"))
        return Item(url, _text(_child(node, "title")), feed_date(stamp), _plain(summary, url))

    def wanted(self, item: Item) -> bool:
        return bool(item.url) and self.entry.title_matches(f"{item.title} {item.text}")

    def is_refusal(self, got: Download) -> bool:
        return False

    def session_step(self) -> Request | None:
        return None


def _plain(summary: str, url: str) -> str:
    return " ".join(_TAG.sub(" ", summary).split()) + " " + slug_words(url)
