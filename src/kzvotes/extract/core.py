"""From a document's text to its contests: segmentation by place, figures by their labels.

The text is cut into sentences; each sentence is read with the cues of its own language.
A sentence naming one contest place moves the reading to that contest; a sentence naming
several is cut at each place (a coordinated list of places, ``в Исатайском и Кызылкогинском
районах``, shares its totals, which are therefore not given to any one contest), and
``Place – N`` pairs in it (sub-totals in a parenthesis) go to their places. Each number is
labelled by the words of its own clause: against all, invalid, absentee, outside the
premises, a candidate's votes (a name in the clause, or a pronoun), voters on the lists,
took part. Approximate numbers are never used.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from kzvotes.extract import en, kk, kk_latn, ru
from kzvotes.extract.classify import classify_text
from kzvotes.extract.cues import LanguageCues
from kzvotes.extract.dates import find_election_date
from kzvotes.extract.language import detect_language, document_language
from kzvotes.extract.model import (
    ExtractedCandidate,
    ExtractedContest,
    ExtractedDocument,
    Fact,
)
from kzvotes.extract.names import (
    NameMention,
    find_names,
    governing_cases,
    normalize_name,
    ru_list_cases,
)
from kzvotes.extract.numbers import Number, find_numbers
from kzvotes.extract.parties import find_nominator, nominator_phrases, party_spans
from kzvotes.extract.places import (
    PlaceMention,
    ancestors,
    find_places,
    is_contest_level,
    loose,
    resolve,
)
from kzvotes.parse import DocumentText
from kzvotes.reference import load_places

CUES: dict[str, LanguageCues] = {
    "ru": ru.CUES,
    "kk": kk.CUES,
    "kk-Latn": kk_latn.CUES,
    "en": en.CUES,
}
_FOR_WORD = re.compile(r"\bза\b|үшін|úshin|\bfor\b", re.IGNORECASE)
_SENT_BREAK = re.compile(r"(?<=[.!?])[\"»”]?\s+(?=[«\"“(A-ZА-ЯЁӘҒҚҢӨҰҮҺІÁÓÚÝǴŃ0-9])|\n\n")
_ABBREV_END = re.compile(
    r"(?:\b[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.|\b(?:г|гг|им|ул|с|пос|обл|тыс|млн|т\.е|т\.к|р-на|а\.о|с\.о|"
    r"ж|жж|Mr|Ms|Dr|St|No|etc)\.)$"
)
_CLAUSE = re.compile(r"[;()\[\]]|,\s|\s[–—]\s(?=[^\d\s])|:\s")
_INTERMEDIATE = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b(?!\s*(?:%|per\s?cent|процент|пайыз|paıyz))|по\s+состоянию|сағат\s+\d|saǵat\s+\d|as\s+of\s+(?:noon|\d)|"
    r"by\s+noon|к\s+полудню|түске\s+дейін|túske\s+deıin",
    re.IGNORECASE,
)
_CONJ = re.compile(
    r"^[\s,]*(?:и|және|jáne|and|а\s+также|мен|бен|пен|men|ben|pen|,)?[\s,]*$", re.IGNORECASE
)
_PAIR_SEP = re.compile(r"^\s*[–—:-]\s*$")
_ADJ_PCT = re.compile(
    r"^\s*(?:человек\w*|избирател\w*|голос\w*|сайлаушы\w*|дауыс\w*|saılaýshy\w*|daýys\w*|"
    r"people|voters|votes|-?\w{0,3})?\s*(?:из\s+них|of\s+them|олардың|olardyń)?"
    r"\s*[(\[,–-]?\s*(?:или|немесе|nemese|or|что\s+"
    r"составляет|что\s+составило|это|бұл|bul|which\s+is)?\s*$",
    re.IGNORECASE,
)
# "89 441-i daýys berdi (77,1%)", "1 756 голосов отдано за него (52,3 %)": a share in
# brackets right after the phrase of a count is the share of that count
_PCT_IN_BRACKETS = re.compile(r"^[^\d;.()«»\"]{0,30}\(\s*$")
# "89 441 daýys jınady, bul – daýys berýge qatysqandardyń 77,1 paıyzy", "4 660 голосов,
# что составляет 52,3% от числа проголосовавших", "9,071 votes, or 70.5 percent of those
# who voted": the words linking a count to its share
_SHARE_LINK = re.compile(
    r"^[^\d;.()«»\"]{0,25}?(?:\bbul\b|\bбұл\b|\bэто\b|что\s+составля\w+|что\s+составил\w*|"
    r"\bили\b|\bor\b|\bнемесе\b|\bnemese\b|\bwhich\s+is\b)[^\d;.()«»\"]{0,60}$",
    re.IGNORECASE,
)
# explicit turnout words: a share after them is the contest's turnout
_TURNOUT_WORD = re.compile(r"явк\w*|turnout|белсенділ\w*|belsendil\w*|активност\w*", re.IGNORECASE)
_AFTER_SHARE = re.compile(
    r"[^\d();.]{0,30}\(\s*\d+(?:[.,]\d+)?\s*(?:%|процент\w*|пайыз\w*|paıyz\w*|per\s?cent)\s*\)"
    r"([^;,.()\d]{0,60})",
    re.IGNORECASE,
)
_MIN_NAME_SURNAME = 4
_REGION_SCOPE = "_region:"
# Totals of several contests together (a coordinated list of places, "в регионе", "по трём
# районам", "выборы 42 акимов"): read so that they reach no single contest.
_SEVERAL = "_several"
_VERB_THEN_NAME = re.compile(
    r"^\s*(?:голос\w*|votes)?\s*[–—:-]?\s*(?:получил\w*|набрал\w*|досталось|went\s+to|"
    r"received\s+by|won\s+by)\s+(?:кандидат\w*\s+|самовыдвиженец\s+)?$",
    re.IGNORECASE,
)
# "136 — у методиста клуба X": lower-case words only between, so never another name
_COUNT_AT = re.compile(r"^\s*(?:голос\w*)?\s*[–—:-]?\s*[Уу]\s+(?:[а-яёәғқңөұүһі-]+\s+){0,4}$")
# "70,5% голосов пришедших на участки избирателей", "of the votes cast": a share of the
# ballots, stated; the shares of all candidates then share one base and the largest won
_SHARE_BASE = re.compile(
    r"\s*%?\s*(?:голос\w*\s+)?(?:(?:всех\s+)?(?:пришедш|проголосовавш|приняв\w*\s+участие|"
    r"участвовавш)\w*|от\s+(?:числа\s+|общего\s+числа\s+)?(?:проголосовавш|пришедш|"
    r"принявш|бюллетен)\w*)|"
    r"\s*%?\s*(?:of\s+(?:the\s+)?(?:votes?\s+cast|ballots(?:\s+cast)?|those\s+who\s+(?:voted|"
    r"turned\s+out)|voters\s+who\s+(?:voted|turned\s+out|took\s+part)))|"
    r"\s*%?\s*(?:дауыс\s+берген|сайлауға\s+қатысқан|daýys\s+bergen|saılaýǵa\s+qatysqan)",
    re.IGNORECASE,
)
_PLURAL_NOMINATION = re.compile(
    r"^\S*(?:цы|цев)\b|^[\s,]{0,3}(?:үміткерлер\w*|кандидаттар\w*|кандидаты|кандидатов|"
    r"candidates|úmitkerler\w*|kandıdattar\w*)",
    re.IGNORECASE,
)
_SPLIT = re.compile(
    r"\bодин\b|\bодна\b|\bодного\b|\bостальн\w*|\bдвое\s+из|\bтрое\s+из|\bкроме\b|"
    r"\bбіреуі|\bбірі\b|\bқалғаны|\bbireýi|\bbiri\b|\bqalǵany|"
    r"\bone\s+of\b|\bthe\s+other\b|\bothers?\b|\bexcept\b",
    re.IGNORECASE,
)
# an age is never a count: "жасы – 29-да", "aged 29", "в возрасте 29 лет", "X (29)"
_AGE_BEFORE = re.compile(
    r"(?:\bжасы|\bjasy|\baged|\bage\s+of|\bв\s+возрасте|\bвозраст\w*|\bжасында|\bjasynda)"
    r"\s*[–—:-]?\s*$",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(
    r"^\s*-?\s*(?:лет(?:ний|няя|него|нему|нем|нюю|ним|ней)?\b|летн\w*|жаст\w*|жас\b|"
    r"jast\w*|jas\b|years?[\s-]+old|-?year-old)",
    re.IGNORECASE,
)
# An official quoted by the message is no candidate: a title next to the name
# ("A. Aimanakumov, chairman of the regional commission", "State Counselor Yerlan Karin",
# «председатель ТИК Б. Сейтжанов», «аймақтық комиссия төрағасы Н. Ахметов») or a verb
# of saying right after it ("..., Ерлан Карин отметил", "деді Н. Ахметов" is rare).
_TITLE = (
    r"(?:chair(?:man|woman|person)?|secretary|(?:state\s+)?counsel+or|spokes(?:man|woman|person)|"
    r"head\s+of\s+the\s+(?:[\w-]+\s+){0,4}?(?:commission|department|office|administration)|"
    r"governor|председател\w*|секретар\w*|(?:гос(?:ударственн\w*\s+)?)?советник\w*|"
    r"госсоветник\w*|руководител\w*|начальник\w*|төраға\w*|хатшы\w*|кеңесші\w*|"
    r"tóraǵa\w*|hatshy\w*|keńesshi\w*|аким\w*\s+(?:област|регион)\w*|облыс\s+әкімі|"
    r"oblys\s+ákimi|akim\s+of\s+the\s+(?:[\w-]+\s+)?region)"
)
# the words of a body between a title and the name: "председатель городской ТИК",
# "chairman of the regional territorial election commission"
_BODY_WORD = (
    r"(?:of|the|regional|territorial|district|city|central|election|electoral|commission|"
    r"[A-ZА-ЯЁ]{2,5}|област\w*|городск\w*|районн\w*|территориальн\w*|окружн\w*|избирательн\w*|"
    r"комисси\w*|аумақтық|аймақтық|аудандық|қалалық|облыстық|өңірлік|сайлау\w*|комиссия\w*|"
    r"aýmaqtyq|aımaqtyq|aýdandyq|qalalyq|oblystyq|óńirlik|saılaý\w*|komıss\w*)"
)
_TITLE_BEFORE = re.compile(
    rf"(?:{_TITLE}(?:\s+{_BODY_WORD}){{0,6}}|according\s+to|по\s+словам)\s*[,:–—-]?\s*$",
    re.IGNORECASE,
)
_TITLE_AFTER = re.compile(
    rf"^\s*(?:\([^()]{{0,40}}\)\s*)?[,–—-]\s*(?:the\s+|a\s+)?(?:(?:[\w-]+\s+){{0,6}}?{_TITLE}\b)",
    re.IGNORECASE,
)
_SAID_AFTER = re.compile(
    r"^\s*(?:,\s*[^,.;«»\"]{0,100},\s*)?(?:said|says|noted|told|stated|added|explained|"
    r"сказал\w*|отметил\w*|сообщил\w*|заявил\w*|подчеркнул\w*|пояснил\w*|рассказал\w*|"
    r"атап\s+өтті|деді|айтты|мәлім\s+етті|хабарлады|түсіндірді|atap\s+ótti|dedi|aıtty|"
    r"málim\s+etti|habarlady|túsindirdi)\b",
    re.IGNORECASE,
)
# "Канат Шапатов снял свою кандидатуру", "X withdrew", "өз кандидатурасын алып тастады":
# a candidate who left the race is not on the ballot
_WITHDREW = re.compile(
    r"снял\w*\s+(?:свою\s+|свои\s+)?кандидатур|выбыл\w*|отказал\w*\s+от\s+участия|"
    r"сошл?[её]?\w*\s+с\s+дистанции|withdr[ae]w\w*|pulled\s+out|dropped\s+out|"
    r"кандидатурасын\s+(?:\w+\s+)?(?:алып\s+таста|қайтарып\s+ал)\w*|"
    r"kandıdatýrasyn\s+(?:\w+\s+)?(?:alyp\s+tasta|qaıtaryp\s+al)\w*|сайлаудан\s+шықты|"
    r"saılaýdan\s+shyqty",
    re.IGNORECASE,
)
# "X избран после того, как один из кандидатов снял свою кандидатуру": another subject
_OTHER_SUBJECT = re.compile(
    r"\b(?:после|как|когда|after|when|since|because|кейін|соң|keıin|soń|один|одна|one|"
    r"кандидат\w*|candidates?|rivals?|opponents?|соперник\w*|үміткер\w*|úmitker\w*)\b",
    re.IGNORECASE,
)
_LIST_GOES_ON = re.compile(r"^\s*(?:%\s*)?(?:,|и\b|және\b|jáne\b|and\b|&)\s*\d", re.IGNORECASE)
_COUNT_THEN_NEXT = re.compile(
    r"\s*[–—:-]?\s*\d[\d\s]*\d?\s*(?:,|;|\bи\b|\bжәне\b|\bjáne\b|\band\b)\s*", re.IGNORECASE
)
# "Y, Z и W он опередил": a pronoun subject between an object list and the verb; with a
# comma ("X, он опередил ...") the pronoun restates X, who won
_PRONOUN_SUBJECT = re.compile(r"\s+(?:он|она)\s+(?:[\w-]+\s+){0,2}?", re.IGNORECASE)
_MEMBER = re.compile(r"член\w*|мүше\w*|múshe\w*|member\w*", re.IGNORECASE)
_JOIN = re.compile(
    r"\b(?:and|и|а|және|jáne|but|while|из\s+них|of\s+whom|olardyń|олардың)\b", re.IGNORECASE
)


@dataclass
class _Candidate:
    printed: str
    name: str
    span: tuple[int, int]
    nominator: str | None = None
    party_id: str | None = None
    votes: Fact | None = None
    share: Fact | None = None
    elected: bool | None = None


@dataclass
class _Contest:
    key: str
    place_name: str | None
    place_id: str | None
    candidate_ids: tuple[str, ...] = ()
    facts: dict[str, Fact] = field(default_factory=dict)
    ballots_label: str | None = None
    turnout_base: str | None = None
    candidates: list[_Candidate] = field(default_factory=list)
    all_self: bool = False


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    cues: LanguageCues


def _sentences(doc: DocumentText) -> list[_Sentence]:
    out: list[_Sentence] = []
    for a, b in doc.paragraphs or ((0, len(doc.text)),):
        para = doc.text[a:b]
        lang = detect_language(para)
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
                out.append(_Sentence(a + s, a + e, CUES[lang]))
    return out


def _distance(m: NameMention, a: int, b: int) -> int:
    if b <= m.start:
        return m.start - b
    if a >= m.end:
        return a - m.end
    return 0


def _surname_key(name: str) -> str:
    words = [w for w in name.replace(".", ". ").split() if not w.endswith(".")]
    from kzvotes.extract.names import looks_like_surname

    surnames = [w for w in words if looks_like_surname(w)] or words[-1:]
    key = loose(surnames[0]) if surnames else ""
    key = re.sub(r"(?<=[aeiou])i(?=[aeiou])", "", key)
    return re.sub(r"(ova|eva|ina|a)$", "", key)


def _nominative_order(cand: _Candidate, printed: str, name: str) -> None:
    """``за Абилхаирулы Арыстанбека ... избран Арыстанбек Абилхаирулы``: the order of the
    words printed in the nominative is the name's, when the first mention was inflected."""
    if (
        printed == name
        and cand.printed != cand.name
        and name != cand.name
        and sorted(name.split()) == sorted(cand.name.split())
    ):
        cand.name = name


