"""Claims as one long polars frame: the shape in which the build reconciles and publishes.

At a decade's scale the ledger states half a million values; they are read into one frame
(:func:`ledger_claims`, an unpivot of the results rows), never into an object each. Its
columns are :data:`CLAIM_COLUMNS`: the claim's ``table``, ``row_key`` and ``field``, its
``value`` as the published text (:func:`claim_text`), ``source_id``, ``locator``,
``method``, ``origin`` (messages only) and the ``contest_id`` of its row.

The few values read from archived documents stay :class:`~kzvotes.build.claims.Claim`
objects: the trust gate (:mod:`kzvotes.build.gate`) judges each document's view of a
contest. Only the contests they touch take that path, with the ledger's claims of those
contests made objects again (:func:`claim_objects`). Every other contest has hand-checked
values only, and is reconciled here by frame operations (:func:`reconcile_ledger`) under
the same rules: the first source in ledger order is kept, a differing one is a conflict.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kzvotes.build.claims import CANDIDATE_FIELDS, Claim, ClaimSet, Value
from kzvotes.build.fields import CONTEST_FIGURES, LEDGER_COUNTS, TURNOUT
from kzvotes.build.ledger import POPULAR_ELECTION_TYPES
from kzvotes.build.ledger_frame import LedgerFrame
from kzvotes.build.reconcile import CHECKED

if TYPE_CHECKING:
    import polars as pl

CLAIM_COLUMNS = ("table", "row_key", "field", "value", "source_id", "locator", "method",
                 "origin", "contest_id")  # fmt: skip
_CONVERTED = re.compile(r"converted to nominative", re.IGNORECASE)
# the transcriber's mark of a date read from context, not printed ("date INFERRED: ...")
_INFERRED_DATE = re.compile(
    r"\bdate\b[^.;]*\binferred\b|\binferred\b[^.;]*\bdate\b|year \d{4} inferred", re.IGNORECASE
)
# Each field's value back from its text: exact, since the text is str() of the value.
# A figure is a whole number or, when the schema says number (a percentage), a float.
_FROM_TEXT: dict[str, Callable[[str], Value]] = {
    **{f: int if f in LEDGER_COUNTS else float for f in (*CONTEST_FIGURES, *LEDGER_COUNTS)},
    "elected": lambda text: text == "true",
}
_SPELLINGS = ("name", "name_as_printed")  # printed names never conflict


def claim_text(value: Value) -> str:
    """A value as ``facts`` and ``pending`` publish it (booleans in lower case)."""
    return str(value).lower() if isinstance(value, bool) else str(value)


def claim_schema() -> dict[str, pl.DataType]:
    import polars as pl

    return dict.fromkeys(CLAIM_COLUMNS, pl.String())


def ledger_claims(ledger: LedgerFrame, claimset: ClaimSet) -> pl.DataFrame:
    """Every figure of the ledger's results as a claim (method ``transcribed``); the
    contests, candidates and cited sources are added to ``claimset``.

    The claims of one field of one row are in ledger order, and ``order`` (a column beyond
    :data:`CLAIM_COLUMNS`) sorts all of them as the ledger states them: row by row, each
    row's fields in the order of ``CONTEST_FIGURES`` and ``CANDIDATE_FIELDS``. Contest
    figures repeated on each candidate row of the same source are one claim. Indirect
    elections (by maslikhat deputies) are not popular votes and are skipped.
    """
    import polars as pl

    rows = ledger.results.filter(pl.col("election_type").is_in(POPULAR_ELECTION_TYPES))
    contests: list[str] = []
    candidates: list[str | None] = []
    notes = rows.get_column("note").to_list()
    for types, day, place, key, note in zip(
        *(rows.get_column(n).to_list() for n in ("election_type", "election_date", "place_id",
                                                  "candidate_key")), notes, strict=True,
    ):  # fmt: skip
        contest = claimset.add_contest(types, day, place)
        if day and note and _INFERRED_DATE.search(note):
            claimset.inferred_dates.add(contest)
        contests.append(contest)
        candidates.append(None if key is None else claimset.add_candidate(contest, key))
    # the transcriber put some Russian names into the nominative: not as printed
    converted = {note for note in set(notes) if note and _CONVERTED.search(note)}
    wide = rows.with_columns(
        row=pl.int_range(pl.len(), dtype=pl.Int64),
        contest_id=pl.Series(contests, dtype=pl.String),
        candidate_id=pl.Series(candidates, dtype=pl.String),
        source_id=pl.col("source_url").replace_strict(
            {u: claimset.source_id(u) for u in rows.get_column("source_url").unique().to_list()}
        ),
        name="candidate_name",
        name_as_printed=pl.when(~pl.col("note").is_in(list(converted))).then("candidate_name"),
        # str() of a float, as Python prints it (the published text of a percentage)
        turnout_pct=pl.Series(
            [None if v is None else str(v) for v in rows.get_column("turnout_pct").to_list()],
            dtype=pl.String,
        ),
    )  # fmt: skip
    index = ["row", "contest_id", "source_id", "file", "line", "row_key"]
    field_order = {f: n for n, f in enumerate((*CONTEST_FIGURES, *CANDIDATE_FIELDS))}
    long = [
        wide.filter(pl.col(key).is_not_null())
        .select(*index[:-1], pl.col(key).alias("row_key"),
                *(pl.col(f).cast(pl.String) for f in fields))
        .unpivot(on=list(fields), index=index, variable_name="field")
        .drop_nulls("value")
        .with_columns(table=pl.lit(table))
        for table, key, fields in (("contests", "contest_id", CONTEST_FIGURES),
                                   ("candidates", "candidate_id", CANDIDATE_FIELDS))
    ]  # fmt: skip
    # one contest figure per source: the first row that states it (a candidate is stated
    # once per source, or the ledger would not have been read)
    long[0] = long[0].unique(["row_key", "field", "source_id"], keep="first", maintain_order=True)
    claims = pl.concat(long)
    stating = set(claims.get_column("row").unique().to_list())
    for n, (url, kind) in enumerate(rows.select("source_url", "source_kind").iter_rows()):
        if candidates[n] is None or n in stating:  # cited by a contest-only or stating row
            claimset.cite(url, kind)
    for summary in ledger.summaries:
        claimset.cite(summary.source_url, summary.source_kind)
    return claims.select(
        "table", "row_key", "field", "value", "source_id",
        locator=pl.format("ledger/{}", "file"), method=pl.lit("transcribed"),
        origin=pl.format("ledger/{}:{}", "file", "line"), contest_id="contest_id",
        order=pl.col("row") * 16 + pl.col("field").replace_strict(field_order),
    )  # fmt: skip


def claim_objects(claims: pl.DataFrame) -> list[Claim]:
    """The frame's claims as objects, with their values typed again (for the trust gate)."""
    return [
        Claim(table, row_key, field, _typed(field, value), source_id, locator, method, origin or "")
        for table, row_key, field, value, source_id, locator, method, origin in claims.select(
            CLAIM_COLUMNS[:-1]
        ).iter_rows()
    ]


