"""Pass 3: numbers with their labels (voters, took part, invalid, against all, ...);
an age, a year, a date or a count of another group is never a vote count."""

from __future__ import annotations

import re

from kzvotes.extract.cues import LanguageCues
from kzvotes.extract.numbers import Number
from kzvotes.extract.reading import (
    Reading,
)
from kzvotes.extract.wording import (
    AGE_AFTER,
    AGE_BEFORE,
    AGE_IN_BRACKETS,
    ANSWER_OPEN,
    CANDIDATE_NOUN,
    MEANS_TO_VOTE,
    OF_TOOK_PART,
    OUT_OF_COUNT_ENDING,
    QUESTION_OPEN,
    QUESTION_TOOK_PART,
    TURNOUT_COUNT_BEFORE,
    words,
)

# a share's sign or word, between a share and the next one of a list
_PCT = rf"\s*(?:%|{words('percent')})?\s*"
# "56,0% (54,6% и 57,2%)": a figure, its parts in brackets, the list's joints, the bracket's
# close (with "respectively" before it or not)
# (a few words may head the parts: "(по районам – 54,6% и 57,2%)", "(в районах: ...)")
# (the share's noun may stand before the bracket: "56,0% зарегистрированных избирателей (...)")
_PARTS_OPEN = re.compile(
    rf"{_PCT}(?:(?:[^\W\d_]+\s+){{0,3}}{words('people')}\s*)?\(\s*(?:[^\W\d_]+\s*){{0,3}}[–—:-]?\s*",
    re.IGNORECASE,
)
_PARTS_GAP = re.compile(rf"{_PCT}[,;]?\s*(?:{words('and')}\s*|&\s*)?", re.IGNORECASE)
_PARTS_CLOSE = re.compile(rf"{_PCT},?\s*(?:[^\W\d_]+\s*)?\)")
# the same parts after "including" ("56,0%, в том числе 54,6% и 57,2% соответственно"),
# closed by the end of the sentence
_PARTS_INCLUDING = re.compile(rf"{_PCT}[,:]?\s*{words('including')}\s*[:–—-]?\s*", re.IGNORECASE)
_PARTS_END = re.compile(rf"{_PCT},?\s*(?:[^\W\d_]+\s*)?(?:[.;\n]|$)")


def label_of(
    r: Reading, cues: LanguageCues, prefix: str, suffix: str
) -> tuple[str, str | None] | None:
    """The label of a figure from the words of its clause before (``prefix``) or after
    (``suffix``) it, and the printed label of a took-part count."""
    for after, ctx in enumerate((prefix, suffix)):
        found = [
            (match.start(), name)
            for name in ("against_all", "invalid_ballots", "absentee", "outside_premises")
            if (match := getattr(cues, name).search(ctx))
        ]
        if after and len(found) > 1:
            # "24 of them voted outside the polling stations and no one used an absentee
            # certificate": of two labels after a figure, the nearer is its own
            return min(found)[1], None
        if found:
            return found[0][1], None
    for ctx in (prefix, suffix):
        used = cues.ballots_cast.search(ctx)
        for name in ("registered_voters", "ballots_cast"):
            match = getattr(cues, name).search(ctx)
            if match and name == "registered_voters" and used and _holds(used, match):
                # "воспользовались своим правом голоса": the right to vote used, a count of
                # ballots cast whose words hold those of the voters who have the right
                continue
            if match:
                if name == "registered_voters" and CANDIDATE_NOUN.search(ctx):
                    return None
                if name == "ballots_cast" and MEANS_TO_VOTE.search(ctx):
                    # "вахтовикам создали условия для голосования: Исатай – 480": a group
                    # given the means to vote, not the count of those who voted
                    return None
                return name, match.group(0)
    return None


def _holds(outer: re.Match[str], inner: re.Match[str]) -> bool:
    """Whether the words of one label hold those of another (the longer wording rules)."""
    return (
        outer.start() <= inner.start()
        and inner.end() <= outer.end()
        and outer.span() != inner.span()
    )


