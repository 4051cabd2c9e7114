"""Pass 4: people and their roles. An official (a title next to the name, a verb of
saying after it), a candidate who withdrew, and who beat whom."""

from __future__ import annotations

import re
from functools import cache

from kzvotes.extract.cues import LanguageCues
from kzvotes.extract.names import (
    NameMention,
)
from kzvotes.extract.reading import (
    Reading,
)
from kzvotes.extract.segment import CUES, Sentence
from kzvotes.extract.wording import (
    BY_AGENT,
    FORMER,
    OFFICE_BEFORE,
    OTHER_SUBJECT,
    PRONOUN_SUBJECT,
    RIVAL_NAMED,
    SAID_AFTER,
    TITLE_AFTER,
    TITLE_BEFORE,
    WITHDREW,
    words,
)


def official(r: Reading, m: NameMention) -> bool:
    """A name with a title of office next to it, or a verb of saying right after it; or a
    person described by a role (an office held now or before, a voter, a student, an
    observer) with nothing of a candidate in the clauses around the name."""
    if SAID_AFTER.match(r.text[m.end : m.end + 160]):
        return True
    return titled(r, m) or titled_elsewhere(r, m) or role_without_candidacy(r, m)


# "пенсионерка Роза Бекова", "Алғаш рет дауыс берген студент Әлихан Маратов", "observer
# Marat Serikov": a role before the name that no candidate's description needs
_ROLE_BEFORE = re.compile(rf"(?<!\w)(?:{words('person_role')})\s*[,:–—-]?\s*$", re.IGNORECASE)
# "бұрынғы аудан әкімі X", "бывший аким района X", "former district akim X": a past akim
# (the akim's word alone before a name is a candidate's: "аким района X избран")
_FORMER_AKIM_BEFORE = re.compile(
    rf"(?:{words('former')})(?:\s+[\w-]+){{0,3}}?\s+{words('akim')}\w*(?:\s+[\w-]+){{0,2}}?\s*[,:–—-]?\s*$",
    re.IGNORECASE,
)
# the clause before a name reaches back to the last comma, semicolon, colon or sentence end
_CLAUSE_BEFORE = re.compile(r"[^,;:.!?\n]*$")
# and the words after it to the end of its sentence (or a semicolon)
_SENTENCE_AFTER = re.compile(r"[^;.!?\n]*")


@cache
def _candidacy() -> re.Pattern[str]:
    """Any language's words of a result (elected, lost, beat) or of a nomination."""
    cues = [c for lang in CUES.values() for c in (lang.elected, lang.loser, lang.beat)]
    patterns = [c.pattern for c in cues if c.pattern]
    patterns += [words("self_nomination"), words("party_word")]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def role_without_candidacy(r: Reading, m: NameMention) -> bool:
    """``бұрынғы аудан әкімі Ерлан Сапаров зейнетке шықты``, ``зейнеткер Роза Бекова дауыс
    берді``: a person described by a role or a title of office (held now or before) whose
    clause and the rest of whose sentence hold no result, no nomination and no figure: a
    person of the page, not a candidate (``бывший аким района X избран``, ``студент X
    набрал 300 голосов`` are candidates)."""
    before = r.text[max(0, m.start - 120) : m.start]
    if not (
        _ROLE_BEFORE.search(before)
        or _FORMER_AKIM_BEFORE.search(before)
        or OFFICE_BEFORE.search(before)
        or TITLE_BEFORE.search(before)
    ):
        return False
    clause = _CLAUSE_BEFORE.search(before)
    rest = _SENTENCE_AFTER.match(r.text, m.end)
    around = (clause.group() if clause else "") + (rest.group() if rest else "")
    return not (_candidacy().search(around) or re.search(r"\d", around))


def titled(r: Reading, m: NameMention) -> bool:
    """A name with a title next to it: an office ("Председатель облизбиркома X") or a
    voter interviewed."""
    before = r.text[max(0, m.start - 120) : m.start]
    after = r.text[m.end : m.end + 160]
    title = TITLE_BEFORE.search(before) or TITLE_AFTER.match(after)
    return bool(title and not FORMER.search(title.group(0)))


