"""A sheet's data rows as worksheet XML, rendered by polars a block of rows at a time.

xlsxwriter spends about 15 µs of Python on every cell; at 25,000 contests the workbook has
millions of cells. So :mod:`kzvotes.publish.formats.xlsx` lets xlsxwriter write everything around
the rows (headers, notes, panes, filters, styles, properties) plus one placeholder row at
the sheet's last row, and :func:`splice_rows` then swaps each placeholder for the rows
rendered here, as expressions over whole columns. The XML is what xlsxwriter's
constant-memory mode writes for the same values, cell for cell (inline strings, the
``_xHHHH_`` escape of control characters, ``%.16G`` numbers, dates as serial numbers with
a date style), so the workbook's bytes do not depend on which of the two wrote the rows.

>>> render_rows(pl.DataFrame({"a": ["x"], "b": [2]}), first_row=2, styles=Styles(0, 0))
['<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c><c r="B2"><v>2</v></c></row>']
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from kzvotes.publish.formats.formulas import FORMULA_PREFIXES

BLOCK_ROWS = 20_000  # rows rendered at once: a few MB of XML, whatever the package's size
_EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 is 1900-01-01, counting Excel's 29 Feb 1900
_STRING_MAX = 32_767  # Excel's limit, in UTF-16 units
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_")
_FORMULA_START = "^[" + re.escape("".join(FORMULA_PREFIXES)) + "]"


@dataclass(frozen=True)
class Styles:
    """The workbook's style indexes (``s``) for dates and quote-prefixed text; 0 for none."""

    date: int
    quote_prefix: int


