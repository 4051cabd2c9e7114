"""People's names: found in the text, and brought to the nominative.

Russian puts names in oblique cases (``за кандидата Нурлыбека Даумова`` -> Нурлыбек
Даумов); the case is read from the governing word, first name and surname agree in
gender, and pymorphy3 inflects first names. Kazakh patronymics in -улы/-ұлы/-кызы/-қызы
never decline. Kazakh (Cyrillic and Latin) glues case suffixes on the last word
(``Ismanovqa`` -> ``Ismanov``). The printed form is always kept by the caller.

>>> normalize_name("Нурлыбека Даумова", "ru", governor="за кандидата")
'Нурлыбек Даумов'
>>> normalize_name("Жанары Уалиновой", "ru")
'Жанара Уалинова'
>>> normalize_name("Abzal Ismanovqa", "kk-Latn")
'Abzal Ismanov'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from kzvotes.extract import ru
from kzvotes.extract.wording import words


def _not_names() -> frozenset[str]:
    from kzvotes.extract import en, kk, kk_latn, ru

    return frozenset(
        word
        for table in (ru.WORDS, kk.WORDS, kk_latn.WORDS, en.WORDS)
        for key in ("not_a_name", "not_a_name_state")
        for word in table.get(key, "").split("|")
        if word
    )


_UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІÁǴÓÚÝŃ"
_LOW = "a-zа-яёәғқңөұүһіıáǵńóúý"
# an initial is one capital, or a Latin digraph standing for one letter ("Zh. Bakytzhanov")
_INITIAL = rf"(?:{words('initial_digraph')}|[{_UP}])"
_INITIALS = rf"(?:{_INITIAL}\.\s?){{1,3}}"
_CAP = rf"[{_UP}][{_LOW}]+(?:-[{_UP}]?[{_LOW}]+)?"
NAME = re.compile(
    rf"(?<![\w.])(?:{_INITIALS}{_CAP}|{_CAP}(?:\s+{_CAP}){{0,3}}(?:\s+{_INITIALS}(?!\s?[{_UP}]))?)"
    rf"(?![\w])"
)

_SURNAME = re.compile(
    r"(ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ову|еву|ину|ыну|овым|евым|иным|овой|евой|иной|"
    r"ове|еве|ине|ovа|ov|ev|in|yn|ın|ova|eva|ina|ına|yev|iev|ayev|aev|yeva|uly|ulı|uly|qyzy|ulu|"
    r"улы|ұлы|кызы|қызы|уулу|овна|евна|ович|евич|овича|евича|овны|евны|овне|евне|"
    r"ovich|evich|ovna|evna|ский|цкий|ская|ского|ской|skiy|sky|skaya|енко|enko|чук|chuk|"
    r"ovqa|evke|inge|ovke|ovtyń|ovtiń|ovqa|ovǵa|овқа|евке|инге|овтың|евтің|ованың|"
    r"ованы|евага|оваға|еваға|инаға|овты|евті|инді)$"
)
_FIRST_NAME = re.compile(
    r"(бек|бека|беку|беком|жан|жана|хан|хана|бай|бая|гүл|гуль|нұр|нур|тай|зат|лан|лата|лат|"
    r"рат|ұлы|бол|бол|дар|мат|ман|ара|ары|жар|bek|zhan|jan|khan|han|bai|bay|gul|nur|tai|"
    r"lan|lat|rat|dar|ara|ymbek|ek|et|at|as|an|ar|er|ik|ir|yk|ык|ек|ет|ат|ас|ан|ар|ер|ик|ир|"
    r"ай|ей|ия|ия|ина|ена|уль|ль|ья|ия|зия"
    # Kazakh first names in Latin letters: Amangeldi, Omirali, Zhumagali
    r"|geldi|geldy|ali|aly"
    # and in Cyrillic: Амангелді, Жұмагелды
    r"|гелді|гелды)$",
    re.IGNORECASE,
)
# capitalised words that are never part of a name, from every language's table
_STOP_WORDS = _not_names()  # fmt: skip
# "Қазақстан Республикасындағы", "Республики Казахстан": the country's name and the word for
# a republic in any of their case forms, every language's
_STATE_STEM = re.compile(words("not_a_name_state_stem"), re.IGNORECASE)


def _is_stop(word: str) -> bool:
    """A word never part of a name: a stop word of any language's table, or a case form of
    the country's name ("Қазақстан Республикасындағы")."""
    low = word.lower()
    return low in _STOP_WORDS or _STATE_STEM.fullmatch(low) is not None


_KK_SUFFIX = re.compile(
    r"(ға|ге|қа|ке|ның|нің|дың|дің|тың|тің|ды|ді|ты|ті|ны|ні|мен|бен|пен|да|де|та|те|нан|"
    r"нен|дан|ден|тан|тен|ǵa|ge|qa|ke|nyń|niń|dyń|diń|tyń|tiń|dy|di|ty|ti|ny|ni|men|ben|"
    r"pen|da|de|ta|te|nan|nen|dan|den|tan|ten)$"
)
_KK_NAME_END = re.compile(
    r"(ов|ев|ин|ын|ова|ева|ина|ына|ov|ev|in|yn|ın|ova|eva|ina|yna|ına|uly|ulı|"
    r"ұлы|улы|қызы|кызы|qyzy|kyzy)$",
    re.IGNORECASE,
)
_KK_PATRONYMIC = re.compile(r"(улы|ұлы|кызы|қызы|uly|ulı|qyzy|kyzy|uulu)$", re.IGNORECASE)


