"""Is this printed name the ledger's candidate? Matching across transliterations.

The same person is printed Кожанбаев, Kozhanbayev and Kozhanbaev; Абилхаирулы and
Abilkhairuly; Жанар and Жанара. Names are compared word by word on a folded ASCII key
(one spelling of the sounds that transliteration systems write differently), allowing one
edit in words of four letters or more, and an initial for a first name.

>>> same_word("kozhanbayev", "kojanbaev")
True
>>> match_candidate_key("Adilet Kozhanbaev", ["adlet-kozhanbayev", "a-k-bekzhasarov"])
'adlet-kozhanbayev'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from kzvotes.translit import slugify

# Spellings of one sound across the Russian, Kazakh-Latin and English systems.
_FOLDS = (
    ("zh", "j"),
    ("dzh", "j"),
    ("kh", "h"),
    ("yu", "iu"),
    ("ya", "ia"),
    ("y", "i"),
    ("w", "u"),
)
_DOUBLE = re.compile(r"(.)\1+")


# A build matches every printed name against its contest's few ledger keys, so the same
# words are folded again and again (an archive of 1,000 documents: 26,500 folds of a few
# hundred words); the fold and the slug are pure, so each is made once.
@cache
def word_key(word: str) -> str:
    """The folded key of one lower-case ASCII word of a name."""
    key = word[1:] if word.startswith("ye") else word  # Yermek / Ermek
    for spelled, folded in _FOLDS:
        key = key.replace(spelled, folded)
    return _DOUBLE.sub(r"\1", key)


_slug = cache(slugify)


def _within_one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = j = edits = 0
    while i < len(a) and j < len(b):
        if a[i] != b[j]:
            edits += 1
            if edits > 1:
                return False
            if len(a) == len(b):
                i += 1
            j += 1
            continue
        i += 1
        j += 1
    return edits + (len(b) - j) + (len(a) - i) <= 1


def same_word(a: str, b: str) -> bool:
    """Whether two words of names spell the same word (or one is the other's initial)."""
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    ka, kb = word_key(a), word_key(b)
    return ka == kb or (min(len(ka), len(kb)) >= 4 and _within_one_edit(ka, kb))


def _overlap(words: list[str], key: str) -> int:
    remaining = key.split("-")
    matched = 0
    for word in words:
        for other in remaining:
            if same_word(word, other):
                remaining.remove(other)
                matched += 1 if len(word) > 1 and len(other) > 1 else 0
                break
    return matched


def match_candidate_key(name: str, known_keys: Sequence[str]) -> str:
    """The known key naming the same person, else the name's own slug.

    Word order and a missing patronymic do not matter. Two words must agree, or the only
    word of a one-word name, and the best match must be unambiguous.
    """
    slug = _slug(name)
    words = [w for w in slug.split("-") if w]
    scored = sorted(((_overlap(words, key), key) for key in known_keys), reverse=True)
    needed = min(2, len([w for w in words if len(w) > 1]))
    unambiguous = len(scored) == 1 or (len(scored) > 1 and scored[1][0] < scored[0][0])
    if scored and scored[0][0] >= max(needed, 1) and unambiguous:
        return scored[0][1]
    return slug
