"""Tidy tables from the reconciled claims, the ledger and the reference data (polars).

Every frame has exactly the columns of its Table Schema, in order, with the schema's
dtypes, sorted by its primary key so outputs are byte-identical run to run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from kzvotes import ids
from kzvotes.archive.sources import ArchivedSource
from kzvotes.build.claims import CandidateKey, Claim, ClaimSet
from kzvotes.build.ledger import Ledger
from kzvotes.build.reconcile import FieldKey, weakest
from kzvotes.reference import Party, Place
from kzvotes.schema import field_names, load_table_schema, polars_dtypes
from kzvotes.translit import kk_cyrillic_to_latin

if TYPE_CHECKING:
    import polars as pl

_KAZAKH_CYRILLIC = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_KAZAKH_LATIN = set("áǵıńóúýÁǴŃÓÚÝ")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_INTERMEDIATE = re.compile(r"intermediate|\bby \d{1,2}:\d{2}|\bat \d{1,2}:\d{2}", re.IGNORECASE)


def frame(table: str, rows: Iterable[Mapping[str, Any]]) -> pl.DataFrame:
    """A frame with exactly the columns and dtypes of ``table``'s schema, sorted by its key."""
    import polars as pl

    names = field_names(table)
    dtypes = polars_dtypes(table)
    rows = list(rows)
    if not rows:
        return pl.DataFrame(schema=dtypes)
    # polars reads the dicts itself (a missing key is a null, a key not in the schema is
    # left out): a few times faster than a list per column made in Python
    df = pl.from_dicts(rows, schema={n: _ingest_dtype(dtypes[n]) for n in names}, strict=False)
    df = df.with_columns(
        pl.col(n).str.to_datetime("%Y-%m-%dT%H:%M:%SZ", time_zone="UTC", time_unit="us")
        for n in names
        if isinstance(dtypes[n], pl.Datetime)
    )
    return df.cast(pl.Schema(dtypes)).sort(load_table_schema(table)["primaryKey"], nulls_last=True)


def _ingest_dtype(dtype: pl.DataType) -> pl.DataType:
    import polars as pl

    return pl.String() if isinstance(dtype, pl.Datetime) else dtype


def name_columns(names: Iterable[str]) -> dict[str, str]:
    """Sort printed names into name_ru / name_kk / name_kk_latn / name_en by their script
    (the first name of each script is kept).

    >>> name_columns(["Абилхаирұлы Арыстанбек", "Арыстанбек Абилхаирулы"])
    {'name_kk': 'Абилхаирұлы Арыстанбек', 'name_ru': 'Арыстанбек Абилхаирулы'}
    """
    columns: dict[str, str] = {}
    for name in names:
        if _CYRILLIC.search(name):
            columns.setdefault("name_kk" if set(name) & _KAZAKH_CYRILLIC else "name_ru", name)
        elif set(name) & _KAZAKH_LATIN:
            columns.setdefault("name_kk_latn", name)
        else:
            columns.setdefault("name_en", name)
    return columns


# The script each name column is in, and the order a display name prefers printed names in.
NAME_COLUMNS = {"name_ru": "ru", "name_kk": "kk", "name_kk_latn": "kk-Latn", "name_en": "en"}


def with_all_scripts(printed: Mapping[str, str | None]) -> dict[str, str | None]:
    """The four name columns, ``name_origin`` and ``display_name`` from the printed names.

    A script no source printed is filled by the project's transliteration tables
    (:mod:`kzvotes.translit`) where one applies: Kazakh Latin from Kazakh Cyrillic, Russian
    letters from Kazakh Cyrillic, English from either Cyrillic or, folded, from Kazakh
    Latin. ``name_origin`` lists the printed scripts, so every other filled column is known
    to be transliterated. ``display_name`` is the first printed name in the order ru, kk,
    kk-Latn, en.

    >>> names = with_all_scripts({"name_kk": "Асхат Жұмабаев"})
    >>> names["name_ru"], names["name_kk_latn"], names["name_en"], names["name_origin"]
    ('Асхат Жумабаев', 'Ashat Jumabaev', 'Askhat Zhumabaev', 'kk')
    """
    from kzvotes.translit import kk_letters_to_ru, romanize, to_ascii

    names = {column: printed.get(column) or None for column in NAME_COLUMNS}
    origin = [column for column in NAME_COLUMNS if names[column]]
    display = names[origin[0]] if origin else None
    if names["name_kk"]:
        names["name_kk_latn"] = names["name_kk_latn"] or kk_cyrillic_to_latin(names["name_kk"])
        names["name_ru"] = names["name_ru"] or kk_letters_to_ru(names["name_kk"])
    cyrillic = printed.get("name_ru") or names["name_kk"]
    if names["name_en"] is None and cyrillic:
        names["name_en"] = romanize(cyrillic)
    elif names["name_en"] is None and names["name_kk_latn"]:
        names["name_en"] = to_ascii(names["name_kk_latn"])
    return {
        **names,
        "name_origin": "|".join(NAME_COLUMNS[c] for c in origin) or None,
        "display_name": display,
    }


