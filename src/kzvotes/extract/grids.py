"""Pass 6, its grids: tables and cards, whose figures are labelled by a column's heading
or a row's label, not by the words of a sentence ("Settlement | On voter list | Voted |
Elected", "Votes | 89,441 (77.1%)"). Each table row or card is read as a contest of its
own; ``tables_read`` hands the rest of a sentence back to the prose reader."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from kzvotes.extract.model import Fact
from kzvotes.extract.names import find_names
from kzvotes.extract.numbers import Number, find_numbers
from kzvotes.extract.parties import find_nominator, party_spans
from kzvotes.extract.places import find_places
from kzvotes.extract.reading import Candidate, Reading, most_specific
from kzvotes.extract.segment import CUES, Sentence
from kzvotes.extract.wording import words

_COLUMNS = (
    "column_place",
    "column_registered",
    "column_ballots",
    "column_winner",
    "column_nominator",
    "column_candidate",
    "column_votes",
    "column_share",
)
_CARD_ROWS = ("card_person", "card_elected", "card_nominator", "card_votes", "card_others")
_HEADING = {c: re.compile(words(c), re.IGNORECASE) for c in _COLUMNS + _CARD_ROWS}
# a row of dashes under a table's heading ("|-----|------|"), or a card's rule ("-------")
_RULE_LINE = re.compile(r"[ \t|:+=–—-]*")
# "№", "#", "No.": the heading of a column of row numbers
_ROW_NUMBER_HEADING = re.compile(r"№|#|No\.?|N", re.IGNORECASE)


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of one line of a pipe table, each trimmed: ``(start, end)`` spans; the
    bars at the line's ends open and close no cell."""
    line = text[start:end]
    bars = [i for i, ch in enumerate(line) if ch == "|"]
    edges = [-1, *bars, len(line)]
    out = []
    for a, b in pairwise(edges):
        s, e = a + 1, b
        while s < e and line[s].isspace():
            s += 1
        while e > s and line[e - 1].isspace():
            e -= 1
        out.append((start + s, start + e))
    if line.lstrip().startswith("|") and out and out[0][0] == out[0][1]:
        out = out[1:]
    if line.rstrip().endswith("|") and out and out[-1][0] == out[-1][1]:
        out = out[:-1]
    return out


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of ``text[start:end]`` as spans."""
    out, at = [], start
    while at < end:
        stop = text.find("\n", at, end)
        stop = end if stop < 0 else stop
        out.append((at, stop))
        at = stop + 1
    return out


def _heading_of(text: str, span: tuple[int, int]) -> str | None:
    """The concept a cell's heading names, when the whole cell is its words."""
    cell = text[span[0] : span[1]].strip(" *:")
    for concept, rx in _HEADING.items():
        if rx.fullmatch(cell):
            return concept
    return None


def _place_of_cell(r: Reading, a: int, b: int) -> str | None:
    """The contest of the most specific place named in a table cell."""
    keyed = []
    for m in find_places(r.text, a, b):
        found = r.place_key(m)
        if found:
            keyed.append((m, found[0]))
    keys = list(dict.fromkeys(k for _, k in most_specific(r, keyed)))
    return keys[0] if len(keys) == 1 else None


def _one_figure(r: Reading, lang: str, a: int, b: int) -> list[Number]:
    """The numbers of a cell, with the document's offsets."""
    return [
        Number(n.value, n.start + a, n.end + a, n.percent, n.approximate)
        for n in find_numbers(r.text[a:b], language=lang)
    ]


@dataclass
class Table:
    """A pipe table of places: its span, the concepts of its columns, its heading's cells and
    its rows' cells."""

    start: int
    end: int
    columns: list[str | None]
    head: list[tuple[int, int]]
    rows: list[list[tuple[int, int]]]
    read: bool = False
    # whether each row is a contest of its own place; else every row is a candidate of
    # the contest being read
    of_places: bool = True


