"""Metamorphic: page noise leaves what is read from every corpus document as it was.

Each document of tests/corpus*/ is read as written and again after a perturbation of
tests/extract/perturb.py (a byline before it, straight quotes, a Latin "i" for "і",
surnames in capitals, non-breaking spaces in numbers, a "read also" link, a share footer,
...); the places, dates, figures, names, votes, shares, nominators and winners must be the
same. ``python tests/extract/perturb.py`` prints the table per perturbation.

Runtime: the noise all at once on every document, each perturbation alone on a
deterministic sample of the documents, and the line breaks removed on every document (the
extractor reads about 70 documents a second; a perturbation that leaves the paragraphs as
they were needs no extraction).
"""

from __future__ import annotations

from typing import Any

import pytest
from perturb import (
    PERTURBATIONS,
    Sample,
    corpora,
    flatten,
    load_samples,
    reading,
    same_paragraphs,
)

SAMPLES = load_samples(corpora())
_BASE: dict[str, Any] = {}

# Every perturbation but the line breaks' leaves every reading as it was (measured on all
# the documents); alone, each is checked on every 10th document.
ALONE = [name for name in PERTURBATIONS if name not in ("flatten", "all but flatten")]
_SAMPLE_STEP = 10

# Pages scraped without their line breaks that still read differently (23 of 973 when
# measured): rows of a table or a list told apart only by their line breaks ("Name | party |
# votes", "Label: value" boxes, numbered winners by region), a headline without a full stop
# run into the first sentence ("... Талгара Абилхаирулы стал ...": "Талгар" read as a given
# name), and a dateline then read as part of the message (the day after the vote taken).
FLATTEN_LEFT = frozenset(
    {
        "corpus/en-06-karatobe-fewest",
        "corpus_blind/ru-03-talgar-percent",
        "corpus_blind3/kkl-baiterek",
        "corpus_heldout/en-h05-bokeikhan",
        "corpus_heldout/ru-h14-bokeikhan-rural-adj",
        "corpus_real2/ru-solnechny-chetyre-kandidata",
        "corpus_real4/ru-talgar-otdali-golosa-protsenty",
        "corpus_real_blind11/en-bokeikhan-label-lines",
        "corpus_real_blind11/en-toretam-zhetesbi-pipe-table",
        "corpus_real_blind11/kk-bokeikhan-numbers-box",
        "corpus_real_blind12/kk-bokeikhan-labels",
        "corpus_real_blind12/kk-talgar-pipe-table",
        "corpus_real_blind12/kkl-fort-shevchenko-telegram",
        "corpus_real_blind12/kkl-toretam-zhetesbi-pipe",
        "corpus_real_blind2/kk-montaitas-tizim",
        "corpus_real_blind5/en-kyzylorda-two-settlements-bio",
        "corpus_real_blind5/kk-altai-feature-retro",
        "corpus_real_blind5/kk-zhanasemey-govkz",
        "corpus_real_blind5/kkl-bokeikhan-table",
        "corpus_real_blind5/ru-baiterek-table-lines",
        "corpus_real_blind6/ru-pilot-winners-by-region",
        "corpus_real_blind7/kkl-talgar-table-rows",
        "corpus_real_blind8/ru-zko-protocol-three-districts",
    }
)


def _base(sample: Sample) -> Any:
    if sample.label not in _BASE:
        _BASE[sample.label] = reading(sample.text)
    return _BASE[sample.label]


def _differs(sample: Sample, noisy: str) -> bool:
    if noisy == sample.text or same_paragraphs(noisy, sample.text):
        return False
    return reading(noisy) != _base(sample)


def test_the_corpora_are_read() -> None:
    assert len(SAMPLES) > 500
    assert any(s.name_spans for s in SAMPLES)


def test_all_the_noise_at_once_leaves_every_reading() -> None:
    perturb = PERTURBATIONS["all but flatten"]
    changed = [s.label for s in SAMPLES if _differs(s, perturb(s.text, s))]
    assert changed == []


@pytest.mark.parametrize("name", ALONE)
def test_each_noise_alone_leaves_the_reading(name: str) -> None:
    perturb = PERTURBATIONS[name]
    sample = SAMPLES[::_SAMPLE_STEP]
    touched = [s for s in sample if perturb(s.text, s) != s.text]
    changed = [s.label for s in touched if _differs(s, perturb(s.text, s))]
    assert changed == []


def test_a_page_without_line_breaks_changes_only_the_known_readings() -> None:
    changed = {s.label for s in SAMPLES if _differs(s, flatten(s.text, s))}
    # a document read alike now may be struck from FLATTEN_LEFT (not asserted: a fix made
    # elsewhere must not fail this test)
    assert changed <= FLATTEN_LEFT, sorted(changed - FLATTEN_LEFT)
