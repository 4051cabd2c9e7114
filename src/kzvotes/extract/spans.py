"""Check that every span of an extracted document selects its value from the printed text.

``kzvotes extract --json`` prints each document's ``text``; every figure, name and date
it reports carries a span into that text. :func:`span_problems` lists the spans that do
not select their value (an empty list when all do).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from kzvotes.extract.dates import dates_in
from kzvotes.extract.numbers import find_numbers, number_in_words
from kzvotes.extract.wording import ZERO_COUNT


def span_problems(document: dict[str, Any]) -> list[str]:
    """Every span of ``document`` (the ``--json`` shape) that does not select its value."""
    text = document.get("text")
    if text is None:
        return [] if not document.get("contests") else ["no text printed"]
    language = document.get("language") or "ru"
    problems: list[str] = []
    for index, contest in enumerate(document.get("contests", [])):
        where = f"contest {index}"
        for name, span in contest.get("spans", {}).items():
            if name == "election_date":
                problems += _date_problem(text, span, contest.get("election_date"), where)
            else:
                problems += _number_problem(text, span, contest.get(name), language, where, name)
        for cand in contest.get("candidates", []):
            who = f"{where} {cand.get('name')}"
            for name, span in cand.get("spans", {}).items():
                if name == "name_as_printed":
                    if text[span[0] : span[1]] != cand["name_as_printed"]:
                        problems.append(f"{who}: name span selects {text[span[0] : span[1]]!r}")
                else:
                    problems += _number_problem(text, span, cand.get(name), language, who, name)
    return problems


def _number_problem(
    text: str, span: list[int], value: Any, language: str, where: str, name: str
) -> list[str]:
    printed = text[span[0] : span[1]]
    if value is None or _printed_number(printed, language) != float(value):
        return [f"{where}: {name} span selects {printed!r}, not {value!r}"]
    return []


def _printed_number(printed: str, language: str) -> float | None:
    """The number ``printed`` shows: digits grouped by spaces (or by commas in English),
    a decimal comma or point, or a count with a thousands word (``9 мың 779``)."""
    compact = re.sub(r"[ \u00a0\u202f\u2009]", "", printed)
    if re.fullmatch(r"\d+", compact):
        return float(compact)
    if language == "en" and re.fullmatch(r"\d{1,3}(?:,\d{3})+", compact):
        return float(compact.replace(",", ""))
    if language != "en" and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", compact):
        return float(compact.replace(".", ""))
    if re.fullmatch(r"\d+[.,]\d+", compact):
        return float(compact.replace(",", "."))
    if ZERO_COUNT.fullmatch(printed):
        # "nobody", "никто": a count of zero
        return 0.0
    in_words = number_in_words(printed)
    if in_words is not None:
        # "три" of "три голоса", "сто восемьдесят два": a count written in words
        return float(in_words)
    found = find_numbers(printed, language=language)
    if len(found) == 1 and (found[0].start, found[0].end) == (0, len(printed)):
        return float(found[0].value)
    return None


def _date_problem(text: str, span: list[int], value: Any, where: str) -> list[str]:
    printed = text[span[0] : span[1]]
    try:
        expected = date.fromisoformat(str(value))
    except ValueError:
        return [f"{where}: election_date {value!r} is not a date"]
    # a date printed without its year takes the year of the message
    found = dates_in(printed, published=date(expected.year, 12, 31))
    if not found or found[0][1] != expected:
        return [f"{where}: election_date span selects {printed!r}, not {value!r}"]
    return []
