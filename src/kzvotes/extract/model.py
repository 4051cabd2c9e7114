"""The extracted facts: frozen dataclasses, each value with its span and document sha256."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
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
    rule: str | None = None
    """The name of the rule that read the value (see ``kzvotes extract --json``)."""


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
    rules: Mapping[str, str] = field(default_factory=dict)
    """The rule that gave ``nominator`` and ``elected``, by field name."""


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
    against_all_pct: Fact | None = None
    election_date_span: tuple[int, int] | None = None
    election_date_rule: str | None = None
    """How the date was chosen, or why it was left empty."""

    def facts(self) -> dict[str, Fact]:
        """The contest's figures that were printed, by field name."""
        named = {
            "registered_voters": self.registered_voters,
            "ballots_cast": self.ballots_cast,
            "absentee": self.absentee,
            "outside_premises": self.outside_premises,
            "invalid_ballots": self.invalid_ballots,
            "against_all": self.against_all,
            "against_all_pct": self.against_all_pct,
            "turnout_pct": self.turnout_pct,
        }
        return {name: fact for name, fact in named.items() if fact is not None}

    def to_json(self) -> dict[str, Any]:
        """The item-7 shape of one contest; unknown values are ``None``. ``spans`` and
        ``rules`` say where each printed value is in the document's ``text`` and which rule
        read it."""
        facts = self.facts()
        spans = {name: list(fact.span) for name, fact in facts.items()}
        rules = {name: fact.rule for name, fact in facts.items() if fact.rule}
        if self.election_date_span is not None:
            spans["election_date"] = list(self.election_date_span)
        if self.election_date_rule:
            rules["election_date"] = self.election_date_rule
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
            "against_all_pct": _value(self.against_all_pct),
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
                    "spans": _candidate_spans(c),
                    "rules": _candidate_rules(c),
                }
                for c in self.candidates
            ],
            "spans": spans,
            "rules": rules,
        }


@dataclass(frozen=True)
class ExtractedDocument:
    """Everything extracted from one document."""

    sha256: str | None
    language: Language
    kind: Kind
    contests: tuple[ExtractedContest, ...]
    text: str | None = None
    """The document's text as read: every span is ``text[start:end]``."""
    kind_rule: str | None = None

    def to_json(self, path: str | None = None) -> dict[str, Any]:
        """The item-7 shape: path, sha256, language, kind, contests and the ``text`` that
        every span points into."""
        return {
            "path": path,
            "sha256": self.sha256,
            "language": self.language,
            "kind": self.kind,
            "kind_rule": self.kind_rule,
            "contests": [c.to_json() for c in self.contests],
            "text": self.text,
        }


def _value(fact: Fact | None) -> int | float | str | None:
    return None if fact is None else fact.value


def _candidate_spans(cand: ExtractedCandidate) -> dict[str, list[int]]:
    spans = {"name_as_printed": list(cand.span)}
    for name, fact in (("votes", cand.votes), ("vote_share_pct", cand.vote_share_pct)):
        if fact is not None:
            spans[name] = list(fact.span)
    return spans


def _candidate_rules(cand: ExtractedCandidate) -> dict[str, str]:
    rules = dict(cand.rules)
    for name, fact in (("votes", cand.votes), ("vote_share_pct", cand.vote_share_pct)):
        if fact is not None and fact.rule:
            rules[name] = fact.rule
    return rules
