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

from kzvotes.build.claims import CANDIDATE_FIELDS, CONTEST_FIELDS, Claim, ClaimSet, Value
from kzvotes.build.ledger import POPULAR_ELECTION_TYPES, Ledger
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
_FROM_TEXT: dict[str, Callable[[str], Value]] = {
    "registered_voters": int, "ballots_cast": int, "against_all": int, "invalid_ballots": int,
    "votes": int, "turnout_pct": float, "elected": lambda text: text == "true",
}  # fmt: skip
_SPELLINGS = ("name", "name_as_printed")  # printed names never conflict


def claim_text(value: Value) -> str:
    """A value as ``facts`` and ``pending`` publish it (booleans in lower case)."""
    return str(value).lower() if isinstance(value, bool) else str(value)


def claim_schema() -> dict[str, pl.DataType]:
    import polars as pl

    return dict.fromkeys(CLAIM_COLUMNS, pl.String())


def ledger_claims(ledger: Ledger, claimset: ClaimSet) -> pl.DataFrame:
    """Every figure of the ledger's results as a claim (method ``transcribed``), in ledger
    order; the contests, candidates and cited sources are added to ``claimset``.

    Contest figures repeated on each candidate row of the same source are one claim.
    Indirect elections (by maslikhat deputies) are not popular votes and are skipped.
    """
    import polars as pl

    rows = [r for r in ledger.results if r.election_type in POPULAR_ELECTION_TYPES]
    contests: list[str] = []
    candidates: list[str | None] = []
    for row in rows:
        contest = claimset.add_contest(row.election_type, row.election_date, row.place_id)
        if row.election_date and row.note and _INFERRED_DATE.search(row.note):
            claimset.inferred_dates.add(contest)
        contests.append(contest)
        key = row.candidate_key
        candidates.append(None if key is None else claimset.add_candidate(contest, key))

    def column(name: str) -> list[object]:
        return [getattr(r, name) for r in rows]

    names = column("candidate_name")
    wide = pl.DataFrame(
        {
            "row": range(len(rows)), "contest_id": contests, "candidate_id": candidates,
            "source_id": [claimset.source_id(r.source_url) for r in rows],
            "file": [r.origin.path.name for r in rows], "line": [r.origin.row for r in rows],
            **{f: column(f) for f in CONTEST_FIELDS if f != "turnout_pct"},
            # str() of a float, as Python prints it (the published text of a percentage)
            "turnout_pct": [None if v is None else str(v) for v in column("turnout_pct")],
            "name": names,
            # the transcriber put some Russian names into the nominative: not as printed
            "name_as_printed": [
                None if r.note and _CONVERTED.search(r.note) else name
                for r, name in zip(rows, names, strict=True)
            ],
            "nominator": column("nominator"), "votes": column("votes"),
            "elected": column("elected"),
        },
        schema_overrides={"candidate_id": pl.String, "elected": pl.Boolean,
                          **dict.fromkeys(("registered_voters", "ballots_cast", "against_all",
                                           "invalid_ballots", "votes"), pl.Int64)},
    )  # fmt: skip
    order = {f: n for n, f in enumerate((*CONTEST_FIELDS, *CANDIDATE_FIELDS))}
    long = [
        wide.filter(pl.col(key).is_not_null())
        .select("row", "contest_id", "source_id", "file", "line", pl.col(key).alias("row_key"),
                *(pl.col(f).cast(pl.String) for f in fields))
        .unpivot(on=list(fields), index=["row", "contest_id", "source_id", "file", "line",
                                          "row_key"], variable_name="field")
        .with_columns(table=pl.lit(table))
        for table, key, fields in (("contests", "contest_id", CONTEST_FIELDS),
                                   ("candidates", "candidate_id", CANDIDATE_FIELDS))
    ]  # fmt: skip
    claims = (
        pl.concat(long)
        .drop_nulls("value")
        .with_columns(field_order=pl.col("field").replace_strict(order, return_dtype=pl.Int32))
        .sort("row", "field_order")
        # one claim per figure and source: the first row that states it
        .unique(["table", "row_key", "field", "source_id"], keep="first", maintain_order=True)
    )
    _cite(claimset, ledger, rows, set(claims.get_column("row").unique().to_list()), candidates)
    return claims.select(
        "table", "row_key", "field", "value", "source_id",
        locator=pl.format("ledger/{}", "file"), method=pl.lit("transcribed"),
        origin=pl.format("ledger/{}:{}", "file", "line"), contest_id="contest_id",
    )  # fmt: skip


