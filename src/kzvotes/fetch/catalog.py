"""The catalog of sources: documents to fetch, listings and feeds to read, gov.kz entities to
ask through the portal's API.

The catalog is data (``data/sources.toml`` in the package, reviewed like code); this module
reads and checks it. A file given by the user replaces the built-in catalog entirely.

Example::

    >>> from kzvotes.fetch.catalog import load_catalog
    >>> catalog = load_catalog()
    >>> catalog.documents[0].url.startswith("https://")
    True
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from kzvotes.config import package_data_dir
from kzvotes.errors import ConfigError

PUBLISHER_KINDS = frozenset({"cec", "territorial_commission", "news", "wikipedia"})
LANGUAGES = frozenset({"ru", "kk", "kk-Latn", "en"})
GOVKZ_LANGUAGES = ("ru", "kk", "en")  # what the portal's API answers in (Accept-Language)
GOVKZ_DEFAULT_BASE = "https://www.gov.kz"


def load_election_words(path: Path | None = None) -> tuple[tuple[str, ...], ...]:
    """The keyword groups of ``data/election_words.toml``: one tuple of stems per group,
    every language's stems together (an item must hold a stem of every group)."""
    path = path or package_data_dir() / "election_words.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise ConfigError(f"cannot read {path}: {err}") from None
    groups: list[tuple[str, ...]] = []
    for number, group in enumerate(data.get("group", []), start=1):
        stems = [
            stem
            for key, value in group.items()
            if key != "name" and isinstance(value, list)
            for stem in value
        ]
        if not stems or not all(isinstance(s, str) and s.strip() for s in stems):
            raise ConfigError(f"{path}: group #{number} needs non-empty lists of stems")
        groups.append(tuple(dict.fromkeys(stems)))
    if not groups:
        raise ConfigError(f"{path}: no [[group]] of keywords")
    return tuple(groups)


# A title is kept when it matches at least one stem of every group (case-insensitive):
# it must speak of akims, of an election, and of its outcome.
DEFAULT_TITLE_KEYWORDS: tuple[tuple[str, ...], ...] = load_election_words()


def matches_keywords(text: str, groups: tuple[tuple[str, ...], ...]) -> bool:
    """True when ``text`` holds a stem of every group (case-insensitive).

    >>> matches_keywords("Итоги выборов акима", DEFAULT_TITLE_KEYWORDS)
    True
    """
    lowered = text.casefold()
    return all(any(k.casefold() in lowered for k in group) for group in groups)


_COMMON_KEYS = frozenset({"publisher", "publisher_kind", "language", "allow_private", "base_url"})
_DOCUMENT_KEYS = _COMMON_KEYS | {"url"}
_LISTING_KEYS = _DOCUMENT_KEYS | {
    "detail_pattern", "next_pattern", "page_param", "title_keywords", "max_pages",
}  # fmt: skip
_FEED_KEYS = _DOCUMENT_KEYS | {"title_keywords", "max_pages"}
_GOVKZ_KEYS = _COMMON_KEYS | {
    "projects", "registry", "region", "languages", "page_size", "max_pages", "first_page",
}  # fmt: skip


@dataclass(frozen=True)
class SourceMeta:
    """What the catalog says about who published a URL (each field None when unknown)."""

    publisher: str | None = None
    publisher_kind: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class DocumentEntry:
    """A document to fetch: its URL and what is known of its publisher."""

    url: str
    meta: SourceMeta = field(default_factory=SourceMeta)
    allow_private: bool = False


@dataclass(frozen=True)
class ListingEntry:
    """A paginated list page to crawl for detail pages about akim election results.

    ``detail_pattern`` and ``next_pattern`` are regular expressions searched in absolute link
    URLs; the first group of ``next_pattern``, when it has one, is the page number. A list
    whose pages have no "next" link (pages loaded by a script) names its page parameter
    instead: ``page_param = "page"`` reads ``?page=2``, ``?page=3``... while pages bring links.
    """

    url: str
    detail_pattern: str
    next_pattern: str | None = None
    title_keywords: tuple[tuple[str, ...], ...] = DEFAULT_TITLE_KEYWORDS
    max_pages: int = 50
    meta: SourceMeta = field(default_factory=SourceMeta)
    allow_private: bool = False
    page_param: str | None = None

    def title_matches(self, title: str) -> bool:
        """True when ``title`` contains a stem of every keyword group."""
        return matches_keywords(title, self.title_keywords)


