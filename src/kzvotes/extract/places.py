"""Place names in the text, resolved against the gazetteer.

Russian adjectival and case forms (``в Бокейординском районе``), Kazakh locative and
genitive forms (``Сырдарияда``, ``Балқаш ауданының``) and Latin spellings (``Shıeli``)
all resolve to one ``place_id``.

>>> [m.candidate_ids for m in find_places("В Бокейординском районе избран аким.")]
[('KZ-27/bokeyorda',)]
>>> [m.candidate_ids for m in find_places("Сырдарияда 22101 сайлаушы тіркелген")]
[('KZ-43/syrdarya',)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from kzvotes.extract.names import is_name_word
from kzvotes.extract.wording import REGION_ABBREVIATIONS, words
from kzvotes.reference import Place, load_places
from kzvotes.translit import kk_cyrillic_to_latin, to_ascii

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)

# The type of unit a word names; the values are gazetteer place_type groups.
_TYPE_WORDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"^({words('place_type_' + kind)})$", re.IGNORECASE), kind)
    for kind in ("rural", "district", "region", "city", "village")
)
_TYPE_GROUPS = {
    "rural": {"rural_district", "village", "settlement"},
    "district": {"district"},
    "region": {"region"},
    "city": {"city_of_regional_significance", "town", "city_of_republican_significance"},
    "village": {"village", "settlement", "rural_district", "town"},
}
_STRIP_TYPE = re.compile(
    rf"\b({words('place_unit_name')})\b|\([^)]*\)|\bг\.",
    re.IGNORECASE,
)
_RU_ADJ_END = re.compile(r"(ский|ской|цкий|ская|ское|инский)$")
_ADJ_SUFFIXES = {"ий", "ый", "ой", "ого", "ому", "им", "ом", "ая", "ую", "ое", "ие", "их",
                 "ими", "ых", "ым", "ыми", "ей", "ые"}  # fmt: skip
_NOUN_SUFFIXES = {"", "а", "я", "у", "ю", "ом", "ем", "е", "и", "ы", "ой", "ей", "й", "ь"}
_KK_SUFFIXES = {
    "да", "де", "та", "те", "нда", "нде", "ында", "інде", "ның", "нің", "дың", "дің",
    "тың", "тің", "ға", "ге", "қа", "ке", "на", "не", "ны", "ні", "ды", "ді", "ты", "ті",
    "ын", "ін", "н", "дан", "ден", "тан", "тен", "нан", "нен", "ынан", "інен", "мен", "бен",
    "пен", "ы", "і", "сы", "сі", "ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі", "лық",
    "лік", "дық", "дік", "тық", "тік", "лықтар", "ліктер", "лар", "лер", "дар", "дер",
    "ына", "іне", "іде", "ыда", "ідегі", "ыдағы",
}  # fmt: skip
_LAT_SUFFIXES = {kk_cyrillic_to_latin(s) for s in _KK_SUFFIXES} | {
    "ynda", "inde", "nyń", "niń", "ǵa", "y", "i", "da", "de", "ta", "te", "nan", "nen",
    "dan", "den", "ovtyń", "qa", "ke", "ge", "'s", "’s", "s",
}  # fmt: skip
_ALL_SUFFIXES = _NOUN_SUFFIXES | _KK_SUFFIXES | _LAT_SUFFIXES
# "Аксу и Сарыкол": the word joining two names, every language's (case as printed)
_AND = re.compile(words("and"))


@cache
def loose(word: str) -> str:
    """A spelling-tolerant ASCII key: Кызылкога, Qyzylqoǵa and Kyzylkoga agree.

    >>> loose("Жетес") == loose("Zhetes")
    True
    """
    out = to_ascii(word).lower()
    for old, new in (
        ("zh", "j"),
        ("kh", "h"),
        ("ch", "c"),
        ("ts", "c"),
        ("sh", "s"),
        ("q", "k"),
        ("y", "i"),
        ("w", "u"),
        ("'", ""),
    ):
        out = out.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", out)


_LOOSE_SUFFIXES = {loose(s) for s in _ALL_SUFFIXES} | {""}


@dataclass(frozen=True)
class PlaceMention:
    """A place named in the text: the printed words and the gazetteer entries it may be."""

    start: int
    end: int
    text: str
    candidates: tuple[Place, ...]
    type_hint: str | None

    @property
    def candidate_ids(self) -> tuple[str, ...]:
        """The ``place_id`` of every candidate."""
        return tuple(p.place_id for p in self.candidates)


@dataclass(frozen=True)
class _Key:
    words: tuple[str, ...]
    adjectival: bool
    place_id: str


def _norm(word: str) -> str:
    return word.lower().replace("ё", "е").replace("’", "'")


def _keys_for(place: Place) -> list[_Key]:
    keys: list[_Key] = []
    names: list[str] = []
    if place.name_ru:
        names.append(place.name_ru)
    if place.name_kk:
        names.append(place.name_kk)
    if place.name_kk_latn:
        names.append(place.name_kk_latn)
    names.append(place.name_en)
    names.extend(place.aliases)
    for name in names:
        bare = _STRIP_TYPE.sub(" ", name)
        words = tuple(_norm(w) for w in WORD.findall(bare))
        if not words:
            continue
        last = words[-1]
        if (len(words) == 1 and _RU_ADJ_END.search(last)) or (
            re.search(r"(ая|ое|ый)$", last) and len(words) == 1
        ):
            keys.append(_Key((last[:-2],), True, place.place_id))
        else:
            keys.append(_Key(words, False, place.place_id))
            if place.name_ru and name == place.name_ru and re.search(r"а$", last):
                # "район имени Турара Рыскулова": also the nominative surname.
                keys.append(_Key((*words[:-1], last[:-1]), False, place.place_id))
    if place.place_id == "KZ-31/turar-ryskulov":
        keys.append(_Key(("рыскулов",), False, place.place_id))
        keys.append(_Key(("т", "рыскулов"), False, place.place_id))
    return keys


@cache
def _index() -> dict[str, list[_Key]]:
    by_first: dict[str, list[_Key]] = {}
    for place in load_places().values():
        for key in _keys_for(place):
            first = key.words[0][:3]
            by_first.setdefault(first, []).append(key)
    return by_first


@cache
def _loose_index() -> dict[str, list[_Key]]:
    by_first: dict[str, list[_Key]] = {}
    for place in load_places().values():
        for key in _keys_for(place):
            if key.adjectival:
                continue
            words = tuple(loose(w) for w in key.words)
            if len(words[-1]) < 4 and len(words) == 1:
                continue
            by_first.setdefault(words[0][:3], []).append(_Key(words, False, key.place_id))
    return by_first


@cache
def _adjective_noun_index() -> dict[str, list[str]]:
    """The nouns of Russian adjectival names (Сафоновский -> сафонов) -> place_ids."""
    out: dict[str, list[str]] = {}
    for place in load_places().values():
        for key in _keys_for(place):
            if not key.adjectival:
                continue
            stem = re.sub(r"(?:ск|цк)$", "", key.words[0])
            if len(stem) >= 4 and place.place_id not in out.get(stem, []):
                out.setdefault(stem, []).append(place.place_id)
    return out


def _skeleton(word: str) -> str:
    """The consonants of a word's loose key: the letters every spelling of it shares."""
    return re.sub(r"[aeiou]", "", loose(word))


