"""The trust gate: which values reach the published tables, which wait for review.

A value reaches ``contests``, ``candidates`` or ``results`` only when it is ``checked``
(the hand-checked ledger) or ``corroborated`` (read identically from documents of two
different publishers, contradicted by none, passing every hard check). Everything else the
machine read goes to ``pending``, with its document and span, for ``kzvotes review``.

Two steps:

1. :func:`quarantine` holds each document's reading of each contest against the hard
   arithmetic, on the ledger's values overlaid with the document's own: more than one
   winner, votes above ballots, a date after the document or of another contest of the
   same place. A document failing one is quarantined for that contest: none of its values
   there is published or counts as corroboration, and the build goes on.
2. :func:`publish` keeps the rows and fields of published trust, and lists the rest.

Only the ledger can stop a build: a hard failure that no machine value takes part in is
the maintainer's error, as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from kzvotes.build.claims import CandidateKey, Claim, ClaimSet, ContestKey
from kzvotes.build.fields import CONTEST_FIGURES
from kzvotes.build.matching import match_candidate_key
from kzvotes.build.reconcile import CORROBORATED, PUBLISHED, FieldKey, Reconciled, weakest
from kzvotes.reference import Place

if TYPE_CHECKING:
    import polars as pl

_VIEW = "#"  # joins a contest_id and a document in the id of a document's view of a contest


@dataclass(frozen=True)
class Quarantined:
    """A machine-read claim kept out of the tables because its document broke a hard check."""

    claim: Claim
    check_id: str
    detail: str


@dataclass(frozen=True)
class DocumentDates:
    """What the date rule needs of a document: the day it was published, or else retrieved."""

    published: date | None
    retrieved: date | None

    @property
    def latest_possible(self) -> date | None:
        return self.published or self.retrieved


@dataclass
class Gated:
    """The published rows and values, and what waits for review."""

    claimset: ClaimSet  # the published rows only
    kept: dict[tuple[str, str, str], Claim]  # the published fields only
    trust: dict[tuple[str, str, str], str]
    evidence: list[Claim]  # every claim behind a published value: the ``facts``
    pending: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class _Index:
    """Lookups built once per build, so that each document's view costs its own size."""

    candidates_of: dict[str, list[CandidateKey]]  # contest_id -> its candidates
    ledger_candidates: set[str]  # candidate ids with a transcribed value
    ledger_contests_at: dict[str, list[ContestKey]]  # place_id -> the ledger's contests

    @classmethod
    def of(
        cls, claimset: ClaimSet, ledger: Mapping[FieldKey, Claim], ledger_contest_ids: set[str]
    ) -> _Index:
        candidates_of: dict[str, list[CandidateKey]] = {}
        for candidate in claimset.candidates.values():
            candidates_of.setdefault(candidate.contest_id, []).append(candidate)
        contests_at: dict[str, list[ContestKey]] = {}
        for contest_id in sorted(ledger_contest_ids):
            contest = claimset.contests[contest_id]
            contests_at.setdefault(contest.place_id, []).append(contest)
        ledger_candidates = {key[1] for key in ledger if key[0] == "candidates"}
        return cls(candidates_of, ledger_candidates, contests_at)


def _contest_of(claimset: ClaimSet, claim: Claim) -> str:
    if claim.table == "contests":
        return claim.row_key
    return claimset.candidates[claim.row_key].contest_id


def _ledger_values(claims: Iterable[Claim]) -> dict[tuple[str, str, str], Claim]:
    """The first transcribed claim of every field: what a document's view is laid over."""
    values: dict[tuple[str, str, str], Claim] = {}
    for c in claims:
        if c.method == "transcribed":
            values.setdefault((c.table, c.row_key, c.field), c)
    return values


