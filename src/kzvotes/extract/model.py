"""The extracted facts: frozen dataclasses, each value with its span and document sha256."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

Language = Literal["ru", "kk", "kk-Latn", "en"]
Kind = Literal["results", "voting_day", "announcement", "other"]


@dataclass(frozen=True)
class Fact:
    """One value read from a document: ``text[span[0]:span[1]]`` is where it was printed."""

    value: int | float | str
    span: tuple[int, int]
    sha256: str | None


@dataclass(frozen=True)
class ExtractedCandidate:
    """A candidate as printed (``name_as_printed``) and normalised to the nominative."""

    name_as_printed: str
    name: str
    nominator: Literal["self", "party"] | None
    party_id: str | None
    votes: Fact | None
    vote_share_pct: Fact | None
    elected: bool | None
    span: tuple[int, int]


@dataclass(frozen=True)
class ExtractedContest:
    """One contest (an akim post on one election day) and the figures printed for it."""

    place_name: str | None
    place_id: str | None
    election_date: date | None
    registered_voters: Fact | None
    ballots_cast: Fact | None
    ballots_cast_label: str | None
    absentee: Fact | None
    outside_premises: Fact | None
    invalid_ballots: Fact | None
    against_all: Fact | None
    turnout_pct: Fact | None
    turnout_base: str | None
    candidates: tuple[ExtractedCandidate, ...]

    def to_json(self) -> dict[str, Any]:
        """The item-7 shape of one contest; unknown values are ``None``."""
        return {
            "place_name": self.place_name,
            "place_id": self.place_id,
            "election_date": self.election_date.isoformat() if self.election_date else None,
            "registered_voters": _value(self.registered_voters),
            "ballots_cast": _value(self.ballots_cast),
            "ballots_cast_label": self.ballots_cast_label,
            "absentee": _value(self.absentee),
            "outside_premises": _value(self.outside_premises),
            "invalid_ballots": _value(self.invalid_ballots),
            "against_all": _value(self.against_all),
            "turnout_pct": _value(self.turnout_pct),
            "turnout_base": self.turnout_base,
            "candidates": [
                {
                    "name_as_printed": c.name_as_printed,
                    "name": c.name,
                    "nominator": c.nominator,
                    "party_id": c.party_id,
                    "votes": _value(c.votes),
                    "vote_share_pct": _value(c.vote_share_pct),
                    "elected": c.elected,
                    "span": list(c.span),
                }
                for c in self.candidates
            ],
        }


@dataclass(frozen=True)
class ExtractedDocument:
    """Everything extracted from one document."""

    sha256: str | None
    language: Language
    kind: Kind
    contests: tuple[ExtractedContest, ...]

    def to_json(self, path: str | None = None) -> dict[str, Any]:
        """The item-7 shape: path, sha256, language, kind and contests."""
        return {
            "path": path,
            "sha256": self.sha256,
            "language": self.language,
            "kind": self.kind,
            "contests": [c.to_json() for c in self.contests],
        }


def _value(fact: Fact | None) -> int | float | str | None:
    return None if fact is None else fact.value
