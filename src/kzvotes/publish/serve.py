"""Open the package's SQLite database in Datasette, described by its schemas.

Datasette (the ``serve`` extra) gets a metadata document built from the descriptor and
``schemas/``: the package's title, licence and sources; per table its title, description,
every column's title and description (with the Russian and Kazakh titles), units of the
``_pct`` columns, and facets on region, election and party.

What a reader sees is made readable without touching the package: Datasette serves a
temporary copy of the database that adds two views, ``contests_named`` and
``candidates_named`` (every column of the table, booleans as yes/no, region, place and
party names beside their ids, for facets by name); a cell of a boolean column shows yes/no
in every table; and canned queries answer the first questions (closest contests, against-all
share, winners by nominator, coverage) with the rules of :mod:`kzvotes.build.measures`.

>>> serve_package(Path("datapackages/kz-akim-elections"), port=8001)  # doctest: +SKIP
"""

from __future__ import annotations

import ipaddress
import json
import shutil
import sqlite3
import sys
import tempfile
from contextlib import closing
from pathlib import Path
from typing import Any

from kzvotes.errors import ConfigError

# Facets shown on each table's page (the columns exist in the tables or the views).
FACETS: dict[str, list[str]] = {
    "results_flat": ["election_id", "region_name_en", "party_name_en", "option_type"],
    "contests_named": ["election_type", "region_name_en", "election_id"],
    "candidates_named": ["region_name_en", "party_name_en", "nominator_type", "elected"],
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


BOOLEAN_TEXT = {1: "yes", 0: "no"}

# Columns the named views add after the table's own, unless the table has them already.
CONTEST_NAME_COLUMNS = {
    "election_date": 'e."election_date"',
    "election_type": 'e."election_type"',
    "region_name_en": 'rg."name_en"',
    "region_name_ru": 'rg."name_ru"',
    "region_name_kk": 'rg."name_kk"',
    "place_name_en": 'p."name_en"',
    "place_name_ru": 'p."name_ru"',
    "place_name_kk": 'p."name_kk"',
}
CANDIDATE_NAME_COLUMNS = {
    "election_id": 'c."election_id"',
    "region_id": 'c."region_id"',
    "region_name_en": 'rg."name_en"',
    "place_name_en": 'p."name_en"',
    "party_name_en": 'pa."name_en"',
}
PLACE_JOINS = (
    'LEFT JOIN "places" rg ON rg."place_id" = c."region_id" '
    'LEFT JOIN "places" p ON p."place_id" = c."place_id"'
)

# The measures of kzvotes.build.measures in SQL, one row per contest, for the canned queries.
CONTEST_MEASURES_SQL = """
WITH tally AS (
  SELECT "contest_id", COUNT(*) AS candidates_in_data, COUNT("votes") AS candidates_with_votes,
    SUM("votes") AS candidate_votes, SUM("elected" = 1) AS elected_count,
    MAX(CASE WHEN "elected" = 1 THEN "votes" END) AS winner_votes,
    SUM("elected" IS NOT 1 AND "votes" IS NOT NULL) AS others_with_votes,
    MAX(CASE WHEN "elected" IS NOT 1 THEN "votes" END) AS runner_up_votes
  FROM "candidates" GROUP BY "contest_id"
), levels AS (
  SELECT c."contest_id", c."election_id", c."region_id", c."place_id", c."against_all",
    c."ballots_cast", t.candidates_in_data, t.candidate_votes, t.elected_count, t.winner_votes,
    t.runner_up_votes,
    CASE WHEN COALESCE(t.candidates_with_votes, 0) = 0 THEN 'none'
         WHEN t.candidates_in_data >= 2 AND t.candidates_with_votes = t.candidates_in_data THEN 'all'
         WHEN t.winner_votes IS NOT NULL AND t.others_with_votes = 0 THEN 'winner_only'
         ELSE 'some' END AS completeness
  FROM "contests" c LEFT JOIN tally t ON t."contest_id" = c."contest_id"
), based AS (
  SELECT *, CASE WHEN completeness = 'all' AND "against_all" IS NOT NULL THEN 'valid_votes'
                 WHEN "ballots_cast" IS NOT NULL THEN 'ballots_cast' END AS share_base
  FROM levels
), measures AS (
  SELECT *, CASE share_base WHEN 'valid_votes' THEN candidate_votes + "against_all"
                            WHEN 'ballots_cast' THEN "ballots_cast" END AS base_votes
  FROM based
)"""

CANNED_QUERIES: dict[str, dict[str, str]] = {
    "closest_contests": {
        "title": "Closest contests",
        "description": (
            "Contests with every candidate's votes, by the winner's margin over the runner-up in "
            "percentage points. The base is the candidates' votes plus against all when that is "
            "known, else the voters who took part (share_base)."
        ),
        "sql": CONTEST_MEASURES_SQL
        + """
SELECT m."contest_id", m."election_id", rg."name_en" AS region_name_en, p."name_en" AS place_name_en,
  ROUND((m.winner_votes - m.runner_up_votes) * 100.0 / m.base_votes, 2) AS margin_pct, m.share_base,
  m.winner_votes, m.runner_up_votes, m.base_votes
FROM measures m LEFT JOIN "places" rg ON rg."place_id" = m."region_id"
LEFT JOIN "places" p ON p."place_id" = m."place_id"
WHERE m.completeness = 'all' AND m.elected_count = 1 AND m.base_votes > 0
ORDER BY margin_pct, m."contest_id"
""",
    },
    "against_all_share": {
        "title": "Against-all share",
        "description": (
            "Votes against all as a percentage of the contest's base (share_base: the candidates' "
            "votes plus against all when every candidate's votes are known, else the voters who took part)."
        ),
        "sql": CONTEST_MEASURES_SQL
        + """
SELECT m."contest_id", m."election_id", rg."name_en" AS region_name_en, p."name_en" AS place_name_en,
  m."against_all", ROUND(m."against_all" * 100.0 / m.base_votes, 2) AS against_all_pct, m.share_base,
  m.base_votes
FROM measures m LEFT JOIN "places" rg ON rg."place_id" = m."region_id"
LEFT JOIN "places" p ON p."place_id" = m."place_id"
WHERE m."against_all" IS NOT NULL AND m.base_votes > 0
ORDER BY against_all_pct DESC, m."contest_id"
""",
    },
    "winners_by_nominator": {
        "title": "Winners by nominator",
        "description": (
            "Elected candidates per kind of election and nominator: a party, 'self' (self-nominated), "
            "or empty where no source names the nominator."
        ),
        "sql": """
SELECT e."election_type",
  CASE WHEN k."nominator_type" = 'self' THEN 'self' WHEN k."nominator_type" = 'party' THEN k."party_id" END
    AS winner_nominator,
  pa."name_en" AS party_name_en, COUNT(*) AS winners
FROM "candidates" k JOIN "contests" c ON c."contest_id" = k."contest_id"
JOIN "elections" e ON e."election_id" = c."election_id"
LEFT JOIN "parties" pa ON pa."party_id" = k."party_id" AND k."nominator_type" = 'party'
WHERE k."elected" = 1
GROUP BY 1, 2, 3
ORDER BY 1, winners DESC, 2""",
    },
    "coverage": {
        "title": "Coverage: contests in the data",
        "description": (
            "Per election and region, the contests in the data and how many have every candidate's "
            "votes (at least two candidates), some, the winner's only, or none. Far more contests "
            "were held than are in the data."
        ),
        "sql": CONTEST_MEASURES_SQL
        + """
SELECT m."election_id", m."region_id", rg."name_en" AS region_name_en, COUNT(*) AS contests_in_data,
  SUM(m.completeness = 'all') AS all_votes, SUM(m.completeness = 'some') AS some_votes,
  SUM(m.completeness = 'winner_only') AS winner_only, SUM(m.completeness = 'none') AS no_votes
FROM measures m LEFT JOIN "places" rg ON rg."place_id" = m."region_id"
GROUP BY m."election_id", m."region_id"
ORDER BY m."election_id", m."region_id"
""",
    },
}


def exposure_warning(host: str) -> str | None:
    """A warning when ``host`` makes the server reachable from other machines, else ``None``."""
    if host == "localhost":
        return None
    try:
        if ipaddress.ip_address(host).is_loopback:
            return None
    except ValueError:
        pass  # a host name: it may resolve to any interface
    return (
        f"serving on {host}: anyone who can reach this machine can browse the database; "
        "use --host 127.0.0.1 to keep it local"
    )


def database_path(package_dir: Path) -> Path:
    """The package's SQLite file, from its descriptor's ``kzvotes:formats``."""
    descriptor_path = package_dir / "datapackage.json"
    if not package_dir.exists():
        raise ConfigError(
            f"{package_dir}: no such folder; give a package folder or run `kzvotes build`"
        )
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
    from kzvotes.publish.formats.xlsx import FLAT_COLUMNS

    database = database_path(package_dir)  # says what is missing before anything is read
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
    tables["contests_named"] = {
        "title": "Contests, with names",
        "description": (
            "Every column of contests, booleans as yes/no, with the election's date and kind and the "
            "region's and place's names in English, Russian and Kazakh."
        ),
        "facets": FACETS["contests_named"],
    }
    tables["candidates_named"] = {
        "title": "Candidates, with names",
        "description": (
            "Every column of candidates, elected as yes/no, with the contest's election and region, "
            "the place's and the party's names."
        ),
        "facets": FACETS["candidates_named"],
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
        "databases": {database.stem: {"tables": tables, "queries": CANNED_QUERIES}},
    }


def boolean_columns(db: sqlite3.Connection) -> set[tuple[str, str]]:
    """``(table, column)`` of every boolean column, from the database's own ``_fields``."""
    rows = db.execute('SELECT "table_name", "field_name" FROM "_fields" WHERE "type" = \'boolean\'')
    return {(table, column) for table, column in rows}


def _columns(db: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info({quote(table)})")]


def _select_list(
    alias: str, table: str, columns: list[str], booleans: set[tuple[str, str]]
) -> list[str]:
    selected = []
    for column in columns:
        cell = f"{alias}.{quote(column)}"
        if (table, column) in booleans:
            cell = (
                f"CASE {cell} WHEN 1 THEN '{BOOLEAN_TEXT[1]}' WHEN 0 THEN '{BOOLEAN_TEXT[0]}' END"
            )
        selected.append(f"{cell} AS {quote(column)}")
    return selected


def named_views_sql(db: sqlite3.Connection) -> list[str]:
    """``CREATE VIEW`` for contests_named and candidates_named, from the columns the tables have."""
    booleans = boolean_columns(db)
    contest_columns, candidate_columns = _columns(db, "contests"), _columns(db, "candidates")
    contests = _select_list("c", "contests", contest_columns, booleans) + [
        f"{expr} AS {quote(name)}"
        for name, expr in CONTEST_NAME_COLUMNS.items()
        if name not in contest_columns
    ]
    candidates = _select_list("k", "candidates", candidate_columns, booleans) + [
        f"{expr} AS {quote(name)}"
        for name, expr in CANDIDATE_NAME_COLUMNS.items()
        if name not in candidate_columns
    ]
    return [
        f'CREATE VIEW "contests_named" AS SELECT {", ".join(contests)} FROM "contests" c '
        f'JOIN "elections" e ON e."election_id" = c."election_id" {PLACE_JOINS} ORDER BY c."contest_id"',
        f'CREATE VIEW "candidates_named" AS SELECT {", ".join(candidates)} FROM "candidates" k '
        f'JOIN "contests" c ON c."contest_id" = k."contest_id" {PLACE_JOINS} '
        f'LEFT JOIN "parties" pa ON pa."party_id" = k."party_id" ORDER BY k."candidate_id"',
    ]


def readable_copy(package_dir: Path, folder: Path) -> Path:
    """A copy of the package's database in ``folder`` with the named views added."""
    source = database_path(package_dir)
    target = folder / source.name
    shutil.copyfile(source, target)
    with closing(sqlite3.connect(target, isolation_level=None)) as db:
        for statement in named_views_sql(db):
            db.execute(statement)
    return target


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class YesNoCells:
    """A Datasette plugin: cells of boolean columns read yes/no instead of 1/0."""

    def __init__(self, booleans: set[tuple[str, str]]) -> None:
        self.booleans = booleans

    def render_cell(self, value: Any, column: str, table: str | None) -> str | None:
        if table is not None and (table, column) in self.booleans and value in BOOLEAN_TEXT:
            return BOOLEAN_TEXT[value]
        return None


def _register_plugin(booleans: set[tuple[str, str]]) -> None:
    import types

    from datasette import hookimpl
    from datasette.plugins import pm

    cells = YesNoCells(booleans)

    @hookimpl
    def render_cell(value: Any, column: str, table: str | None) -> str | None:
        return cells.render_cell(value, column, table)

    # Datasette lists its plugins by module name, so the hook lives in a module of its own.
    plugin = types.ModuleType("kzvotes_yes_no_cells")
    plugin.render_cell = render_cell  # type: ignore[attr-defined]
    if pm.get_plugin("kzvotes") is None:
        pm.register(plugin, name="kzvotes")


def datasette_args(
    package_dir: Path,
    metadata_path: Path,
    *,
    host: str,
    port: int,
    open_browser: bool,
    database: Path | None = None,
) -> list[str]:
    """The ``datasette serve`` arguments for the package's database (opened immutable)."""
    args = ["serve", "-i", str(database or database_path(package_dir)), "--metadata", str(metadata_path),
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
    warning = exposure_warning(host)
    if warning:
        print(f"kzvotes: warning: {warning}", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="kzvotes-serve-") as tmp:
        database = readable_copy(package_dir, Path(tmp))
        with closing(sqlite3.connect(database)) as db:
            _register_plugin(boolean_columns(db))
        metadata_path = Path(tmp) / "metadata.json"
        metadata_path.write_text(
            json.dumps(metadata, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        args = datasette_args(
            package_dir,
            metadata_path,
            host=host,
            port=port,
            open_browser=open_browser,
            database=database,
        )
        datasette_cli.main(args, prog_name="datasette", standalone_mode=False)
