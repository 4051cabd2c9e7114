"""Open the package's SQLite database in Datasette, described by its schemas.

Datasette (the ``serve`` extra) gets a metadata document built from the descriptor and
``schemas/``: the package's title, licence and sources; per table its title, description,
every column's title and description (with the Russian and Kazakh titles), units of the
``_pct`` columns, and facets on region, election and party.

>>> serve_package(Path("datapackages/kz-akim-elections"), port=8001)  # doctest: +SKIP
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from kzvotes.errors import ConfigError

# Facets shown on each table's page (the columns exist in the tables or the view).
FACETS: dict[str, list[str]] = {
    "results_flat": ["election_id", "region_name_en", "party_name_en", "option_type"],
    "contests": ["election_id", "region_id"],
    "candidates": ["party_id", "nominator_type", "elected"],
    "elections": ["election_type", "status"],
    "places": ["place_type", "parent_place_id"],
    "summaries": ["election_type", "scope", "place_id"],
    "results": ["option_type"],
    "sources": ["publisher_kind", "publisher"],
    "facts": ["table", "method"],
    "conflicts": ["field"],
    "checks": ["check_id", "severity", "passed"],
}
LABELS = {
    "places": "name_en",
    "parties": "name_en",
    "elections": "election_id",
    "contests": "contest_id",
}


def database_path(package_dir: Path) -> Path:
    """The package's SQLite file, from its descriptor's ``kzvotes:formats``."""
    descriptor_path = package_dir / "datapackage.json"
    if not descriptor_path.is_file():
        raise ConfigError(f"{package_dir}: no datapackage.json; run `kzvotes build` first")
    desc = json.loads(descriptor_path.read_text(encoding="utf-8"))
    for entry in desc.get("kzvotes:formats", []):
        if entry.get("format") == "sqlite" and (package_dir / entry["path"]).is_file():
            return package_dir / entry["path"]
    raise ConfigError(
        f"{package_dir}: the package has no SQLite database; rebuild it with `kzvotes build`"
    )


def _column_description(field: dict[str, Any]) -> str:
    text = f"{field['title']}. {field.get('description', '')}".strip()
    names = [field.get("kzvotes:title_ru"), field.get("kzvotes:title_kk")]
    others = " / ".join(n for n in names if n)
    return f"{text} ({others})" if others else text


def datasette_metadata(package_dir: Path) -> dict[str, Any]:
    """Datasette's metadata document for the package's database."""
    from kzvotes.formats.xlsx import FLAT_COLUMNS

    desc = json.loads((package_dir / "datapackage.json").read_text(encoding="utf-8"))
    licence = desc["licenses"][0]
    tables: dict[str, Any] = {}
    for resource in desc["resources"]:
        fields = resource["schema"]["fields"]
        table: dict[str, Any] = {
            "title": resource["title"],
            "description": resource["description"],
            "columns": {f["name"]: _column_description(f) for f in fields},
            "source": "kzvotes: every value's source is in the facts and sources tables",
            "source_url": desc.get("homepage", ""),
            "license": licence["name"],
            "license_url": licence["path"],
        }
        units = {
            f["name"]: "percent"
            for f in fields
            if f["name"].endswith("_pct") and f["type"] == "number"
        }
        if units:
            table["units"] = units
        if resource["name"] in FACETS:
            table["facets"] = FACETS[resource["name"]]
        if resource["name"] in LABELS:
            table["label_column"] = LABELS[resource["name"]]
        tables[resource["name"]] = table
    tables["results_flat"] = {
        "title": "Results, flat (one row per candidate and against all)",
        "description": (
            "Every option of every contest with its election, region, place, names, party, votes, "
            "share and whether elected. share_pct is over all options' votes (candidates and against "
            "all), empty when any is unknown: it is not a published figure."
        ),
        "columns": {name: title for name, title in FLAT_COLUMNS},
        "facets": FACETS["results_flat"],
    }
    tables["_tables"] = {"hidden": True}
    tables["_fields"] = {"hidden": True}
    sources = [s for s in desc.get("sources", []) if s.get("path")]
    return {
        "title": desc["title"],
        "description": f"{desc['description']} Version {desc['version']}, created {desc['created']}. "
        + desc.get("kzvotes:attribution", ""),
        "license": licence["title"],
        "license_url": licence["path"],
        "source": sources[1]["title"] if len(sources) > 1 else desc.get("homepage", ""),
        "source_url": sources[1]["path"] if len(sources) > 1 else desc.get("homepage", ""),
        "about": "kzvotes",
        "about_url": desc.get("homepage", ""),
        "databases": {database_path(package_dir).stem: {"tables": tables}},
    }


def datasette_args(
    package_dir: Path, metadata_path: Path, *, host: str, port: int, open_browser: bool
) -> list[str]:
    """The ``datasette serve`` arguments for the package's database (opened immutable)."""
    args = ["serve", "-i", str(database_path(package_dir)), "--metadata", str(metadata_path),
            "--host", host, "--port", str(port), "--setting", "default_facet_size", "15"]  # fmt: skip
    if open_browser:
        args.append("--open")
    return args


def serve_package(
    package_dir: Path, *, host: str = "127.0.0.1", port: int = 8001, open_browser: bool = False
) -> None:
    """Serve ``package_dir`` with Datasette until interrupted."""
    try:
        from datasette.cli import cli as datasette_cli
    except ImportError:
        raise ConfigError("kzvotes serve needs Datasette: pip install 'kzvotes[serve]'") from None
    metadata = datasette_metadata(package_dir)
    with tempfile.TemporaryDirectory(prefix="kzvotes-serve-") as tmp:
        metadata_path = Path(tmp) / "metadata.json"
        metadata_path.write_text(
            json.dumps(metadata, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        args = datasette_args(
            package_dir, metadata_path, host=host, port=port, open_browser=open_browser
        )
        datasette_cli.main(args, prog_name="datasette", standalone_mode=False)
