"""`kzvotes validate`, `diff` and `extract` on damaged, tampered or missing inputs: a message
naming the file (exit 1 for data, 2 for a wrong command line), never a traceback, and the
package looked at stays byte-identical."""

from __future__ import annotations

import re
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from harden_helpers import assert_no_traceback, digest, error_line, kzvotes, rehash

from kzvotes.errors import ConfigError, PackageError
from kzvotes.publish.diff import open_package
from kzvotes.release import write_release_zip

PACKAGE = "kz-akim-elections"
BOKEYORDA_DAUMOV = "kz-akim-district-2023-11-05/KZ-27/bokeyorda/nurlybek-daumov"


def _package(output: Path) -> Path:
    return output / PACKAGE


def missing_csv(package: Path) -> None:
    (package / "data" / "candidates.csv").unlink()


def malformed_descriptor(package: Path) -> None:
    path = package / "datapackage.json"
    path.write_text(path.read_text(encoding="utf-8")[:-40], encoding="utf-8")


def sqlite_vote_changed(package: Path) -> None:
    with closing(sqlite3.connect(package / "data" / f"{PACKAGE}.sqlite")) as db:
        db.execute("UPDATE candidates SET votes = 4661 WHERE candidate_id = ?", (BOKEYORDA_DAUMOV,))
        db.commit()


def sqlite_vote_changed_and_rehashed(package: Path) -> None:
    sqlite_vote_changed(package)
    rehash(package, f"data/{PACKAGE}.sqlite")


def sqlite_and_xlsx_deleted(package: Path) -> None:
    (package / "data" / f"{PACKAGE}.sqlite").unlink()
    (package / "data" / f"{PACKAGE}.xlsx").unlink()


def xlsx_junk(package: Path) -> None:
    (package / "data" / f"{PACKAGE}.xlsx").write_bytes(b"not a workbook at all")
    rehash(package, f"data/{PACKAGE}.xlsx")


def xlsx_vote_changed_rehashed(package: Path) -> None:
    """Daumov's 4,660 votes become 4,661 inside the workbook's candidates sheet."""
    path = package / "data" / f"{PACKAGE}.xlsx"
    with zipfile.ZipFile(path) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in members:
            if info.filename == "xl/worksheets/sheet3.xml":
                assert b"<v>4660</v>" in data
                data = data.replace(b"<v>4660</v>", b"<v>4661</v>")
            archive.writestr(info, data)
    rehash(package, f"data/{PACKAGE}.xlsx")


def result_999999_rehashed(package: Path) -> None:
    """The issue's case: a result rewritten to 999,999 votes (2,526 ballots cast), hashes
    rewritten; here Talgar 2024's against-all row in results.csv, 182 -> 999999."""
    path = package / "data" / "results.csv"
    text = path.read_text(encoding="utf-8")
    old = "kz-akim-rural-2024-12-15/KZ-19/talgar/talgar,against_all,against_all,against all,182,"
    assert old in text
    path.write_text(text.replace(old, old.replace(",182,", ",999999,")), encoding="utf-8")
    rehash(package, "data/results.csv")


