"""Tidy tables from the reconciled claims, the ledger and the reference data (polars).

Every frame has exactly the columns of its Table Schema, in order, with the schema's
dtypes, sorted by its primary key so outputs are byte-identical run to run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from kzvotes import ids
from kzvotes.archive.sources import ArchivedSource
from kzvotes.build.claims import CandidateKey, Claim, ClaimSet, ContestKey
from kzvotes.build.fields import CONTEST_FIGURES, TURNOUT
from kzvotes.build.ledger import SummaryRow
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


def derive_turnout(
    claimset: ClaimSet, kept: dict[FieldKey, Claim], trust: dict[FieldKey, str]
) -> list[Claim]:
    """Turnout from the counts, for contests whose sources state none (method ``derived``),
    as trusted as the weaker of the two counts; added to ``kept`` and ``trust``."""
    derived: list[Claim] = []
    share = TURNOUT
    for contest in claimset.contests:
        key = ("contests", contest, share.field)
        if key in kept:
            continue
        whole = kept.get(("contests", contest, share.whole))
        part = kept.get(("contests", contest, share.part))
        if whole is None or part is None or not whole.value:
            continue
        value = round(100 * int(part.value) / int(whole.value), 2)
        claim = Claim(
            "contests", contest, share.field, value, part.source_id,
            f"{share.part} ({part.locator}) / {share.whole} ({whole.locator})", "derived",
        )  # fmt: skip
        kept[key] = claim
        trust[key] = weakest(trust[("contests", contest, f)] for f in (share.whole, share.part))
        derived.append(claim)
    return derived


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


def shaped(table: str, df: pl.DataFrame) -> pl.DataFrame:
    """``df`` with exactly the columns (a missing one empty) and dtypes of ``table``'s
    schema, sorted by its key: what :func:`frame` makes of rows, made of a frame.

    A frame that has them already is only sorted: any other step would copy it whole
    (the facts are the build's largest frame, concatenated from parts)."""
    import polars as pl

    dtypes = polars_dtypes(table)
    if df.schema != pl.Schema(dtypes):
        missing = [pl.lit(None, t).alias(n) for n, t in dtypes.items() if n not in df.columns]
        df = df.with_columns(missing).select(field_names(table)).cast(pl.Schema(dtypes))
    return df.sort(load_table_schema(table)["primaryKey"], nulls_last=True)


def _kept_wide(kept: pl.DataFrame, table: str, fields: Sequence[str]) -> pl.DataFrame:
    """``table``'s kept values as text, one column per field of ``fields`` and a row per
    ``row_key`` that keeps any (the long claims pivoted)."""
    import polars as pl

    long = kept.filter((pl.col("table") == table) & pl.col("field").is_in(list(fields)))
    if long.is_empty():
        return pl.DataFrame(schema=dict.fromkeys(("row_key", *fields), pl.String))
    wide = long.pivot(on="field", index="row_key", values="value", aggregate_function="first")
    return wide.with_columns(
        pl.lit(None, pl.String).alias(f) for f in fields if f not in wide.columns
    )


def contest_frame(
    contests: Sequence[ContestKey],
    inferred_dates: set[str],
    candidate_counts: Mapping[str, int],
    kept: pl.DataFrame,
    places: Mapping[str, Place],
    trust: Mapping[str, str],
) -> pl.DataFrame:
    """The ``contests`` table (before its measures): a row per published contest, its
    figures the kept values, its place's names from the gazetteer."""
    import polars as pl

    named = {p: place_names(p, places) for p in {c.place_id for c in contests}}
    name_columns_ = list(next(iter(named.values()), {}))
    keys = pl.DataFrame(
        {
            "contest_id": [c.contest_id for c in contests],
            "election_id": [c.election_id for c in contests],
            "place_id": [c.place_id for c in contests],
            "region_id": [places[c.place_id].region_id for c in contests],
            **{col: [named[c.place_id][col] for c in contests] for col in name_columns_},
            "candidate_count": [candidate_counts.get(c.contest_id, 0) for c in contests],
            "date_note": [
                None if c.election_date else "no source gives the election date" for c in contests
            ],
            "date_status": [
                "unknown" if c.election_date is None
                else "inferred" if c.contest_id in inferred_dates else "stated"
                for c in contests
            ],
            "trust": [trust[c.contest_id] for c in contests],
        },
        schema_overrides={"contest_id": pl.String, "candidate_count": pl.Int64},
    )  # fmt: skip
    values = _kept_wide(kept, "contests", CONTEST_FIGURES).rename({"row_key": "contest_id"})
    return shaped("contests", keys.join(values, on="contest_id", how="left"))


def candidate_frame(
    candidates: Sequence[CandidateKey],
    place_of: Mapping[str, str],
    kept: pl.DataFrame,
    evidence: pl.DataFrame,
    trust: Mapping[str, str],
) -> pl.DataFrame:
    """The ``candidates`` table (before its measures): a row per published candidate, its
    figures the kept values, its names the spellings of the evidence, in claim order
    (``place_of`` maps a contest to its place, for the person's id)."""
    import polars as pl

    spellings = (
        evidence.filter(
            (pl.col("table") == "candidates") & pl.col("field").is_in(("name", "name_as_printed"))
        )
        .group_by("row_key", "field", maintain_order=True)
        .agg("value")
    )
    printed: dict[str, list[str]] = {}
    normalized: dict[str, list[str]] = {}
    for row_key, field, values in spellings.iter_rows():
        (printed if field == "name_as_printed" else normalized)[row_key] = values
    scripts: dict[tuple[str, ...], dict[str, str | None]] = {}  # names repeat across contests

    def names_of(candidate_id: str) -> dict[str, str | None]:
        key = tuple(normalized.get(candidate_id, ()))
        if key not in scripts:
            scripts[key] = with_all_scripts(name_columns(key))
        return scripts[key]

    named = [names_of(c.candidate_id) for c in candidates]
    keys = pl.DataFrame(
        {
            "candidate_id": [c.candidate_id for c in candidates],
            "contest_id": [c.contest_id for c in candidates],
            "person_id": [person_id(place_of[c.contest_id], c) for c in candidates],
            "name_as_printed": [_first(printed.get(c.candidate_id)) for c in candidates],
            **{col: [n[col] for n in named] for col in (*NAME_COLUMNS, "name_origin",
                                                          "display_name")},
            "trust": [trust[c.candidate_id] for c in candidates],
        },
        schema_overrides={"candidate_id": pl.String, "name_as_printed": pl.String},
    )  # fmt: skip
    values = _kept_wide(kept, "candidates", ("nominator", "votes", "elected"))
    nominator = pl.col("nominator")
    return shaped(
        "candidates",
        keys.join(values.rename({"row_key": "candidate_id"}), on="candidate_id", how="left")
        .with_columns(
            nominator_type=pl.when(nominator == "self").then(pl.lit("self"))
            .when(nominator.is_not_null()).then(pl.lit("party")),
            party_id=pl.when(nominator != "self").then(nominator),
            elected=pl.col("elected") == "true",
        ),
    )  # fmt: skip


def _first(values: Sequence[str] | None) -> str | None:
    return values[0] if values else None


def result_frame(
    candidates: pl.DataFrame, contests: pl.DataFrame, kept: pl.DataFrame
) -> pl.DataFrame:
    """One row per option; the trust of a candidate's row, and of the against-all figure."""
    import polars as pl

    against_trust = kept.filter(
        (pl.col("table") == "contests") & (pl.col("field") == "against_all")
    ).select(contest_id="row_key", trust="trust")
    options = [
        candidates.select(
            "contest_id", option_id="candidate_id", option_type=pl.lit("candidate"),
            option_name=pl.coalesce("display_name",
                                    pl.col("candidate_id").str.extract(r"([^/]*)$")),
            votes="votes", trust="trust",
        ),
        contests.filter(pl.col("against_all").is_not_null())
        .select("contest_id", "against_all")
        .join(against_trust, on="contest_id", how="left")
        .select(
            "contest_id", option_id=pl.lit(ids.AGAINST_ALL), option_type=pl.lit("against_all"),
            option_name=pl.lit("against all"), votes="against_all", trust="trust",
        ),
    ]  # fmt: skip
    return shaped("results", pl.concat(options))


def election_frame(contests: Sequence[ContestKey]) -> pl.DataFrame:
    """A row per election of the published contests, with how many contests it has."""
    import polars as pl

    keys = pl.DataFrame(
        {
            "election_id": [c.election_id for c in contests],
            "election_date": [c.election_date for c in contests],
            "election_type": [c.election_type for c in contests],
        },
        schema={"election_id": pl.String, "election_date": pl.Date, "election_type": pl.String},
    )
    elections = keys.group_by("election_id", maintain_order=True).agg(
        pl.col("election_date").first(), pl.col("election_type").first(),
        contest_count=pl.len(),
    ).with_columns(
        status=pl.when(pl.col("election_date").is_not_null())
        .then(pl.lit("held")).otherwise(pl.lit("date_unknown"))
    )  # fmt: skip
    return shaped("elections", elections)


def fact_frame(*parts: pl.DataFrame) -> pl.DataFrame:
    """The ``facts`` frame: one row per claim behind a published value, with that value's
    trust level, from ``parts`` that each hold one claim per key of ``facts`` and share no
    key (one sort of the whole, not one per part: there are claims by the hundred thousand)."""
    import polars as pl

    names = field_names("facts")
    return shaped("facts", pl.concat([part.select(names) for part in parts]))


def first_per_key(evidence: pl.DataFrame) -> pl.DataFrame:
    """Of claims with the same key of ``facts``, the first."""
    key = load_table_schema("facts")["primaryKey"]
    return evidence.unique(subset=key, keep="first", maintain_order=True)


def summary_rows(summaries: Sequence[SummaryRow]) -> list[dict[str, Any]]:
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
        for s in summaries
        if s.metric not in codes
    ]  # fmt: skip
    if unknown:
        raise LedgerError(unknown)
    rows = []
    for s in summaries:
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