def _view_rows(
    index: _Index,
    view_id: str,
    contest: ContestKey,
    own: Sequence[Claim],
    ledger: Mapping[tuple[str, str, str], Claim],
    places: Mapping[str, Place],
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """One document's view of one contest: its values over the ledger's, as check rows."""
    stated = {(c.table, c.row_key, c.field): c.value for c in own}

    def value(table: str, row_key: str, name: str) -> Any:
        key = (table, row_key, name)
        if key in stated:
            return stated[key]
        return ledger[key].value if key in ledger else None

    row: dict[str, Any] = {
        "contest_id": view_id,
        "election_id": contest.election_id,
        "place_id": contest.place_id,
        "region_id": places[contest.place_id].region_id,
        "candidate_count": 0,
    }
    for name in CONTEST_FIGURES:
        row[name] = value("contests", contest.contest_id, name)
    involved = index.ledger_candidates | {k[1] for k in stated if k[0] == "candidates"}
    candidates = [
        {
            "candidate_id": f"{view_id}/{c.candidate_key}",
            "contest_id": view_id,
            "votes": value("candidates", c.candidate_id, "votes"),
            "elected": value("candidates", c.candidate_id, "elected"),
        }
        for c in index.candidates_of.get(contest.contest_id, [])
        if c.candidate_id in involved
    ]
    return row, candidates


def _date_problem(
    contest: ContestKey,
    own: Sequence[Claim],
    claimset: ClaimSet,
    index: _Index,
    dates: DocumentDates | None,
) -> tuple[str, str] | None:
    """Why this document's date for the contest cannot be the contest's, or None."""
    day = contest.election_date
    if day is None:
        return None
    latest = dates.latest_possible if dates else None
    if latest is not None and day > latest:
        return "date_after_document", f"election date {day} is after the document ({latest})"
    named = {
        claimset.candidates[c.row_key].candidate_key
        for c in own
        if c.table == "candidates" and c.field == "name"
    }
    for other in index.ledger_contests_at.get(contest.place_id, []):
        if other.election_date in (None, day):
            continue
        if other.election_type != contest.election_type:
            continue
        keys = [c.candidate_key for c in index.candidates_of.get(other.contest_id, [])]
        same = sorted(k for k in named if match_candidate_key(k, keys) in keys)
        if same:
            return (
                "date_of_another_contest",
                f"the document names {', '.join(same)} of {other.contest_id},"
                f" but dates the contest {day}",
            )
    return None


def quarantine(
    claimset: ClaimSet,
    ledger_contest_ids: set[str],
    document_dates: Mapping[str, DocumentDates],
    places: Mapping[str, Place],
) -> list[Quarantined]:
    """Every extracted claim whose document's view of its contest breaks a hard check."""
    from kzvotes.build import normalize as n
    from kzvotes.build.arithmetic import HARD, CheckInputs, run_checks

    ledger = _ledger_values(claimset.claims)
    by_view: dict[tuple[str, str], list[Claim]] = {}
    for c in claimset.claims:
        if c.method == "extracted":
            by_view.setdefault((c.source_id, _contest_of(claimset, c)), []).append(c)
    if not by_view:
        return []
    index = _Index.of(claimset, ledger, ledger_contest_ids)
    failed: dict[tuple[str, str], tuple[str, str]] = {}
    contest_rows: list[dict[str, Any]] = []
    candidate_rows: list[dict[str, Any]] = []
    views: dict[str, tuple[str, str]] = {}
    for (source_id, contest_id), own in by_view.items():
        contest = claimset.contests[contest_id]
        problem = _date_problem(contest, own, claimset, index, document_dates.get(source_id))
        if problem:
            failed[(source_id, contest_id)] = problem
            continue
        view_id = f"{contest_id}{_VIEW}{source_id}"
        views[view_id] = (source_id, contest_id)
        row, candidates = _view_rows(index, view_id, contest, own, ledger, places)
        contest_rows.append(row)
        candidate_rows += candidates
    if contest_rows:
        elections = {(c.election_id, c.election_date) for c in claimset.contests.values()}
        checks = run_checks(
            CheckInputs(
                n.frame(
                    "elections", [{"election_id": e, "election_date": d} for e, d in elections]
                ),
                n.frame("contests", contest_rows),
                n.frame("candidates", candidate_rows),
            ),
            places,
        )
        for row in _hard_failures(checks, HARD):
            failed.setdefault(views[row["contest_id"]], (row["check_id"], row["detail"]))
    return [
        Quarantined(c, *failed[view])
        for view, own in by_view.items()
        if view in failed
        for c in own
    ]


def _hard_failures(checks: pl.DataFrame, hard: Sequence[str]) -> list[dict[str, Any]]:
    import polars as pl

    return (
        checks.filter(pl.col("check_id").is_in(list(hard)) & pl.col("passed").not_())
        .sort("contest_id", "check_id")
        .to_dicts()
    )


def machine_contests_failing(
    checks: pl.DataFrame, trust: Mapping[str, str]
) -> dict[str, tuple[str, str]]:
    """Contests of the built tables whose hard failure involves a machine-read value:
    ``trust`` maps a contest_id to its row's trust level."""
    from kzvotes.build.arithmetic import HARD

    failing: dict[str, tuple[str, str]] = {}
    for row in _hard_failures(checks, HARD):
        if trust.get(row["contest_id"], "checked") != "checked":
            failing.setdefault(row["contest_id"], (row["check_id"], row["detail"]))
    return failing


def quarantine_contests(
    claimset: ClaimSet, failing: Mapping[str, tuple[str, str]]
) -> list[Quarantined]:
    """Every extracted claim of the ``failing`` contests (contest_id -> check, detail): the
    documents agreed with each other, but their values break a hard check with the rest."""
    return [
        Quarantined(c, *failing[contest])
        for c in claimset.claims
        if c.method == "extracted" and (contest := _contest_of(claimset, c)) in failing
    ]


def _pending_row(
    claimset: ClaimSet,
    claim: Claim,
    urls: Mapping[str, str],
    status: str,
    check_id: str | None,
    reason: str,
) -> dict[str, Any]:
    value = str(claim.value).lower() if isinstance(claim.value, bool) else str(claim.value)
    return {
        "contest_id": _contest_of(claimset, claim), "table": claim.table,
        "row_key": claim.row_key, "field": claim.field, "value": value,
        "source_id": claim.source_id, "url": urls.get(claim.source_id),
        "locator": claim.locator, "status": status, "check_id": check_id, "reason": reason,
    }  # fmt: skip


_PENDING_REASON = {
    "single_source": "read from one publisher's document only; published once a second "
    "publisher agrees or a maintainer accepts it with kzvotes review",
    "disputed": "documents disagree on this value (see conflicts); a maintainer decides",
}


def publish(
    claimset: ClaimSet,
    rec: Reconciled,
    ledger_contest_ids: set[str],
    ledger_candidate_ids: set[str],
    quarantined: Sequence[Quarantined],
    urls: Mapping[str, str],
) -> Gated:
    """The rows and values of published trust, their evidence, and the ``pending`` rows."""
    levels = _printed_names_follow_their_person(rec.trust)
    published_keys = {key for key, level in levels.items() if level in PUBLISHED}
    candidates: dict[str, CandidateKey] = {
        cid: c
        for cid, c in claimset.candidates.items()
        if cid in ledger_candidate_ids or ("candidates", cid, "name") in published_keys
    }
    # the rows with a published value, walked in the keys' order (the set's order scatters
    # the lookups over memory: seconds at a decade's scale), then mapped to their contests
    rows_with_values: dict[str, set[str]] = {"contests": set(), "candidates": set()}
    for (table, row_key, _), level in levels.items():
        if level in PUBLISHED:
            rows_with_values.setdefault(table, set()).add(row_key)
    with_values = rows_with_values["contests"] | {
        c.contest_id for cid, c in candidates.items() if cid in rows_with_values["candidates"]
    }
    contests = {
        cid: c
        for cid, c in claimset.contests.items()
        if cid in ledger_contest_ids or cid in with_values
    }
    candidates = {cid: c for cid, c in candidates.items() if c.contest_id in contests}
    rows = set(contests) | set(candidates)
    # in the claims' order (deterministic, unlike a set's); only ever looked up by key
    kept = {key: c for key, c in rec.kept.items() if key in published_keys and key[1] in rows}
    evidence = [
        c
        for c in claimset.claims
        if (k := kept.get((c.table, c.row_key, c.field))) is not None and (c is k or _agrees(c, k))
    ]  # a kept claim is evidence of itself
    published_rows = replace(claimset, contests=contests, candidates=candidates)
    pending = [
        _pending_row(claimset, q.claim, urls, "quarantined", q.check_id, q.detail)
        for q in quarantined
    ]
    for c in claimset.claims:
        key = (c.table, c.row_key, c.field)
        if c.method != "extracted" or key in kept:
            continue
        level = levels.get(key, "single_source")
        status = level if level in _PENDING_REASON else "single_source"
        reason = _PENDING_REASON[status]
        if level in PUBLISHED:
            # a corroborated value of a row that is not published (an unconfirmed candidate)
            reason = "the row itself is not confirmed: " + _PENDING_REASON["single_source"]
        pending.append(_pending_row(claimset, c, urls, status, None, reason))
    return Gated(published_rows, kept, {k: levels[k] for k in kept}, evidence, pending)


def _printed_names_follow_their_person(trust: Mapping[FieldKey, str]) -> dict[FieldKey, str]:
    """A printed spelling of a confirmed person is published as ``corroborated``: the
    document's name was matched to that person, and a spelling is no figure to review."""
    levels = dict(trust)
    for (table, row_key, name), level in trust.items():
        confirmed = trust.get((table, row_key, "name")) in PUBLISHED
        if name == "name_as_printed" and level not in PUBLISHED and confirmed:
            levels[(table, row_key, name)] = CORROBORATED
    return levels


def _agrees(claim: Claim, kept: Claim) -> bool:
    from kzvotes.build.reconcile import same_value

    return claim.field in ("name", "name_as_printed") or same_value(claim.value, kept.value)


def row_trust(gated: Gated, row_keys: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """The weakest published level per row; ``row_keys`` maps a row to the keys it spans
    (a contest spans its own fields and its candidates')."""
    levels: dict[str, set[str]] = {}
    for (_, row_key, _), level in gated.trust.items():
        levels.setdefault(row_key, set()).add(level)
    return {
        row: weakest(level for key in keys for level in levels.get(key, ()))
        for row, keys in row_keys.items()
    }
