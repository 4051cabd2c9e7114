"""Benchmark: what an unchanged archive costs a rebuild, with the extraction cache.

The archive is SYNTHETIC: 1,000 documents, each a test-corpus page (written for the project)
with a numbered comment appended, so every one is a distinct document to read. Three builds
of the embedded ledger: without the archive, with it and a cold cache, with it and a warm
cache. Goal (issue 11): a rebuild over an unchanged archive of 1,000 documents adds <= 0.5 s
to the build without an archive.

Run: make bench  (or .venv/bin/python tests/bench/bench_extraction_cache.py [documents])
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from kzvotes.archive.store import Archive
from kzvotes.config import ledger_dir
from kzvotes.pipeline import build

CORPUS = Path(__file__).parents[1] / "corpus"


def synthetic_archive(root: Path, documents: int) -> None:
    pages = sorted(p for p in CORPUS.iterdir() if p.suffix == ".html")
    archive = Archive(root)
    with archive.writer():
        for n in range(documents):
            page = pages[n % len(pages)]
            data = page.read_bytes() + f"\n<!-- synthetic copy {n} -->\n".encode()
            sha = archive.store_bytes(data)
            archive.append_manifest({
                "url": f"https://bench.test/{n}/{page.name}", "status": 200, "sha256": sha,
                "bytes": len(data), "retrieved_at": "2026-11-20T08:00:00Z",
                "content_type": "text/html",
            })  # fmt: skip


def timed(action) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main(documents: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root, out = Path(tmp) / "archive", Path(tmp) / "out"
        synthetic_archive(root, documents)
        bare = min(timed(lambda: build(ledger_dir(), None, out)) for _ in range(2))
        cold = timed(lambda: build(ledger_dir(), root, out))
        warm = min(timed(lambda: build(ledger_dir(), root, out)) for _ in range(2))
    print(f"build without archive:                {bare:6.2f} s")
    print(f"build with {documents} documents, cold cache: {cold:6.2f} s")
    print(f"build with {documents} documents, warm cache: {warm:6.2f} s")
    print(f"an unchanged archive adds:            {warm - bare:6.2f} s (goal <= 0.5 s)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
