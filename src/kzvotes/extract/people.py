"""Pass 4: people and their roles. An official (a title next to the name, a verb of
saying after it), a candidate who withdrew, and who beat whom."""

from __future__ import annotations

import re

from kzvotes.extract.cues import LanguageCues
from kzvotes.extract.names import (
    NameMention,
)
from kzvotes.extract.reading import (
    Reading,
)
from kzvotes.extract.segment import Sentence
from kzvotes.extract.wording import (
    BY_AGENT,
    FORMER,
    OTHER_SUBJECT,
    PRONOUN_SUBJECT,
    RIVAL_NAMED,
    SAID_AFTER,
    TITLE_AFTER,
    TITLE_BEFORE,
    WITHDREW,
)


def official(r: Reading, m: NameMention) -> bool:
    """A name with a title of office next to it, or a verb of saying right after it."""
    before = r.text[max(0, m.start - 120) : m.start]
    after = r.text[m.end : m.end + 160]
    if SAID_AFTER.match(after):
        return True
    title = TITLE_BEFORE.search(before) or TITLE_AFTER.match(after)
    return bool(title and not FORMER.search(title.group(0)))


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