def _table_blocks(text: str) -> list[tuple[int, int]]:
    """The spans of text that may hold a pipe table: runs of lines with at least two bars
    each, next to each other (a blank line ends a run)."""
    out: list[tuple[int, int]] = []
    run: tuple[int, int] | None = None
    for a, b in _lines(text, 0, len(text)):
        if text.count("|", a, b) >= 2:
            run = (run[0], b) if run is not None and run[1] + 1 == a else (a, b)
            if out and out[-1][0] == run[0]:
                out[-1] = run
            else:
                out.append(run)
        else:
            run = None
    return out


def _flat_cells(text: str, a: int, b: int) -> list[tuple[int, int] | None]:
    """The cells of a block of table text, ``None`` where a row ends: at a line break, at
    an empty cell between two bars ("... | | ..."); rules of dashes are no cells."""
    out: list[tuple[int, int] | None] = []
    for la, lb in _lines(text, a, b):
        cells = _cells(text, la, lb)
        line = text[la:lb].strip()
        for cell in cells:
            if cell[0] == cell[1]:
                out.append(None)
            elif not _RULE_LINE.fullmatch(text[cell[0] : cell[1]]):
                out.append(cell)
        if line and not _RULE_LINE.fullmatch(line):
            out.append(None)
    return out


def _heading_prefix(text: str, a: int, b: int) -> int | None:
    """Where the words of a column's heading end at the start of a cell that runs into the
    next row's first cell ("Nominated by Toretam village"): the longest such prefix."""
    ends = [m.start() for m in re.finditer(r"\s+", text[a:b])]
    for end in sorted(ends, reverse=True):
        if _heading_of(text, (a, a + end)) is not None:
            return a + end
    return None


def _row_start(text: str, a: int, b: int) -> int | None:
    """Where a row's first cell (a place) begins in a cell that the row before runs into
    ("self-nomination Zhetes Bi rural district"): the first place named after a word."""
    for m in find_places(text, a, b):
        if m.start > a and text[a : m.start].strip():
            return m.start
    return None


def _merged_rows(
    text: str, cells: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[list[tuple[int, int]]]] | None:
    """A table whose rows run together ("A | B | C Row1 | x | y Row2 | ..."): its heading
    and rows, the merged cells cut at the end of the heading's words and at each row's
    place."""
    for n in range(3, len(cells)):
        if (len(cells) - 1) % (n - 1) or (len(cells) - 1) // (n - 1) < 2:
            continue
        if any(re.search(r"\d", text[x:y]) for x, y in cells[: n - 1]):
            return None
        a, b = cells[n - 1]
        cut = _heading_prefix(text, a, b)
        if cut is None:
            continue
        head = [*cells[: n - 1], (a, cut)]
        first = (cut + len(text[cut:b]) - len(text[cut:b].lstrip()), b)
        rows: list[list[tuple[int, int]]] = []
        row = [first]
        for x, y in cells[n:]:
            if len(row) < n - 1:
                row.append((x, y))
                continue
            # the last cell of a row, run into the next row's first (but for the last row)
            if (x, y) == cells[-1]:
                row.append((x, y))
                break
            start = _row_start(text, x, y)
            if start is None:
                return None
            end = x + len(text[x:start].rstrip())
            row.append((x, end))
            rows.append(row)
            row = [(start, y)]
        rows.append(row)
        if all(len(r) == n for r in rows):
            return head, rows
        return None
    return None


