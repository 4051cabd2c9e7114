"""``kzvotes extract``: print the facts the extractors find in saved documents.

The extractors and rich are imported inside the command so ``kzvotes --help`` stays fast.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from kzvotes.cli.errors import reports_errors


@reports_errors
def extract(
    paths: Annotated[list[Path], typer.Argument(help="HTML or plain-text files.")],
    json_: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Extract contests, figures and candidates from saved commission messages.

    With --json each document carries the ``text`` it was read from: every span of a
    contest (``spans``) and of a candidate selects its value as ``text[start:end]``, and
    ``rules`` names the rule that read each value (or why a date was left empty).

    Example: kzvotes extract tests/corpus/ru-01-bokeyorda.html --json
    """
    from kzvotes.config import MAX_EXTRACT_INPUT_BYTES
    from kzvotes.errors import ConfigError
    from kzvotes.extract.files import extract_file

    for path in paths:  # sizes first: one huge file must not cost minutes before a refusal
        size = path.stat().st_size if path.is_file() else 0
        if size > MAX_EXTRACT_INPUT_BYTES:
            raise ConfigError(
                f"{path}: {size} bytes; `kzvotes extract` reads documents of at most"
                f" {MAX_EXTRACT_INPUT_BYTES} bytes (a commission message is a few KB)"
            )
    documents = [extract_file(path) for path in paths]
    if json_:
        typer.echo(json.dumps({"documents": documents}, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console()
    for document in documents:
        console.print(
            f"[bold]{escape(str(document['path']))}[/bold]  {document['language']}  {document['kind']}  "
            f"sha256 {str(document['sha256'])[:12]}"
        )
        for contest in document["contests"]:
            figures = ", ".join(
                f"{key}={contest[key]}"
                for key in (
                    "registered_voters",
                    "ballots_cast",
                    "invalid_ballots",
                    "against_all",
                    "turnout_pct",
                )
                if contest[key] is not None
            )
            table = Table(
                title=escape(
                    f"{contest['place_name']} ({contest['place_id']}) "
                    f"{contest['election_date'] or ''} {figures}"
                ),
                title_justify="left",
            )
            for column in ("name as printed", "name", "nominator", "votes", "elected"):
                table.add_column(column)
            for cand in contest["candidates"]:
                nominator = cand["party_id"] or cand["nominator"] or ""
                votes = cand["votes"]
                if votes is None and cand["vote_share_pct"] is not None:
                    votes = f"{cand['vote_share_pct']}%"
                table.add_row(
                    escape(cand["name_as_printed"]),
                    escape(cand["name"]),
                    escape(nominator),
                    "" if votes is None else str(votes),
                    "" if cand["elected"] is None else str(cand["elected"]).lower(),
                )
            console.print(table)
