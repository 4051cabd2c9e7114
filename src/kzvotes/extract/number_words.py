"""Counts written in words, composed from one language's words for its units, tens and
hundred (the words live in the language tables; this module only joins them).

>>> tens_and_units({"two": 2, "ten": 10}, {"twenty": 20}, joiner="-")
{'two': 2, 'ten': 10, 'twenty': 20, 'twenty-two': 22}
>>> hundreds({"one": 1, "two": 2}, "hundred", lowest=2)
{'two hundred': 200}
"""

from __future__ import annotations


def tens_and_units(
    units: dict[str, int], tens: dict[str, int], *, joiner: str = " "
) -> dict[str, int]:
    """The units, the tens, and every ten joined to a unit below ten ("шестьдесят
    восемь", "jıyrma bes", "sixty-eight"), by value."""
    return (
        units
        | tens
        | {
            f"{ten}{joiner}{unit}": ten_value + unit_value
            for ten, ten_value in tens.items()
            for unit, unit_value in units.items()
            if unit_value < 10
        }
    )


def hundreds(units: dict[str, int], hundred: str, *, lowest: int = 1) -> dict[str, int]:
    """A unit from ``lowest`` to nine before the word for a hundred ("екі жүз", "three
    hundred"), by value."""
    return {
        f"{unit} {hundred}": value * 100 for unit, value in units.items() if lowest <= value <= 9
    }
