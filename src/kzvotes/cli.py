"""The command line: a thin shell over the library.

Each command parses its options and calls one library function. Every failure leaves by one
path, :func:`reports_errors`: the project's named errors (:mod:`kzvotes.errors`) and the
operating system's (a missing file, a full disk) become one message on stderr naming the
file, URL, row or option, with exit code 2 for a wrong command line and 1 for bad data; a
traceback is printed only with ``kzvotes --debug``. Heavy libraries (polars, pandera,
frictionless, httpx) are imported inside the commands so ``kzvotes --help`` is fast.
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


class _Options:
    """Global options, set by the callback before any command runs."""

    debug = False


def _message(err: BaseException) -> tuple[str, int]:
    """The one-line-first message and exit code of a failure a user can act on."""
    if isinstance(err, KzvotesError):
        return str(err), err.exit_code
    if isinstance(err, OSError):  # names the file; the library names everything else itself
        where = f"{err.filename}: " if err.filename else ""
        return f"{where}{err.strerror or err}", 1
    if isinstance(err, MemoryError):
        return "out of memory", 1
    return (
        f"unexpected {type(err).__name__}: {err} (a bug in kzvotes: run `kzvotes --debug ...` "
        "and report the traceback)",
        1,
    )


def reports_errors(func: F) -> F:
    """The CLI's one error path: a failure becomes its message on stderr and its exit code.

    With ``--debug`` the exception propagates instead, traceback and all.
    """

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except Exception as err:
            if _Options.debug:
                raise
            message, code = _message(err)
            print(f"kzvotes: error: {message}", file=sys.stderr)
            raise typer.Exit(code) from None

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
    debug: bool = typer.Option(
        False, "--debug", help="Show the full traceback of an error instead of its message."
    ),
) -> None:
    """Open data on Kazakhstan's direct akim elections."""
    _Options.debug = debug


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
