"""``kzvotes review``: the maintainer's loop over the readings waiting in ``pending``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from kzvotes.cli.errors import reports_errors

if TYPE_CHECKING:
    from rich.console import Console

    from kzvotes.review import Applied, Item

_KEYS = {"a": "accept", "c": "correct", "r": "reject", "s": "", "q": "quit", "A": "accept-all"}


@reports_errors
def review(
    package: Path = typer.Option(
        None,
        "--package",
        help="Built package (default: datapackages/kz-akim-elections).",
        file_okay=False,
    ),
    archive: Path = typer.Option(
        None,
        "--archive",
        help="Archive with the documents (default: $KZVOTES_ARCHIVE or the user data dir).",
        file_okay=False,
    ),
    ledger: Path = typer.Option(
        None,
        "--ledger",
        help="Ledger that receives the decisions (default: the embedded one).",
        file_okay=False,
    ),
    export: Path = typer.Option(
        None,
        "--export",
        help="Write the queue to FILE (.csv to fill in, .md to read) and stop.",
        dir_okay=False,
    ),
    apply: Path = typer.Option(
        None,
        "--apply",
        help="Take the decisions of a filled-in exported CSV.",
        dir_okay=False,
        exists=False,
    ),
) -> None:
    """Review machine readings: accept (a ledger row citing the document), correct, or reject.

    Interactive in a terminal by default: each reading is shown with its sentence and URL.
    A nightly job can `--export queue.csv`; fill its `decision` column (accept, correct with
    `corrected_value`, or reject) and `--apply queue.csv`. Rebuild to publish what you accepted.

    Example: kzvotes review --export /tmp/queue.md
    """
    from kzvotes import config
    from kzvotes.review import apply_decisions, export_queue, read_decisions, read_queue

    ledger_dir = ledger or config.ledger_dir()
    if apply is not None:
        _report(apply_decisions(read_decisions(apply), ledger_dir), ledger_dir)
        return
    package_dir = package or config.default_output_dir() / config.PACKAGE_NAME
    items = read_queue(package_dir, archive or config.default_archive_dir())
    if export is not None:
        export_queue(items, export)
        contests = len({i.contest_id for i in items})
        print(f"wrote {len(items)} reading(s) of {contests} contest(s) to {export}")
        return
    if not items:
        print("nothing is pending")
        return
    _report(apply_decisions(_ask(items), ledger_dir), ledger_dir)


def _report(applied: Applied, ledger_dir: Path) -> None:
    print(
        f"ledger {ledger_dir}: {applied.ledger_rows} row(s) written"
        f" ({applied.contests} contest(s), {applied.candidates} candidate(s)),"
        f" {applied.rejected} reading(s) rejected; run `kzvotes build` to publish them"
    )


def _ask(items: list[Item]) -> list[Item]:
    """Show each contest's readings and ask for a decision per reading."""
    from dataclasses import replace

    from rich.console import Console

    from kzvotes.review import by_contest

    console = Console(highlight=False)
    decided: list[Item] = []
    for contest, group in by_contest(items).items():
        console.print(f"\n[bold]{contest}[/bold]  ({len(group)} reading(s))", markup=True)
        accept_rest = False
        for item in group:
            _show(console, item)
            answer = "a" if accept_rest else _prompt()
            if _KEYS[answer] == "quit":
                return decided
            if _KEYS[answer] == "accept-all":
                accept_rest, answer = True, "a"
            if answer == "c":
                corrected = typer.prompt("  corrected value").strip()
                decided.append(replace(item, decision="correct", corrected_value=corrected))
            elif _KEYS[answer]:
                decided.append(replace(item, decision=_KEYS[answer]))
    return decided


def _prompt() -> str:
    while True:
        answer = typer.prompt(
            "  [a]ccept, [c]orrect, [r]eject, [s]kip, [A]ccept the rest of the contest, [q]uit",
            default="s",
        ).strip()
        if answer in _KEYS:
            return answer


def _show(console: Console, item: Item) -> None:
    from rich.text import Text

    line = Text(f"  {item.table}.{item.field} of {item.row_key.rsplit('/', 1)[-1]}: ")
    line.append(item.value, style="bold")
    line.append(f"   [{item.status}] {item.reason}", style="dim")
    console.print(line)
    if item.quote:
        before, _, rest = item.quote.partition("»")
        span, _, after = rest.partition("«")
        quote = Text("    “" + before)
        quote.append(span, style="black on yellow")
        quote.append(after + "”")
        console.print(quote)
    console.print(Text(f"    {item.url}  ({item.source_id[:12]}, {item.locator})", style="cyan"))
