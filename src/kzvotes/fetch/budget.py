"""A run's total request budget (``--max-requests``): every HTTP request counts, robots.txt,
redirect hops and the portal's session step included.

Example::

    >>> budget = RequestBudget(2)
    >>> budget.take(), budget.take(), budget.take(), budget.spent
    (True, True, False, 2)
"""

from __future__ import annotations

import threading


class RequestBudget:
    """Hands out at most ``limit`` requests (None: no limit); thread-safe."""

    def __init__(self, limit: int | None = None) -> None:
        if limit is not None and limit < 0:
            raise ValueError("the request budget must be >= 0")
        self.limit = limit
        self.spent = 0
        self._lock = threading.Lock()

    def take(self) -> bool:
        """Spend one request; False when the budget is used up."""
        with self._lock:
            if self.limit is not None and self.spent >= self.limit:
                return False
            self.spent += 1
            return True

    @property
    def exhausted(self) -> bool:
        with self._lock:
            return self.limit is not None and self.spent >= self.limit


class BudgetExhausted(Exception):
    """Raised inside a request attempt when the budget has nothing left."""