@cache
def _skeleton_index() -> dict[str, list[str]]:
    """Consonant skeletons (five letters or more) of rural units' one-word names."""
    out: dict[str, list[str]] = {}
    for place in load_places().values():
        if place.place_type not in _TYPE_GROUPS["rural"]:
            continue
        for key in _keys_for(place):
            if len(key.words) != 1 or key.adjectival:
                continue
            skeleton = _skeleton(key.words[0])
            if len(skeleton.replace("-", "")) >= 5 and place.place_id not in out.get(skeleton, []):
                out.setdefault(skeleton, []).append(place.place_id)
    return out


# "в Кызылкоге" for Kyzylkoga, a name the gazetteer spells only in Latin letters: a
# Russian noun in -а loses it before a case ending, as in _stem_match
_RU_A_NOUN_ENDINGS = frozenset({"e", "i", "u", "oi"})


def _russian_case_of(printed: str, last: str, key_last: str) -> bool:
    if not re.fullmatch(r"[а-яё-]+", printed) or len(key_last) < 6 or not key_last.endswith("a"):
        return False
    stem = key_last[:-1]
    return last.startswith(stem) and last[len(stem) :] in _RU_A_NOUN_ENDINGS


def _stem_match(word: str, key_last: str, adjectival: bool) -> bool:
    if adjectival:
        return word.startswith(key_last) and word[len(key_last) :] in _ADJ_SUFFIXES
    if word == key_last:
        return True
    if word.startswith(key_last) and word[len(key_last) :] in _ALL_SUFFIXES:
        return True
    # Russian nouns lose their final vowel or й before a case ending (Семей -> Семее).
    if len(key_last) > 3 and key_last[-1] in "аяейиоьы":
        stem = key_last[:-1]
        return word.startswith(stem) and word[len(stem) :] in _NOUN_SUFFIXES | {"е", "ее"}
    return False


