"""What a fetch run did, per host, as data and as a table.

Example::

    >>> report = FetchReport()
    >>> report.add(Result("https://example.org/a", "example.org", NEW))
    >>> report.nothing_new
    False
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

NEW = "new"
CHANGED = "changed"
UNCHANGED = "unchanged"
FAILED = "failed"
ROBOTS = "robots"
UNREACHABLE = "unreachable"
OUTCOMES = (NEW, CHANGED, UNCHANGED, FAILED, ROBOTS, UNREACHABLE)
_HEADINGS = {
    NEW: "new",
    CHANGED: "changed",
    UNCHANGED: "unchanged",
    FAILED: "failed",
    ROBOTS: "skipped (robots)",
    UNREACHABLE: "unreachable",
}


@dataclass(frozen=True)
class Result:
    """The outcome of one URL in a run."""

    url: str
    host: str
    outcome: str
    error: str | None = None
    role: str = "document"
    status: int | None = None
    sha256: str | None = None


@dataclass
class FetchReport:
    """Every result of a run, the hosts that could not be reached and the bytes moved."""

    results: list[Result] = field(default_factory=list)
    unreachable: dict[str, str] = field(default_factory=dict)
    bytes_transferred: int = 0  # bodies of documents and listing pages, as on the wire
    robots_bytes: int = 0  # bodies of robots.txt files
    offline: bool = False

    def add(self, result: Result) -> None:
        self.results.append(result)

    def documents(self) -> list[Result]:
        return [r for r in self.results if r.role == "document"]

    def counts(self) -> Counter[str]:
        return Counter(r.outcome for r in self.documents())

    def by_host(self) -> dict[str, Counter[str]]:
        table: dict[str, Counter[str]] = {}
        for result in self.documents():
            table.setdefault(result.host, Counter())[result.outcome] += 1
        return dict(sorted(table.items()))

    def failures(self) -> list[Result]:
        """Failed documents and listing pages."""
        return [r for r in self.results if r.outcome == FAILED]

    @property
    def nothing_new(self) -> bool:
        counts = self.counts()
        return counts[NEW] + counts[CHANGED] == 0

    @property
    def has_problems(self) -> bool:
        """Any failure or unreachable host: what ``--strict`` turns into exit code 1."""
        return bool(self.failures() or self.unreachable)


def render_summary(report: FetchReport, console: Console) -> None:
    """Print the per-host table, the failures and a one-line verdict."""
    from rich.table import Table

    if report.offline:
        console.print("offline: nothing new fetched; the archive is unchanged")
        return
    if report.unreachable:
        hosts = ", ".join(sorted(report.unreachable))
        everything = all(r.outcome == UNREACHABLE for r in report.results)
        hint = " - no network?" if everything else ""
        console.print(f"[yellow]unreachable ({len(report.unreachable)} hosts{hint}):[/] {hosts}")
    by_host = {
        host: counts
        for host, counts in report.by_host().items()
        if counts[UNREACHABLE] != sum(counts.values())  # already named on the line above
    }
    if by_host:
        table = Table(title="kzvotes fetch", show_footer=True)
        totals = report.counts()
        table.add_column("host", footer="total")
        for outcome in OUTCOMES:
            table.add_column(_HEADINGS[outcome], justify="right", footer=str(totals[outcome]))
        for host, counts in by_host.items():
            table.add_row(host, *(str(counts[o]) for o in OUTCOMES))
        console.print(table)
    for failure in report.failures():
        console.print(f"[red]failed[/] {failure.url}: {failure.error}", soft_wrap=True)
    counts = report.counts()
    if report.nothing_new:
        verdict = "nothing new fetched"
    else:
        verdict = f"{counts[NEW]} new and {counts[CHANGED]} changed document(s) archived"
    console.print(
        f"{verdict}; {counts[UNCHANGED]} unchanged, {len(report.failures())} failed; "
        f"{report.bytes_transferred} bytes transferred (and {report.robots_bytes} of robots.txt)"
    )
