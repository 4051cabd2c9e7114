"""Benchmark: what a national backfill since 2021 and a nightly run cost (not a pytest test).

Run: .venv/bin/python tests/bench/bench_fetch_scale.py [--items-per-week N] [--keep-every K]

Measured, on 127.0.0.1, with kzvotes' own crawler: the requests one gov.kz entity and
language needs for a backfill to 2021-01-01 and for a nightly run, against a SYNTHETIC
portal API publishing ``--items-per-week`` news items (one in ``--keep-every`` about akim
elections: both are assumptions, printed with the results); and the seconds per request
that the default politeness gives on one host. Stated from those: the national figures,
with the number of bodies from the registry (data/publishers.csv: known slugs now, every
listed body once its slug is established) and the catalog's other sources. Every gov.kz
entity is on one host, so the portal's share of the time is its requests at the default
rate of one request per second per host.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fetch"))

from localsite import LocalSite
from publisher_sites import NEWS_PATH, GovkzApi, synthetic_item

from kzvotes.archive.store import Archive
from kzvotes.fetch import FetchSettings, build_client, run_fetch
from kzvotes.fetch.catalog import load_catalog, parse_catalog
from kzvotes.fetch.politeness import DEFAULT_CONCURRENCY, DEFAULT_RATE
from kzvotes.fetch.publishers import load_publishers

SINCE = date(2021, 1, 1)
NOW = datetime(2026, 8, 18, 12, 0, tzinfo=UTC)
BODY_KINDS = {"regional_akimat", "city_akimat", "district_akimat", "district_entity",
              "territorial_commission"}  # fmt: skip


def synthetic_news(per_week: int, keep_every: int, until: datetime) -> list[dict[str, object]]:
    """Items from ``until`` back to 2020-12-01, ``per_week`` a week, newest first."""
    items, step = [], timedelta(days=7) / per_week
    when, number = until, 0
    while when.date() >= date(2020, 12, 1):
        items.append(synthetic_item(number, number % keep_every == 0, when))
        when, number = when - step, number + 1
    return items


def api_requests(site: LocalSite) -> int:
    return sum(n for path, n in site.hits.items() if path.startswith(NEWS_PATH))


def measure_entity(per_week: int, keep_every: int) -> dict[str, float]:
    """Requests of a backfill and of a nightly run for one entity in one language."""
    items = synthetic_news(per_week, keep_every, NOW)
    fast = FetchSettings(rate=0, concurrency=4)
    with LocalSite() as site, tempfile.TemporaryDirectory() as tmp, build_client() as client:
        api = GovkzApi({"bench-entity": items}).install(site)
        catalog = parse_catalog(
            f'[[govkz]]\nbase_url = "{site.base_url}"\nprojects = ["bench-entity"]\n'
            'languages = ["ru"]\nallow_private = true\n'
        )
        archive = Archive(Path(tmp) / "archive")
        backfill = run_fetch(catalog, archive, client, FetchSettings(rate=0, since=SINCE))
        [row] = backfill.source_rows()
        backfill_requests = api_requests(site)
        kept_since = row["kept"]
        site.reset_counters()
        # one day later: a day's worth of new items on top
        day = [synthetic_item(100_000 + n, n % keep_every == 0, NOW + timedelta(hours=1 + n))
               for n in range(max(1, per_week // 7))]  # fmt: skip
        api.items["bench-entity"] = list(reversed(day)) + items
        run_fetch(catalog, archive, client, fast)
        nightly_requests = api_requests(site)
    return {
        "items": len(items),
        "pages": row["pages"],
        "kept": kept_since,
        "backfill": backfill_requests,
        "nightly": nightly_requests,
    }


def seconds_per_request(count: int = 12) -> float:
    """Wall time between requests to one host at the default politeness (measured; the
    first request of a run does not wait)."""
    with LocalSite() as site, tempfile.TemporaryDirectory() as tmp, build_client() as client:
        paths = [f"/bench/{n}.html" for n in range(count)]
        for path in paths:
            site.set_page(path, b"<html><body><p>" + b"synthetic " * 200 + b"</p></body></html>")
        catalog = parse_catalog(
            "".join(f'[[document]]\nurl = "{site.url(p)}"\nallow_private = true\n' for p in paths)
        )
        started = time.perf_counter()
        run_fetch(catalog, Archive(Path(tmp) / "a"), client, FetchSettings())
        elapsed = time.perf_counter() - started
        sent = sum(site.hits.values())
    return elapsed / max(1, sent - 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items-per-week", type=int, default=10)
    parser.add_argument("--keep-every", type=int, default=25)
    args = parser.parse_args()

    registry = load_publishers()
    known = sum(1 for p in registry if p.known)
    bodies = sum(1 for p in registry if p.kind in BODY_KINDS)
    catalog = load_catalog()
    languages = len(catalog.govkz[0].languages) if catalog.govkz else 2
    measured = measure_entity(args.items_per_week, args.keep_every)
    per_request = seconds_per_request()

    print(f"politeness: {DEFAULT_RATE:g} request/s/host, {DEFAULT_CONCURRENCY} in flight")
    print(f"measured per request at that politeness (one host, 127.0.0.1): {per_request:.2f} s")
    print(
        f"assumed (synthetic portal): {args.items_per_week} items/week per entity and "
        f"language, 1 in {args.keep_every} about akim elections"
    )
    print(
        f"measured per entity and language, backfill to {SINCE}: {measured['items']} items "
        f"listed in {measured['pages']} pages, {measured['kept']} kept, "
        f"{measured['backfill']} API requests"
    )
    print(f"measured per entity and language, nightly run: {measured['nightly']} API requests")
    others = len(catalog.documents)  # re-checked every night with conditional requests
    hosts = len(catalog.hosts())
    for label, count in (("known slugs now", known), ("every body of the registry", bodies)):
        sources = count * languages
        backfill = sources * measured["backfill"] + 1
        nightly = sources * measured["nightly"] + 1
        print(
            f"national, {label} ({count} entities x {languages} languages): "
            f"backfill {backfill} requests to www.gov.kz = {backfill * per_request / 3600:.1f} h; "
            f"nightly {nightly} requests = {nightly * per_request / 60:.1f} min"
        )
    print(
        f"plus every night: {others} catalog documents re-checked (conditional requests) "
        f"and robots.txt of up to {hosts} hosts, in parallel across hosts"
    )


if __name__ == "__main__":
    main()
