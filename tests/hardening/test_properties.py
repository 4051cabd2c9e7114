"""Properties: whatever bytes a ledger holds, however its rows are cut or its columns
shuffled, and whatever zip or descriptor `validate` and `diff` are given, the answer is a
result or a named error, never another exception, and no package changes."""

from __future__ import annotations

import json
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import pytest
from conftest import LEDGER_SMALL
from harden_helpers import assert_no_traceback, digest, kzvotes
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kzvotes.build.ledger import RESULT_COLUMNS, read_ledger
from kzvotes.errors import LedgerError, PackageError, ValidationFailed
from kzvotes.publish.diff import diff_packages
from kzvotes.publish.validate import validate_package

RESULTS_TEXT = (LEDGER_SMALL / "results.csv").read_text(encoding="utf-8")
QUICK = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@contextmanager
def ledger_with(results: bytes) -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "ledger"
        shutil.copytree(LEDGER_SMALL, folder)
        (folder / "results.csv").write_bytes(results)
        yield folder


def read_or_named_error(results: bytes) -> int | None:
    """The number of result rows read, or None for a LedgerError; anything else fails."""
    with ledger_with(results) as folder:
        try:
            return len(read_ledger(folder).results)
        except LedgerError as err:
            assert err.problems and all(p.path.name in str(err) for p in err.problems)
            return None


@QUICK
@given(st.binary(max_size=3000))
def test_random_bytes(data: bytes) -> None:
    read_or_named_error(data)


@QUICK
@given(st.binary(min_size=1, max_size=200), st.integers(min_value=0))
def test_random_bytes_after_a_good_header(data: bytes, where: int) -> None:
    good = RESULTS_TEXT.encode("utf-8")
    cut = len(RESULTS_TEXT.splitlines(keepends=True)[0].encode()) + where % (len(good) // 2)
    read_or_named_error(good[:cut] + data + good[cut:])


@QUICK
@given(st.integers(min_value=0, max_value=len(RESULTS_TEXT)))
def test_truncated(at: int) -> None:
    rows = read_or_named_error(RESULTS_TEXT[:at].encode("utf-8"))
    if rows is not None:  # only a cut inside the last cell of a row can still be read
        assert rows <= len(RESULTS_TEXT.splitlines()) - 1


@QUICK
@given(st.permutations(range(len(RESULT_COLUMNS))))
def test_shuffled_columns(order: list[int]) -> None:
    import csv
    import io

    rows = list(csv.reader(io.StringIO(RESULTS_TEXT, newline="")))
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([[row[i] for i in order] for row in rows])
    result = read_or_named_error(out.getvalue().encode("utf-8"))
    if order == sorted(order):
        assert result == len(rows) - 1
    else:
        assert result is None


@QUICK
@given(
    st.integers(min_value=1, max_value=RESULTS_TEXT.count("\n") - 1),
    st.sampled_from(RESULT_COLUMNS),
    st.text(max_size=30),
)
def test_one_cell_replaced(line: int, column: str, value: str) -> None:
    import csv
    import io

    rows = list(csv.reader(io.StringIO(RESULTS_TEXT, newline="")))
    rows[line][RESULT_COLUMNS.index(column)] = value
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    read_or_named_error(out.getvalue().encode("utf-8"))


# ---------------------------------------------------------------- zips and descriptors

MEMBER_NAMES = st.one_of(
    st.sampled_from([
        "kz-akim-elections/datapackage.json", "datapackage.json", "kz-akim-elections/data/results.csv",
        "kz-akim-elections/data/", "../escape.txt", "/absolute.txt", "a/../../b", "C:evil",
    ]),
    st.text(alphabet="abc/._-", min_size=1, max_size=20),
)  # fmt: skip


@st.composite
def zips(draw: st.DrawFn) -> bytes:
    """A zip of random members, sometimes with parts of a real package, sometimes damaged."""
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(
        buffer, "w", draw(st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]))
    ) as archive:
        for name in draw(st.lists(MEMBER_NAMES, max_size=5, unique=True)):
            content = draw(
                st.one_of(
                    st.binary(max_size=300),
                    st.sampled_from([b"{}", b'{"resources": []}', RESULTS_TEXT.encode()]),
                )
            )
            archive.writestr(name, content)
    data = buffer.getvalue()
    if data and draw(st.booleans()):
        position = draw(st.integers(min_value=0, max_value=len(data) - 1))
        data = data[:position] + bytes([data[position] ^ 0x5A]) + data[position + 1 :]
    return data


def _needs_zip_version_7_8() -> bytes:
    """Found by this test: a central directory asking for a zip version Python lacks."""
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("kz-akim-elections/datapackage.json", "{}")
    data = bytearray(buffer.getvalue())
    data[data.find(b"PK\x01\x02") + 6] = 78
    return bytes(data)


@SLOW
@given(zips())
@example(_needs_zip_version_7_8())
def test_random_zips_to_validate_and_diff(built_once: Path, data: bytes) -> None:
    before = digest(built_once)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "release.zip"
        path.write_bytes(data)
        for args in (["validate", path], ["diff", path, built_once], ["diff", built_once, path]):
            result = kzvotes(*args)
            assert result.exit_code in (1, 2), result.output
            assert_no_traceback(result)
            assert "kzvotes: error: " in result.output
        assert path.read_bytes() == data
        assert sorted(p.name for p in Path(tmp).iterdir()) == ["release.zip"]
    assert digest(built_once) == before


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)


def _paths(desc: Any) -> Iterator[tuple[Any, Any]]:
    """Every (container, key) of a parsed descriptor."""
    if isinstance(desc, dict):
        for key, value in desc.items():
            yield desc, key
            yield from _paths(value)
    elif isinstance(desc, list):
        for index, value in enumerate(desc):
            yield desc, index
            yield from _paths(value)


@st.composite
def descriptors(draw: st.DrawFn, real: dict[str, Any]) -> Any:
    """A random JSON value, or the real descriptor with a few values replaced or removed."""
    if draw(st.booleans()):
        return draw(JSON)
    desc = json.loads(json.dumps(real))
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        places = list(_paths(desc))
        container, key = places[draw(st.integers(min_value=0, max_value=len(places) - 1))]
        if isinstance(container, dict) and draw(st.booleans()):
            del container[key]
        else:
            container[key] = draw(JSON)
    return desc


@pytest.fixture(scope="module")
def real_descriptor(built_once: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(
        (built_once / "datapackage.json").read_text(encoding="utf-8")
    )
    return loaded


@SLOW
@given(data=st.data())
def test_random_descriptors_to_validate_and_diff(
    built_once: Path, real_descriptor: dict[str, Any], data: st.DataObject
) -> None:
    desc = data.draw(descriptors(real_descriptor))
    before = digest(built_once)
    with tempfile.TemporaryDirectory() as tmp:
        package = Path(tmp) / "kz-akim-elections"
        shutil.copytree(built_once, package)
        (package / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
        files = digest(package)
        with suppress(ValidationFailed):
            validate_package(package)
        for old, new in ((built_once, package), (package, built_once)):
            with suppress(PackageError):
                diff_packages(old, new)
        assert digest(package) == files
    assert digest(built_once) == before