def place_rows(places: Mapping[str, Place]) -> list[dict[str, Any]]:
    return [
        {
            "place_id": p.place_id, "parent_place_id": p.parent_place_id,
            "place_type": p.place_type, "iso_3166_2": p.iso_3166_2, "kato_code": p.kato_code,
            "name_kk": p.name_kk, "name_kk_latn": p.name_kk_latn, "name_ru": p.name_ru,
            "name_en": p.name_en, "valid_from": p.valid_from, "valid_to": p.valid_to,
            "note": p.note,
        }
        for p in places.values()
    ]  # fmt: skip


def party_rows(parties: Mapping[str, Party]) -> list[dict[str, Any]]:
    return [
        {
            "party_id": p.party_id, "name_kk": p.name_kk, "name_ru": p.name_ru,
            "name_en": p.name_en, "aliases": "|".join(p.aliases) or None,
            "valid_from": p.valid_from, "valid_to": p.valid_to,
            "successor_party_id": p.successor_party_id,
        }
        for p in parties.values()
    ]  # fmt: skip


Kept = Mapping[FieldKey, Claim]


def _kept_by_field(kept: Kept, table: str, fields: Sequence[str]) -> list[dict[str, Any]]:
    """``table``'s kept values of each of ``fields`` by row, in one walk of ``kept`` in its
    own order: a lookup per row and field in ``kept`` itself costs a tuple and a scattered
    probe, seconds at a decade's scale."""
    values: dict[str, dict[str, Any]] = {field: {} for field in fields}
    for (table_, row_key, field), claim in kept.items():
        if table_ == table and field in values:
            values[field][row_key] = claim.value
    return [values[field] for field in fields]


def derive_turnout(
    claimset: ClaimSet, kept: dict[FieldKey, Claim], trust: dict[FieldKey, str]
) -> list[Claim]:
    """Turnout from the counts, for contests whose sources state none (method ``derived``),
    as trusted as the weaker of the two counts; added to ``kept`` and ``trust``."""
    derived: list[Claim] = []
    for contest in claimset.contests:
        key = ("contests", contest, "turnout_pct")
        if key in kept:
            continue
        voters = kept.get(("contests", contest, "registered_voters"))
        cast = kept.get(("contests", contest, "ballots_cast"))
        if voters is None or cast is None or not voters.value:
            continue
        value = round(100 * int(cast.value) / int(voters.value), 2)
        claim = Claim(
            "contests", contest, "turnout_pct", value, cast.source_id,
            f"ballots_cast ({cast.locator}) / registered_voters ({voters.locator})", "derived",
        )  # fmt: skip
        kept[key] = claim
        trust[key] = weakest(
            trust[("contests", contest, f)] for f in ("registered_voters", "ballots_cast")
        )
        derived.append(claim)
    return derived


def _date_status(claimset: ClaimSet, contest_id: str) -> str:
    if claimset.contests[contest_id].election_date is None:
        return "unknown"
    return "inferred" if contest_id in claimset.inferred_dates else "stated"


def place_names(place_id: str, places: Mapping[str, Place]) -> dict[str, str | None]:
    """The place's, its district's and its region's names, for the tables read first."""
    place = places[place_id]
    region = places[place.region_id]
    district = places["/".join(place_id.split("/")[:2])] if "/" in place_id else place
    return {
        "place_name_en": place.name_en, "place_name_ru": place.name_ru,
        "place_name_kk": place.name_kk, "district_name_en": district.name_en,
        "region_name_en": region.name_en, "region_name_ru": region.name_ru,
        "region_name_kk": region.name_kk,
    }  # fmt: skip


