"""What the extractor reads from a text composed for a test: the small helpers the rule
tests of tests/extract share (one home instead of a copy per tuning round)."""

from __future__ import annotations

from kzvotes.extract import ExtractedContest, ExtractedDocument, extract_document
from kzvotes.parse import text_document


def run(text: str) -> ExtractedDocument:
    """The extraction of ``text`` as a plain-text document."""
    return extract_document(text_document(text))


def only(text: str) -> ExtractedContest:
    """The one contest read from ``text`` (fails when there is not exactly one)."""
    (contest,) = run(text).contests
    return contest


def fact(value: object) -> object:
    """A read value without its span and rule (``None`` stays ``None``)."""
    return getattr(value, "value", value)
