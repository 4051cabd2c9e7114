"""What a fetch run did, per host and per source, as data and as tables; and, offline,
what the archive holds per source family.

Example::

    >>> report = FetchReport()
    >>> report.add(Result("https://example.org/a", "example.org", NEW))
    >>> report.nothing_new
    False
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

    from kzvotes.archive.store import Archive
    from kzvotes.fetch.sources import SourceSummary

NEW = "new"
CHANGED = "changed"
UNCHANGED = "unchanged"
FAILED = "failed"
ROBOTS = "robots"
UNREACHABLE = "unreachable"
SHELL = "shell"  # an application shell: recorded, never stored as a document
REFUSED = "refused"  # refused by the publisher (the API's notAllowed) or by the host guard
BUDGET = "budget"  # not sent: the run's request budget was used up
OUTCOMES = (NEW, CHANGED, UNCHANGED, FAILED, ROBOTS, UNREACHABLE, SHELL, REFUSED, BUDGET)
_HEADINGS = {
    NEW: "new",
    CHANGED: "changed",
    UNCHANGED: "unchanged",
    FAILED: "failed",
    ROBOTS: "skipped (robots)",
    UNREACHABLE: "unreachable",
    SHELL: "shells",
    REFUSED: "refused",
    BUDGET: "over budget",
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
    family: str = "document"
    source: str | None = None  # the catalog source that led to this URL


@dataclass
class FetchReport:
    """Every result of a run, the hosts that could not be reached and the bytes moved."""

    results: list[Result] = field(default_factory=list)
    unreachable: dict[str, str] = field(default_factory=dict)
    bytes_transferred: int = 0  # bodies of documents and listing pages, as on the wire
    robots_bytes: int = 0  # bodies of robots.txt files
    offline: bool = False
    sources: dict[str, SourceSummary] = field(default_factory=dict)
    requests: int = 0  # HTTP requests sent (robots.txt, redirects and listings included)
    budget: int | None = None

    def source_rows(self) -> list[dict[str, Any]]:
        """One row per source: discovered, kept, archived, unchanged, refused, shells."""
        rows: dict[str, dict[str, Any]] = {}
        for key, summary in sorted(self.sources.items()):
            rows[key] = {
                "family": summary.family, "source": key, "pages": summary.pages,
                "discovered": summary.discovered, "kept": summary.kept, "archived": 0,
                "unchanged": 0, "failed": 0, "refused": list(summary.refused), "shells": 0,
                "stopped": summary.stopped_because,
            }  # fmt: skip
        for result in self.results:
            row = rows.get(result.source or "")
            if row is None:
                continue
            if result.role == "document" and result.outcome in (NEW, CHANGED):
                row["archived"] += 1
            elif result.role == "document" and result.outcome == UNCHANGED:
                row["unchanged"] += 1
            elif result.outcome == SHELL:
                row["shells"] += 1
            elif result.outcome == REFUSED and result.role == "document":
                row["refused"].append(result.error or "refused")
            elif result.outcome == FAILED and result.role == "document":
                row["failed"] += 1
        return list(rows.values())

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
        """Any failure, application shell or unreachable host: what ``--strict`` turns into
        exit code 1 (a shell in the catalog is an address to replace by an API source)."""
        shells = any(r.outcome == SHELL for r in self.results)
        return bool(self.failures() or self.unreachable or shells)


def archive_holdings(archive: Archive) -> dict[str, dict[str, int]]:
    """Per source family: documents (URLs) stored, versions stored, shells and refusals
    recorded. Lines written before families were recorded count as ``document``."""
    holdings: dict[str, dict[str, Any]] = {}
    for record in archive.manifest_records():
        if (record.get("role") or "document") != "document":
            continue
        family = str(record.get("family") or "document")
        row = holdings.setdefault(family, {"urls": set(), "versions": set(), SHELL: 0, REFUSED: 0})
        if record.get("sha256"):
            row["urls"].add(record["url"])
            row["versions"].add((record["url"], record["sha256"]))
        elif record.get("outcome") in (SHELL, REFUSED):
            row[record["outcome"]] += 1
    return {
        family: {
            "documents": len(row["urls"]),
            "versions": len(row["versions"]),
            "shells": row[SHELL],
            "refused": row[REFUSED],
        }
        for family, row in sorted(holdings.items())
    }


def render_holdings(holdings: dict[str, dict[str, int]], console: Console) -> None:
    """The offline table: what the archive holds per source family."""
    from rich.table import Table

    table = Table(title="archive holdings")
    for heading in ("family", "documents", "versions", "shells", "refused"):
        table.add_column(heading, justify="left" if heading == "family" else "right")
    for family, row in holdings.items():
        table.add_row(
            family, *(str(row[k]) for k in ("documents", "versions", "shells", "refused"))
        )
    console.print(table)


def render_sources(report: FetchReport, console: Console) -> None:
    """The per-source table: what each catalog source led to."""
    from rich.table import Table

    every = report.source_rows()
    rows = [r for r in every if _eventful(r)]
    quiet = len(every) - len(rows)
    if quiet:
        console.print(f"{len(every)} source(s) read, {quiet} with nothing kept or wrong")
    if not rows:
        return
    table = Table(title="sources")
    headings = ("family", "source", "pages", "discovered", "kept", "archived", "unchanged",
                "failed", "refused", "shells")  # fmt: skip
    for heading in headings:
        table.add_column(heading, justify="left" if heading in ("family", "source") else "right")
    for row in rows:
        table.add_row(
            row["family"], row["source"],
            *(str(row[k]) for k in ("pages", "discovered", "kept", "archived", "unchanged",
                                    "failed")),
            str(len(row["refused"])), str(row["shells"]),
        )  # fmt: skip
    console.print(table)
    for row in rows:
        for reason in sorted(set(row["refused"])):
            console.print(f"[yellow]refused[/] {row['source']}: {reason}", soft_wrap=True)


def _eventful(row: dict[str, Any]) -> bool:
    """A source row worth a line: something kept, archived, refused, failed or a shell."""
    return bool(row["kept"] or row["archived"] or row["refused"] or row["failed"] or row["shells"])


def render_summary(report: FetchReport, console: Console) -> None:
    """Print the per-host and per-source tables, the failures and a one-line verdict."""
    from rich.table import Table

    if report.offline:
        console.print("offline: nothing new fetched; the archive is unchanged")
        return
    if report.unreachable:
        hosts = ", ".join(sorted(report.unreachable))
        everything = all(r.outcome == UNREACHABLE for r in report.results)
        if everything and len(report.unreachable) > 1:
            console.print(
                f"[yellow]no network?[/] none of the {len(report.unreachable)} hosts of the "
                "catalog could be reached; nothing fetched, the archive is unchanged"
            )
            return
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
        shown = [o for o in OUTCOMES if o in (NEW, CHANGED, UNCHANGED, FAILED) or totals[o]]
        for outcome in shown:
            table.add_column(_HEADINGS[outcome], justify="right", footer=str(totals[outcome]))
        for host, counts in by_host.items():
            table.add_row(host, *(str(counts[o]) for o in shown))
        console.print(table)
    if by_host:
        render_sources(report, console)
    for failure in report.failures():
        console.print(f"[red]failed[/] {failure.url}: {failure.error}", soft_wrap=True)
    for shell in (r for r in report.results if r.outcome == SHELL):
        console.print(f"[yellow]shell[/] {shell.url}: {shell.error}", soft_wrap=True)
    if report.budget is not None and any(r.outcome == BUDGET for r in report.results):
        console.print(
            f"[yellow]request budget of {report.budget} used up[/]: the rest waits for the "
            "next run (it resumes where this one stopped)"
        )
    counts = report.counts()
    if report.nothing_new:
        verdict = "nothing new fetched"
    else:
        verdict = f"{counts[NEW]} new and {counts[CHANGED]} changed document(s) archived"
    console.print(
        f"{verdict}; {counts[UNCHANGED]} unchanged, {len(report.failures())} failed; "
        f"{report.bytes_transferred} bytes transferred (and {report.robots_bytes} of robots.txt)"
    )