def find_tables(text: str) -> list[Table]:
    """``Settlement | On voter list | Voted | Candidates | Elected | Nominated by``: the pipe
    tables with a column of places and one of the people elected (or of candidates), one
    contest a row, whose figures are labelled by the heading of their column (the rows may
    run together into one line of the plain text, or be cut by a full stop in a cell)."""
    out: list[Table] = []
    for a, b in _table_blocks(text):
        flat = _flat_cells(text, a, b)
        groups: list[list[tuple[int, int]]] = [[]]
        for cell in flat:
            if cell is None:
                if groups[-1]:
                    groups.append([])
            else:
                groups[-1].append(cell)
        groups = [g for g in groups if g]
        if len(groups) >= 2 and len({len(g) for g in groups}) == 1:
            head, rows = groups[0], groups[1:]
        elif len(groups) == 1:
            merged = _merged_rows(text, groups[0])
            if merged is None:
                continue
            head, rows = merged
        else:
            continue
        columns = [_heading_of(text, c) for c in head]
        if _ROW_NUMBER_HEADING.fullmatch(text[head[0][0] : head[0][1]]):
            # "№ | Сельский округ | ...": a column of row numbers before the places
            columns[0] = None
            first = 1
        else:
            first = 0
        if any(re.search(r"\d", text[x:y]) for x, y in head):
            continue
        if _of_candidates(columns):
            out.append(Table(head[0][0], rows[-1][-1][1], columns, head, rows, of_places=False))
            continue
        if (
            len(head) < 3 + first
            or columns[first] != "column_place"
            or not ({"column_winner", "column_candidate"} & set(columns))
        ):
            continue
        out.append(Table(head[0][0], rows[-1][-1][1], columns, head, rows))
    return out


def _of_candidates(columns: list[str | None]) -> bool:
    """Whether a table's heading is one of a single contest's candidates, each column
    named once ("Votes | Candidate | Nominated by", in any order): a column of candidates
    and one of their votes, and none of places."""
    named = [c for c in columns if c is not None]
    return (
        "column_candidate" in named
        and "column_votes" in named
        and "column_place" not in named
        and len(named) == len(set(named))
    )


def read_table(r: Reading, table: Table, lang: str) -> None:
    """Every row of a table of places, one contest each; or of a table of candidates, one
    candidate each."""
    if not table.of_places:
        for cells in table.rows:
            _read_candidate_row(r, table.columns, cells, lang)
        return
    key = None
    for cells in table.rows:
        key = _read_table_row(r, table.columns, table.head, cells, lang, key)


def _read_table_row(
    r: Reading,
    columns: list[str | None],
    head: list[tuple[int, int]],
    cells: list[tuple[int, int]],
    lang: str,
    key: str | None,
) -> str | None:
    """One row of a table of places: its contest (the row before's when its place cell is
    empty), figures and person. The contest key read."""
    text = r.text
    by = {c: span for c, span in zip(columns, cells, strict=True) if c}
    a, b = by["column_place"]
    if a < b:
        key = _place_of_cell(r, a, b)
    if key is None:
        return None
    r.current = key
    for column, name in (
        ("column_registered", "registered_voters"),
        ("column_ballots", "ballots_cast"),
    ):
        if column not in by:
            continue
        figures = _one_figure(r, lang, *by[column])
        if len(figures) == 1 and not figures[0].percent and not figures[0].approximate:
            label_span = head[columns.index(column)]
            r.set_fact(
                key, name, figures[0], text[label_span[0] : label_span[1]], rule="table-column"
            )
    person_column = "column_winner" if "column_winner" in by else "column_candidate"
    pa, pb = by[person_column]
    names = find_names(text, pa, pb, blocked=party_spans_at(text, pa, pb))
    if not names:
        return key
    cand = r.candidate(key, names[0], lang)
    if person_column == "column_winner":
        _elected(cand, "table-column-of-those-elected")
    _nomination(text, cand, by.get("column_nominator"), "table-column")
    for column, field in (("column_votes", "votes"), ("column_share", "share")):
        if column not in by:
            continue
        figures = _one_figure(r, lang, *by[column])
        if field == "votes":
            figures = [n for n in figures if not n.percent and not n.approximate]
        if len(figures) == 1 and getattr(cand, field) is None:
            n = figures[0]
            setattr(cand, field, Fact(n.value, (n.start, n.end), r.sha, "table-column"))
    return key


