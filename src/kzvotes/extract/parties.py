"""Nominators: party names and self-nomination phrases in every language.

>>> find_nominator("самовыдвиженец Мирамбек Гильманов")
('self', None)
>>> find_nominator("кандидат от партии AMANAT")
('party', 'amanat')
>>> find_nominator("«Аманат» партиясы ұсынған")
('party', 'amanat')
>>> find_nominator("an independent candidate")
('self', None)
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from kzvotes.reference import load_parties

_SELF = re.compile(
    r"самовыдвиж\w*|в\s+порядке\s+самовыдвижения|выдвинул\w*\s+(?:свою\s+кандидатуру\s+)?сам"
    r"|өзін-?\s?өзі\s+ұсын\w*|өз\s+бетінше|ózin-?\s?ózi\s+usyn\w*|óz\s+betinshe"
    r"|\bindependent\b|self-nominat\w*|self-nominee|nominated\s+(?:him|her)self",
    re.IGNORECASE,
)


@cache
def _party_patterns() -> list[tuple[re.Pattern[str], str]]:
    out: list[tuple[re.Pattern[str], str]] = []
    for party in load_parties().values():
        names = {party.name_ru, party.name_kk, party.name_en, *party.aliases}
        for name in sorted(names, key=len, reverse=True):
            core = re.sub(r"[«»\"]", "", name).strip()
            if len(core) < 3:
                continue
            words = [re.escape(w) for w in core.split()]
            body = r"[«\"“]?\s*" + r"\s+".join(words) + r"\w{0,4}\s*[»\"”]?"
            out.append((re.compile(r"(?<!\w)" + body, re.IGNORECASE), party.party_id))
    return out


def find_party(text: str, *, on: date | None = None) -> str | None:
    """The ``party_id`` of the first party named in ``text``; Nur Otan after its rename
    resolves to its successor only when the text names AMANAT."""
    best: tuple[int, str] | None = None
    for pattern, party_id in _party_patterns():
        match = pattern.search(text)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), party_id)
    return best[1] if best else None


def find_nominator(text: str, *, on: date | None = None) -> tuple[str | None, str | None]:
    """``('self', None)``, ``('party', party_id)`` or ``(None, None)`` for a phrase.

    Self-nomination wins over a party named as membership ("член партии AMANAT,
    самовыдвиженец").
    """
    if _SELF.search(text):
        return "self", None
    party_id = find_party(text, on=on)
    if party_id:
        return "party", party_id
    return None, None


def party_spans(text: str) -> list[tuple[int, int]]:
    """Spans of every party name, so that names of parties are not read as people."""
    spans: list[tuple[int, int]] = []
    for pattern, _ in _party_patterns():
        spans.extend(m.span() for m in pattern.finditer(text))
    return spans
