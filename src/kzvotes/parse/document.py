"""The one shape every format is read into: text with its paragraphs as character spans.

Submodules of :mod:`kzvotes.parse` import it from here, not from the package, so the
package's face (:func:`kzvotes.parse.document_text`) and its readers import in one direction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DocumentText:
    """The text of one document, with paragraph spans into ``text``.

    ``paragraphs`` are ``(start, end)`` character offsets; paragraphs are joined by a
    blank line in ``text``, so an extractor may treat ``\\n\\n`` as a hard boundary.
    """

    text: str
    paragraphs: tuple[tuple[int, int], ...]
    title: str | None
    published_date: date | None
    charset: str


def join_paragraphs(
    parts: list[str], *, title: str | None, published_date: date | None, charset: str
) -> DocumentText:
    """Build a :class:`DocumentText` from cleaned paragraph strings."""
    spans: list[tuple[int, int]] = []
    pieces: list[str] = []
    offset = 0
    for part in parts:
        if not part:
            continue
        if pieces:
            pieces.append("\n\n")
            offset += 2
        spans.append((offset, offset + len(part)))
        pieces.append(part)
        offset += len(part)
    return DocumentText("".join(pieces), tuple(spans), title, published_date, charset)


def text_document(text: str, *, charset: str = "utf-8") -> DocumentText:
    """A plain-text document: paragraphs are separated by blank lines (or single lines)."""
    from kzvotes.parse.text import split_paragraphs

    return join_paragraphs(split_paragraphs(text), title=None, published_date=None, charset=charset)
