"""The command line's wiring: one Typer app, its global options, and every command.

Each command parses its options and calls one library function. Every failure leaves by one
path, :func:`kzvotes.cli.errors.reports_errors`. Heavy libraries (polars, pandera,
frictionless, httpx) are imported inside the commands so ``kzvotes --help`` is fast.
"""

from __future__ import annotations

import typer

from kzvotes import __version__
from kzvotes.cli.build import build, validate
from kzvotes.cli.errors import Options
from kzvotes.cli.extract import extract
from kzvotes.cli.fetch import fetch
from kzvotes.cli.release import diff, release
from kzvotes.cli.report import report
from kzvotes.cli.review import review
from kzvotes.cli.serve import serve

app = typer.Typer(
    name="kzvotes",
    help=(
        "Open data on Kazakhstan's direct akim elections.\n\n"
        "Example: kzvotes fetch && kzvotes build && kzvotes validate"
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)


def _show_version(value: bool) -> None:
    if value:
        print(f"kzvotes {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(
        False,
        "--version",
        help="Print the version and exit.",
        callback=_show_version,
        is_eager=True,
    ),
    debug: bool = typer.Option(
        False, "--debug", help="Show the full traceback of an error instead of its message."
    ),
) -> None:
    """Open data on Kazakhstan's direct akim elections."""
    Options.debug = debug


# Each command module keeps its heavy imports inside the function, so wiring them is cheap.
app.command("fetch")(fetch)
app.command("build")(build)
app.command("validate")(validate)
app.command("extract")(extract)
app.command("release")(release)
app.command("diff")(diff)
app.command("serve")(serve)
app.command("review")(review)
app.command("report")(report)
