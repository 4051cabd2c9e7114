"""Benchmark ``kzvotes fetch`` against the local test site on 127.0.0.1 (not a pytest test).

Run: .venv/bin/python tests/bench/bench_fetch.py [--rate R] [--concurrency N]

Prints documents per second on a first run into an empty archive at the given politeness
(default: the fetcher's defaults, 1 request/second/host and 2 in flight), then the bytes
transferred by a second run over the unchanged site.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fetch"))

from localsite import LocalSite

from kzvotes.archive.store import Archive
from kzvotes.fetch import FetchSettings, build_client, run_fetch
from kzvotes.fetch.catalog import parse_catalog
from kzvotes.fetch.politeness import DEFAULT_CONCURRENCY, DEFAULT_RATE

EXTRA_DOCUMENTS = 12  # catalog documents besides what the listings reveal


def catalog_text(site: LocalSite) -> str:
    parts = []
    for lang in ("rus", "kaz", "eng"):
        parts.append(
            f'[[listing]]\nallow_private = true\nurl = "{site.url(f"/{lang}/news/releases/")}"\n'
            f"detail_pattern = '/{lang}/news/releases/index\\.php\\?ID=\\d+'\n"
            "next_pattern = 'PAGEN_1=(\\d+)'\n"
        )
    parts.append(
        f'[[listing]]\nallow_private = true\nurl = "{site.url("/memleket/entities/test-akimat/press/news?lang=ru")}"\n'
        "detail_pattern = '/press/news/details/\\d+'\n"
    )
    for n in range(EXTRA_DOCUMENTS):
        path = f"/bench/doc-{n}.html"
        body = f"<html><head><title>Итоги выборов акима {n}</title></head><body>{'x' * 5000}"
        site.set_page(path, (body + "</body></html>").encode())
        parts.append(f'[[document]]\nallow_private = true\nurl = "{site.url(path)}"\n')
    return "\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=DEFAULT_RATE)
    parser.add_argument("--concurrency", type=int, default=DEFAULT_CONCURRENCY)
    args = parser.parse_args()
    settings = FetchSettings(rate=args.rate, concurrency=args.concurrency)
    with LocalSite() as site, tempfile.TemporaryDirectory() as tmp, build_client() as client:
        catalog = parse_catalog(catalog_text(site))
        archive = Archive(Path(tmp) / "archive")

        started = time.perf_counter()
        first = run_fetch(catalog, archive, client, settings)
        elapsed = time.perf_counter() - started
        documents = len(first.documents())
        requests = sum(site.hits.values())
        print(f"politeness: {settings.rate:g} request(s)/s/host, {settings.concurrency} in flight")
        print(
            f"first run: {documents} documents ({requests} requests incl. listings and "
            f"robots.txt) in {elapsed:.1f} s = {documents / elapsed:.2f} documents/s; "
            f"{first.bytes_transferred} body bytes"
        )

        site.reset_counters()
        started = time.perf_counter()
        second = run_fetch(catalog, archive, client, settings)
        elapsed = time.perf_counter() - started
        print(
            f"second run: {len(second.documents())} documents checked, "
            f"{dict(second.counts())}, in {elapsed:.1f} s; bytes transferred: "
            f"{second.bytes_transferred} (documents and listings), "
            f"{second.robots_bytes} (robots.txt); server sent {site.document_bytes_sent()} "
            f"body bytes besides robots.txt"
        )


if __name__ == "__main__":
    main()
