"""The gov.kz public content API: the portal's own data for its JavaScript pages.

The portal (``www.gov.kz``) answers a plain client with an application shell; its pages
read their articles from a public JSON API, and so does this source:

- a listing: ``GET /api/v1/public/content-manager/news?sort-by=created_date:DESC&projects=eq:<slug>&page=<n>&size=<m>``
  with ``Accept-Language: ru|kk|en``; the answer is a JSON list of items, or an object with
  the list under ``content`` (and paging hints such as ``last`` and ``totalPages``);
- one item: ``GET /api/v1/public/content-manager/news/<id>``; an item has ``id``, ``title``,
  ``body`` (HTML) and ``created_date`` (UTC). It is archived as received, under the address
  of its human page ``/memleket/entities/<slug>/press/news/details/<id>?lang=<lang>``.

When the API refuses with HTTP 400 ``notAllowed``, the run makes once the request that the
portal's own pages make to open a session (``POST /api/v1/public/_/c/k6``, JSON, with the
portal as ``Origin``), keeps the cookie it gets, and tries again; a refusal that persists is
recorded and the run goes on. Nothing else is imitated: no forged tokens, no disguise.

Example::

    >>> from kzvotes.fetch.catalog import GovkzEntry, GovkzProject
    >>> source = GovkzSource(GovkzEntry((GovkzProject("zhetysu-alakol"),)),
    ...                      GovkzProject("zhetysu-alakol"), "ru")
    >>> source.key
    'https://www.gov.kz/memleket/entities/zhetysu-alakol/press/news?lang=ru'
    >>> page = source.parse_page(b'{"content": [{"id": 5, "title": "t", "body": ""}],'
    ...                          b' "last": true}', "utf-8", source.first_page())
    >>> [i.url for i in page.items], page.last
    (['https://www.gov.kz/memleket/entities/zhetysu-alakol/press/news/details/5?lang=ru'], True)
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kzvotes.fetch.catalog import (
    DEFAULT_TITLE_KEYWORDS,
    GovkzEntry,
    GovkzProject,
    SourceMeta,
    host_key,
    matches_keywords,
)
from kzvotes.fetch.download import Download, Request
from kzvotes.fetch.sources import GOVKZ, Item, Page
from kzvotes.parse.apiitem import astana_date

NEWS_PATH = "/api/v1/public/content-manager/news"
SESSION_PATH = "/api/v1/public/_/c/k6"
REFUSAL_MARK = b"notAllowed"
PORTAL_HOST = "gov.kz"
_DETAIL_PAGE = re.compile(r"/memleket/entities/([a-z0-9_-]+)/press/news/details/(\d+)", re.I)
_TAG = re.compile(r"<[^>]+>")
_LIST_KEYS = ("content", "data", "items", "results", "news")


def _api_headers(language: str) -> tuple[tuple[str, str], ...]:
    return (("Accept", "application/json"), ("Accept-Language", language))


def item_request(base_url: str, item_id: str, language: str) -> Request:
    """The API request for one item."""
    return Request(f"{base_url.rstrip('/')}{NEWS_PATH}/{item_id}", headers=_api_headers(language))


def item_page_url(base_url: str, slug: str, item_id: str, language: str) -> str:
    """The human page of an item: the address it is archived and cited under."""
    return (
        f"{base_url.rstrip('/')}/memleket/entities/{slug}/press/news/details/{item_id}"
        f"?lang={language}"
    )


def portal_request(url: str, portal_hosts: frozenset[str]) -> Request | None:
    """For the human page of a portal item, the API request for its data (else None).

    >>> portal_request("https://www.gov.kz/memleket/entities/a-b/press/news/details/7?lang=kk",
    ...                frozenset({"gov.kz"})).url
    'https://www.gov.kz/api/v1/public/content-manager/news/7'
    """
    match = _DETAIL_PAGE.search(urlsplit(url).path)
    if match is None or host_key(url) not in portal_hosts:
        return None
    parts = urlsplit(url)
    language = (parse_qs(parts.query).get("lang") or ["ru"])[0]
    if language not in ("ru", "kk", "en"):
        language = "ru"
    return item_request(f"{parts.scheme}://{parts.netloc}", match[2], language)


def session_request(base_url: str) -> Request:
    """The portal's own session request, as its pages make it."""
    base = base_url.rstrip("/")
    return Request(
        base + SESSION_PATH,
        "POST",
        (("Content-Type", "application/json"), ("Origin", base), ("Accept", "application/json")),
        b"{}",
    )