# "Qorytyndysynda", "Қорытындысын", "Nátıjesin": a Kazakh noun with the possessive -sy/-si
# and a case ending; -yn/-in here is no surname ending
_KK_CASE_NOUN = re.compile(
    r"(?:ы|і|y|i|е|e|а|a)(?:сы|сі|sy|si)(?:н|n)(?:да|де|а|е|ы|і|da|de|a|e|y|i)?$", re.IGNORECASE
)
# the same with its case ending, which a surname never takes in these messages
_KK_CASE_NOUN_IN_CASE = re.compile(
    r"(?:ы|і|y|i|е|e|а|a)(?:сы|сі|sy|si)(?:н|n)(?:да|де|а|е|da|de|a|e)$", re.IGNORECASE
)
# a patronymic, Kazakh or Russian, ends a full name ("Жүсіпов Серік Рашұлы")
_PATRONYMIC = re.compile(
    r"(?:улы|ұлы|кызы|қызы|uly|ulı|qyzy|kyzy|uulu|ович|евич|овна|евна|ична)$", re.I
)


def given_words(name: str) -> int:
    """The words of a name but its patronymic: "Júsipov Serik Rashuly" after "Serik
    Júsipov" prints the same person no fuller, only with his father's name."""
    return sum(1 for w in name.split() if not _PATRONYMIC.search(w))


