"""The command line: a thin shell over the library, one module per command group.

:mod:`kzvotes.cli.main` is the entry point (it answers ``--help`` and ``--version`` without
importing Typer), :mod:`kzvotes.cli.commands` wires the commands into one Typer app, and
:mod:`kzvotes.cli.errors` is the one path by which every failure leaves.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    # `from kzvotes.cli import app` keeps working without making this package heavy to import.
    if name == "app":
        from kzvotes.cli.commands import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
