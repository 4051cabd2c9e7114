"""Facts from commission messages in Russian, Kazakh (Cyrillic and Latin) and English.

``extract_document(document_text(data), sha256=...)`` returns an
:class:`ExtractedDocument`: its language, its kind (results, voting_day, announcement,
other) and, for results, its contests with every figure as a :class:`Fact` (value, span,
sha256) whose span is ``text[start:end]`` of the document's text and whose ``rule`` names
the rule that read it.

The extractor is a run of passes (``document``): the kind of message (``classify``),
sentences and clauses (``segment``), numbers with their labels (``figures``), people and
their roles (``people``), numbers attached to people and places (``attach``), contests by
place (``contests``, ``assemble``) and nominators and winners (``winners``), over one
``reading`` state. The words of each language live in its table (``ru``, ``kk``,
``kk_latn``, ``en``: ``CUES`` and ``WORDS``); ``wording`` composes the passes' patterns
from them. Helpers: numbers, language, dates, names, places, parties, spans.
"""

from __future__ import annotations

from kzvotes.extract.document import extract_document
from kzvotes.extract.model import (
    ExtractedCandidate,
    ExtractedContest,
    ExtractedDocument,
    Fact,
)

__all__ = [
    "ExtractedCandidate",
    "ExtractedContest",
    "ExtractedDocument",
    "Fact",
    "extract_document",
]
