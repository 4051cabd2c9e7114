"""The wording that labels each figure, one table per language (see ru, kk, kk_latn, en)."""

from __future__ import annotations

import re
from dataclasses import dataclass


def rx(pattern: str) -> re.Pattern[str]:
    """A case-insensitive pattern."""
    return re.compile(pattern, re.IGNORECASE)


NEVER = re.compile(r"(?!)")


@dataclass(frozen=True)
class LanguageCues:
    """Patterns for one language. Each field pattern is searched in the clause around a
    number; ``ballots_cast`` keeps its match as the printed label."""

    language: str
    registered_voters: re.Pattern[str]
    ballots_cast: re.Pattern[str]
    absentee: re.Pattern[str]
    outside_premises: re.Pattern[str]
    invalid_ballots: re.Pattern[str]
    against_all: re.Pattern[str]
    turnout: re.Pattern[str]
    turnout_base_ballots: re.Pattern[str]
    vote_word: re.Pattern[str]
    candidate_word: re.Pattern[str]
    elected: re.Pattern[str]
    loser: re.Pattern[str]
    anaphor: re.Pattern[str]
    respectively: re.Pattern[str]
    official: re.Pattern[str]
    all_candidates: re.Pattern[str]
    not_a_count: re.Pattern[str]
    beat: re.Pattern[str] = NEVER
    """``X опередил Y и Z`` / ``X defeated Y``: the name before is the winner, the names
    after are losers."""
    job: re.Pattern[str] = NEVER
    """``заместитель``, ``басшысы``, ``head of ... department``: a place in a person's job
    title is no contest place."""
    led: re.Pattern[str] = NEVER
    """``Paryǵın aýyldyq okrýgin basqarǵan``, ``ее назначили акимом Парыгинского
    сельского округа``: a post held or given before; the unit it governs is no contest."""
    this_is: re.Pattern[str] = NEVER
    """``Бұл – дауыстардың 77,1 пайызы``: a sentence giving the share of the last count."""
    most_votes: re.Pattern[str] = NEVER
    """``больше всего голосов``, ``ең көп дауыс``, ``the most votes``."""
    refers_back: re.Pattern[str] = NEVER
    """``Его выдвинула партия``: a sentence naming nobody that speaks of the last person
    named."""
    the_winner: re.Pattern[str] = NEVER
    """``Новый аким ... самовыдвиженец``: a sentence naming nobody that speaks of the
    winner."""
    both: re.Pattern[str] = NEVER
    """``оба``, ``екеуі``, ``both``: the two people named just before, not every candidate."""
    they: re.Pattern[str] = NEVER
    """``они``, ``олар``, ``they``: the people named in an earlier sentence."""
    background: re.Pattern[str] = NEVER
    """``Ранее сообщалось``, ``Еске сала кетейік``, ``Recall that``: a sentence recalling
    another event; nothing in it belongs to this message's contests."""
    total: re.Pattern[str] = NEVER
    """``всего``, ``жалпы``, ``jalpy``, ``in total``: a figure for everything read so far;
    after two contests or more, it belongs to none of them."""
    several: re.Pattern[str] = NEVER
    """Words saying that a sentence's totals are of a region, the country or several
    contests (``в регионе``, ``по трём районам``, ``in total``): such totals go to no
    single contest."""
