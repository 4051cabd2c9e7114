"""Pass 2: a document's text cut into sentences (each with its language's cues) and clauses.

Spans are offsets into ``DocumentText.text``, the text that ``kzvotes extract --json``
prints as ``text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kzvotes.extract import en, kk, kk_latn, ru
from kzvotes.extract.cues import LanguageCues
from kzvotes.extract.language import detect_language_or, document_language
from kzvotes.extract.wording import READ_ALSO
from kzvotes.parse import DocumentText

CUES: dict[str, LanguageCues] = {
    "ru": ru.CUES,
    "kk": kk.CUES,
    "kk-Latn": kk_latn.CUES,
    "en": en.CUES,
}
_ABBREVIATIONS = "|".join(
    table["abbreviation"] for table in (ru.WORDS, kk.WORDS, en.WORDS) if "abbreviation" in table
)
# an initial or an abbreviation ("г.", "Mr.") ends no sentence
_ABBREV_END = re.compile(rf"(?:\b[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.|\b(?:{_ABBREVIATIONS})\.)$")
# a list bullet ("• X — 428 • против всех — 416", "▪️ X – 99 ▪️ Barlyǵyna qarsy – 6") starts
# a clause: the lines of a list are flattened into one sentence
_BULLETS = "•▪◾◽▫●■►▶➤🔹🔸🔺✅✔➖"
# a full stop before a bullet ends its item's sentence ("Y: X. Против всех: 19. ► Z: ..."),
# so that an item's figures stay with its own place; a question answered by a figure
# ("Сколько голосовали против всех? 3,7 %") stays one sentence with it, the question
# being the figure's label
_SENT_BREAK = re.compile(
    rf"(?<=[.!])[\"»”]?\s+(?=[«\"“(A-ZА-ЯЁӘҒҚҢӨҰҮҺІÁÓÚÝǴŃ0-9{_BULLETS}])"
    rf"|(?<=\?)[\"»”]?\s+(?=[«\"“(A-ZА-ЯЁӘҒҚҢӨҰҮҺІÁÓÚÝǴŃ{_BULLETS}])|\n\n"
)
_CLAUSE = re.compile(rf"[;()\[\]{_BULLETS}]|,\s|\s[–—]\s(?=[^\d\s])|:\s")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    cues: LanguageCues


def sentences(doc: DocumentText) -> list[Sentence]:
    """The sentences of a document, each read with the cues of its paragraph's language."""
    out: list[Sentence] = []
    spans = doc.paragraphs or ((0, len(doc.text)),)
    whole = document_language([doc.text[a:b] for a, b in spans])
    for a, b in spans:
        para = doc.text[a:b]
        # a row of a table shows no language of its own: the document's
        lang = detect_language_or(para, whole)
        pieces: list[tuple[int, int]] = []
        start = 0
        for match in _SENT_BREAK.finditer(para):
            head = para[start : match.start()].rstrip('"»”')
            if _ABBREV_END.search(head):
                continue
            pieces.append((start, match.start()))
            start = match.end()
        pieces.append((start, len(para)))
        for s, e in pieces:
            if para[s:e].strip():
                out.append(Sentence(a + s, a + e, CUES[lang]))
    return out


def page_noise(doc: DocumentText) -> list[tuple[int, int]]:
    """The spans of the page's "read also" blocks: the paragraph that opens one and the
    headline-like paragraphs after it (short, no closing full stop)."""
    out: list[tuple[int, int]] = []
    inside = False
    for a, b in doc.paragraphs or ((0, len(doc.text)),):
        para = doc.text[a:b]
        if READ_ALSO.match(para):
            inside = True
        elif inside and (len(para) > 200 or para.rstrip().endswith((".", "!", "?", "»."))):
            inside = False
        if inside:
            out.append((a, b))
    return out


# "Мухамедияров Мереке ........ 8419": the dots that lead a table row's eye to its figure
_LEADER = re.compile(r"(?<=[^\W\d_]|[»\"”)])[^\S\n]*(?:\.{3,}|…{2,})[^\S\n]*(?=\d)")


def leaders_as_dashes(text: str) -> str:
    """``text`` with every dot leader between a label and its figure written as the dash of
    ``X – 8419``, every offset kept (the leader's dots would end a sentence before the
    figure).

    >>> leaders_as_dashes("Иванов Иван ...... 8419")
    'Иванов Иван      – 8419'
    """
    return _LEADER.sub(lambda m: " " * (len(m.group()) - 2) + "– ", text)


def without(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the spans blanked out, every offset kept."""
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def clause_bounds(text: str, start: int, end: int) -> list[int]:
    """The offsets where the clauses of ``text[start:end]`` begin, with ``start`` and ``end``."""
    return sorted({start, end, *(start + m.start() for m in _CLAUSE.finditer(text[start:end]))})
