"""The command line: a thin shell over the library.

Each command parses its options, calls one library function and maps the project's named
errors (:mod:`kzvotes.errors`) to an exit code and a message. Heavy libraries (polars,
pandera, frictionless, httpx) are imported inside the commands so ``kzvotes --help`` is fast.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import typer

from kzvotes import __version__
from kzvotes.errors import KzvotesError

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

F = TypeVar("F", bound=Callable[..., Any])


def reports_errors(func: F) -> F:
    """Turn a :class:`KzvotesError` into its message on stderr and its exit code."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KzvotesError as err:
            print(f"kzvotes: error: {err}", file=sys.stderr)
            raise typer.Exit(err.exit_code) from None

    return wrapper  # type: ignore[return-value]


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
) -> None:
    """Open data on Kazakhstan's direct akim elections."""


# The commands live in modules of their own, each a thin shell over one library function;
# importing them here is cheap because each keeps its heavy imports inside the function.
from kzvotes.cli_build import build, validate  # noqa: E402
from kzvotes.cli_extract import extract  # noqa: E402
from kzvotes.cli_fetch import fetch  # noqa: E402
from kzvotes.cli_release import diff, release, serve  # noqa: E402
from kzvotes.cli_review import review  # noqa: E402
from kzvotes.report.cli import report  # noqa: E402

app.command("fetch")(fetch)
app.command("build")(build)
app.command("validate")(validate)
app.command("extract")(extract)
app.command("release")(release)
app.command("diff")(diff)
app.command("serve")(serve)
app.command("review")(review)
app.command("report")(report)
