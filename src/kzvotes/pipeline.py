"""The order of the stages: the only module that knows it.

``build`` reads the ledger and the archive (never the network), reconciles, normalizes,
checks and packages; see :func:`build`.
"""

from __future__ import annotations

import contextlib
import gc
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kzvotes.config import PACKAGE_NAME
from kzvotes.errors import Failure, ReleaseError, ValidationFailed

if TYPE_CHECKING:
    import polars as pl

    from kzvotes.archive.sources import ArchivedSource
    from kzvotes.build.gate import DocumentDates
    from kzvotes.release import ReleaseReport

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
    quarantined: int = 0  # machine-read values kept out of the tables by a hard check
    pending: int = 0  # machine-read values waiting for review (single source, disputed, held)


def _created(ledger_dir: Path, retrieved: list[str]) -> str:
    """The latest input time: the ledger's ``updated`` day or the newest archived document."""
    meta_path = ledger_dir / "ledger.toml"
    meta = tomllib.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
    times = [f"{meta['updated']}T00:00:00Z"] if "updated" in meta else []
    times += retrieved
    return max(times) if times else "1970-01-01T00:00:00Z"


def package_sources() -> list[dict[str, str]]:
    """The package's own ``sources``, from the reviewed ``data/package_sources.toml``."""
    from kzvotes.config import package_data_dir

    path = package_data_dir() / "package_sources.toml"
    return list(tomllib.loads(path.read_text(encoding="utf-8"))["source"])


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
    quarantined: int = 0
    pending: int = 0
    origins: dict[str, list[str]] = field(default_factory=dict)  # contest -> ledger lines


def _document_dates(archived: list[ArchivedSource]) -> dict[str, DocumentDates]:
    from datetime import date

    from kzvotes.build.gate import DocumentDates

    return {
        doc.sha256: DocumentDates(doc.published_date, date.fromisoformat(doc.retrieved_at[:10]))
        for doc in archived
    }


def assemble_tables(ledger_dir: Path, archive_dir: Path | None, progress: Progress) -> Assembled:
    """Every published table as a frame, plus the archived documents' retrieval times.

    The ledger's claims are one frame (:mod:`kzvotes.build.claim_frames`). Machine-read
    values pass the trust gate (:mod:`kzvotes.build.gate`) with the ledger's values of the
    contests they touch: quarantined when their document breaks a hard check, published
    only when checked or corroborated, else listed in ``pending``. A contest whose
    published machine values still break a hard check on the tables has them quarantined
    too, and the tables are made again without them.
    """
    import polars as pl

    from kzvotes import ids
    from kzvotes.archive.sources import archived_sources
    from kzvotes.build import gate
    from kzvotes.build import normalize as n
    from kzvotes.build.archive_facts import extract_archive
    from kzvotes.build.arithmetic import claims_within_ballots
    from kzvotes.build.claim_frames import (
        claim_objects,
        claims_frame,
        ledger_claims,
        reconcile_ledger,
    )
    from kzvotes.build.claims import ClaimSet
    from kzvotes.build.ledger_frame import read_ledger_frame
    from kzvotes.build.rejections import read_rejections, rejected
    from kzvotes.build.tables import TableInputs, make_tables
    from kzvotes.reference import load_places

    progress(f"reading the ledger in {ledger_dir}")
    ledger = read_ledger_frame(ledger_dir)
    places = load_places()
    archived, revisions = archived_sources(archive_dir, progress)
    claimset = ClaimSet.empty()
    by_ledger = ledger_claims(ledger, claimset)
    summaries = n.frame("summaries", n.summary_rows(ledger.summaries))
    del ledger  # its rows are in the frame now
    ledger_contests, ledger_candidates = set(claimset.contests), set(claimset.candidates)
    extraction = extract_archive(archive_dir, archived, claimset, progress)
    archived = extraction.documents
    rejections = read_rejections(ledger_dir)
    extracted = [c for c in claimset.claims if not rejected(c, rejections)]
    contest_of = {c.candidate_id: c.contest_id for c in claimset.candidates.values()}
    # the contests a document speaks of take the gate's path, with their ledger claims
    machine = {c.row_key if c.table == "contests" else contest_of[c.row_key] for c in extracted}
    touched = pl.col("contest_id").is_in(list(machine))
    # in the order the ledger states them, as the gate's rules read claims
    claimset.claims = [*claim_objects(by_ledger.filter(touched).sort("order")), *extracted]
    by_ledger = by_ledger.drop("order")
    progress(f"reconciling {by_ledger.height + len(extracted)} claims")
    by_hand = reconcile_ledger(by_ledger.filter(~touched) if machine else by_ledger)
    all_claims = pl.concat([by_ledger, claims_frame(extracted, contest_of)])
    del by_ledger
    urls = {**claimset.source_urls, **{doc.sha256: doc.url for doc in archived}}
    publisher_of = {
        c.source_id: ids.publisher_of(urls[c.source_id])
        for c in claimset.claims
        if c.source_id in urls
    }
    quarantined = gate.quarantine(claimset, ledger_contests, _document_dates(archived), places)
    inputs = TableInputs(
        claimset, by_hand, machine, publisher_of, urls, revisions, archived,
        (ledger_contests, ledger_candidates), summaries,
    )  # fmt: skip
    while True:
        tables = make_tables(inputs, quarantined)
        failing = gate.machine_contests_failing(
            tables["checks"], dict(tables["contests"].select("contest_id", "trust").iter_rows())
        )
        if not failing:
            break
        quarantined = quarantined + gate.quarantine_contests(claimset, failing)
    if quarantined:
        progress(f"quarantined {len(quarantined)} machine-read value(s) that break a hard check")
    return Assembled(
        tables,
        [doc.retrieved_at for doc in archived],
        claims_within_ballots(all_claims),
        extraction.skipped,
        quarantined=len(quarantined),
        pending=tables["pending"].height,
        origins=_ledger_origins(all_claims, _hard_failing(tables["checks"])),
    )


