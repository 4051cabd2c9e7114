"""Words typed in two scripts, folded into the script most of the word is in.

Kazakh pages are often typed on keyboards without Kazakh letters: the Latin ``i`` stands in
for the Cyrillic ``і`` ("Бiржан", "сайлауында жеңiске"), and a Latin ``a`` or ``o`` slips into a
Cyrillic word (or a Cyrillic one into a Latin word) where the two look the same. Such a word
matches no word table and no name dictionary, so the letters of the word's minority script
that have a twin in its majority script are replaced by the twin; a word whose letters
without a twin are all in one script is in that script, whatever the count. Every replacement is one
character for one, so offsets into the text do not move. A word wholly in one script, or
with as many letters of each, is left as it is.
"""

from __future__ import annotations

import re

# Latin letters and the Cyrillic letters they are typed for (the same glyph).
_LATIN_TO_CYRILLIC = dict(
    zip(
        "aceopxyiABCEHIKMOPTXY",
        "асеорхуіАВСЕНІКМОРТХУ",
        strict=True,
    )
)
_CYRILLIC_TO_LATIN = {cyrillic: latin for latin, cyrillic in _LATIN_TO_CYRILLIC.items()}

_MIXED_WORD = re.compile(r"\w*(?:[A-Za-z]\w*[Ѐ-ӿ]|[Ѐ-ӿ]\w*[A-Za-z])\w*")
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
_CYRILLIC = re.compile(r"[Ѐ-ӿԀ-ԯ]")


def fold_lookalikes(text: str) -> str:
    """``text`` with every mixed-script word written in its majority script.

    >>> fold_lookalikes("Бiржан Сапаров жеңiске жеттi, Kаzakhstan")
    'Біржан Сапаров жеңіске жетті, Kazakhstan'
    >>> fold_lookalikes("Ai Ая")  # one script per word: nothing to fold
    'Ai Ая'
    """
    if not _LATIN.search(text) or not _CYRILLIC.search(text):
        return text
    return _MIXED_WORD.sub(_fold_word, text)


def _fold_word(match: re.Match[str]) -> str:
    """One mixed word in one script: the script of its letters that have no twin in the
    other (``iшiнeн``: "ш" and "н" are only Cyrillic, so the Latin "i" and "e" are "і" and
    "е", though they are as many), else its majority script."""
    word = match.group()
    only_latin = any(_LATIN.match(ch) and ch not in _LATIN_TO_CYRILLIC for ch in word)
    only_cyrillic = any(_CYRILLIC.match(ch) and ch not in _CYRILLIC_TO_LATIN for ch in word)
    if only_cyrillic != only_latin:
        to_cyrillic = only_cyrillic
    else:
        latin = len(_LATIN.findall(word))
        cyrillic = len(_CYRILLIC.findall(word))
        if latin == cyrillic:
            return word
        to_cyrillic = cyrillic > latin
    twins = _LATIN_TO_CYRILLIC if to_cyrillic else _CYRILLIC_TO_LATIN
    return "".join(twins.get(ch, ch) for ch in word)
