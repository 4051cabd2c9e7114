"""``kzvotes fetch`` end to end: options, offline, unreachable hosts, --strict, kill -9."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from fetch_helpers import BITRIX_LISTINGS
from localsite import WANTED_DOCUMENTS, LocalSite, big, slow_body, wait_until
from typer.testing import CliRunner

from kzvotes.archive.store import Archive
from kzvotes.cli.commands import app

MB = 1024 * 1024


def write_catalog(path: Path, base: str, documents: list[str], listings: bool = False) -> Path:
    parts = [
        f'[[document]]\nurl = "{base}{doc}"\npublisher_kind = "cec"\nallow_private = true\n'
        for doc in documents
    ]
    if listings:
        for listing in BITRIX_LISTINGS:
            parts.append(
                f'[[listing]]\nallow_private = true\nurl = "{base}{listing["path"]}"\n'
                f"detail_pattern = '{listing['detail_pattern']}'\n"
                f"next_pattern = '{listing['next_pattern']}'\n"
                f'language = "{listing["language"]}"\n'
            )
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, ["fetch", *args])


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_fetch_fills_the_archive_and_a_second_run_transfers_no_bodies(
    site: LocalSite, tmp_path: Path
) -> None:
    catalog = write_catalog(tmp_path / "my.toml", site.base_url, ["/misc/cp1251.html"], True)
    archive = tmp_path / "a"

    first = invoke("--catalog", str(catalog), "--archive", str(archive), "--rate", "0")
    assert first.exit_code == 0, first.output
    stored = Archive(archive).stored_documents()
    assert len(stored) == len(WANTED_DOCUMENTS) - 1 + 1  # no portal listing; one document
    assert "new" in first.output and "0 failed" in first.output
    site.reset_counters()

    second = invoke("--catalog", str(catalog), "--archive", str(archive), "--rate", "0")

    assert second.exit_code == 0, second.output
    assert "nothing new fetched" in second.output
    assert "0 bytes transferred" in second.output
    assert site.document_bytes_sent() == 0
    assert Archive(archive).stored_documents() == stored


def test_unreachable_host_is_reported_once_and_the_archive_kept(
    site: LocalSite, tmp_path: Path
) -> None:
    archive = tmp_path / "a"
    good = write_catalog(
        tmp_path / "good.toml", site.base_url, ["/eng/news/releases/index.php?ID=101"]
    )
    assert invoke("--catalog", str(good), "--archive", str(archive), "--rate", "0").exit_code == 0
    manifest = (archive / "manifest.jsonl").read_bytes()
    dead = f"http://127.0.0.1:{closed_port()}"
    catalog = write_catalog(tmp_path / "dead.toml", dead, ["/a", "/b", "/c"])

    result = invoke("--catalog", str(catalog), "--archive", str(archive), "--timeout", "2")

    assert result.exit_code == 0, result.output
    assert result.output.count("unreachable (1 hosts") == 1
    assert "nothing new fetched" in result.output
    assert (archive / "manifest.jsonl").read_bytes() == manifest
    assert len(Archive(archive).stored_documents()) == 1

    strict = invoke("--catalog", str(catalog), "--archive", str(archive), "--strict")
    assert strict.exit_code == 1


def test_failures_exit_0_unless_strict(site: LocalSite, tmp_path: Path) -> None:
    catalog = write_catalog(
        tmp_path / "c.toml",
        site.base_url,
        ["/faults/missing", "/eng/news/releases/index.php?ID=101"],
    )
    args = ["--catalog", str(catalog), "--archive", str(tmp_path / "a"), "--rate", "0"]

    relaxed = invoke(*args)
    assert relaxed.exit_code == 0
    assert "failed" in relaxed.output and "/faults/missing" in relaxed.output

    assert invoke(*args, "--strict").exit_code == 1


def test_offline_touches_no_network(site: LocalSite, tmp_path: Path) -> None:
    catalog = write_catalog(
        tmp_path / "c.toml", site.base_url, ["/eng/news/releases/index.php?ID=101"]
    )

    result = invoke("--catalog", str(catalog), "--archive", str(tmp_path / "a"), "--offline")

    assert result.exit_code == 0
    assert "nothing new fetched" in result.output
    assert sum(site.hits.values()) == 0
    assert not (tmp_path / "a").exists()


def test_only_and_since_and_bad_options(site: LocalSite, tmp_path: Path) -> None:
    catalog = write_catalog(tmp_path / "c.toml", site.base_url, ["/misc/cp1251.html"], True)
    archive = tmp_path / "a"

    result = invoke(
        "--catalog",
        str(catalog),
        "--archive",
        str(archive),
        "--rate",
        "0",
        "--only",
        "/rus/",
        "--since",
        "2023-08-01",
    )

    assert result.exit_code == 0, result.output
    urls = {d.url for d in Archive(archive).stored_documents()}
    assert urls == {site.url("/rus/news/releases/index.php?ID=101")}
    assert site.hits["/rus/news/releases/?PAGEN_1=3"] == 0
    bad = invoke("--catalog", str(catalog), "--archive", str(archive), "--since", "yesterday")
    assert bad.exit_code == 2 and "--since" in bad.output
    assert invoke("--catalog", str(tmp_path / "none.toml")).exit_code == 2


def test_help_has_an_example() -> None:
    result = CliRunner().invoke(app, ["fetch", "--help"])
    assert result.exit_code == 0 and "Example: kzvotes fetch" in result.output


def test_a_run_killed_mid_download_leaves_a_consistent_archive_and_the_next_run_completes(
    site: LocalSite, tmp_path: Path
) -> None:
    started = threading.Event()
    site.add_handler("/slow", slow_body(4 * MB, delay=0.05, started=started, after=64 * 1024))
    documents = ["/eng/news/releases/index.php?ID=101", "/slow"]
    catalog = write_catalog(tmp_path / "c.toml", site.base_url, documents)
    archive = tmp_path / "a"
    command = [
        sys.executable,
        "-c",
        "from kzvotes.cli.commands import app; app()",
        "fetch",
        "--catalog",
        str(catalog),
        "--archive",
        str(archive),
        "--rate",
        "0",
        "--concurrency",
        "1",
    ]
    with (tmp_path / "log").open("wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        try:
            assert started.wait(60), "the download never started"
            assert wait_until(
                lambda: any(p.stat().st_size > 0 for p in (archive / "tmp").glob("*"))
            )
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait()
    assert process.returncode == -signal.SIGKILL

    # consistent: every object is whole under its sha256 name; the manifest reads
    arc = Archive(archive)
    for path in (archive / "objects").iterdir():
        arc.read_bytes(path.name)
    stored = {d.url for d in arc.stored_documents()}
    assert site.url("/slow") not in stored
    lines = (
        (archive / "manifest.jsonl").read_bytes().split(b"\n")
        if arc.manifest_path.exists()
        else [b""]
    )
    for raw in lines[:-1]:
        json.loads(raw)

    site.add_handler("/slow", big(4 * MB, declare_length=True))
    rerun = invoke("--catalog", str(catalog), "--archive", str(archive), "--rate", "0")

    assert rerun.exit_code == 0, rerun.output
    assert {d.url for d in arc.stored_documents()} == {site.url(p) for p in documents}
    assert list((archive / "tmp").iterdir()) == []
    for raw in arc.manifest_path.read_text().splitlines():
        json.loads(raw)
    (slow,) = [d for d in arc.stored_documents() if d.url.endswith("/slow")]
    assert len(arc.read_bytes(slow.sha256)) == 4 * MB


@pytest.mark.parametrize("rate", ["-1"])
def test_negative_rate_is_refused(rate: str, tmp_path: Path) -> None:
    assert invoke("--archive", str(tmp_path), "--rate", rate).exit_code == 2


def test_offline_shows_what_the_archive_holds_per_family(site: LocalSite, tmp_path: Path) -> None:
    catalog = write_catalog(tmp_path / "c.toml", site.base_url, ["/misc/cp1251.html"], True)
    archive = tmp_path / "a"
    assert (
        invoke("--catalog", str(catalog), "--archive", str(archive), "--rate", "0").exit_code == 0
    )
    site.reset_counters()

    result = invoke("--catalog", str(catalog), "--archive", str(archive), "--offline")

    assert result.exit_code == 0 and sum(site.hits.values()) == 0
    assert "archive holdings" in result.output
    rows = {
        line.split("│")[1].strip(): line
        for line in result.output.splitlines()
        if line.count("│") > 3
    }
    assert set(rows) >= {"document", "listing"}
