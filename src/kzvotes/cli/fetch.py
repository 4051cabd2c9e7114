"""``kzvotes fetch``: the command-line shell over :func:`kzvotes.fetch.run_fetch`.

httpx, rich and the fetch machinery are imported inside the command so that
``kzvotes --help`` stays fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kzvotes.cli.errors import reports_errors
from kzvotes.errors import ConfigError


@reports_errors
def fetch(
    catalog: Annotated[
        Path | None,
        typer.Option(
            "--catalog", help="A catalog TOML file replacing the built-in one.", dir_okay=False
        ),
    ] = None,
    archive: Annotated[
        Path | None,
        typer.Option(
            "--archive",
            help="The archive folder (default: $KZVOTES_ARCHIVE, else the user data folder).",
            file_okay=False,
        ),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            "--since", metavar="DATE", help="Crawl listings back to this date only (YYYY-MM-DD)."
        ),
    ] = None,
    only: Annotated[
        str | None,
        typer.Option(
            "--only",
            metavar="PATTERN",
            help="Only catalog documents and listings whose URL matches this regular expression.",
        ),
    ] = None,
    offline: Annotated[
        bool, typer.Option("--offline", help="Touch no network: report what the archive holds.")
    ] = False,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict", help="Exit 1 when any request failed or any host was unreachable."
        ),
    ] = False,
    concurrency: Annotated[
        int, typer.Option("--concurrency", metavar="N", min=1, help="Requests in flight per host.")
    ] = 2,
    rate: Annotated[
        float,
        typer.Option(
            "--rate",
            metavar="R",
            min=0.0,
            help="Requests per second per host (0: no limit, for local test sites only).",
        ),
    ] = 1.0,
    max_bytes: Annotated[
        int,
        typer.Option("--max-bytes", metavar="N", min=1, help="Abort any body larger than this."),
    ] = 20 * 1024 * 1024,
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout",
            metavar="S",
            min=0.1,
            help="Seconds to wait for a connection or data; a whole response, body included, "
            "must arrive within twice that.",
        ),
    ] = 30.0,
    max_requests: Annotated[
        int | None,
        typer.Option(
            "--max-requests",
            metavar="N",
            min=0,
            help="Send at most N requests in all (robots.txt and redirects count); "
            "the next run resumes where this one stopped.",
        ),
    ] = None,
) -> None:
    """Read the catalog's sources (the gov.kz API, listings, feeds, documents) and archive
    what they publish about akim elections: polite, resumable, write-once.

    Without --since a run is incremental: each source is read until the first item already
    met. With --since DATE it is a backfill back to that date, resumed where an earlier
    backfill stopped. Every request's outcome is a line of DIR/manifest.jsonl; bodies are
    stored under their sha256. Failures are reported and the run goes on (exit code 0
    unless --strict).

    Example: kzvotes fetch --archive /tmp/a --since 2021-01-01 --only zhetysu-alakol
    """
    from datetime import date

    from rich.console import Console

    from kzvotes.archive.store import Archive
    from kzvotes.config import default_archive_dir
    from kzvotes.fetch.catalog import load_catalog

    console = Console(stderr=True, highlight=False)
    since_date = None
    if since is not None:
        try:
            since_date = date.fromisoformat(since)
        except ValueError:
            raise ConfigError(f"--since {since!r} is not a date (YYYY-MM-DD)") from None
    sources = load_catalog(catalog)
    store = Archive(archive or default_archive_dir())
    if offline:
        from kzvotes.fetch.summary import archive_holdings, render_holdings

        held = len(store.stored_documents())
        entities = sum(len(g.projects) * len(g.languages) for g in sources.govkz)
        console.print(
            f"offline: nothing new fetched; {store.root} holds {held} document version(s); "
            f"the catalog lists {len(sources.documents)} document(s), "
            f"{len(sources.listings)} listing(s), {len(sources.feeds)} feed(s) "
            f"and {entities} gov.kz entity feed(s)"
        )
        holdings = archive_holdings(store)
        if holdings:
            render_holdings(holdings, console)
        return

    import httpx

    from kzvotes.fetch import FetchSettings, build_client, render_summary, run_fetch
    from kzvotes.fetch.progress import RichProgress

    settings = FetchSettings(
        rate=rate,
        concurrency=concurrency,
        max_bytes=max_bytes,
        since=since_date,
        only=only,
        max_requests=max_requests,
        deadline=2 * timeout,
    )
    with build_client(timeout=httpx.Timeout(timeout)) as client, RichProgress(console) as bar:
        report = run_fetch(sources, store, client, settings, progress=bar)
    render_summary(report, console)
    if report.results and not all(r.outcome == "unreachable" for r in report.results):
        from kzvotes.fetch.summary import archive_holdings, render_holdings

        render_holdings(archive_holdings(store), console)
    if strict and report.has_problems:
        raise typer.Exit(1)
