"""``kzvotes report``: a thin shell over :func:`kzvotes.report.site.write_site`."""

from __future__ import annotations

from pathlib import Path

import typer

from kzvotes.cli.errors import reports_errors


@reports_errors
def report(
    path: Path = typer.Argument(
        None, help="A package folder (default: datapackages/kz-akim-elections)."
    ),
    out: Path = typer.Option(
        Path("site"), "--out", "-o", help="Folder to write the site into (replaced whole)."
    ),
) -> None:
    """Write a static site from the package: an overview with charts, a page per election and
    per contest, in English, Russian and Kazakh, every figure linked to its source.

    Needs the extra: pip install 'kzvotes[report]'. Open <out>/index.html in a browser; no
    server is needed.

    Example: kzvotes report datapackages/kz-akim-elections --out site
    """
    from kzvotes import config
    from kzvotes.errors import ConfigError

    try:
        from kzvotes.report.site import write_site
    except ImportError as err:
        raise ConfigError(
            f"kzvotes report needs {err.name}: pip install 'kzvotes[report]'"
        ) from None
    package = path or config.default_output_dir() / config.PACKAGE_NAME
    written = write_site(package, out)
    print(f"{written.site_dir}/index.html: {written.pages} pages, {written.charts} charts")
