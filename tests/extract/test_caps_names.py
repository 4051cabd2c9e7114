"""Names printed with the surname in capitals (as some papers print them: "Тимур
АШИГАЛИЕВ", "за ШАХАРОВА") read as names; words of a headline in capitals do not.
Every text here is SYNTHETIC, written in the shapes of such pages."""

from __future__ import annotations

from extract_text import fact, only, run


def _tally(text: str) -> dict[str, tuple[object, object]]:
    return {c.name: (fact(c.votes), c.elected) for c in only(text).candidates}


def test_an_english_rival_with_a_surname_in_capitals_keeps_his_own_count() -> None:
    text = (
        "Fort-Shevchenko, September 9, 2024. Asylbek KURMANOV was elected akim of the town "
        "with 1,756 votes. His rivals Aidos YELEMESOV and Gibrat MUKHAMBET received 302 and "
        "398 votes respectively."
    )
    tally = _tally(text)
    assert tally["Gibrat Mukhambet"][0] == 398
    assert tally["Aidos Yelemesov"][0] == 302


def test_a_lone_surname_in_capitals_is_the_candidate_named_before() -> None:
    text = (
        "В Бокейординском районе 5 ноября 2023 года за Нурлыбека ДАУМОВА проголосовали "
        "4 660 избирателей, за Мирамбека ГИЛЬМАНОВА - 782. Победу одержал ДАУМОВ."
    )
    tally = _tally(text)
    assert set(tally) == {"Нурлыбек Даумов", "Мирамбек Гильманов"}
    assert tally["Нурлыбек Даумов"] == (4660, True)


def test_a_headline_in_capitals_names_nobody() -> None:
    text = (
        "ИТОГИ ВЫБОРОВ РАЙОННЫХ АКИМОВ\n\n"
        "В Бокейординском районе 5 ноября 2023 года за Нурлыбека Даумова проголосовали "
        "4 660 избирателей, он избран акимом района."
    )
    names = [c.name for c in only(text).candidates]
    assert names == ["Нурлыбек Даумов"]


def test_a_party_in_capitals_is_no_name() -> None:
    doc = run(
        "Акимом села Кенес избран Аждар Жусупов, выдвинутый партией AMANAT. За него "
        "проголосовали 512 избирателей."
    )
    assert [c.name for c in doc.contests[0].candidates] == ["Аждар Жусупов"]
