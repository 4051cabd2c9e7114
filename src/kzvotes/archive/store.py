"""The raw archive: write-once, content-addressed bytes and a manifest of every request.

Layout of an archive folder::

    objects/<sha256>     the bytes exactly as received, named by their sha256, never rewritten
    manifest.jsonl       one JSON object per request outcome, appended and fsynced
    tmp/                 downloads in progress (emptied when a writer opens the archive)
    .lock                held by the one process writing

An object is written to ``tmp/``, fsynced, renamed into ``objects/`` and only then named in
the manifest, so a run killed at any point leaves no partial object under a sha256 name and
at worst a torn last manifest line, which readers skip and the next writer cuts off.

A document whose bytes change keeps every version; the manifest's order gives the
revisions. A failed request is recorded with ``sha256`` null and never hides the stored
version before it.

Example::

    >>> from pathlib import Path
    >>> arc = Archive(Path("/nonexistent/archive"))
    >>> arc.stored_documents()
    []
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from kzvotes.errors import ArchiveError, IntegrityError

MANIFEST_NAME = "manifest.jsonl"
OBJECTS_DIR = "objects"
TMP_DIR = "tmp"
LOCK_NAME = ".lock"

ROLE_DOCUMENT = "document"
ROLE_LISTING = "listing"

# The keys of a manifest line, in the order they are written.
MANIFEST_FIELDS = (
    "url",
    "final_url",
    "status",
    "sha256",
    "bytes",
    "content_type",
    "charset",
    "etag",
    "last_modified",
    "retrieved_at",
    "error",
    "outcome",
    "previous_sha256",
    "role",
    "publisher",
    "publisher_kind",
    "language",
)

_SHA256_HEX = frozenset("0123456789abcdef")


@dataclass(frozen=True)
class StoredDocument:
    """One stored version of one document (a URL and the sha256 of its bytes).

    ``retrieved_at`` is when these bytes were first received (ISO 8601 UTC), so a document
    that stays the same keeps the same row from run to run.
    """

    url: str
    final_url: str
    sha256: str
    bytes: int
    content_type: str | None
    charset: str | None
    etag: str | None
    last_modified: str | None
    retrieved_at: str
    publisher: str | None
    publisher_kind: str | None
    language: str | None


@dataclass(frozen=True)
class Revision:
    """A document's bytes changed: ``previous_sha256`` was replaced by ``sha256``."""

    url: str
    previous_sha256: str
    sha256: str
    retrieved_at: str


