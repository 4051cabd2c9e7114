"""The trust gate's rules on claims (SYNTHETIC figures unless a test says otherwise)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import polars as pl
from typer.testing import CliRunner

from kzvotes.build.claims import Claim, ClaimSet
from kzvotes.build.gate import DocumentDates, machine_contests_failing, publish, quarantine
from kzvotes.build.reconcile import reconcile
from kzvotes.cli.commands import app
from kzvotes.reference import load_places

DAY = date(2023, 11, 5)
PLACE = "KZ-27/syrym"


def _claimset(*, ledger_day: date | None = None) -> tuple[ClaimSet, set[str], set[str]]:
    claims = ClaimSet.empty()
    if ledger_day is None:
        return claims, set(), set()
    contest = claims.add_contest("district_akim", ledger_day, PLACE)
    winner = claims.add_candidate(contest, "ashat-bekenov")
    source = claims.cite("https://ledger.test/a", "news")
    claims.claims += [
        Claim("contests", contest, "ballots_cast", 6400, source, "ledger/results.csv", "transcribed"),
        Claim("candidates", winner, "name", "Асхат Бекенов", source, "ledger/results.csv", "transcribed"),
        Claim("candidates", winner, "votes", 5000, source, "ledger/results.csv", "transcribed"),
        Claim("candidates", winner, "elected", True, source, "ledger/results.csv", "transcribed"),
    ]  # fmt: skip
    return claims, set(claims.contests), set(claims.candidates)


def _read(claims: ClaimSet, sha: str, day: date, name: str, votes: int, elected: bool) -> None:
    contest = claims.add_contest("district_akim", day, PLACE)
    key = "-".join(name.lower().split())
    candidate = claims.add_candidate(contest, key)
    claims.claims += [
        Claim("candidates", candidate, "name", name, sha, "chars 0-5", "extracted"),
        Claim("candidates", candidate, "votes", votes, sha, "chars 10-14", "extracted"),
        Claim("candidates", candidate, "elected", elected, sha, "chars 20-26", "extracted"),
    ]


def _dates(day: date) -> DocumentDates:
    return DocumentDates(published=day, retrieved=day)


def test_a_second_winner_against_the_ledger_is_quarantined() -> None:
    claims, contests, _ = _claimset(ledger_day=DAY)
    _read(claims, "doc-a", DAY, "ashat bekenov", 5000, True)  # agrees
    _read(claims, "doc-b", DAY, "askar zhumabaev", 5210, True)  # a second winner
    held = quarantine(claims, contests, {"doc-a": _dates(DAY), "doc-b": _dates(DAY)}, load_places())
    assert {(q.claim.source_id, q.check_id) for q in held} == {("doc-b", "one_winner")}


def test_a_date_after_the_document_is_quarantined() -> None:
    claims, _, _ = _claimset()
    later = date(2024, 9, 1)
    _read(claims, "doc", later, "askar zhumabaev", 5210, True)
    held = quarantine(claims, set(), {"doc": _dates(DAY)}, load_places())
    assert {q.check_id for q in held} == {"date_after_document"}


def test_the_year_of_another_contest_of_the_same_people_is_quarantined() -> None:
    claims, contests, _ = _claimset(ledger_day=DAY)
    wrong_year = date(2024, 11, 3)
    _read(claims, "doc", wrong_year, "ashat bekenov", 5000, True)
    held = quarantine(claims, contests, {"doc": _dates(date(2024, 12, 1))}, load_places())
    assert {q.check_id for q in held} == {"date_of_another_contest"}
    assert "ashat-bekenov" in held[0].detail


def test_a_reading_by_one_publisher_is_pending_and_by_two_is_published() -> None:
    claims, _, _ = _claimset()
    for sha in ("doc-a", "doc-b", "doc-c"):
        _read(claims, sha, DAY, "erlan saparov", 1200, False)
    publishers = {"doc-a": "one.test", "doc-b": "one.test", "doc-c": "two.test"}
    urls = {sha: f"https://{host}/{sha}" for sha, host in publishers.items()}

    same_publisher = [c for c in claims.claims if c.source_id != "doc-c"]
    rec = reconcile(same_publisher, {}, publishers)
    gated = publish(
        ClaimSet(claims.contests, claims.candidates, same_publisher, {}, {}),
        rec,
        set(),
        set(),
        [],
        urls,
    )
    assert not gated.claimset.candidates and len(gated.pending) == 6
    assert {row["status"] for row in gated.pending} == {"single_source"}

    rec = reconcile(claims.claims, {}, publishers)
    gated = publish(claims, rec, set(), set(), [], urls)
    assert list(gated.claimset.candidates) == [
        "kz-akim-district-2023-11-05/KZ-27/syrym/erlan-saparov"
    ]
    assert set(gated.trust.values()) == {"corroborated"} and not gated.pending


def test_only_contests_with_machine_values_are_held_by_a_failing_table_check() -> None:
    checks = pl.DataFrame({
        "check_id": ["one_winner", "one_winner", "election_on_sunday"],
        "severity": ["hard", "hard", "soft"],
        "contest_id": ["a", "b", "c"],
        "passed": [False, False, False],
        "detail": ["2 candidate(s) marked elected"] * 2 + ["Saturday"],
    })  # fmt: skip
    trust = {"a": "checked", "b": "corroborated", "c": "corroborated"}
    assert machine_contests_failing(checks, trust) == {
        "b": ("one_winner", "2 candidate(s) marked elected")
    }


def test_review_in_the_terminal_writes_accepted_rows(tmp_path: Path) -> None:
    """The interactive loop: accept the first reading, correct the second, quit."""
    import shutil

    from kzvotes.pipeline import build

    fixtures = Path(__file__).parent / "fixtures"
    ledger = tmp_path / "ledger"
    shutil.copytree(fixtures / "ledger_small", ledger)
    package = build(ledger, None, tmp_path / "out").package_dir
    pending = package / "data" / "pending.csv"
    header = pending.read_text(encoding="utf-8")
    url = "https://one.test/zhanibek"
    contest = "kz-akim-district-2023-11-05/KZ-27/zhanibek"
    pending.write_text(
        header
        + f"{contest},contests,{contest},registered_voters,8500,doc,{url},chars 1-6,single_source,,one\n"
        + f"{contest},contests,{contest},ballots_cast,5900,doc,{url},chars 9-14,single_source,,one\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        app,
        [
            "review",
            "--package",
            str(package),
            "--archive",
            str(tmp_path / "none"),
            "--ledger",
            str(ledger),
        ],
        input="c\n5901\na\n",
    )
    assert result.exit_code == 0, result.output
    assert "1 row(s) written (1 contest(s), 0 candidate(s))" in result.output
    last = (ledger / "results.csv").read_text(encoding="utf-8").splitlines()[-1]
    assert last.startswith(f"{url},news,2023-11-05,district_akim,KZ-27/zhanibek,")
    assert ",8500,5901," in last
