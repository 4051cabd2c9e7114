"""Read the cells of a workbook back, so ``kzvotes validate`` can compare them with the CSVs.

Only what the writer (:mod:`kzvotes.publish.formats.xlsx`) produces is needed: numbers, booleans,
inline or shared strings. openpyxl is not a runtime dependency; regular expressions run by
polars over the sheet XML read a sheet much faster than an element tree in Python (for the
2,500-contest synthetic workbook, under cProfile: 0.76 s instead of 9.7 s). A cell it
cannot read makes the sheet differ from its CSV, which is what a check of a tampered
workbook should say. The zip is read with the same bounds as a release zip (see
:mod:`kzvotes.publish.zipsafe`); a file that is not a workbook raises :class:`ValueError` with what
is wrong.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree.ElementTree import ParseError, iterparse

from kzvotes.publish.zipsafe import check_members

if TYPE_CHECKING:
    import polars as pl

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
# a zip member's local header: signature, versions, flags, sizes, then the name's and the
# extra field's lengths, after which the member's data begins
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")


def _unescape(text: str) -> str:
    """xlsxwriter writes control characters as ``_xHHHH_``."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1


def _text(element: object) -> str:
    return "".join(t.text or "" for t in element.iter(f"{_MAIN}t"))  # type: ignore[attr-defined]


def _shared_strings(archive: zipfile.ZipFile) -> list[str]:
    if "xl/sharedStrings.xml" not in archive.namelist():
        return []
    strings = []
    with archive.open("xl/sharedStrings.xml") as handle:
        for _, element in iterparse(handle):
            if element.tag == f"{_MAIN}si":
                strings.append(_unescape(_text(element)))
                element.clear()
    return strings


