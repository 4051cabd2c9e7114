"""The catalog: the built-in one is complete and well-formed; bad entries are named."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kzvotes.errors import ConfigError
from kzvotes.fetch.catalog import load_catalog, parse_catalog

REFERENCE = Path("/work/shared/reference")


def test_built_in_catalog_loads_with_cec_listings_in_three_languages() -> None:
    catalog = load_catalog()
    assert len(catalog.documents) >= 100
    cec = [x for x in catalog.listings if x.meta.publisher_kind == "cec"]
    assert {x.meta.language for x in cec} == {"ru", "kk", "en"}
    assert all("index\\.php\\?ID=" in x.detail_pattern for x in cec)
    # the portal is read through its API, never as HTML listings (they are app shells)
    assert not any("//www.gov.kz/" in x.url for x in catalog.listings)
    [portal] = catalog.govkz
    assert {p.slug for p in portal.projects} >= {"zhetysu-alakol", "aqmola-stepnogorsk"}
    assert any("inform.kz" in f.url for f in catalog.feeds)


def test_govkz_entries_select_from_the_registry() -> None:
    one = parse_catalog('[[govkz]]\nprojects = ["zhetysu-alakol"]\n').govkz[0]
    assert [p.slug for p in one.projects] == ["zhetysu-alakol"]
    assert one.base_url == "https://www.gov.kz" and one.languages == ("ru", "kk")
    region = parse_catalog('[[govkz]]\nregion = "KZ-39"\nlanguages = ["kk"]\n').govkz[0]
    assert sorted(p.slug for p in region.projects) == [
        "kostanai-lisakovsk-kalasy-akimat",
        "kostanay",
    ]
    everything = parse_catalog('[[govkz]]\nregistry = "all"\n').govkz[0]
    assert len(everything.projects) == 23


def test_catalog_hosts_and_private_hosts() -> None:
    catalog = parse_catalog(
        "[[document]]\nurl = 'https://www.example.kz/a'\n"
        "[[feed]]\nurl = '/rss.xml'\nbase_url = 'http://127.0.0.1:8080'\nallow_private = true\n"
        "[[govkz]]\nprojects = ['x']\nbase_url = 'http://10.0.0.5'\n"
    )
    assert catalog.hosts() == {"example.kz", "127.0.0.1", "10.0.0.5"}
    assert catalog.private_hosts() == {"127.0.0.1"}
    assert catalog.feeds[0].url == "http://127.0.0.1:8080/rss.xml"


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
        ("[[govkz]]\nprojects = ['a']\nregion = 'KZ-19'\n", "exactly one of"),
        ("[[govkz]]\nregion = 'KZ-99'\n", "not a region"),
        ("[[govkz]]\nregion = 'KZ-19'\n", "no known gov.kz slug"),
        ("[[govkz]]\nprojects = ['Bad Slug']\n", "slugs"),
        ("[[govkz]]\nprojects = ['a']\nlanguages = ['de']\n", "languages"),
        ("[[feed]]\nurl = 'https://x.example/rss'\nallow_private = 'yes'\n", "allow_private"),
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