def contest_rows(
    claimset: ClaimSet, kept: Kept, places: Mapping[str, Place], trust: Mapping[str, str]
) -> list[dict[str, Any]]:
    counts: dict[str, int] = {}
    for candidate in claimset.candidates.values():
        counts[candidate.contest_id] = counts.get(candidate.contest_id, 0) + 1
    figures = ("registered_voters", "ballots_cast", "invalid_ballots", "against_all", "turnout_pct")
    values = dict(zip(figures, _kept_by_field(kept, "contests", figures), strict=True))
    rows = []
    for key in claimset.contests.values():
        row: dict[str, Any] = {
            "contest_id": key.contest_id, "election_id": key.election_id,
            "place_id": key.place_id, "region_id": places[key.place_id].region_id,
            **place_names(key.place_id, places),
            "polling_stations": None, "candidate_count": counts.get(key.contest_id, 0),
            "date_note": None if key.election_date else "no source gives the election date",
            "date_status": _date_status(claimset, key.contest_id),
            "trust": trust[key.contest_id],
        }  # fmt: skip
        for field, by_row in values.items():
            row[field] = by_row.get(key.contest_id)
        rows.append(row)
    return rows


def person_id(place_id: str, candidate: CandidateKey) -> str:
    """One id per person: the district (region and first place slug) and the name's words
    in sorted order, so the same full name in contests of the same district is one person.
    A key of one word, or an unnamed winner, identifies only its candidacy.

    >>> person_id("KZ-19/talgar/talgar", CandidateKey("c/x", "c", "arystanbek-abilhairuly"))
    'KZ-19/talgar/abilhairuly-arystanbek'
    """
    words = candidate.candidate_key.split("-")
    if len(words) < 2 or candidate.candidate_key == "unnamed-winner":
        return candidate.candidate_id
    district = "/".join(place_id.split("/")[:2])
    return f"{district}/{'-'.join(sorted(words))}"


def candidate_rows(
    claimset: ClaimSet, kept: Kept, evidence: Sequence[Claim], trust: Mapping[str, str]
) -> list[dict[str, Any]]:
    printed: dict[str, list[str]] = {}
    normalized: dict[str, list[str]] = {}
    for claim in evidence:
        if claim.table != "candidates":
            continue
        if claim.field == "name_as_printed":
            printed.setdefault(claim.row_key, []).append(str(claim.value))
        elif claim.field == "name":
            normalized.setdefault(claim.row_key, []).append(str(claim.value))
    nominators, votes, elected = _kept_by_field(
        kept, "candidates", ("nominator", "votes", "elected")
    )
    rows = []
    for key in claimset.candidates.values():
        nominator = nominators.get(key.candidate_id)
        names = printed.get(key.candidate_id, [])
        row: dict[str, Any] = {
            "candidate_id": key.candidate_id, "contest_id": key.contest_id,
            "person_id": person_id(claimset.contests[key.contest_id].place_id, key),
            "name_as_printed": names[0] if names else None,
            "nominator_type": None if nominator is None else ("self" if nominator == "self" else "party"),
            "party_id": None if nominator in (None, "self") else nominator,
            "birth_year": None,
            "votes": votes.get(key.candidate_id),
            "elected": elected.get(key.candidate_id),
            "trust": trust[key.candidate_id],
        }  # fmt: skip
        row.update(with_all_scripts(name_columns(normalized.get(key.candidate_id, []))))
        rows.append(row)
    return rows


def result_rows(
    candidates: Sequence[Mapping[str, Any]],
    contests: Sequence[Mapping[str, Any]],
    trust: Mapping[FieldKey, str],
) -> list[dict[str, Any]]:
    """One row per option; the trust of a candidate's row, and of the against-all figure."""
    rows: list[dict[str, Any]] = [
        {"contest_id": c["contest_id"], "option_id": c["candidate_id"],
         "option_type": "candidate", "option_name": c["display_name"] or c["candidate_id"].rsplit("/", 1)[1],
         "votes": c["votes"], "trust": c["trust"]}
        for c in candidates
    ]  # fmt: skip
    rows += [
        {"contest_id": c["contest_id"], "option_id": ids.AGAINST_ALL,
         "option_type": "against_all", "option_name": "against all", "votes": c["against_all"],
         "trust": trust[("contests", c["contest_id"], "against_all")]}
        for c in contests
        if c["against_all"] is not None
    ]  # fmt: skip
    return rows


