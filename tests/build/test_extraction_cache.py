"""Archived documents are read once per extractor: the next build reuses the reading."""

from __future__ import annotations

from pathlib import Path

from kzvotes.archive.store import Archive
from kzvotes.build.archive_facts import ExtractionCache, extractor_fingerprint
from kzvotes.pipeline import build

CORPUS = Path(__file__).parents[1] / "corpus"


def _archive(root: Path, names: list[str]) -> Archive:
    archive = Archive(root)
    with archive.writer():
        for name in names:
            data = (CORPUS / name).read_bytes()
            sha = archive.store_bytes(data)
            archive.append_manifest({
                "url": f"https://corpus.test/{name}", "status": 200, "sha256": sha,
                "bytes": len(data), "retrieved_at": "2026-11-20T08:00:00Z",
                "content_type": "text/html",
            })  # fmt: skip
    return archive


def test_a_second_build_reads_the_cache_and_publishes_the_same(
    small_ledger: Path, tmp_path: Path
) -> None:
    root = tmp_path / "archive"
    _archive(root, ["ru-01-bokeyorda.html", "en-01-semey.html"])
    messages: list[str] = []
    first = build(small_ledger, root, tmp_path / "a").package_dir
    cache = ExtractionCache(root, extractor_fingerprint())
    assert len(list(cache.root.glob("*.pickle"))) == 2
    second = build(small_ledger, root, tmp_path / "b", messages.append).package_dir
    assert "2 of 2 document(s) read from the extraction cache" in messages
    for path in sorted((first / "data").glob("*.csv")):
        assert path.read_bytes() == (second / "data" / path.name).read_bytes(), path.name


def test_a_damaged_cache_entry_is_read_again(small_ledger: Path, tmp_path: Path) -> None:
    root = tmp_path / "archive"
    _archive(root, ["ru-01-bokeyorda.html"])
    first = build(small_ledger, root, tmp_path / "a").package_dir
    [entry] = ExtractionCache(root, extractor_fingerprint()).root.glob("*.pickle")
    entry.write_bytes(b"not a pickle")
    messages: list[str] = []
    second = build(small_ledger, root, tmp_path / "b", messages.append).package_dir
    assert not any("extraction cache" in m for m in messages)
    assert (first / "data" / "facts.csv").read_bytes() == (
        second / "data" / "facts.csv"
    ).read_bytes()


def test_the_fingerprint_names_the_code() -> None:
    assert extractor_fingerprint() == extractor_fingerprint()
    assert len(extractor_fingerprint()) == 16