_RU_ADJECTIVE = re.compile(r"(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое)$", re.IGNORECASE)
# a lower-case Russian word that is no verb ("проголосовали", "набрал") and no count's
# noun ("голосов"): the noun an adjective goes with
_LOWER_WORD = re.compile(
    r"\s+(?!голос|[а-яё]*(?:л|ла|ли|ло|лся|лась|лись|ет|ит|ут|ют|ат|ят|ть)(?![а-яё]))"
    r"[а-яё]{3,}"
)
_UNIT_AFTER = re.compile(
    r"\s+(?:сельск\w*|район\w*|округ\w*|област\w*|ауданы\w*|ауылдық|облысы\w*|"
    r"aýdany\w*|aýyldyq|oblysy\w*|district|rural|region)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NameMention:
    """A person's name as printed, with its span."""

    start: int
    end: int
    printed: str


def is_name_word(token: str) -> bool:
    """A capitalised word that may be part of a proper name (no stop word, no common
    Russian word)."""
    return _is_name_token(token)


def is_proper_word(token: str) -> bool:
    """A capitalised word that is no stop word of any language: a proper name of a place or
    a person (``Аксай``, which the Russian dictionary also knows as a common word)."""
    return not _is_stop(token) and not token.isupper()


def is_common_word(token: str, *, stop_words: bool = True, adjectives: bool = True) -> bool:
    """A word that names no one and no place: a stop word of any language (unless
    ``stop_words`` is false: the tables hold country names too), or a word the Russian
    dictionary knows as neither a name nor a place (``Жители``, not ``Казахстана``); with
    ``adjectives`` false, no adjective either ("Павлодарского", "Народной" may begin a
    place's or a party's name).

    >>> [is_common_word(w) for w in ("Жители", "In", "Талгара", "Даумов")]
    [True, True, False, False]
    >>> is_common_word("Казахстана", stop_words=False)
    False
    """
    if stop_words and _is_stop(token):
        return True
    low = token.lower()
    if not re.fullmatch(r"[а-яё-]+", low) or not _morph().word_is_known(low):
        return False
    proper = {"Name", "Surn", "Patr", "Geox", "Orgn"}
    if not adjectives:
        proper |= {"ADJF", "ADJS", "PRTF"}
    return not any(
        proper & set(str(p.tag).replace(" ", ",").split(",")) for p in _morph().parse(low)
    )


def _is_name_token(token: str) -> bool:
    if _is_stop(token) or token.isupper():
        return False
    if _KK_CASE_NOUN_IN_CASE.search(token):
        # "Қорытындысында", "Nátıjesinde": a sentence-initial Kazakh noun in a case form
        return False
    return not _common_russian_word(token)


_KK_ONLY = re.compile(r"[әғқңөұүһі]", re.IGNORECASE)


@cache
def _common_russian_word(token: str) -> bool:
    """A capitalised Russian word the dictionary knows, and not as a name
    (``Самовыдвиженцы``, ``Женщина``)."""
    low = token.lower()
    if not re.fullmatch(r"[а-яё-]+", low) or _KK_ONLY.search(low):
        return False
    morph = _morph()
    if not morph.word_is_known(low):
        return False
    return not any(
        {"Name", "Surn", "Patr"} & set(str(p.tag).replace(" ", ",").split(","))
        for p in morph.parse(low)
    )


def looks_like_surname(token: str) -> bool:
    """Whether a word has the shape of a surname or patronymic in any case form."""
    if len(token) <= 3:
        return False
    if _SURNAME.search(token.lower()):
        return True
    # a Kazakh case suffix glued to a surname: Өтеповке, Ismanovtyń, Даумовқа, Serikqyzyna
    possessive = _KK_POSSESSIVE_DATIVE.search(token) or _KK_POSSESSIVE_OTHER.search(token)
    if possessive and _KK_PATRONYMIC.search(token[: possessive.start()]):
        return True
    suffix = _KK_SUFFIX.search(token)
    return bool(
        suffix
        and len(token[: suffix.start()]) > 3
        and _SURNAME.search(token[: suffix.start()].lower())
    )


# first letters (in ASCII) that one given name may start with in two spellings: Ерлан and
# Yerlan, Жанар and Zhanar, Қанат and Kanat
_LETTER_CLASSES = ("eyiu", "jz", "kqh", "sc", "ao")


def _given_initials(name: str) -> frozenset[str]:
    """The first letters of the given names of a name (its words that are no surname,
    patronymic or common word)."""
    from kzvotes.translit import to_ascii

    out = set()
    for word in name.replace(".", ". ").split():
        if looks_like_surname(word.rstrip(".")) and not word.endswith("."):
            continue
        if not word.endswith(".") and not _is_name_token(word):
            continue  # "Победил Сериков": a word read into the name, no given name
        first = to_ascii(word).lower()[:1]
        out.add(next((c for c in _LETTER_CLASSES if first in c), first))
    return frozenset(out)


def given_names_differ(a: str, b: str) -> bool:
    """Whether two names with one surname are two people: both print a given name (or an
    initial) and no two of them start alike ("Нурлан Жумабаев" and "Алия Жумабаева"). A
    surname alone, or a given name spelt two ways (Ерлан, Yerlan), tells no difference."""
    first, second = _given_initials(a), _given_initials(b)
    return bool(first and second) and not (first & second)


def find_names(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    blocked: Sequence[tuple[int, int]] = (),
) -> list[NameMention]:
    """Person names in ``text[start:end]``, skipping spans in ``blocked`` (places, parties).

    A name is two or three capitalised words (or initials and a surname) of which one has
    the shape of a surname, patronymic or first name, or a single surname-shaped word.
    """
    end = len(text) if end is None else end
    original = text
    text = _title_case_surnames(text, start, end)
    out: list[NameMention] = []
    for match in NAME.finditer(text, start, end):
        tokens = _split_tokens(match.group(0), match.start())
        # drop tokens that are stop words or fall in blocked spans, then keep runs
        runs: list[list[tuple[str, int, int]]] = [[]]
        for k, (tok, a, b) in enumerate(tokens):
            if runs[-1] and "\n" in text[runs[-1][-1][2] : a]:
                runs.append([])  # a person's name never spans a line break
            inside = any(x <= a < y or x < b <= y for x, y in blocked)
            keep = tok.endswith(".") or _is_name_token(tok)
            if not keep and not inside and not _is_stop(tok) and not tok.isupper():
                # a dictionary word next to a surname is a first name (Канат Муканов)
                around = [t for t, _, _ in tokens[max(0, k - 1) : k] + tokens[k + 1 : k + 2]]
                keep = any(looks_like_surname(t) and _is_name_token(t) for t in around)
                # a surname that is also a dictionary word ("Калиев", potassium's
                # genitive) next to a first name
                keep = keep or (
                    looks_like_surname(tok) and any(_dictionary_first_name(t) for t in around)
                )
            if inside or not keep:
                runs.append([])
            else:
                runs[-1].append((tok, a, b))
        after = text[match.end() : match.end() + 40]
        if (
            runs[-1]
            and _RU_ADJECTIVE.search(runs[-1][-1][0])
            and (_UNIT_AFTER.match(after) or (len(runs[-1]) == 1 and _LOWER_WORD.match(after)))
        ):
            # "Парыгинский сельский округ", "Жанибекского района": a place, not a person;
            # so is a lone adjective before a common noun ("Жолкудукского элеватора")
            runs[-1].pop()
        elif (
            len(runs[-1]) == 3
            and not _PATRONYMIC.search(runs[-1][-1][0])
            and re.match(rf"\s+(?:{_settlement_word()})(?!\w)", after, re.IGNORECASE)
        ):
            # "Серік Ибраев Ленин кентінің әкімі": the third word names the settlement
            runs[-1].pop()
        for run in runs:
            mention = _mention(text, run)
            if (
                mention
                and not _names_a_place(text, mention)
                and not _names_an_organisation(text, mention)
                and not _named_after(text, mention)
            ):
                out.append(
                    NameMention(mention.start, mention.end, original[mention.start : mention.end])
                )
    return out


# a word in capitals, also right after an initial ("С.ИБРАЕВ")
_CAPS_WORD = re.compile(rf"(?:(?<![\w.])|(?<=(?<![\w.])[{_UP}]\.))[{_UP}]{{4,}}(?![\w])")
_CAP_WORD = re.compile(rf"[{_UP}][{_LOW}]+$")


def _title_case_surnames(text: str, start: int, end: int) -> str:
    """``Тимур АШИГАЛИЕВ``, ``выбрали АШИГАЛИЕВА``, ``Gibrat MUKHAMBET``: a name printed in
    capitals (as some papers print surnames) title cased so that it reads as a name: a word
    of a surname's shape, or any word beside a capitalised first name or surname. A word
    beside another word in capitals is a headline's or an acronym's ("РАЙОННЫХ АКИМОВ"),
    never cased. Same length, so every offset is kept."""
    for match in _CAPS_WORD.finditer(text, start, end):
        word = match.group(0).title()
        before = text[max(0, match.start() - 30) : match.start()].split()
        after = text[match.end() : match.end() + 30].split()
        beside = [w.strip(',.;:«»"()') for w in before[-1:] + after[:1]]
        if _is_stop(word) or any(len(w) > 1 and w.isupper() for w in beside):
            continue
        beside_a_name = any(
            _CAP_WORD.match(w)
            and _is_name_token(w)
            and (looks_like_surname(w) or _FIRST_NAME.search(w) or _dictionary_first_name(w))
            for w in beside
        )
        if looks_like_surname(word) or beside_a_name:
            text = text[: match.start()] + word + text[match.end() :]
    return text


# a word printed right before or after another on the same line (spaces only between)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[^\S\n]+$")
_WORD_AFTER = re.compile(r"[^\S\n]+([^\W\d_]+)")
_INITIALS_BEFORE = re.compile(rf"(?<![\w.])(?:{_INITIAL}\.[^\S\n]?){{1,3}}$")


def title_case_names(text: str) -> str:
    """``text`` with a surname printed in capitals beside a capitalised given name or
    surname on its line in title case (``Орал СТЫБАЕВ``, ``Zhanibek KADENOV``, ``Қайрат
    НӨКЕШКЕ``), so that every pass reads the name as one: a first name that is also a
    place's ("Орал", "Жанибек") stays a person's next to its surname. Stricter than the
    casing :func:`find_names` does for itself: a word in capitals alone ("КУРЧАТОВ – ...",
    a wire dateline) or beside another word in capitals (a headline, "НУР ОТАН") is left as
    printed. Same length, so every offset is kept.

    >>> title_case_names("Орал СТЫБАЕВ елуден астам дауыс алды. ИТОГИ ВЫБОРОВ")
    'Орал Стыбаев елуден астам дауыс алды. ИТОГИ ВЫБОРОВ'
    >>> title_case_names("КУРЧАТОВ – Болат Абенов")
    'КУРЧАТОВ – Болат Абенов'
    """
    out = text
    for match in _CAPS_WORD.finditer(text):
        word = match.group(0).title()
        if len(word) != len(match.group(0)) or _is_stop(word):
            continue
        before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        after = _WORD_AFTER.match(text, match.end())
        beside = [m.group(1) for m in (before, after) if m]
        # a neighbour in capitals makes a headline, unless it is in the other script (a
        # party's acronym: "от партии AMANAT ДАУМОВ Нурлыбек")
        if any(len(w) > 1 and w.isupper() and _same_script(w, word) for w in beside) and not (
            after and _heading_before_a_name(text, word, after)
        ):
            continue
        if looks_like_surname(word):
            # a surname's shape: any capitalised word beside it that is no stop word (a
            # first name the dictionary also knows as a verb: "Орал"), or initials before
            named = any(_CAP_WORD.match(w) and is_proper_word(w) for w in beside) or bool(
                _INITIALS_BEFORE.search(text, max(0, match.start() - 12), match.start())
            )
        else:
            named = any(
                _CAP_WORD.match(w)
                and _is_name_token(w)
                and (looks_like_surname(w) or _FIRST_NAME.search(w) or _dictionary_first_name(w))
                for w in beside
            )
        if named:
            out = out[: match.start()] + word + out[match.end() :]
    return out


def _heading_before_a_name(text: str, word: str, after: re.Match[str]) -> bool:
    """``ЕСИЛЬСКИЙ РАЙОН МУХАМЕДИЯРОВ Мереке – 8419``: a heading in capitals run into a
    table's first row (the lines of a paragraph are joined) before a surname in capitals
    and its given name, which ends the name (or a patronymic does). A dictionary word
    ("ИТОГИ ВЫБОРОВ") or a third capitalised word after the given name ("ВЫБОРЫ АКИМОВ
    Нурлыбек Даумов") keeps the heading's word as printed."""
    given = after.group(1)
    if not (
        looks_like_surname(word)
        and _is_name_token(word)
        and _CAP_WORD.match(given)
        and is_proper_word(given)
    ):
        return False
    third = _WORD_AFTER.match(text, after.end())
    return not (third and third.group(1)[:1].isupper() and not _PATRONYMIC.search(third.group(1)))


def _same_script(a: str, b: str) -> bool:
    """Whether two words are both Latin or both Cyrillic."""
    return bool(_LATIN_LETTER.search(a)) == bool(_LATIN_LETTER.search(b))


_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ɏ]")