def publishers(urls: Iterable[str]) -> dict[str, str]:
    """:func:`~kzvotes.ids.publisher_of` of each URL, by URL. Sources are many (a decade's
    ledger cites one page per contest) and parsing a URL is most of a row's cost, so the
    plain ones (``http(s)://`` and a lower-case host of letters, digits, dots and dashes)
    are read by one expression; any other is parsed as ``publisher_of`` parses it."""
    import polars as pl

    host = pl.col("url").str.extract(r"^https?://([a-z0-9.-]+)(?:[/?#]|$)")
    read = pl.DataFrame({"url": list(dict.fromkeys(urls))}, schema={"url": pl.String}).select(
        "url", host=host.str.strip_chars_end(".").str.strip_prefix("www.")
    )
    return {
        url: ids.publisher_of(url) if found is None else found for url, found in read.iter_rows()
    }


def source_rows(claimset: ClaimSet, archived: Sequence[ArchivedSource]) -> list[dict[str, Any]]:
    hosts = publishers(claimset.source_urls.values())
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


def with_measures(
    contests: pl.DataFrame, candidates: pl.DataFrame
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The contests and candidates frames with their derived measures filled in
    (:mod:`kzvotes.build.measures`), in their schemas' column order and dtypes."""
    import polars as pl

    from kzvotes.build.measures import candidate_measures, contest_measures

    def filled(table: str, frame_: pl.DataFrame, measures: pl.DataFrame, key: str) -> pl.DataFrame:
        added = [c for c in measures.columns if c != key]
        joined = frame_.drop(added, strict=False).join(
            measures, on=key, how="left", maintain_order="left"
        )
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


def measure_facts(
    contests: pl.DataFrame, candidates: pl.DataFrame, kept: pl.DataFrame
) -> pl.DataFrame:
    """A ``derived`` fact per measure value, as trusted as its row: it cites the document of
    the contest's first counted value (a candidate's votes, against all or ballots cast, in
    the order of their keys) and names the schema field whose description gives the formula."""
    import polars as pl

    sources = (
        kept.filter(pl.col("field").is_in(("votes", "against_all", "ballots_cast")))
        .sort("table", "row_key", "field")  # sorted: the same every run
        .group_by("contest_id", maintain_order=True)
        .agg(pl.col("source_id").first())
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
