"""The static site: every page and link present, labels in three languages, figures cited."""

from __future__ import annotations

import functools
import re
from html.parser import HTMLParser
from pathlib import Path

import polars as pl
import pytest
from report_helpers import BOKEYORDA, PACKAGE
from typer.testing import CliRunner

from kzvotes.cli.commands import app
from kzvotes.report.data import read_package, read_table, with_measures
from kzvotes.report.labels import LANGUAGES, Labels, label_table
from kzvotes.report.views import Views, contest_slug


class Links(HTMLParser):
    """Every href and src of a page, and every id."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.links.append(value)
            if name == "id" and value:
                self.ids.add(value)


@functools.cache
def parse(path: Path) -> Links:
    parser = Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_every_page_exists_in_every_language(site_dir: Path) -> None:
    package = read_package(PACKAGE)
    for language in LANGUAGES:
        assert (site_dir / language / "index.html").is_file()
        for election_id in package.tables["elections"]["election_id"]:
            assert (site_dir / language / "elections" / f"{election_id}.html").is_file()
        for contest_id in package.tables["contests"]["contest_id"]:
            assert (site_dir / language / "contests" / f"{contest_slug(contest_id)}.html").is_file()
    assert (site_dir / "index.html").is_file()


def test_every_local_link_and_anchor_resolves(site_dir: Path) -> None:
    pages = sorted(site_dir.rglob("*.html"))
    assert len(pages) > 100
    broken = []
    for page in pages:
        parsed = parse(page)
        for link in parsed.links:
            if link.startswith(("http://", "https://", "data:")):
                continue
            target, _, anchor = link.partition("#")
            resolved = (page.parent / target).resolve() if target else page
            if not resolved.is_file():
                broken.append(f"{page.relative_to(site_dir)} -> {link}")
            elif anchor and anchor not in parse(resolved).ids:
                broken.append(f"{page.relative_to(site_dir)} -> {link} (no such anchor)")
    assert broken == []


def test_no_page_loads_anything_from_the_network(site_dir: Path) -> None:
    for page in site_dir.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "<script" not in text
        assert not re.search(r'(src|href)="https?://[^"]+\.(js|css)"', text), page


def test_the_bokeyorda_page_cites_its_votes_and_shows_the_measures(site_dir: Path) -> None:
    page = site_dir / "en" / "contests" / f"{contest_slug(BOKEYORDA)}.html"
    text = page.read_text(encoding="utf-8")
    row = re.search(r"4,660(.*?)</td>", text, re.S)
    assert row and 'href="#source-' in row.group(1), "the winner's votes link to a source"
    assert re.search(r'<li id="source-1" value="1"><a href="https://', text)
    for figure in ("77.08", "12.93", "7.05", "2.94", "64.14", "1.53"):
        assert figure in text
    ru = (site_dir / "ru" / "contests" / f"{contest_slug(BOKEYORDA)}.html").read_text(
        encoding="utf-8"
    )
    assert "4\u00a0660" in ru and "77,08" in ru and "Нурлыбек Даумов" in ru
    assert "Против всех" in ru


def test_labels_have_every_language_and_every_key_used_exists() -> None:
    table = label_table()
    assert all(all(row[lang] for lang in LANGUAGES) for row in table.values())
    templates = Path(__file__).resolve().parents[2] / "src" / "kzvotes" / "report" / "templates"
    used = set()
    for template in templates.glob("*.html"):
        used |= set(re.findall(r"t\('([a-z_.]+)'\)", template.read_text(encoding="utf-8")))
    assert used - set(table) == set()
    with pytest.raises(KeyError, match="no key"):
        Labels("en")("no.such.key")


def test_the_report_recomputes_measures_over_columns_the_package_already_has() -> None:
    package = read_package(PACKAGE)
    tables = dict(package.tables)
    # a later package may publish the measures (here deliberately wrong) and new columns
    tables["contests"] = tables["contests"].with_columns(
        margin_pct=pl.lit(-1.0), winner_incumbent=pl.lit(None, pl.Boolean)
    )
    tables["candidates"] = tables["candidates"].with_columns(
        vote_share_pct=pl.lit(-1.0), display_name=pl.lit(None)
    )
    enriched = with_measures(tables)
    contests = enriched["contests"].filter(pl.col("contest_id") == BOKEYORDA)
    assert contests["margin_pct"].to_list() == [64.14]
    assert "winner_incumbent" in enriched["contests"].columns
    package.tables = enriched
    overview = Views(package, "kk").overview()
    assert overview["incumbents"] is not None
    assert any(row["margin"].text == "64,14" for row in overview["closest"])


def test_cli_reports_a_missing_package_and_refuses_a_foreign_folder(tmp_path: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(
        app, ["report", str(tmp_path / "nowhere"), "--out", str(tmp_path / "site")]
    )
    assert missing.exit_code == 2
    assert "no such folder" in missing.output
    foreign = tmp_path / "notes"
    foreign.mkdir()
    (foreign / "keep.txt").write_text("mine", encoding="utf-8")
    refused = runner.invoke(app, ["report", str(PACKAGE), "--out", str(foreign)])
    assert refused.exit_code == 2
    assert "did not write" in refused.output
    assert (foreign / "keep.txt").read_text(encoding="utf-8") == "mine"


def test_a_package_without_parquet_reads_the_same_from_its_csv() -> None:
    package = read_package(PACKAGE)
    for resource in package.descriptor["resources"]:
        if resource["name"] not in ("contests", "candidates", "sources", "checks"):
            continue
        from_csv = read_table(
            PACKAGE, {key: value for key, value in resource.items() if key != "kzvotes:parquet"}
        )
        from_parquet = pl.read_parquet(PACKAGE / resource["kzvotes:parquet"]["path"])
        assert from_csv.equals(from_parquet), resource["name"]


def test_the_site_of_another_package_is_written_byte_for_byte_the_same_twice(
    tmp_path: Path,
) -> None:
    from kzvotes.pipeline import build
    from kzvotes.report.site import write_site

    ledger = Path(__file__).resolve().parents[1] / "build" / "fixtures" / "ledger_small"
    package = build(ledger, None, tmp_path / "packages").package_dir
    first, second = tmp_path / "first", tmp_path / "second"
    report = write_site(package, first)
    write_site(package, second)
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert all((first / f).read_bytes() == (second / f).read_bytes() for f in files)
    assert report.pages == sum(1 for f in files if f.suffix == ".html")
    # a second run replaces the site it wrote before, and leaves no staging folder behind
    write_site(package, first)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first", "packages", "second"]