_RU_ADJ_FORM = re.compile(
    r"^(?P<stem>[а-яё]{3,}?)(?:ь)?(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$"
)
_LINKING = ("ин", "ын", "ен", "ий", "й", "ь", "и", "")


def _adjective_stems(word: str) -> set[str]:
    """Loose stems a Russian adjectival place form may come from, however the
    gazetteer spells the noun (``Бокейханского`` -> bokeihan ~ Бөкейхан ~ Bokeikhan;
    ``Кызылобинском`` -> kizilob, compared with Кызылоба less its final vowel)."""
    # "Жетес-бийского": a hyphenated name (Zhetes Bi) is one stem
    match = _RU_ADJ_FORM.match(word.replace("-", ""))
    if match is None:
        return set()
    stem = match.group("stem")
    out = set()
    for link in _LINKING:
        if link and not stem.endswith(link):
            continue
        base = stem[: len(stem) - len(link)] if link else stem
        if len(base) >= 4:
            out.add(loose(base))
    return out


@cache
def _noun_stem_index() -> dict[str, list[str]]:
    """Loose single-word names (and the same less a final vowel) -> place_ids."""
    out: dict[str, list[str]] = {}
    for place in load_places().values():
        for key in _keys_for(place):
            if key.adjectival or len(key.words) > 2:
                continue
            # "Zhetes Bi": a two-word name is one stem of a hyphenated adjective
            word = loose("".join(key.words))
            if len(word) < 4:
                continue
            for form in {word, re.sub(r"[aeiuo]$", "", word)}:
                ids = out.setdefault(form, [])
                if key.place_id not in ids:
                    ids.append(key.place_id)
    return out


def _adjective_match(word: str) -> list[str]:
    """Places whose Kazakh or English name is the noun of a Russian adjective."""
    index = _noun_stem_index()
    found: list[str] = []
    for stem in _adjective_stems(word):
        for pid in index.get(stem, []):
            if pid not in found:
                found.append(pid)
    return found


def _type_hint(words: list[tuple[str, int, int]], index: int, after: int) -> str | None:
    j = after
    hops = 0
    while j < len(words) and hops < 4:
        word = words[j][0]
        for pattern, kind in _TYPE_WORDS:
            if pattern.match(word):
                return kind
        if word == "," or _AND.fullmatch(word) or re.search(r"(ском|ском|ский|ого|ом)$", word):
            j += 1
            hops += 1
            continue
        break
    if index > 0:
        prev = words[index - 1][0]
        if prev == "of" and index > 1:
            prev = words[index - 2][0]  # "the town of Talgar"
        for pattern, kind in _TYPE_WORDS:
            if pattern.match(prev) and kind in ("city", "village", "district", "region"):
                return kind
    return None


def _capitalised(text: str, word: tuple[str, int, int]) -> bool:
    printed = text[word[1] : word[2]]
    return printed[:1].isupper() and not printed.isupper()


_LOCATIVE = re.compile(rf"{words('locative')}$")


def _in_place_case(word: str) -> bool:
    """``Esilde``, ``Тимирязевте``: one place name with a Kazakh locative ending glued on
    (in Esil); a person's first name never takes it, so the word is the place even when
    a surname follows ("Esilde Muhamedııarovqa 8419 saılaýshy daýys berdi")."""
    match = _LOCATIVE.search(word)
    if not match or match.start() < 3:
        return False
    stem = word[: match.start()]
    return any(
        key.words == (stem,) or list(key.words) == [stem] for key in _index().get(stem[:3], [])
    )


def _next_to_person(text: str, words: list[tuple[str, int, int]], i: int, j: int) -> bool:
    """A bare place name right next to another capitalised word is a person's name
    (``Жанибек Каденов``, ``Каденова Жанибека``, ``Абай Кунанбаев``)."""
    if not _capitalised(text, words[i]):
        return False
    if j == i + 1 and _in_place_case(words[i][0]):
        return False
    if (
        j < len(words)
        and _capitalised(text, words[j])
        and not text[words[j - 1][2] : words[j][1]].strip()
    ):
        return not any(p.match(words[j][0]) for p, _ in _TYPE_WORDS)
    if (
        i > 0
        and _capitalised(text, words[i - 1])
        and not text[words[i - 1][2] : words[i][1]].strip()
        # "Акимом Семея избран": a sentence's first word that is never a name
        and is_name_word(text[words[i - 1][1] : words[i - 1][2]])
    ):
        return not any(p.match(words[i - 1][0]) for p, _ in _TYPE_WORDS)
    return False


