"""A rich progress bar fed by a fetch run (see :class:`kzvotes.fetch.run.Progress`)."""

from __future__ import annotations

import threading
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

    from kzvotes.fetch.summary import Result


class RichProgress:
    """A bar over the URLs of a run; its total grows as listings reveal documents."""

    def __init__(self, console: Console) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self._progress = Progress(
            TextColumn("fetching"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.description}"),
            console=console,
            transient=True,
        )
        self._task = self._progress.add_task("", total=0)
        self._lock = threading.Lock()

    def __enter__(self) -> RichProgress:
        self._progress.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._progress.stop()

    def plan(self, count: int) -> None:
        with self._lock:
            total = self._progress.tasks[0].total or 0
            self._progress.update(self._task, total=total + count)

    def advance(self, result: Result) -> None:
        self._progress.update(self._task, advance=1, description=result.host)
