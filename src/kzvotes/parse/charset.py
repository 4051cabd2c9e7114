"""Which character encoding a document's bytes are in, and the bytes as text.

One reading for the whole project: the fetcher records :func:`document_charset` in the
archive's manifest, and the parser decodes with :func:`decode`. A declared charset (the
``Content-Type`` header, then an HTML ``<meta charset>`` or its ``http-equiv`` form) wins
when it can decode the bytes; else a byte-order mark, valid UTF-8, or the Cyrillic
single-byte codec whose reading holds the most Cyrillic letters (:func:`detect_charset`,
deterministic and without a detector library). Names are the web's labels
(``windows-1251``, not Python's ``cp1251``), as HTTP headers and ``<meta>`` tags write them.

>>> document_charset("text/html", b'<meta charset="windows-1251"><p>\\xc2\\xfb\\xe1\\xee')
'windows-1251'
>>> decode(b"\\xc8\\xf2\\xee\\xe3\\xe8", content_type="text/plain; charset=cp1251")
('Итоги', 'windows-1251')
"""

from __future__ import annotations

import codecs
import re

from kzvotes.errors import ExtractError

_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SNIFF_BYTES = 8192  # the HTML standard's prescan looks at the first 1024; be generous
# The single-byte codecs of Cyrillic pages, the most common first (it wins a tie).
_CYRILLIC_CODECS = ("windows-1251", "koi8-r", "iso8859-5", "cp866")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def charset_name(name: str | None) -> str | None:
    """The web's label of a codec Python knows, or None.

    >>> charset_name("CP1251"), charset_name("UTF8"), charset_name("nonsense")
    ('windows-1251', 'utf-8', None)
    """
    if not name:
        return None
    try:
        return codecs.lookup(name.strip()).name.replace("cp125", "windows-125")
    except LookupError:
        return None


def header_charset(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type header, if it names a known codec.

    >>> header_charset("text/html; charset=windows-1251")
    'windows-1251'
    """
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return charset_name(match.group(1)) if match else None


def meta_charset(head: bytes) -> str | None:
    """The charset declared by a ``<meta>`` tag in the first bytes of an HTML document."""
    from selectolax.lexbor import LexborHTMLParser

    text = head[:_SNIFF_BYTES].decode("latin-1")  # ASCII-compatible: tags read the same
    for meta in LexborHTMLParser(text).css("meta"):
        attrs = {k.lower(): (v or "") for k, v in meta.attributes.items()}
        if attrs.get("charset"):
            found = charset_name(attrs["charset"])
        elif attrs.get("http-equiv", "").lower() == "content-type":
            found = header_charset(attrs.get("content"))
        else:
            continue
        if found:
            return found
    return None


def detect_charset(data: bytes) -> str:
    """The encoding of undeclared bytes: UTF-8 (with or without its mark), else Cyrillic.

    Among the Cyrillic single-byte codecs, the one whose reading holds the most Cyrillic
    (and lower-case) letters and the fewest undecodable bytes.
    """
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best, best_score = _CYRILLIC_CODECS[0], -1.0
    for name in _CYRILLIC_CODECS:
        text = data.decode(name, errors="replace")
        letters = len(_CYRILLIC.findall(text))
        lower = sum(1 for c in text if "а" <= c <= "я")
        score = letters + lower - 10 * text.count("\ufffd")
        if score > best_score:
            best, best_score = name, score
    return best


def document_charset(content_type: str | None, head: bytes) -> str | None:
    """The encoding of a text document whose first bytes are ``head`` (None for binaries).

    A declared charset that cannot decode the bytes is passed over for the next clue.
    """
    declared = header_charset(content_type)
    if declared and _decodes(head, declared):
        return declared
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime and not (mime.startswith("text/") or "html" in mime or "xml" in mime or "json" in mime):
        return None
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    meta = meta_charset(head)
    if meta and _decodes(head, meta):
        return meta
    if _decodes(head, "utf-8"):
        return "utf-8"
    return detect_charset(head)


def decode(
    data: bytes, *, content_type: str | None = None, charset: str | None = None
) -> tuple[str, str]:
    """Decode ``data``; returns the text and the codec used.

    Raises :class:`~kzvotes.errors.ExtractError` when no codec reads the bytes, or when
    they read as many control characters (not a text document).
    """
    name = charset_name(charset) or header_charset(content_type) or meta_charset(data)
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


def _decodes(head: bytes, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        decoder.decode(head, final=False)  # the head may end inside a character
    except (UnicodeDecodeError, LookupError):
        return False
    return True
