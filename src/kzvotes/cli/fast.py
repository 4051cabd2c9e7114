"""``kzvotes build`` and ``kzvotes validate`` with plain arguments, run without Typer's parsing.

Typer checks every parameter's value through a pydantic adapter, and importing pydantic for
it costs about a tenth of a second, a tenth of the embedded build. These two commands'
arguments are paths and flags, so a command line made only of them is read here and the
command's own function is called, the same one Typer calls. Anything else (``--help``, an
unknown or repeated option, a value that is empty, starts with ``-`` or names a file where
a folder is wanted) is left to Typer, which answers it as always.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

# command -> (options that take a folder, flags, positional arguments allowed)
_OPTIONS = {
    "build": ({"--ledger": "ledger", "--archive": "archive", "--output": "output",
               "-o": "output"}, {"--no-archive": "no_archive", "--allow-shrink": "allow_shrink"}, 0),
    "validate": ({}, {"--frictionless": "frictionless"}, 1),
}  # fmt: skip


def parsed(args: list[str]) -> tuple[str, dict[str, Any]] | None:
    """``(command, keyword arguments)`` of a plain command line, or None for Typer's."""
    if not args or args[0] not in _OPTIONS:
        return None
    valued, flags, positional = _OPTIONS[args[0]]
    keywords: dict[str, Any] = {}
    rest = list(args[1:])
    while rest:
        token = rest.pop(0)
        name, _, attached = token.partition("=") if token.startswith("--") else (token, "", "")
        if name in flags and not attached and flags[name] not in keywords:
            keywords[flags[name]] = True
        elif name in valued and valued[name] not in keywords:
            value = attached if attached else (rest.pop(0) if rest else "")
            if not value or value.startswith("-") or os.path.isfile(value):
                return None
            keywords[valued[name]] = Path(value)
        elif not token.startswith("-") and positional and "path" not in keywords:
            keywords["path"] = Path(token)
        else:
            return None
    return args[0], keywords


def run(command: str, keywords: dict[str, Any]) -> None:
    """Call the command as Typer would, and leave with its exit code."""
    import typer

    from kzvotes.cli.build import build, validate

    function: Callable[..., None] = validate if command == "validate" else build
    valued, flags, positional = _OPTIONS[command]
    # every parameter passed: the function's own defaults are Typer's declarations
    given = {name: None for name in valued.values()} | {name: False for name in flags.values()}
    given |= {"path": None} if positional else {}
    try:
        function(**(given | keywords))
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except KeyboardInterrupt:
        print("\nAborted!", file=sys.stderr)
        sys.exit(1)