def _read_candidate_row(
    r: Reading, columns: list[str | None], cells: list[tuple[int, int]], lang: str
) -> None:
    """One row of a table of candidates, of the contest being read: its person, their
    votes and nomination, each from the cell under its own heading whatever the columns'
    order. A row whose person or count is not one gives nothing (no figure goes to a
    neighbouring row)."""
    text = r.text
    by = {c: span for c, span in zip(columns, cells, strict=True) if c}
    pa, pb = by["column_candidate"]
    names = find_names(text, pa, pb, blocked=party_spans_at(text, pa, pb))
    counts = [n for n in _one_figure(r, lang, *by["column_votes"]) if not n.percent]
    if len(names) != 1 or len(counts) != 1 or counts[0].approximate:
        return
    cand = r.candidate(r.current, names[0], lang)
    if cand.votes is None:
        n = counts[0]
        cand.votes = Fact(n.value, (n.start, n.end), r.sha, "table-column")
    _nomination(text, cand, by.get("column_nominator"), "table-column")
    if "column_share" in by:
        shares = [n for n in _one_figure(r, lang, *by["column_share"]) if not n.approximate]
        if len(shares) == 1 and cand.share is None:
            n = shares[0]
            cand.share = Fact(n.value, (n.start, n.end), r.sha, "table-column")


def _elected(cand: Candidate, rule: str) -> None:
    """The person of a column of those elected, or of a card's person row, is a winner
    unless a sentence said otherwise."""
    if cand.elected is None:
        cand.elected = True
        cand.rules["elected"] = rule


def _nomination(text: str, cand: Candidate, span: tuple[int, int] | None, rule: str) -> None:
    """The nomination in a table's or a card's cell ``span``, when none was read before."""
    if span is None:
        return
    nominator, party_id = find_nominator(text[slice(*span)])
    if nominator and cand.nominator is None:
        cand.nominator, cand.party_id = nominator, party_id
        cand.rules["nominator"] = rule


