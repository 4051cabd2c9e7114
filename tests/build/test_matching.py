"""Matching printed names to the ledger's candidates (real printings from the sources)."""

from __future__ import annotations

import pytest

from kzvotes.build.matching import match_candidate_key, same_word

SEMEY = ["adlet-kozhanbayev", "a-k-bekzhasarov", "k-m-tuleuov"]
KARATOBE = ["kadyrjan-suieugaliev", "kanat-mukanov", "ermek-sainov"]
TALGAR = ["arystanbek-abilhairuly", "janibek-kadenov", "alibek-ramazanov"]


@pytest.mark.parametrize(
    ("printed", "known", "expected"),
    [
        ("Adilet Kozhanbaev", SEMEY, "adlet-kozhanbayev"),
        ("Кожанбаев Адлет", SEMEY, "adlet-kozhanbayev"),
        ("Bekzhasarov", SEMEY, "a-k-bekzhasarov"),
        ("Toleuov", SEMEY, "k-m-tuleuov"),
        ("Kadyrzhan Suyeugaliyev", KARATOBE, "kadyrjan-suieugaliev"),
        ("Yermek Sainov", KARATOBE, "ermek-sainov"),
        ("Abilkhairuly Arystanbek", TALGAR, "arystanbek-abilhairuly"),
        ("Рамазанов Әлібек Ғайсаұлы", TALGAR, "alibek-ramazanov"),
        ("Жанара Уалинова", ["janar-ualinova", "aldan-kabdiljanov"], "janar-ualinova"),
    ],
)
def test_printings_of_one_person_match(printed: str, known: list[str], expected: str) -> None:
    assert match_candidate_key(printed, known) == expected


def test_a_shared_first_name_is_not_enough() -> None:
    assert match_candidate_key("Канат Азмуханов", ["kanat-mukanov"]) == "kanat-azmuhanov"


def test_an_ambiguous_surname_gets_its_own_key() -> None:
    assert match_candidate_key("Ivanov", ["a-ivanov", "b-ivanov"]) == "ivanov"


def test_same_word() -> None:
    assert same_word("zhanibek", "janibek")
    assert same_word("a", "adlet")
    assert not same_word("mukanov", "azmuhanov")
    assert not same_word("ali", "ari")  # short words need to agree exactly
