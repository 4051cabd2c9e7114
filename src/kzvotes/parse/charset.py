"""Bytes to str: declared charset first, then ``<meta>``, then detection."""

from __future__ import annotations

import codecs
import re

from kzvotes.errors import ExtractError

_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _known(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip()).name
    except LookupError:
        return None


def header_charset(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header, if it names a known codec.

    >>> header_charset("text/html; charset=windows-1251")
    'cp1251'
    """
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return _known(match.group(1)) if match else None


def meta_charset(data: bytes) -> str | None:
    """The charset declared by ``<meta charset>`` or ``http-equiv`` in the first 4 KB."""
    match = _META_CHARSET.search(data[:4096])
    return _known(match.group(1).decode("ascii", "replace")) if match else None


def detect_charset(data: bytes) -> str:
    """Guess among UTF-8 and the Cyrillic single-byte codecs used by Kazakh sites.

    UTF-8 wins when the bytes are valid UTF-8; otherwise the codec whose decoding holds
    the most Cyrillic letters and the fewest control characters.
    """
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best, best_score = "cp1251", -1.0
    for name in ("cp1251", "koi8_r", "iso8859_5", "cp866"):
        text = data.decode(name, errors="replace")
        letters = len(_CYRILLIC.findall(text))
        lower = sum(1 for c in text if "а" <= c <= "я")
        score = letters + lower - 10 * text.count("\ufffd")
        if score > best_score:
            best, best_score = name, score
    return best


def decode(
    data: bytes, *, content_type: str | None = None, charset: str | None = None
) -> tuple[str, str]:
    """Decode ``data``; returns the text and the codec used."""
    name = _known(charset) or header_charset(content_type) or meta_charset(data)
    if name is None:
        name = detect_charset(data)
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        fallback = detect_charset(data)
        try:
            text, name = data.decode(fallback), fallback
        except UnicodeDecodeError as err:
            raise ExtractError(f"cannot decode document as {name} or {fallback}: {err}") from err
    control = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f")
    if text and control > max(3, len(text) // 20):
        raise ExtractError(f"not a text document ({control} control characters as {name})")
    return text, name
