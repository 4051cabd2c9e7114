"""The order of the stages: the only module that knows it.

``build`` reads the ledger and the archive (never the network), reconciles, normalizes,
checks and packages; see :func:`build`.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kzvotes.config import PACKAGE_NAME
from kzvotes.errors import Failure, ValidationFailed

if TYPE_CHECKING:
    import polars as pl

Progress = Callable[[str], None]


@dataclass
class BuildReport:
    """What a build produced."""

    package_dir: Path
    row_counts: dict[str, int] = field(default_factory=dict)
    soft_failures: list[str] = field(default_factory=list)
    conflicts: int = 0
    archived_documents: int = 0
    skipped_documents: list[str] = field(default_factory=list)


def _created(ledger_dir: Path, retrieved: list[str]) -> str:
    """The latest input time: the ledger's ``updated`` day or the newest archived document."""
    meta_path = ledger_dir / "ledger.toml"
    meta = tomllib.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
    times = [f"{meta['updated']}T00:00:00Z"] if "updated" in meta else []
    times += retrieved
    return max(times) if times else "1970-01-01T00:00:00Z"


def _released_version(package_dir: Path) -> str:
    """The newest released version, or 0.0.0 before the first release."""
    from kzvotes.release import read_releases

    releases = read_releases(package_dir)
    return str(releases[-1]["version"]) if releases else "0.0.0"


@dataclass
class Assembled:
    """Every published table as a frame, and what the gate needs besides."""

    tables: dict[str, pl.DataFrame]
    retrieved: list[str]
    claim_failures: list[Failure]
    skipped_documents: list[str]


def assemble_tables(ledger_dir: Path, archive_dir: Path | None, progress: Progress) -> Assembled:
    """Every published table as a frame, plus the archived documents' retrieval times."""
    from kzvotes import normalize as n
    from kzvotes.archive_facts import extract_archive
    from kzvotes.arithmetic import CheckInputs, claims_within_ballots, run_checks
    from kzvotes.claims import claims_from_ledger
    from kzvotes.ledger import read_ledger
    from kzvotes.reconcile import reconcile
    from kzvotes.reference import load_parties, load_places
    from kzvotes.sources_archive import archived_sources

    progress(f"reading the ledger in {ledger_dir}")
    ledger = read_ledger(ledger_dir)
    places, parties = load_places(), load_parties()
    archived, revisions = archived_sources(archive_dir, progress)
    claimset = claims_from_ledger(ledger)
    extraction = extract_archive(archive_dir, archived, claimset, progress)
    archived = extraction.documents
    progress(f"reconciling {len(claimset.claims)} claims")
    contest_of = {c.candidate_id: c.contest_id for c in claimset.candidates.values()}
    rec = reconcile(claimset.claims, contest_of)
    derived = n.derive_turnout(claimset, rec)
    all_claims = [*claimset.claims, *derived]
    progress("normalizing tables")
    contests = n.contest_rows(claimset, rec, places)
    candidates = n.candidate_rows(claimset, rec, all_claims)
    tables = {
        "elections": n.frame("elections", n.election_rows(claimset)),
        "contests": n.frame("contests", contests),
        "candidates": n.frame("candidates", candidates),
        "results": n.frame("results", n.result_rows(candidates, contests)),
        "places": n.frame("places", n.place_rows(places)),
        "parties": n.frame("parties", n.party_rows(parties)),
        "summaries": n.frame("summaries", n.summary_rows(ledger)),
        "sources": n.frame("sources", n.source_rows(claimset, archived)),
        "source_revisions": n.frame("source_revisions", revisions),
        "facts": n.frame("facts", n.fact_rows(all_claims)),
        "conflicts": n.frame("conflicts", rec.conflicts),
    }
    progress("checking the election arithmetic")
    tables["checks"] = run_checks(
        CheckInputs(tables["elections"], tables["contests"], tables["candidates"]), places
    )
    return Assembled(
        tables,
        [doc.retrieved_at for doc in archived],
        claims_within_ballots(all_claims, contest_of),
        extraction.skipped,
    )


