"""Claims: one value for one field of one published row, from one source.

Every stage that knows a value (the ledger, an extracted document, a derivation) states it
as a :class:`Claim`; :mod:`kzvotes.build.reconcile` chooses one value per field and records
agreement and disagreement. Claims become the ``facts`` table as they are.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date

from kzvotes import ids
from kzvotes.build.ledger import POPULAR_ELECTION_TYPES, Ledger

Value = int | float | str | bool

_CONVERTED = re.compile(r"converted to nominative", re.IGNORECASE)
# the transcriber's mark of a date read from context, not printed ("date INFERRED: ...")
_INFERRED_DATE = re.compile(
    r"\bdate\b[^.;]*\binferred\b|\binferred\b[^.;]*\bdate\b|year \d{4} inferred", re.IGNORECASE
)

CONTEST_FIELDS = (
    "registered_voters",
    "ballots_cast",
    "turnout_pct",
    "against_all",
    "invalid_ballots",
)
CANDIDATE_FIELDS = ("name", "name_as_printed", "nominator", "votes", "elected")


@dataclass(frozen=True, slots=True)
class Claim:
    """``table.field`` of the row ``row_key`` is ``value``, says ``source_id`` at ``locator``.

    Slotted, like the keys and ledger rows: a decade's ledger makes them by the hundred
    thousand, and a slotted object is a third of the size.
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

    @classmethod
    def empty(cls) -> ClaimSet:
        return cls({}, {}, [], {}, {})

    def add_contest(self, election_type: str, election_date: date | None, place_id: str) -> str:
        election = ids.election_id(election_type, election_date)
        contest = ids.contest_id(election, place_id)
        self.contests.setdefault(
            contest, ContestKey(contest, election, election_type, election_date, place_id)
        )
        return contest

    def add_candidate(self, contest: str, candidate_key: str) -> str:
        candidate = ids.candidate_id(contest, candidate_key)
        self.candidates.setdefault(candidate, CandidateKey(candidate, contest, candidate_key))
        return candidate

    def source_id(self, url: str) -> str:
        """The id :meth:`cite` gives ``url`` (hashed once per URL), without citing it."""
        return self._cited.get(url) or self._cited.setdefault(url, ids.url_source_id(url))

    def cite(self, url: str, kind: str) -> str:
        source_id = self.source_id(url)
        self.source_urls.setdefault(source_id, url)
        self.source_kinds.setdefault(source_id, kind)
        return source_id


def claims_from_ledger(ledger: Ledger, into: ClaimSet | None = None) -> ClaimSet:
    """State every figure of the ledger's results as claims (method ``transcribed``).

    Contest figures repeated on each candidate row of the same source become one claim.
    Indirect elections (by maslikhat deputies) are not popular votes and are skipped.
    """
    claims = into or ClaimSet.empty()
    seen: set[tuple[str, str, str, str]] = set()
    for row in ledger.results:
        if row.election_type not in POPULAR_ELECTION_TYPES:
            continue
        contest = claims.add_contest(row.election_type, row.election_date, row.place_id)
        if row.election_date and _INFERRED_DATE.search(row.note):
            claims.inferred_dates.add(contest)
        # one source id, locator and origin per row: the ledger has rows by the ten thousand
        source_id = claims.source_id(row.source_url)
        # the locator names the file, not the line: a line number shifts whenever an
        # unrelated row is added, and the facts' keys must not (issue: stable keys)
        locator, origin = f"ledger/{row.origin.path.name}", str(row.origin)
        stated: list[tuple[str, str, str, Value | None]] = [
            ("contests", contest, field, getattr(row, field)) for field in CONTEST_FIELDS
        ]
        if row.candidate_key is None:
            claims.cite(row.source_url, row.source_kind)
        else:
            candidate = claims.add_candidate(contest, row.candidate_key)
            stated.append(("candidates", candidate, "name", row.candidate_name))
            if not _CONVERTED.search(row.note):
                # the transcriber put some Russian names into the nominative: not as printed
                stated.append(("candidates", candidate, "name_as_printed", row.candidate_name))
            stated += [
                ("candidates", candidate, "nominator", row.nominator),
                ("candidates", candidate, "votes", row.votes),
                ("candidates", candidate, "elected", row.elected),
            ]
        cited = row.candidate_key is None  # cited above
        for table, row_key, field, value in stated:
            key = (table, row_key, field, source_id)
            if value is None or key in seen:
                continue  # contest figures repeated on each candidate row: one claim
            seen.add(key)
            if not cited:
                claims.cite(row.source_url, row.source_kind)
                cited = True
            claims.claims.append(
                Claim(table, row_key, field, value, source_id, locator, "transcribed", origin)
            )
    for summary in ledger.summaries:
        claims.cite(summary.source_url, summary.source_kind)
    return claims
