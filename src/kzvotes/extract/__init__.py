"""Facts from commission messages in Russian, Kazakh (Cyrillic and Latin) and English.

``extract_document(document_text(data), sha256=...)`` returns an
:class:`ExtractedDocument`: its language, its kind (results, voting_day, announcement,
other) and, for results, its contests with every figure as a :class:`Fact` (value, span,
sha256). Modules: numbers, language, classify, dates, names, places, parties, the cue
tables ru / kk / kk_latn / en, and core (segmentation and labelling).
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