def is_age(r: Reading, n: Number) -> bool:
    """``29-летний``, ``29 жастағы``, ``aged 29``, ``жасы – 29-да``, ``X (29)``."""
    before = r.text[max(0, n.start - 25) : n.start]
    if AGE_BEFORE.search(before) or AGE_AFTER.match(r.text[n.end : n.end + 20]):
        return True
    if not (isinstance(n.value, int) and 18 <= n.value <= 90):
        return False
    # "Қайсар Махсутов (29)": a small number alone in brackets right after a name
    if re.search(r"[^\W\d_]{3,}\s*\(\s*$", before) and AGE_IN_BRACKETS.match(
        r.text[n.end : n.end + 12]
    ):
        return True
    # "Serik Abenov, 45, won": a small number set off by commas right after a capitalised
    # name
    return bool(
        re.search(r"(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІÁÓÚÝǴŃ])[^\W\d_]{2,},\s*$", before)
        and re.match(r"\s*,", r.text[n.end : n.end + 3])
    )


def of_took_part(r: Reading, cues: LanguageCues, n: Number, end: int) -> re.Match[str] | None:
    """``3 229 из 6 354 избирателей проголосовали``: the first figure took part (the
    words after the second one say so)."""
    match = OF_TOOK_PART.match(r.text[n.end : end])
    if match is None:
        return turnout_count_of(r, n, end)
    # "В голосовании приняли участие 768 из 1 524 избирателей": the verb may come first
    clause_before = re.split(r"[.;:!?]", r.text[max(0, n.start - 60) : n.start])[-1]
    return cues.ballots_cast.search(match.group(1)) or cues.ballots_cast.search(clause_before)


def answers_how_many_took_part(r: Reading, start: int, n: Number) -> bool:
    """``Q: And how many actually did?`` / ``A: 3,443.``: a bare figure on an answer line
    whose question line before asks how many took part (not how many voted for someone)."""
    if ANSWER_OPEN.fullmatch(r.text, start, n.start) is None:
        return False
    if not re.fullmatch(r"[^\w\n]*", r.text[n.end :].split("\n", 1)[0]):
        return False
    before = r.text[:start].rstrip().rsplit("\n", 1)[-1]
    question = QUESTION_OPEN.match(before)
    return question is not None and QUESTION_TOOK_PART.search(before, question.end()) is not None


def turnout_count_of(r: Reading, n: Number, end: int) -> re.Match[str] | None:
    """``turnout was 284 out of 334.``: a turnout told as the count of those who took part
    out of the voters on the list; the first figure took part (its label the turnout words)."""
    if OUT_OF_COUNT_ENDING.match(r.text, n.end, end) is None:
        return None
    clause_before = re.split(r"[.;:!?]", r.text[max(0, n.start - 60) : n.start])[-1]
    return TURNOUT_COUNT_BEFORE.search(clause_before)


def turnout_breakdown(
    r: Reading,
    cues: LanguageCues,
    start: int,
    numbers: list[Number],
    consumed: set[int],
    targets: list[str],
) -> None:
    """``явка составила 56,0% (54,6% и 57,2%)`` after two places named in order: a turnout
    of them all, then each place's in brackets. Each place gets its own figure; the figure
    before the brackets is no one contest's (all of them are consumed)."""
    text = r.text
    for i, head in enumerate(numbers):
        if not head.percent or head.start in consumed:
            continue
        clause_start = numbers[i - 1].end if i else start
        if not cues.turnout.search(text, clause_start, head.start):
            continue
        group: list[Number] = []
        at = head.end
        bracket = True
        for n in numbers[i + 1 :]:
            if group:
                joined = _PARTS_GAP.fullmatch(text, at, n.start)
            else:
                joined = _PARTS_OPEN.fullmatch(text, at, n.start)
                bracket = joined is not None
                joined = joined or _PARTS_INCLUDING.fullmatch(text, at, n.start)
            if not n.percent or n.approximate or not joined:
                break
            group.append(n)
            at = n.end
        close = (_PARTS_CLOSE if bracket else _PARTS_END).match(text, at)
        if close is None or len(group) < 2 or len(group) != len(targets):
            continue
        word = re.search(r"[^\W\d_]+", text[at : close.end()])
        if word and not (
            cues.respectively.fullmatch(word.group(0)) or re.fullmatch(_PCT, word.group(0))
        ):
            continue  # "(54,6% и 57,2% в среднем)": no list of the places
        for target, n in zip(targets, group, strict=True):
            if "turnout_pct" not in r.contest(target).facts:
                r.set_fact(target, "turnout_pct", n, rule="turnout-per-place-in-brackets")
                r.contest(target).turnout_base = "registered_voters"
        consumed.update(n.start for n in (head, *group))
