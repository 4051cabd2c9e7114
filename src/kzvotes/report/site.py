"""Write the static site: a language chooser, then per language an overview, a page per
election and per contest, and the charts as SVG files beside them.

The site is written into a sibling folder and swapped into place, so a failed run leaves the
previous site whole. A folder that holds something other than a site written here is
never replaced (the marker file ``.kzvotes-site`` tells them apart). Output is
deterministic: the same package gives the same bytes.

>>> write_site(Path("datapackages/kz-akim-elections"), Path("site"))  # doctest: +SKIP
SiteReport(site_dir=PosixPath('site'), pages=321, charts=54)
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from kzvotes.build.measures import COMPLETENESS_LEVELS
from kzvotes.errors import ConfigError
from kzvotes.report.charts import COMPLETENESS_COLORS, bar_chart, render_svg
from kzvotes.report.data import Package, read_package
from kzvotes.report.labels import LANGUAGES, Labels
from kzvotes.report.views import Views, contest_slug

MARKER = ".kzvotes-site"
SVG_SIZE = re.compile(r'<svg[^>]*\bwidth="(\d+)"[^>]*\bheight="(\d+)"')


@dataclass
class SiteReport:
    """Where the site went and how much it holds."""

    site_dir: Path
    pages: int
    charts: int


class SiteWriter:
    """Collects the site's files in memory, then writes them all at once."""

    def __init__(self) -> None:
        self.files: dict[str, str] = {}
        self.charts = 0

    def add(self, relative: str, text: str) -> None:
        self.files[relative] = text

    def add_chart(self, relative: str, chart: Any, title: str) -> dict[str, Any]:
        svg = render_svg(chart)
        self.add(relative, svg)
        self.charts += 1
        size = SVG_SIZE.search(svg)
        width, height = (int(size.group(1)), int(size.group(2))) if size else (600, 300)
        return {"path": relative.split("/", 1)[1], "title": title, "width": width, "height": height}


