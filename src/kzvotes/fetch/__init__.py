"""``kzvotes fetch``: the only part of kzvotes that touches the network.

Modules, one job each: :mod:`.client` (the httpx client), :mod:`.guard` (the catalog's
hosts only, no private addresses), :mod:`.budget` (the run's request budget),
:mod:`.politeness` (per-host rate and concurrency), :mod:`.robots` (robots.txt),
:mod:`.retry` (backoff, Retry-After), :mod:`.download` (one request into the archive, hop by
hop, within a deadline), :mod:`kzvotes.parse.charset`; the source families behind one interface
(:mod:`.sources`): :mod:`.govkz` (the portal's content API), :mod:`.listing` (HTML lists),
:mod:`.feeds` (RSS, Atom, sitemaps); :mod:`.crawl` (reading a paged source, incremental or
backfill, resumed), :mod:`.run` (a whole run) and :mod:`.summary` (what it did).

Example::

    >>> from pathlib import Path
    >>> from kzvotes.archive.store import Archive
    >>> from kzvotes.fetch.catalog import load_catalog
    >>> from kzvotes.fetch import FetchSettings, build_client, run_fetch
    >>> # with build_client() as client:
    >>> #     report = run_fetch(load_catalog(), Archive(Path("/tmp/a")), client, FetchSettings())
"""

from kzvotes.fetch.client import build_client, user_agent
from kzvotes.fetch.retry import RetryPolicy
from kzvotes.fetch.run import FetchSettings, run_fetch
from kzvotes.fetch.summary import FetchReport, Result, render_summary

__all__ = [
    "FetchReport",
    "FetchSettings",
    "Result",
    "RetryPolicy",
    "build_client",
    "render_summary",
    "run_fetch",
    "user_agent",
]