class Archive:
    """A raw archive folder; a folder that does not exist reads as an empty archive."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._lock = threading.Lock()
        self._manifest_checked = False

    @property
    def manifest_path(self) -> Path:
        return self.root / MANIFEST_NAME

    def object_path(self, sha256: str) -> Path:
        """Where the bytes named ``sha256`` are (or would be) stored."""
        if len(sha256) != 64 or not set(sha256) <= _SHA256_HEX:
            raise ArchiveError(f"{sha256!r} is not a lowercase hex sha256")
        return self.root / OBJECTS_DIR / sha256

    # -- reading -------------------------------------------------------------------------

    def manifest_records(self) -> list[dict[str, Any]]:
        """Every manifest line as a dict, in file order; a torn last line is skipped."""
        try:
            raw = self.manifest_path.read_bytes()
        except FileNotFoundError:
            return []
        except OSError as err:
            raise ArchiveError(f"cannot read {self.manifest_path}: {err}") from None
        lines = raw.split(b"\n")
        torn_tail = lines[-1]  # empty when the file ends with a newline, as it should
        records: list[dict[str, Any]] = []
        for number, line in enumerate(lines[:-1], start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError):
                raise ArchiveError(f"{self.manifest_path}:{number}: not a JSON line") from None
            if not isinstance(record, dict) or not isinstance(record.get("url"), str):
                raise ArchiveError(f"{self.manifest_path}:{number}: not a manifest record")
            records.append(record)
        if _is_record(torn_tail):
            records.append(json.loads(torn_tail))
        return records

    def stored_documents(self) -> list[StoredDocument]:
        """Every stored version of every document, one per (url, sha256), by url and time."""
        first: dict[tuple[str, str], StoredDocument] = {}
        for record in self.manifest_records():
            if (record.get("role") or ROLE_DOCUMENT) != ROLE_DOCUMENT or not record.get("sha256"):
                continue
            key = (record["url"], record["sha256"])
            if key not in first:
                first[key] = _stored_document(record)
        return sorted(first.values(), key=lambda d: (d.url, d.retrieved_at, d.sha256))

    def revisions(self) -> list[Revision]:
        """Every change of a document's bytes, by url and time."""
        latest: dict[str, str] = {}
        found: list[Revision] = []
        for record in self.manifest_records():
            sha = record.get("sha256")
            if (record.get("role") or ROLE_DOCUMENT) != ROLE_DOCUMENT or not sha:
                continue
            url = record["url"]
            previous = latest.get(url)
            if previous is not None and previous != sha:
                found.append(Revision(url, previous, sha, str(record.get("retrieved_at", ""))))
            latest[url] = sha
        return sorted(found, key=lambda r: (r.url, r.retrieved_at))

    def latest_versions(self) -> dict[str, dict[str, Any]]:
        """For each URL, the manifest record of its most recently stored version."""
        latest: dict[str, dict[str, Any]] = {}
        for record in self.manifest_records():
            if record.get("sha256"):
                latest[record["url"]] = record
        return latest

    def has_object(self, sha256: str) -> bool:
        return self.object_path(sha256).is_file()

    def read_bytes(self, sha256: str) -> bytes:
        """The stored bytes named ``sha256``, checked against it.

        Raises :class:`~kzvotes.errors.IntegrityError` when they no longer match and
        :class:`~kzvotes.errors.ArchiveError` when they are missing.
        """
        path = self.object_path(sha256)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise ArchiveError(f"{path}: stored object is missing") from None
        except OSError as err:
            raise ArchiveError(f"{path}: cannot read: {err}") from None
        actual = hashlib.sha256(data).hexdigest()
        if actual != sha256:
            raise IntegrityError(path, sha256, actual)
        return data

    # -- writing -------------------------------------------------------------------------

    @contextlib.contextmanager
    def writer(self) -> Iterator[Archive]:
        """Hold the archive for writing: one writer at a time; leftovers of a killed run go.

        Raises :class:`~kzvotes.errors.ArchiveError` when another process holds it.
        """
        try:
            for sub in (OBJECTS_DIR, TMP_DIR):
                (self.root / sub).mkdir(parents=True, exist_ok=True)
            lock_file = (self.root / LOCK_NAME).open("a+b")
        except OSError as err:
            raise ArchiveError(f"cannot create archive {self.root}: {err}") from None
        with lock_file:
            _lock_exclusively(lock_file, self.root)
            for leftover in (self.root / TMP_DIR).iterdir():
                with contextlib.suppress(OSError):
                    leftover.unlink()
            self._repair_manifest()
            yield self

    @contextlib.contextmanager
    def incoming(self) -> Iterator[Incoming]:
        """A temporary file to stream a download into; commit it or it is thrown away."""
        tmp_dir = self.root / TMP_DIR
        tmp_dir.mkdir(parents=True, exist_ok=True)
        fd, name = _mkstemp(tmp_dir)
        incoming = Incoming(self, Path(name), os.fdopen(fd, "wb"))
        try:
            yield incoming
        finally:
            incoming.discard()

    def store_bytes(self, data: bytes) -> str:
        """Store ``data`` (write-once) and return its sha256."""
        with self.incoming() as incoming:
            incoming.write(data)
            return incoming.commit()

    def append_manifest(self, record: dict[str, Any]) -> None:
        """Append one record as one JSON line, durably; fields not given are null."""
        line = {key: record.get(key) for key in MANIFEST_FIELDS}
        line.update({k: v for k, v in record.items() if k not in line})
        data = (json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8")
        with self._lock:
            self.root.mkdir(parents=True, exist_ok=True)
            if not self._manifest_checked:
                self._repair_manifest()
            with self.manifest_path.open("ab") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())

    def _repair_manifest(self) -> None:
        """Cut a torn last line (a run killed mid-write) so appends start on a fresh line."""
        self._manifest_checked = True
        try:
            with self.manifest_path.open("r+b") as handle:
                size = handle.seek(0, os.SEEK_END)
                if size == 0:
                    return
                handle.seek(size - 1)
                if handle.read(1) == b"\n":
                    return
                keep = _offset_after_last_newline(handle, size)
                handle.seek(keep)
                if _is_record(handle.read()):
                    handle.seek(size)
                    handle.write(b"\n")  # complete but for its newline: keep it
                else:
                    handle.truncate(keep)
                handle.flush()
                os.fsync(handle.fileno())
        except FileNotFoundError:
            return

    def _commit_object(self, tmp_path: Path, sha256: str) -> None:
        final = self.object_path(sha256)
        if final.is_file():
            try:
                self.read_bytes(sha256)
                return  # write-once: the same bytes are already there
            except IntegrityError:
                pass  # a damaged copy is replaced by good bytes of the same name
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp_path, final)
        _fsync_dir(final.parent)


