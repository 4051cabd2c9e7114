"""Plain text into paragraphs."""

from __future__ import annotations

import itertools
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
    """Paragraphs of a plain text: blank-line separated, else one per line. The lines of a
    card ("Label | value", :func:`_own_lines`) stay paragraphs of their own either way, so
    that a blank line elsewhere (a share footer's) does not join them.

    >>> split_paragraphs("a\\nb\\n\\nc")
    ['a b', 'c']
    >>> split_paragraphs("a\\nb")
    ['a', 'b']
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    blocks = _BLANK.split(text) if _BLANK.search(text) else text.split("\n")
    out = []
    single = []
    for block in blocks:
        # a block of lines each of its own (a card): its lines, as where no blank
        # line is (a blank line elsewhere, a footer's, changes nothing in it)
        lines = [clean_line(x) for x in block.strip().split("\n")]
        for line in (
            [x for x in lines if x] if _own_lines(lines) else [clean_line(block.replace("\n", " "))]
        ):
            if line:
                out.append(line)
                single.append("\n" not in block.strip())
    if not _BLANK.search(text):
        return out
    # a card's rows printed each as a paragraph of its own stay so, as its lines do
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and single[j] and out[j].count("|") == 1:
            j += 1
        if _own_lines(out[i:j]):
            single[i:j] = [False] * (j - i)
        i = max(j, i + 1)
    return join_rows(out, single)


# a line that goes on from the one before it (a line broken inside a sentence): it starts
# with a lower-case letter, or the line before ends with a comma, a bracket or a word's hyphen
_GOES_ON = re.compile(r"(?:,|\(|\w-)\Z")


def _own_lines(lines: list[str]) -> bool:
    """Whether the lines of a block are each one of its own: a card's, three rows or more
    of a label and its value ("Label | value", no line of more cells), three of them
    words alone (a name, a nomination, a source), none going on from the line before."""
    kept = [x for x in lines if x]
    rows = [x for x in kept if x.count("|") == 1]
    # a table of two columns has figures on every row but its header's (two tables one
    # after the other, two headers)
    words_alone = [x for x in rows if not re.search(r"\d", x)]
    if len(rows) < 3 or len(words_alone) < 3 or any(x.count("|") > 1 for x in kept):
        return False
    return not any(b[:1].islower() or _GOES_ON.search(a) for a, b in itertools.pairwise(kept))


# a row of a table or a list: "Артур Өтепов: 130", "Тізімде – 1 106 сайлаушы",
# "Жусупов Серик Рашулы | 1498", "– Ербол Ахметов: 904 дауыс;", "1) С. Ибраев — 1008",
# "X / party / 9071" (a label, a separator, a figure and at most a word after it), or cells
# between bars with a figure among them
_ROW = re.compile(
    r"[^!?\n]{2,100}?(?:[:–—|/-]|\.{3,}|…)\s*\d[\d ]*(?:[.,]\d+)?\s*%?(?:\s*[^\W\d]{1,15})?"
    r"(?:\s*\(\d+(?:[.,]\d+)?\s*%\))?[;.,]?"
    r"|(?=[^\n]*\d)[^\n]{0,160}\|[^\n]{0,160}"
    # an item of a numbered or bulleted list, one sentence at most; a sub-item ("3.1.") too
    r"|(?:\d{1,2}(?:\.\d{1,2})*[.)]|[–—•-])\s(?![^\n]*[.!?]\s)[^\n]{2,200}"
)
# the heading of such rows: "Кандидаттардың алған дауыстары", "Үміткерлер:", "3. Голоса
# распределились так:", a table's header "Кандидат | Голоса"
_ROW_HEADING = re.compile(r"[^\d.!?\n]{3,60}|[^\n]{3,80}:")
_TABLE_HEADER = re.compile(r"[^\d\n]*[|/][^\d\n]*")


def join_rows(paragraphs: list[str], single: list[bool] | None = None) -> list[str]:
    """``paragraphs`` with every run of two rows or more (of a table or a list, each printed
    as a paragraph of its own: a page with a blank line after every line) joined into one
    paragraph with the heading right before it, as the lines of one block are. Only the
    paragraphs that were one line (``single``, all by default) are rows or headings: a
    block of several lines is already joined.

    >>> join_rows(["Итоги:", "Иванов: 130", "Петров: 102", "Он избран."])
    ['Итоги: Иванов: 130 Петров: 102', 'Он избран.']
    >>> join_rows(["Иванов: 130", "Он избран."])
    ['Иванов: 130', 'Он избран.']
    """
    single = single or [True] * len(paragraphs)
    out: list[str] = []
    i = 0
    while i < len(paragraphs):
        j = i
        while j < len(paragraphs) and single[j] and _ROW.fullmatch(paragraphs[j]):
            j += 1
        headed = (
            i > 0
            and j > i
            and single[i - 1]
            and out[-1] == paragraphs[i - 1]
            and bool(_ROW_HEADING.fullmatch(out[-1]))
            and not _ROW.fullmatch(out[-1])
        )
        # two rows or more, or one under a table's header ("Кандидат | Голоса")
        if j - i >= 2 or (headed and _TABLE_HEADER.fullmatch(out[-1])):
            rows = paragraphs[i:j]
            if headed:
                rows.insert(0, out.pop())
            out.append(" ".join(rows))
            i = j
        else:
            out.append(paragraphs[i])
            i += 1
    return out
