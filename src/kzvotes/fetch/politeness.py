"""Per-host politeness: at most ``rate`` request starts per second and ``concurrency``
requests in flight for each host.

Example::

    >>> limiter = HostLimiter(rate=0, concurrency=2)
    >>> with limiter.slot("example.org"):
    ...     pass
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

DEFAULT_RATE = 1.0  # requests per second per host
DEFAULT_CONCURRENCY = 2  # requests in flight per host


@dataclass
class _HostState:
    semaphore: threading.BoundedSemaphore
    next_start: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)


class HostLimiter:
    """Spaces request starts to one host by ``1/rate`` seconds (``rate`` 0 means no limit)
    and caps the requests in flight to it. Clock and sleep are injectable for tests."""

    def __init__(
        self,
        rate: float = DEFAULT_RATE,
        concurrency: int = DEFAULT_CONCURRENCY,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate < 0:
            raise ValueError("rate must be >= 0")
        if concurrency < 1:
            raise ValueError("concurrency must be >= 1")
        self.rate, self.concurrency = rate, concurrency
        self._clock, self._sleep = clock, sleep
        self._hosts: dict[str, _HostState] = {}
        self._lock = threading.Lock()

    def _state(self, host: str) -> _HostState:
        with self._lock:
            state = self._hosts.get(host)
            if state is None:
                state = _HostState(threading.BoundedSemaphore(self.concurrency))
                self._hosts[host] = state
            return state

    @contextlib.contextmanager
    def slot(self, host: str) -> Iterator[None]:
        """Wait for this host's turn, then hold one of its concurrency slots."""
        state = self._state(host)
        with state.semaphore:
            if self.rate > 0:
                with state.lock:
                    now = self._clock()
                    start = max(now, state.next_start)
                    state.next_start = start + 1.0 / self.rate
                if start > now:
                    self._sleep(start - now)
            yield
