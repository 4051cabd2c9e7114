"""The evaluation over each corpus must stay above its floors.

tests/corpus was written alongside the extractors; tests/corpus_heldout was written before
the changes that followed it, in other wordings of the real formulae. Same floors for both.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kzvotes.evaluate import (
    NAME_FLOOR,
    NUMERIC_FIELDS,
    PRECISION_FLOOR,
    RECALL_FLOOR,
    documents_in,
    evaluate_corpus,
    extract_path,
)

TESTS = Path(__file__).parent.parent
CORPORA = {"corpus": (TESTS / "corpus", 40), "corpus_heldout": (TESTS / "corpus_heldout", 20)}


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


@pytest.mark.parametrize("name", CORPORA)
def test_voting_day_reports_never_give_results(name: str) -> None:
    reports = 0
    for path in documents_in(CORPORA[name][0]):
        expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
        if expected["kind"] != "voting_day":
            continue
        reports += 1
        got = extract_path(path)
        assert got["kind"] == "voting_day", path.name
        assert got["contests"] == [], path.name
    assert reports >= 5
