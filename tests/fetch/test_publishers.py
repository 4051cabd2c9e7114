"""The registry of gov.kz publishers: well-formed, linked to places.csv, gaps listed."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kzvotes.config import package_data_dir
from kzvotes.errors import ConfigError
from kzvotes.fetch.catalog import load_catalog
from kzvotes.fetch.publishers import COLUMNS, load_publishers, select_publishers


def places() -> dict[str, dict[str, str]]:
    with (package_data_dir() / "places.csv").open(encoding="utf-8") as handle:
        return {row["place_id"]: row for row in csv.DictReader(handle)}


def test_every_row_points_at_a_known_place_and_region() -> None:
    known_places = places()
    for row in load_publishers():
        assert row.region in known_places, row
        assert not row.place_id or row.place_id in known_places, row
        if row.place_id:
            assert (
                row.place_id == row.region
                or known_places[row.place_id]["parent_place_id"] == row.region
            )


def test_every_gov_kz_slug_of_the_catalog_documents_is_in_the_registry() -> None:
    slugs = {p.slug for p in load_publishers() if p.known}
    for doc in load_catalog().documents:
        if "gov.kz/memleket/entities/" in doc.url:
            assert doc.url.split("/memleket/entities/")[1].split("/")[0] in slugs


def test_unknown_rows_list_the_gaps_without_slugs() -> None:
    registry = load_publishers()
    unknown = [p for p in registry if not p.known]
    assert unknown and all(not p.slug for p in unknown)
    regions_known = {p.region for p in registry if p.known and p.kind == "regional_akimat"}
    regions_unknown = {p.region for p in unknown if p.kind == "regional_akimat"}
    assert regions_known.isdisjoint(regions_unknown)
    assert len(regions_known | regions_unknown) == 20  # 17 regions and 3 cities


def test_selections() -> None:
    registry = load_publishers()
    assert {p.slug for p in select_publishers(registry, region="KZ-11")} == {
        "aqmola",
        "aqmola-stepnogorsk",
    }
    with pytest.raises(ValueError):
        select_publishers(registry, everything="some")


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("x,regional_akimat,KZ-11,KZ-11,known,https://example.org/,", "evidence_url"),
        ("x,parliament,KZ-11,KZ-11,known,https://www.gov.kz/memleket/entities/x/,", "kind"),
        ("x,city_akimat,KZ-11,,unknown,,", "guess"),
        ("x,city_akimat,Akmola,,known,https://www.gov.kz/memleket/entities/x/,", "region"),
    ],
)
def test_bad_rows_are_named(tmp_path: Path, row: str, message: str) -> None:
    path = tmp_path / "publishers.csv"
    path.write_text(",".join(COLUMNS) + "\n" + row + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_publishers(path)
