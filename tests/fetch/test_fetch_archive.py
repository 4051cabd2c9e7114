"""The archive on its own: write-once objects, manifest reading, revisions, integrity."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from kzvotes.archive.store import Archive, Revision, StoredDocument
from kzvotes.errors import ArchiveError, IntegrityError


def line(url: str, sha: str | None, at: str, **extra: object) -> dict[str, object]:
    return {
        "url": url,
        "final_url": url,
        "status": 200 if sha else 404,
        "sha256": sha,
        "bytes": 3,
        "retrieved_at": at,
        **extra,
    }


def test_a_missing_root_is_an_empty_archive(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "nowhere")
    assert archive.stored_documents() == [] and archive.revisions() == []
    assert not (tmp_path / "nowhere").exists()


def test_objects_are_named_by_sha256_and_written_once(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    sha = archive.store_bytes(b"abc")
    assert sha == hashlib.sha256(b"abc").hexdigest()
    path = archive.object_path(sha)
    assert path.read_bytes() == b"abc"
    mtime = path.stat().st_mtime_ns
    assert archive.store_bytes(b"abc") == sha
    assert path.stat().st_mtime_ns == mtime  # not rewritten
    assert list((tmp_path / "tmp").iterdir()) == []


def test_read_bytes_verifies_the_hash(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    sha = archive.store_bytes(b"original")
    archive.object_path(sha).write_bytes(b"tampered")
    with pytest.raises(IntegrityError) as caught:
        archive.read_bytes(sha)
    assert caught.value.expected == sha
    with pytest.raises(ArchiveError):
        archive.read_bytes("0" * 64)


def test_stored_documents_one_per_url_and_sha_at_first_retrieval(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    a, b = "a" * 64, "b" * 64
    for record in [
        line("https://x.example/2", a, "2024-01-01T00:00:00Z", publisher="x.example"),
        line("https://x.example/1", a, "2024-01-02T00:00:00Z"),
        line("https://x.example/1", None, "2024-01-03T00:00:00Z", error="HTTP 404"),
        line("https://x.example/1", a, "2024-01-04T00:00:00Z"),
        line("https://x.example/1", b, "2024-01-05T00:00:00Z"),
        line("https://x.example/1", a, "2024-01-06T00:00:00Z"),
        line("https://x.example/list", b, "2024-01-06T00:00:00Z", role="listing"),
    ]:
        archive.append_manifest(record)

    docs = archive.stored_documents()
    assert [(d.url[-1], d.sha256[0], d.retrieved_at[:10]) for d in docs] == [
        ("1", "a", "2024-01-02"),
        ("1", "b", "2024-01-05"),
        ("2", "a", "2024-01-01"),
    ]
    assert isinstance(docs[0], StoredDocument) and docs[2].publisher == "x.example"
    assert docs[0].language is None
    assert archive.revisions() == [
        Revision("https://x.example/1", a, b, "2024-01-05T00:00:00Z"),
        Revision("https://x.example/1", b, a, "2024-01-06T00:00:00Z"),
    ]


def test_a_torn_last_line_is_tolerated_then_cut_by_the_next_writer(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.append_manifest(line("https://x.example/1", "a" * 64, "2024-01-01T00:00:00Z"))
    with archive.manifest_path.open("ab") as handle:
        handle.write(b'{"url": "https://x.example/2", "sha')  # killed mid-write

    assert [d.url for d in Archive(tmp_path).stored_documents()] == ["https://x.example/1"]

    with Archive(tmp_path).writer() as writer:
        writer.append_manifest(line("https://x.example/3", "c" * 64, "2024-01-02T00:00:00Z"))
    lines = archive.manifest_path.read_text().splitlines()
    assert [json.loads(x)["url"][-1] for x in lines] == ["1", "3"]


def test_a_torn_line_in_the_middle_is_an_error(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.manifest_path.write_text('{"url": "x"}\n{"url": \n{"url": "y"}\n')
    with pytest.raises(ArchiveError, match=":2"):
        archive.stored_documents()


def test_the_writer_clears_leftover_downloads_and_is_exclusive(tmp_path: Path) -> None:
    (tmp_path / "tmp").mkdir()
    (tmp_path / "tmp" / "download-x.part").write_bytes(b"half")
    archive = Archive(tmp_path)
    with archive.writer():
        assert list((tmp_path / "tmp").iterdir()) == []
        with pytest.raises(ArchiveError, match="another"), Archive(tmp_path).writer():
            pass


def test_an_aborted_download_leaves_nothing(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    with pytest.raises(RuntimeError), archive.incoming() as incoming:
        incoming.write(b"partial")
        raise RuntimeError("connection lost")
    assert list((tmp_path / "tmp").iterdir()) == []
    assert not (tmp_path / "objects").exists() or list((tmp_path / "objects").iterdir()) == []