def column_letters(index: int) -> str:
    """``0`` -> ``A``, ``26`` -> ``AA``."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def needs_quote_prefix(df: pl.DataFrame) -> bool:
    """True when some text cell of ``df`` is formula-like (it will use the prefix style)."""
    texts = [name for name, dtype in df.schema.items() if dtype == pl.String]
    if not texts or df.is_empty():
        return False
    found = df.select(pl.any_horizontal(pl.col(texts).str.contains(_FORMULA_START).any()))
    return bool(found.item())


def needs_date_style(df: pl.DataFrame) -> bool:
    """True when ``df`` has a date to write (with the date style)."""
    dated = [name for name, dtype in df.schema.items() if dtype == pl.Date]
    if not dated or df.is_empty():
        return False
    return bool(df.select(pl.any_horizontal(pl.col(dated).is_not_null().any())).item())


def workbook_styles(sheets: Iterable[pl.DataFrame]) -> Styles:
    """The style indexes xlsxwriter gives the rows of ``sheets`` (in sheet order): 1 is the
    bold header, then each style in the order of the first sheet that uses it."""
    order: list[str] = []
    for df in sheets:
        for style, used in (("date", needs_date_style), ("quote_prefix", needs_quote_prefix)):
            if style not in order and used(df):
                order.append(style)
    index = {style: position for position, style in enumerate(order, start=2)}
    return Styles(date=index.get("date", 0), quote_prefix=index.get("quote_prefix", 0))


def sheet_member(index: int) -> str:
    """The zip member of the ``index``-th sheet (from 1) of a workbook xlsxwriter wrote."""
    return f"xl/worksheets/sheet{index}.xml"


def _escape_cell_text(value: str) -> str:
    """xlsxwriter's escape of a text cell: control characters as ``_xHHHH_``, a literal
    ``_xHHHH_`` with its underscore escaped, then the XML entities."""
    if len(value) > _STRING_MAX // 2 and len(value.encode("utf-16-le")) // 2 > _STRING_MAX:
        value = value.encode("utf-16-le")[: 2 * _STRING_MAX].decode("utf-16-le", "ignore")
    value = re.sub(r"(_x[0-9a-fA-F]{4}_)", r"_x005F\1", value)
    value = re.sub(r"([\x00-\x08\x0b-\x1f])", lambda m: f"_x{ord(m.group(1)):04X}_", value)
    value = value.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _text_value(column: pl.Expr, rare: bool) -> pl.Expr:
    """The escaped text: the XML entities; a column with a cell that needs more (control
    characters, a literal ``_xHHHH_``, a very long text) goes through Python."""
    if rare:
        return column.map_elements(_escape_cell_text, return_dtype=pl.String, skip_nulls=True)
    plain = column.str.replace_all("&", "&amp;", literal=True)
    plain = plain.str.replace_all("<", "&lt;", literal=True)
    return plain.str.replace_all(">", "&gt;", literal=True)


def _number_text(column: pl.Expr, dtype: pl.DataType) -> pl.Expr:
    """``%.16G`` as xlsxwriter formats numbers: integers print as themselves; other floats
    go through Python, once per distinct value (:func:`_general_texts`)."""
    if dtype.is_integer():
        return column.cast(pl.String)
    return column.map_batches(_general_texts, return_dtype=pl.String)


def _general(value: float) -> str:
    return f"{value:.16G}"


def _general_texts(values: pl.Series) -> pl.Series:
    """:func:`_general` of each value, made once per distinct value (a column of rounded
    percentages has few); nulls stay null. polars counts -0.0 as 0.0 when it finds the
    distinct values, so a negative zero gets its sign back after."""
    distinct = values.drop_nulls().unique()
    if distinct.is_empty():
        return values.cast(pl.String)
    texts = values.replace_strict(
        distinct, [_general(v) for v in distinct.to_list()], return_dtype=pl.String
    )
    negative_zero = (values == 0) & ((1 / values) < 0)
    if not negative_zero.any():
        return texts
    return pl.select(pl.when(negative_zero).then(pl.lit("-0")).otherwise(texts)).to_series()


def _as_text(name: str, dtype: pl.DataType) -> pl.Expr:
    if isinstance(dtype, pl.Datetime):
        return pl.col(name).dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    return pl.col(name).cast(pl.String)


@dataclass(frozen=True)
class _TextTraits:
    """What the cells of a text column in a block of rows need beyond the plain text."""

    rare: bool  # control characters, a literal _xHHHH_, or a very long text: Python escapes
    entities: bool  # &, < or >
    formula: bool  # formula-like text: the quote-prefix style
    edge_space: bool  # whitespace at either end: xml:space="preserve"


def _text_traits(df: pl.DataFrame) -> dict[str, _TextTraits]:
    """The traits of each text column of ``df``, in one pass: a rule no cell of the block
    needs is left out of its expression (the rows are the same, rendered with less work)."""
    texts = [name for name, dtype in df.schema.items() if dtype in (pl.String, pl.Categorical)]
    if not texts or df.is_empty():
        return {}
    # one scan for any trait first: most columns have none, and four scans cost more
    anything = "|".join((_CONTROL.pattern, "[&<>]", _FORMULA_START, r"^\s|\s$"))
    plain = df.select(
        ~(
            _as_text(name, df.schema[name]).str.contains(anything)
            | (_as_text(name, df.schema[name]).str.len_bytes() > _STRING_MAX // 2)
        )
        .any()
        .alias(name)
        for name in texts
    ).row(0, named=True)
    traits = {name: _NO_TRAITS for name in texts if plain[name]}
    texts = [name for name in texts if name not in traits]
    if not texts:
        return traits
    found = df.select(
        expr.any().alias(f"{name}/{trait}")
        for name in texts
        for trait, expr in (
            ("rare", _as_text(name, df.schema[name]).str.contains(_CONTROL.pattern)
             | (_as_text(name, df.schema[name]).str.len_chars() > _STRING_MAX // 2)),
            ("entities", _as_text(name, df.schema[name]).str.contains("[&<>]")),
            ("formula", _as_text(name, df.schema[name]).str.contains(_FORMULA_START)),
            ("edge_space", _as_text(name, df.schema[name]).str.contains(r"^\s|\s$")),
        )
    ).row(0, named=True)  # fmt: skip
    return traits | {
        name: _TextTraits(*(bool(found[f"{name}/{t}"]) for t in ("rare", "entities", "formula", "edge_space")))
        for name in texts
    }  # fmt: skip


_ALL_TRAITS = _TextTraits(rare=False, entities=True, formula=True, edge_space=True)
_NO_TRAITS = _TextTraits(rare=False, entities=False, formula=False, edge_space=False)


Part = pl.Expr | str  # a piece of a cell's XML: a column's text or literal text


def _cell(name: str, dtype: pl.DataType, letters: str, number: pl.Expr, styles: Styles,
          traits: _TextTraits = _ALL_TRAITS) -> list[Part]:  # fmt: skip
    """The pieces of the ``<c>`` element of one column, joined in one pass by
    :func:`_joined` (each ``+`` of two polars texts would copy both)."""
    column = pl.col(name)
    start: list[Part] = [f'<c r="{letters}', number, '"']
    if dtype == pl.Boolean:
        return [*start, ' t="b"><v>', column.cast(pl.Int8).cast(pl.String), "</v></c>"]
    if dtype.is_numeric():
        return [*start, "><v>", _number_text(column, dtype), "</v></c>"]
    if dtype == pl.Date:
        serial = (column - pl.lit(_EXCEL_EPOCH)).dt.total_days().cast(pl.String)
        return [*start, f' s="{styles.date}"><v>', serial, "</v></c>"]
    text = _as_text(name, dtype)
    escaped = _text_value(text, traits.rare) if traits.rare or traits.entities else text
    parts = start
    if traits.formula:
        style = pl.when(text.str.contains(_FORMULA_START))
        parts.append(style.then(pl.lit(f' s="{styles.quote_prefix}"')).otherwise(pl.lit("")))
    parts.append(' t="inlineStr"><is><t')
    if traits.edge_space:  # escaping adds no whitespace: none before, none after
        preserve = pl.when(escaped.str.contains(r"^\s|\s$"))
        parts.append(preserve.then(pl.lit(' xml:space="preserve"')).otherwise(pl.lit("")))
    return [*parts, ">", escaped, "</t></is></c>"]


def _joined(parts: list[Part]) -> pl.Expr:
    """The pieces as one text per row, by one ``concat_str`` (neighbouring literals merged
    first); null when a piece is."""
    merged: list[Part] = []
    for part in parts:
        if isinstance(part, str) and merged and isinstance(merged[-1], str):
            merged[-1] += part
        else:
            merged.append(part)
    return pl.concat_str([pl.lit(p) if isinstance(p, str) else p for p in merged])


def _rows_expr(df: pl.DataFrame, *, number: pl.Expr, styles: Styles) -> pl.Expr:
    """The ``<row>`` element of each row of ``df``, numbered by ``number`` (row numbers as
    text). A null is no cell: the cells of a column with a null in ``df`` are joined apart
    (and a null made empty); the others join straight into their row."""
    traits = _text_traits(df)
    nulls = df.null_count().row(0, named=True) if df.width else {}
    parts: list[Part] = ['<row r="', number, '">']
    for index, (name, dtype) in enumerate(df.schema.items()):
        if nulls[name] == df.height:
            continue  # no cell in the column
        cell = _cell(
            name, dtype, column_letters(index), number, styles, traits.get(name, _ALL_TRAITS)
        )
        parts += [_joined(cell).fill_null("")] if nulls[name] else cell
    return _joined([*parts, "</row>"])


def render_rows(df: pl.DataFrame, *, first_row: int, styles: Styles) -> list[str]:
    """One ``<row>`` element per row of ``df``, numbered from ``first_row`` (1-based)."""
    number = (pl.int_range(pl.len(), dtype=pl.Int64) + first_row).cast(pl.String)
    return df.select(_rows_expr(df, number=number, styles=styles)).to_series().to_list()


_ROW_NUMBER = "\x00row"  # the rows' numbers beside the columns: no schema field is named so


def rows_xml(df: pl.DataFrame, styles: Styles) -> Iterator[bytes]:
    """The data rows of a sheet whose header is row 1, a block at a time (joined by polars:
    no Python string per row; handed over as UTF-8 bytes, never decoded into a Python
    string only to be encoded again). The expression is made once, from the whole frame,
    and run on each block."""
    number = pl.col(_ROW_NUMBER)
    numbered = df.with_row_index(_ROW_NUMBER, offset=2).with_columns(number.cast(pl.String))
    rows = _rows_expr(df, number=number, styles=styles).str.join("").cast(pl.Binary)
    for offset in range(0, df.height, BLOCK_ROWS):
        yield numbered.slice(offset, BLOCK_ROWS).select(rows).item()


def placeholder_row(row: int) -> bytes:
    """The start of the placeholder row xlsxwriter wrote at ``row`` (1-based)."""
    return f'<row r="{row}">'.encode()


def splice_rows(path: Path, sheets: Mapping[str, tuple[int, Iterable[bytes]]]) -> None:
    """Replace, in the workbook at ``path``, each named sheet's placeholder row by its rows.

    ``sheets`` maps a member name (``xl/worksheets/sheet1.xml``) to the placeholder's row
    number and the XML of the rows. Every member keeps its name, order, timestamp and
    compression, so the zip is the one xlsxwriter would have written with the rows in it.
    """
    spliced = path.with_name(path.name + ".rows")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(spliced, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            copy = zipfile.ZipInfo(info.filename, info.date_time)
            copy.compress_type, copy.external_attr = info.compress_type, info.external_attr
            copy.create_system, copy.file_size = info.create_system, len(data)
            if info.filename not in sheets:
                target.writestr(copy, data)
                continue
            row, blocks = sheets[info.filename]
            start = data.index(placeholder_row(row))
            end = data.index(b"</row>", start) + len(b"</row>")
            with target.open(copy, "w") as member:
                member.write(data[:start])
                for block in ahead(blocks) if row > BLOCK_ROWS + 1 else blocks:  # several
                    member.write(block)
                member.write(data[end:])
    shutil.move(spliced, path)


def ahead(blocks: Iterable[bytes]) -> Iterator[bytes]:
    """``blocks``, each made in a second thread while the one before is used: polars
    renders the next rows while zlib compresses these, both without the GIL."""
    from concurrent.futures import ThreadPoolExecutor

    source = iter(blocks)
    with ThreadPoolExecutor(max_workers=1) as pool:
        coming = pool.submit(next, source, None)
        while (block := coming.result()) is not None:
            coming = pool.submit(next, source, None)
            yield block
