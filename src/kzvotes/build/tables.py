"""The published tables, made of the reconciled claims: one making per pass of the gate.

Two kinds of contest reach the tables. Those no archived document speaks of hold hand-checked
values only, reconciled once in frames (:func:`kzvotes.build.claim_frames.reconcile_ledger`);
those a document speaks of pass the trust gate (:mod:`kzvotes.build.gate`) claim by claim,
again on every pass. Both become the same long frames, the kept values (with their trust)
and the evidence behind them, of which every table is a pivot or a join
(:mod:`kzvotes.build.normalize`); the checks run on the tables as published.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import polars as pl

    from kzvotes.archive.sources import ArchivedSource
    from kzvotes.build.claim_frames import LedgerReconciled
    from kzvotes.build.claims import CandidateKey, ClaimSet, ContestKey
    from kzvotes.build.gate import Quarantined


@dataclass(frozen=True)
class TableInputs:
    """What every making of the tables reads: the machine path's claims (``claimset``), the
    reconciled hand-checked contests, and the sources."""

    claimset: ClaimSet  # the claims of the contests that documents speak of
    by_hand: LedgerReconciled  # every other contest, reconciled in frames
    machine: set[str]  # the contest_ids that documents speak of
    publisher_of: dict[str, str]
    urls: dict[str, str]
    revisions: list[dict[str, object]]
    archived: list[ArchivedSource]
    from_ledger: tuple[set[str], set[str]]  # contest and candidate ids with a ledger row
    summaries: pl.DataFrame


@dataclass(frozen=True)
class _Published:
    """The rows that reach the tables, their kept values and the evidence behind them (long
    frames of claims, with trust), each row's trust, and what the gate lists."""

    contests: list[ContestKey]
    candidates: list[CandidateKey]
    kept: pl.DataFrame
    evidence: list[pl.DataFrame]  # parts with one claim per key of facts, no key in two
    trust: dict[str, str]  # row_key -> the weakest level of its published values
    conflicts: list[dict[str, str | None]]  # the gate's; the hand-checked ones are a frame
    pending: list[dict[str, Any]]


def _published(inputs: TableInputs, quarantined: list[Quarantined]) -> _Published:
    """The gate on the contests documents speak of; every other contest as it is."""
    import polars as pl

    from kzvotes.build import gate
    from kzvotes.build import normalize as n
    from kzvotes.build.claim_frames import claims_frame, derived_turnout
    from kzvotes.build.reconcile import CHECKED, reconcile

    claimset, machine = inputs.claimset, inputs.machine
    ledger_contests, ledger_candidates = inputs.from_ledger
    held = {q.claim for q in quarantined}
    machine_rows = replace(
        claimset,
        claims=[c for c in claimset.claims if c not in held] if held else list(claimset.claims),
        contests={k: v for k, v in claimset.contests.items() if k in machine},
        candidates={k: v for k, v in claimset.candidates.items() if v.contest_id in machine},
    )
    contest_of = {c.candidate_id: c.contest_id for c in claimset.candidates.values()}
    rec = reconcile(machine_rows.claims, contest_of, inputs.publisher_of)
    gated = gate.publish(
        machine_rows, rec, ledger_contests, ledger_candidates, quarantined, inputs.urls
    )
    derived = n.derive_turnout(gated.claimset, gated.kept, gated.trust)
    spans: dict[str, list[str]] = {cid: [cid] for cid in gated.claimset.contests}
    for candidate_id, candidate in gated.claimset.candidates.items():
        spans[candidate.contest_id].append(candidate_id)  # a contest spans its candidates
        spans[candidate_id] = [candidate_id]
    # a contest no document speaks of is a ledger row, published with its candidates, and
    # checked: every value of it is
    by_hand_ids = ledger_contests - machine
    by_hand = [c for cid, c in claimset.contests.items() if cid in by_hand_ids]
    by_hand_candidates = [
        c for cid, c in claimset.candidates.items()
        if c.contest_id in by_hand_ids and cid in ledger_candidates
    ]  # fmt: skip
    trust = dict.fromkeys(by_hand_ids, CHECKED)
    trust.update(dict.fromkeys((c.candidate_id for c in by_hand_candidates), CHECKED))
    trust.update(gate.row_trust(gated, spans))
    turnout = derived_turnout(inputs.by_hand.kept, by_hand_ids)
    gated_kept = claims_frame(list(gated.kept.values()), contest_of, gated.trust)
    gated_evidence = claims_frame([*gated.evidence, *derived], contest_of, gated.trust)
    return _Published(
        contests=[*by_hand, *gated.claimset.contests.values()],
        candidates=[*by_hand_candidates, *gated.claimset.candidates.values()],
        kept=pl.concat([inputs.by_hand.kept, turnout, gated_kept]),
        evidence=[inputs.by_hand.evidence, turnout, n.first_per_key(gated_evidence)],
        trust=trust,
        conflicts=rec.conflicts,
        pending=gated.pending,
    )


def make_tables(inputs: TableInputs, quarantined: list[Quarantined]) -> dict[str, pl.DataFrame]:
    """Every published table, from the claims that are not ``quarantined``."""
    import polars as pl

    from kzvotes.build import normalize as n
    from kzvotes.build.arithmetic import CheckInputs, run_checks
    from kzvotes.build.coverage import coverage_table, with_completeness
    from kzvotes.build.reconcile import summary_conflicts
    from kzvotes.reference import load_parties, load_places
    from kzvotes.schema import load_table_schema, polars_dtypes

    places = load_places()
    published = _published(inputs, quarantined)
    contests, candidates = published.contests, published.candidates
    kept, evidence, trust = published.kept, published.evidence, published.trust
    claimset = inputs.claimset
    counts: dict[str, int] = {}
    for candidate in candidates:
        counts[candidate.contest_id] = counts.get(candidate.contest_id, 0) + 1
    contest_frame, candidate_frame = n.with_measures(
        n.contest_frame(contests, claimset.inferred_dates, counts, kept, places, trust),
        n.candidate_frame(
            candidates,
            {c.contest_id: c.place_id for c in contests},
            kept,
            pl.concat(evidence),
            trust,
        ),
    )
    facts = n.fact_frame(*evidence, n.measure_facts(contest_frame, candidate_frame, kept))
    summaries = inputs.summaries
    place_frame = n.frame("places", n.place_rows(places))
    elections = with_completeness(n.election_frame(contests), contest_frame, summaries)
    conflicts = [
        inputs.by_hand.conflicts,
        n.frame("conflicts", published.conflicts),
        summary_conflicts(summaries),
    ]
    tables = {
        "elections": elections,
        "coverage": coverage_table(elections, contest_frame, summaries, place_frame),
        "contests": contest_frame,
        "candidates": candidate_frame,
        "results": n.result_frame(candidate_frame, contest_frame, kept),
        "places": place_frame,
        "parties": n.frame("parties", n.party_rows(load_parties())),
        "summaries": summaries,
        "sources": n.frame("sources", n.source_rows(claimset, inputs.archived)),
        "source_revisions": n.frame("source_revisions", inputs.revisions),
        "facts": facts,
        "conflicts": pl.concat(
            [c.cast(pl.Schema(polars_dtypes("conflicts"))) for c in conflicts]
        ).sort(load_table_schema("conflicts")["primaryKey"]),
        "pending": n.frame("pending", published.pending),
    }
    tables["checks"] = run_checks(
        CheckInputs(tables["elections"], tables["contests"], tables["candidates"]), places
    )
    return tables