def _names_a_place(text: str, mention: NameMention) -> bool:
    """«Сайын Шапағатов» ауылдық округі, Мичурин ауылдық округі, сельский округ имени
    X: a person's name that names a place (one word, or in quotes, before the unit)."""
    after = text[mention.end : mention.end + 40]
    quoted = text[max(0, mention.start - 1) : mention.start] == "«" and after.startswith("»")
    # "deputy akim of the Sayin Shapagatov rural district": an English name after "the"
    after_the = bool(re.search(r"\bthe\s+$", text[max(0, mention.start - 6) : mention.start]))
    if quoted and re.search(
        rf"(?<!\w)(?:{_unit_word()})\w*\s*$",
        text[max(0, mention.start - 40) : mention.start - 1],
        re.IGNORECASE,
    ):
        # "заместитель акима сельского округа «Сайын Шапагатов»": the unit before the quotes
        return True
    if not (quoted or after_the or " " not in mention.printed):
        return False
    after = after[1:] if quoted else after
    # "Ленин кентінде": a settlement's noun after the name, as a unit's
    return bool(
        _UNIT_AFTER.match(after)
        or re.match(rf"\s+(?:{_settlement_word()})(?!\w)", after, re.IGNORECASE)
    )


@cache
def _unit_word() -> str:
    from kzvotes.extract.wording import words

    return f"{words('place_unit_name')}|{words('place_type_rural')}"


@cache
def _settlement_word() -> str:
    from kzvotes.extract.wording import words

    # the unit's noun with the ending that ties it to a name before it ("Ленин кенті",
    # "X ауылы"), not the bare noun of a title ("ауыл әкімі")
    return words("unit_after")


@cache
def _named_after_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    from kzvotes.extract.wording import words

    # a street's word counts as the building's: "на улице X, 12", "X көшесіндегі үй"
    before = f"{words('named_after_before')}|{words('street_before')}"
    after = f"{words('named_after_after')}|{words('street_after')}"
    return (
        re.compile(rf"(?<!\w)(?:{before})\s*$", re.IGNORECASE),
        re.compile(rf"\s*(?:{after})(?!\w)", re.IGNORECASE),
        # "Kazhymukan Munaitpasov Street": the capitalised word read into the name
        re.compile(rf"\s(?:{after})$", re.IGNORECASE),
    )


