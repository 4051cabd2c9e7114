"""The CLI's one error path: the project's named errors become a message and an exit code.

The project's named errors (:mod:`kzvotes.errors`) and the operating system's (a missing
file, a full disk) become one message on stderr naming the file, URL, row or option, with
exit code 2 for a wrong command line and 1 for bad data; a traceback is printed only with
``kzvotes --debug``. Every command module imports :func:`reports_errors` from here, never
from the module that wires the commands together, so no import runs in a circle.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import typer

from kzvotes.errors import KzvotesError

F = TypeVar("F", bound=Callable[..., Any])


class Options:
    """Global options, set by the app's callback before any command runs."""

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
            if Options.debug:
                raise
            message, code = _message(err)
            print(f"kzvotes: error: {message}", file=sys.stderr)
            raise typer.Exit(code) from None

    return wrapper  # type: ignore[return-value]
