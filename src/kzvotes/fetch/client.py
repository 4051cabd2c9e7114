"""The one HTTP client of a fetch run, built at the edge and passed in.

Example::

    >>> with build_client() as client:
    ...     client.headers["User-Agent"].startswith("kzvotes/")
    True
"""

from __future__ import annotations

import httpx

from kzvotes import __version__
from kzvotes.config import HOME_PAGE

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_MAX_REDIRECTS = 5


def user_agent() -> str:
    """The User-Agent sent with every request: names kzvotes and where to learn about it."""
    return f"kzvotes/{__version__} (+{HOME_PAGE})"


def build_client(
    *,
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    max_redirects: int = DEFAULT_MAX_REDIRECTS,
    transport: httpx.BaseTransport | None = None,
) -> httpx.Client:
    """An ``httpx.Client`` with kzvotes' User-Agent, timeouts, TLS verification and a
    bounded number of followed redirects (a loop fails with ``httpx.TooManyRedirects``)."""
    return httpx.Client(
        headers={"User-Agent": user_agent(), "Accept-Language": "ru, kk, en;q=0.8"},
        timeout=timeout,
        follow_redirects=True,
        max_redirects=max_redirects,
        verify=True,
        transport=transport,
    )
