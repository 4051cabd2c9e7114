"""Build from an archive: archived documents become sources, their facts are reconciled.

The documents below were written for these tests in the real formulae. The first carries
the real Bokeyorda 2023 figures (mgorod.kz, from the WKO akimat); the second is SYNTHETIC:
the same message with against all changed from 178 to 179, to make sources disagree; the
third is a voting-day report with a real figure (zhaikpress.kz: 9 114 voters).
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from kzvotes.archive.store import Archive
from kzvotes.pipeline import build
from kzvotes.publish.table_read import read_table_csv
from kzvotes.publish.validate import validate_package

RESULTS_RU = """<html><head><meta charset="utf-8"><title>В ЗКО избрали трёх акимов</title></head>
<body><nav><a href="/">Главная</a></nav><article><h1>В ЗКО избрали трёх акимов</h1>
<p>Подведены итоги выборов акимов районов, прошедших 5 ноября 2023 года.</p>
<p>В Бокейординском районе за кандидата Нурлыбека Даумова от партии AMANAT проголосовали
4 660 человек, самовыдвиженец Мирамбек Гильманов получил 782 голоса.
Бюллетеней с отметкой «Против всех» — {against}.</p></article>
<footer>© Редакция</footer></body></html>"""

VOTING_DAY_KK = """<html><head><meta charset="utf-8"></head><body><article>
<p>Бүгін, 5 қарашада, Бөкей ордасы ауданында аудан әкімін сайлау өтіп жатыр.
Ауданда 9114 дауыс беруші бар. Сағат 10:00-дегі жағдай бойынша сайлаушылардың
12 пайызы дауыс берді.</p></article></body></html>"""


def store(archive: Archive, url: str, html: str, when: str) -> str:
    with archive.writer():
        sha = archive.store_bytes(html.encode("utf-8"))
        archive.append_manifest({
            "url": url, "final_url": url, "status": 200, "sha256": sha,
            "bytes": len(html.encode("utf-8")), "content_type": "text/html; charset=utf-8",
            "charset": "utf-8", "retrieved_at": when, "publisher_kind": "news",
        })  # fmt: skip
    return sha


@pytest.fixture
def archive_dir(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    archive = Archive(root)
    store(
        archive,
        "https://example.test/real",
        RESULTS_RU.format(against="178"),
        "2026-11-20T08:00:00Z",
    )
    store(
        archive,
        "https://example.test/synthetic",
        RESULTS_RU.format(against="179"),
        "2026-11-21T08:00:00Z",
    )
    store(archive, "https://example.test/voting-day", VOTING_DAY_KK, "2026-11-22T08:00:00Z")
    return root


def test_archived_documents_are_sources_and_their_facts_reconciled(
    small_ledger: Path, archive_dir: Path, tmp_path: Path
) -> None:
    report = build(small_ledger, archive_dir, tmp_path / "out")
    package = report.package_dir
    validate_package(package)
    sources = read_table_csv(package / "data" / "sources.csv", "sources")
    archived = sources.filter(pl.col("archived"))
    assert archived.height == 3
    assert set(archived["retrieved_at"].dt.to_string("%Y-%m-%d").to_list()) == {
        "2026-11-20", "2026-11-21", "2026-11-22",
    }  # fmt: skip

    facts = read_table_csv(package / "data" / "facts.csv", "facts")
    daumov = facts.filter(
        pl.col("row_key").str.ends_with("/KZ-27/bokeyorda/nurlybek-daumov")
        & (pl.col("field") == "votes")
    )
    # the ledger row and both archived documents agree on 4 660: all three are listed
    assert sorted(daumov["method"].to_list()) == ["extracted", "extracted", "transcribed"]
    assert set(daumov["value"].to_list()) == {"4660"}
    assert all(
        loc.startswith("chars ")
        for loc in daumov.filter(pl.col("method") == "extracted")["locator"]
    )

    conflicts = read_table_csv(package / "data" / "conflicts.csv", "conflicts")
    assert conflicts.select("field", "kept_value", "other_value").rows() == [
        ("contests.against_all", "178", "179")
    ]
    contests = read_table_csv(package / "data" / "contests.csv", "contests")
    bokeyorda = contests.filter(
        pl.col("contest_id") == "kz-akim-district-2023-11-05/KZ-27/bokeyorda"
    )
    assert bokeyorda["against_all"].to_list() == [178]  # the ledger's value is kept

    # the voting-day report feeds nothing (9 114 is in the ledger, transcribed, not extracted)
    assert facts.filter(pl.col("value") == "9114")["method"].to_list() == ["transcribed"]
    assert any("kind voting_day" in line for line in report.skipped_documents)
    # created comes from the newest input, not the clock
    assert '"created": "2026-11-27T00:00:00Z"' in (package / "datapackage.json").read_text(
        encoding="utf-8"
    )


def test_build_from_archive_is_reproducible(
    small_ledger: Path, archive_dir: Path, tmp_path: Path
) -> None:
    first = build(small_ledger, archive_dir, tmp_path / "a").package_dir
    second = build(small_ledger, archive_dir, tmp_path / "b").package_dir
    for path in sorted((first / "data").glob("*.csv")):
        assert path.read_bytes() == (second / "data" / path.name).read_bytes(), path.name


def test_a_corrupted_archive_object_is_named(
    small_ledger: Path, archive_dir: Path, tmp_path: Path
) -> None:
    [victim] = list((archive_dir / "objects").glob("*"))[:1]
    victim.write_bytes(b"tampered")
    report = build(small_ledger, archive_dir, tmp_path / "out")
    assert any(victim.name[:12] in line and "sha256" in line for line in report.skipped_documents)


CORPUS = Path(__file__).parents[1] / "corpus"


def test_build_from_an_archive_of_the_test_corpus(tmp_path: Path) -> None:
    """Every corpus document archived, then the embedded ledger built with it."""
    from kzvotes.config import ledger_dir

    root = tmp_path / "archive"
    archive = Archive(root)
    documents = sorted(p for p in CORPUS.iterdir() if p.suffix in (".html", ".txt"))
    with archive.writer():
        for path in documents:
            data = path.read_bytes()
            sha = archive.store_bytes(data)
            archive.append_manifest({
                "url": f"https://corpus.test/{path.name}", "status": 200, "sha256": sha,
                "bytes": len(data), "retrieved_at": "2026-11-20T08:00:00Z",
                "content_type": "text/html" if path.suffix == ".html" else "text/plain",
            })  # fmt: skip
    without = build(ledger_dir(), None, tmp_path / "ledger-only")
    report = build(ledger_dir(), root, tmp_path / "out")
    validate_package(report.package_dir)
    facts = read_table_csv(report.package_dir / "data" / "facts.csv", "facts")
    extracted = facts.filter(pl.col("method") == "extracted")
    assert extracted.height > 200
    assert report.archived_documents == len(documents)
    # printings such as Kozhanbaev / Kozhanbayev or Abilkhairuly / Абилхаирулы are matched to
    # the ledger's candidates instead of becoming new ones
    assert report.row_counts["candidates"] == without.row_counts["candidates"]
    semey = extracted.filter(
        pl.col("row_key").str.starts_with("kz-akim-city-2025-10-12/KZ-10/semey/")
    )
    assert {key.rsplit("/", 1)[1] for key in semey["row_key"]} <= {
        "adlet-kozhanbayev", "a-k-bekzhasarov", "k-m-tuleuov",
    }  # fmt: skip


def test_a_changed_document_is_a_revision_in_the_package(
    small_ledger: Path, tmp_path: Path
) -> None:
    root = tmp_path / "archive"
    archive = Archive(root)
    first = store(
        archive,
        "https://example.test/page",
        RESULTS_RU.format(against="178"),
        "2026-11-20T08:00:00Z",
    )
    second = store(
        archive,
        "https://example.test/page",
        RESULTS_RU.format(against="179"),
        "2026-11-21T08:00:00Z",
    )
    package = build(small_ledger, root, tmp_path / "out").package_dir
    revisions = read_table_csv(package / "data" / "source_revisions.csv", "source_revisions")
    assert revisions.select("url", "previous_sha256", "sha256").rows() == [
        ("https://example.test/page", first, second)
    ]
    sources = read_table_csv(package / "data" / "sources.csv", "sources").filter(pl.col("archived"))
    assert set(sources["sha256"]) == {first, second}  # every version stays a source
