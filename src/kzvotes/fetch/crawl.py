"""Reading one paged source: pages in order, items kept, and when to stop.

Two modes. **Incremental** (no ``--since``): a newest-first source is read until the first
page holding an item already met (archived, or seen on a stored page of an earlier run).
**Backfill** (``--since DATE``): read back until every dated item of a page is older than
the date. A crawl cut short (killed, or out of budget) resumes where it stopped: once the
newest pages are read (they catch items published meanwhile) and an item already met shows,
it jumps to the deepest page the earlier run stored and goes on from there. Every mode stops
at the source's last page and after ``max_pages``.

Example::

    >>> # kept, reason = crawl(source, fetch_page, is_known, since=None, resume=None,
    >>> #                      summary=SourceSummary("listing", source.key))
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from kzvotes.fetch.download import Request
from kzvotes.fetch.sources import Item, Source, SourceSummary

# fetch_page(request, number) -> (body, charset), or a reason to stop reading this source
PageFetcher = Callable[[Request, int], "tuple[bytes, str | None] | str"]


def crawl(
    source: Source,
    fetch_page: PageFetcher,
    is_known: Callable[[Item], bool],
    *,
    since: date | None,
    resume: Request | None,
    summary: SourceSummary,
) -> list[Item]:
    """Read ``source`` and return the items worth fetching, newest first; ``summary`` is
    filled in (pages, discovered, kept, why the crawl stopped)."""
    queue: list[Request] = [source.first_page()]
    visited: set[str] = set()
    kept: dict[str, Item] = {}
    previous: tuple[str, ...] | None = None
    jumped_to: str | None = None
    summary.stopped_because = "last page"
    while queue:
        if summary.pages >= source.max_pages:
            summary.stopped_because = f"max_pages ({source.max_pages}) reached"
            break
        request = queue.pop(0)
        if request.url in visited:
            continue
        visited.add(request.url)
        fetched = fetch_page(request, summary.pages + 1)
        summary.pages += 1
        if isinstance(fetched, str):
            summary.stopped_because = fetched
            break
        try:
            page = source.parse_page(fetched[0], fetched[1], request)
        except ValueError as err:
            summary.stopped_because = f"page {request.url}: {err}"
            break
        urls = tuple(item.url for item in page.items)
        if urls and urls == previous:
            summary.stopped_because = "a page repeated the previous one (paging ignored?)"
            break
        previous = urls
        summary.discovered += len(page.items)
        for item in page.items:
            recent = since is None or item.published is None or item.published >= since
            if item.url not in kept and recent and source.wanted(item):
                kept[item.url] = item
        if source.newest_first:
            dated = [i.published for i in page.items if i.published is not None]
            if since is not None and dated and all(d < since for d in dated):
                summary.stopped_because = f"reached --since {since.isoformat()}"
                break
            if request.url != jumped_to and any(is_known(item) for item in page.items):
                if resume is not None and resume.url not in visited:
                    queue = [resume]  # the newest pages are read: go on where the last run stopped
                    jumped_to, resume = resume.url, None
                    continue
                if since is None:
                    summary.stopped_because = "reached an item already met"
                    break
        queue.extend(page.next)
    summary.kept = len(kept)
    return list(kept.values())
