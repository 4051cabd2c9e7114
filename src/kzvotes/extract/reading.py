"""The state of one document's reading: its contests, their candidates and figures so far.

The passes (contests, attach, winners, assemble) read and write one :class:`Reading`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from kzvotes.extract.model import Fact
from kzvotes.extract.names import (
    NameMention,
    given_names_differ,
    given_words,
    governing_cases,
    normalize_name,
    ru_list_cases,
)
from kzvotes.extract.numbers import Number
from kzvotes.extract.places import (
    PlaceMention,
    ancestors,
    is_contest_level,
    loose,
    resolve,
)
from kzvotes.extract.wording import CONJ
from kzvotes.parse import DocumentText

REGION_SCOPE = "_region:"
# Totals of several contests together (a coordinated list of places, "в регионе", "по трём
# районам", "выборы 42 акимов"): read so that they reach no single contest.
SEVERAL = "_several"


@dataclass
class Candidate:
    printed: str
    name: str
    span: tuple[int, int]
    nominator: str | None = None
    party_id: str | None = None
    votes: Fact | None = None
    share: Fact | None = None
    elected: bool | None = None
    rules: dict[str, str] = field(default_factory=dict)
    # a printing in the nominative agreed with the name: later printings do not respell it
    settled: bool = False


@dataclass
class Contest:
    key: str
    place_name: str | None
    place_id: str | None
    candidate_ids: tuple[str, ...] = ()
    facts: dict[str, Fact] = field(default_factory=dict)
    ballots_label: str | None = None
    turnout_base: str | None = None
    candidates: list[Candidate] = field(default_factory=list)
    all_self: bool = False
    self_count: int | None = None
    """"by voting day two self-nominees remained": how many candidates were self-nominated,
    when the message says so before naming them."""


def distance(m: NameMention, a: int, b: int) -> int:
    """Characters between a name and a span (0 when they overlap)."""
    if b <= m.start:
        return m.start - b
    if a >= m.end:
        return a - m.end
    return 0


def surname_key(name: str) -> str:
    """A loose key of a name's surname, to tell the same person printed twice."""
    words = [w for w in name.replace(".", ". ").split() if not w.endswith(".")]
    from kzvotes.extract.names import looks_like_surname

    surnames = [w for w in words if looks_like_surname(w)] or words[-1:]
    key = loose(surnames[0]) if surnames else ""
    key = re.sub(r"(?<=[aeiou])i(?=[aeiou])", "", key)
    # "Мухамедияров", "Мухамедиярова" (his genitive, or a woman's name): one stem
    return re.sub(r"(ova|eva|ina|ov|ev|in|a)$", "", key)


def nominative_order(cand: Candidate, printed: str, name: str) -> None:
    """``за Абилхаирулы Арыстанбека ... избран Арыстанбек Абилхаирулы``: the order of the
    words printed in the nominative is the name's, when the first mention was inflected;
    so is their spelling when only Kazakh and Russian letters differ (Абилхаирұлы), and
    their endings when the first mention's case was guessed (``Асию Сапарову`` read as a
    man's dative, then ``Асия Сапарова избрана``)."""
    if printed == name == cand.name:
        # "Мұхамедияровты ... Мұхамедияров сайланды ... НА РУССКОМ ... Мухамедияров": the
        # first nominative printing names him; a later one in the other alphabet does not
        cand.settled = True
        return
    if (
        printed == name
        and not cand.settled
        and cand.printed != cand.name
        and name != cand.name
        and (
            sorted(loose(w) for w in name.split()) == sorted(loose(w) for w in cand.name.split())
            or _same_stems(name, cand.name)
        )
    ):
        cand.name = name


def _same_stems(a: str, b: str) -> bool:
    """Whether two readings of a name differ only in their words' endings ("Асия Сапарова",
    "Асий Сапаров": an oblique "Асию Сапарову" read with no governing word as a man's):
    as many words, each sharing all but its last two letters with one of the other's."""
    left, right = [loose(w) for w in a.split()], [loose(w) for w in b.split()]
    if len(left) != len(right) or len(left) < 2:
        return False
    for word in left:
        stem = word[: max(3, len(word) - 2)]
        match = next((w for w in right if w.startswith(stem) or stem.startswith(w)), None)
        if match is None:
            return False
        right.remove(match)
    return True


