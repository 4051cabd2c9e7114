"""The package as one XLSX workbook for spreadsheet users.

The first sheet, ``results``, is flat: one row per option of a contest (each candidate,
and against all where published) with the election, region, district, the candidate's
names and party, votes, share and whether elected. Then one sheet per table a spreadsheet
user opens (:data:`WORKBOOK_TABLES`), named like the table, with the CSV's column names as
headers, each carrying its title and description as a note; the last sheet, ``about``,
says where the other tables are. The lineage (``facts``), the check results (``checks``),
``conflicts``, ``source_revisions`` and the long ``results`` table stay in the CSV, Parquet
and SQLite files: at a decade's scale they are most of the cells and no one reads them in a
spreadsheet. Rows are streamed (xlsxwriter's constant-memory mode), so memory does not
grow with the package.

Text is always written as text, never as a formula; a text cell that starts with ``=``,
``+``, ``-`` or ``@`` also gets Excel's quote prefix, so editing it cannot turn it into a
formula (CSV-injection hardening). The workbook is deterministic: its properties and
created date come from the inputs and xlsxwriter stores fixed zip timestamps.

>>> write_xlsx(tables, Path("data/kz-akim-elections.xlsx"), created="2026-11-27T00:00:00Z")  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kzvotes.publish.formats.xlsx_rows import (
    Styles,
    needs_date_style,
    needs_quote_prefix,
    rows_xml,
    sheet_member,
    splice_rows,
    workbook_styles,
)
from kzvotes.publish.written import remember_sources
from kzvotes.schema import TABLE_NAMES, load_table_schema

if TYPE_CHECKING:
    import polars as pl

FLAT_SHEET = "results"
ABOUT_SHEET = "about"
# The published tables that get a sheet of their own, in sheet order.
WORKBOOK_TABLES = (
    "contests",
    "candidates",
    "elections",
    "places",
    "parties",
    "summaries",
    "sources",
)

# The flat sheet's columns: (name, title) in order.
FLAT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("election_id", "Election id"),
    ("election_date", "Election date"),
    ("election_type", "Election type"),
    ("region_id", "Region id"),
    ("region_name_en", "Region"),
    ("place_id", "Place id"),
    ("place_name_en", "District or place"),
    ("place_name_ru", "District or place (Russian)"),
    ("contest_id", "Contest id"),
    ("option_type", "Option type"),
    ("candidate_id", "Candidate id"),
    ("name_as_printed", "Name as printed"),
    ("name_ru", "Name (Russian)"),
    ("name_kk", "Name (Kazakh)"),
    ("name_en", "Name (English)"),
    ("party_id", "Party id"),
    ("party_name_en", "Party"),
    ("votes", "Votes"),
    ("share_pct", "Share of all options' votes, %"),
    ("elected", "Elected"),
)


def about_lines() -> list[str]:
    """The ``about`` sheet: one line per row."""
    elsewhere = [t for t in TABLE_NAMES if t not in WORKBOOK_TABLES]
    return [
        "Kazakhstan akim elections (kz-akim-elections): the tables a spreadsheet user opens.",
        "results: one row per option of a contest (each candidate, and against all), flat.",
        "Sheets " + ", ".join(WORKBOOK_TABLES) + ": the published tables of the same names.",
        "Not in this workbook: " + ", ".join(elsewhere) + " (the long results table, the lineage"
        " of every value, the check results, the conflicts between sources and the revisions of"
        " archived documents).",
        "They are in the same package as CSV (data/<table>.csv), as Parquet"
        " (data/<table>.parquet) and in the SQLite database data/kz-akim-elections.sqlite.",
        "Column titles and descriptions are the notes on each header; README.md is the data"
        " dictionary. Licence: CC BY 4.0.",
    ]


def flat_results(tables: Mapping[str, pl.DataFrame]) -> pl.DataFrame:
    """One row per contest option, with everything a reader needs beside it.

    ``share_pct`` is the option's votes over the sum of all options' votes in the contest
    (candidates and against all), rounded to 2 decimals; empty when any option's votes, or
    the against-all count, are unknown, since the base would then be wrong.
    """
    import polars as pl

    places = tables["places"].select("place_id", "name_en", "name_ru")
    base = (
        tables["results"]
        .with_columns(
            pl.when(
                pl.col("votes").is_null().any().over("contest_id")
                | ~(pl.col("option_type") == "against_all").any().over("contest_id")
            )
            .then(None)
            .otherwise(pl.col("votes").sum().over("contest_id"))
            .alias("_base")
        )
        .with_columns(
            pl.when(pl.col("_base") > 0)
            .then((pl.col("votes") * 100 / pl.col("_base")).round(2))
            .otherwise(None)
            .alias("share_pct")
        )
    )
    candidates = tables["candidates"].select(
        pl.col("candidate_id").alias("option_id"), "candidate_id", "name_as_printed", "name_ru", "name_kk",
        "name_en", "party_id", "elected",
    )  # fmt: skip
    contests = tables["contests"].select("contest_id", "election_id", "place_id", "region_id")
    elections = tables["elections"].select("election_id", "election_date", "election_type")
    parties = tables["parties"].select("party_id", pl.col("name_en").alias("party_name_en"))
    regions = places.select(
        pl.col("place_id").alias("region_id"), pl.col("name_en").alias("region_name_en")
    )
    flat = (
        base.join(contests, on="contest_id", how="left")
        .join(elections, on="election_id", how="left")
        .join(
            places.rename({"name_en": "place_name_en", "name_ru": "place_name_ru"}),
            on="place_id",
            how="left",
        )
        .join(regions, on="region_id", how="left")
        .join(candidates, on="option_id", how="left")
        .join(parties, on="party_id", how="left")
    )
    ordered = flat.sort(
        "election_id", "contest_id", pl.col("votes").fill_null(-1), "option_id",
        descending=[False, False, True, False], maintain_order=True,
    )  # fmt: skip
    return ordered.select([name for name, _ in FLAT_COLUMNS])


def _created(created: str) -> dt.datetime:
    return dt.datetime.strptime(created, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)


Column = tuple[str, str, str]  # name, header, note


def workbook_sheets(
    tables: Mapping[str, pl.DataFrame],
) -> list[tuple[str, list[Column], pl.DataFrame]]:
    """``(sheet, columns, rows)`` of every sheet but ``about``, in sheet order; the rows
    hold exactly the sheet's columns."""
    flat_columns = [(n, t, "") for n, t in FLAT_COLUMNS]
    sheets = [(FLAT_SHEET, flat_columns, flat_results(tables))]
    for table in WORKBOOK_TABLES:
        fields = load_table_schema(table)["fields"]
        columns = [
            (f["name"], f["name"], f"{f['title']}. {f.get('description', '')}".strip())
            for f in fields
        ]
        sheets.append((table, columns, tables[table].select([c[0] for c in columns])))
    return sheets


