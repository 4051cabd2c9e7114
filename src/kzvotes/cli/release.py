"""``kzvotes release`` and ``kzvotes diff``: thin shells over the library."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any

import typer

from kzvotes.cli import options
from kzvotes.cli.errors import reports_errors


class Bump(StrEnum):
    major = "major"
    minor = "minor"
    patch = "patch"


def _console() -> Any:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def _default_package() -> Path:
    from kzvotes import config

    return config.default_output_dir() / config.PACKAGE_NAME


@reports_errors
def release(
    bump: Bump = typer.Option(
        None, "--bump", help="Bump this part of the version (default: the proposed one)."
    ),
    version: str = typer.Option(
        None, "--version", metavar="X.Y.Z", help="Release exactly this version."
    ),
    package: Path = typer.Option(
        None,
        "--package",
        help="The package folder (default: datapackages/kz-akim-elections).",
        file_okay=False,
    ),
    ledger: Path = options.LEDGER,
    archive: Path = options.ARCHIVE,
    no_archive: bool = options.NO_ARCHIVE,
    no_build: bool = typer.Option(
        False, "--no-build", help="Release the package as it is (after validating it)."
    ),
    dry_run: bool = typer.Option(
        False, "--dry-run", help="Build and compare, say which version, write nothing."
    ),
) -> None:
    """Build the package, compare it with the last release and cut the next version.

    Refused when a hard check fails, when nothing changed since the last release, or when
    the version exists. Writes releases/kz-akim-elections-<version>.zip (reproducible,
    never overwritten), a CHANGELOG.md section with the row-level diff, and releases.json.
    Without --bump or --version the proposed bump is used: major for a schema change that
    breaks readers, minor for new rows, patch for corrections. With --no-build the package
    is released as it is, after validating it.

    Example: kzvotes release --dry-run && kzvotes release --bump patch
    """
    from kzvotes import config

    console = _console()
    progress = lambda message: console.print(f"· {message}", markup=False)  # noqa: E731
    target = package or _default_package()
    common = {"bump": bump.value if bump else None, "version": version, "dry_run": dry_run}
    if no_build:
        from kzvotes.release import release as run_release

        report = run_release(target, progress=progress, **common)  # type: ignore[arg-type]
    else:
        from kzvotes.pipeline import build_and_release

        report = build_and_release(
            target,
            ledger_dir=ledger or config.ledger_dir(),
            archive_dir=None if no_archive else (archive or config.default_archive_dir()),
            progress=progress,
            **common,  # type: ignore[arg-type]
        )
    since = f" (after {report.previous})" if report.previous else ""
    console.print(
        f"version {report.version}{since}: {report.bump}, {report.reason}",
        soft_wrap=True,
        markup=False,
    )
    if dry_run:
        print(report.changelog_section)
        console.print("dry run: nothing written")
        return
    print(f"{report.zip_path}  sha256 {report.sha256}  {report.bytes} bytes")


@reports_errors
def diff(
    old: Path = typer.Argument(..., help="The old package: a folder or a release zip."),
    new: Path = typer.Argument(..., help="The new package: a folder or a release zip."),
    summary: bool = typer.Option(False, "--summary", help="Counts per table only, no rows."),
) -> None:
    """Show the row-level diff between two packages (folders or release zips), in Markdown.

    Rows are matched by primary key: added, removed, and changed with old -> new values;
    then schema changes and new or newly failing checks, and the bump they call for.

    Example: kzvotes diff datapackages/kz-akim-elections/releases/kz-akim-elections-1.0.0.zip datapackages/kz-akim-elections
    """
    from kzvotes.publish.diff import diff_paths, propose_bump, render_diff

    result = diff_paths(old, new)
    proposal = propose_bump(result)
    print(f"## {result.old_version} -> {result.new_version}\n")
    print(f"Proposed bump: **{proposal[0]}**, {proposal[1]}.\n" if proposal else "No change.\n")
    print(render_diff(result, rows=not summary), end="")