CASES: list[tuple[str, Callable[[Path], None], list[str]]] = [
    ("missing_csv", missing_csv, [r"candidates: file:missing: data/candidates\.csv is missing"]),
    ("malformed_descriptor", malformed_descriptor, [r"datapackage\.json:\d+: not valid JSON"]),
    ("sqlite_vote_changed", sqlite_vote_changed,
     [r"sqlite: file:hash: data/kz-akim-elections\.sqlite has sha256:", r"candidates: sqlite:differs: .*column votes: 4661 where the CSV has 4660"]),
    ("sqlite_vote_changed_rehashed", sqlite_vote_changed_and_rehashed, [r"column votes: 4661 where the CSV has 4660"]),
    ("sqlite_and_xlsx_deleted", sqlite_and_xlsx_deleted,
     [r"sqlite: file:missing: data/kz-akim-elections\.sqlite is missing", r"xlsx: file:missing: data/kz-akim-elections\.xlsx is missing"]),
    ("xlsx_junk_rehashed", xlsx_junk, [r"xlsx: xlsx:unreadable: data/kz-akim-elections\.xlsx: not a workbook"]),
    ("xlsx_vote_changed_rehashed", xlsx_vote_changed_rehashed,
     [r"candidates: xlsx:differs: data/kz-akim-elections\.xlsx, sheet candidates: row \d+, column votes: 4661\.0 where the CSV has 4660\.0"]),
    ("result_999999_rehashed", result_999999_rehashed,
     [r"results_match_against_all: against all 999999 in results, 182 in contests",
      r"results_within_ballots: 1\d{6} votes for all options, 12875 ballots cast",
      r"results: parquet:differs: data/results\.parquet differs from data/results\.csv: row \d+, column votes: 182 where the CSV has 999999"]),
]  # fmt: skip


@pytest.mark.parametrize(("tamper", "messages"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_validate_names_what_differs(
    output: Path, tamper: Callable[[Path], None], messages: list[str]
) -> None:
    package = _package(output)
    tamper(package)
    before = digest(output)
    result = kzvotes("validate", package)
    assert result.exit_code == 1, result.output
    assert_no_traceback(result)
    assert error_line(result).startswith("kzvotes: error: ")
    for message in messages:
        assert re.search(message, result.output), result.output
    assert digest(output) == before


def test_the_untampered_copy_is_valid(output: Path) -> None:
    assert kzvotes("validate", _package(output)).exit_code == 0


def _release_zip(package: Path, target: Path) -> Path:
    write_release_zip(package, target, created="2026-11-27T00:00:00Z")
    return target


def _bad_crc(zip_path: Path) -> None:
    """Flip one byte of the first member's stored data: its CRC no longer matches."""
    with zipfile.ZipFile(zip_path) as archive:
        info = archive.infolist()[0]
    data = bytearray(zip_path.read_bytes())
    header = 30 + len(info.filename.encode()) + len(info.extra)
    data[info.header_offset + header + 5] ^= 0xFF
    zip_path.write_bytes(bytes(data))


@pytest.mark.parametrize("command", ["validate", "diff"])
def test_a_zip_with_a_bad_crc_is_named(output: Path, tmp_path: Path, command: str) -> None:
    zip_path = _release_zip(_package(output), tmp_path / "release.zip")
    _bad_crc(zip_path)
    before = digest(tmp_path)
    args = [zip_path] if command == "validate" else [zip_path, _package(output)]
    result = kzvotes(command, *args)
    assert result.exit_code == 1, result.output
    assert_no_traceback(result)
    assert re.search(
        r"release\.zip: (entry '.*' is damaged|cannot read the zip)", error_line(result)
    )
    assert digest(tmp_path) == before


@pytest.mark.parametrize("command", ["validate", "diff"])
def test_a_missing_path_is_reported_as_missing(output: Path, tmp_path: Path, command: str) -> None:
    missing = tmp_path / "no-such-package"
    args = [missing] if command == "validate" else [missing, _package(output)]
    result = kzvotes(command, *args)
    assert result.exit_code == 2, result.output
    assert error_line(result) == f"kzvotes: error: {missing}: no such file or folder"


def test_diff_names_a_malformed_descriptor(output: Path, built_once: Path) -> None:
    malformed_descriptor(_package(output))
    before = digest(output)
    result = kzvotes("diff", built_once, _package(output))
    assert result.exit_code == 1, result.output
    assert_no_traceback(result)
    assert re.search(r"datapackage\.json:\d+: not valid JSON", error_line(result))
    assert digest(output) == before


def test_diff_names_a_truncated_utf8_table_without_python_words(
    output: Path, built_once: Path
) -> None:
    # Python's reason ("unexpected end of data") reads like a crash: the message names the byte.
    table = _package(output) / "data" / "places.csv"
    table.write_bytes(table.read_bytes() + "Қ".encode()[:1])
    result = kzvotes("diff", built_once, _package(output))
    assert result.exit_code == 1, result.output
    assert_no_traceback(result)
    assert re.search(
        r"places\.csv: not UTF-8 \(an invalid or truncated character at byte \d+\)",
        error_line(result),
    )


def _bomb(path: Path, size: int) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{PACKAGE}/datapackage.json", "{}")
        with archive.open(f"{PACKAGE}/data/results.csv", "w") as member:
            block = b"0" * (1 << 20)
            for _ in range(size >> 20):
                member.write(block)
    return path


def test_a_zip_bomb_is_refused_before_anything_is_extracted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bomb = _bomb(tmp_path / "bomb.zip", 256 * 1024 * 1024)
    assert bomb.stat().st_size < 1024 * 1024
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(scratch))
    with (
        pytest.raises(
            PackageError, match=r"bomb\.zip: entry '.*results\.csv' would expand \d+ times"
        ),
        open_package(bomb),
    ):
        pass
    assert list(scratch.rglob("*")) == [] or all(p.is_dir() for p in scratch.rglob("*"))
    result = kzvotes("validate", bomb)
    assert result.exit_code == 1 and "would expand" in error_line(result)


def test_zip_entries_outside_the_folder_are_refused(tmp_path: Path) -> None:
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as archive:
        archive.writestr("../outside.txt", "x")
    with pytest.raises(PackageError, match=r"unsafe entry '\.\./outside\.txt'"), open_package(evil):
        pass
    assert not (tmp_path.parent / "outside.txt").exists()


def test_a_folder_that_is_no_package_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"no datapackage\.json"), open_package(tmp_path):
        pass


