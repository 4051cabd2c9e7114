"""Which character encoding a document's bytes are in.

The ``Content-Type`` header wins; without it an HTML ``<meta charset>`` (or its
``http-equiv`` form) is read from the bytes; else the bytes are tried as UTF-8; else a
detector guesses. The bytes themselves are always stored as received.

Example::

    >>> detect_charset("text/html", b'<meta charset="windows-1251"><p>\\xc2\\xfb\\xe1\\xee')
    'windows-1251'
"""

from __future__ import annotations

import codecs
import re

_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SNIFF_BYTES = 8192  # the HTML standard's prescan looks at the first 1024; be generous


def charset_from_content_type(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type header, if it names a known codec."""
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return _known(match.group(1)) if match else None


def charset_from_meta(head: bytes) -> str | None:
    """The charset declared by a ``<meta>`` tag in the first bytes of an HTML document."""
    from selectolax.lexbor import LexborHTMLParser

    text = head[:_SNIFF_BYTES].decode("latin-1")  # ASCII-compatible: tags read the same
    tree = LexborHTMLParser(text)
    for meta in tree.css("meta"):
        attrs = {k.lower(): (v or "") for k, v in meta.attributes.items()}
        if attrs.get("charset"):
            found = _known(attrs["charset"])
        elif attrs.get("http-equiv", "").lower() == "content-type":
            found = charset_from_content_type(attrs.get("content"))
        else:
            continue
        if found:
            return found
    return None


def detect_charset(content_type: str | None, head: bytes) -> str | None:
    """The encoding of a text document whose first bytes are ``head`` (None for binaries).

    A declared charset that cannot decode the bytes is passed over for the next clue.
    """
    declared = charset_from_content_type(content_type)
    if declared and _decodes(head, declared):
        return declared
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime and not (mime.startswith("text/") or "html" in mime or "xml" in mime or "json" in mime):
        return None
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    meta = charset_from_meta(head)
    if meta and _decodes(head, meta):
        return meta
    if _decodes(head, "utf-8"):
        return "utf-8"
    return _guess(head)


def _known(name: str) -> str | None:
    try:
        return codecs.lookup(name.strip()).name.replace("cp125", "windows-125")
    except LookupError:
        return None


def _decodes(head: bytes, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        decoder.decode(head, final=False)  # the head may end inside a character
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _guess(head: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - an optional helper
        return None
    best = from_bytes(head).best()
    return _known(best.encoding) if best is not None else None