def holds_office(r: Reading, m: NameMention) -> bool:
    """A title of office right before the name (no voter: "1816 сайлаушы X қолдады" is a
    count of voters for X)."""
    title = OFFICE_BEFORE.search(r.text[max(0, m.start - 120) : m.start])
    return bool(title and not FORMER.search(title.group(0)))


# "Karin: 17 more rural akims elected" over "State Counsellor Erlan Karin said ...": a
# surname printed alone is the official's whose title stands before the full name
# elsewhere in the message (a given name or an initial between)
GIVEN_BEFORE = re.compile(r"\b[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.]*\s+$")


def titled_elsewhere(r: Reading, m: NameMention) -> bool:
    if len(m.printed.split()) != 1:
        return False
    for other in re.finditer(rf"(?<!\w){re.escape(m.printed)}(?!\w)", r.text):
        if other.start() == m.start:
            continue
        before = r.text[max(0, other.start() - 160) : other.start()]
        given = GIVEN_BEFORE.search(before)
        if given is None:
            continue
        title = TITLE_BEFORE.search(before[: given.start()])
        if title and not FORMER.search(title.group(0)):
            return True
    return False


def withdrew(r: Reading, m: NameMention, nxt: int, cues: LanguageCues) -> bool:
    """The name is followed, before another name or any word of the vote, by the words
    of leaving the race."""
    tail = r.text[m.end : min(nxt, m.end + 80)]
    match = WITHDREW.search(tail)
    if match is None:
        return False
    between = tail[: match.start()]
    return not (
        cues.elected.search(between)
        or cues.vote_word.search(between)
        or OTHER_SUBJECT.search(between)
    )


def beat(r: Reading, sentence: Sentence, names: list[NameMention]) -> tuple[set[int], set[int]]:
    """``X опередил Y, Z и W`` / ``X defeated two rivals``: the name before the verb
    won; the list right after it lost."""
    beaters: set[int] = set()
    beaten: set[int] = set()
    for match in sentence.cues.beat.finditer(r.text, sentence.start, sentence.end):
        if BY_AGENT.match(r.text[match.end() : match.end() + 4]):
            continue  # "was defeated by X"
        before = [n for n in names if n.end <= match.start()]
        if before and PRONOUN_SUBJECT.fullmatch(r.text[before[-1].end : match.start()]):
            # "Y, Z и W он опередил": the names are the object, the pronoun the winner
            head = r.list_heads.get(before[-1].start, before[-1].start)
            beaten.update(n.start for n in before if r.list_heads.get(n.start, n.start) == head)
        elif before and not re.search(r"[;:]", r.text[before[-1].end : match.start()]):
            beaters.add(before[-1].start)
        after = [n for n in names if n.start >= match.end()]
        if after and re.fullmatch(r"[^;:.]{0,40}", r.text[match.end() : after[0].start]):
            head = r.list_heads.get(after[0].start, after[0].start)
            beaten.update(n.start for n in after if r.list_heads.get(n.start, n.start) == head)
    beaten.update(rivals_of_a_score(r, sentence, names))
    return beaters, beaten - beaters


def rivals_of_a_score(r: Reading, sentence: Sentence, names: list[NameMention]) -> set[int]:
    """``won with 9,071 votes to 1,875 for Y and 1,140 for Z``: the people of the counts
    after "to" (against) the winner's lost."""
    return {
        n.start
        for n in names
        if RIVAL_NAMED.search(r.text, max(sentence.start, n.start - 160), n.start)
    }


def other_name_closer(
    r: Reading, m: NameMention, names: list[NameMention], clause: str, a: int, cues: LanguageCues
) -> bool:
    """Whether another name of the clause is closer than ``m`` to the clause's winner words."""
    match = cues.elected.search(clause)
    if match is None:
        return False
    pos = a + match.start()
    in_clause = [n for n in names if a <= n.start < a + len(clause)]
    if len(in_clause) <= 1:
        return False
    nearest = min(in_clause, key=lambda n: min(abs(n.start - pos), abs(n.end - pos)))
    return nearest is not m
