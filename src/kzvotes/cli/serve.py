"""``kzvotes serve``: the package in Datasette, a thin shell over :mod:`kzvotes.publish.serve`."""

from __future__ import annotations

from pathlib import Path

import typer

from kzvotes.cli.errors import reports_errors


def _default_package() -> Path:
    from kzvotes import config

    return config.default_output_dir() / config.PACKAGE_NAME


@reports_errors
def serve(
    path: Path = typer.Argument(
        None,
        help="A package folder (default: the current folder if it is one, else datapackages/kz-akim-elections).",
    ),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
    port: int = typer.Option(
        8001, "--port", min=0, max=65535, help="Port to listen on (0: any free port)."
    ),
    open_browser: bool = typer.Option(False, "--open", help="Open a browser at the start page."),
) -> None:
    """Explore the package in a browser with Datasette (needs the extra: kzvotes[serve]).

    Serves the package's SQLite database with the titles, descriptions, units and sources
    of the schemas, and facets on region, election and party. Stop with Ctrl+C.

    Example: pip install 'kzvotes[serve]' && kzvotes serve
    """
    from kzvotes.publish.serve import serve_package

    target = path or (
        Path.cwd() if (Path.cwd() / "datapackage.json").is_file() else _default_package()
    )
    serve_package(target, host=host, port=port, open_browser=open_browser)
