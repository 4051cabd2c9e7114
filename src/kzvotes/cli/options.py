"""Options shared by the commands that build the package (``build`` and ``release``).

One definition, so the two commands cannot drift apart in name, default or help.
"""

from __future__ import annotations

from pathlib import Path

import typer

LEDGER: Path = typer.Option(
    None,
    "--ledger",
    help="Ledger folder (default: the embedded one, or $KZVOTES_LEDGER).",
    file_okay=False,
)
ARCHIVE: Path = typer.Option(
    None,
    "--archive",
    help="Raw archive made by `kzvotes fetch` (default: $KZVOTES_ARCHIVE or the user data dir).",
    file_okay=False,
)
NO_ARCHIVE: bool = typer.Option(False, "--no-archive", help="Build from the ledger alone.")
