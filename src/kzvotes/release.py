"""Cut a versioned, immutable release of a built kz-akim-elections package.

A release takes a package that is built already (``kzvotes release`` builds first, through
:func:`kzvotes.pipeline.build_and_release`, unless given ``--no-build``). It is refused when
the package fails its checks (:class:`ValidationFailed`, reported as :class:`ReleaseError`),
when nothing changed since the last release, or when the version exists already. Otherwise it:

1. proposes the bump from the diff with the last release (:func:`kzvotes.publish.diff.propose_bump`)
   and uses it unless a bump or a version is given;
2. sets ``version`` in the package and writes ``releases/kz-akim-elections-<version>.zip``,
   byte-reproducible: sorted entries, timestamps from the package's ``created``, fixed
   permissions, never overwriting a file;
3. prepends a section to ``CHANGELOG.md`` with the row-level diff;
4. appends the release to ``releases.json`` (version, date, sha256, size, row counts).

The date of a release is the package's ``created`` day (from the inputs), never the clock.

>>> release(Path("datapackages/kz-akim-elections"), bump="patch").version  # doctest: +SKIP
'1.0.1'
"""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kzvotes.config import PACKAGE_NAME
from kzvotes.errors import ReleaseError, ValidationFailed
from kzvotes.publish.diff import (
    PackageDiff,
    bump_version,
    diff_packages,
    open_package,
    parse_version,
    propose_bump,
    render_diff,
)

Progress = Callable[[str], None]

RELEASES_DIR = "releases"
RELEASES_JSON = "releases.json"
CHANGELOG = "CHANGELOG.md"
NOT_RELEASED = (RELEASES_DIR, RELEASES_JSON, CHANGELOG)  # never inside a release zip
CHANGELOG_HEAD = (
    "# Changelog of kz-akim-elections\n\n"
    "Every release, newest first, with its row-level changes by primary key. "
    "Written by `kzvotes release`; the zips are in `releases/`, their checksums in `releases.json`.\n"
)


@dataclass
class ReleaseReport:
    """What a release wrote, and why it chose its version."""

    version: str
    previous: str | None
    bump: str
    reason: str
    zip_path: Path
    sha256: str
    bytes: int
    diff: PackageDiff | None
    changelog_section: str


def zip_name(version: str) -> str:
    return f"{PACKAGE_NAME}-{version}.zip"


def read_releases(package_dir: Path) -> list[dict[str, Any]]:
    """The releases recorded in ``releases.json``, oldest first."""
    path = package_dir / RELEASES_JSON
    if not path.is_file():
        return []
    releases: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8")).get(
        "releases", []
    )
    return releases


def _zip_time(created: str) -> tuple[int, int, int, int, int, int]:
    date, _, time = created.rstrip("Z").partition("T")
    year, month, day = (int(p) for p in date.split("-"))
    hour, minute, second = (int(p) for p in (time or "00:00:00").split(":"))
    if year < 1980:  # the zip format starts in 1980
        return (1980, 1, 1, 0, 0, 0)
    return (year, month, day, hour, minute, second)


def package_files(package_dir: Path) -> list[str]:
    """Every file of the package as built, sorted; release bookkeeping excluded."""
    files = []
    for path in sorted(package_dir.rglob("*")):
        relative = path.relative_to(package_dir)
        if path.is_file() and relative.parts[0] not in NOT_RELEASED:
            files.append(relative.as_posix())
    return files


def write_release_zip(package_dir: Path, target: Path, *, created: str) -> None:
    """Zip the package into ``target`` (entries under ``kz-akim-elections/``), reproducibly.

    Refuses to overwrite: the zip is written beside ``target`` and linked into place.
    """
    if target.exists():
        raise ReleaseError(f"{target} exists: releases are immutable")
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    date_time = _zip_time(created)
    try:
        with zipfile.ZipFile(staging, "w") as archive:
            for relative in package_files(package_dir):
                info = zipfile.ZipInfo(f"{PACKAGE_NAME}/{relative}", date_time)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 3  # unix, so the permission bits below are read
                info.external_attr = 0o100644 << 16
                archive.writestr(info, (package_dir / relative).read_bytes(), compresslevel=9)
        try:
            os.link(staging, target)
        except FileExistsError:
            raise ReleaseError(f"{target} exists: releases are immutable") from None
    finally:
        staging.unlink(missing_ok=True)