def _hard_failing(checks: pl.DataFrame) -> set[str]:
    """The contests with a failed hard check."""
    import polars as pl

    failed = checks.filter((pl.col("severity") == "hard") & (pl.col("passed") == False))  # noqa: E712
    return set(failed.get_column("contest_id").to_list())


def _ledger_origins(claims: pl.DataFrame, contests: set[str]) -> dict[str, list[str]]:
    """The ledger lines behind each of ``contests``, for messages naming a maintainer's error."""
    import polars as pl

    origins: dict[str, set[str]] = {}
    stated = claims.filter(pl.col("contest_id").is_in(list(contests)) & (pl.col("origin") != ""))
    for contest, origin in stated.select("contest_id", "origin").iter_rows():
        origins.setdefault(contest, set()).add(origin)
    return {k: sorted(v, key=lambda o: (len(o), o)) for k, v in origins.items()}


def _hard_failures_with_origins(
    tables: dict[str, pl.DataFrame], origins: dict[str, list[str]]
) -> list[Failure]:
    """Failed hard checks (on the ledger's values only, by then), naming the ledger rows."""
    from kzvotes.publish.arithmetic_gate import hard_check_failures

    return [
        Failure(f.table, f.rule, f.detail, f.row_key, ", ".join(origins.get(f.row_key, [])))
        for f in hard_check_failures(tables["checks"])
    ]


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
    with _without_cyclic_gc():
        return _build(ledger_dir, archive_dir, output_dir, progress, allow_shrink=allow_shrink)


@contextlib.contextmanager
def _without_cyclic_gc() -> Iterator[None]:
    """Reference counting only, for the length of a build.

    A build makes hundreds of thousands of small objects (claims, keys, rows) that hold no
    cycles; the cyclic collector would walk all of them again and again (measured: 4.5 s of
    a 15 s assembly of 25,000 contests). Whatever cycles a build leaves are collected when
    it is done."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _build(
    ledger_dir: Path,
    archive_dir: Path | None,
    output_dir: Path,
    progress: Progress,
    *,
    allow_shrink: bool,
) -> BuildReport:
    import polars as pl

    from kzvotes.publish.datadict import render_readme
    from kzvotes.publish.package import write_package
    from kzvotes.publish.table_gate import frames_failures
    from kzvotes.publish.validate import validate_package

    assembled = assemble_tables(ledger_dir, archive_dir, progress)
    tables, retrieved = assembled.tables, assembled.retrieved
    # The frames are checked before anything is written (the SQLite writer enforces keys
    # and would fail mid-write on bad rows), and the written files again by the same gate
    # `kzvotes validate` runs. That second pass reads the CSVs back (the reference every
    # format is held against); the SQLite, workbook and Parquet files still untouched since
    # this process wrote them from these same frames are taken from the writers' record
    # (publish/written.py), so a build does not read back what it has just proved.
    # `kzvotes validate`, in a process of its own, reads every file.
    failures = (
        frames_failures(tables)
        + _hard_failures_with_origins(tables, assembled.origins)
        + assembled.claim_failures
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
        sources=package_sources(),
        readme=render_readme,
        check=lambda staging: validate_package(staging, gated=tables),
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
        quarantined=assembled.quarantined,
        pending=assembled.pending,
    )


def build_and_release(
    package_dir: Path,
    *,
    ledger_dir: Path,
    archive_dir: Path | None = None,
    bump: str | None = None,
    version: str | None = None,
    dry_run: bool = False,
    progress: Progress = lambda _: None,
) -> ReleaseReport:
    """Build the package into ``package_dir``, then cut its next release (``kzvotes release``).

    Both happen under the package's lock, so nothing swaps the package between its build
    and its zip. A dry run builds into a scratch folder (carrying ``releases.json``, so the
    build has the released version) and writes nothing.
    """
    import shutil
    import tempfile

    from kzvotes.config import lock_timeout
    from kzvotes.publish.publication import package_lock
    from kzvotes.release import RELEASES_JSON, check_request, release

    check_request(package_dir, bump=bump, version=version)
    options = {"bump": bump, "version": version, "validated": True, "progress": progress}
    try:
        if dry_run:
            with tempfile.TemporaryDirectory(prefix="kzvotes-dry-run-") as scratch:
                built_dir = Path(scratch) / PACKAGE_NAME
                built_dir.mkdir()
                if (package_dir / RELEASES_JSON).is_file():
                    shutil.copy2(package_dir / RELEASES_JSON, built_dir / RELEASES_JSON)
                build(ledger_dir, archive_dir, built_dir.parent, progress)
                return release(package_dir, built_dir=built_dir, dry_run=True, **options)  # type: ignore[arg-type]
        with package_lock(package_dir, lock_timeout()):
            build(ledger_dir, archive_dir, package_dir.parent, progress)
            return release(package_dir, **options)  # type: ignore[arg-type]
    except ValidationFailed as err:
        raise ReleaseError(f"refused: the package does not pass its checks\n{err}") from None
