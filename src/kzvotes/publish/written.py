"""What this process has just written into a package, so the check of that package need
not read it back.

A build writes every file from frames that already passed the gate, records each file's
digest as the descriptor takes it, and which frames the SQLite database, the workbook
and the Parquet files were written from. Its check (``validate_package(...,
gated=frames)``) then reads back the CSVs, the reference every other format is held
against, and takes the rest from this record for a file that is still the one written
(same inode, size and times) from the very same frame objects (weak references, compared
by identity). `kzvotes validate` runs in a process of its own: it reads every file.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import polars as pl

FileIdentity = tuple[Path, int, int, int, int]

_digests: dict[FileIdentity, str] = {}
_sources: dict[FileIdentity, list[weakref.ref[pl.DataFrame]]] = {}


def identity(path: Path) -> FileIdentity | None:
    """The file at ``path`` as it is now: its resolved path, inode, size and times."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return (path.resolve(), stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)


def remember_digest(path: Path, digest: str) -> None:
    """Record the sha256 just taken of the file at ``path``."""
    if (key := identity(path)) is not None:
        _digests[key] = digest


def recorded_digest(path: Path) -> str | None:
    """The sha256 recorded for ``path`` when the file has not changed since; else None."""
    key = identity(path)
    return _digests.get(key) if key is not None else None


def remember_sources(path: Path, frames: Iterable[pl.DataFrame]) -> None:
    """Record that the file at ``path`` was just written from ``frames``, in this order."""
    for gone in [k for k, refs in _sources.items() if any(r() is None for r in refs)]:
        del _sources[gone]  # frames gone: their ids may be reused
    if (key := identity(path)) is not None:
        _sources[key] = [weakref.ref(frame) for frame in frames]


def written_from(path: Path, frames: Iterable[pl.DataFrame]) -> bool:
    """True when the file at ``path`` is still the one written from these very frames."""
    key = identity(path)
    refs = _sources.get(key) if key is not None else None
    wanted = list(frames)
    return (
        refs is not None
        and len(refs) == len(wanted)
        and all(ref() is frame for ref, frame in zip(refs, wanted, strict=True))
    )