def _hard_failures_with_origins(tables: dict[str, pl.DataFrame]) -> list[Failure]:
    """Failed hard checks, each naming the ledger rows behind its contest."""
    import polars as pl

    from kzvotes.validate import hard_check_failures

    failures = hard_check_failures(tables["checks"])
    if not failures:
        return []
    facts = tables["facts"]
    located = []
    for failure in failures:
        behind = facts.filter(
            (pl.col("row_key") == failure.row_key)
            | pl.col("row_key").str.starts_with(failure.row_key + "/")
        )
        ledger_rows = sorted(
            set(behind.filter(pl.col("method") == "transcribed")["locator"].to_list()),
            key=lambda loc: (len(loc), loc),
        )
        documents = sorted(
            set(behind.filter(pl.col("method") == "extracted")["source_id"].to_list())
        )
        origin = ", ".join(ledger_rows)
        if documents:
            names = ", ".join(sha[:12] for sha in documents)
            origin += f"{'; ' if origin else ''}archived document(s) {names}"
        located.append(
            Failure(failure.table, failure.rule, failure.detail, failure.row_key, origin)
        )
    return located


def build(
    ledger_dir: Path,
    archive_dir: Path | None,
    output_dir: Path,
    progress: Progress = lambda _: None,
    *,
    allow_shrink: bool = False,
) -> BuildReport:
    """Build ``<output_dir>/kz-akim-elections`` from the ledger and the archive.

    Raises :class:`~kzvotes.errors.LedgerError` for unreadable ledger rows and
    :class:`~kzvotes.errors.ValidationFailed` for schema or hard arithmetic failures; in
    both cases the existing package is left as it was.

    >>> build(Path("src/kzvotes/data/ledger"), None, Path("/tmp/out")).package_dir.name  # doctest: +SKIP
    'kz-akim-elections'
    """
    import polars as pl

    from kzvotes.datadict import render_readme
    from kzvotes.package import write_package
    from kzvotes.validate import frames_failures, validate_package

    assembled = assemble_tables(ledger_dir, archive_dir, progress)
    tables, retrieved = assembled.tables, assembled.retrieved
    # The frames are checked before anything is written (the SQLite writer enforces keys
    # and would fail mid-write on bad rows), and the written files again by the same gate
    # `kzvotes validate` runs: the second pass is what proves the files, not the frames.
    failures = (
        frames_failures(tables) + _hard_failures_with_origins(tables) + assembled.claim_failures
    )
    if failures:
        raise ValidationFailed(failures, "the build (nothing was written)")
    target = output_dir / PACKAGE_NAME
    progress(f"writing and validating the package in {target}")
    write_package(
        target,
        tables,
        version=_released_version(target),
        created=_created(ledger_dir, retrieved),
        sources=[
            {
                "title": "kzvotes ledger: hand-checked facts, each row citing its source",
                "path": "https://github.com/kzvotes/kzvotes/tree/main/src/kzvotes/data/ledger",
            },
            {
                "title": "Central Election Commission of the Republic of Kazakhstan",
                "path": "https://www.election.gov.kz/",
            },
            {
                "title": "Territorial election commissions, via akimat pages of the government portal",
                "path": "https://www.gov.kz/",
            },
            {
                "title": "News agencies and regional newspapers (every one listed in the sources table)"
            },
        ],
        readme=render_readme,
        check=validate_package,
        allow_shrink=allow_shrink,
    )
    soft = tables["checks"].filter((pl.col("severity") == "soft") & (pl.col("passed") == False))  # noqa: E712
    return BuildReport(
        package_dir=target,
        row_counts={name: df.height for name, df in tables.items()},
        soft_failures=[
            f"{r['check_id']} {r['contest_id']}: {r['detail']}" for r in soft.iter_rows(named=True)
        ],
        conflicts=tables["conflicts"].height,
        archived_documents=int(tables["sources"]["archived"].sum()),
        skipped_documents=assembled.skipped_documents,
    )