def _cite(
    claimset: ClaimSet,
    ledger: Ledger,
    rows: Sequence[object],
    stating: set[int],
    candidates: Sequence[str | None],
) -> None:
    """Cite, in ledger order, the source of every contest-only row and of every row that
    states a claim, then the summaries' sources (the first kind given to a URL stays)."""
    for n, row in enumerate(rows):
        if candidates[n] is None or n in stating:
            claimset.cite(row.source_url, row.source_kind)  # type: ignore[attr-defined]
    for summary in ledger.summaries:
        claimset.cite(summary.source_url, summary.source_kind)


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
    kept = claims.group_by(key, maintain_order=True).first().with_columns(trust=pl.lit(CHECKED))
    paired = claims.join(
        kept.select(*key, kept_value="value", kept_source_id="source_id"),
        on=key,
        maintain_order="left",
    ).with_columns(
        agrees=pl.col("field").is_in(_SPELLINGS)
        | _same_value(pl.col("value"), pl.col("kept_value"))
    )
    evidence = paired.filter("agrees").select(*CLAIM_COLUMNS, trust=pl.lit(CHECKED))
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
    return LedgerReconciled(kept, evidence, conflicts)


def derived_turnout(kept: pl.DataFrame, contest_ids: Iterable[str]) -> pl.DataFrame:
    """Turnout from the kept counts (method ``derived``) of the contests in ``contest_ids``
    that keep none, as :func:`kzvotes.build.normalize.derive_turnout` makes it (rounded by
    Python, so that the published text is the same); hand-checked counts make it checked."""
    import polars as pl

    figures = kept.filter(
        (pl.col("table") == "contests")
        & pl.col("field").is_in(("registered_voters", "ballots_cast", "turnout_pct"))
        & pl.col("row_key").is_in(list(contest_ids))
    )
    wide = figures.pivot(
        on="field", index="row_key", values=["value", "source_id", "locator"],
        aggregate_function="first",
    )  # fmt: skip
    for name in ("value_registered_voters", "value_ballots_cast", "value_turnout_pct",
                 "source_id_ballots_cast", "locator_ballots_cast",
                 "locator_registered_voters"):  # fmt: skip
        if name not in wide.columns:
            wide = wide.with_columns(pl.lit(None, pl.String).alias(name))
    needed = wide.filter(
        pl.col("value_turnout_pct").is_null()
        & pl.col("value_ballots_cast").is_not_null()
        & pl.col("value_registered_voters").is_not_null()
        & (pl.col("value_registered_voters") != "0")
    )
    values = [
        str(round(100 * int(cast) / int(voters), 2))
        for cast, voters in needed.select(
            "value_ballots_cast", "value_registered_voters"
        ).iter_rows()
    ]
    return needed.select(
        table=pl.lit("contests"),
        row_key="row_key",
        field=pl.lit("turnout_pct"),
        value=pl.Series(values, dtype=pl.String),
        source_id="source_id_ballots_cast",
        locator=pl.format("ballots_cast ({}) / registered_voters ({})",
                          "locator_ballots_cast", "locator_registered_voters"),
        method=pl.lit("derived"),
        origin=pl.lit(None, pl.String),
        contest_id="row_key",
        trust=pl.lit(CHECKED),
    )  # fmt: skip
