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

from kzvotes.extract.wording import COMMON_WORD_PARTY_NAMES, words
from kzvotes.reference import load_parties
from kzvotes.translit import kk_cyrillic_to_latin

# a self-nominated candidate, in every language
_SELF = re.compile(words("self_nomination"), re.IGNORECASE)


# the Kazakh genitive of a party name ("партиясының", "partıasynyń"): of the party, owning
# the noun after it (a job, a membership), never the nomination ("партиясынан", "ұсынған")
_PARTY_WORD_KK = words("party_word_possessive")
_GENITIVE = re.compile(rf"{words('genitive')}$", re.IGNORECASE)
_GENITIVE_AFTER = re.compile(rf"\s*{_PARTY_WORD_KK}{words('genitive')}(?!\w)", re.IGNORECASE)
_NOMINEE = re.compile(rf"\s*{words('party_nominee')}", re.IGNORECASE)
_WEAK_ALIASES = COMMON_WORD_PARTY_NAMES
_PARTY_WORD = words("party_word")


def _word_pattern(word: str, *, inflect: bool) -> str:
    if inflect and re.fullmatch(r"[а-яё]+", word.lower()) and len(word) > 5:
        return re.escape(word[:-2]) + r"\w{0,6}(?!\w)"
    # the 2018 table writes и+я as "ıı"; Kazinform prints "partıasy"
    return re.escape(word).replace("ıı", "ıı?") + r"(?:[-\w]{0,6}?)(?![\w])"


@cache
def _party_patterns() -> list[tuple[re.Pattern[str], str]]:
    out: list[tuple[re.Pattern[str], str]] = []
    for party in load_parties().values():
        names = {party.name_ru, party.name_kk, party.name_en, *party.aliases}
        names |= {kk_cyrillic_to_latin(n) for n in (party.name_kk, *party.aliases)}
        for name in sorted(names, key=len, reverse=True):
            core = re.sub(r"[«»\"]", "", name).strip()
            if len(core) < 3:
                continue
            parts = core.split()
            words = [_word_pattern(w, inflect=len(parts) > 1) for w in parts]
            body = r"\s+".join(words)
            if core.lower() in _WEAK_ALIASES:
                # a common word (ауыл = village): only in quotes or next to "party"
                pattern = (
                    rf"[«\"“]\s*{body}\s*[»\"”]|{_PARTY_WORD}\s+{body}\b|"
                    rf"\b{body}\s+{_PARTY_WORD}"
                )
            else:
                pattern = r"[«\"“]?\s*" + body + r"\s*[»\"”]?"
            out.append((re.compile(r"(?<!\w)(?:" + pattern + ")", re.IGNORECASE), party.party_id))
    return out


def nominator_phrases(text: str) -> list[tuple[int, int, str, str | None]]:
    """Every nomination phrase in ``text``: (start, end, 'self' or 'party', party_id)."""
    out: list[tuple[int, int, str, str | None]] = [
        (m.start(), m.end(), "self", None) for m in _SELF.finditer(text)
    ]
    for pattern, party_id in _party_patterns():
        for m in pattern.finditer(text):
            after = _GENITIVE_AFTER.match(text, m.end())
            genitive = bool(after or _GENITIVE.search(m.group(0).rstrip(' »"”')))
            if genitive and not _NOMINEE.match(text, after.end() if after else m.end()):
                # "«Аманат» партиясының кеңесшісі": the party's adviser, not its nominee
                # ("партиясының үміткері", its candidate, is)
                continue
            if not any(a <= m.start() < b for a, b, _, _ in out):
                out.append((m.start(), m.end(), "party", party_id))
    return sorted(out)


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
