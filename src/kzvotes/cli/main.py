"""The ``kzvotes`` entry point: ``--help`` and ``--version`` answered before Typer is imported.

Importing Typer, Click and Rich costs most of a ``--help``; the top-level help is static
text (``help.txt``, kept equal to Typer's own output by tests/hardening/test_startup.py),
so it is printed from the file. ``build`` and ``validate`` with plain paths and flags are
run without Typer's parsing (:mod:`kzvotes.cli.fast`). Everything else goes to the Typer app.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kzvotes import __version__

HELP_TEXT = Path(__file__).with_name("help.txt")


def main() -> None:
    """Run the command line: the static answers first, otherwise the Typer app."""
    args = sys.argv[1:]
    if args == ["--version"]:
        print(f"kzvotes {__version__}")
        return
    if args == ["--help"]:
        sys.stdout.write(HELP_TEXT.read_text(encoding="utf-8"))
        return
    from kzvotes.cli.fast import parsed, run

    plain = parsed(args)
    if plain is not None:  # build or validate with paths and flags: no Typer parsing
        run(*plain)
        return
    from kzvotes.cli.commands import app

    app()


if __name__ == "__main__":
    main()
