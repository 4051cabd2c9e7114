"""The evaluation over each corpus must stay above its floors (see tests/CORPORA.md).

Floors are asserted on the corpora the extractors were developed or corrected against;
tests/corpus_real (real-structure documents, the tuning set of issue 9) is held to the
issue's floors per field, and so are tests/corpus_real_blind (first held out, now a tuning
set), tests/corpus_real2 (ru, en), tests/corpus_real3 (kk, kk-Latn) and
tests/corpus_real_blind2 (held out and scored once by the lead, since then a tuning set),
tests/corpus_real_blind3 (likewise) and tests/corpus_real4 (real structures, issue 9);
tests/corpus_blind3 (one recall below a floor) and tests/corpus_blind6 are scored by
`make eval` and only held to the rule that a voting-day report never yields results.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kzvotes.evaluate import (
    ISSUE_FLOORS,
    NAME_FLOOR,
    NUMERIC_FIELDS,
    PRECISION_FLOOR,
    RECALL_FLOOR,
    documents_in,
    evaluate_corpus,
    extract_path,
)

TESTS = Path(__file__).parent.parent
CORPORA = {
    "corpus": (TESTS / "corpus", 40),
    "corpus_heldout": (TESTS / "corpus_heldout", 20),
    "corpus_blind": (TESTS / "corpus_blind", 16),
    "corpus_blind2": (TESTS / "corpus_blind2", 20),
    "corpus_blind4": (TESTS / "corpus_blind4", 24),
    "corpus_blind5": (TESTS / "corpus_blind5", 24),
}
ALL_CORPORA = sorted(p.name for p in TESTS.glob("corpus*") if p.is_dir())
# issue 9: the floors per field on the real-structure tuning sets, with their least size
ISSUE_CORPORA = {
    "corpus_real": 60,
    "corpus_real_blind": 40,
    "corpus_real2": 40,
    "corpus_real3": 30,
    "corpus_real_blind2": 70,
    # scored once, then a tuning set; held to these floors since the general rules of
    # branch i9-general (names, votes, winners, places, nominators, shares 1.00/1.00,
    # dates 0.96/1.00)
    "corpus_real_blind3": 30,
    # written after reading 61 real pages, in their structures (see its README)
    "corpus_real4": 30,
    # scored once (names 0.93/0.98, votes 0.84/0.96), then a tuning set; held to these
    # floors since branch i9-fix4
    "corpus_real_blind4": 56,
    # scored once (names 0.85/1.00, votes 0.78/1.00, against all 0.31/0.36), then a
    # tuning set; held to these floors since branch i9-fix5
    "corpus_real_blind5": 49,
    # scored once (names 0.67/0.98, votes 0.65/1.00), then a tuning set; held to these
    # floors since branch i9-fix6b (counts in words, Kazakh Latin without diacritics)
    "corpus_real_blind6": 55,
    # scored once (names 0.88/0.93, votes 0.88/1.00, winners 0.89/0.97), then a tuning
    # set; held to these floors since branch i9-fix7
    "corpus_real_blind7": 44,
    # scored once (names 0.86/0.95, votes 0.74/1.00, winners 0.75/0.94, two contests from
    # texts without a result), then a tuning set; held to these floors since branch i9-fix8
    "corpus_real_blind8": 42,
    # scored once (names 0.74/0.92, votes 0.74/1.00, winners 0.65/0.96, nominators
    # 0.20/1.00), then a tuning set; held to these floors since branch i9-fix9
    "corpus_real_blind9": 40,
    # scored once, then tuning sets; held to these floors since branch i9-fix13 (blind11:
    # nominators 0.83, registered voters 0.87; blind12: names 0.92, votes 0.91, winners
    # 0.84, shares 0.50 before it)
    "corpus_real_blind11": 40,
    "corpus_real_blind12": 32,
    # scored once (names 0.98/0.97, winners 0.93/0.96, places 0.94/1.00, shares 1.00/0.75,
    # one contest from a text without a result), then a tuning set; held to these floors
    # since branch i9-fix14
    "corpus_real_blind13": 36,
    # scored once (names 0.93/0.93 by a convention since restored: `name` keeps the printed
    # patronymic; kinds 31/36), then a tuning set; held to these floors since branch i9-fix17
    "corpus_real_blind14": 36,
    # scored once (names 0.86/0.98, votes 0.88/1.00, winners 0.79/1.00, places 0.90/0.96),
    # then a tuning set; held to these floors since branch i9-fix18
    "corpus_real_blind15": 36,
}


@pytest.mark.parametrize("name", CORPORA)
def test_corpus_is_large_and_covers_every_language(name: str) -> None:
    folder, minimum = CORPORA[name]
    docs = documents_in(folder)
    assert len(docs) >= minimum
    assert {p.name.split("-")[0] for p in docs} >= {"ru", "kk", "kkl", "en"}
    assert (folder / "README.md").exists()


@pytest.mark.parametrize("name", CORPORA)
def test_corpus_evaluation_meets_the_floors(name: str) -> None:
    ev = evaluate_corpus(CORPORA[name][0])
    problems = ev.below_floor()
    assert problems == [], "\n".join(problems + ev.problems)
    for field in NUMERIC_FIELDS:
        score = ev.scores[field]
        if score.relevant:
            assert score.recall >= RECALL_FLOOR, field
        if score.predicted:
            assert score.precision >= PRECISION_FLOOR, field
    assert ev.name_accuracy >= NAME_FLOOR
    assert ev.kind_right == ev.documents
    assert ev.scores["place_id"].recall >= 0.95
    assert ev.scores["elected"].recall >= 0.95


@pytest.mark.parametrize("name", ALL_CORPORA)
def test_voting_day_reports_never_give_results(name: str) -> None:
    reports = 0
    for path in documents_in(TESTS / name):
        expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
        if expected["kind"] != "voting_day":
            continue
        reports += 1
        got = extract_path(path)
        # the rule is that it gives no results; naming its kind exactly is scored by the floors
        assert got["kind"] != "results", path.name
        assert got["contests"] == [], path.name
    assert reports >= 4


@pytest.mark.parametrize("name", ISSUE_CORPORA)
def test_real_structure_corpus_meets_the_issue_floors(name: str) -> None:
    ev = evaluate_corpus(TESTS / name)
    assert ev.documents >= ISSUE_CORPORA[name]
    for field, (recall, precision) in ISSUE_FLOORS.items():
        score = ev.scores[field]
        assert score.recall >= recall, (field, "\n".join(ev.problems))
        assert score.precision >= precision, (field, "\n".join(ev.problems))
    assert ev.spurious_contests == []
    assert ev.span_errors == []


@pytest.mark.parametrize("name", ALL_CORPORA)
def test_no_text_without_a_result_gives_a_contest(name: str) -> None:
    """Voting day, announcement, summary or indirect election: never a contest."""
    ev = evaluate_corpus(TESTS / name)
    assert ev.spurious_contests == []
    assert ev.span_errors == []