def _named_after(text: str, mention: NameMention) -> bool:
    """``дом культуры имени X``, ``X атындағы мектеп``, ``the school named after X``, ``на
    улице X``, ``X Street``: the name a building, a street or a unit bears, not a person of
    the message."""
    before, after, last_word = _named_after_words()
    return bool(
        before.search(text, max(0, mention.start - 20), mention.start)
        or after.match(text, mention.end)
        or last_word.search(mention.printed)
    )


@cache
def _organisation() -> str:
    from kzvotes.extract.wording import words

    return words("organisation")


def _names_an_organisation(text: str, mention: NameMention) -> bool:
    """``the Talgar Turgyn Uy company``, ``«Qazaq Jer» JShS``, ``ТОО «Нурлан»``: capitalised
    words that name a company or a farm, not a person (the word of its kind right after
    the name, or right before its quotes)."""
    quoted = text[max(0, mention.start - 1) : mention.start] in ("«", '"', "“")
    after = text[mention.end + (1 if quoted else 0) : mention.end + 30]
    before = text[max(0, mention.start - 30) : mention.start - (1 if quoted else 0)]
    kind = _organisation()
    if re.match(rf"\s*{kind}(?!\w)", after, re.IGNORECASE):
        return True
    return quoted and bool(re.search(rf"(?<!\w){kind}\s*$", before, re.IGNORECASE))


def _split_tokens(chunk: str, offset: int) -> list[tuple[str, int, int]]:
    out = []
    for m in re.finditer(rf"{_INITIALS}|[^\s]+", chunk):
        out.append(
            (m.group(0).strip(), offset + m.start(), offset + m.start() + len(m.group(0).strip()))
        )
    return out


def _named_before(text: str, word: str, at: int) -> bool:
    """Whether a lone word not shaped like a surname ("Sali received 2,178 votes") was
    printed earlier in the text as the last word of a first name and surname."""
    if re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", text):
        return False  # printed in lower case somewhere: a common word ("eki", two)
    for match in re.finditer(rf"([^\W\d_]+)[^\S\n]{re.escape(word)}(?!\w)", text[:at]):
        first = match.group(1)
        if first[:1].isupper() and (_FIRST_NAME.search(first) or _dictionary_first_name(first)):
            return True
    return False


def _mention(text: str, run: list[tuple[str, int, int]]) -> NameMention | None:
    if not run:
        return None
    words = [t for t, _, _ in run if not t.endswith(".")]
    initials = [t for t, _, _ in run if t.endswith(".")]
    if not words:
        return None
    if len(run) == 1 or (len(words) == 1 and not initials):
        if _KK_CASE_NOUN.search(words[0]):
            return None
        if not (looks_like_surname(words[0]) or _named_before(text, words[0], run[0][1])):
            return None
    elif not initials and not (
        any(looks_like_surname(w) for w in words)
        or _FIRST_NAME.search(words[0])
        or _FIRST_NAME.search(words[-1])
        or _dictionary_first_name(words[0])
    ):
        return None
    if len(run) > 3:
        run = run[-3:]  # four capitalised words: a title or a name before the name
    a, b = run[0][1], run[-1][2]
    return NameMention(a, b, text[a:b])


@cache
def _dictionary_first_name(token: str) -> bool:
    """A Cyrillic word the dictionary knows as a first name (``Кайрата`` before the
    Kazakh surname ``Нөкеша``, which has no Russian surname ending)."""
    low = token.lower()
    if not re.fullmatch(r"[а-яё]+", low):
        return False
    return any("Name" in str(p.tag) for p in _morph().parse(low))


@cache
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


_GOVERNORS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (re.compile(p + r"\s*$", re.IGNORECASE), cases) for p, cases in ru.CASE_GOVERNORS
)


def governing_cases(before: str) -> tuple[str, ...] | None:
    """The grammatical cases a name can take after ``before`` (a preposition or noun)."""
    for pattern, cases in _GOVERNORS:
        if pattern.search(before):
            return cases
    return None


def _keep_case(original: str, new: str) -> str:
    if original.isupper():
        return new.upper()
    parts = new.split("-")
    src = original.split("-")
    fixed = []
    for i, part in enumerate(parts):
        if i < len(src) and src[i][:1].isupper():
            fixed.append(part[:1].upper() + part[1:])
        else:
            fixed.append(part)
    return "-".join(fixed)


# Surname endings: (oblique ending, case set, gender) -> nominative ending replaces it.
_RU_SURNAME_FORMS: tuple[tuple[str, str, frozenset[str], str], ...] = (
    ("ской", "ская", frozenset({"gent", "datv", "ablt", "loct"}), "femn"),
    ("ского", "ский", frozenset({"gent", "accs"}), "masc"),
    ("скому", "ский", frozenset({"datv"}), "masc"),
    ("ским", "ский", frozenset({"ablt", "loct"}), "masc"),
    ("ском", "ский", frozenset({"loct"}), "masc"),
    ("скую", "ская", frozenset({"accs"}), "femn"),
    ("ский", "ский", frozenset({"nomn"}), "masc"),
    ("ская", "ская", frozenset({"nomn"}), "femn"),
)
_RU_SURNAME_STEM = re.compile(r"^(.*(?:ов|ев|ёв|ин|ын))(а|у|ым|е|ой|ою|)$", re.IGNORECASE)
_PATR = re.compile(
    r"^(.*(?:ович|евич|ич))(а|у|ем|е|)$|^(.*(?:овн|евн|ичн))(а|ы|е|у|ой)$", re.IGNORECASE
)

