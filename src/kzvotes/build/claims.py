"""Claims: one value for one field of one published row, from one source.

Every stage that knows a value (the ledger, an extracted document, a derivation) states it
as a claim; :mod:`kzvotes.build.reconcile` chooses one value per field and records
agreement and disagreement. Claims become the ``facts`` table as they are. The ledger's
claims are rows of one frame (:mod:`kzvotes.build.claim_frames`); a :class:`Claim` object
is a claim the trust gate judges one by one: a machine reading, and the ledger's claims
about the same contests.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from kzvotes import ids

Value = int | float | str | bool

# A candidate's claimed fields (a contest's are kzvotes.build.fields.CONTEST_FIGURES).
CANDIDATE_FIELDS = ("name", "name_as_printed", "nominator", "votes", "elected")


@dataclass(frozen=True, slots=True)
class Claim:
    """``table.field`` of the row ``row_key`` is ``value``, says ``source_id`` at ``locator``.

    Slotted, like the keys: a slotted object is a third of the size.
    """

    table: str
    row_key: str
    field: str
    value: Value
    source_id: str
    locator: str  # stable: a ledger file, or a character span of an immutable document
    method: str  # transcribed, extracted or derived
    origin: str = ""  # for messages only, never published: the ledger file and line


@dataclass(frozen=True, slots=True)
class ContestKey:
    """What identifies a contest: its election and its place."""

    contest_id: str
    election_id: str
    election_type: str
    election_date: date | None
    place_id: str


@dataclass(frozen=True, slots=True)
class CandidateKey:
    """What identifies a candidate: the contest and a slug of the name."""

    candidate_id: str
    contest_id: str
    candidate_key: str


@dataclass
class ClaimSet:
    """The rows that exist and the claims about their fields, in the order they were stated."""

    contests: dict[str, ContestKey]
    candidates: dict[str, CandidateKey]
    claims: list[Claim]
    source_urls: dict[str, str]  # source_id -> url, for sources cited without archived bytes
    source_kinds: dict[str, str]
    inferred_dates: set[str] = dataclasses.field(
        default_factory=set
    )  # contests whose date a note infers
    _cited: dict[str, str] = dataclasses.field(
        default_factory=dict, repr=False, compare=False
    )  # url -> id
    # lookups for the archive's documents, made on first use and kept up to date by the
    # add_ methods: a document's contest costs its own size, not the ledger's
    _at_place: dict[str, list[ContestKey]] | None = dataclasses.field(
        default=None, init=False, repr=False, compare=False
    )
    _of_contest: dict[str, list[CandidateKey]] | None = dataclasses.field(
        default=None, init=False, repr=False, compare=False
    )

    @classmethod
    def empty(cls) -> ClaimSet:
        return cls({}, {}, [], {}, {})

    def add_contest(self, election_type: str, election_date: date | None, place_id: str) -> str:
        election = ids.election_id(election_type, election_date)
        contest = ids.contest_id(election, place_id)
        if contest not in self.contests:
            key = ContestKey(contest, election, election_type, election_date, place_id)
            self.contests[contest] = key
            if self._at_place is not None:
                self._at_place.setdefault(place_id, []).append(key)
        return contest

    def add_candidate(self, contest: str, candidate_key: str) -> str:
        candidate = ids.candidate_id(contest, candidate_key)
        if candidate not in self.candidates:
            key = CandidateKey(candidate, contest, candidate_key)
            self.candidates[candidate] = key
            if self._of_contest is not None:
                self._of_contest.setdefault(contest, []).append(key)
        return candidate

    def contests_at(self, place_id: str) -> list[ContestKey]:
        """The contests of a place, in the order they were added."""
        if self._at_place is None:
            self._at_place = {}
            for key in self.contests.values():
                self._at_place.setdefault(key.place_id, []).append(key)
        return self._at_place.get(place_id, [])

    def candidates_of(self, contest_id: str) -> list[CandidateKey]:
        """The candidates of a contest, in the order they were added."""
        if self._of_contest is None:
            self._of_contest = {}
            for key in self.candidates.values():
                self._of_contest.setdefault(key.contest_id, []).append(key)
        return self._of_contest.get(contest_id, [])

    def source_id(self, url: str) -> str:
        """The id :meth:`cite` gives ``url`` (hashed once per URL), without citing it."""
        return self._cited.get(url) or self._cited.setdefault(url, ids.url_source_id(url))

    def cite(self, url: str, kind: str) -> str:
        source_id = self.source_id(url)
        self.source_urls.setdefault(source_id, url)
        self.source_kinds.setdefault(source_id, kind)
        return source_id