def _typed(field: str, text: str) -> Value:
    parse = _FROM_TEXT.get(field)
    return text if parse is None else parse(text)


def claims_frame(
    claims: Sequence[Claim], contest_of: Mapping[str, str], trust: Mapping | None = None
) -> pl.DataFrame:
    """Claim objects as a frame of :data:`CLAIM_COLUMNS` (and ``trust``, looked up by the
    claim's field key, when ``trust`` is given)."""
    import polars as pl

    columns: dict[str, list[object]] = {
        "table": [c.table for c in claims],
        "row_key": [c.row_key for c in claims],
        "field": [c.field for c in claims],
        "value": [claim_text(c.value) for c in claims],
        "source_id": [c.source_id for c in claims],
        "locator": [c.locator for c in claims],
        "method": [c.method for c in claims],
        "origin": [c.origin or None for c in claims],
        "contest_id": [
            c.row_key if c.table == "contests" else contest_of[c.row_key] for c in claims
        ],
    }
    schema = claim_schema()
    if trust is not None:
        columns["trust"] = [trust[(c.table, c.row_key, c.field)] for c in claims]
        schema["trust"] = pl.String()
    return pl.DataFrame(columns, schema=schema)


def _python_text(value: pl.Expr) -> pl.Expr:
    """The text ``str()`` gives a value (``True``, not ``true``), as ``conflicts`` print it."""
    import polars as pl

    return (
        pl.when(pl.col("field") == "elected")
        .then(value.replace({"true": "True", "false": "False"}))
        .otherwise(value)
    )


def _same_value(a: pl.Expr, b: pl.Expr) -> pl.Expr:
    """:func:`kzvotes.build.reconcile.same_value` on the texts of two values of a field."""
    import polars as pl

    close = (a.cast(pl.Float64, strict=False) - b.cast(pl.Float64, strict=False)).abs()
    return pl.when(pl.col("field") == "turnout_pct").then(close < 0.05 + 1e-9).otherwise(a == b)