def _write_text_atomic(path: Path, text: str) -> None:
    staging = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    staging.write_text(text, encoding="utf-8")
    os.replace(staging, path)


def changelog_section(version: str, date: str, bump: str, reason: str, diff: PackageDiff | None,
                      row_counts: dict[str, int]) -> str:  # fmt: skip
    """The CHANGELOG section of one release (the first one lists row counts, not rows)."""
    lines = [f"## {version} ({date})", ""]
    if diff is None:
        lines += [
            "First release.",
            "",
            "Rows: " + ", ".join(f"{t} {n}" for t, n in row_counts.items()) + ".",
            "",
        ]
        return "\n".join(lines)
    lines += [f"Compared with {diff.old_version}: **{bump}**, {reason}.", ""]
    lines.append(render_diff(diff, heading="###"))
    return "\n".join(lines)


def prepend_changelog(package_dir: Path, section: str) -> None:
    path = package_dir / CHANGELOG
    old = path.read_text(encoding="utf-8") if path.is_file() else CHANGELOG_HEAD
    head, sep, rest = old.partition("\n## ")
    body = section.rstrip("\n") + "\n"
    text = f"{head.rstrip()}\n\n{body}" + (f"\n## {rest}" if sep else "")
    _write_text_atomic(path, text)


def choose_version(previous: str | None, proposal: tuple[str, str] | None, *, bump: str | None,
                   version: str | None) -> tuple[str, str, str]:  # fmt: skip
    """``(version, bump, reason)`` from the options, the proposal and the last version."""
    if bump and version:
        raise ReleaseError("give --bump or --version, not both")
    base = previous or "0.0.0"
    proposed, why = proposal or ("major", "first release")
    if version:
        if parse_version(version) <= parse_version(base):
            raise ReleaseError(f"version {version} is not newer than the last release {base}")
        return version, "explicit", f"version given (proposed: {proposed}, {why})"
    if bump:
        note = f"{bump} requested" + (
            f" (proposed: {proposed}, {why})" if bump != proposed else f", {why}"
        )
        return bump_version(base, bump), bump, note
    if previous is None:
        return "1.0.0", "major", "first release"
    return bump_version(base, proposed), proposed, why


def check_request(
    package_dir: Path, *, bump: str | None, version: str | None
) -> list[dict[str, Any]]:
    """The releases so far, once the request is known to be possible (before any build).

    Raises :class:`ReleaseError` for a folder of another name, both a bump and a version, or
    a version that exists or is not newer than the last release.
    """
    if package_dir.name != PACKAGE_NAME:
        raise ReleaseError(f"{package_dir}: a release is cut from a folder named {PACKAGE_NAME}")
    releases = read_releases(package_dir)
    previous = str(releases[-1]["version"]) if releases else None
    if bump and version:
        raise ReleaseError("give --bump or --version, not both")
    if version and (package_dir / RELEASES_DIR / zip_name(version)).exists():
        raise ReleaseError(
            f"refused: {version} is released already ({zip_name(version)}); releases are immutable"
        )
    if version and parse_version(version) <= parse_version(previous or "0.0.0"):
        raise ReleaseError(f"version {version} is not newer than the last release {previous}")
    return releases


