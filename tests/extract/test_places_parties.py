"""Places resolved from case forms in every script; parties and self-nomination."""

from __future__ import annotations

from datetime import date

import pytest

from kzvotes.extract.parties import find_nominator
from kzvotes.extract.places import find_places, resolve


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("в Бокейординском районе", "KZ-27/bokeyorda"),
        ("Бөкей ордасы ауданында", "KZ-27/bokeyorda"),
        ("Bókeı ordasy aýdanynda", "KZ-27/bokeyorda"),
        ("Сырдарияда", "KZ-43/syrdarya"),
        ("Балқаш ауданының", "KZ-19/balkhash"),
        ("Shıeli aýdany", "KZ-43/shieli"),
        ("Báıterek aýyldyq okrýginde", "KZ-43/shieli/baiterek"),
        ("акимом города Курчатов", "KZ-10/kurchatov"),
        ("Торт-Кудукского сельского округа", "KZ-55/ekibastuz/tort-kuduk"),
        ("в районе имени Турара Рыскулова", "KZ-31/turar-ryskulov"),
        ("Toretam village", "KZ-43/karmakshy/toretam"),
        ("Qyzylqoǵa aýdanynda", "KZ-23/kyzylkoga"),
        ("Кызылкога", "KZ-23/kyzylkoga"),
    ],
)
def test_place_forms_resolve(text: str, place_id: str) -> None:
    mentions = find_places(text)
    assert mentions
    place = resolve(mentions[-1], on=date(2023, 11, 5))
    assert place is not None and place.place_id == place_id


def test_type_word_separates_region_from_district() -> None:
    region, district = find_places("В Абайской области акимом Абайского района")
    assert resolve(region).place_id == "KZ-10"  # type: ignore[union-attr]
    assert resolve(district).place_id == "KZ-10/abai"  # type: ignore[union-attr]


def test_region_context_resolves_shared_names() -> None:
    (mention,) = find_places("Жамбылский район")
    assert resolve(mention) is None
    place = resolve(mention, context_regions=frozenset({"KZ-19"}))
    assert place is not None and place.place_id == "KZ-19/zhambyl"


def test_person_named_like_a_place_is_not_a_place() -> None:
    assert find_places("Жанибек Каденов и Абай Кунанбаев") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("самовыдвиженец", ("self", None)),
        ("выдвинут в порядке самовыдвижения", ("self", None)),
        ("өзін-өзі ұсыну тәртібімен", ("self", None)),
        ("ózin-ózi usyný tártibimen", ("self", None)),
        ("an independent candidate", ("self", None)),
        ("член партии AMANAT, самовыдвиженец", ("self", None)),
        ("от партии AMANAT", ("party", "amanat")),
        ("«Аманат» партиясы ұсынған", ("party", "amanat")),
        ("кандидат от Народной партии Казахстана", ("party", "qhp")),
        ("Qazaqstan Halyq partıasy usynǵan", ("party", "qhp")),
        ("партия «Ак жол»", ("party", "ak-zhol")),
        ("Nur Otan", ("party", "nur-otan")),
        ("партия «Ауыл»", ("party", "auyl")),
        ("aýyl ákimi bolyp saılandy", (None, None)),
    ],
)
def test_nominators(text: str, expected: tuple[str | None, str | None]) -> None:
    assert find_nominator(text) == expected
