"""The held-out corpus (tests/corpus_heldout): documents written before the extractor
changes that followed them, in other wordings of the real formulae. The floors are the
same as for tests/corpus, and every voting-day report must yield no contest."""

from __future__ import annotations

import json
from pathlib import Path

from kzvotes.evaluate import (
    NAME_FLOOR,
    NUMERIC_FIELDS,
    PRECISION_FLOOR,
    RECALL_FLOOR,
    documents_in,
    evaluate_corpus,
    extract_path,
)

HELDOUT = Path(__file__).parent.parent / "corpus_heldout"


def test_heldout_corpus_is_large_and_covers_every_language() -> None:
    docs = documents_in(HELDOUT)
    assert len(docs) >= 20
    prefixes = {p.name.split("-")[0] for p in docs}
    assert prefixes >= {"ru", "kk", "kkl", "en"}
    assert (HELDOUT / "README.md").exists()


def test_heldout_evaluation_meets_the_floors() -> None:
    ev = evaluate_corpus(HELDOUT)
    problems = ev.below_floor()
    assert problems == [], "\n".join(problems + ev.problems)
    for name in NUMERIC_FIELDS:
        score = ev.scores[name]
        if score.relevant:
            assert score.recall >= RECALL_FLOOR, name
        if score.predicted:
            assert score.precision >= PRECISION_FLOOR, name
    assert ev.name_accuracy >= NAME_FLOOR
    assert ev.kind_right == ev.documents
    assert ev.scores["place_id"].recall >= 0.95
    assert ev.scores["elected"].recall >= 0.95


def test_heldout_voting_day_reports_never_give_results() -> None:
    for path in documents_in(HELDOUT):
        expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
        if expected["kind"] != "voting_day":
            continue
        got = extract_path(path)
        assert got["kind"] == "voting_day", path.name
        assert got["contests"] == [], path.name