def write_xlsx(
    tables: Mapping[str, pl.DataFrame], path: Path, *, created: str, title: str = ""
) -> Path:
    """Write the flat results sheet and one sheet per table into ``path``."""
    import xlsxwriter

    sheets = workbook_sheets(tables)
    styles = workbook_styles([df for _, _, df in sheets])
    workbook = xlsxwriter.Workbook(str(path), {
        "constant_memory": True,  # each row is written out as soon as it is complete
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "remove_timezone": True,
    })  # fmt: skip
    try:
        workbook.set_properties({
            "title": title or "Kazakhstan akim elections",
            "author": "kzvotes contributors",
            "company": "",
            "comments": "Generated by kzvotes from the kz-akim-elections data package; licence CC BY 4.0.",
            "created": _created(created).replace(tzinfo=None),
        })  # fmt: skip
        header = workbook.add_format({"bold": True})
        prefixed = workbook.add_format({"quote_prefix": True})
        date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
        rows: dict[str, tuple[int, pl.DataFrame]] = {}
        for index, (name, columns, df) in enumerate(sheets, start=1):
            sheet = workbook.add_worksheet(name)
            for col, (_, col_title, _) in enumerate(columns):
                sheet.write_string(0, col, col_title, header)
            for col, (field_name, _, description) in enumerate(columns):
                if description:
                    sheet.write_comment(0, col, f"{field_name}: {description}")
            sheet.freeze_panes(1, 0)
            if df.height:
                _write_placeholder(sheet, df, date_format, prefixed)
                rows[sheet_member(index)] = (df.height + 1, df)
            sheet.autofilter(0, 0, max(df.height, 1), len(columns) - 1)
        about = workbook.add_worksheet(ABOUT_SHEET)
        for row_index, line in enumerate(about_lines()):
            about.write_string(row_index, 0, line)
    finally:
        workbook.close()
    written = Styles(date=date_format.xf_index or 0, quote_prefix=prefixed.xf_index or 0)
    if written != styles:  # the validator renders rows with the styles it predicts
        raise RuntimeError(f"workbook styles {written}, predicted {styles}")
    splice_rows(
        path, {member: (row, rows_xml(data, styles)) for member, (row, data) in rows.items()}
    )
    remember_sources(path, sheet_sources(tables))
    return path


# The tables the workbook's sheets are made of: the flat results' and the sheets' own.
SHEET_SOURCES = tuple(dict.fromkeys(["results", "candidates", "contests", "elections", "places",
                                     "parties", *WORKBOOK_TABLES]))  # fmt: skip


def sheet_sources(tables: Mapping[str, pl.DataFrame]) -> list[pl.DataFrame]:
    """The frames the workbook's sheets are made of."""
    return [tables[name] for name in SHEET_SOURCES]


def _write_placeholder(sheet: Any, data: pl.DataFrame, date_format: Any, prefixed: Any) -> None:
    """Cells at the sheet's last row that :func:`splice_rows` replaces by the rows: they give
    the sheet its dimension and register the styles the rows use, in the order
    :func:`workbook_styles` predicts."""
    row = data.height
    if needs_date_style(data):
        sheet.write_number(row, 0, 0, date_format)
    if needs_quote_prefix(data):
        sheet.write_number(row, 1, 0, prefixed)
    sheet.write_number(row, data.width - 1, 0)