def _inside_a_title(text: str, start: int, end: int) -> bool:
    """«Талғар тұрғын үй», «Aqsu Agro»: a place's name opening a quoted title with more
    words after it names a company or a newspaper, not the place."""
    if text[max(0, start - 1) : start] not in ("«", "“", '"'):
        return False
    close = re.match(r"[^«»“”\"\n]{0,60}[»”\"]", text[end:])
    return bool(close and re.search(r"\w", close.group(0)))


_UNIT_TOLD_BACK = re.compile(words("unit_told_back"), re.IGNORECASE)


def _unit_told_back(text: str, after: int, end: int) -> str | None:
    """The type of a bare place name given later in its sentence ("Voters in Talgar
    elected X as the town's akim": a town, not the district of the same name)."""
    stop = re.search(r"[.!?](?:\s|$)", text[after:end])
    clause = text[after : after + stop.start() if stop else end][:120]
    match = _UNIT_TOLD_BACK.search(clause)
    if match is None:
        return None
    unit = next((g for g in match.groups() if g), "")
    return next((kind for pattern, kind in _TYPE_WORDS if pattern.match(unit.lower())), None)


_NOT_A_PLACE = re.compile(words("not_a_place"), re.IGNORECASE)


def _common_word_alone(printed: str, hint: str | None) -> bool:
    """Whether the words matched as a place are a common word of a language that only
    spells like it ("Алғаш рет дауыс берген", first-time voters; not Алға) with no unit word
    beside them to make the place reading."""
    return hint is None and bool(_NOT_A_PLACE.fullmatch(printed))


