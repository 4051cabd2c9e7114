"""Zips read with bounds: every member's name, declared size and compression ratio checked
before a byte is extracted, and the bytes actually written counted against the declaration.

A release zip of this project is a few MB that unpacks to a few tens (CSV compresses about
ten to one); a zip that declares more than :data:`MAX_UNPACKED_BYTES`, a member that
expands more than :data:`MAX_RATIO` times, an absolute or ``..`` name, a link, or more than
:data:`MAX_MEMBERS` entries is refused with :class:`~kzvotes.errors.PackageError` naming the
zip and the member. A damaged member (bad CRC, truncated data) is reported the same way.
"""

from __future__ import annotations

import stat
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from kzvotes.errors import PackageError

MAX_MEMBERS = 10_000
MAX_UNPACKED_BYTES = 4 * 1024**3
# Deflate reaches about 1000:1 on runs of one byte; CSV, Parquet, SQLite and XLSX of this
# package stay far below 100:1, so more is a zip bomb, not data.
MAX_RATIO = 200
_SMALL = 1024 * 1024  # below this, any ratio is harmless
_CHUNK = 1 << 20


def _unsafe_name(name: str) -> bool:
    path = PurePosixPath(name.replace("\\", "/"))
    return path.is_absolute() or ".." in path.parts or (len(name) > 1 and name[1] == ":")


def check_members(where: Path, archive: zipfile.ZipFile) -> None:
    """Refuse a zip whose declared contents are unsafe or too big, before extracting."""
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise PackageError(f"{where}: {len(members)} entries (at most {MAX_MEMBERS})")
    total = 0
    for info in members:
        if _unsafe_name(info.filename):
            raise PackageError(f"{where}: unsafe entry {info.filename!r} (outside the folder)")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise PackageError(f"{where}: entry {info.filename!r} is a link")
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > _SMALL and ratio > MAX_RATIO:
            raise PackageError(
                f"{where}: entry {info.filename!r} would expand {ratio:.0f} times"
                f" ({info.compress_size} -> {info.file_size} bytes; at most {MAX_RATIO})"
            )
        total += info.file_size
    if total > MAX_UNPACKED_BYTES:
        raise PackageError(f"{where}: unpacks to {total} bytes (at most {MAX_UNPACKED_BYTES})")


def extract_bounded(where: Path, archive: zipfile.ZipFile, folder: Path) -> None:
    """Extract every member into ``folder``, checked first and counted while writing."""
    check_members(where, archive)
    for info in archive.infolist():
        target = folder / info.filename
        if info.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            with archive.open(info) as source, target.open("wb") as sink:
                written = 0
                while block := source.read(_CHUNK):
                    written += len(block)
                    if written > info.file_size:
                        raise PackageError(
                            f"{where}: entry {info.filename!r} holds more than the"
                            f" {info.file_size} bytes it declares"
                        )
                    sink.write(block)
        except (zipfile.BadZipFile, zlib.error, EOFError) as err:
            raise PackageError(f"{where}: entry {info.filename!r} is damaged ({err})") from None
        except (NotImplementedError, RuntimeError) as err:  # a method or encryption we lack
            raise PackageError(f"{where}: entry {info.filename!r}: {err}") from None