def _environment() -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    return Environment(
        loader=PackageLoader("kzvotes.report", "templates"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


def _contest_label(views: Views, contest: dict[str, Any]) -> str:
    when = contest["election_id"].rsplit("-", 3)
    date = "-".join(when[1:]) if len(when) == 4 and when[1].isdigit() else views.t("date_unknown")
    return f"{views.place(contest['place_id'])} ({date})"


def overview_charts(views: Views, writer: SiteWriter) -> dict[str, Any]:
    """The overview's charts in the views' language; a chart is left out when it has no data."""
    t, lang = views.t, views.language
    contests = views.contests
    titles = {
        e["election_id"]: views.election_title(e) for e in views.elections.iter_rows(named=True)
    }
    levels = [views.completeness(level) for level in COMPLETENESS_LEVELS]
    charts: dict[str, Any] = {}
    frame = contests.select(
        election=pl.col("election_id").replace_strict(titles, default=pl.col("election_id")),
        level=pl.col("completeness").replace_strict(
            dict(zip(COMPLETENESS_LEVELS, levels, strict=True))
        ),
        count=pl.lit(1),
    )
    if frame.height:
        chart = bar_chart(frame, category="election", value="count", title=t("chart.completeness"),
                          value_title=t("field.contests_in_data"), color="level", color_order=levels, color_range=COMPLETENESS_COLORS,
                          category_order=list(titles.values()))  # fmt: skip
        charts["completeness"] = writer.add_chart(
            f"{lang}/charts/completeness.svg", chart, t("chart.completeness")
        )
        kinds = {k: t(f"type.{k}") for k in ("rural_akim", "district_akim", "city_akim")}
        election_kind = dict(views.elections.select("election_id", "election_type").iter_rows())
        by_region = contests.select(
            region=pl.col("region_id").replace_strict(views.places, default=pl.col("region_id")),
            kind=pl.col("election_id")
            .replace_strict(election_kind, default=None)
            .replace_strict(kinds, default=None),
            count=pl.lit(1),
        )
        chart = bar_chart(by_region, category="region", value="count", title=t("chart.by_region"),
                          value_title=t("field.contests_in_data"), color="kind", color_order=list(kinds.values()))  # fmt: skip
        charts["by_region"] = writer.add_chart(
            f"{lang}/charts/by-region.svg", chart, t("chart.by_region")
        )
    for key, column, title in (
        ("turnout", "turnout_pct", "chart.turnout"),
        ("margin", "margin_pct", "chart.margin"),
        ("against_all", "against_all_pct", "chart.against_all"),
    ):
        known = contests.filter(pl.col(column).is_not_null()).sort("contest_id")
        if known.is_empty():
            continue
        frame = pl.DataFrame(
            {
                "contest": [_contest_label(views, c) for c in known.iter_rows(named=True)],
                "value": known[column],
            }
        )
        chart = bar_chart(
            frame, category="contest", value="value", title=t(title), value_title="%", decimals=1
        )
        charts[key] = writer.add_chart(
            f"{lang}/charts/{key.replace('_', '-')}.svg", chart, t(title)
        )
    winners = contests.filter(pl.col("winner_candidate_id").is_not_null())
    if winners.height:
        frame = pl.DataFrame(
            {
                "nominator": [views.nominator(n) for n in winners["winner_nominator"].to_list()],
                "count": [1] * winners.height,
            }
        )
        chart = bar_chart(
            frame,
            category="nominator",
            value="count",
            title=t("chart.nominator"),
            value_title=t("field.winners"),
        )
        charts["nominator"] = writer.add_chart(
            f"{lang}/charts/nominators.svg", chart, t("chart.nominator")
        )
    return charts


def render_language(package: Package, language: str, writer: SiteWriter, environment: Any) -> None:
    """Every page of one language."""
    views = Views(package, language)
    licence = package.descriptor.get("licenses", [{}])[0]
    common = {
        "lang": language,
        "t": views.t,
        "languages": [(code, Labels(code)("language_name")) for code in LANGUAGES],
        "version": package.descriptor.get("version", ""),
        "licence": licence.get("title", licence.get("name", "")),
        "licence_url": licence.get("path", ""),
        "attribution": package.descriptor.get("kzvotes:attribution", ""),
    }
    overview = environment.get_template("overview.html").render(
        common, root="", page="index.html", title=views.t("overview"), view=views.overview(),
        charts=overview_charts(views, writer),
    )  # fmt: skip
    writer.add(f"{language}/index.html", overview)
    for election_id in views.elections["election_id"].to_list():
        view = views.election(election_id)
        page = f"elections/{election_id}.html"
        html = environment.get_template("election.html").render(
            common, root="../", page=page, title=view["title"], view=view
        )
        writer.add(f"{language}/{page}", html)
    for contest_id in sorted(views.contests["contest_id"].to_list()):
        view = views.contest(contest_id)
        page = f"contests/{contest_slug(contest_id)}.html"
        html = environment.get_template("contest.html").render(
            common, root="../", page=page, title=f"{view['title']} · {view['election_title']}", view=view,
        )  # fmt: skip
        writer.add(f"{language}/{page}", html)


def build_site(package: Package) -> SiteWriter:
    """Every file of the site, in memory."""
    from importlib import resources

    environment = _environment()
    writer = SiteWriter()
    choices = [
        (code, Labels(code)("language_name"), Labels(code)("site_title"), Labels(code)("site_subtitle"),
         Labels(code)("choose_language"))
        for code in LANGUAGES
    ]  # fmt: skip
    writer.add(
        "index.html",
        environment.get_template("languages.html").render(
            choices=choices, titles=[c[2] for c in choices]
        ),
    )
    writer.add(
        "style.css",
        resources.files("kzvotes.report").joinpath("style.css").read_text(encoding="utf-8"),
    )
    writer.add(
        MARKER, "written by `kzvotes report`; the whole folder is replaced on the next run\n"
    )
    for language in LANGUAGES:
        render_language(package, language, writer, environment)
    return writer


def _check_replaceable(site_dir: Path) -> None:
    if site_dir.exists() and not site_dir.is_dir():
        raise ConfigError(f"{site_dir}: exists and is not a folder")
    if site_dir.is_dir() and any(site_dir.iterdir()) and not (site_dir / MARKER).is_file():
        raise ConfigError(
            f"{site_dir}: a folder that `kzvotes report` did not write; choose another --out"
        )


def write_site(package_dir: Path, site_dir: Path) -> SiteReport:
    """Read the package at ``package_dir`` and write its site into ``site_dir`` (replaced whole)."""
    _check_replaceable(site_dir)
    writer = build_site(read_package(package_dir))
    staging = site_dir.with_name(f".{site_dir.name}.tmp-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        for relative, text in sorted(writer.files.items()):
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        old = site_dir.with_name(f".{site_dir.name}.old-{os.getpid()}")
        if site_dir.exists():
            site_dir.rename(old)
        staging.rename(site_dir)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    pages = sum(1 for name in writer.files if name.endswith(".html"))
    return SiteReport(site_dir, pages, writer.charts)
