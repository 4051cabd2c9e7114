"""The registry of gov.kz publishers (``data/publishers.csv``), reviewed like code.

One row per body that publishes akim election results on the government portal: regional,
district and city akimats, maslihats and territorial election commissions. A row is
``known`` when its portal slug was seen in real evidence (its ``evidence_url``), and
``unknown`` when the body exists but its slug has not been established: unknown rows are
listed so that the gap is visible, never filled by a guess.

Example::

    >>> registry = load_publishers()
    >>> [p.slug for p in select_publishers(registry, region="KZ-43")]
    ['kyzylorda']
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kzvotes.config import package_data_dir
from kzvotes.errors import ConfigError

COLUMNS = ("slug", "kind", "region", "place_id", "status", "evidence_url", "note")
KINDS = frozenset(
    {
        "regional_akimat",
        "city_akimat",
        "district_akimat",
        "district_entity",  # a district's portal entity whose body (akimat, commission) is unknown
        "maslihat",
        "territorial_commission",
    }
)
STATUSES = frozenset({"known", "unknown"})
# What the archive manifest calls each kind of body (its publisher_kind).
PUBLISHER_KIND_OF = {"territorial_commission": "territorial_commission"}
_SLUG = re.compile(r"[a-z0-9][a-z0-9_-]*")


@dataclass(frozen=True)
class Publisher:
    """One registry row."""

    slug: str
    kind: str
    region: str
    place_id: str
    status: str
    evidence_url: str
    note: str

    @property
    def known(self) -> bool:
        return self.status == "known"

    @property
    def publisher_kind(self) -> str | None:
        """The archive's publisher_kind: a commission, or None (an akimat is not one of the
        catalog's kinds)."""
        return PUBLISHER_KIND_OF.get(self.kind)


def default_registry_path() -> Path:
    return package_data_dir() / "publishers.csv"


def load_publishers(path: Path | None = None) -> tuple[Publisher, ...]:
    """Read and check the registry; errors name the file and row."""
    return _load(path or default_registry_path())


@lru_cache(maxsize=4)
def _load(path: Path) -> tuple[Publisher, ...]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise ConfigError(f"cannot read {path}: {err.strerror or err}") from None
    reader = csv.DictReader(text.splitlines())
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise ConfigError(f"{path}: the header must be {','.join(COLUMNS)}")
    rows: list[Publisher] = []
    slugs: set[str] = set()
    for number, raw in enumerate(reader, start=2):
        row = Publisher(**{key: (raw.get(key) or "").strip() for key in COLUMNS})
        where = f"{path}:{number}"
        if row.kind not in KINDS:
            raise ConfigError(f"{where}: kind {row.kind!r} is not one of {sorted(KINDS)}")
        if row.status not in STATUSES:
            raise ConfigError(f"{where}: status must be known or unknown")
        if not re.fullmatch(r"KZ-\d\d", row.region):
            raise ConfigError(f"{where}: region {row.region!r} is not a KZ-NN code")
        if row.known:
            if not _SLUG.fullmatch(row.slug):
                raise ConfigError(f"{where}: a known row needs a lowercase slug")
            if not re.search(
                rf"/memleket/entities/{re.escape(row.slug)}(?:[/?#]|$)", row.evidence_url
            ):
                raise ConfigError(f"{where}: evidence_url must be a portal URL of {row.slug}")
            if row.slug in slugs:
                raise ConfigError(f"{where}: slug {row.slug} is listed twice")
            slugs.add(row.slug)
        elif row.slug:
            raise ConfigError(f"{where}: an unknown row has no slug (that would be a guess)")
        rows.append(row)
    return tuple(rows)


def select_publishers(
    registry: tuple[Publisher, ...], *, everything: object = None, region: object = None
) -> list[Publisher]:
    """Known rows: all of them (``everything="all"``) or one region's (``region="KZ-19"``).

    Raises ValueError for a selection that names nothing the registry knows of.
    """
    known = [p for p in registry if p.known]
    if everything is not None:
        if everything != "all":
            raise ValueError(f'registry must be "all", not {everything!r}')
        return known
    if not isinstance(region, str) or region not in {p.region for p in registry}:
        raise ValueError(f"region {region!r} is not a region of the registry")
    return [p for p in known if p.region == region]