def election_rows(claimset: ClaimSet) -> list[dict[str, Any]]:
    elections: dict[str, dict[str, Any]] = {}
    for key in claimset.contests.values():
        row = elections.setdefault(key.election_id, {
            "election_id": key.election_id, "election_date": key.election_date,
            "election_type": key.election_type,
            "status": "held" if key.election_date else "date_unknown", "contest_count": 0,
        })  # fmt: skip
        row["contest_count"] += 1
    return list(elections.values())


def summary_rows(ledger: Ledger) -> list[dict[str, Any]]:
    """One row per summary figure, with its code from the reviewed vocabulary; a label
    without a code is a ledger error naming its line (add it to data/metrics.csv)."""
    from kzvotes.errors import LedgerError, LedgerProblem
    from kzvotes.reference.metrics import METRICS_FILE, metric_codes

    codes = metric_codes()
    unknown = [
        LedgerProblem(
            s.origin.path, s.origin.row, "metric",
            f"{s.metric!r} has no metric_code: add it to data/{METRICS_FILE}",
        )
        for s in ledger.summaries
        if s.metric not in codes
    ]  # fmt: skip
    if unknown:
        raise LedgerError(unknown)
    rows = []
    for s in ledger.summaries:
        period = s.election_date.isoformat() if s.election_date else (s.period_as_printed or "")
        parts = (s.source_url, period, s.scope, s.place_id or "", s.area_as_transcribed, s.metric)
        rows.append({
            "summary_id": f"{ids.publisher_of(s.source_url)}-{ids.short_digest(*parts)}",
            "election_date": s.election_date, "period_as_printed": s.period_as_printed,
            "election_type": s.election_type, "scope": s.scope, "place_id": s.place_id,
            "area_as_transcribed": s.area_as_transcribed or None, "metric": s.metric,
            "metric_code": codes[s.metric],
            "value": s.value, "value_as_printed": s.value_as_printed,
            "is_intermediate": bool(_INTERMEDIATE.search(s.metric)),
            "source_id": ids.url_source_id(s.source_url), "note": s.note or None,
        })  # fmt: skip
    return rows


def guess_language(url: str, host: str | None = None) -> str | None:
    """The language of a cited page, where its address makes it plain; else None.
    ``host`` is the URL's :func:`~kzvotes.ids.publisher_of`, where the caller has it."""
    host = ids.publisher_of(url) if host is None else host
    path = url.lower()
    if host in ("qz.inform.kz",) or "/latyn/" in path:
        return "kk-Latn"
    if host in ("qazinform.com", "astanatimes.com", "menafn.com") or "/en/" in path:
        return "en"
    if re.search(r"/(kk|kz)/", path) or host == "kaz.inform.kz":
        return "kk"
    if "/ru/" in path or host.startswith("ru."):
        return "ru"
    return None


def source_rows(claimset: ClaimSet, archived: Sequence[ArchivedSource]) -> list[dict[str, Any]]:
    # one host per URL (parsing a URL is most of a row's cost, and sources are many)
    hosts = {url: ids.publisher_of(url) for url in claimset.source_urls.values()}
    rows: list[dict[str, Any]] = [
        {
            "source_id": source_id, "url": url, "publisher": hosts[url],
            "publisher_kind": claimset.source_kinds[source_id],
            "language": guess_language(url, hosts[url]),
            "published_date": None, "retrieved_at": None, "sha256": None, "bytes": None,
            "archived": False,
        }
        for source_id, url in claimset.source_urls.items()
    ]  # fmt: skip
    rows += [
        {
            "source_id": doc.sha256, "url": doc.url, "publisher": ids.publisher_of(doc.url),
            "publisher_kind": doc.publisher_kind or "news", "language": doc.language,
            "published_date": doc.published_date, "retrieved_at": doc.retrieved_at,
            "sha256": doc.sha256,
            "bytes": doc.bytes, "archived": True,
        }
        for doc in archived
    ]  # fmt: skip
    return rows