def find_places(text: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
    """Every place named in ``text[start:end]``, longest match first, left to right."""
    end = len(text) if end is None else end
    places = load_places()
    words = [
        (_norm(m.group(0)), m.start() + start, m.end() + start)
        for m in WORD.finditer(text[start:end])
    ]
    # "г." and "с.о." lose their dots in WORD; keep them visible as type words.
    out: list[PlaceMention] = []
    index = _index()
    i = 0
    while i < len(words):
        word = words[i][0]
        # "BQO-da", "БҚО-ның": an abbreviation keeps its case ending after a hyphen
        abbreviation = word.split("-")[0]
        if abbreviation in REGION_ABBREVIATIONS and text[words[i][1]].isupper():
            region = places[REGION_ABBREVIATIONS[abbreviation]]
            out.append(
                PlaceMention(
                    words[i][1], words[i][2], text[words[i][1] : words[i][2]], (region,), "region"
                )
            )
            i += 1
            continue
        matched: dict[str, int] = {}
        if not text[words[i][1] : words[i][1] + 1].isupper():
            i += 1
            continue
        for key in index.get(word[:3], []):
            n = len(key.words)
            if i + n > len(words):
                continue
            if any(words[i + k][0] != key.words[k] for k in range(n - 1)):
                continue
            if _stem_match(words[i + n - 1][0], key.words[-1], key.adjectival):
                matched[key.place_id] = max(matched.get(key.place_id, 0), n)
        if not matched:
            lw = loose(word)
            for key in _loose_index().get(lw[:3], []):
                n = len(key.words)
                if i + n > len(words):
                    continue
                if any(loose(words[i + k][0]) != key.words[k] for k in range(n - 1)):
                    continue
                last = loose(words[i + n - 1][0])
                if (
                    last.startswith(key.words[-1])
                    and last[len(key.words[-1]) :] in (_LOOSE_SUFFIXES)
                ) or _russian_case_of(words[i + n - 1][0], last, key.words[-1]):
                    matched[key.place_id] = max(matched.get(key.place_id, 0), n)
        if not matched and _type_hint(words, i, i + 1) in ("rural", "village", "district"):
            # "Сафонов ауылдық округі" for the Сафоновский сельский округ: the noun of a
            # unit the gazetteer names by its Russian adjective
            group = _TYPE_GROUPS[_type_hint(words, i, i + 1) or ""]
            nouns = _adjective_noun_index().get(word, [])
            matched = dict.fromkeys((p for p in nouns if places[p].place_type in group), 1)
        if not matched and _type_hint(words, i, i + 1) in ("rural", "village"):
            # "Торт-Құдық ауылдық округі" for Tort-Kuduk: Kazakh and Russian spell the
            # vowels of one name differently (ы/у, ұ/у); the consonants agree. Only for
            # a word printed as the name of a rural unit, and a long enough skeleton.
            matched = dict.fromkeys(_skeleton_index().get(_skeleton(word), []), 1)
        if i + 1 < len(words) and (not matched or all(n == 1 for n in matched.values())):
            # "Бокейханского сельского округа": a Russian adjective of a unit the
            # gazetteer names only in Kazakh or English; only before a unit word, and
            # only when no entry of that type was found ("Абайского сельского округа").
            follows = _type_hint(words, i, i + 1)
            group = _TYPE_GROUPS.get(follows or "", set())
            typed = [pid for pid in matched if places[pid].place_type in group]
            if follows in ("rural", "district", "village", "city"):
                # every unit of that type the adjective may name, however the gazetteer
                # spells it ("Абайского сельского округа": Abai of Keles, named in Kazakh,
                # and Abai of Khromtau, named in Russian): a choice left visible
                extra = [p for p in _adjective_match(word) if places[p].place_type in group]
                if extra or typed:
                    matched = dict.fromkeys(dict.fromkeys([*typed, *extra]), 1)
        if not matched:
            i += 1
            continue
        n = max(matched.values())
        ids = [pid for pid, length in matched.items() if length == n]
        hint = _type_hint(words, i, i + n)
        if _common_word_alone(text[words[i][1] : words[i + n - 1][2]], hint):
            i += n
            continue
        if hint is None and _inside_a_title(text, words[i][1], words[i + n - 1][2]):
            i += n
            continue
        if hint is None:
            hint = _unit_told_back(text, words[i + n - 1][2], end)
        if hint is None and _next_to_person(text, words, i, i + n):
            i += n
            continue
        m_start, m_end = words[i][1], words[i + n - 1][2]
        after = i + n
        if after < len(words) and any(p.match(words[after][0]) for p, _ in _TYPE_WORDS):
            m_end = words[after][2]
            if after + 1 < len(words) and re.match(
                r"^(округ\w*|okrýg\w*|okrug\w*|district)$", words[after + 1][0]
            ):
                m_end = words[after + 1][2]
        if i > 0 and any(
            p.match(words[i - 1][0]) for p, kind in _TYPE_WORDS if kind in ("city", "village")
        ):
            m_start = words[i - 1][1]
        candidates = tuple(places[pid] for pid in sorted(ids))
        out.append(PlaceMention(m_start, m_end, text[m_start:m_end], candidates, hint))
        i += n
    return out


def resolve(
    mention: PlaceMention,
    *,
    on: date | None = None,
    context_regions: frozenset[str] = frozenset(),
    context_places: frozenset[str] = frozenset(),
) -> Place | None:
    """The one place a mention names, or None when the evidence leaves a choice."""
    options = list(mention.candidates)
    if mention.type_hint:
        typed = [p for p in options if p.place_type in _TYPE_GROUPS[mention.type_hint]]
        if typed:
            options = typed
        elif mention.type_hint in ("city", "village"):
            options = [p for p in options if p.place_type != "region"] or options
    if on is not None and len(options) > 1:
        options = [p for p in options if p.valid_on(on)] or options
    if len(options) > 1 and (context_regions or context_places):
        near = [
            p
            for p in options
            if p.region_id in context_regions
            or p.parent_place_id in context_places
            or p.place_id in context_places
        ]
        options = near or options
        if len(options) == 2 and all(p.place_id in context_places for p in options):
            # "Talgar" after "the town of Talgar" and "the Talgar district commission":
            # a unit and the centre inside it, both named as such; the contest is the
            # one named as the smaller unit
            inner = [
                p for p in options if any(q.place_id in ancestors(p.place_id) for q in options)
            ]
            if len(inner) == 1:
                options = inner
    if len(options) > 1 and mention.type_hint is None:
        narrowed = [p for p in options if p.place_type != "region"]
        if len(narrowed) == 1:
            options = narrowed
    return options[0] if len(options) == 1 else None


def is_contest_level(place: Place) -> bool:
    """Whether an akim of this unit is chosen by a direct vote (not a region)."""
    return place.place_type not in ("region", "city_of_republican_significance")


def ancestors(place_id: str) -> set[str]:
    """Every place containing ``place_id`` by the gazetteer's parent links."""
    places = load_places()
    out: set[str] = set()
    current = places.get(place_id)
    while current is not None and current.parent_place_id:
        out.add(current.parent_place_id)
        current = places.get(current.parent_place_id)
    return out
