"""Readable, stable ids derived from content, never from row order or a clock.

>>> from datetime import date
>>> election_id("district_akim", date(2023, 11, 5))
'kz-akim-district-2023-11-05'
>>> contest_id("kz-akim-district-2023-11-05", "KZ-27/bokeyorda")
'kz-akim-district-2023-11-05/KZ-27/bokeyorda'
"""

from __future__ import annotations

import hashlib
from datetime import date
from urllib.parse import urlsplit

AGAINST_ALL = "against_all"

_KIND = {"rural_akim": "rural", "district_akim": "district", "city_akim": "city"}


def election_id(election_type: str, election_date: date | None) -> str:
    """``kz-akim-<kind>-<date>``, or ``kz-akim-<kind>-undated`` when no source gives the date."""
    day = election_date.isoformat() if election_date else "undated"
    return f"kz-akim-{_KIND[election_type]}-{day}"


def contest_id(election: str, place_id: str) -> str:
    """``<election_id>/<place_id>``: one akim post in one election."""
    return f"{election}/{place_id}"


def candidate_id(contest: str, candidate_key: str) -> str:
    """``<contest_id>/<candidate_key>``."""
    return f"{contest}/{candidate_key}"


def url_source_id(url: str) -> str:
    """The id of a cited URL whose bytes are not archived: ``url-`` + 16 hex of its sha256."""
    return "url-" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


def publisher_of(url: str) -> str:
    """The publishing host, without ``www.`` and a trailing dot."""
    host = (urlsplit(url).hostname or "").rstrip(".")
    return host.removeprefix("www.")


def short_digest(*parts: str) -> str:
    """12 hex digits of the sha256 of the parts joined by ``|``: for ids of long keys."""
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:12]
