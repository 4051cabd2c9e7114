"""Which language a paragraph is in: ru, kk (Cyrillic), kk-Latn (2018 alphabet) or en.

>>> detect_language("За кандидата проголосовали 4 660 человек.")
'ru'
>>> detect_language("Қадірбек Уаһап 102 дауыс жинады.")
'kk'
>>> detect_language("Báıterek aýyldyq okrýginde elektorat sany – 2490.")
'kk-Latn'
>>> detect_language("Kozhanbayev received 89,441 votes.")
'en'

A name in Kazakh spelling, or quoted, does not make a Russian sentence Kazakh (SYNTHETIC):

>>> detect_language("В Талгаре акимом избран Әлібек Құтпанбетов, директор «Талғар тұрғын үй».")
'ru'
"""

from __future__ import annotations

import re
from collections import Counter

from kzvotes.extract.model import Language

_KK_LETTERS = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_KK_WORDS = re.compile(
    r"\b(және|бойынша|сайлау\w*|дауыс\w*|ауданы\w*|облысы\w*|әкім\w*|жылғы|болып|"
    r"сайланды|қатысты|азамат\w*|үшін|ұсынған)\b",
    re.IGNORECASE,
)
_RU_WORDS = re.compile(
    r"\b(и|в|во|за|на|из|от|по|с|что|был\w*|проголосова\w*|избран\w*|район\w*|"
    r"голос\w*|кандидат\w*|избирател\w*|составил\w*|человек|получил\w*|набрал\w*)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")
_QUOTED = re.compile(r"«[^«»\n]{1,80}»")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
_KK_LATN_LETTERS = re.compile(r"[áǵıńóúýÁǴŃÓÚÝ]")
_KK_LATN_WORDS = re.compile(
    r"\b(jáne|boıynsha|saılaý\w*|daýys\w*|aýdan\w*|oblys\w*|ákim\w*|jylǵy|bolyp|"
    r"saılandy|qatysty|azamat\w*|úshin|usynǵan|sany|olardyń|"
    # typed without diacritics ("saylauy", "dauys"); never "akim", an English word too
    r"jane|boyynsha|auyldyq|sa[iy]lady|qoldady|sa[iy]lau\w*|dauys\w*|audan\w*|jylgy|sa[iy]landy|ushin|usyngan|olardyn)\b"
)
# lower case only: "Azamat", "Bolat" and "Sany" are also people's first names in English text


def detect_language(text: str) -> Language:
    """The language of ``text`` by its script and a few function words."""
    cyrillic = len(_CYRILLIC.findall(text))
    latin = len(_LATIN.findall(text))
    if cyrillic >= latin:
        # a name in quotes («Талғар тұрғын үй») is a name, of whatever language the
        # sentence around it; a capitalised word with Kazakh letters (Құтпанбетов) is a
        # person or a place, which Russian prints in Kazakh spelling too: half a sign
        unquoted = _QUOTED.sub(" ", text)
        kk_words = sum(
            1 if w[0].islower() else 0.5 for w in _WORD.findall(unquoted) if _KK_LETTERS.search(w)
        )
        kk = kk_words + 2 * len(_KK_WORDS.findall(unquoted))
        ru = 2 * len(_RU_WORDS.findall(text))
        return "kk" if kk > ru else "ru"
    kk_latn = len(_KK_LATN_LETTERS.findall(text)) + 3 * len(_KK_LATN_WORDS.findall(text))
    # "730 äkıms were reelected ... (33 äkıms)": an English text spelling a Kazakh word
    # with Kazakh letters is still English when its English words outweigh them
    return "kk-Latn" if kk_latn >= 3 and kk_latn >= len(_EN_WORDS.findall(text)) else "en"


# a few English words: a Latin line without them or Kazakh letters tells no language
_EN_WORDS = re.compile(
    r"\b(the|and|of|in|was|were|is|for|with|votes?|against|turnout|voters?|candidates?|"
    r"district|village|elected|won|received)\b",
    re.IGNORECASE,
)


def detect_language_or(text: str, default: Language) -> Language:
    """The language of ``text``, or ``default`` when ``text`` shows no sign of one (a row
    "«Barlyǵyna qarsy» – 31" or "Ержан Сапаров – 612" of a table)."""
    found = detect_language(text)
    if found == "en" and default == "kk-Latn" and not _EN_WORDS.search(text):
        return default
    if found == "ru" and default == "kk":
        signs = sum(1 for w in _WORD.findall(text) if _KK_LETTERS.search(w))
        if not (signs or _KK_WORDS.search(text) or _RU_WORDS.search(text)):
            return default
    return found


def document_language(paragraphs: list[str]) -> Language:
    """The language holding most of the letters of the document."""
    weights: Counter[str] = Counter()
    for para in paragraphs:
        weights[detect_language(para)] += len(para)
    if not weights:
        return "ru"
    best = weights.most_common(1)[0][0]
    return best  # type: ignore[return-value]