_CASES = ("nomn", "gent", "accs", "datv", "ablt", "loct")
# Without a governing word: "-у" is read as a masculine dative before a feminine accusative
# (a feminine accusative comes after a verb or "за", which do govern it). The locative
# never stands without its preposition ("о", "при"), a governing word.
_DEFAULT_CASES = ("nomn", "gent", "datv", "accs", "ablt")


def _surname_options(token: str) -> dict[tuple[str, str], str]:
    """(case, gender) -> nominative, for a Russian-declined surname."""
    low = token.lower()
    out: dict[tuple[str, str], str] = {}
    for ending, nom, cases, gender in _RU_SURNAME_FORMS:
        if low.endswith(ending):
            for case in cases:
                out[(case, gender)] = low[: -len(ending)] + nom
            return out
    match = _RU_SURNAME_STEM.match(low)
    if not match:
        return out
    stem, end = match.group(1), match.group(2)
    table = {
        "": [("nomn", "masc")],
        "а": [("gent", "masc"), ("accs", "masc"), ("nomn", "femn")],
        "у": [("datv", "masc"), ("accs", "femn")],
        "ым": [("ablt", "masc")],
        "е": [("loct", "masc")],
        "ой": [("gent", "femn"), ("datv", "femn"), ("ablt", "femn"), ("loct", "femn")],
        "ою": [("ablt", "femn")],
    }
    for case, gender in table[end]:
        out[(case, gender)] = stem + ("а" if gender == "femn" else "")
    return out


def _patronymic_options(token: str) -> dict[tuple[str, str], str]:
    low = token.lower()
    if _KK_PATRONYMIC.search(low):
        # a Kazakh patronymic never declines and says the gender: -кызы a woman, -улы a man
        gender = "femn" if re.search(r"(кызы|қызы|qyzy|kyzy)$", low) else "masc"
        return {(c, gender): low for c in _CASES}
    match = _PATR.match(low)
    if not match:
        return {}
    if match.group(1):
        stem, end = match.group(1), match.group(2)
        table = {"": ["nomn"], "а": ["gent", "accs"], "у": ["datv"], "ем": ["ablt"], "е": ["loct"]}
        return {(c, "masc"): stem for c in table[end]}
    stem, end = match.group(3), match.group(4)
    table = {"а": ["nomn"], "ы": ["gent"], "е": ["datv", "loct"], "у": ["accs"], "ой": ["ablt"]}
    return {(c, "femn"): stem + "а" for c in table[end]}


@cache
def _first_name_options(token: str) -> dict[tuple[str, str], tuple[str, float]]:
    """(case, gender) -> (nominative, score) from pymorphy3 and a few endings."""
    low = token.lower()
    if low.endswith(ru.INDECLINABLE_NAME_ENDINGS):
        # "Нурсулу" is no dative of "Нурсул": the same word in every case
        return {(c, g): (low, 1.0) for c in _CASES for g in ("masc", "femn")}
    out: dict[tuple[str, str], tuple[str, float]] = {}
    for parse in _morph().parse(low):
        tag = parse.tag
        if tag.POS != "NOUN" or tag.number == "plur" or tag.case not in _CASES:
            continue
        if tag.gender not in ("masc", "femn"):
            continue
        bonus = 0.5 if "Name" in tag else 0.0
        if "Fixd" in tag and not _morph().word_is_known(low):
            # a guess that an unknown word never declines ("Ertasu"): the weakest reading
            parse_score, bonus = 0.01, 0.0
        elif "Fixd" in tag:
            # the dictionary's indeclinable entry for a declined form ("Алию" beside the
            # accusative of "Алия") loses a tie with the declined reading
            parse_score = parse.score * 0.5
        else:
            parse_score = parse.score
        inflected = parse.inflect({"nomn"})
        word = inflected.word if inflected is not None else parse.normal_form
        key = (tag.case, tag.gender)
        score = parse_score + bonus
        if key not in out or out[key][1] < score:
            out[key] = (word, score)
    # Kazakh names pymorphy3 does not know: consonant-final masculine names decline,
    # feminine names in -а/-я decline, consonant-final feminine names do not.
    rules: list[tuple[str, str, str, str]] = [
        ("а", "", "gent", "masc"),
        ("а", "", "accs", "masc"),
        ("у", "", "datv", "masc"),
        ("ом", "", "ablt", "masc"),
        ("е", "", "loct", "masc"),
        ("ы", "а", "gent", "femn"),
        ("и", "я", "gent", "femn"),
        ("у", "а", "accs", "femn"),
        ("ю", "я", "accs", "femn"),
        ("ой", "а", "ablt", "femn"),
        # masculine names in -ай/-ей ("Абылай", "Ерлей"): "Абылая", "Абылаю", "Абылаем"
        ("я", "й", "gent", "masc"),
        ("я", "й", "accs", "masc"),
        ("ю", "й", "datv", "masc"),
        ("ем", "й", "ablt", "masc"),
    ]
    for ending, repl, case, gender in rules:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            base = low[: -len(ending)] + repl
            if gender == "masc" and not re.search(r"[бвгджзклмнпрстфхцчшщңғқһ]$|[ае]й$", base):
                continue
            if (case, gender) not in out or out[(case, gender)][1] < 0.05:
                out[(case, gender)] = (base, 0.05)
    for ending, nominative, case in ru.FEMININE_IA_ENDINGS:
        # a feminine name in -ия/-ья weighs as a name the dictionary knows: it wins a tie
        # with a rare masculine -ий reading of the same letters ("Алию", "Асия" are no
        # cases of "Алий", "Асий") and loses to a common one ("Дмитрию")
        if low.endswith(ending) and len(low) > len(ending) + 1:
            base = low[: -len(ending)] + nominative
            score = out.get((case, "femn"), ("", 0.0))[1]
            out[(case, "femn")] = (base, max(score, _FEMININE_IA_WEIGHT))
    if re.search(r"[бвгджзклмнпрстфхцчшщңғқһйь]$", low):
        out.setdefault(("nomn", "masc"), (low, 0.3))
        for case in _CASES:
            out.setdefault((case, "femn"), (low, 0.02))
    elif re.search(r"[еиоыэәөүұі]$", low):
        # a vowel-final Kazakh name the dictionary reads as another word's case form
        # ("Сауле" as a locative of "Саул"): as printed, a feminine name that never declines
        out.setdefault(("nomn", "masc"), (low, 0.02))
        for case in _CASES:
            out.setdefault((case, "femn"), (low, 0.02))
    if re.search(r"[ая]$", low):
        out.setdefault(("nomn", "femn"), (low, 0.2))
    return out