def _sheet_paths(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> member path, from the workbook and its relationships."""
    targets = {}
    with archive.open("xl/_rels/workbook.xml.rels") as handle:
        for _, element in iterparse(handle):
            if element.tag == f"{_PKG_REL}Relationship":
                target = element.get("Target", "")
                targets[element.get("Id")] = (
                    target.lstrip("/") if target.startswith("/") else f"xl/{target}"
                )
    sheets = {}
    with archive.open("xl/workbook.xml") as handle:
        for _, element in iterparse(handle):
            if element.tag == f"{_MAIN}sheet":
                sheets[element.get("name", "")] = targets.get(element.get(f"{_REL}id"), "")
    return sheets


_CELL = r"<c\s[^>]*?(?:/>|>.*?</c>)"
_ENTITIES = (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"), ("&amp;", "&"))


def cells_frame(xml: str, shared: list[str]) -> pl.DataFrame:
    """The cells of a sheet, one per row: ``row`` (1-based), ``col`` (0-based), ``kind`` (the
    XML ``t``: ``n`` number, ``b`` boolean, ``inlineStr``/``s``/``str`` text) and ``text``
    (the value as text: a number's digits, ``1``/``0``, or the string itself)."""
    import polars as pl

    cell = pl.col("cell")
    inner = cell.str.extract(r"(?s)^<c[^>]*>(.*)</c>$")
    text = (
        pl.when(pl.col("kind") == "inlineStr")
        .then(inner.str.replace_all(r"<[^>]*>", ""))
        .otherwise(inner.str.extract(r"(?s)<v>(.*?)</v>"))
    )
    unescaped = pl.col("text")
    for entity, character in _ENTITIES:
        unescaped = unescaped.str.replace_all(entity, character, literal=True)
    frame = (
        pl.DataFrame({"cell": pl.Series([xml], dtype=pl.String).str.extract_all(f"(?s){_CELL}").explode()})
        .drop_nulls()
        .select(
            cell.str.extract(r'^<c\s[^>]*?\br="[A-Z]+(\d+)"').cast(pl.Int64, strict=False).alias("row"),
            cell.str.extract(r'^<c\s[^>]*?\br="([A-Z]+)\d+"').alias("letters"),
            cell.str.extract(r'^<c\s[^>]*?\bt="(\w+)"').fill_null("n").alias("kind"),
            cell,
        )
        .with_columns(text.alias("text"))
        .with_columns(pl.when(pl.col("text").str.contains("&", literal=True)).then(unescaped).otherwise(pl.col("text")))
        .drop("cell")
    )  # fmt: skip
    if frame["row"].null_count() or frame["letters"].null_count():
        raise ValueError("a cell without a reference")
    frame = frame.with_columns(_column_numbers(frame["letters"])).drop("letters")
    if shared:
        index = pl.col("text").cast(pl.Int64, strict=False)
        lookup = pl.Series(shared, dtype=pl.String)
        frame = frame.with_columns(
            pl.when(pl.col("kind") == "s")
            .then(index.map_batches(lambda i: lookup.gather(i.clip(0, len(lookup) - 1))))
            .otherwise(pl.col("text"))
            .alias("text")
        )
    escaped = frame["text"].str.contains(r"_x[0-9A-Fa-f]{4}_").fill_null(False)
    if escaped.any():  # control characters, written as _xHHHH_: rare, so in Python
        frame = frame.with_columns(
            pl.when(escaped).then(pl.col("text").map_elements(_unescape, return_dtype=pl.String))
            .otherwise(pl.col("text"))
        )  # fmt: skip
    return frame.select("row", "col", "kind", "text")


def _column_numbers(letters: pl.Series) -> pl.Series:
    """Column letters (A, B, ..., AA) as 0-based numbers (few distinct ones per sheet)."""
    import polars as pl

    mapping = {name: _column_index(name) for name in letters.unique().to_list()}
    return letters.replace_strict(mapping, return_dtype=pl.Int64).alias("col")


_NOT_WRITTEN_HERE = (zipfile.BadZipFile, KeyError, ParseError, IndexError, ValueError, EOFError,
                     OSError, UnicodeDecodeError, NotImplementedError, RuntimeError, zlib.error)  # fmt: skip


def _not_ours(err: Exception) -> ValueError:
    return ValueError(f"not a workbook kzvotes wrote: {type(err).__name__}: {err}")


class Workbook:
    """An open workbook whose sheets are read one at a time (:meth:`sheet`), so only one
    sheet's XML is in memory; use it as a context manager."""

    def __init__(self, path: Path) -> None:
        try:
            self._archive = zipfile.ZipFile(path)
        except _NOT_WRITTEN_HERE as err:
            raise _not_ours(err) from None
        try:
            check_members(path, self._archive)
            self.shared = _shared_strings(self._archive)
            self._members = _sheet_paths(self._archive)
        except BaseException as err:
            self._archive.close()
            if isinstance(err, _NOT_WRITTEN_HERE):
                raise _not_ours(err) from None
            raise

    @property
    def sheet_names(self) -> list[str]:
        """The sheets' names, in sheet order."""
        return list(self._members)

    def sheet(self, name: str) -> bytes | bytearray:
        """The XML of the sheet ``name``; raises :class:`ValueError` when it cannot be read."""
        try:
            return self._member_bytes(self._archive.getinfo(self._members[name]))
        except _NOT_WRITTEN_HERE as err:
            raise _not_ours(err) from None

    def _member_bytes(self, info: zipfile.ZipInfo) -> bytes | bytearray:
        """A member's bytes. A deflated one is inflated whole by libdeflate into the size
        the zip declares (:func:`~kzvotes.publish.zipsafe.check_members` has bounded it),
        and its CRC checked: about twice as fast as zlib's stream, which matters for the
        sheets of a decade's workbook (200 MB of XML at 25,000 contests)."""
        if info.compress_type != zipfile.ZIP_DEFLATED or info.flag_bits & 0x1:
            return self._archive.read(info)  # stored, or encrypted (zipfile says why)
        import deflate

        handle = self._archive.fp
        if handle is None:
            raise ValueError("the workbook is closed")
        handle.seek(info.header_offset)
        header = handle.read(_LOCAL_HEADER.size)
        if len(header) != _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
            raise ValueError(f"no local header for {info.filename!r}")
        name_length, extra_length = _LOCAL_HEADER.unpack(header)[-2:]
        handle.seek(info.header_offset + _LOCAL_HEADER.size + name_length + extra_length)
        packed = handle.read(info.compress_size)
        try:
            data = deflate.deflate_decompress(packed, info.file_size)
        except deflate.DeflateError as err:
            raise ValueError(f"{info.filename!r}: {err}") from None
        if len(data) != info.file_size or deflate.crc32(data) != info.CRC:
            raise ValueError(f"{info.filename!r}: bad CRC or size")
        return data  # a bytearray: read like bytes, and not copied into one

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *_: object) -> None:
        self._archive.close()