class Reading:
    """What one document's reading has found so far."""

    def __init__(self, doc: DocumentText, sha256: str | None, election_date: date | None):
        self.doc = doc
        self.text = doc.text
        self.sha = sha256
        self.on = election_date
        self.contests: dict[str, Contest] = {}
        self.order: list[str] = []
        self.current = "_default"
        self.prev_places: list[str] = []
        self.place_lists: list[list[str]] = []
        self.regions: frozenset[str] = frozenset()
        self.governors: dict[int, str] = {}
        self.list_members: dict[int, list[str]] = {}
        self.list_heads: dict[int, int] = {}
        self.context_places: frozenset[str] = frozenset()
        # whether every mention of a contest's place so far named a body ("Павлодар
        # қалалық сайлау комиссиясы"), by contest key
        self.named_as_body: dict[str, bool] = {}
        self.last_multi: list[tuple[str, NameMention]] = []
        # the candidate who got the last count read, for "this is N% of the votes"
        self.last_counted: Candidate | None = None
        # the candidates named so far, in order, for "both" and "they"
        self.previous_people: list[tuple[str, NameMention]] = []
        # the candidates first named in the sentence just read, for "все трое", "all three"
        self.last_sentence_candidates: list[Candidate] = []
        # "X, выдвинувший себя сам, соревновался с ... Победа осталась за X": a nomination
        # told of a person before anything makes them a candidate, by (contest, surname)
        self.pending_nominations: dict[tuple[str, str], tuple[str, str | None]] = {}
        # "Candidates of the Amanat party won in A, B and C", a headline "a self-nominee
        # won in A": the nominator of a winner described before any winner is known,
        # with the contests it speaks of
        self.described_winner_nominations: list[tuple[tuple[str, ...], str, str | None]] = []
        # the last person named in the sentences read, candidate or not: "He ran as a
        # self-nominee" after a sentence about someone else speaks of no candidate
        self.last_named: tuple[str, NameMention] | None = None

    def contest(self, key: str) -> Contest:
        """The contest of ``key``, created on first use."""
        if key not in self.contests:
            self.contests[key] = Contest(key, None, None)
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
        return self.unresolved_key(mention), True

    def unresolved_key(self, mention: PlaceMention) -> str:
        """The contest key of a place the gazetteer does not resolve (its printed name)."""
        key = "?" + loose(mention.text.split()[0])
        contest = self.contest(key)
        if contest.place_name is None:
            contest.place_name = mention.text
            contest.candidate_ids = mention.candidate_ids
        return key

    def set_fact(
        self, key: str, name: str, number: Number, label: str | None = None, *, rule: str
    ) -> None:
        """A contest's figure, kept when it is the first for its field, with its rule."""
        contest = self.contest(key)
        if name in contest.facts:
            return
        contest.facts[name] = Fact(number.value, (number.start, number.end), self.sha, rule)
        if name == "ballots_cast" and label:
            contest.ballots_label = label

    def candidate(self, key: str, mention: NameMention, lang: str) -> Candidate:
        """The candidate of a name mention in a contest (the same person named again is
        one)."""
        contest = self.contest(key)
        name = normalize_name(
            mention.printed,
            lang,
            governor=self.governor(mention),
            after=self.text[mention.end : mention.end + 40],
            cases=self.shared_cases(mention, lang),
        )
        skey = surname_key(name)
        for cand in contest.candidates:
            if cand.name == name or (
                skey and surname_key(cand.name) == skey and not given_names_differ(cand.name, name)
            ):
                # a later printing names him only when it adds more than a patronymic:
                # the first printing names him
                if given_words(name) > given_words(cand.name):
                    cand.printed, cand.name, cand.span = (
                        mention.printed,
                        name,
                        (mention.start, mention.end),
                    )
                else:
                    nominative_order(cand, mention.printed, name)
                return cand
        cand = Candidate(mention.printed, name, (mention.start, mention.end))
        pending = self.pending_nominations.get((key, skey))
        if pending is not None:
            cand.nominator, cand.party_id = pending
            cand.rules["nominator"] = "phrase-told-before-the-result"
        contest.candidates.append(cand)
        return cand

    def governor(self, mention: NameMention) -> str:
        """The words governing a name's case; a name later in a list ("X, Y и Z") shares
        the governor of the first."""
        start = self.list_heads.get(mention.start, mention.start)
        return self.governors.get(start, self.text[max(0, start - 60) : start])

    def note_lists(self, names: list[NameMention]) -> None:
        """Remember the lists of names (``X, Y и Z``) for shared cases and nominators."""
        for prev, cur in pairwise(names):
            if CONJ.match(self.text[prev.end : cur.start]):
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

    def last_candidate(self, key: str) -> Candidate | None:
        """The candidate named last in a contest."""
        contest = self.contests.get(key)
        return contest.candidates[-1] if contest and contest.candidates else None

    def last_candidate_not(self, key: str, others: list[Candidate]) -> Candidate | None:
        """The candidate named last in a contest, other than ``others``."""
        contest = self.contests.get(key)
        rest = [c for c in (contest.candidates if contest else []) if c not in others]
        return rest[-1] if rest else None

    def sentence_start(self, pos: int) -> int:
        """Where the sentence holding ``pos`` begins (after the last sentence end)."""
        ends = [self.text.rfind(mark, 0, pos) for mark in (". ", "! ", "? ", "\n")]
        return max(ends) + 2 if max(ends) >= 0 else 0

    def candidate_elsewhere(self, key: str, m: NameMention, lang: str) -> bool:
        """Whether the person is a candidate of another contest read so far; a person
        read first with no place or a region's only ("BQO-da úsh aýdan ákimi saılandy:
        Daýmov – 4660, ...") is still to be read into the contest of the place named with
        them."""
        placed = not key.startswith(("?", "_"))
        return any(
            self._known(other, m, lang)
            for other in self.contests
            if other != key and not (placed and other.startswith("_"))
        )

    def mention_surname(self, m: NameMention, lang: str) -> str:
        """The surname key of a name mention, its case undone."""
        return surname_key(
            normalize_name(
                m.printed,
                lang,
                governor=self.governor(m),
                after=self.text[m.end : m.end + 40],
                cases=self.shared_cases(m, lang),
            )
        )

    def _known(self, key: str, m: NameMention, lang: str) -> Candidate | None:
        contest = self.contests.get(key)
        if contest is None:
            return None
        name = normalize_name(
            m.printed,
            lang,
            governor=self.governor(m),
            after=self.text[m.end : m.end + 40],
            cases=self.shared_cases(m, lang),
        )
        skey = surname_key(name)
        for cand in contest.candidates:
            # "Алия Жумабаева" is no second mention of "Нурлан Жумабаев"
            if skey and surname_key(cand.name) == skey and not given_names_differ(cand.name, name):
                return cand
        return None


def most_specific(
    r: Reading, keyed: list[tuple[PlaceMention, str]]
) -> list[tuple[PlaceMention, str]]:
    """The place mentions of a sentence less those that are ancestors of another one."""
    keys = {k for _, k in keyed}
    out = []
    for m, k in keyed:
        if any(k in ancestors(other) for other in keys if other != k):
            continue
        out.append((m, k))
    return out
