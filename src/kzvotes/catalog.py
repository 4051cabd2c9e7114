"""The catalog of sources: which documents to fetch and which listing pages to crawl.

The catalog is data (``data/sources.toml`` in the package, reviewed like code); this module
reads and checks it. A file given by the user replaces the built-in catalog entirely.

Example::

    >>> from kzvotes.catalog import load_catalog
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

# A title is kept when it matches at least one stem of every group (case-insensitive):
# it must speak of akims, of an election, and of its outcome.
DEFAULT_TITLE_KEYWORDS: tuple[tuple[str, ...], ...] = (
    ("аким", "әкім", "akim", "ákim", "mayor"),
    ("выбор", "избра", "сайлау", "сайлан", "saılaý", "saılan", "election", "elect"),
    (
        "итог",
        "результат",
        "избран",
        "қорытынды",
        "нәтиже",
        "сайланды",
        "saılandy",
        "qorytyndy",
        "result",
        "elected",
        "outcome",
    ),
)

_DOCUMENT_KEYS = frozenset({"url", "publisher", "publisher_kind", "language"})
_LISTING_KEYS = _DOCUMENT_KEYS | {"detail_pattern", "next_pattern", "title_keywords", "max_pages"}


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


@dataclass(frozen=True)
class ListingEntry:
    """A paginated list page to crawl for detail pages about akim election results.

    ``detail_pattern`` and ``next_pattern`` are regular expressions searched in absolute link
    URLs; the first group of ``next_pattern``, when it has one, is the page number.
    """

    url: str
    detail_pattern: str
    next_pattern: str | None = None
    title_keywords: tuple[tuple[str, ...], ...] = DEFAULT_TITLE_KEYWORDS
    max_pages: int = 50
    meta: SourceMeta = field(default_factory=SourceMeta)

    def title_matches(self, title: str) -> bool:
        """True when ``title`` contains a stem of every keyword group."""
        lowered = title.casefold()
        return all(any(k.casefold() in lowered for k in group) for group in self.title_keywords)


@dataclass(frozen=True)
class Catalog:
    """Documents to fetch and listings to crawl, in catalog order."""

    documents: tuple[DocumentEntry, ...] = ()
    listings: tuple[ListingEntry, ...] = ()


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
    unknown = set(data) - {"document", "listing"}
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
    for kind, urls in (
        ("document", [d.url for d in documents]),
        ("listing", [x.url for x in listings]),
    ):
        seen: set[str] = set()
        for url in urls:
            if url in seen:
                raise ConfigError(f"{origin}: {kind} {url} is listed twice")
            seen.add(url)
    return Catalog(documents=documents, listings=listings)


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
    return DocumentEntry(url=_url(raw, where), meta=_parse_meta(raw, where))


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
    keywords = raw.get("title_keywords", DEFAULT_TITLE_KEYWORDS)
    if not (
        isinstance(keywords, list | tuple)
        and keywords
        and all(_is_keyword_group(g) for g in keywords)
    ):
        raise ConfigError(f"{where}: title_keywords must be a non-empty list of lists of strings")
    max_pages = raw.get("max_pages", 50)
    if not isinstance(max_pages, int) or isinstance(max_pages, bool) or max_pages < 1:
        raise ConfigError(f"{where}: max_pages must be a positive integer")
    return ListingEntry(
        url=_url(raw, where),
        detail_pattern=detail,
        next_pattern=next_pattern,
        title_keywords=tuple(tuple(g) for g in keywords),
        max_pages=max_pages,
        meta=_parse_meta(raw, where),
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
    url = _optional_str(raw, "url", where)
    if url is None:
        raise ConfigError(f"{where}: url is missing")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{where}: {url!r} is not an http(s) URL")
    return url
