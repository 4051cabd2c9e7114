"""The number parser: grouping, commas, Kazakh words and suffixes, approximate wording."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzvotes.extract.numbers import find_numbers, parse_count


def values(text: str, language: str = "ru") -> list[int | float]:
    return [n.value for n in find_numbers(text, language=language) if not n.approximate]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("проголосовали 17 033 человека", "ru", [17033]),
        ("проголосовали 17\u00a0033 человека", "ru", [17033]),
        ("проголосовали 9071 человек", "ru", [9071]),
        ("received 89,441 votes", "en", [89441]),
        ("явка составила 56,0%", "ru", [56.0]),
        ("явка 62,79 %", "ru", [62.79]),
        ("9 мың 779 дауыс жинады", "kk", [9779]),
        ("olardyń 1797-si daýys berdi", "kk-Latn", [1797]),
        ("saılaýshylardyń 604-i daýys berdi", "kk-Latn", [604]),
        ("elektorat sany – 2490, olardyń 1797-si", "kk-Latn", [2490, 1797]),
        ("19, 103 и 103 соответственно", "ru", [19, 103, 103]),
        ("(Исатай – 15 883, Кызылкога – 18 614)", "ru", [15883, 18614]),
        ("5 ноября 2023 года проголосовали 4 660", "ru", [4660]),
        ("участок №245", "ru", []),
    ],
)
def test_numbers_as_printed(text: str, language: str, expected: list[int | float]) -> None:
    assert values(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("порядка 3 000 голосов", "ru"),
        ("около 500 человек", "ru"),
        ("более 10 тысяч", "ru"),
        ("свыше 2 000 избирателей", "ru"),
        ("почти 7 тысяч", "ru"),
        ("80 мыңға жуық сайлаушы", "kk"),
        ("500-ден астам сайлаушы", "kk"),
        ("шамамен 300 адам", "kk"),
        ("about 5,000 took part", "en"),
        ("over 2,000 voters", "en"),
        ("more than 10,000 voters", "en"),
        ("nearly 3,000 votes", "en"),
    ],
)
def test_approximate_wording_is_never_a_count(text: str, language: str) -> None:
    assert values(text, language) == []
    assert parse_count(text, language=language) is None


@given(st.integers(min_value=0, max_value=9_999_999))
def test_grouped_and_ungrouped_counts_round_trip(value: int) -> None:
    grouped = f"{value:,}".replace(",", " ")
    assert values(f"проголосовали {grouped} человек") == [value]
    assert values(f"проголосовали {value} человек") == [value]
    assert values(f"received {value:,} votes", "en") == [value]


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999))
def test_kazakh_thousand_word(thousands: int, rest: int) -> None:
    assert values(f"{thousands} мың {rest:03d} дауыс") == [thousands * 1000 + rest]


@given(
    st.sampled_from(["около", "порядка", "более", "свыше", "почти", "about", "over"]),
    st.integers(min_value=10, max_value=99_999),
)
def test_approximate_prefix_property(word: str, value: int) -> None:
    language = "en" if word in ("about", "over") else "ru"
    found = find_numbers(f"проголосовали {word} {value} человек", language=language)
    assert found and all(n.approximate for n in found)


@given(st.integers(min_value=0, max_value=100), st.integers(min_value=0, max_value=99))
def test_decimal_comma_percent(whole: int, frac: int) -> None:
    found = find_numbers(f"явка составила {whole},{frac:02d}%")
    assert len(found) == 1 and found[0].percent
    assert found[0].value == pytest.approx(whole + frac / 100)


def test_a_malformed_english_group_is_no_count_and_no_crash() -> None:
    # "1,8001" is neither a thousands group nor an English decimal: kept as an approximate
    # decimal, so it can never become a vote count (it used to raise ValueError).
    numbers = find_numbers("Ivan Petrov got 1,8001 votes.", language="en")
    assert [(n.value, n.approximate) for n in numbers] == [(1.8001, True)]
