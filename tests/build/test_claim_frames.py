"""The frame-first build reads and reconciles the ledger as the row-by-row rules do.

``read_ledger_frame`` must give the frame of ``read_ledger``'s rows (its column checks may
only send a file to that reader, never let a bad row through), and ``reconcile_ledger``
must keep, publish and conflict exactly as ``reconcile`` does on the same claims.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import polars as pl
import pytest
from build_helpers import replace_cell

from kzvotes.build import ledger_frame
from kzvotes.build.claim_frames import claim_objects, ledger_claims, reconcile_ledger
from kzvotes.build.claims import ClaimSet
from kzvotes.build.ledger import read_ledger
from kzvotes.build.ledger_frame import read_ledger_frame, results_frame
from kzvotes.build.normalize import publishers
from kzvotes.build.reconcile import reconcile
from kzvotes.config import ledger_dir
from kzvotes.errors import LedgerError
from kzvotes.ids import publisher_of


def _row_by_row(folder: Path) -> pl.DataFrame:
    return results_frame(read_ledger(folder).results)


@pytest.mark.parametrize(
    "folder", [ledger_dir(), Path(__file__).parent / "fixtures" / "ledger_small"]
)
def test_column_reading_gives_the_rows_of_the_reader(folder: Path) -> None:
    assert ledger_frame._clean_results(folder / "results.csv") is not None  # the fast path
    assert read_ledger_frame(folder).results.equals(_row_by_row(folder))


def _rewrite(path: Path, change: str) -> None:
    text = path.read_text(encoding="utf-8")
    if change == "crlf":
        path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    elif change == "bom":
        path.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    elif change == "blank line":
        path.write_text(text.replace("\n", "\n\n", 2), encoding="utf-8")


@pytest.mark.parametrize("change", ["crlf", "bom", "blank line"])
def test_files_the_column_reader_refuses_are_read_by_the_reader(
    small_ledger: Path, change: str
) -> None:
    _rewrite(small_ledger / "results.csv", change)
    assert read_ledger_frame(small_ledger).results.equals(_row_by_row(small_ledger))


def test_a_quoted_multi_line_note_keeps_its_lines(small_ledger: Path) -> None:
    replace_cell(small_ledger / "results.csv", 3, "note", 'SYNTHETIC, two\nlines, a "quote"')
    frame = read_ledger_frame(small_ledger).results
    assert ledger_frame._clean_results(small_ledger / "results.csv") is not None
    assert frame.equals(_row_by_row(small_ledger))
    assert frame.get_column("line").to_list()[:3] == [2, 3, 5]  # the note spans lines 3-4


@pytest.mark.parametrize(
    ("column", "value"),
    [("votes", "-5"), ("votes", "٤٦"), ("turnout_pct", "101"), ("election_date", "20231105"),
     ("candidate_key", "Nurlybek"), ("elected", "yes"), ("place_id", "KZ-27/atlantis")],
)  # fmt: skip
def test_a_cell_the_columns_cannot_vouch_for_goes_to_the_reader(
    small_ledger: Path, column: str, value: str
) -> None:
    replace_cell(small_ledger / "results.csv", 3, column, value)
    assert ledger_frame._clean_results(small_ledger / "results.csv") is None
    try:
        expected = _row_by_row(small_ledger)
    except LedgerError as err:
        with pytest.raises(LedgerError) as caught:
            read_ledger_frame(small_ledger)
        assert str(caught.value) == str(err)
    else:  # a value the reader accepts (digits of another script, an ISO basic date)
        assert read_ledger_frame(small_ledger).results.equals(expected)


def test_a_source_giving_two_values_goes_to_the_reader(small_ledger: Path) -> None:
    replace_cell(small_ledger / "results.csv", 3, "against_all", "1")
    assert ledger_frame._clean_results(small_ledger / "results.csv") is None
    with pytest.raises(LedgerError, match="one source gives one value"):
        read_ledger_frame(small_ledger)


def _synthetic_ledger(folder: Path) -> Path:
    """SYNTHETIC: two sources for one contest that disagree on turnout (beyond rounding),
    ballots cast and the winner, and agree on the rest; a third repeats a rounded turnout."""
    folder.mkdir()
    header = ("source_url,source_kind,election_date,election_type,place_id,place_as_transcribed,"
              "registered_voters,ballots_cast,turnout_pct,candidate_key,candidate_name,nominator,"
              "votes,against_all,invalid_ballots,elected,note")  # fmt: skip
    rows = [
        "https://a.test/1,news,2030-01-06,district_akim,KZ-27/bokeyorda,,1000,600,60.0,aa-bb,"
        "Aa Bb,self,500,10,,true,SYNTHETIC",
        "https://a.test/1,news,2030-01-06,district_akim,KZ-27/bokeyorda,,1000,600,60.0,cc-dd,"
        "Cc Dd,self,80,10,,false,SYNTHETIC",
        "https://b.test/2,cec,2030-01-06,district_akim,KZ-27/bokeyorda,,1000,610,61.0,aa-bb,"
        "Aa Bb,self,500,10,,false,SYNTHETIC",
        "https://c.test/3,cec,2030-01-06,district_akim,KZ-27/bokeyorda,,1000,,60.04,,,,,,,,"
        "SYNTHETIC",
    ]
    (folder / "results.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    (folder / "summaries.csv").write_text(
        "source_url,source_kind,election_date,election_type,scope,place_id,"
        "area_as_transcribed,metric,value,value_as_printed,note\n",
        encoding="utf-8",
    )
    return folder


def test_frames_reconcile_as_the_rules_do(tmp_path: Path) -> None:
    claimset = ClaimSet.empty()
    claims = ledger_claims(read_ledger_frame(_synthetic_ledger(tmp_path / "ledger")), claimset)
    objects = claim_objects(claims.sort("order"))
    contest_of = {c.candidate_id: c.contest_id for c in claimset.candidates.values()}
    rules = reconcile(objects, contest_of)
    frames = reconcile_ledger(claims.drop("order"))

    kept = {
        (t, r, f): (v, s)
        for t, r, f, v, s in frames.kept.select("table", "row_key", "field", "value", "source_id")
        .iter_rows()
    }  # fmt: skip
    assert kept == {
        key: (str(c.value).lower() if isinstance(c.value, bool) else str(c.value), c.source_id)
        for key, c in rules.kept.items()
    }
    assert set(frames.kept.get_column("trust")) == {"checked"} == set(rules.trust.values())
    assert sorted(frames.conflicts.rows()) == sorted(tuple(c.values()) for c in rules.conflicts)
    assert frames.conflicts.height == 3  # ballots cast, turnout 61.0, elected; not 60.04
    assert frames.evidence.height == claims.height - 3


def test_publishers_of_many_urls_are_publisher_of_each() -> None:
    urls = ["https://www.inform.kz./ru/a?b", "https://www.Inform.kz/x", "http://127.0.0.1:8000/x",
            "https://user@host.kz/x", "https://a.b.kz#x", "  https://x.kz/", "HTTPS://x.kz/",
            "https://www./x", "https://www.kz", "https://[::1]/x", "not a url"]  # fmt: skip
    assert publishers(urls) == {url: publisher_of(url) for url in urls}