def release(
    package_dir: Path,
    *,
    bump: str | None = None,
    version: str | None = None,
    built_dir: Path | None = None,
    validated: bool = False,
    dry_run: bool = False,
    progress: Progress = lambda _: None,
) -> ReleaseReport:
    """Compare a built package with the last release and cut the next version; never builds.

    ``built_dir`` is the package to release, ``package_dir`` (which holds ``releases/``) by
    default; a dry run may point it at a package built elsewhere. The package is validated
    first unless ``validated`` says the caller has just done so
    (:func:`kzvotes.pipeline.build_and_release` builds, then releases). With ``dry_run``
    nothing is written, and the report says which version would be cut, and why. A release
    holds the package's lock, so no build swaps the package between its check and its zip.
    """
    from kzvotes.config import lock_timeout
    from kzvotes.publish.publication import package_lock

    options = {"bump": bump, "version": version, "validated": validated, "dry_run": dry_run,
               "progress": progress}  # fmt: skip
    if built_dir is not None and built_dir != package_dir:
        return _release(package_dir, built_dir, **options)  # type: ignore[arg-type]
    with package_lock(package_dir, lock_timeout()):
        return _release(package_dir, package_dir, **options)  # type: ignore[arg-type]


def _release(
    package_dir: Path,
    built_dir: Path,
    *,
    bump: str | None,
    version: str | None,
    validated: bool,
    dry_run: bool,
    progress: Progress,
) -> ReleaseReport:
    """:func:`release` of the package in ``built_dir`` (``package_dir`` unless a dry run)."""
    from kzvotes.publish.package import set_version, sha256_file
    from kzvotes.publish.validate import validate_package

    releases = check_request(package_dir, bump=bump, version=version)
    previous = str(releases[-1]["version"]) if releases else None
    try:
        if not validated:
            progress(f"validating {built_dir}")
            validate_package(built_dir)
    except ValidationFailed as err:
        raise ReleaseError(f"refused: the package does not pass its checks\n{err}") from None

    diff = None
    if previous is not None:
        last_zip = package_dir / RELEASES_DIR / zip_name(previous)
        if not last_zip.is_file():
            raise ReleaseError(
                f"{last_zip} is missing: releases.json names {previous} as the last release"
            )
        progress(f"comparing with {last_zip.name}")
        with open_package(last_zip) as old:
            diff = diff_packages(old, built_dir)
        if diff.is_empty():
            raise ReleaseError(f"refused: nothing changed since {previous}")
    chosen, how, reason = choose_version(
        previous, propose_bump(diff) if diff else None, bump=bump, version=version
    )
    target = package_dir / RELEASES_DIR / zip_name(chosen)
    if target.exists() or any(str(r.get("version")) == chosen for r in releases):
        raise ReleaseError(
            f"refused: {chosen} is released already ({target.name}); releases are immutable"
        )
    desc = json.loads((built_dir / "datapackage.json").read_text(encoding="utf-8"))
    date = str(desc["created"])[:10]
    row_counts = {r["name"]: _count_rows(built_dir / r["path"]) for r in desc["resources"]}
    section = changelog_section(chosen, date, how, reason, diff, row_counts)
    if dry_run:
        return ReleaseReport(chosen, previous, how, reason, target, "", 0, diff, section)

    progress(f"writing {target}")
    set_version(package_dir, chosen)
    write_release_zip(package_dir, target, created=str(desc["created"]))
    sha256, size = sha256_file(target), target.stat().st_size
    prepend_changelog(package_dir, section)
    releases.append({
        "version": chosen, "date": date, "path": f"{RELEASES_DIR}/{target.name}",
        "sha256": sha256, "bytes": size, "row_counts": row_counts,
    })  # fmt: skip
    _write_text_atomic(
        package_dir / RELEASES_JSON,
        json.dumps({"package": PACKAGE_NAME, "releases": releases}, ensure_ascii=False, indent=2)
        + "\n",
    )
    return ReleaseReport(chosen, previous, how, reason, target, sha256, size, diff, section)


def _count_rows(csv_path: Path) -> int:
    import csv

    with csv_path.open(encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.DictReader(handle))
