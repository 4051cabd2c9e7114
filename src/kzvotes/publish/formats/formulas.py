"""Text a spreadsheet would run as a formula, and how each format keeps it inert.

A text cell whose first character is ``=``, ``+``, ``-`` or ``@`` is a formula to Excel,
LibreOffice and Google Sheets (CSV injection). The workbook stores such a cell as text with
Excel's quote prefix; a CSV has no cell formats, so its cell gets the prefix itself: a
leading apostrophe, which spreadsheets take as "this is text" and hide. Only text columns
are touched: ``-5`` in a number column is a number.

>>> neutralise_text("=HYPERLINK(1)"), neutralise_text("-"), neutralise_text("Abai")
("'=HYPERLINK(1)", "'-", 'Abai')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import polars as pl

FORMULA_PREFIXES = ("=", "+", "-", "@")
QUOTE_PREFIX = "'"
_FORMULA_START = "^[=+\\-@]"
_NEUTRALISED_START = "^'[=+\\-@]"
_EITHER_START = "^['=+\\-@]"


def is_formula_like(value: str) -> bool:
    """True when a spreadsheet could run ``value`` as a formula."""
    return value.startswith(FORMULA_PREFIXES)


def neutralise_text(value: str) -> str:
    """``value`` as a CSV cell: formula-like text gets the quote prefix."""
    return QUOTE_PREFIX + value if is_formula_like(value) else value


def neutralise_expr(text: pl.Expr) -> pl.Expr:
    """:func:`neutralise_text` as a polars expression over a text column."""
    import polars as pl

    return (
        pl.when(text.str.contains(_FORMULA_START)).then(pl.lit(QUOTE_PREFIX) + text).otherwise(text)
    )


def neutralised(df: pl.DataFrame) -> pl.DataFrame:
    """``df`` with every formula-like cell of its text columns prefixed (see above)."""
    import polars as pl

    return df.with_columns(
        neutralise_expr(pl.col(name)).alias(name) for name in _matching(df, _FORMULA_START)
    )


def restored(df: pl.DataFrame) -> pl.DataFrame:
    """``df`` as it was before :func:`neutralised`: the quote prefix of formula-like text
    removed. (Text that began with an apostrophe and a formula sign of its own loses its
    apostrophe too; the comparisons that use this fall back to cell-by-cell then.)"""
    import polars as pl

    return df.with_columns(
        pl.when(pl.col(name).str.contains(_NEUTRALISED_START))
        .then(pl.col(name).str.slice(1))
        .otherwise(pl.col(name))
        .alias(name)
        for name in _matching(df, _NEUTRALISED_START)
    )


def stored_values(df: pl.DataFrame) -> pl.DataFrame | None:
    """The values a CSV's frame stands for, as Parquet, SQLite and the workbook store them:
    :func:`restored`, found with one scan of the text columns (most have no cell that starts
    with a quote or a formula sign). None when a text cell is formula-like without its
    prefix: no CSV kzvotes writes holds one, so such a frame is compared cell by cell."""
    import polars as pl

    marked = _matching(df, _EITHER_START)
    if not marked:
        return df
    if _matching(df.select(marked), _FORMULA_START):
        return None
    return df.with_columns(
        pl.when(pl.col(name).str.contains(_NEUTRALISED_START))
        .then(pl.col(name).str.slice(1))
        .otherwise(pl.col(name))
        .alias(name)
        for name in _matching(df.select(marked), _NEUTRALISED_START)
    )


def _matching(df: pl.DataFrame, pattern: str) -> list[str]:
    """The text columns of ``df`` with a cell that matches ``pattern``: only they are
    rewritten (a column without one would be copied cell by cell into itself)."""
    import polars as pl

    texts = [name for name, dtype in df.schema.items() if dtype == pl.String]
    if not texts or df.is_empty():
        return []
    found = df.select(pl.col(name).str.contains(pattern).any() for name in texts).row(0)
    return [name for name, hit in zip(texts, found, strict=True) if hit]
