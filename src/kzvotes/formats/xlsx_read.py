"""Read the cells of a workbook back, so ``kzvotes validate`` can compare them with the CSVs.

Only what the writer (:mod:`kzvotes.formats.xlsx`) produces is needed: numbers, booleans,
inline or shared strings. openpyxl is not a runtime dependency, and a small streaming reader
over the sheet XML is enough. The zip is read with the same bounds as a release zip (see
:mod:`kzvotes.zipsafe`); a file that is not a workbook raises :class:`ValueError` with what
is wrong.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import ParseError, iterparse

from kzvotes.zipsafe import check_members

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_COLUMN = re.compile(r"[A-Z]+")

Cell = str | float | bool | None


def _unescape(text: str) -> str:
    """xlsxwriter writes control characters as ``_xHHHH_``."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def _column_index(reference: str) -> int:
    match = _COLUMN.match(reference)
    if not match:
        raise ValueError(f"cell reference {reference!r}")
    index = 0
    for letter in match.group(0):
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


def _rows(handle: IO[bytes], shared: list[str]) -> Iterator[list[Cell]]:
    for _, element in iterparse(handle):
        if element.tag != f"{_MAIN}row":
            continue
        row: list[Cell] = []
        for cell in element.iter(f"{_MAIN}c"):
            column = _column_index(cell.get("r", ""))
            row.extend([None] * (column - len(row)))
            kind = cell.get("t", "n")
            value = cell.find(f"{_MAIN}v")
            raw = value.text if value is not None else None
            if kind == "inlineStr":
                row.append(_unescape(_text(cell)))
            elif kind == "s":
                row.append(shared[int(raw or "")])
            elif kind == "b":
                row.append(raw == "1")
            elif kind in ("str", "e"):
                row.append(raw)
            else:
                row.append(float(raw) if raw is not None else None)
        element.clear()
        yield row


def read_sheets(path: Path) -> dict[str, list[list[Cell]]]:
    """Every sheet of the workbook at ``path``: its rows of cells, the header row first."""
    try:
        with zipfile.ZipFile(path) as archive:
            check_members(path, archive)
            shared = _shared_strings(archive)
            sheets = {}
            for name, member in _sheet_paths(archive).items():
                with archive.open(member) as handle:
                    sheets[name] = list(_rows(handle, shared))
            return sheets
    except (zipfile.BadZipFile, KeyError, ParseError, IndexError, ValueError, EOFError) as err:
        raise ValueError(f"not a workbook kzvotes wrote: {type(err).__name__}: {err}") from None