# the weight of a feminine reading of a first name in -ия/-ья: that of a name the
# dictionary knows with an even score (0.5, and 0.5 for a name)
_FEMININE_IA_WEIGHT = 1.0


def _ru_roles(tokens: list[str]) -> list[dict[tuple[str, str], tuple[str, float]]]:
    """Per word of a name: (case, gender) -> (nominative, weight of the evidence)."""
    roles: list[dict[tuple[str, str], tuple[str, float]]] = []
    for token in tokens:
        if token.endswith("."):
            roles.append({(c, g): (token, 0.0) for c in _CASES for g in ("masc", "femn")})
            continue
        patr = _patronymic_options(token)
        if patr:
            roles.append({k: (v, 1.0) for k, v in patr.items()})
            continue
        surname = _surname_options(token) if looks_like_surname(token) else {}
        if surname:
            roles.append({k: (v, 1.0) for k, v in surname.items()})
            continue
        roles.append(_first_name_options(token))
    return roles


# below this weight a reading is a guess from a word's ending alone (a Kazakh name pymorphy
# does not know, a consonant-final name taken for a feminine one that never declines)
_GUESS = 0.1


def _oblique_is_guessed(printed: str, case: str) -> bool:
    """Whether a name's reading in an oblique case rests on ending guesses alone: no word
    is a declined surname or patronymic, or a form pymorphy knows ("Нуртас Сали" is no
    genitive of "Нуртас Саля"). Then the printed form is kept."""
    roles = _ru_roles(printed.split())
    return all(
        weight < _GUESS for options in roles for (c, _), (_, weight) in options.items() if c == case
    )


def _ru_readings(printed: str, cases: tuple[str, ...]) -> list[tuple[float, str, list[str], int]]:
    """Each reading of a Russian-declined name: (score, case, nominative words, words not
    read in that case), best of the two genders per case, in the order of ``cases``."""
    tokens = printed.split()
    roles = _ru_roles(tokens)
    out: list[tuple[float, str, list[str], int]] = []
    for case_rank, case in enumerate(cases):
        best: tuple[float, list[str], int] | None = None
        for gender in ("masc", "femn"):
            score = 0.0
            missing = 0
            words = []
            for token, options in zip(tokens, roles, strict=True):
                if (case, gender) in options:
                    word, weight = options[(case, gender)]
                    score += 1.0 + weight
                else:
                    word = token
                    score -= 1.0
                    missing += 1
                words.append(word)
            score -= 0.01 * case_rank + (0.005 if gender == "femn" else 0.0)
            if best is None or score > best[0]:
                best = (score, words, missing)
        assert best is not None
        out.append((best[0], case, best[1], best[2]))
    return out


# a list member read in an oblique case by this margin over the nominative sets the case
# of the whole list
_LIST_CASE_MARGIN = 0.5


def ru_list_cases(printed: list[str]) -> tuple[str, ...] | None:
    """The case shared by the names of a list ("Канаша Рахимбекова, Ерлана Акылтаева и
    Бахтияра Мырзалиева он опередил") that has no governing word before it: the oblique
    case one member can only be read in, when every member reads fully in it."""
    if len(printed) < 2:
        return None
    readings = [
        {case: (score, missing) for score, case, _, missing in _ru_readings(p, _CASES)}
        for p in printed
    ]
    for case in ("gent", "accs", "datv", "ablt"):
        if any(r[case][1] for r in readings):
            continue
        if any(r[case][0] - r["nomn"][0] >= _LIST_CASE_MARGIN for r in readings):
            return ("gent", "accs") if case in ("gent", "accs") else (case,)
    return None


def normalize_ru(printed: str, governor: str = "", cases: tuple[str, ...] | None = None) -> str:
    """A Russian-declined name in the nominative, in the printed word order; ``cases``, the
    cases a list of names shares, stands for a governing word."""
    tokens = printed.split()
    cases = cases or governing_cases(governor) or _DEFAULT_CASES
    best = max(_ru_readings(printed, cases), key=lambda r: r[0])
    if best[1] != "nomn" and _oblique_is_guessed(printed, best[1]):
        return printed
    out = " ".join(_keep_case(t, w) for t, w in zip(tokens, best[2], strict=True))
    return out if "ё" in printed.lower() else out.replace("ё", "е").replace("Ё", "Е")


