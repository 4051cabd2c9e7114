"""The rows rendered by polars are the XML xlsxwriter writes for the same cells."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import polars as pl
import xlsxwriter

from kzvotes.publish.formats.xlsx_rows import (
    Styles,
    column_letters,
    render_rows,
    rows_xml,
    splice_rows,
)

ODD_TEXT = [
    "Abai", "=SUM(A1)", " leading", "trailing ", "a&b<c>d", "ctl\x01x\x1fy", "_x0041_ literal",
    "+7", "@x", "-", "tab\tin", "new\nline", "\ufffe", "x" * 17_000, "Қазақ ü", None,
]  # fmt: skip
FRAME = pl.DataFrame({
    "text": ODD_TEXT,
    "count": [None, *range(-7, 8)],
    "share": [0.1 + 0.2, 1e-7, 12345678901234567.0, None, 58.33, 100.0, -0.0, 2.5] * 2,
    "flag": [True, False, None, True] * 4,
    "day": [dt.date(2023, 11, 5), None, dt.date(1900, 3, 1), dt.date(2030, 1, 6)] * 4,
    "at": [dt.datetime(2026, 11, 20, 8, tzinfo=dt.UTC), None] * 8,
})  # fmt: skip


def _xlsxwriter_sheet(path: Path) -> tuple[bytes, Styles]:
    """The sheet as xlsxwriter writes it cell by cell (the writer before polars rendered it)."""
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_numbers": False,
                                               "strings_to_formulas": False, "strings_to_urls": False})  # fmt: skip
    sheet = workbook.add_worksheet("rows")
    date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
    prefixed = workbook.add_format({"quote_prefix": True})
    sheet.write_string(0, 0, "header")
    for r, row in enumerate(FRAME.iter_rows(), start=1):
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, bool):
                sheet.write_boolean(r, c, value)
            elif isinstance(value, int | float):
                sheet.write_number(r, c, value)
            elif isinstance(value, dt.datetime):
                sheet.write_string(r, c, value.strftime("%Y-%m-%dT%H:%M:%SZ"))
            elif isinstance(value, dt.date):
                sheet.write_datetime(
                    r, c, dt.datetime(value.year, value.month, value.day), date_format
                )
            else:
                sheet.write_string(r, c, value, prefixed if value[:1] in "=+-@" else None)
    workbook.close()
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml")
    return xml, Styles(date=date_format.xf_index or 0, quote_prefix=prefixed.xf_index or 0)


def test_rendered_rows_are_xlsxwriters_rows(tmp_path: Path) -> None:
    xml, styles = _xlsxwriter_sheet(tmp_path / "cells.xlsx")
    rows = xml[xml.index(b'<row r="2">') : xml.index(b"</sheetData>")]
    assert b"".join(rows_xml(FRAME, styles)) == rows


def test_a_cell_renders_alike_alone_and_among_cells_that_need_every_rule() -> None:
    # a block skips the rules none of its cells needs (one scan finds a plain column)
    texts, styles = FRAME.select("text"), Styles(date=2, quote_prefix=3)
    among = render_rows(texts, first_row=2, styles=styles)
    for index in range(texts.height):
        alone = render_rows(texts.slice(index, 1), first_row=index + 2, styles=styles)
        assert alone == [among[index]]


def test_nulls_are_no_cells_and_letters_go_past_z() -> None:
    frame = pl.DataFrame({"a": [None, "x"]}, schema={"a": pl.String})
    assert render_rows(frame, first_row=5, styles=Styles(0, 0)) == [
        '<row r="5"></row>', '<row r="6"><c r="A6" t="inlineStr"><is><t>x</t></is></c></row>'
    ]  # fmt: skip
    assert [column_letters(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]


def test_splice_replaces_only_the_placeholder_row(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = workbook.add_worksheet("s")
    sheet.write_string(0, 0, "head")
    sheet.write_number(2, 0, 0)
    workbook.close()
    splice_rows(
        path, {"xl/worksheets/sheet1.xml": (3, [b'<row r="2">R2</row>', b'<row r="3">R3</row>'])}
    )
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
        xml = z.read("xl/worksheets/sheet1.xml")
    assert (
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>head</t></is></c></row><row r="2">R2</row><row r="3">R3</row></sheetData>'
        in xml
    )
