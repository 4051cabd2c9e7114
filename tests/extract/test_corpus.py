"""The evaluation over tests/corpus must stay above its floors."""

from __future__ import annotations

from pathlib import Path

from kzvotes.evaluate import (
    NAME_FLOOR,
    NUMERIC_FIELDS,
    PRECISION_FLOOR,
    RECALL_FLOOR,
    documents_in,
    evaluate_corpus,
)

CORPUS = Path(__file__).parent.parent / "corpus"


def test_corpus_is_large_and_covers_every_language() -> None:
    docs = documents_in(CORPUS)
    assert len(docs) >= 40
    prefixes = {p.name.split("-")[0] for p in docs}
    assert prefixes >= {"ru", "kk", "kkl", "en"}


def test_corpus_evaluation_meets_the_floors() -> None:
    ev = evaluate_corpus(CORPUS)
    problems = ev.below_floor()
    assert problems == [], "\n".join(problems + ev.problems)
    for name in NUMERIC_FIELDS:
        score = ev.scores[name]
        if score.relevant:
            assert score.recall >= RECALL_FLOOR
        if score.predicted:
            assert score.precision >= PRECISION_FLOOR
    assert ev.name_accuracy >= NAME_FLOOR
    assert ev.kind_right == ev.documents