def is_refusal(got: Download) -> bool:
    """Whether an answer is the API's ``notAllowed`` refusal."""
    return got.status in (400, 401, 403) and REFUSAL_MARK in got.error_head


def items_of(value: Any) -> list[Any] | None:
    """The list of items in an API answer: the answer itself, or its ``content``."""
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        for key in _LIST_KEYS:
            if isinstance(value.get(key), list):
                return list(value[key])
    return None


class GovkzSource:
    """One entity's news in one language, read through the API, newest first."""

    family = GOVKZ
    newest_first = True

    def __init__(self, entry: GovkzEntry, project: GovkzProject, language: str) -> None:
        self.entry, self.slug, self.language = entry, project.slug, language
        self.base = entry.base_url.rstrip("/")
        self.key = f"{self.base}/memleket/entities/{self.slug}/press/news?lang={language}"
        self.meta = SourceMeta(
            publisher=entry.meta.publisher or PORTAL_HOST,
            publisher_kind=entry.meta.publisher_kind or project.publisher_kind,
            language=language,
        )
        self.max_pages = entry.max_pages

    def page_request(self, number: int) -> Request:
        query = (
            f"sort-by=created_date:DESC&projects=eq:{self.slug}"
            f"&page={number}&size={self.entry.page_size}"
        )
        return Request(f"{self.base}{NEWS_PATH}?{query}", headers=_api_headers(self.language))

    def first_page(self) -> Request:
        return self.page_request(self.entry.first_page)

    def parse_page(self, body: bytes, charset: str | None, request: Request) -> Page:
        try:
            value = json.loads(body.decode(charset or "utf-8", "replace"))
        except json.JSONDecodeError as err:
            raise ValueError(f"the API answer is not JSON: {err}") from None
        raw_items = items_of(value)
        if raw_items is None:
            raise ValueError("the API answer holds no list of items")
        items = tuple(self._item(raw) for raw in raw_items if isinstance(raw, dict) and "id" in raw)
        number = int((parse_qs(urlsplit(request.url).query).get("page") or ["1"])[0])
        last = not items
        following: list[Request] = []
        if isinstance(value, dict):
            total = value.get("totalPages", value.get("total_pages"))
            if value.get("last") is True or (
                isinstance(total, int) and number - self.entry.first_page + 1 >= total
            ):
                last = True
            if value.get("first") is False and number == self.entry.first_page and number > 0:
                following.append(self.page_request(number - 1))  # the API counts from 0
        if not last:
            following.append(self.page_request(number + 1))
        return Page(items, tuple(following), last)

    def _item(self, raw: dict[str, Any]) -> Item:
        item_id = str(raw["id"])
        title = raw["title"] if isinstance(raw.get("title"), str) else ""
        body = raw["body"] if isinstance(raw.get("body"), str) else ""
        return Item(
            url=item_page_url(self.base, self.slug, item_id, self.language),
            title=" ".join(title.split()),
            published=astana_date(raw.get("created_date") or raw.get("publish_date")),
            text=" ".join(_TAG.sub(" ", body).split()),
            request=item_request(self.base, item_id, self.language),
            listed=json.dumps(raw, ensure_ascii=False).encode("utf-8"),
        )

    def wanted(self, item: Item) -> bool:
        return matches_keywords(f"{item.title} {item.text}", DEFAULT_TITLE_KEYWORDS)

    def is_refusal(self, got: Download) -> bool:
        return is_refusal(got)

    def session_step(self) -> Request | None:
        return session_request(self.base)


def govkz_sources(entries: tuple[GovkzEntry, ...]) -> list[GovkzSource]:
    """One source per entity and language of every ``[[govkz]]`` entry."""
    return [
        GovkzSource(entry, project, language)
        for entry in entries
        for project in entry.projects
        for language in entry.languages
    ]