def fact_frame(claims: Sequence[Claim], trust: Mapping[FieldKey, str]) -> pl.DataFrame:
    """The ``facts`` frame: one row per claim behind a published value, with that value's
    trust level (the first of claims with the same key). Built a column at a time: there
    are claims by the hundred thousand."""
    import polars as pl

    # map() with attrgetter reads an attribute without a Python frame per claim
    columns = {
        name: list(map(attrgetter(name), claims))
        for name in ("table", "row_key", "field", "value", "source_id", "locator", "method")
    }
    columns["value"] = [str(v).lower() if isinstance(v, bool) else str(v) for v in columns["value"]]
    columns["trust"] = list(
        map(
            trust.__getitem__,
            zip(columns["table"], columns["row_key"], columns["field"], strict=True),
        )
    )
    key = load_table_schema("facts")["primaryKey"]
    facts = pl.DataFrame(columns, schema=dict.fromkeys(columns, pl.String))
    facts = facts.unique(subset=key, keep="first", maintain_order=True)
    return (
        facts.select(field_names("facts"))
        .cast(pl.Schema(polars_dtypes("facts")))
        .sort(key, nulls_last=True)
    )


def with_measures(
    contests: pl.DataFrame, candidates: pl.DataFrame
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The contests and candidates frames with their derived measures filled in
    (:mod:`kzvotes.build.measures`), in their schemas' column order and dtypes."""
    import polars as pl

    from kzvotes.build.measures import candidate_measures, contest_measures

    def filled(table: str, frame_: pl.DataFrame, measures: pl.DataFrame, key: str) -> pl.DataFrame:
        added = [c for c in measures.columns if c != key]
        joined = frame_.drop(added).join(measures, on=key, how="left", maintain_order="left")
        return joined.select(field_names(table)).cast(pl.Schema(polars_dtypes(table)))

    return (
        filled("contests", contests, contest_measures(candidates, contests), "contest_id"),
        filled("candidates", candidates, candidate_measures(candidates, contests), "candidate_id"),
    )


MEASURE_FIELDS = {
    "contests": ("winner_candidate_id", "runner_up_candidate_id", "margin_pct",
                 "effective_number_of_candidates", "against_all_pct", "share_base",
                 "contested", "winner_nominator", "completeness"),
    "candidates": ("vote_share_pct", "share_base"),
}  # fmt: skip


def measure_facts(contests: pl.DataFrame, candidates: pl.DataFrame, kept: Kept) -> pl.DataFrame:
    """A ``derived`` fact per measure value, as trusted as its row: it cites the document of
    the contest's first counted value (a candidate's votes, against all or ballots cast) and
    names the schema field whose description gives the formula."""
    import polars as pl

    cited: dict[str, str] = {}
    counted = [
        item for item in kept.items() if item[0][2] in ("votes", "against_all", "ballots_cast")
    ]
    for (table, row_key, _), claim in sorted(counted):  # sorted: the same every run
        contest = row_key.rsplit("/", 1)[0] if table == "candidates" else row_key
        cited.setdefault(contest, claim.source_id)
    sources = pl.DataFrame(
        {"contest_id": list(cited), "source_id": list(cited.values())},
        schema={"contest_id": pl.String, "source_id": pl.String},
    )
    long = [
        frame_.select(
            pl.col(key).alias("row_key"), "contest_id", "trust",
            *(pl.col(name).cast(pl.String) for name in MEASURE_FIELDS[table]),
        )
        .unpivot(index=["row_key", "contest_id", "trust"], variable_name="field", value_name="value")
        .drop_nulls("value")
        .with_columns(
            table=pl.lit(table),
            locator=pl.format("derived: schemas/{}.json {}", pl.lit(table), pl.col("field")),
            method=pl.lit("derived"),
        )
        for table, frame_, key in (
            ("contests", contests, "contest_id"),
            ("candidates", candidates, "candidate_id"),
        )
    ]  # fmt: skip
    facts = pl.concat(long).join(sources, on="contest_id").select(field_names("facts"))
    return facts.cast(pl.Schema(polars_dtypes("facts")))