@dataclass(frozen=True)
class FeedEntry:
    """An RSS or Atom feed, a sitemap or a sitemap index to read for new documents.

    An entry is kept when its title and summary (or, in a sitemap, its URL's words) hold a
    stem of every keyword group; ``max_pages`` bounds the child sitemaps read.
    """

    url: str
    title_keywords: tuple[tuple[str, ...], ...] = DEFAULT_TITLE_KEYWORDS
    max_pages: int = 50
    meta: SourceMeta = field(default_factory=SourceMeta)
    allow_private: bool = False

    def title_matches(self, title: str) -> bool:
        return matches_keywords(title, self.title_keywords)


@dataclass(frozen=True)
class GovkzProject:
    """One gov.kz entity (project slug) and what kind of publisher it is."""

    slug: str
    publisher_kind: str | None = None


@dataclass(frozen=True)
class GovkzEntry:
    """The gov.kz public content API, read for a set of entities in a set of languages.

    ``projects`` are resolved at load time from explicit slugs or a registry selection.
    """

    projects: tuple[GovkzProject, ...]
    base_url: str = GOVKZ_DEFAULT_BASE
    languages: tuple[str, ...] = ("ru", "kk")
    page_size: int = 20
    max_pages: int = 500
    first_page: int = 1
    meta: SourceMeta = field(default_factory=SourceMeta)
    allow_private: bool = False

    @property
    def url(self) -> str:
        """The API's address (what ``--only`` and error messages name)."""
        return self.base_url.rstrip("/") + "/api/v1/public/content-manager/news"


@dataclass(frozen=True)
class Catalog:
    """Documents to fetch, listings and feeds to read, gov.kz entities to ask, in order."""

    documents: tuple[DocumentEntry, ...] = ()
    listings: tuple[ListingEntry, ...] = ()
    feeds: tuple[FeedEntry, ...] = ()
    govkz: tuple[GovkzEntry, ...] = ()

    def hosts(self) -> frozenset[str]:
        """Every host the catalog names: nothing is fetched from any other."""
        urls = [
            *(d.url for d in self.documents),
            *(x.url for x in self.listings),
            *(f.url for f in self.feeds),
            *(g.base_url for g in self.govkz),
        ]
        return frozenset(host_key(u) for u in urls)

    def private_hosts(self) -> frozenset[str]:
        """Hosts of entries with ``allow_private = true`` (test sites, local mirrors)."""
        entries: list[Any] = [*self.documents, *self.listings, *self.feeds]
        urls = [e.url for e in entries if e.allow_private]
        urls += [g.base_url for g in self.govkz if g.allow_private]
        return frozenset(host_key(u) for u in urls)


def host_key(url: str) -> str:
    """A URL's host as compared against the catalog (lowercase, without ``www.``).

    >>> host_key("https://WWW.gov.kz/x")
    'gov.kz'
    """
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return host.removeprefix("www.")


def default_catalog_path() -> Path:
    """The catalog shipped in the package."""
    return package_data_dir() / "sources.toml"


def load_catalog(path: Path | None = None) -> Catalog:
    """Read and check a catalog file (the built-in one when ``path`` is None).

    Raises :class:`~kzvotes.errors.ConfigError` naming the file and entry at fault.
    """
    path = path or default_catalog_path()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise ConfigError(f"cannot read catalog {path}: {err.strerror or err}") from None
    return parse_catalog(text, origin=str(path))


