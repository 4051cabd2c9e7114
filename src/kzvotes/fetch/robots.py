"""robots.txt, fetched once per origin and honoured for every request to it.

Following RFC 9309: a robots.txt answered with 4xx allows everything; 5xx (after retries)
disallows everything; a host that cannot be reached at all is reported as unreachable and
nothing is requested from it. Its redirects are followed hop by hop, only to hosts the run
may reach (a redirect elsewhere reads as no robots.txt); each hop is charged to the budget,
and the whole answer must arrive within the deadline.

Example::

    >>> rules = parse_robots("User-agent: *\\nDisallow: /private/")
    >>> rules.can_fetch("kzvotes", "https://example.org/private/x")
    False
"""

from __future__ import annotations

import threading
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from kzvotes.fetch.budget import BudgetExhausted, RequestBudget
from kzvotes.fetch.politeness import HostLimiter
from kzvotes.fetch.retry import RETRYABLE_ERRORS, RetryableStatus, RetryPolicy, call_with_retries

ROBOTS_MAX_BYTES = 500 * 1024  # RFC 9309: crawlers may ignore what follows 500 KiB
PRODUCT_TOKEN = "kzvotes"

# robots.txt is the first contact with a host: fail fast when it cannot be reached.
ROBOTS_RETRY = RetryPolicy(attempts=2, initial_wait=0.5, max_wait=5.0, max_total=10.0)


@dataclass(frozen=True)
class Verdict:
    """May a URL be fetched? ``unreachable`` carries why its host could not be reached."""

    allowed: bool
    unreachable: str | None = None
    budget_exhausted: bool = False


def parse_robots(text: str) -> urllib.robotparser.RobotFileParser:
    parser = urllib.robotparser.RobotFileParser()
    parser.parse(text.splitlines())
    return parser


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class RobotsCache:
    """The robots.txt rules of every origin met in a run, fetched on first use."""

    def __init__(
        self,
        client: httpx.Client,
        limiter: HostLimiter,
        *,
        sleep: Callable[[float], None],
        policy: RetryPolicy = ROBOTS_RETRY,
        token: str = PRODUCT_TOKEN,
        refusal: Callable[[str], str | None] | None = None,
        budget: RequestBudget | None = None,
        deadline: float = 60.0,
    ) -> None:
        self._client, self._limiter, self._sleep = client, limiter, sleep
        self._policy, self._token = policy, token
        self._refusal, self._budget, self._deadline = refusal, budget, deadline
        self._rules: dict[str, _Rules | str] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        self.bytes_downloaded = 0

    def check(self, url: str) -> Verdict:
        """Whether ``url`` may be fetched, fetching its origin's robots.txt if needed."""
        origin = origin_of(url)
        with self._lock:
            origin_lock = self._locks.setdefault(origin, threading.Lock())
        with origin_lock:
            if origin not in self._rules:
                try:
                    self._rules[origin] = self._load(origin)
                except BudgetExhausted:
                    return Verdict(False, budget_exhausted=True)
        rules = self._rules[origin]
        if isinstance(rules, str):
            return Verdict(False, unreachable=rules)
        return Verdict(rules.can_fetch(self._token, url))

    def _load(self, origin: str) -> _Rules | str:
        host = urlsplit(origin).hostname or origin

        def attempt() -> tuple[int, str]:
            url = origin + "/robots.txt"
            for _ in range(5 + 1):  # RFC 9309: follow at least five redirects
                if self._budget is not None and not self._budget.take():
                    raise BudgetExhausted
                due = time.monotonic() + self._deadline
                with (
                    self._limiter.slot(urlsplit(url).hostname or host),
                    self._client.stream("GET", url, follow_redirects=False) as response,
                ):
                    location = response.headers.get("Location")
                    if response.is_redirect and location:
                        url = urljoin(url, location)
                        if self._refusal is not None and self._refusal(url) is not None:
                            return 404, ""  # robots.txt out of reach: as if there were none
                        continue
                    if response.status_code == 429 or response.status_code >= 500:
                        raise RetryableStatus(response.status_code)
                    if response.status_code != 200:
                        return response.status_code, ""
                    body = bytearray()
                    for chunk in response.iter_bytes():
                        body += chunk
                        if len(body) > ROBOTS_MAX_BYTES or time.monotonic() > due:
                            break
                    with self._lock:
                        self.bytes_downloaded += response.num_bytes_downloaded
                    return 200, bytes(body[:ROBOTS_MAX_BYTES]).decode("utf-8", "replace")
            return 404, ""  # a redirect loop: as if there were no robots.txt

        try:
            status, text = call_with_retries(attempt, self._policy, sleep=self._sleep)
        except RETRYABLE_ERRORS as err:
            return f"{type(err).__name__}: {err}" if str(err) else type(err).__name__
        except RetryableStatus:
            return _Rules(allow_all=False)
        except httpx.HTTPError:
            return _Rules(allow_all=True)  # a broken robots.txt (redirect loop...): as if absent
        if status == 200:
            return _Rules(parse_robots(text))
        return _Rules(allow_all=True)


@dataclass(frozen=True)
class _Rules:
    parser: urllib.robotparser.RobotFileParser | None = None
    allow_all: bool = False

    def can_fetch(self, token: str, url: str) -> bool:
        if self.parser is None:
            return self.allow_all
        return self.parser.can_fetch(token, url)
