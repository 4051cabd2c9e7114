"""One fixed transliteration table owned by the project, and ASCII slugs for ids.

Kazakh Cyrillic -> Kazakh Latin follows the alphabet of Presidential Decree No. 637 as
amended on 19 February 2018 (the acute-accent version: á, ǵ, ı, ń, ó, ú, ý, sh, ch), which
is the one Kazinform's Kazakh-Latin service (qz.inform.kz) prints, e.g.
``Бәйтерек ауылдық округі`` -> ``Báıterek aýyldyq okrýgi``.

Slugs are lower-case ASCII (a-z, 0-9, ``-``) built from the Latin form, so the same name
always gives the same id.

Names a source printed in one script only are given in the others by two more fixed tables,
and published marked as transliterated: :func:`romanize` (Cyrillic to the plain Latin the
English-language press of Kazakhstan uses: ``Нұрлыбек Жұмабаев`` -> ``Nurlybek Zhumabaev``)
and :func:`kk_letters_to_ru` (a Kazakh Cyrillic name in Russian letters, as Russian texts
print it: ``Абилхаирұлы`` -> ``Абилхаирулы``).

>>> kk_cyrillic_to_latin("Бөкей ордасы")
'Bókeı ordasy'
>>> slugify("Бөкей ордасы")
'bokei-ordasy'
"""

from __future__ import annotations

import re
import unicodedata

# Each Cyrillic letter of Kazakh (and the Russian-only letters kept in loan words) to its
# 2018 Latin form. Russian-only letters follow the decree's guidance for loans.
_KK_CYR_TO_LAT: dict[str, str] = {
    "а": "a", "ә": "á", "б": "b", "в": "v", "г": "g", "ғ": "ǵ", "д": "d", "е": "e",
    "ё": "ıo", "ж": "j", "з": "z", "и": "ı", "й": "ı", "к": "k", "қ": "q", "л": "l",
    "м": "m", "н": "n", "ң": "ń", "о": "o", "ө": "ó", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "ý", "ұ": "u", "ү": "ú", "ф": "f", "х": "h", "һ": "h", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
    "ю": "ıý", "я": "ıa",
}  # fmt: skip

# Latin letters outside ASCII, folded for slugs (ı has no decomposition, so it is listed).
_ASCII_FOLD = {"ı": "i", "ǵ": "g", "ń": "n", "ý": "u", "á": "a", "ó": "o", "ú": "u"}

_SLUG_JUNK = re.compile(r"[^a-z0-9]+")

# Cyrillic (Russian and Kazakh letters) to the plain Latin of English-language news.
_ROMAN: dict[str, str] = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e",
    "ё": "yo", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "k", "л": "l",
    "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
    "ю": "yu", "я": "ya",
}  # fmt: skip

# The nine Kazakh letters as Russian texts print them.
_KK_TO_RU = {
    "ә": "а",
    "ғ": "г",
    "қ": "к",
    "ң": "н",
    "ө": "о",
    "ұ": "у",
    "ү": "у",
    "һ": "х",
    "і": "и",
}


def kk_cyrillic_to_latin(text: str) -> str:
    """Transliterate Kazakh Cyrillic into the 2018 Kazakh Latin alphabet.

    Characters outside the table (digits, punctuation, Latin) pass through unchanged;
    capitalisation is kept on the first letter of a multi-letter output (Ш -> Sh).
    """
    return _by_table(text, _KK_CYR_TO_LAT)


def _by_table(text: str, table: dict[str, str]) -> str:
    out: list[str] = []
    for char in text:
        lower = char.lower()
        mapped = table.get(lower)
        if mapped is None:
            out.append(char)
        elif char != lower and mapped:
            out.append(mapped[0].upper() + mapped[1:])
        else:
            out.append(mapped)
    return "".join(out)


def romanize(text: str) -> str:
    """Cyrillic (Russian or Kazakh) in the plain Latin of English-language news.

    >>> romanize("Нурлыбек Даумов"), romanize("Асхат Жұмабаев")
    ('Nurlybek Daumov', 'Askhat Zhumabaev')
    """
    return _by_table(text, _ROMAN)


def kk_letters_to_ru(text: str) -> str:
    """Kazakh Cyrillic in Russian letters.

    >>> kk_letters_to_ru("Абилхаирұлы Арыстанбек")
    'Абилхаирулы Арыстанбек'
    """
    return _by_table(text, _KK_TO_RU)


def to_ascii(text: str) -> str:
    """Fold Kazakh Latin and any Cyrillic to plain ASCII letters (lossy, for slugs)."""
    latin = kk_cyrillic_to_latin(text)
    folded = "".join(_ASCII_FOLD.get(c, _ASCII_FOLD.get(c.lower(), c)) for c in latin)
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c) and ord(c) < 128)


def slugify(text: str) -> str:
    """A lower-case ASCII slug: letters and digits joined by single hyphens.

    >>> slugify("Turar Ryskulov District")
    'turar-ryskulov-district'
    """
    return _SLUG_JUNK.sub("-", to_ascii(text).lower()).strip("-")