def parse_catalog(text: str, origin: str = "<catalog>") -> Catalog:
    """Parse catalog TOML text; ``origin`` names it in error messages."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{origin}: not valid TOML: {err}") from None
    unknown = set(data) - {"document", "listing", "feed", "govkz"}
    if unknown:
        raise ConfigError(f"{origin}: unknown table(s) {sorted(unknown)}")
    documents = tuple(
        _parse_document(raw, f"{origin} [[document]] #{i + 1}")
        for i, raw in enumerate(_tables(data, "document", origin))
    )
    listings = tuple(
        _parse_listing(raw, f"{origin} [[listing]] #{i + 1}")
        for i, raw in enumerate(_tables(data, "listing", origin))
    )
    feeds = tuple(
        _parse_feed(raw, f"{origin} [[feed]] #{i + 1}")
        for i, raw in enumerate(_tables(data, "feed", origin))
    )
    govkz = tuple(
        _parse_govkz(raw, f"{origin} [[govkz]] #{i + 1}")
        for i, raw in enumerate(_tables(data, "govkz", origin))
    )
    for kind, urls in (
        ("document", [d.url for d in documents]),
        ("listing", [x.url for x in listings]),
        ("feed", [f.url for f in feeds]),
    ):
        seen: set[str] = set()
        for url in urls:
            if url in seen:
                raise ConfigError(f"{origin}: {kind} {url} is listed twice")
            seen.add(url)
    return Catalog(documents=documents, listings=listings, feeds=feeds, govkz=govkz)


def _tables(data: dict[str, Any], key: str, origin: str) -> list[dict[str, Any]]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ConfigError(f"{origin}: '{key}' must be an array of tables ([[{key}]])")
    return value


def _parse_meta(raw: dict[str, Any], where: str) -> SourceMeta:
    kind = _optional_str(raw, "publisher_kind", where)
    if kind is not None and kind not in PUBLISHER_KINDS:
        known = sorted(PUBLISHER_KINDS)
        raise ConfigError(f"{where}: publisher_kind {kind!r} is not one of {known}")
    language = _optional_str(raw, "language", where)
    if language is not None and language not in LANGUAGES:
        raise ConfigError(f"{where}: language {language!r} is not one of {sorted(LANGUAGES)}")
    return SourceMeta(_optional_str(raw, "publisher", where), kind, language)


def _parse_document(raw: dict[str, Any], where: str) -> DocumentEntry:
    _check_keys(raw, _DOCUMENT_KEYS, where)
    return DocumentEntry(
        url=_url(raw, where),
        meta=_parse_meta(raw, where),
        allow_private=_allow_private(raw, where),
    )


def _parse_feed(raw: dict[str, Any], where: str) -> FeedEntry:
    _check_keys(raw, _FEED_KEYS, where)
    return FeedEntry(
        url=_url(raw, where),
        title_keywords=_keywords(raw, where),
        max_pages=_positive(raw, "max_pages", 50, where),
        meta=_parse_meta(raw, where),
        allow_private=_allow_private(raw, where),
    )


def _parse_govkz(raw: dict[str, Any], where: str) -> GovkzEntry:
    _check_keys(raw, _GOVKZ_KEYS, where)
    base = _optional_str(raw, "base_url", where) or GOVKZ_DEFAULT_BASE
    _check_http(base, where)
    languages = raw.get("languages", ["ru", "kk"])
    if (
        not isinstance(languages, list)
        or not languages
        or any(lang not in GOVKZ_LANGUAGES for lang in languages)
    ):
        raise ConfigError(f"{where}: languages must be a non-empty list of {GOVKZ_LANGUAGES}")
    return GovkzEntry(
        projects=_govkz_projects(raw, where),
        base_url=base.rstrip("/"),
        languages=tuple(languages),
        page_size=_positive(raw, "page_size", 20, where),
        max_pages=_positive(raw, "max_pages", 500, where),
        first_page=_non_negative(raw, "first_page", 1, where),
        meta=_parse_meta(raw, where),
        allow_private=_allow_private(raw, where),
    )


def _govkz_projects(raw: dict[str, Any], where: str) -> tuple[GovkzProject, ...]:
    """Explicit ``projects`` slugs, or a ``registry`` / ``region`` selection of the registry."""
    from kzvotes.fetch.publishers import load_publishers, select_publishers

    chosen = [key for key in ("projects", "registry", "region") if key in raw]
    if len(chosen) != 1:
        raise ConfigError(f"{where}: give exactly one of projects, registry or region")
    registry = load_publishers()
    kinds = {p.slug: p.publisher_kind for p in registry if p.slug}
    if "projects" in raw:
        slugs = raw["projects"]
        if not isinstance(slugs, list) or not slugs or not all(_is_slug(s) for s in slugs):
            raise ConfigError(f"{where}: projects must be a non-empty list of gov.kz slugs")
        return tuple(GovkzProject(s, kinds.get(s)) for s in dict.fromkeys(slugs))
    try:
        selected = select_publishers(
            registry, everything=raw.get("registry"), region=raw.get("region")
        )
    except ValueError as err:
        raise ConfigError(f"{where}: {err}") from None
    if not selected:
        raise ConfigError(f"{where}: the registry has no known gov.kz slug for that selection")
    return tuple(GovkzProject(p.slug, p.publisher_kind) for p in selected)


def _is_slug(value: object) -> bool:
    return isinstance(value, str) and re.fullmatch(r"[a-z0-9][a-z0-9_-]*", value) is not None


def _allow_private(raw: dict[str, Any], where: str) -> bool:
    value = raw.get("allow_private", False)
    if not isinstance(value, bool):
        raise ConfigError(f"{where}: allow_private must be true or false")
    return value


def _positive(raw: dict[str, Any], key: str, default: int, where: str) -> int:
    value = raw.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ConfigError(f"{where}: {key} must be a positive integer")
    return value


def _non_negative(raw: dict[str, Any], key: str, default: int, where: str) -> int:
    value = raw.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ConfigError(f"{where}: {key} must be 0 or a positive integer")
    return value


def _keywords(raw: dict[str, Any], where: str) -> tuple[tuple[str, ...], ...]:
    keywords = raw.get("title_keywords", DEFAULT_TITLE_KEYWORDS)
    if not (
        isinstance(keywords, list | tuple)
        and keywords
        and all(_is_keyword_group(g) for g in keywords)
    ):
        raise ConfigError(f"{where}: title_keywords must be a non-empty list of lists of strings")
    return tuple(tuple(g) for g in keywords)


def _parse_listing(raw: dict[str, Any], where: str) -> ListingEntry:
    _check_keys(raw, _LISTING_KEYS, where)
    detail = _optional_str(raw, "detail_pattern", where)
    if detail is None:
        raise ConfigError(f"{where}: a listing needs a detail_pattern")
    next_pattern = _optional_str(raw, "next_pattern", where)
    for pattern in (detail, next_pattern):
        if pattern is not None:
            try:
                re.compile(pattern)
            except re.error as err:
                raise ConfigError(f"{where}: bad regular expression {pattern!r}: {err}") from None
    return ListingEntry(
        url=_url(raw, where),
        detail_pattern=detail,
        next_pattern=next_pattern,
        title_keywords=_keywords(raw, where),
        max_pages=_positive(raw, "max_pages", 50, where),
        meta=_parse_meta(raw, where),
        allow_private=_allow_private(raw, where),
        page_param=_optional_str(raw, "page_param", where),
    )


def _is_keyword_group(group: object) -> bool:
    return (
        isinstance(group, list | tuple)
        and bool(group)
        and all(isinstance(k, str) and k.strip() for k in group)
    )


def _check_keys(raw: dict[str, Any], allowed: frozenset[str], where: str) -> None:
    unknown = set(raw) - allowed
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {sorted(unknown)}")


def _optional_str(raw: dict[str, Any], key: str, where: str) -> str | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: {key} must be a non-empty string")
    return value


def _url(raw: dict[str, Any], where: str) -> str:
    """The entry's ``url``; with a ``base_url`` (a test site, a mirror) the URL's path and
    query are taken against that base instead of the publisher's host."""
    url = _optional_str(raw, "url", where)
    if url is None:
        raise ConfigError(f"{where}: url is missing")
    base = _optional_str(raw, "base_url", where)
    if base is not None:
        _check_http(base, where)
        parts = urlsplit(url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        url = base.rstrip("/") + "/" + path.lstrip("/")
    _check_http(url, where)
    return url


def _check_http(url: str, where: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{where}: {url!r} is not an http(s) URL")
