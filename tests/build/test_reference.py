from __future__ import annotations

from datetime import date

import pycountry

from kzvotes.reference import load_parties, load_places
from kzvotes.schema import load_table_schema
from kzvotes.translit import kk_cyrillic_to_latin, slugify


def test_all_twenty_regions_with_their_iso_codes() -> None:
    places = load_places()
    regions = {p.iso_3166_2 for p in places.values() if p.iso_3166_2}
    assert regions == {s.code for s in pycountry.subdivisions.get(country_code="KZ")}


def test_every_parent_exists_and_ids_nest() -> None:
    places = load_places()
    for place in places.values():
        if place.parent_place_id:
            assert place.parent_place_id in places, place.place_id
            assert place.place_id.startswith(place.region_id)


def test_june_2022_split() -> None:
    places = load_places()
    split = date(2022, 6, 8)
    for region in ("KZ-10", "KZ-33", "KZ-62"):
        assert places[region].valid_from == split
    assert places["KZ-63/urzhar"].valid_on(date(2021, 7, 25))
    assert not places["KZ-63/urzhar"].valid_on(split)
    assert places["KZ-33/sarkand"].valid_on(split) and not places["KZ-19/sarkand"].valid_on(split)


def test_no_kato_code_is_invented() -> None:
    assert all(p.kato_code is None for p in load_places().values())


def test_nur_otan_became_amanat() -> None:
    parties = load_parties()
    assert parties["nur-otan"].successor_party_id == "amanat"
    assert "Аманат" in parties["amanat"].aliases


def test_place_types_fit_the_schema() -> None:
    [field] = [f for f in load_table_schema("places")["fields"] if f["name"] == "place_type"]
    assert {p.place_type for p in load_places().values()} <= set(field["constraints"]["enum"])


def test_transliteration_table() -> None:
    assert kk_cyrillic_to_latin("Бәйтерек ауылдық округі") == "Báıterek aýyldyq okrýgi"
    assert kk_cyrillic_to_latin("Шиелі") == "Shıeli"
    assert kk_cyrillic_to_latin("ШҚО") == "ShQO"
    assert slugify("Жүсіпов Серік") == "jusipov-serik"
    assert slugify("Turar Ryskulov District") == "turar-ryskulov-district"
