"""Reference data owned by the project: the gazetteer of places and the party list.

Both are CSV files in ``kzvotes/data`` (reviewed like code). These loaders use only the
standard library so the extractors can use them without polars.

>>> places = load_places()
>>> places["KZ-27/bokeyorda"].name_ru
'Бокейординский район'
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from kzvotes.config import package_data_dir
from kzvotes.translit import kk_cyrillic_to_latin


@dataclass(frozen=True)
class Place:
    """One administrative unit of the gazetteer, valid between two dates (None = open)."""

    place_id: str
    parent_place_id: str | None
    place_type: str
    iso_3166_2: str | None
    kato_code: str | None
    name_kk: str | None
    name_kk_latn: str | None
    name_ru: str | None
    name_en: str
    valid_from: date | None
    valid_to: date | None
    aliases: tuple[str, ...]
    note: str | None

    def valid_on(self, day: date) -> bool:
        """Whether the unit existed, with this id, on ``day``."""
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )

    @property
    def region_id(self) -> str:
        """The ISO 3166-2 code of the region the unit belongs to (its id's first part)."""
        return self.place_id.split("/", 1)[0]


@dataclass(frozen=True)
class Party:
    """A political party, with its spellings and its successor after a rename."""

    party_id: str
    name_kk: str
    name_ru: str
    name_en: str
    aliases: tuple[str, ...]
    valid_from: date | None
    valid_to: date | None
    successor_party_id: str | None
    note: str | None


def _text(value: str) -> str | None:
    return value.strip() or None


def _day(value: str) -> date | None:
    return date.fromisoformat(value) if value.strip() else None


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def load_places(path: Path | None = None) -> dict[str, Place]:
    """The gazetteer, by ``place_id``; Kazakh Latin names derive from the Cyrillic ones."""
    source = path or package_data_dir() / "places.csv"
    places: dict[str, Place] = {}
    for row in _rows(source):
        name_kk = _text(row["name_kk"])
        places[row["place_id"]] = Place(
            place_id=row["place_id"],
            parent_place_id=_text(row["parent_place_id"]),
            place_type=row["place_type"],
            iso_3166_2=_text(row["iso_3166_2"]),
            kato_code=_text(row["kato_code"]),
            name_kk=name_kk,
            name_kk_latn=kk_cyrillic_to_latin(name_kk) if name_kk else None,
            name_ru=_text(row["name_ru"]),
            name_en=row["name_en"],
            valid_from=_day(row["valid_from"]),
            valid_to=_day(row["valid_to"]),
            aliases=tuple(a for a in row["aliases"].split("|") if a),
            note=_text(row["note"]),
        )
    return places


@cache
def load_parties(path: Path | None = None) -> dict[str, Party]:
    """The parties, by ``party_id``."""
    source = path or package_data_dir() / "parties.csv"
    return {
        row["party_id"]: Party(
            party_id=row["party_id"],
            name_kk=row["name_kk"],
            name_ru=row["name_ru"],
            name_en=row["name_en"],
            aliases=tuple(a for a in row["aliases"].split("|") if a),
            valid_from=_day(row["valid_from"]),
            valid_to=_day(row["valid_to"]),
            successor_party_id=_text(row["successor_party_id"]),
            note=_text(row["note"]),
        )
        for row in _rows(source)
    }
