"""Words typed in two scripts are folded into their majority script, one character for one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzvotes.parse import text_document
from kzvotes.parse.lookalikes import fold_lookalikes


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        # SYNTHETIC phrases in the shapes of Kazakh pages typed without Kazakh letters
        ("Бiржан Әлiмов жеңiске жеттi", "Біржан Әлімов жеңіске жетті"),
        ("Iле ауданының әкiмi", "Іле ауданының әкімі"),
        ("Kаzakhstan", "Kazakhstan"),  # a Cyrillic "а" in a Latin word
        ("Qostanaı oblysynyń ákimі", "Qostanaı oblysynyń ákimi"),
        # as many twins typed in Latin as Cyrillic letters, but "ш" and "н" are only Cyrillic
        ("45 844 адамның iшiнeн", "45 844 адамның ішінен"),
        ("Sаılaý", "Saılaý"),  # a Cyrillic "а" among Latin letters without a twin
    ],
)
def test_a_mixed_word_takes_its_majority_script(typed: str, folded: str) -> None:
    assert fold_lookalikes(typed) == folded


@pytest.mark.parametrize("kept", ["Ai Ая", "AMANAT-тың", "Amanatтың", "COVID-19", "іс", "is"])
def test_single_script_words_and_words_without_twins_are_kept(kept: str) -> None:
    assert fold_lookalikes(kept) == kept


def test_a_plain_text_document_is_read_folded() -> None:
    doc = text_document("Сайлауда Бiржан Сапаров жеңiске жеттi.")
    assert "Біржан" in doc.text and "жеңіске" in doc.text


@given(st.text(alphabet="aeiopcxyABCEHIKMOPTXYаеіорсхуАВСЕНІКМОРТХУжқң 1-,.", max_size=40))
def test_offsets_never_move(text: str) -> None:
    assert len(fold_lookalikes(text)) == len(text)