class Incoming:
    """A download in progress: bytes are hashed as they are written to a temporary file."""

    def __init__(self, archive: Archive, path: Path, handle: IO[bytes]) -> None:
        self._archive, self.path, self._handle = archive, path, handle
        self._hash = hashlib.sha256()
        self.size = 0
        self._done = False

    def write(self, chunk: bytes) -> None:
        self._handle.write(chunk)
        self._hash.update(chunk)
        self.size += len(chunk)

    @property
    def sha256(self) -> str:
        return self._hash.hexdigest()

    def commit(self) -> str:
        """fsync, move under the sha256 name (atomically) and return the sha256."""
        self._handle.flush()
        os.fsync(self._handle.fileno())
        self._handle.close()
        sha = self.sha256
        self._archive._commit_object(self.path, sha)
        self._done = True
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()  # left over when identical bytes were already stored
        return sha

    def discard(self) -> None:
        if not self._handle.closed:
            self._handle.close()
        if not self._done:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            self._done = True


def _stored_document(record: dict[str, Any]) -> StoredDocument:
    def text(key: str) -> str | None:
        value = record.get(key)
        return None if value is None else str(value)

    return StoredDocument(
        url=record["url"],
        final_url=text("final_url") or record["url"],
        sha256=record["sha256"],
        bytes=int(record.get("bytes") or 0),
        content_type=text("content_type"),
        charset=text("charset"),
        etag=text("etag"),
        last_modified=text("last_modified"),
        retrieved_at=text("retrieved_at") or "",
        publisher=text("publisher"),
        publisher_kind=text("publisher_kind"),
        language=text("language"),
    )


def _is_record(line: bytes) -> bool:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False
    return isinstance(record, dict) and isinstance(record.get("url"), str)


def _offset_after_last_newline(handle: IO[bytes], size: int) -> int:
    block = 65536
    end = size
    while end > 0:
        start = max(0, end - block)
        handle.seek(start)
        chunk = handle.read(end - start)
        index = chunk.rfind(b"\n")
        if index >= 0:
            return start + index + 1
        end = start
    return 0


def _mkstemp(directory: Path) -> tuple[int, str]:
    import tempfile

    return tempfile.mkstemp(dir=directory, prefix="download-", suffix=".part")


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return  # some platforms cannot open a folder; the rename is still atomic
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _lock_exclusively(handle: IO[bytes], root: Path) -> None:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: no inter-process lock
        return
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        raise ArchiveError(f"{root}: another kzvotes fetch is writing to this archive") from None
