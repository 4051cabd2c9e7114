"""``kzvotes fetch``: the only part of kzvotes that touches the network.

Modules, one job each: :mod:`.client` (the httpx client), :mod:`.politeness` (per-host rate
and concurrency), :mod:`.robots` (robots.txt), :mod:`.retry` (backoff, Retry-After),
:mod:`.download` (one conditional GET into the archive), :mod:`.charset`, :mod:`.listing`
(crawl list pages), :mod:`.run` (a whole run) and :mod:`.summary` (what it did).

Example::

    >>> from pathlib import Path
    >>> from kzvotes.archive import Archive
    >>> from kzvotes.catalog import load_catalog
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