@dataclass(frozen=True)
class LedgerReconciled:
    """The reconciled hand-checked claims: the kept value of every field (all ``checked``),
    the claims behind them (``facts``), and the ``conflicts`` between ledger sources."""

    kept: pl.DataFrame
    evidence: pl.DataFrame
    conflicts: pl.DataFrame


def reconcile_ledger(claims: pl.DataFrame) -> LedgerReconciled:
    """The rules of :func:`kzvotes.build.reconcile.reconcile` for transcribed claims only:
    the first claim of a field in ledger order is kept and ``checked``; a claim that differs
    from it is a conflict (a printed name never is), one per other source."""
    import polars as pl

    key = ["table", "row_key", "field"]
    claims = claims.with_columns(trust=pl.lit(CHECKED))
    # most fields have one source: their claim is kept and is its own evidence, as it is
    # (the frames share their columns; nothing is copied)
    repeated = pl.struct(key).is_duplicated()
    if not claims.select(repeated.any()).item():
        return LedgerReconciled(claims, claims, _no_conflicts())
    single, several = claims.filter(~repeated), claims.filter(repeated)
    kept = several.group_by(key, maintain_order=True).first()
    paired = several.join(
        kept.select(*key, kept_value="value", kept_source_id="source_id"),
        on=key,
        maintain_order="left",
    ).with_columns(
        agrees=pl.col("field").is_in(_SPELLINGS)
        | _same_value(pl.col("value"), pl.col("kept_value"))
    )
    conflicts = (
        paired.filter(~pl.col("agrees"))
        .unique([*key, "source_id"], keep="first", maintain_order=True)
        .select(
            contest_id="contest_id",
            field=pl.format("{}.{}", "table", "field"),
            row_key="row_key",
            kept_value=_python_text(pl.col("kept_value")),
            kept_source_id="kept_source_id",
            other_value=_python_text(pl.col("value")),
            other_source_id="source_id",
            reason=pl.lit(
                "first transcribed source in ledger order is kept; both are published in facts"
            ),
        )
    )
    evidence = paired.filter("agrees").select(claims.columns)
    return LedgerReconciled(pl.concat([single, kept]), pl.concat([single, evidence]), conflicts)


def _no_conflicts() -> pl.DataFrame:
    import polars as pl

    from kzvotes.schema import polars_dtypes

    return pl.DataFrame(schema=polars_dtypes("conflicts"))


def derived_turnout(kept: pl.DataFrame, contest_ids: Iterable[str]) -> pl.DataFrame:
    """Turnout from the kept counts (method ``derived``) of the contests in ``contest_ids``
    that keep none, as :func:`kzvotes.build.normalize.derive_turnout` makes it (rounded by
    Python, so that the published text is the same); hand-checked counts make it checked."""
    import polars as pl

    share = TURNOUT
    part, whole, result = share.part, share.whole, share.field
    figures = kept.filter(
        (pl.col("table") == "contests")
        & pl.col("field").is_in((whole, part, result))
        & pl.col("row_key").is_in(list(contest_ids))
    )
    wide = figures.pivot(
        on="field", index="row_key", values=["value", "source_id", "locator"],
        aggregate_function="first",
    )  # fmt: skip
    for name in (f"value_{whole}", f"value_{part}", f"value_{result}", f"source_id_{part}",
                 f"locator_{part}", f"locator_{whole}"):  # fmt: skip
        if name not in wide.columns:
            wide = wide.with_columns(pl.lit(None, pl.String).alias(name))
    needed = wide.filter(
        pl.col(f"value_{result}").is_null()
        & pl.col(f"value_{part}").is_not_null()
        & pl.col(f"value_{whole}").is_not_null()
        & (pl.col(f"value_{whole}") != "0")
    )
    values = [
        str(round(100 * int(counted) / int(of), 2))
        for counted, of in needed.select(f"value_{part}", f"value_{whole}").iter_rows()
    ]
    return needed.select(
        table=pl.lit("contests"),
        row_key="row_key",
        field=pl.lit(result),
        value=pl.Series(values, dtype=pl.String),
        source_id=f"source_id_{part}",
        locator=pl.format(f"{part} ({{}}) / {whole} ({{}})", f"locator_{part}", f"locator_{whole}"),
        method=pl.lit("derived"),
        origin=pl.lit(None, pl.String),
        contest_id="row_key",
        trust=pl.lit(CHECKED),
    )  # fmt: skip
