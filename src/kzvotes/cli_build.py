"""``kzvotes build`` and ``kzvotes validate``: thin shells over the pipeline and the gate."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from kzvotes.cli import reports_errors

if TYPE_CHECKING:
    from rich.console import Console


def _console() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


@reports_errors
def build(
    ledger: Path = typer.Option(
        None,
        "--ledger",
        help="Ledger folder (default: the embedded one, or $KZVOTES_LEDGER).",
        file_okay=False,
    ),
    archive: Path = typer.Option(
        None,
        "--archive",
        help="Raw archive made by `kzvotes fetch` (default: $KZVOTES_ARCHIVE or the user data dir).",
        file_okay=False,
    ),
    output: Path = typer.Option(
        None,
        "--output",
        "-o",
        help="Folder that receives kz-akim-elections/ (default: datapackages/ in the source tree).",
        file_okay=False,
    ),
    no_archive: bool = typer.Option(False, "--no-archive", help="Build from the ledger alone."),
) -> None:
    """Build the kz-akim-elections data package from the ledger and the archive (no network).

    The package is written to a temporary folder, validated (schemas, election arithmetic,
    frictionless) and only then swapped in: a failed build leaves the old package as it was.

    Example: kzvotes build --output /tmp/packages
    """
    from kzvotes import config
    from kzvotes.pipeline import build as run_build

    console = _console()
    started = time.perf_counter()
    with console.status("building…") as status:

        def progress(message: str) -> None:
            status.update(message)
            console.print(f"[dim]·[/dim] {message}")

        report = run_build(
            ledger or config.ledger_dir(),
            None if no_archive else (archive or config.default_archive_dir()),
            output or config.default_output_dir(),
            progress,
        )
    counts = ", ".join(f"{name} {n}" for name, n in report.row_counts.items())
    console.print(f"built {report.package_dir} in {time.perf_counter() - started:.1f} s")
    console.print(f"rows: {counts}")
    console.print(
        f"{report.archived_documents} archived document(s), {report.conflicts} conflict(s), "
        f"{len(report.soft_failures)} soft check failure(s)"
    )
    for line in report.soft_failures:
        console.print(f"  soft: {line}")
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
) -> None:
    """Validate a kz-akim-elections package: frictionless structure, schemas, arithmetic.

    Exits 1 with a report of every failure, 0 when the package is valid.

    Example: kzvotes validate datapackages/kz-akim-elections
    """
    from kzvotes import config
    from kzvotes.diff import open_package
    from kzvotes.validate import validate_package

    target = path or config.default_output_dir() / config.PACKAGE_NAME
    with _console().status(f"validating {target}…"):
        if target.is_file():  # a release zip, unpacked into a temporary folder
            with open_package(target) as unpacked:
                validate_package(unpacked)
        else:
            validate_package(target)
    print(f"{target}: valid")