def party_spans_at(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The party names of ``text[a:b]``, with the document's offsets."""
    return [(a + s, a + e) for s, e in party_spans(text[a:b])]


def tables_read(r: Reading, sentence: Sentence, tables: list[Table | Card]) -> list[Sentence]:
    """Read the tables and cards a sentence reaches (each once); the parts of the sentence
    outside every one, left to read as words."""
    spans = []
    for table in tables:
        if table.start < sentence.end and sentence.start < table.end:
            if not table.read:
                table.read = True
                if isinstance(table, Table):
                    read_table(r, table, sentence.cues.language)
                else:
                    read_card(r, table, sentence.cues.language)
            spans.append((table.start, table.end))
    if not spans:
        return [sentence]
    out, at = [], sentence.start
    for a, b in sorted(spans):
        if a > at and r.text[at:a].strip():
            out.append(Sentence(at, a, sentence.cues))
        at = max(at, b)
    if at < sentence.end and r.text[at : sentence.end].strip():
        out.append(Sentence(at, sentence.end, sentence.cues))
    return out


@dataclass
class Card:
    """A card of labelled rows about one akim ("Incumbent | X", "Elected | 12 October
    2025", "Votes | 89,441 (77.1%)"): its span, its title's span and its (label concept,
    value span) rows; ``None`` for a label the tables do not know."""

    start: int
    end: int
    title: tuple[int, int]
    rows: list[tuple[str | None, tuple[int, int]]]
    read: bool = False


_CARD_FIGURES = ("column_registered", "column_ballots")
_ALL_CUES = tuple(CUES.values())


def _card_label(text: str, a: int, b: int) -> str | None:
    """The concept of a card's row label ``text[a:b]`` (a figure's label as its cue)."""
    label = text[a:b].strip(" *:")
    for concept in _CARD_ROWS + _CARD_FIGURES:
        if _HEADING[concept].fullmatch(label):
            return concept
    for cues in _ALL_CUES:
        if cues.against_all.fullmatch(label):
            return "against_all"
        if cues.turnout.fullmatch(label):
            return "turnout"
    return None


def _trailing_label(text: str, a: int, b: int) -> tuple[int, str] | None:
    """Where a known row label begins at the end of a cell that runs into the next row
    ("Adlet Kozhanbayev Elected"), and its concept: the longest of at most four words."""
    starts = [a + m.end() for m in re.finditer(r"\s+", text[a:b])]
    for start in sorted(starts)[-4:]:
        concept = _card_label(text, start, b)
        if concept is not None:
            return start, concept
    return None


def find_cards(text: str) -> list[Card]:
    """The cards of labelled rows of a text: lines ``Label | value`` (three or more, rules
    of dashes and blank lines between them), the title the line before; or the same run
    into one line by the plain text ("Akim of Semey Incumbent | X Elected | 12 October
    2025 Nominated by | self ..."), the title before the first label. A card is one of a
    person elected: it has a row of the person and one of the election."""
    out: list[Card] = []
    lines = [
        (a, b)
        for a, b in _lines(text, 0, len(text))
        if text[a:b].strip() and not _RULE_LINE.fullmatch(text[a:b])
    ]
    run: list[tuple[int, int]] = []
    for idx, (la, lb) in enumerate([*lines, (len(text), len(text))]):
        if la < len(text) and text.count("|", la, lb) == 1 and len(_cells(text, la, lb)) == 2:
            run.append((la, lb))
            continue
        if len(run) >= 3 and idx - len(run) > 0:
            title = _card_title(text, lines[: idx - len(run)])
            rows: list[tuple[str | None, tuple[int, int]]] = []
            for ra, rb in run:
                (label, value) = _cells(text, ra, rb)[:2]
                rows.append((_card_label(text, *label), value))
            if {"card_person", "card_elected"} <= {c for c, _ in rows}:
                out.append(Card(run[0][0], run[-1][1], title, rows))
        run = []
        if la >= len(text) or text.count("|", la, lb) < 3:
            continue
        card = _flat_card(text, la, lb)
        if card is not None:
            out.append(card)
    # "Akim: X | Elected: 5 November 2023" over a line or more: fields side by side
    group: list[int] = []
    for idx, (la, lb) in enumerate([*lines, (len(text), len(text))]):
        if la < len(text) and "|" in text[la:lb] and ":" in text[la:lb]:
            group.append(idx)
            continue
        if group and not any(c.start <= lines[group[0]][0] < c.end for c in out):
            cells = [cell for i in group for cell in _cells(text, *lines[i]) if cell[0] < cell[1]]
            before = lines[group[0] - 1] if group[0] > 0 else None
            card = _colon_card(text, cells, before)
            if card is not None:
                out.append(card)
        group = []
    return out


def _card_title(text: str, lines_before: list[tuple[int, int]]) -> tuple[int, int]:
    """The title of a card: the last line above its rows that is a heading, not a sentence
    ending in a full stop (a caption or a voter's line a page prints between the title and
    its card: "Akim of Semey / First-time voter X received a souvenir. / Incumbent | Y")."""
    for a, b in reversed(lines_before[-3:]):
        if not text[a:b].rstrip().endswith((".", "!", "?")):
            return a, b
    return lines_before[-1]


def _flat_card(text: str, la: int, lb: int) -> Card | None:
    """A card whose rows run together into one line ("Akim of Semey Incumbent | X Elected
    | 12 October 2025 ..."): each cell the value of a row and the label of the next."""
    cells = _cells(text, la, lb)
    colon = _colon_card(text, cells)
    if colon is not None:
        return colon
    first = _trailing_label(text, *cells[0])
    if first is None:
        return None
    title = (cells[0][0], first[0])
    rows: list[tuple[str | None, tuple[int, int]]] = []
    concept: str | None = first[1]
    for idx, (a, b) in enumerate(cells[1:], start=1):
        found = _trailing_label(text, a, b) if idx < len(cells) - 1 else None
        end = len(text[a : found[0]].rstrip()) + a if found else b
        rows.append((concept, (a, end)))
        concept = found[1] if found else None
    if not {"card_person", "card_elected"} <= {c for c, _ in rows}:
        return None
    return Card(la, lb, title, rows)


def _colon_card(
    text: str, cells: list[tuple[int, int]], before: tuple[int, int] | None = None
) -> Card | None:
    """``Akim of Semey | Akim: X | Elected: 12 October 2025 | Votes: 89,441``: the fields
    of a card set side by side, each a label, a colon and its value; the title the cell
    before the first field (or the start of the first one's cell)."""
    rows: list[tuple[str | None, tuple[int, int]]] = []
    title: tuple[int, int] | None = None
    for a, b in cells:
        colon = text.find(":", a, b)
        label = _trailing_label(text, a, colon) if colon > a else None
        whole = _card_label(text, a, colon) if colon > a else None
        if whole is not None:
            rows.append((whole, (colon + 1, b)))
        elif label is not None and not rows:
            title = (a, label[0])
            rows.append((label[1], (colon + 1, b)))
        elif not rows and title is None:
            title = (a, b)
        else:
            rows.append((None, (a, b)))
    title = title or before
    if title is None or not {"card_person", "card_elected"} <= {c for c, _ in rows}:
        return None
    values = [(c, (a + len(text[a:b]) - len(text[a:b].lstrip()), b)) for c, (a, b) in rows]
    return Card(cells[0][0], cells[-1][1], title, values)


def read_card(r: Reading, card: Card, lang: str) -> None:
    """A card of a person elected: the place of its title, the person elected, their
    nomination, votes and share, the runners-up with theirs, and the figures of labelled
    rows."""
    text = r.text
    key = _place_of_cell(r, *card.title)
    if key is None:
        return
    r.current = key
    rows = {}
    for concept, span in card.rows:
        if concept is not None and concept not in rows:
            rows[concept] = span
    a, b = rows["card_person"]
    names = find_names(text, a, b, blocked=party_spans_at(text, a, b))
    if len(names) != 1:
        return
    winner = r.candidate(key, names[0], lang)
    _elected(winner, "card-of-the-person-elected")
    _nomination(text, winner, rows.get("card_nominator"), "card-row")
    if "card_votes" in rows:
        _card_figures(r, winner, lang, *rows["card_votes"])
    if "card_others" in rows:
        a, b = rows["card_others"]
        at = a
        for item in [*re.finditer(r";", text[a:b]), None]:
            stop = a + item.start() if item else b
            people = find_names(text, at, stop, blocked=party_spans_at(text, at, stop))
            if len(people) == 1:
                other = r.candidate(key, people[0], lang)
                if other is not winner:
                    if other.elected is None:
                        other.elected = False
                        other.rules["elected"] = "card-row-of-the-others"
                    _card_figures(r, other, lang, people[0].end, stop)
            at = stop + 1
    for concept, span in card.rows:
        figures = [n for n in _one_figure(r, lang, *span) if not n.approximate]
        if not figures:
            continue
        n = figures[0]
        if concept == "against_all":
            r.set_fact(key, "against_all_pct" if n.percent else "against_all", n, rule="card-row")
        elif concept == "turnout" and n.percent:
            r.set_fact(key, "turnout_pct", n, rule="card-row")
            r.contest(key).turnout_base = "registered_voters"
        elif concept == "column_registered" and not n.percent:
            r.set_fact(key, "registered_voters", n, rule="card-row")
        elif concept == "column_ballots" and not n.percent:
            r.set_fact(key, "ballots_cast", n, rule="card-row")


def _card_figures(r: Reading, cand: Candidate, lang: str, a: int, b: int) -> None:
    """A person's votes and share from a card's cell ("89,441 (77.1%)")."""
    figures = [n for n in _one_figure(r, lang, a, b) if not n.approximate]
    counts = [n for n in figures if not n.percent]
    shares = [n for n in figures if n.percent]
    if counts and cand.votes is None:
        n = counts[0]
        cand.votes = Fact(n.value, (n.start, n.end), r.sha, "card-row")
    if shares and cand.share is None:
        n = shares[0]
        cand.share = Fact(n.value, (n.start, n.end), r.sha, "card-row")
