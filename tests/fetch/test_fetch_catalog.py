"""The catalog: the built-in one is complete and well-formed; bad entries are named."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kzvotes.catalog import load_catalog, parse_catalog
from kzvotes.errors import ConfigError

REFERENCE = Path("/work/shared/reference")


def test_built_in_catalog_loads_with_cec_listings_in_three_languages() -> None:
    catalog = load_catalog()
    assert len(catalog.documents) >= 100
    cec = [x for x in catalog.listings if x.meta.publisher_kind == "cec"]
    assert {x.meta.language for x in cec} == {"ru", "kk", "en"}
    assert all("index\\.php\\?ID=" in x.detail_pattern for x in cec)
    assert any(x.meta.publisher_kind == "territorial_commission" for x in catalog.listings)


@pytest.mark.skipif(not REFERENCE.is_dir(), reason="reference facts not on this machine")
def test_built_in_catalog_holds_every_reference_source_url() -> None:
    urls = set()
    for name in ("results_transcribed.csv", "aggregates_transcribed.csv"):
        with (REFERENCE / name).open(encoding="utf-8") as handle:
            urls |= {row["source_url"] for row in csv.DictReader(handle)}
    assert urls <= {d.url for d in load_catalog().documents}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[document]]\npublisher = 'x'\n", "url is missing"),
        ("[[document]]\nurl = 'ftp://x.example/a'\n", "not an http"),
        ("[[document]]\nurl = 'https://x.example/a'\nlanguage = 'de'\n", "language"),
        ("[[document]]\nurl = 'https://x.example/a'\nkind = 'news'\n", "unknown key"),
        (
            "[[document]]\nurl = 'https://x.example/a'\n[[document]]\nurl = 'https://x.example/a'\n",
            "twice",
        ),
        ("[[listing]]\nurl = 'https://x.example/'\n", "detail_pattern"),
        ("[[listing]]\nurl = 'https://x.example/'\ndetail_pattern = '('\n", "regular expression"),
        ("[[document]\n", "not valid TOML"),
    ],
)
def test_bad_catalogs_are_config_errors(text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_catalog(text, origin="my.toml")


def test_missing_catalog_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_catalog(tmp_path / "nope.toml")
