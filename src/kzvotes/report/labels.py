"""The report's words in English, Russian and Kazakh, read from ``labels.csv``.

Words live in the table, never in the code: a page asks for a key (``section.turnout``) and
gets it in the page's language. Column titles come from the package's own descriptor
(``title``, ``kzvotes:title_ru``, ``kzvotes:title_kk``) and fall back to ``field.<name>``
here for columns the report computes itself.

>>> Labels("ru")("overview")
'Обзор'
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from typing import Any

LANGUAGES = ("en", "ru", "kk")
DESCRIPTOR_TITLE_KEYS = {"en": "title", "ru": "kzvotes:title_ru", "kk": "kzvotes:title_kk"}


@cache
def label_table() -> dict[str, dict[str, str]]:
    """``key`` -> ``{language: text}`` from the packaged ``labels.csv``."""
    text = resources.files("kzvotes.report").joinpath("labels.csv").read_text(encoding="utf-8")
    return {
        row["key"]: {lang: row[lang] for lang in LANGUAGES}
        for row in csv.DictReader(text.splitlines())
    }


class Labels:
    """The words of one language; calling it with a key gives the text."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"no labels for language {language!r}; one of {', '.join(LANGUAGES)}")
        self.language = language

    def __call__(self, key: str) -> str:
        try:
            return label_table()[key][self.language]
        except KeyError:
            raise KeyError(f"labels.csv has no key {key!r}") from None

    def get(self, key: str, default: str) -> str:
        row = label_table().get(key)
        return row[self.language] if row else default

    def field(self, fields: dict[str, dict[str, Any]], name: str) -> str:
        """A column's title: the descriptor's in this language, else ``field.<name>``, else the name."""
        described = fields.get(name, {}).get(DESCRIPTOR_TITLE_KEYS[self.language])
        return str(described) if described else self.get(f"field.{name}", name)