class _Reader:
    def __init__(self, doc: DocumentText, sha256: str | None, election_date: date | None):
        self.doc = doc
        self.text = doc.text
        self.sha = sha256
        self.on = election_date
        self.contests: dict[str, _Contest] = {}
        self.order: list[str] = []
        self.current = "_default"
        self.prev_places: list[str] = []
        self.place_lists: list[list[str]] = []
        self.regions: frozenset[str] = frozenset()
        self.governors: dict[int, str] = {}
        self.list_members: dict[int, list[str]] = {}
        self.list_heads: dict[int, int] = {}
        self.context_places: frozenset[str] = frozenset()
        self.last_multi: list[tuple[str, NameMention]] = []

    # -- contests ---------------------------------------------------------------------
    def contest(self, key: str) -> _Contest:
        if key not in self.contests:
            self.contests[key] = _Contest(key, None, None)
            self.order.append(key)
        return self.contests[key]

    def place_key(self, mention: PlaceMention) -> tuple[str, bool] | None:
        """The contest key of a place mention, and whether it names a contest place."""
        place = resolve(
            mention, on=self.on, context_regions=self.regions, context_places=self.context_places
        )
        if place is not None:
            if not is_contest_level(place):
                return None
            contest = self.contest(place.place_id)
            if contest.place_name is None:
                contest.place_name, contest.place_id = mention.text, place.place_id
            return place.place_id, True
        if all(p.place_type == "region" for p in mention.candidates):
            return None
        key = "?" + loose(mention.text.split()[0])
        contest = self.contest(key)
        if contest.place_name is None:
            contest.place_name = mention.text
            contest.candidate_ids = mention.candidate_ids
        return key, True

    def set_fact(self, key: str, name: str, number: Number, label: str | None = None) -> None:
        contest = self.contest(key)
        if name in contest.facts:
            return
        contest.facts[name] = Fact(number.value, (number.start, number.end), self.sha)
        if name == "ballots_cast" and label:
            contest.ballots_label = label

    # -- candidates -------------------------------------------------------------------
    def candidate(self, key: str, mention: NameMention, lang: str) -> _Candidate:
        contest = self.contest(key)
        name = normalize_name(
            mention.printed,
            lang,
            governor=self.governor(mention),
            after=self.text[mention.end : mention.end + 40],
            cases=self.shared_cases(mention, lang),
        )
        skey = _surname_key(name)
        for cand in contest.candidates:
            if cand.name == name or (skey and _surname_key(cand.name) == skey):
                if len(name.split()) > len(cand.name.split()):
                    cand.printed, cand.name, cand.span = (
                        mention.printed,
                        name,
                        (mention.start, mention.end),
                    )
                else:
                    _nominative_order(cand, mention.printed, name)
                return cand
        cand = _Candidate(mention.printed, name, (mention.start, mention.end))
        contest.candidates.append(cand)
        return cand

    def governor(self, mention: NameMention) -> str:
        """The words governing a name's case; a name later in a list ("X, Y и Z") shares
        the governor of the first."""
        start = self.list_heads.get(mention.start, mention.start)
        return self.governors.get(start, self.text[max(0, start - 60) : start])

    def note_lists(self, names: list[NameMention]) -> None:
        for prev, cur in pairwise(names):
            if _CONJ.match(self.text[prev.end : cur.start]):
                head = self.list_heads.get(prev.start, prev.start)
                self.list_heads[cur.start] = head
                members = self.list_members.setdefault(head, [prev.printed])
                members.append(cur.printed)

    def shared_cases(self, mention: NameMention, lang: str) -> tuple[str, ...] | None:
        """The case of a Russian list of names with no governing word, from its members."""
        if lang != "ru":
            return None
        start = self.list_heads.get(mention.start, mention.start)
        members = self.list_members.get(start)
        if not members or governing_cases(self.governor(mention)) is not None:
            return None
        return ru_list_cases(members)

    def last_candidate(self, key: str) -> _Candidate | None:
        contest = self.contests.get(key)
        return contest.candidates[-1] if contest and contest.candidates else None

    # -- reading ----------------------------------------------------------------------
    def read(self, sentences: list[_Sentence]) -> None:
        mentions_by_sentence = [find_places(self.text, s.start, s.end) for s in sentences]
        regions: set[str] = set()
        places: set[str] = set()
        for mentions in mentions_by_sentence:
            for m in mentions:
                place = resolve(m, on=self.on)
                if place is None:
                    continue
                (regions if place.place_type == "region" else places).add(place.place_id)
                regions.add(place.region_id)
        self.regions, self.context_places = frozenset(regions), frozenset(places)
        for sentence, mentions in zip(sentences, mentions_by_sentence, strict=True):
            self.read_sentence(sentence, mentions)

    def read_sentence(self, sentence: _Sentence, mentions: list[PlaceMention]) -> None:
        keyed: list[tuple[PlaceMention, str]] = []
        for m in mentions:
            found = self.place_key(m)
            if found:
                keyed.append((m, found[0]))
        keyed = self._most_specific(keyed)
        distinct = list(dict.fromkeys(k for _, k in keyed))
        blocked = [(m.start, m.end) for m in mentions]
        blocked += [
            (sentence.start + a, sentence.start + b)
            for a, b in party_spans(self.text[sentence.start : sentence.end])
        ]
        names = find_names(self.text, sentence.start, sentence.end, blocked=blocked)
        self.note_lists(names)
        numbers = [
            n
            for n in find_numbers(
                self.text[sentence.start : sentence.end], language=sentence.cues.language
            )
        ]
        numbers = [
            Number(
                n.value, n.start + sentence.start, n.end + sentence.start, n.percent, n.approximate
            )
            for n in numbers
        ]
        if _INTERMEDIATE.search(self.text[sentence.start : sentence.end]):
            numbers = []
        consumed: set[int] = set()
        if len(distinct) <= 1:
            if distinct:
                self._move_to(distinct[0])
            else:
                region = self._region_only(mentions)
                if region is not None and any(not n.approximate for n in numbers):
                    # "В Атырауской области ... включены 44 305": a region's totals
                    # belong to no contest; a region named without figures ("первые в
                    # 2025 году выборы сельского акима в Павлодарской области") moves nothing
                    self.current = _REGION_SCOPE + region
                elif sentence.cues.several.search(self.text[sentence.start : sentence.end]):
                    # "в регионе", "по трём районам", "выборы 42 акимов": no one contest
                    self.current = _SEVERAL
            segments = [(sentence.start, sentence.end, self.current, False)]
        else:
            self._pairs(sentence, keyed, numbers, consumed)
            segments = self._segments(sentence, keyed, names)
            names = self._respective_people(sentence, segments, keyed, names)
            # after "акимов Бокейординского, Каратобинского и Таскалинского районов" the
            # next figures are of the list, not of its last place
            self.current = _SEVERAL if segments[-1][3] else distinct[-1]
        targets = distinct if len(distinct) > 1 else self.prev_places
        for start, end, key, shared in segments:
            self.read_segment(
                sentence,
                start,
                end,
                key,
                shared,
                names,
                numbers,
                consumed,
                targets,
                multi=len(distinct) > 1,
            )
        self.prev_places = distinct if len(distinct) > 1 else self.prev_places
        if len(distinct) > 1:
            self.place_lists.append(distinct)
        text = self.text[sentence.start : sentence.end]
        cues = sentence.cues
        if (
            not names
            and self.last_multi
            and cues.elected.search(text)
            and cues.all_candidates.search(text)
            and not cues.loser.search(text)
        ):
            # "Екеуі де аудан әкімі болып сайланды" / "Оба избраны": one verb for the
            # winners named in the previous sentence, one per place.
            for key, person in self.last_multi:
                cand = self._known(key, person, cues.language)
                if cand is not None and cand.elected is None:
                    cand.elected = True
        self.last_multi = (
            [(k, m) for s, e, k, _ in segments for m in names if s <= m.start < e]
            if len(distinct) > 1
            else []
        )
        if not names and cues.elected.search(text) and cues.anaphor.search(text):
            last = self.last_candidate(self.current)
            if last is not None and last.elected is None:
                last.elected = True
        if not names and cues.all_candidates.search(text) and not _SPLIT.search(text):
            # "все выдвинулись в порядке самовыдвижения": every candidate, but only when
            # the sentence is not split ("екеуі өзін-өзі ұсынған, біреуі AMANAT-тан"); party
            # membership does not count ("члены партии AMANAT, но самовыдвиженцы")
            nominator, _ = find_nominator(text)
            mixed = any(
                kind == "party" and not _MEMBER.search(text[max(0, a - 30) : a])
                for a, _, kind, _ in nominator_phrases(text)
            )
            if nominator == "self" and not mixed:
                self.contest(self.current).all_self = True

    def _respective_people(
        self,
        sentence: _Sentence,
        segments: list[tuple[int, int, str, bool]],
        keyed: list[tuple[PlaceMention, str]],
        names: list[NameMention],
    ) -> list[NameMention]:
        """``акимами Кобдинского и Уилского районов избраны X и Y соответственно``: a list
        of places and a list of as many people, paired in order. Returns the names left."""
        cues = sentence.cues
        text = self.text[sentence.start : sentence.end]
        match = cues.respectively.search(text)
        if match is None:
            return names
        # "избраны X и Y соответственно" or "стали соответственно X и Y"
        limit = sentence.start + match.start()
        if not re.fullmatch(r"[\s,.;)]*", text[match.end() :]):
            limit = sentence.end
        for start, end, _key, shared in segments:
            if not shared:
                continue
            places = [(m, k) for m, k in keyed if start <= m.start < end]
            keys = list(dict.fromkeys(k for _, k in places))
            after = [m for m in names if places[-1][0].end <= m.start and m.end <= min(end, limit)]
            if len(keys) < 2 or len(after) != len(keys):
                continue
            if any(not _CONJ.match(self.text[a.end : b.start]) for a, b in pairwise(after)):
                continue
            between = self.text[places[-1][0].end : after[0].start]
            elected = bool(cues.elected.search(between) or cues.elected.search(text))
            for key, m in zip(keys, after, strict=True):
                cand = self.candidate(key, m, cues.language)
                if elected and not cues.loser.search(between) and cand.elected is None:
                    cand.elected = True
            self.last_multi = []
            names = [m for m in names if m not in after]
        return names

    def _region_only(self, mentions: list[PlaceMention]) -> str | None:
        """The region a sentence names when it names no contest place."""
        regions = set()
        for m in mentions:
            place = resolve(m, on=self.on, context_regions=self.regions)
            if place is None or place.place_type != "region":
                return None
            regions.add(place.place_id)
        return regions.pop() if len(regions) == 1 else None

    def _most_specific(
        self, keyed: list[tuple[PlaceMention, str]]
    ) -> list[tuple[PlaceMention, str]]:
        keys = {k for _, k in keyed}
        out = []
        for m, k in keyed:
            if any(k in ancestors(other) for other in keys if other != k):
                continue
            out.append((m, k))
        return out

    def _move_to(self, key: str) -> None:
        current = self.contests.get(self.current)
        if current is not None and current.place_id and key in ancestors(current.place_id):
            return
        if (
            current is not None
            and key in self.contests
            and current.place_id
            and current.place_id in ancestors(key)
            and not current.candidates
            and not current.facts
        ):
            self.current = key
            return
        self.current = key

    def _pairs(
        self,
        sentence: _Sentence,
        keyed: list[tuple[PlaceMention, str]],
        numbers: list[Number],
        consumed: set[int],
    ) -> None:
        """``Исатай – 15 883``: a place and its own figure, labelled by the words before."""
        first_pair = None
        pairs: list[tuple[str, Number]] = []
        for m, key in keyed:
            after = [n for n in numbers if n.start >= m.end]
            if not after:
                continue
            n = after[0]
            if _LIST_GOES_ON.match(self.text[n.end : n.end + 40]):
                # "в А, Б и В районах – 19, 103 и 103 соответственно": the first of a list
                # of figures, not the last place's own
                continue
            if _PAIR_SEP.match(self.text[m.end : n.start]) and not n.approximate:
                pairs.append((key, n))
                first_pair = m.start if first_pair is None else first_pair
        cues = sentence.cues
        group_noun = any(cues.not_a_count.match(self.text[n.end : n.end + 30]) for n in numbers)
        for m, key in keyed:
            # "552 избирателя: 238 в Исатайском и 314 в Кызылкогинском районе": a figure
            # right before "в" and its place
            before = [n for n in numbers if n.end <= m.start]
            if not before or (key, before[-1]) in pairs or before[-1].approximate:
                continue
            n = before[-1]
            if not re.fullmatch(r"\s+(?:в|во)\s+", self.text[n.end : m.start], re.IGNORECASE):
                continue
            if first_pair is not None and n.start < first_pair:
                continue
            consumed.add(n.start)
            if group_noun:
                # "480 вахтовиков в Исатайском районе и 66 в Кызылкогинском": figures
                # of another group than voters
                continue
            pairs.append((key, n))
            first_pair = n.start if first_pair is None else min(first_pair, n.start)
        if not pairs or first_pair is None:
            return
        head = self.text[sentence.start : first_pair]
        for key, n in pairs:
            consumed.add(n.start)
            if n.percent:
                if cues.turnout.search(head) or cues.ballots_cast.search(head):
                    self.set_fact(key, "turnout_pct", n)
                    self.contest(key).turnout_base = "registered_voters"
                continue
            name = self._label(cues, head, "")
            if name and name[0] != "votes":
                self.set_fact(key, name[0], n, name[1])

    def _segments(
        self,
        sentence: _Sentence,
        keyed: list[tuple[PlaceMention, str]],
        names: list[NameMention],
    ) -> list[tuple[int, int, str, bool]]:
        segments: list[tuple[int, int, str, bool]] = []
        groups: list[list[tuple[PlaceMention, str]]] = []
        for m, key in keyed:
            if groups and _CONJ.match(self.text[groups[-1][-1][0].end : m.start]):
                groups[-1].append((m, key))
            else:
                groups.append([(m, key)])
        if (
            names
            and len(groups) > 1
            and names[0].start < groups[0][0][0].start
            and names[-1].end <= groups[-1][-1][0].start
        ):
            # "Азат Кутпанбетов (Балхашский район) и Нурлан Ертас (Жамбылский район)",
            # "X в Кобдинском районе и Y в Уилском районе": each place follows its person.
            start = sentence.start
            for i, group in enumerate(groups):
                last = group[-1][0]
                end = sentence.end
                if i + 1 < len(groups):
                    close = re.match(r"\s*[)\]]", self.text[last.end : sentence.end])
                    end = last.end + (close.end() if close else 0)
                keys = list(dict.fromkeys(k for _, k in group))
                segments.append((start, end, keys[-1], len(keys) > 1))
                start = end
            return segments
        for i, group in enumerate(groups):
            start = sentence.start if i == 0 else group[0][0].start
            end = groups[i + 1][0][0].start if i + 1 < len(groups) else sentence.end
            keys = list(dict.fromkeys(k for _, k in group))
            segments.append((start, end, keys[-1], len(keys) > 1))
        return segments

    def _label(self, cues: LanguageCues, prefix: str, suffix: str) -> tuple[str, str | None] | None:
        for ctx in (prefix, suffix):
            for name in ("against_all", "invalid_ballots", "absentee", "outside_premises"):
                if getattr(cues, name).search(ctx):
                    return name, None
        for ctx in (prefix, suffix):
            for name in ("registered_voters", "ballots_cast"):
                match = getattr(cues, name).search(ctx)
                if match:
                    if name == "registered_voters" and re.search(
                        r"кандидат|үміткер|úmitker|candidate", ctx, re.IGNORECASE
                    ):
                        return None
                    return name, match.group(0)
        return None

    def read_segment(
        self,
        sentence: _Sentence,
        start: int,
        end: int,
        key: str,
        shared: bool,
        names: list[NameMention],
        numbers: list[Number],
        consumed: set[int],
        targets: list[str],
        *,
        multi: bool,
    ) -> None:
        cues = sentence.cues
        lang = cues.language
        text = self.text
        seg_names = [m for m in names if start <= m.start < end]
        seg_numbers = [n for n in numbers if start <= n.start < end and n.start not in consumed]
        bounds = sorted(
            {start, end, *(start + m.start() for m in _CLAUSE.finditer(text[start:end]))}
        )

        def clause_of(pos: int) -> tuple[int, int]:
            a = max(b for b in bounds if b <= pos)
            z = min((b for b in bounds if b > pos), default=end)
            return a, z

        seg_numbers = [n for n in seg_numbers if n.percent or not self._is_age(n)]
        seg_numbers = [
            n
            for n in seg_numbers
            if n.percent
            or not cues.not_a_count.match(text[n.end : n.end + 30])
            or self._of_took_part(cues, n, end)
        ]
        self._respectively(sentence, start, end, key, seg_names, seg_numbers, consumed, targets)
        seg_numbers = [n for n in seg_numbers if n.start not in consumed]
        assigned: dict[int, tuple[str, _Candidate | None]] = {}
        for i, n in enumerate(seg_numbers):
            if n.approximate:
                continue
            prev_end = seg_numbers[i - 1].end if i else start
            next_start = seg_numbers[i + 1].start if i + 1 < len(seg_numbers) else end
            c_start, c_end = clause_of(n.start)
            c_start = max(c_start, prev_end)
            c_end = min(max(clause_of(max(n.end - 1, n.start))[1], n.end), next_start)
            prefix, suffix = text[c_start : n.start], text[n.end : c_end]
            joined = list(_JOIN.finditer(prefix))
            near = prefix[joined[-1].end() :] if joined else prefix
            in_prefix = [m for m in seg_names if c_start <= m.start and m.end <= n.start]
            in_suffix = [
                m
                for m in seg_names
                if n.end <= m.start
                and m.end <= c_end
                and cues.vote_word.search(text[n.end : m.start])
            ]
            if not in_suffix:
                in_suffix = [
                    m
                    for m in seg_names
                    if n.end <= m.start < next_start
                    and _VERB_THEN_NAME.match(text[n.end : m.start])
                ][:1]
            if not in_suffix and cues.vote_word.search(text[prev_end : n.end + 12]):
                # "больше всего голосов — 136 — у методиста клуба Жанар Уалиновой": the
                # count of the person it is "у"
                in_suffix = [
                    m
                    for m in seg_names
                    if n.end <= m.start < next_start and _COUNT_AT.match(text[n.end : m.start])
                ][:1]
            wide = [m for m in seg_names if prev_end <= m.start and m.end <= n.start]
            label: tuple[str, str | None] | None = None
            who: _Candidate | None = None
            against = any(
                getattr(cues, f).search(ctx)
                for ctx in (near, suffix)
                for f in ("against_all", "invalid_ballots", "absentee", "outside_premises")
            )
            if not against and (in_prefix or in_suffix):
                mention = in_prefix[-1] if in_prefix else in_suffix[0]
                who = self.candidate(key, mention, lang)
                label = ("votes", None)
            elif (
                not against
                and cues.anaphor.search(prefix)
                and (cues.vote_word.search(prefix + suffix))
            ):
                who = self.candidate(key, wide[-1], lang) if wide else self.last_candidate(key)
                label = ("votes", None) if who else None
            if label is None:
                label = self._label(cues, near, suffix) or self._label(cues, prefix, "")
                if (
                    label
                    and label[0] == "ballots_cast"
                    and wide
                    and (_FOR_WORD.search(text[prev_end : wide[-1].start]))
                ):
                    who = self.candidate(key, wide[-1], lang)
                    label = ("votes", None)
            if label is None and not n.percent and not who:
                # "182 voters (1.4%) rejected all candidates": the words after a share in
                # brackets are the count's
                ext = _AFTER_SHARE.match(text, n.end, end)
                if ext:
                    label = self._label(cues, "", ext.group(1))
            if (
                label is None
                and re.search(r"(?:^|\s)(?:из|out\s+of)\s*$", prefix, re.IGNORECASE)
                and re.match(
                    r"\s*(?:избирател|граждан|человек|voters|people)", suffix, re.IGNORECASE
                )
            ):
                label = ("registered_voters", None)
            took = None if label or n.percent else self._of_took_part(cues, n, end)
            if took is not None:
                # "284 of 334 registered voters took part", "3 229 из 6 354 избирателей
                # проголосовали": the first is the took-part figure
                label = ("ballots_cast", took.group(0))
            if (
                label is None
                and wide
                and (
                    cues.vote_word.search(text[prev_end:c_end])
                    or _FOR_WORD.search(text[max(prev_end, wide[-1].start - 25) : wide[-1].start])
                )
            ):
                who = self.candidate(key, wide[-1], lang)
                label = ("votes", None)
            if (
                n.percent
                and who is not None
                and in_prefix
                and cues.turnout.search(text[in_prefix[-1].end : n.start])
                and not cues.vote_word.search(text[in_prefix[-1].end : n.start])
            ):
                # "X was elected akim with turnout of 62.96%": the share is the contest's
                who, label = None, None
            if (
                not n.percent
                and i
                and assigned.get(i - 1, ("", None))[0] == "ballots_cast"
                and re.fullmatch(r"\s*(?:of|из|out\s+of)\s*", text[prev_end : n.start], re.I)
            ):
                label, who = ("registered_voters", None), None
            if n.percent:
                self._percent(cues, key, n, label, who, prefix, suffix, seg_numbers, i, assigned)
                continue
            if label is None or shared:
                continue
            assigned[i] = (label[0], who)
            if label[0] == "votes" and who is not None:
                if who.votes is None:
                    who.votes = Fact(n.value, (n.start, n.end), self.sha)
            elif label[0] != "votes":
                self.set_fact(key, label[0], n, label[1])
        self._people(sentence, start, end, key, seg_names, clause_of, multi=multi)

    def _is_age(self, n: Number) -> bool:
        """``29-летний``, ``29 жастағы``, ``aged 29``, ``жасы – 29-да``, ``X (29)``."""
        before = self.text[max(0, n.start - 25) : n.start]
        if _AGE_BEFORE.search(before) or _AGE_AFTER.match(self.text[n.end : n.end + 20]):
            return True
        # "Қайсар Махсутов (29)": a small number alone in brackets right after a name
        return bool(
            18 <= n.value <= 90
            and re.search(r"[^\W\d_]{3,}\s*\(\s*$", before)
            and re.match(r"\s*(?:жас\w*|jas\w*|лет|years?)?\s*\)", self.text[n.end : n.end + 12])
        )

    def _of_took_part(self, cues: LanguageCues, n: Number, end: int) -> re.Match[str] | None:
        """``3 229 из 6 354 избирателей проголосовали``: the first figure took part (the
        words after the second one say so)."""
        match = re.match(
            r"\s*(?:of|из|out\s+of)\s+(?:the\s+)?(?:[^\W\d]+['’]s\s+)?\d[\d\s,]*\d?\s+"
            r"([^,;:.()]{0,60})",
            self.text[n.end : end],
            re.IGNORECASE,
        )
        return cues.ballots_cast.search(match.group(1)) if match else None

    def _percent(
        self,
        cues: LanguageCues,
        key: str,
        n: Number,
        label: tuple[str, str | None] | None,
        who: _Candidate | None,
        prefix: str,
        suffix: str,
        seg_numbers: list[Number],
        i: int,
        assigned: dict[int, tuple[str, _Candidate | None]],
    ) -> None:
        if label and label[0] in ("against_all", "invalid_ballots", "absentee", "outside_premises"):
            return
        if who is not None:
            if who.share is None:
                who.share = Fact(n.value, (n.start, n.end), self.sha)
            return
        contest = self.contest(key)
        gap = self.text[seg_numbers[i - 1].end : n.start] if i else ""
        prev = assigned.get(i - 1) if i else None
        if (
            prev is not None
            and prev[0] == "votes"
            and prev[1] is not None
            and _SHARE_LINK.match(gap)
            and not _TURNOUT_WORD.search(gap)
        ):
            # "X 89 441 daýys jınady, bul – daýys berýge qatysqandardyń 77,1 paıyzy": a
            # share of those who took part right after a candidate's count is the
            # candidate's share
            if prev[1].share is None:
                prev[1].share = Fact(n.value, (n.start, n.end), self.sha)
            return
        if cues.turnout.search(prefix) or cues.turnout.search(suffix):
            if "turnout_pct" not in contest.facts:
                self.set_fact(key, "turnout_pct", n)
                base = cues.turnout_base_ballots.search(prefix + suffix)
                contest.turnout_base = "ballots_cast" if base else "registered_voters"
            return
        if i and i - 1 in assigned and (_ADJ_PCT.match(gap) or _PCT_IN_BRACKETS.match(gap)):
            field_name, prev_who = assigned[i - 1]
            if field_name == "ballots_cast" and "turnout_pct" not in contest.facts:
                self.set_fact(key, "turnout_pct", n)
                contest.turnout_base = "registered_voters"
            elif field_name == "votes" and prev_who is not None and prev_who.share is None:
                prev_who.share = Fact(n.value, (n.start, n.end), self.sha)

    def _respectively(
        self,
        sentence: _Sentence,
        start: int,
        end: int,
        key: str,
        names: list[NameMention],
        numbers: list[Number],
        consumed: set[int],
        targets: list[str],
    ) -> None:
        cues = sentence.cues
        match = cues.respectively.search(self.text, start, end)
        if not match:
            return
        before = [n for n in numbers if n.end <= match.start() and not n.approximate]
        if len(before) < 2:
            # "X pen Y sáıkesinshe 302 jáne 398 daýys aldy": the list right after the word
            after = [n for n in numbers if n.start >= match.end()]
            if len(after) < 2 or not re.fullmatch(
                r"[\s,:–—-]*(?:по\s+)?", self.text[match.end() : after[0].start]
            ):
                return
            before = []
            for n in after:
                gap = self.text[before[-1].end : n.start] if before else ""
                if before and not re.fullmatch(r"[\s,]*(?:и|және|jáne|and|&)?[\s,]*", gap):
                    break
                if n.approximate:
                    return
                before.append(n)
            if len(before) < 2:
                return
        group = [before[-1]]
        for n in reversed(before[:-1]):
            gap = self.text[n.end : group[0].start]
            if re.fullmatch(
                r"[\s,]*(?:и|және|jáne|and|&)?[\s,]*(?:голос\w*|votes|дауыс\w*|"
                r"daýys\w*)?[\s,]*(?:и|және|jáne|and)?\s*",
                gap,
                re.IGNORECASE,
            ):
                group.insert(0, n)
            else:
                break
        if len(group) < 2:
            return
        lead = [m for m in names if m.end <= group[0].start]
        lang = cues.language
        if len(lead) >= len(group):
            for m, n in zip(lead[-len(group) :], group, strict=True):
                cand = self.candidate(key, m, lang)
                if n.percent:
                    cand.share = cand.share or Fact(n.value, (n.start, n.end), self.sha)
                else:
                    cand.votes = cand.votes or Fact(n.value, (n.start, n.end), self.sha)
                consumed.add(n.start)
            return
        if len(targets) != len(group):
            targets = self._list_of(len(group)) or targets
        if len(targets) == len(group):
            head = self.text[sentence.start : group[0].start]
            tail = self.text[group[-1].end : match.end()]
            label = self._label(cues, head, tail)
            for target, n in zip(targets, group, strict=True):
                consumed.add(n.start)
                if label and not n.percent:
                    self.set_fact(target, label[0], n, label[1])

    def _list_of(self, size: int) -> list[str]:
        """The places of a "соответственно" list of ``size`` figures in a sentence naming
        none: the last list of as many places named before ("выборов акимов города
        Приозерск, Актогайского и Осакаровского районов ... 19, 103 и 103 соответственно")."""
        for places in reversed(self.place_lists):
            if len(places) == size:
                return places
        return []

    def _people(
        self,
        sentence: _Sentence,
        start: int,
        end: int,
        key: str,
        names: list[NameMention],
        clause_of: Callable[[int], tuple[int, int]],
        *,
        multi: bool,
    ) -> None:
        cues = sentence.cues
        text = self.text
        sentence_text = text[sentence.start : sentence.end]
        nominations: dict[int, list[tuple[str, str | None]]] = {}
        shared: dict[int, tuple[str, str | None]] = {}
        for a, b, kind, phrase_party in nominator_phrases(text[start:end]):
            if not names:
                break
            a, b = a + start, b + start
            if kind == "party" and _MEMBER.search(text[max(start, a - 30) : a]):
                continue  # "член партии AMANAT": membership is not nomination
            best = min(names, key=lambda n: (_distance(n, a, b), 0 if n.start >= b else 1))
            nominations.setdefault(best.start, []).append((kind, phrase_party))
            plural = _PLURAL_NOMINATION.match(text[a:end]) or _PLURAL_NOMINATION.match(text[b:end])
            if plural:
                # "Өзін-өзі ұсынған үміткерлер X 782, Y 426": every person after the phrase
                for n in names:
                    if n.start >= b:
                        shared.setdefault(n.start, (kind, phrase_party))
            if kind == "self" and not text[b : best.start].strip():
                # "Ózin-ózi usynǵan Gılmanovqa 782, Kereshke 426 saılaýshy daýys berdi": one
                # phrase before a list of names each with a bare count
                chain = [n for n in names if n.start >= best.start]
                for prev_n, cur in pairwise(chain):
                    if not _COUNT_THEN_NEXT.fullmatch(text[prev_n.end : cur.start]):
                        break
                    shared.setdefault(cur.start, (kind, phrase_party))
            # "X, Y и Z — также самовыдвиженцы": a phrase given to one of a list is the list's
            list_head = self.list_heads.get(best.start, best.start)
            for n in names:
                if n.start != best.start and self.list_heads.get(n.start, n.start) == list_head:
                    shared.setdefault(n.start, (kind, phrase_party))
        nearest_winner: set[int] = set()
        if not multi and names:
            # "Больше всего голосов — 1 756 — получил X": the winning words are nearest
            # to the winner's name, whichever clause it is in.
            for match in cues.elected.finditer(sentence_text):
                pos = sentence.start + match.start()
                best = min(names, key=lambda n: _distance(n, pos, pos + len(match.group(0))))
                nearest_winner.add(best.start)
        beaters, beaten = self._beat(sentence, names)
        candidate_sentence = bool(
            cues.candidate_word.search(sentence_text) or cues.elected.search(sentence_text)
        )
        for idx, m in enumerate(names):
            a, z = clause_of(m.start)
            clause = text[a:z]
            prev = names[idx - 1].end if idx else start
            nxt = names[idx + 1].start if idx + 1 < len(names) else end
            known = self._known(key, m, cues.language)
            if known is None and not candidate_sentence:
                continue
            if cues.official.search(clause) and not cues.elected.search(clause):
                continue
            if known is None and self._official(m):
                continue
            if self._withdrew(m, nxt, cues):
                if known is not None:
                    self.contest(key).candidates.remove(known)
                continue
            cand = known or self.candidate(key, m, cues.language)
            if known is not None:
                _nominative_order(
                    known,
                    m.printed,
                    normalize_name(
                        m.printed,
                        cues.language,
                        governor=self.governor(m),
                        after=text[m.end : m.end + 40],
                        cases=self.shared_cases(m, cues.language),
                    ),
                )
            found = nominations.get(m.start, [])
            nominator: str | None = None
            party_id: str | None = None
            if any(kind == "self" for kind, _ in found):
                nominator = "self"
            elif found:
                nominator, party_id = "party", found[0][1]
            elif m.start in shared:
                nominator, party_id = shared[m.start]
            head = self.list_heads.get(m.start)
            lead = next((n for n in names if n.start == head), None) if head is not None else None
            if nominator is None and lead is not None:
                known_lead = self._known(key, lead, cues.language)
                if known_lead is not None:
                    nominator, party_id = known_lead.nominator, known_lead.party_id
            if nominator and cand.nominator is None:
                cand.nominator, cand.party_id = nominator, party_id
            own = text[prev if lead is None else max(start, lead.start - 80) : z]
            zone = text[m.start : nxt]
            if m.start in beaters:
                cand.elected = True
            elif m.start in beaten or cues.loser.search(own):
                cand.elected = False if cand.elected is None else cand.elected
            elif (
                (
                    cues.elected.search(clause)
                    and not self._other_name_closer(m, names, clause, a, cues)
                )
                or (cues.elected.search(zone) and not cues.loser.search(zone))
                # "акимом X района избран A, Y района – B": the first name of each place
                or (multi and cues.elected.search(sentence_text) and idx == 0)
                or m.start in nearest_winner
            ):
                cand.elected = True

    def _official(self, m: NameMention) -> bool:
        """A name with a title of office next to it, or a verb of saying right after it."""
        before = self.text[max(0, m.start - 120) : m.start]
        after = self.text[m.end : m.end + 160]
        return bool(
            _TITLE_BEFORE.search(before) or _TITLE_AFTER.match(after) or _SAID_AFTER.match(after)
        )

    def _withdrew(self, m: NameMention, nxt: int, cues: LanguageCues) -> bool:
        """The name is followed, before another name or any word of the vote, by the words
        of leaving the race."""
        tail = self.text[m.end : min(nxt, m.end + 80)]
        match = _WITHDREW.search(tail)
        if match is None:
            return False
        between = tail[: match.start()]
        return not (
            cues.elected.search(between)
            or cues.vote_word.search(between)
            or _OTHER_SUBJECT.search(between)
        )

    def _beat(self, sentence: _Sentence, names: list[NameMention]) -> tuple[set[int], set[int]]:
        """``X опередил Y, Z и W`` / ``X defeated two rivals``: the name before the verb
        won; the list right after it lost."""
        beaters: set[int] = set()
        beaten: set[int] = set()
        for match in sentence.cues.beat.finditer(self.text, sentence.start, sentence.end):
            if re.match(r"\s+by\b", self.text[match.end() : match.end() + 4]):
                continue  # "was defeated by X"
            before = [n for n in names if n.end <= match.start()]
            if before and _PRONOUN_SUBJECT.fullmatch(self.text[before[-1].end : match.start()]):
                # "Y, Z и W он опередил": the names are the object, the pronoun the winner
                head = self.list_heads.get(before[-1].start, before[-1].start)
                beaten.update(
                    n.start for n in before if self.list_heads.get(n.start, n.start) == head
                )
            elif before and not re.search(r"[;:]", self.text[before[-1].end : match.start()]):
                beaters.add(before[-1].start)
            after = [n for n in names if n.start >= match.end()]
            if after and re.fullmatch(r"[^;:.]{0,40}", self.text[match.end() : after[0].start]):
                head = self.list_heads.get(after[0].start, after[0].start)
                beaten.update(
                    n.start for n in after if self.list_heads.get(n.start, n.start) == head
                )
        return beaters, beaten - beaters

    def _other_name_closer(
        self, m: NameMention, names: list[NameMention], clause: str, a: int, cues: LanguageCues
    ) -> bool:
        match = cues.elected.search(clause)
        if match is None:
            return False
        pos = a + match.start()
        in_clause = [n for n in names if a <= n.start < a + len(clause)]
        if len(in_clause) <= 1:
            return False
        nearest = min(in_clause, key=lambda n: min(abs(n.start - pos), abs(n.end - pos)))
        return nearest is not m

    def _known(self, key: str, m: NameMention, lang: str) -> _Candidate | None:
        contest = self.contests.get(key)
        if contest is None:
            return None
        skey = _surname_key(
            normalize_name(
                m.printed,
                lang,
                governor=self.governor(m),
                after=self.text[m.end : m.end + 40],
                cases=self.shared_cases(m, lang),
            )
        )
        for cand in contest.candidates:
            if skey and _surname_key(cand.name) == skey:
                return cand
        return None

    # -- output -----------------------------------------------------------------------
    def finish(self) -> tuple[ExtractedContest, ...]:
        self._merge_unresolved()
        out = []
        for key in self.order:
            contest = self.contests[key]
            if not contest.facts and not contest.candidates:
                continue
            if key.startswith((_REGION_SCOPE, _SEVERAL)) and not contest.candidates:
                continue
            self._plurality(contest)
            if any(c.elected for c in contest.candidates):
                for cand in contest.candidates:
                    if cand.elected is None:
                        cand.elected = False
            if contest.all_self:
                for cand in contest.candidates:
                    if cand.nominator is None:
                        cand.nominator = "self"
            facts = contest.facts
            out.append(
                ExtractedContest(
                    place_name=contest.place_name,
                    place_id=contest.place_id,
                    election_date=self.on,
                    registered_voters=facts.get("registered_voters"),
                    ballots_cast=facts.get("ballots_cast"),
                    ballots_cast_label=contest.ballots_label,
                    absentee=facts.get("absentee"),
                    outside_premises=facts.get("outside_premises"),
                    invalid_ballots=facts.get("invalid_ballots"),
                    against_all=facts.get("against_all"),
                    turnout_pct=facts.get("turnout_pct"),
                    turnout_base=contest.turnout_base if "turnout_pct" in facts else None,
                    candidates=tuple(
                        ExtractedCandidate(
                            name_as_printed=c.printed,
                            name=c.name,
                            nominator=c.nominator,  # type: ignore[arg-type]
                            party_id=c.party_id,
                            votes=c.votes,
                            vote_share_pct=c.share,
                            elected=c.elected,
                            span=c.span,
                        )
                        for c in sorted(contest.candidates, key=lambda c: c.span[0])
                    ),
                )
            )
        return tuple(out)

    def _plurality(self, contest: _Contest) -> None:
        """A results message that gives every candidate of a contest a count but names
        no winner: the most votes won (the rule is a plurality)."""
        cands = contest.candidates
        if len(cands) < 2 or any(c.elected for c in cands):
            return
        counts: list[tuple[float, _Candidate]] = []
        # counts, or else shares when every candidate has one and together they make no
        # more than a whole (of one base, so the largest won)
        for cand in cands:
            fact = cand.votes
            if fact is None or not isinstance(fact.value, int | float):
                counts = []
                break
            counts.append((float(fact.value), cand))
        if not counts:
            for cand in cands:
                share = cand.share
                if share is None or not isinstance(share.value, int | float):
                    return
                counts.append((float(share.value), cand))
            stated = any(
                c.share is not None
                and _SHARE_BASE.match(self.text, c.share.span[1], c.share.span[1] + 80)
                for c in cands
            )
            if not stated or sum(v for v, _ in counts) > 100.5:
                return
        counts.sort(key=lambda vc: -vc[0])
        (top_votes, top), (second_votes, _) = counts[0], counts[1]
        if top_votes > second_votes and top.elected is None:
            top.elected = True

    def _merge_unresolved(self) -> None:
        real = [k for k in self.order if not k.startswith(("?", "_"))]
        for key in list(self.order):
            if not key.startswith(("?", "_")):
                continue
            contest = self.contests[key]
            if key.startswith((_REGION_SCOPE, _SEVERAL)) and not contest.candidates:
                continue
            target = None
            if key.startswith("?"):
                matches = [k for k in real if k in contest.candidate_ids]
                if len(matches) == 1:
                    target = matches[0]
                elif len(real) == 0 and contest.candidate_ids:
                    continue
            elif len(real) == 1:
                target = real[0]
            elif real:
                target = self._by_person(contest, real)
            if target is None:
                continue
            self._merge(contest, self.contests[target])
            self.order.remove(key)

    def _by_person(self, contest: _Contest, real: list[str]) -> str | None:
        for cand in contest.candidates:
            skey = _surname_key(cand.name)
            hits = [
                k
                for k in real
                if any(_surname_key(c.name) == skey for c in self.contests[k].candidates)
            ]
            if len(hits) == 1:
                return hits[0]
        return None

    def _merge(self, source: _Contest, target: _Contest) -> None:
        for name, fact in source.facts.items():
            if source.key.startswith(_SEVERAL):
                break
            target.facts.setdefault(name, fact)
        target.ballots_label = target.ballots_label or source.ballots_label
        target.turnout_base = target.turnout_base or source.turnout_base
        target.all_self = target.all_self or source.all_self
        for cand in source.candidates:
            skey = _surname_key(cand.name)
            same = next((c for c in target.candidates if _surname_key(c.name) == skey), None)
            if same is None:
                target.candidates.insert(0, cand)
                continue
            same.votes = same.votes or cand.votes
            same.share = same.share or cand.share
            same.nominator = same.nominator or cand.nominator
            same.party_id = same.party_id or cand.party_id
            if same.elected is None:
                same.elected = cand.elected
            if len(cand.name.split()) > len(same.name.split()):
                same.printed, same.name, same.span = cand.printed, cand.name, cand.span


def extract_document(doc: DocumentText, *, sha256: str | None = None) -> ExtractedDocument:
    """The contests and facts of one document; only a results message yields contests.

    >>> from kzvotes.parse import text_document
    >>> doc = text_document("В Бокейординском районе за кандидата Нурлыбека Даумова от "
    ...                     "партии AMANAT проголосовали 4 660 человек. Он избран акимом.")
    >>> found = extract_document(doc)
    >>> c = found.contests[0].candidates[0]
    >>> (found.kind, found.contests[0].place_id, c.name, c.votes.value, c.party_id)
    ('results', 'KZ-27/bokeyorda', 'Нурлыбек Даумов', 4660, 'amanat')
    """
    paragraphs = [doc.text[a:b] for a, b in doc.paragraphs] or [doc.text]
    language = document_language(paragraphs)
    kind = classify_text(doc.text)
    if kind != "results":
        return ExtractedDocument(sha256, language, kind, ())
    election_date = find_election_date(doc.text, published=doc.published_date)
    reader = _Reader(doc, sha256, election_date)
    reader.read(_sentences(doc))
    _ = load_places
    return ExtractedDocument(sha256, language, kind, reader.finish())
