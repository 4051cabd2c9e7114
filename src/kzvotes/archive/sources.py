"""What ``build`` takes from the raw archive: the archived documents and their revisions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class ArchivedSource:
    """What the ``sources`` table needs of an archived document."""

    sha256: str
    url: str
    publisher_kind: str | None
    language: str | None
    retrieved_at: str
    bytes: int
    content_type: str | None = None
    published_date: date | None = None


def archived_sources(
    archive_dir: Path | None, progress: Callable[[str], None]
) -> tuple[list[ArchivedSource], list[dict[str, Any]]]:
    """Every stored document version (one per sha256) and every recorded revision."""
    if archive_dir is None or not archive_dir.exists():
        progress("no archive: building from the ledger alone")
        return [], []
    from kzvotes.archive.store import Archive

    archive = Archive(archive_dir)
    by_sha: dict[str, ArchivedSource] = {}
    for doc in archive.stored_documents():
        by_sha.setdefault(doc.sha256, ArchivedSource(
            sha256=doc.sha256, url=doc.url, publisher_kind=doc.publisher_kind,
            language=doc.language, retrieved_at=doc.retrieved_at, bytes=doc.bytes,
            content_type=doc.content_type,
        ))  # fmt: skip
    revisions = [
        {"url": r.url, "previous_sha256": r.previous_sha256, "sha256": r.sha256,
         "retrieved_at": r.retrieved_at}
        for r in archive.revisions()
    ]  # fmt: skip
    progress(
        f"archive {archive_dir}: {len(by_sha)} stored document(s), {len(revisions)} revision(s)"
    )
    return list(by_sha.values()), revisions
