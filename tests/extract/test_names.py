"""Names to the nominative; Kazakh suffixes; the transliteration table."""

from __future__ import annotations

import pytest

from kzvotes.extract.names import find_names, normalize_name
from kzvotes.translit import kk_cyrillic_to_latin, slugify


@pytest.mark.parametrize(
    ("printed", "governor", "expected"),
    [
        ("Нурлыбека Даумова", "за кандидата", "Нурлыбек Даумов"),
        ("Ермека Сайнова", "у самовыдвиженца", "Ермек Сайнов"),
        ("Мирамбек Гильманов", "", "Мирамбек Гильманов"),
        ("Жанары Уалиновой", "", "Жанара Уалинова"),
        ("Жанару Уалинову", "за", "Жанара Уалинова"),
        ("Нургуль Бакынову", "за", "Нургуль Бакынова"),
        ("Каденова Жанибека Жанбулатулы", "За", "Каденов Жанибек Жанбулатулы"),
        ("Абилхаирулы Арыстанбека", "За", "Абилхаирулы Арыстанбек"),
        ("Нуржана Оразбековича Абдикаримова", "за", "Нуржан Оразбекович Абдикаримов"),
        ("Жусупов Аждар Сагынтаевич", "", "Жусупов Аждар Сагынтаевич"),
        ("Канаша Рахимбекова", "у", "Канаш Рахимбеков"),
    ],
)
def test_russian_names_to_nominative(printed: str, governor: str, expected: str) -> None:
    assert normalize_name(printed, "ru", governor=governor) == expected


def test_kazakh_patronymic_never_declines() -> None:
    assert normalize_name("Арыстанбек Абилхаирулы", "ru") == "Арыстанбек Абилхаирулы"
    assert normalize_name("Айгүл Серікқызы", "ru", governor="за") == "Айгүл Серікқызы"


@pytest.mark.parametrize(
    ("printed", "language", "expected"),
    [
        ("Abzal Ismanovqa", "kk-Latn", "Abzal Ismanov"),
        ("Serik Rashuly Júsipovke", "kk-Latn", "Serik Rashuly Júsipov"),
        ("Абзал Исмановқа", "kk", "Абзал Исманов"),
        ("Нұрлыбек Даумовтың", "kk", "Нұрлыбек Даумов"),
        ("Жанара Уалинова", "kk", "Жанара Уалинова"),
        ("Júsipov Serik Rashuly", "kk-Latn", "Júsipov Serik Rashuly"),
    ],
)
def test_kazakh_case_suffixes_removed(printed: str, language: str, expected: str) -> None:
    assert normalize_name(printed, language) == expected


def test_find_names_skips_common_words_and_keeps_initials() -> None:
    text = (
        "Самовыдвиженцы Айдос Елемесов и Гибрат Мухамбет получили голоса. "
        "A.K. Bekzhasarov and K.M. Tuleuov gained votes."
    )
    assert [m.printed for m in find_names(text)] == [
        "Айдос Елемесов",
        "Гибрат Мухамбет",
        "A.K. Bekzhasarov",
        "K.M. Tuleuov",
    ]


def test_transliteration_table_2018() -> None:
    assert kk_cyrillic_to_latin("Бәйтерек ауылдық округі") == "Báıterek aýyldyq okrýgi"
    assert kk_cyrillic_to_latin("Шиелі") == "Shıeli"
    assert slugify("Бөкей ордасы") == "bokei-ordasy"
