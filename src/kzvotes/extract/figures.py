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
    CANDIDATE_NOUN,
    OF_TOOK_PART,
)


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
        for name in ("registered_voters", "ballots_cast"):
            match = getattr(cues, name).search(ctx)
            if match:
                if name == "registered_voters" and CANDIDATE_NOUN.search(ctx):
                    return None
                return name, match.group(0)
    return None


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
        return None
    # "В голосовании приняли участие 768 из 1 524 избирателей": the verb may come first
    clause_before = re.split(r"[.;:!?]", r.text[max(0, n.start - 60) : n.start])[-1]
    return cues.ballots_cast.search(match.group(1)) or cues.ballots_cast.search(clause_before)
