"""``kzvotes build`` and ``kzvotes validate``: thin shells over the pipeline and the gate."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from kzvotes.cli import options
from kzvotes.cli.errors import reports_errors
from kzvotes.errors import ConfigError

if TYPE_CHECKING:
    from rich.console import Console


def _console() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


@reports_errors
def build(
    ledger: Path = options.LEDGER,
    archive: Path = options.ARCHIVE,
    output: Path = typer.Option(
        None,
        "--output",
        "-o",
        help="Folder that receives kz-akim-elections/ (default: datapackages/ in the source tree).",
        file_okay=False,
    ),
    no_archive: bool = options.NO_ARCHIVE,
    allow_shrink: bool = typer.Option(
        False,
        "--allow-shrink",
        help="Publish even when the build drops more than 10% of the published contests"
        " (a deliberate removal; without it such a build is refused).",
    ),
) -> None:
    """Build the kz-akim-elections data package from the ledger and the archive (no network).

    The package is written to a temporary folder, validated (schemas, election arithmetic,
    formats) and only then swapped in: a failed build leaves the old package as it was, and so
    does a build that would drop many published contests (see --allow-shrink). One build at a
    time per package: a second one waits for the first (KZVOTES_LOCK_TIMEOUT, default 120 s).

    Example: kzvotes build --output /tmp/packages
    """
    from rich.markup import escape

    from kzvotes import config
    from kzvotes.pipeline import build as run_build

    console = _console()
    started = time.perf_counter()
    with console.status("building…") as status:

        def progress(message: str) -> None:
            status.update(escape(message))
            console.print(f"[dim]·[/dim] {escape(message)}")

        report = run_build(
            ledger or config.ledger_dir(),
            None if no_archive else (archive or config.default_archive_dir()),
            output or config.default_output_dir(),
            progress,
            allow_shrink=allow_shrink,
        )
    counts = ", ".join(f"{name} {n}" for name, n in report.row_counts.items())
    elapsed = time.perf_counter() - started
    console.print(f"built {report.package_dir} in {elapsed:.1f} s", markup=False)
    console.print(f"rows: {counts}", markup=False)
    console.print(
        f"{report.archived_documents} archived document(s), {report.conflicts} conflict(s), "
        f"{len(report.soft_failures)} soft check failure(s)"
    )
    for line in report.soft_failures:
        console.print(f"  soft: {line}", markup=False)
    if report.pending or report.quarantined:
        console.print(
            f"{report.quarantined} machine-read value(s) quarantined (a hard check failed),"
            f" {report.pending} in pending in all, none of them published:"
            " see `kzvotes review`"
        )
    else:
        console.print("0 quarantined, 0 pending: every published value is checked or corroborated")
    if report.skipped_documents:
        console.print(f"{len(report.skipped_documents)} archived document(s) gave no results:")
        for line in report.skipped_documents:
            console.print(f"  {line}", markup=False)


@reports_errors
def validate(
    path: Path = typer.Argument(
        None,
        help="A kz-akim-elections package folder or release zip (default: the one `build` writes).",
    ),
    frictionless: bool = typer.Option(
        False, "--frictionless", help="Also run frictionless's own validation (slower)."
    ),
) -> None:
    """Validate a kz-akim-elections package: every file against its size and sha256, every
    format (Parquet, SQLite, XLSX) against the CSVs, schemas, keys and election arithmetic.

    Exits 1 with a report of every failure, 0 when the package is valid; 2 when the path
    is missing or not a package.

    Example: kzvotes validate datapackages/kz-akim-elections
    """
    from rich.markup import escape

    from kzvotes import config
    from kzvotes.publish.diff import open_package
    from kzvotes.publish.validate import validate_package

    target = path or config.default_output_dir() / config.PACKAGE_NAME
    if not target.exists():
        raise ConfigError(f"{target}: no such file or folder")
    with _console().status(f"validating {escape(str(target))}…"):
        if target.is_file():  # a release zip, unpacked into a temporary folder
            with open_package(target) as unpacked:
                validate_package(unpacked, frictionless=frictionless)
        else:
            validate_package(target, frictionless=frictionless)
    print(f"{target}: valid")