_KK_DATIVE = re.compile(r"(ға|ге|қа|ке|ǵa|ge|qa|ke)$", re.IGNORECASE)
_KK_POSSESSIVE_DATIVE = re.compile(r"(на|не|na|ne)$", re.IGNORECASE)
# the accusative and genitive of a vowel-final patronymic: Шералыұлын, Сауренұлының
_KK_POSSESSIVE_OTHER = re.compile(r"(ның|нің|nyń|niń|н|n)$", re.IGNORECASE)
_KK_VOWEL = re.compile(r"[аәеёиоөуұүыіэюяaáeıioóuúyý]", re.IGNORECASE)
_KK_FRONT = re.compile(r"[әеөүіиэeáóúi]", re.IGNORECASE)
_KK_VOICELESS = re.compile(r"[кқпстфхцчшщkqpstfhcç]$|sh$|ch$", re.IGNORECASE)


def _split_case_suffix(token: str, suffixes: re.Pattern[str]) -> tuple[str, str, bool] | None:
    """The word, its case suffix and whether the word's last vowel is front; None when no
    suffix matches or the word left would be too short to be a name (two vowels, 4 letters)."""
    match = suffixes.search(token)
    if match is None:
        return None
    base, suffix = token[: match.start()], match.group(1).lower()
    vowels = _KK_VOWEL.findall(base)
    if len(base) < 4 or len(vowels) < 2:
        return None
    return base, suffix, bool(_KK_FRONT.fullmatch(vowels[-1]))


def _kk_dative_base(token: str) -> str | None:
    """``Arystanbekke`` -> Arystanbek: a dative suffix whose consonant and vowel agree with
    the word it is glued to (-ке/-қа after a voiceless consonant, -ге/-ға otherwise; front
    or back by the last vowel of the word)."""
    split = _split_case_suffix(token, _KK_DATIVE)
    if split is None:
        return None
    base, suffix, front = split
    if front != (suffix in ("ге", "ке", "ge", "ke")):
        return None
    voiceless = bool(_KK_VOICELESS.search(base))
    if voiceless != (suffix in ("қа", "ке", "qa", "ke")):
        return None
    return base


_KK_ACCUSATIVE = re.compile(r"(ны|ні|ды|ді|ты|ті|ny|ni|dy|di|ty|ti)$", re.IGNORECASE)
_KK_VOICED_END = re.compile(r"[лрмнңзжйlrmnńzjı]$|[bdgvǵ]$|[бдгвғ]$", re.IGNORECASE)


def _kk_accusative_base(token: str) -> str | None:
    """``Ертасты`` -> Ертас: an accusative suffix agreeing with the word it is glued to
    (-ны/-ні after a vowel, -ды/-ді after a voiced consonant, -ты/-ті after a voiceless
    one; front or back by the last vowel)."""
    split = _split_case_suffix(token, _KK_ACCUSATIVE)
    if split is None:
        return None
    base, suffix, front = split
    if front != (suffix[-1] in ("і", "i")):
        return None
    last = base[-1]
    if _KK_VOWEL.fullmatch(last):
        expected = "н"
    elif _KK_VOICELESS.search(base):
        expected = "т"
    elif _KK_VOICED_END.search(base):
        expected = "д"
    else:
        return None
    latin = {"н": "n", "т": "t", "д": "d"}[expected]
    return base if suffix[0] in (expected, latin) else None


@cache
def _kk_belonging() -> re.Pattern[str]:
    from kzvotes.extract.wording import words

    return re.compile(rf"{words('belonging')}$", re.IGNORECASE)


def strip_kk_suffix(token: str, *, accusative: bool = False) -> str:
    """A Kazakh case suffix removed from a name's last word (``Исмановқа`` -> Исманов,
    ``Arystanbekke`` -> Arystanbek, ``Janbulatulyna`` -> Janbulatuly)."""
    if _KK_PATRONYMIC.search(token):
        return token
    possessive = _KK_POSSESSIVE_DATIVE.search(token) or _KK_POSSESSIVE_OTHER.search(token)
    if possessive and _KK_PATRONYMIC.search(token[: possessive.start()]):
        # a vowel-final patronymic takes -на/-не: Жанбулатұлына, Janbulatulyna
        return token[: possessive.start()]
    belonging = _kk_belonging().search(token)
    if belonging and _KK_NAME_END.search(token[: belonging.start()]):
        return token[: belonging.start()]
    for m in _KK_SUFFIX.finditer(token):
        base = token[: m.start()]
        if _KK_NAME_END.search(base) and len(base) > 3:
            return base
    match = _KK_SUFFIX.search(token)
    if match and _KK_NAME_END.search(token[: match.start()]):
        return token[: match.start()]
    if accusative:
        return _kk_accusative_base(token) or _kk_dative_base(token) or token
    return _kk_dative_base(token) or token


# "X-ты сайлады", "X-ны қолдады": verbs taking the person in the accusative
KK_ACCUSATIVE_VERB = re.compile(
    r"^\s*(?:қайта\w*\s+|qaıta\w*\s+)?(?:сайлады|таңдады|қолдады|saılady|tańdady|qoldady)\b",
    re.IGNORECASE,
)


def normalize_name(
    printed: str,
    language: str,
    *,
    governor: str = "",
    after: str = "",
    cases: tuple[str, ...] | None = None,
) -> str:
    """The nominative form of a printed name (word order and capitalisation kept);
    ``after``, the words following it, tells a Kazakh accusative (``Ертасты сайлады``);
    ``cases``, a Russian list's shared case."""
    # "Тимур АШИГАЛИЕВ": a surname printed in capitals is a name in title case
    printed = " ".join(w.title() if len(w) > 3 and w.isupper() else w for w in printed.split())
    if language == "ru":
        return normalize_ru(printed, governor, cases)
    if language in ("kk", "kk-Latn"):
        tokens = printed.split()
        accusative = bool(KK_ACCUSATIVE_VERB.match(after))
        tokens[-1] = strip_kk_suffix(tokens[-1], accusative=accusative)
        return " ".join(tokens)
    return printed