def test_extract_prints_a_path_with_markup_as_it_is(tmp_path: Path) -> None:
    corpus = Path(__file__).parents[1] / "corpus" / "ru-01-bokeyorda.html"
    odd = tmp_path / "odd[" / "x]bokeyorda.html"
    odd.parent.mkdir()
    shutil.copy(corpus, odd)
    result = kzvotes("extract", odd)
    assert result.exit_code == 0, result.output
    assert str(odd).replace("\n", "") in result.output.replace("\n", "")


def test_extract_refuses_a_huge_input_before_reading_it(tmp_path: Path) -> None:
    from kzvotes.config import MAX_EXTRACT_INPUT_BYTES

    huge = tmp_path / "dump.txt"
    with huge.open("wb") as handle:
        handle.truncate(MAX_EXTRACT_INPUT_BYTES + 1)
    result = kzvotes("extract", huge)
    assert result.exit_code == 2
    assert error_line(result).startswith(
        f"kzvotes: error: {huge}: {MAX_EXTRACT_INPUT_BYTES + 1} bytes"
    )


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    plain = kzvotes("validate", tmp_path / "missing")
    assert plain.exit_code == 2 and isinstance(plain.exception, SystemExit)
    debug = kzvotes("--debug", "validate", tmp_path / "missing")
    assert isinstance(debug.exception, ConfigError)


def test_an_os_error_becomes_a_message_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(*_: object, **__: object) -> None:
        raise OSError(28, "No space left on device", str(tmp_path / "out" / "x.csv"))

    monkeypatch.setattr("kzvotes.pipeline.build", full_disk)
    ledger = Path(__file__).parents[1] / "build" / "fixtures" / "ledger_small"
    result = kzvotes("build", "--ledger", ledger, "--output", tmp_path / "out", "--no-archive")
    assert result.exit_code == 1
    assert (
        error_line(result)
        == f"kzvotes: error: {tmp_path / 'out' / 'x.csv'}: No space left on device"
    )


def test_release_zip_of_the_package_validates(output: Path, tmp_path: Path) -> None:
    zip_path = _release_zip(_package(output), tmp_path / "ok.zip")
    assert kzvotes("validate", zip_path).exit_code == 0
