"""Synthetic publishers of the shapes kzvotes fetch must read, served by LocalSite.

Everything here is synthetic (invented titles, names and figures), written for the tests:
the gov.kz content API (both answer shapes, paging, the notAllowed refusal and the session
step), an application shell, a Kazinform-like card feed and its articles, an RSS feed and
sitemaps.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

from localsite import LocalSite, _RequestHandler

NEWS_PATH = "/api/v1/public/content-manager/news"
SESSION_PATH = "/api/v1/public/_/c/k6"
SHELL_PAGE = (
    b'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>gov.kz</title>'
    b'<script defer src="/static/js/main.3f2a1b.js"></script></head><body>'
    b"<noscript>You need to enable JavaScript to run this app.</noscript>"
    b'<div id="root"></div></body></html>'
)


def synthetic_item(number: int, wanted: bool, when: datetime, lang: str = "ru") -> dict[str, Any]:
    """One API item; ``wanted`` ones report a (synthetic) akim election result."""
    if wanted:
        title = f"Итоги выборов акима Тестового сельского округа № {number}"
        body = (
            f"<p>Синтетический текст № {number}. Состоялись выборы акима сельского округа.</p>"
            f"<p>Избран кандидат Тестов Тест Тестович, набравший {100 + number} голосов.</p>"
        )
    else:
        title = f"Праздничный концерт № {number}"
        body = f"<p>Синтетический текст № {number} о концерте.</p>"
    return {
        "id": 9000 + number,
        "title": title,
        "body": body,
        "created_date": when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "slug": f"item-{number}",
        "projects": ["test-akimat"],
        "lang": lang,
    }


def synthetic_items(count: int, newest: datetime, every: int = 3, step_days: int = 7):
    """``count`` items, newest first, one a week; every ``every``-th one is wanted."""
    return [
        synthetic_item(n, n % every == 0, newest - timedelta(days=step_days * n))
        for n in range(count)
    ]


@dataclass
class GovkzApi:
    """The portal's news API for one or more entities (slug -> items, newest first)."""

    items: dict[str, list[dict[str, Any]]]
    shape: str = "object"  # "object": {"content": [...], "last": ...}; "list": a bare list
    needs_session: bool = False  # answer 400 notAllowed until the session step was made
    refuse_always: bool = False  # answer 400 notAllowed whatever happens
    detail_endpoint: bool = True
    zero_based: bool = False  # pages counted from 0, as Spring Data does
    sessions: list[dict[str, str]] = field(default_factory=list)

    def install(self, site: LocalSite) -> GovkzApi:
        site.add_prefix(NEWS_PATH, self.handle)
        site.add_prefix(SESSION_PATH, self.session)
        return self

    def _refuse(self, h: _RequestHandler) -> bool:
        has_cookie = "kzsession=" in (h.headers.get("Cookie") or "")
        if self.refuse_always or (self.needs_session and not has_cookie):
            body = json.dumps({"status": 400, "code": "notAllowed", "message": "notAllowed"})
            h.send_body(400, body.encode(), "application/json")
            return True
        return False

    def session(self, h: _RequestHandler) -> None:
        if h.command != "POST":
            h.send_body(405, b"{}", "application/json")
            return
        self.sessions.append(dict(h.headers.items()))
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        h.send_header("Set-Cookie", "kzsession=synthetic; Path=/")
        h.send_header("Content-Length", "2")
        h.end_headers()
        h.wfile.write(b"{}")

    def handle(self, h: _RequestHandler) -> None:
        if self._refuse(h):
            return
        parts = urlsplit(h.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        everything = [i for items in self.items.values() for i in items]
        if parts.path.startswith(NEWS_PATH + "/"):
            wanted = parts.path.rsplit("/", 1)[-1]
            found = [i for i in everything if str(i["id"]) == wanted]
            if not found or not self.detail_endpoint:
                h.send_body(404, b'{"status": 404}', "application/json")
                return
            body = json.dumps(found[0], ensure_ascii=False).encode()
            h.send_body(200, body, "application/json;charset=UTF-8")
            return
        slug = query.get("projects", "").removeprefix("eq:")
        items = self.items.get(slug, [])
        page, size = int(query.get("page", "1")), int(query.get("size", "20"))
        index = page if self.zero_based else page - 1
        chunk = items[index * size : (index + 1) * size]
        total_pages = max(1, -(-len(items) // size))
        answer: Any = chunk
        if self.shape == "object":
            answer = {
                "content": chunk, "totalPages": total_pages, "totalElements": len(items),
                "number": index, "size": size, "first": index == 0,
                "last": index >= total_pages - 1,
            }  # fmt: skip
        h.send_body(200, json.dumps(answer, ensure_ascii=False).encode(), "application/json")


# -- a Kazinform-like card feed ---------------------------------------------------------------

RU_MONTHS = ("Января", "Февраля", "Марта", "Апреля", "Мая", "Июня", "Июля", "Августа",
             "Сентября", "Октября", "Ноября", "Декабря")  # fmt: skip
CARDS_PER_PAGE = 24


def card_feed(site: LocalSite, count: int, newest: datetime, every: int = 5) -> list[str]:
    """Serve ``/ru/lenta/?page=N`` (24 cards a page, no "next" link: a script loads more)
    and one article per card; returns the paths of the wanted articles."""
    wanted: list[str] = []
    cards: list[str] = []
    for n in range(count):
        when = newest - timedelta(hours=20 * n)
        slug = f"/ru/sinteticheskaya-novost-{n}-{n * 7919 % 16**6:06x}"
        if n % every == 0:
            title = f"Избран аким синтетического округа № {n}"
            wanted.append(slug)
        else:
            title = f"Синтетическая новость о погоде № {n}"
        stamp = f"{when:%H:%M}, {when.day} {RU_MONTHS[when.month - 1]} {when.year}"
        cards.append(
            f'<a class="news-card" href="{slug}"><div class="news-card__img"></div>'
            f'<h3 class="card-title">{title}</h3>'
            f'<div class="meta"><time class="meta-date">{stamp}</time></div></a>'
        )
        article = (
            f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div class="article"><h1>{title}</h1><div class="article__content">'
            f"<p>Синтетический текст. Состоялись выборы акима, итоги подведены.</p>"
            f"</div></div></body></html>"
        )
        site.set_page(slug, article.encode())
    pages = [cards[i : i + CARDS_PER_PAGE] for i in range(0, len(cards), CARDS_PER_PAGE)]
    for number, chunk in enumerate(pages, start=1):
        body = (
            '<html><head><meta charset="utf-8"></head><body><div class="news-list">'
            + "".join(chunk)
            + '</div><button class="more">Показать ещё</button></body></html>'
        )
        site.set_page(f"/ru/lenta/?page={number}", body.encode())
        if number == 1:
            site.set_page("/ru/lenta/", body.encode())
    for number in range(len(pages) + 1, len(pages) + 3):
        empty = b'<html><body><div class="news-list"></div></body></html>'
        site.set_page(f"/ru/lenta/?page={number}", empty)
    return wanted


def rss_feed(site: LocalSite, path: str = "/rss/rus.xml") -> list[str]:
    """An RSS 2.0 feed of three entries, two about akim elections; returns their paths."""
    entries = [
        ("/news/a1", "Итоги выборов акима района (синтетика)", "Tue, 18 Aug 2026 16:38:00 +0000"),
        ("/news/a2", "Погода на выходные (синтетика)", "Tue, 18 Aug 2026 10:00:00 +0000"),
        ("/news/a3", "Аудан әкімі сайланды (синтетика)", "Mon, 17 Aug 2026 09:00:00 +0000"),
    ]
    items = "".join(
        f"<item><title>{title}</title><link>{site.url(link)}</link><pubDate>{when}</pubDate>"
        f"<description>&lt;p&gt;Синтетика&lt;/p&gt;</description></item>"
        for link, title, when in entries
    )
    feed = (
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>{items}</channel></rss>'
    )
    site.set_page(path, feed.encode(), "application/rss+xml; charset=utf-8")
    for link, title, _ in entries:
        page = f"<html><body><article><h1>{title}</h1><p>Синтетический текст.</p></article></body></html>"
        site.set_page(link, page.encode())
    return ["/news/a1", "/news/a3"]


def sitemaps(site: LocalSite) -> list[str]:
    """A sitemap index with two child sitemaps (one old); returns the wanted paths."""
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    index = (
        f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex {ns}>'
        f"<sitemap><loc>{site.url('/sitemap-2026.xml')}</loc><lastmod>2026-08-18</lastmod></sitemap>"
        f"<sitemap><loc>{site.url('/sitemap-2019.xml')}</loc><lastmod>2019-12-31</lastmod></sitemap>"
        "</sitemapindex>"
    )
    recent = (
        f'<?xml version="1.0" encoding="UTF-8"?><urlset {ns}>'
        f"<url><loc>{site.url('/ru/izbran-novyy-akim-sinteticheskogo-okruga-ab12cd')}</loc>"
        "<lastmod>2026-08-18</lastmod></url>"
        f"<url><loc>{site.url('/ru/pogoda-na-vyhodnye-cd34ef')}</loc><lastmod>2026-08-17</lastmod></url>"
        "</urlset>"
    )
    old = (
        f'<?xml version="1.0" encoding="UTF-8"?><urlset {ns}>'
        f"<url><loc>{site.url('/ru/itogi-vyborov-akima-2019-ef56ab')}</loc><lastmod>2019-06-01</lastmod></url>"
        "</urlset>"
    )
    site.set_page("/sitemap.xml", index.encode(), "application/xml")
    site.set_page("/sitemap-2026.xml", recent.encode(), "application/xml")
    site.set_page("/sitemap-2019.xml", old.encode(), "application/xml")
    for path in ("/ru/izbran-novyy-akim-sinteticheskogo-okruga-ab12cd", "/ru/pogoda-na-vyhodnye-cd34ef",
                 "/ru/itogi-vyborov-akima-2019-ef56ab"):  # fmt: skip
        site.set_page(path, b"<html><body><article><p>Synthetic text.</p></article></body></html>")
    return ["/ru/izbran-novyy-akim-sinteticheskogo-okruga-ab12cd"]
