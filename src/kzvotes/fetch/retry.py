"""Retries with backoff, bounded in count and in time, honouring ``Retry-After``.

Connect errors, timeouts, 429 and 5xx are retried; everything else (4xx, a truncated body,
a redirect loop) fails at once. A ``Retry-After`` longer than ``max_wait`` or than what is
left of ``max_total`` ends the retries instead of waiting: the fetch fails and is reported.

Example::

    >>> calls = []
    >>> def flaky():
    ...     calls.append(1)
    ...     if len(calls) < 3:
    ...         raise RetryableStatus(503)
    ...     return "ok"
    >>> call_with_retries(flaky, RetryPolicy(), sleep=lambda s: None)
    'ok'
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TypeVar

import httpx

T = TypeVar("T")

RETRYABLE_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.TimeoutException)


class RetryableStatus(Exception):
    """An HTTP answer worth retrying (429 or 5xx), with the server's ``Retry-After`` hint."""

    def __init__(self, status: int, retry_after: float | None = None) -> None:
        self.status, self.retry_after = status, retry_after
        super().__init__(f"HTTP {status}")


_RETRIED: tuple[type[Exception], ...] = (*RETRYABLE_ERRORS, RetryableStatus)


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try: ``attempts`` in all, waits growing from ``initial_wait`` by doubling
    up to ``max_wait`` (with up to ``jitter`` of random extra), at most ``max_total``
    seconds of waiting altogether."""

    attempts: int = 4
    initial_wait: float = 1.0
    max_wait: float = 30.0
    max_total: float = 90.0
    jitter: float = 0.25

    def backoff(self, retry_number: int, rng: Callable[[], float] = random.random) -> float:
        base = min(self.max_wait, self.initial_wait * 2 ** (retry_number - 1))
        return base * (1 + self.jitter * rng())


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def call_with_retries(
    attempt: Callable[[], T],
    policy: RetryPolicy,
    *,
    sleep: Callable[[float], None],
    on_retry: Callable[[Exception, float], None] | None = None,
) -> T:
    """Call ``attempt`` until it returns, retrying :data:`RETRYABLE_ERRORS` and
    :class:`RetryableStatus` within ``policy``; the last error propagates."""
    waited = 0.0
    for number in range(1, policy.attempts + 1):
        try:
            return attempt()
        except _RETRIED as err:
            if number >= policy.attempts:
                raise
            hint = err.retry_after if isinstance(err, RetryableStatus) else None
            wait = hint if hint is not None else policy.backoff(number)
            if wait > policy.max_wait or waited + wait > policy.max_total:
                raise
            if on_retry is not None:
                on_retry(err, wait)
            sleep(wait)
            waited += wait
    raise AssertionError("unreachable")  # pragma: no cover
