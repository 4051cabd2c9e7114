"""A ledger read strictly: every bad ledger stops `kzvotes build` with a message naming the
file and line, exit code 1, and the package it would have replaced stays byte-identical."""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from harden_helpers import assert_no_traceback, build_cli, digest, error_line

RESULTS = "results.csv"


def _lines(ledger: Path) -> list[str]:
    return (ledger / RESULTS).read_text(encoding="utf-8").splitlines(keepends=True)


def _write(ledger: Path, lines: list[str]) -> None:
    (ledger / RESULTS).write_text("".join(lines), encoding="utf-8")


def header_only(ledger: Path) -> None:
    _write(ledger, _lines(ledger)[:1])


def row_cut_short(ledger: Path) -> None:
    lines = _lines(ledger)
    # line 3 is Gilmanov's row; cut after his 782 votes, as a careless paste would
    lines[2] = lines[2][: lines[2].index(",782,") + 4] + "\n"
    _write(ledger, lines)


def extra_cells(ledger: Path) -> None:
    lines = _lines(ledger)
    lines[3] = lines[3].rstrip("\n") + ",surplus,cells\n"
    _write(ledger, lines)


def same_source_two_voter_counts(ledger: Path) -> None:
    lines = _lines(ledger)
    # lines 17-19 are oqu.news on Talgar 2024, each with 42774 registered; line 18 says 42775
    lines[17] = lines[17].replace(",42774,", ",42775,", 1)
    _write(ledger, lines)


def cp1251(ledger: Path) -> None:
    text = (ledger / RESULTS).read_text(encoding="utf-8")
    (ledger / RESULTS).write_bytes(text.encode("cp1251", errors="replace"))


def utf16(ledger: Path) -> None:
    text = (ledger / RESULTS).read_text(encoding="utf-8")
    (ledger / RESULTS).write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))


def line_over_128_kb(ledger: Path) -> None:
    lines = _lines(ledger)
    cells = lines[1].rstrip("\n").split(",")
    cells[-1] = "x" * (130 * 1024)
    lines[1] = ",".join(cells) + "\n"
    _write(ledger, lines)


def malformed_toml(ledger: Path) -> None:
    (ledger / "ledger.toml").write_text('updated = "2026-11-27\n', encoding="utf-8")


def malformed_updated(ledger: Path) -> None:
    (ledger / "ledger.toml").write_text('updated = "27.11.2026"\n', encoding="utf-8")


def bad_cell_after_a_multiline_note(ledger: Path) -> None:
    lines = _lines(ledger)
    cells = lines[1].rstrip("\n").split(",")
    lines[1] = ",".join([*cells[:16], '"a note\nover three\nlines"']) + "\n"
    lines[3] = lines[3].replace(",426,", ",4 26,")  # Keresh's votes, now on file line 6
    _write(ledger, lines)


CASES: list[tuple[str, Callable[[Path], None], str]] = [
    ("header_only", header_only, r"results\.csv:1: a header and no rows"),
    ("row_cut_short", row_cut_short, r"results\.csv:3 \[against_all\]: 13 cells where the header has 17: the row is cut short"),
    ("extra_cells", extra_cells, r"results\.csv:4: 19 cells where the header has 17: extra cells"),
    ("same_source_two_values", same_source_two_voter_counts,
     r"results\.csv:18 \[registered_voters\]: 42775 here but 42774 on line 17 from the same source"),
    ("cp1251", cp1251, r"results\.csv:2: not UTF-8 \(byte 0xc1; the file looks like windows-1251\)"),
    ("utf16", utf16, r"results\.csv:1: encoded as utf-16-le: save it as UTF-8"),
    ("line_over_128_kb", line_over_128_kb, r"results\.csv:2: line of \d+ bytes: a ledger line may not exceed 131072"),
    ("malformed_toml", malformed_toml, r"ledger\.toml:1: not valid TOML"),
    ("malformed_updated", malformed_updated, r"ledger\.toml:1 \[updated\]: '27\.11\.2026' is not a day"),
    ("multiline_note_line_numbers", bad_cell_after_a_multiline_note, r"results\.csv:6 \[votes\]: '4 26'"),
]  # fmt: skip


@pytest.mark.parametrize(("mutate", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_ledger_stops_the_build_and_keeps_the_package(
    ledger: Path, output: Path, mutate: Callable[[Path], None], message: str
) -> None:
    before = digest(output)
    mutate(ledger)
    result = build_cli(ledger, output)
    assert result.exit_code == 1, result.output
    assert_no_traceback(result)
    assert error_line(result) == "kzvotes: error: 1 problem(s) in the ledger:"
    assert re.search(message, result.output), result.output
    assert digest(output) == before


def test_a_utf8_bom_is_accepted(ledger: Path, output: Path) -> None:
    path = ledger / RESULTS
    path.write_bytes(codecs.BOM_UTF8 + path.read_bytes())
    result = build_cli(ledger, output)
    assert result.exit_code == 0, result.output


def test_a_build_that_drops_most_contests_is_refused_unless_allowed(
    ledger: Path, output: Path
) -> None:
    before = digest(output)
    contests_csv = output / "kz-akim-elections" / "data" / "contests.csv"
    published = len(contests_csv.read_text(encoding="utf-8").splitlines()) - 1
    lines = _lines(ledger)
    _write(ledger, lines[:4])  # Bokeyorda only: the other contests would disappear
    refused = build_cli(ledger, output)
    assert refused.exit_code == 1
    assert_no_traceback(refused)
    first = error_line(refused)
    assert (
        f"would drop {published - 1} of the {published} published contests (more than 10%" in first
    )
    assert "--allow-shrink" in refused.output
    assert digest(output) == before
    allowed = build_cli(ledger, output, "--allow-shrink")
    assert allowed.exit_code == 0, allowed.output
    assert len(contests_csv.read_text(encoding="utf-8").splitlines()) == 2
    assert (output / "kz-akim-elections" / "releases.json").is_file()
