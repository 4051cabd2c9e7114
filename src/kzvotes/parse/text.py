"""Plain text into paragraphs."""

from __future__ import annotations

import re

from kzvotes.parse.lookalikes import fold_lookalikes

_BLANK = re.compile(r"\n[ \t\u00a0]*\n")
_SPACES = re.compile(r"[ \t\u00a0\u202f\u2009]+")


def clean_line(text: str) -> str:
    """Collapse runs of spaces, keeping non-breaking spaces inside numbers as plain spaces,
    and write a word typed in two scripts in one (:mod:`kzvotes.parse.lookalikes`).

    >>> clean_line("  17\\u00a0033   голоса ")
    '17 033 голоса'
    >>> clean_line("жеңiске жеттi")
    'жеңіске жетті'
    """
    return fold_lookalikes(_SPACES.sub(" ", text).strip())


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of a plain text: blank-line separated, else one per line.

    >>> split_paragraphs("a\\nb\\n\\nc")
    ['a b', 'c']
    >>> split_paragraphs("a\\nb")
    ['a', 'b']
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    blocks = _BLANK.split(text) if _BLANK.search(text) else text.split("\n")
    out = []
    for block in blocks:
        line = clean_line(block.replace("\n", " "))
        if line:
            out.append(line)
    return out
