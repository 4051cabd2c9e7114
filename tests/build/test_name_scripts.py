"""Every person in every script: printed names kept, the others transliterated and marked."""

from __future__ import annotations

from kzvotes.build.normalize import name_columns, with_all_scripts
from kzvotes.translit import kk_letters_to_ru, romanize


def test_a_russian_name_gets_an_english_form_and_says_it_was_printed_in_russian() -> None:
    names = with_all_scripts(name_columns(["Нурлыбек Даумов"]))
    assert names == {
        "name_ru": "Нурлыбек Даумов", "name_kk": None, "name_kk_latn": None,
        "name_en": "Nurlybek Daumov", "name_origin": "ru", "display_name": "Нурлыбек Даумов",
    }  # fmt: skip


def test_printed_forms_are_never_replaced_by_transliterations() -> None:
    names = with_all_scripts(name_columns(["Абилхаирұлы Арыстанбек", "Arystanbek Abilkhairuly"]))
    assert names["name_en"] == "Arystanbek Abilkhairuly"  # printed, kept
    assert names["name_ru"] == "Абилхаирулы Арыстанбек"  # transliterated from the Kazakh
    assert names["name_kk_latn"] == "Abılhaıruly Arystanbek"
    assert names["name_origin"] == "kk|en" and names["display_name"] == "Абилхаирұлы Арыстанбек"


def test_a_kazakh_latin_name_alone_gives_a_plain_english_form() -> None:
    names = with_all_scripts(name_columns(["Saltanat Sársenbaı"]))
    assert (names["name_en"], names["name_ru"], names["name_origin"]) == (
        "Saltanat Sarsenbai",
        None,
        "kk-Latn",
    )


def test_the_tables() -> None:
    assert romanize("Щербакты Жұмабаев Юлия") == "Shcherbakty Zhumabaev Yuliya"
    assert kk_letters_to_ru("ӘҒҚҢӨҰҮҺІ әғқңөұүһі") == "АГКНОУУХИ агкноуухи"
