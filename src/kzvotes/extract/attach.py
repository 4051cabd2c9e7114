"""Pass 5: each number of a clause attached to a person (votes, share) or to the
contest (voters, took part, invalid, against all, turnout); lists read "respectively"."""

from __future__ import annotations

import re
from itertools import pairwise

from kzvotes.extract.cues import LanguageCues
from kzvotes.extract.figures import (
    answers_how_many_took_part,
    is_age,
    label_of,
    of_took_part,
    turnout_breakdown,
)
from kzvotes.extract.model import Fact
from kzvotes.extract.names import (
    NameMention,
)
from kzvotes.extract.numbers import Number
from kzvotes.extract.parties import find_nominator
from kzvotes.extract.people import holds_office
from kzvotes.extract.reading import (
    Candidate,
    Reading,
)
from kzvotes.extract.segment import Sentence, clause_bounds
from kzvotes.extract.winners import mark_people
from kzvotes.extract.wording import (
    ADJ_PCT,
    AFTER_ASIDE_VERB,
    AFTER_COUNT,
    AFTER_SHARE,
    AREA_BEFORE,
    BRACKET_CLOSE,
    BRACKET_OPEN,
    COUNT_AT,
    COUNT_BACKED,
    COUNT_DEFINED_AFTER_NAME,
    COUNT_OF_VOTES_THEN_DASH,
    COUNT_TO,
    DASH_LABEL,
    DASH_THEN_NAME,
    EMPTY_CELLS,
    EPITHET,
    FIGURE_FIRST_ROW,
    FOR_WORD,
    GERUND_COUNT_BEFORE,
    GOT,
    ITEM_END_AFTER_SHARE,
    JOIN,
    LIST_GAP,
    LIST_JOIN,
    NAME_DASH_COUNT,
    NEXT_ROW_ANY_LABEL,
    NEXT_ROW_DASH,
    NEXT_ROW_LABEL,
    NOUN_DASH_LABEL,
    OF_THEM,
    ORDINAL_PERSON,
    OUT_OF_BEFORE,
    OUT_OF_BETWEEN,
    PART_OF_BEFORE,
    PCT_IN_BRACKETS,
    RACE_COLON,
    REGISTERED_BEFORE,
    RESPECTIVE_GAP,
    RESULTS_HEADING,
    RIVAL_COUNT_AFTER,
    RIVAL_COUNT_BEFORE,
    ROW_BAR_BEFORE,
    ROW_GAP,
    ROW_LABEL_COLON,
    ROW_LABEL_DASH,
    ROW_OPENING,
    SCORE_BETWEEN,
    SCORE_OPENS,
    SHARE_BEFORE,
    SHARE_LINK,
    SHARE_OF_WHOLE,
    SHARE_ROW_TAIL,
    TALLY_ITEM,
    TALLY_LIST,
    TURNOUT_WORD,
    VERB_THEN_NAME,
    VOTERS_NOUN_AFTER,
    VOTERS_OF_COUNT,
    VOTERS_ONLY_AFTER,
    VOTERS_THEN_NAME,
    VOTERS_THEN_OF_WHOM,
    WINNER_LABEL,
    WINNERS,
    WON_WITH,
    words,
)

# ") — " between an aside in brackets and a count
AFTER_ASIDE = re.compile(r"\)\s*[–—:-]?\s*")
# a list's lines after a line that ends in a colon: "Голоса распределились так:\n- X — 904;"
_LIST_LINES = re.compile(r"[^.!?\n]*:[^\S\n]*\n(?:[^.!?\n]*[;,]?[^\S\n]*\n)*\s*$")


# "54,3% — Иванов Иван", "• 62% – Asanov": a share heading its row (after a bullet or a row
# number at most), then a dash and the name of the person the share is of
# (after the last row, its aside in brackets and its closing mark: "X (избран);")
_ROW_HEAD = re.compile(
    r"[^\S\n]*(?:\([^()\d\n]{0,40}\))?[;,.]?[^\S\n]*(?:[•·*▪●◦‣∙–—-]|\d{1,2}[.)])?[^\S\n]*"
)
_SHARE_THEN_DASH = re.compile(
    rf"[^\S\n]*(?:%|{words('percent')})?[^\S\n]*[–—:-][^\S\n]*", re.IGNORECASE
)


def name_after_row_share(
    text: str, names: list[NameMention], n: Number, row_start: int
) -> NameMention | None:
    """The name a share heading its row is of: the one right after the share and its dash.
    A row opens a line, the segment, or where the last row headed by a share ended (lines
    run together keep the list's shape: "62% – X 31% – Y")."""
    line_start = max(text.rfind("\n", 0, n.start) + 1, row_start)
    if not n.percent or not _ROW_HEAD.fullmatch(text, line_start, n.start):
        return None
    return next(
        (m for m in names if m.start >= n.end and _SHARE_THEN_DASH.fullmatch(text, n.end, m.start)),
        None,
    )


def label_after_row_share(text: str, cues: LanguageCues, n: Number, row_start: int) -> str | None:
    """The words of the row a share heads when they are those of the votes against all
    ("7% – against all"), else None."""
    line_start = max(text.rfind("\n", 0, n.start) + 1, row_start)
    dash = _SHARE_THEN_DASH.match(text, n.end)
    if not n.percent or dash is None or not _ROW_HEAD.fullmatch(text, line_start, n.start):
        return None
    label = cues.against_all.match(text, dash.end())
    return text[n.end : label.end()] if label else None


def name_before_aside(
    text: str, cues: LanguageCues, names: list[NameMention], n: Number, *, listed: bool = False
) -> NameMention | None:
    """The person of "X, born in 1963 and living in Baiterek, took 1,498 votes", "Kanat
    Mukanov, running on his own, had 557": a name, an aside between commas with no
    figure but a year, then the count with its verb (or the word votes after it)."""
    before = [m for m in names if m.end <= n.start]
    if not before:
        return None
    gap = text[before[-1].end : n.start]
    if not AFTER_ASIDE_VERB.match(gap) or re.search(r"\d(?<!(?:19|20)\d\d)(?!\d)", gap):
        return None
    verb = not gap.rstrip().endswith(",")
    votes_after = cues.vote_word.match(text[n.end : n.end + 20].lstrip())
    # a share of a list ends its item: nothing but a stop follows it
    item_ends = listed and ITEM_END_AFTER_SHARE.match(text, n.end, n.end + 16)
    # "X, заместитель акима сельского округа, – 8,9%": a dash after the aside gives the
    # figure to the name
    dashed = bool(re.search(r"[–—]\s*$", gap))
    return before[-1] if verb or votes_after or item_ends or dashed else None


def _under_a_vote_heading(text: str, cues: LanguageCues, start: int) -> bool:
    """Whether ``start`` opens a line of a list (lines without a full stop) under a heading
    line ending in a colon that speaks of votes ("Голоса распределились так:")."""
    before = text[max(0, start - 400) : start]
    match = _LIST_LINES.search(before)
    if match is None:
        return False
    heading = before[match.start() : before.index(":", match.start())]
    return bool(cues.vote_word.search(heading) or RESULTS_HEADING.search(heading))


# "1. ", "12. " opening a row of a numbered list
ROW_NUMBER = re.compile(r"(?<![\w.,])\d{1,2}\.(?=\s|$)")


def _in_a_results_sheet(text: str, start: int) -> bool:
    """Whether ``start`` is in a sheet of results: a headline of results, then up to it no
    full stop but those of numbered rows (place headings, "1. Name, nominator — N",
    "Против всех — M")."""
    # the first line with words: a page's furniture before it is blanked
    headline_start = len(text) - len(text.lstrip())
    headline_end = text.find("\n", headline_start)
    if headline_end < 0 or headline_end >= start or start - headline_end > 1500:
        return False
    if not RESULTS_HEADING.search(text, headline_start, headline_end):
        return False
    body = ROW_NUMBER.sub(" ", text[headline_end:start])
    # a paragraph of prose without a figure (a caption, a voter's line) printed between
    # the headline and the rows is page furniture, not the end of the sheet
    body = "\n\n".join(p for p in re.split(r"\n\s*\n", body) if re.search(r"\d", p))
    return not re.search(r"[.!?]", body)


def _after_an_against_all_line(text: str, cues: LanguageCues, start: int) -> bool:
    """Whether the count against all under its label ("Против всех: 15", "Against all –
    15") comes in the 400 characters before ``start`` with no full stop between: a
    results sheet, whose lists of names and figures are of votes."""
    before = text[max(0, start - 400) : start]
    for match in cues.against_all.finditer(before):
        tail = before[match.end() :]
        if re.match(r"[»\"”']?[^\S\n]*[:–—-][^\S\n]*\d", tail) and not re.search(
            r"[.!?](?:\s|$)", tail
        ):
            return True
    return False


def _after_a_vote_sentence(text: str, cues: LanguageCues, start: int) -> bool:
    """Whether a sentence of votes without figures opens the paragraph before ``start``
    ("Голоса распределились так. Есильский район: Мухамедияров – 8 419, ..."): the lists
    of names and figures after it are of votes."""
    paragraph = text.rfind("\n\n", 0, start) + 1
    return any(
        cues.vote_word.search(piece) and not re.search(r"\d", piece)
        for piece in re.split(r"(?<=[.!?:])\s+", text[paragraph:start])
        if piece.strip()
    )


def _elected_with_tallies(text: str, cues: LanguageCues, start: int, end: int) -> bool:
    """Whether the words of the winners end in a colon before a list of two or more
    surnames each with a count ("BQO-da úsh aýdan ákimi saılandy: Daýmov – 4660,
    Súıeýǵalıev – 4329, Shakırov – 3138"): the counts are the winners' votes."""
    colon = text.find(":", start, end)
    return (
        colon > 0
        and bool(cues.elected.search(text, start, colon))
        and bool(TALLY_LIST.match(text, colon + 1, end))
    )


def _after_a_count_of_votes(text: str, cues: LanguageCues, sentence: Sentence) -> bool:
    """Whether a list of names each with a dash and a figure ("Qaırat Jaǵyparovta - 358,
    Talǵat Eslámovta - 338.") follows, in its paragraph, a sentence giving a count of
    votes: the list goes on with the rivals' counts."""
    if not NAME_DASH_COUNT.match(text, sentence.start, sentence.end):
        return False
    paragraph = text.rfind("\n\n", 0, sentence.start) + 1
    previous = re.split(r"(?<=[.!?])\s+", text[paragraph : sentence.start].strip())[-1]
    return bool(cues.vote_word.search(previous) and re.search(r"\d", previous))


def _scores(
    r: Reading, sentence: Sentence, names: list[NameMention], numbers: list[Number]
) -> dict[int, NameMention]:
    """``X defeated Y by 8,419 votes to 1,630``, ``X победил Y со счётом 8 419 : 1 630``:
    two counts right after a beaten name, the first the winner's, the second the beaten
    one's. By the start of each count."""
    cues = sentence.cues
    out: dict[int, NameMention] = {}
    for first, second in pairwise(numbers):
        if (
            first.percent
            or second.percent
            or not SCORE_BETWEEN.fullmatch(r.text, first.end, second.start)
        ):
            continue
        before = [m for m in names if m.end <= first.start]
        if len(before) < 2 or not SCORE_OPENS.fullmatch(r.text, before[-1].end, first.start):
            continue
        winner, beaten = before[-2], before[-1]
        verb = r.text[winner.end : beaten.start]
        if cues.beat.search(verb) or cues.elected.search(verb):
            out[first.start], out[second.start] = winner, beaten
    return out


def _row_closed(
    text: str, seg_names: list[NameMention], c_start: int, n: Number, tail: str
) -> bool:
    """A figure right after its row's name or after a column bar (``Name 428``,
    ``Name – 428``, ``label | 645``): the row ends with it."""
    if ROW_BAR_BEFORE.search(text, c_start, n.start):
        # "Name | 9071 | 70,5% Next name |": a share in its column ends the row too
        return True
    if n.percent:
        # "Бекжасаров Айболат — 8,4% Против всех — 3,7%": a share after its row's name,
        # then the next row's name or label and a dash, closes its row too
        return bool(SHARE_ROW_TAIL.fullmatch(tail)) and any(
            c_start <= m.start and ROW_GAP.fullmatch(text, m.end, n.start) for m in seg_names
        )
    return any(
        c_start <= m.start
        and (ROW_GAP.fullmatch(text, m.end, n.start) or nominator_gap(text[m.end : n.start]))
        for m in seg_names
    )


def _bar_row_closed(text: str, c_start: int, n: Number) -> bool:
    """A count after a column bar or slash (``Name / self-nominated / 1140``) is its row's
    last cell, whatever the clause after it says: the next row's label is not its."""
    return not n.percent and bool(ROW_BAR_BEFORE.search(text, c_start, n.start))


def read_segment(
    r: Reading,
    sentence: Sentence,
    start: int,
    end: int,
    key: str,
    shared: bool,
    names: list[NameMention],
    numbers: list[Number],
    consumed: set[int],
    targets: list[str],
    *,
    multi: bool,
) -> None:
    """Attach every number of one segment (a sentence, or the part of it about one place) to
    a person or to the contest, then read its people."""
    cues = sentence.cues
    lang = cues.language
    text = r.text
    seg_names = [m for m in names if start <= m.start < end]
    seg_numbers = [n for n in numbers if start <= n.start < end and n.start not in consumed]
    bounds = clause_bounds(text, start, end)
    voting_sentence = bool(
        cues.vote_word.search(text, sentence.start, sentence.end)
        or RESULTS_HEADING.search(text, sentence.start, sentence.end)
        # "Итоги выборов.\n\nБурлинский район: Омаров С. – 4 210, ..., против всех – 95":
        # a line of a list under a heading of results, or one with "against all"
        or RESULTS_HEADING.search(text, max(0, sentence.start - 160), sentence.start)
        or cues.against_all.search(text, sentence.start, sentence.end)
        or _under_a_vote_heading(text, cues, sentence.start)
        or _in_a_results_sheet(text, sentence.start)
        or _after_a_vote_sentence(text, cues, sentence.start)
        or _elected_with_tallies(text, cues, sentence.start, sentence.end)
        or _after_a_count_of_votes(text, cues, sentence)
        # "Против всех: 15\n\nОмаров Серик – 391": a list after the labelled lines of a
        # results sheet with its count against all
        or _after_an_against_all_line(text, cues, sentence.start)
        # "Үміткерлер: X – 391 Y – 130": the candidates' heading over their figures
        or (
            bool(RACE_COLON.match(text, sentence.start, sentence.end))
            and len(TALLY_ITEM.findall(text, sentence.start, sentence.end)) >= 2
        )
    )

    def clause_of(pos: int) -> tuple[int, int]:
        """The clause holding ``pos``."""
        a = max(b for b in bounds if b <= pos)
        z = min((b for b in bounds if b > pos), default=end)
        return a, z

    seg_numbers = [n for n in seg_numbers if n.percent or not is_age(r, n)]
    seg_numbers = [
        n
        for n in seg_numbers
        if n.percent
        # the noun of a count is in its own sentence: "«Barlyǵyna qarsy» | 15" then a
        # paragraph "Úmitkerler | Daýys" is no count of candidates
        or not cues.not_a_count.match(text[n.end : noun_window_end(text, n, sentence)])
        or of_took_part(r, cues, n, end)
    ]
    seg_numbers = [n for n in seg_numbers if n.percent or not of_another_group(r, cues, n, numbers)]
    turnout_breakdown(r, cues, start, seg_numbers, consumed, targets)
    seg_numbers = [n for n in seg_numbers if n.start not in consumed]
    respectively(r, sentence, start, end, key, seg_names, seg_numbers, consumed, targets)
    seg_numbers = [n for n in seg_numbers if n.start not in consumed]
    assigned: dict[int, tuple[str, Candidate | None]] = {}
    scores = _scores(r, sentence, seg_names, seg_numbers)
    # where the last row headed by a share ended (its name's end): the next row opens there
    row_end = start
    for i, n in enumerate(seg_numbers):
        if n.approximate:
            continue
        if n.start in scores:
            # "X defeated Y by 8,419 votes to 1,630": each count of the score its person's
            scorer = r.candidate(key, scores[n.start], lang)
            if scorer.votes is None:
                scorer.votes = Fact(n.value, (n.start, n.end), r.sha, "score")
            assigned[i] = ("votes", scorer)
            continue
        prev_end = seg_numbers[i - 1].end if i else start
        if i:
            # "12 – по открепительным удостоверениям и 261 – вне помещений": the label
            # after the dash is the previous figure's, not this one's
            prev_tail = DASH_LABEL.match(text, prev_end, n.start)
            prev_end = prev_tail.end() if prev_tail else prev_end
        next_start = seg_numbers[i + 1].start if i + 1 < len(seg_numbers) else end
        c_start, c_end = clause_of(n.start)
        if c_start > start and text[c_start] == ":":
            # "Against all: 182", "Против всех: 120": the label before a colon
            c_start = clause_of(c_start - 1)[0]
        if AFTER_ASIDE.fullmatch(text, c_start, n.start):
            # "Ахметов Ербол (партия «Amanat») — 904": an aside in brackets between a name
            # and its count; the clause is the one before the bracket
            opened = text.rfind("(", start, c_start)
            if opened > start:
                c_start = clause_of(opened - 1)[0]
        if re.fullmatch(r"\(\s*", text[c_start : n.start]) and any(
            not text[m.end : c_start].strip() for m in seg_names
        ):
            # "Алибек Рамазанов (8,9%)": a figure in brackets right after a name is its
            c_start = clause_of(c_start - 1)[0]
        elif re.fullmatch(r"\(\s*", text[c_start : n.start]):
            # "у Алибека Рамаазанова, заместителя акима сельского округа (8,9%)": after
            # one aside with no figure and no other name, the bracket is still the name's
            aside_of = [
                m
                for m in seg_names
                if m.end <= c_start
                and re.fullmatch(r"\s*,[^,;:.()\d]{1,90}", text[m.end : c_start])
            ]
            if aside_of and not any(aside_of[-1].end <= m.start < c_start for m in seg_names):
                c_start = clause_of(aside_of[-1].start)[0]
            elif c_start > start and _words_restated(
                text, seg_names, clause_of(c_start - 1)[0], c_start
            ):
                # "на участок пришли шестьдесят четыре процента (64%)": the figure in
                # brackets restates the words of the clause before, and takes their label
                c_start = clause_of(c_start - 1)[0]
                if text[c_start] == ":" and c_start > start:
                    # "Явка оказалась рекордной: восемьдесят три процента (83%)": the
                    # label before the colon
                    c_start = clause_of(c_start - 1)[0]
        elif nominator_cell(text, seg_names, c_start, n.start):
            # "1. Даумов Нурлыбек, партия AMANAT — 4660": a row of a list, the name, its
            # nominator after a comma, a dash and the count: the row is one clause
            c_start = clause_of(c_start - 1)[0]
        if c_start > start and EMPTY_CELLS.fullmatch(text, c_start, n.start):
            # "«Barlyǵyna qarsy» / – / 182": an empty cell (a dash) between the row's label
            # and its figure does not end the row's clause
            c_start = clause_of(c_start - 1)[0]
        c_start = max(c_start, prev_end)
        c_end = min(max(clause_of(max(n.end - 1, n.start))[1], n.end), next_start)
        prefix, suffix = text[c_start : n.start], text[n.end : c_end]
        if (
            _row_closed(text, seg_names, c_start, n, text[n.end : next_start])
            and c_end == next_start
        ) or _bar_row_closed(text, c_start, n):
            # "Meirkhan Zhumykov 428 Against all 416", "Daýys bergender | 645 Úıden tys
            # jerde daýys bergender | 18": rows of a table flattened into one line; the
            # figure's name or label is before it, the words after it head the next row
            suffix = ""
        if ROW_LABEL_COLON.search(text, c_start, n.start) and (
            NEXT_ROW_LABEL.match(text, c_end) or NEXT_ROW_ANY_LABEL.match(text, n.end)
        ):
            # "Daýys bergender: 12 875 Úıden tys jerde daýys bergender: 24": lines of
            # labelled figures flattened into one; the words after a figure up to the next
            # colon are the next row's label
            suffix = ""
        if (
            ROW_LABEL_DASH.search(text, c_start, n.start)
            and NEXT_ROW_DASH.fullmatch(text, n.end, next_start)
            and next_start < end
        ):
            # "Дауыс беруге келгені – 645 Оның ішінде үй-жайдан тыс – 18": lines of
            # labelled figures flattened into one; the words after a figure up to the
            # next dash are the next row's label
            suffix = ""
        dash_label = DASH_LABEL.match(text, n.end, next_start)
        if dash_label and not suffix.strip():
            suffix = dash_label.group(1)
        noun_dash = NOUN_DASH_LABEL.match(text, n.end, next_start)
        if noun_dash and any(
            getattr(cues, f).search(noun_dash.group(1))
            for f in ("against_all", "invalid_ballots", "absentee", "outside_premises")
        ):
            # "79 бюллетеней – с отметкой «Против всех»": the noun of the count, a dash,
            # then what the ballots were
            suffix = noun_dash.group(0)
        joined = list(JOIN.finditer(prefix))
        near = prefix[joined[-1].end() :] if joined else prefix
        in_prefix = [m for m in seg_names if c_start <= m.start and m.end <= n.start]
        in_suffix = [
            m
            for m in seg_names
            if n.end <= m.start
            and m.end <= c_end
            and cues.vote_word.search(text[n.end : m.start])
            # "X got 320 votes and Y ...": after "and", the next person's item
            and not JOIN.search(text[n.end : m.start])
        ]
        if not in_suffix:
            in_suffix = [
                m
                for m in seg_names
                if n.end <= m.start < next_start and VERB_THEN_NAME.match(text[n.end : m.start])
            ][:1]
        if not in_suffix and GOT.search(text, sentence.start, n.start):
            in_suffix = [
                m
                for m in seg_names
                if n.end <= m.start < next_start and COUNT_TO.fullmatch(text[n.end : m.start])
            ][:1]
            if in_suffix:
                in_prefix = []  # the name before is the previous item's
        if not in_suffix and not n.percent and RIVAL_COUNT_BEFORE.search(text, start, n.start):
            # "won with 8,419 votes against 1,630 for Serik Shaimergenov"
            in_suffix = [
                m
                for m in seg_names
                if n.end <= m.start < next_start
                and RIVAL_COUNT_AFTER.fullmatch(text[n.end : m.start])
            ][:1]
            if in_suffix:
                in_prefix = []
        if not in_suffix and cues.vote_word.search(text[prev_end : n.end + 12]):
            # "больше всего голосов — 136 — у методиста клуба Жанар Уалиновой": the
            # count of the person it is "у"
            in_suffix = [
                m
                for m in seg_names
                if n.end <= m.start < next_start and COUNT_AT.match(text[n.end : m.start])
            ][:1]
        if (
            not in_suffix
            and not n.percent
            and (voting_sentence or cues.ballots_cast.search(text, sentence.start, sentence.end))
        ):
            # "1756 — голосов за X;\n398 — у Y": a count opening its row, then a dash and
            # the person, in a sheet of the vote's figures ("1,190 voted; 415 — for X"); a
            # name before it is the previous row's
            first = figure_first_row(text, seg_names, n, next_start)
            if first is not None:
                in_suffix, in_prefix = [first], []
        if not in_suffix and not n.percent:
            # "8419 дауыс — ... X-қа берілген дауыс саны осындай": the count opens the
            # sentence, whose person is named later as the one the count was given to
            defined = count_defined_later(r, seg_names, n, sentence, next_start)
            if defined is not None:
                in_suffix, in_prefix = [defined], []
        if not in_suffix and not n.percent:
            # "Талаптанда 1816 сайлаушы X-ты қолдады", "311 voters backed X": a count of
            # voters, the person, then the verb of support after the name
            in_suffix = [
                m
                for m in seg_names
                if n.end <= m.start < next_start
                and VOTERS_THEN_NAME.fullmatch(text[n.end : m.start])
                and cues.vote_word.match(text, skip_spaces(text, m.end), m.end + 25)
            ][:1]
        backed = [
            m
            for m in seg_names
            if n.end <= m.start < next_start and COUNT_BACKED.fullmatch(text[n.end : m.start])
        ][:1]
        if backed and not n.percent:
            # "8,419 voters backed X and 1,630 backed Y": a count, a verb of support, then
            # the person; a name before it is the previous count's
            in_suffix, in_prefix = backed, []
        if not in_suffix and not in_prefix and n.percent and not TURNOUT_WORD.search(prefix):
            # "Сайлауға келгендердің 70,5 пайызы «Аманат» ұсынған X-ты қолдады", "70,5%
            # избирателей поддержали X", "70.5% of voters backed X": a share, then in the
            # same clause the person and a verb of support, is the person's share and not
            # the turnout
            in_suffix = [
                m
                for m in seg_names
                if n.end <= m.start < min(next_start, c_end)
                and (
                    cues.vote_word.match(text, skip_spaces(text, m.end), m.end + 25)
                    or cues.vote_word.search(text, n.end, m.start)
                )
            ][:1]
        gapped = None
        if not in_suffix and not n.percent:
            # "4 660 избирателей поддержали X, 782 – самовыдвиженца Y и 426 – Z": the
            # verb of the list's first item (count, verb, name) left out of the next ones
            gapped = gapped_count_before_name(r, seg_names, seg_numbers, assigned, i, next_start)
            if gapped is not None:
                in_suffix, in_prefix = [gapped], []
        if (
            not in_suffix
            and not n.percent
            and cues.most_votes.search(text, sentence.start, n.start)
            and re.match(r"\s*\w{0,10}\s*[–—-]\s", text[n.end : n.end + 16])
        ):
            # "ең көп дауысты – 701 дауыс – ... Әлібек Аубакиров алды", "Eń kóp daýys –
            # 391 – Amangeldi Ǵalıhanovqa berildi": the count set off after "most votes"
            # is the next person's
            in_suffix = [m for m in seg_names if m.start >= n.end][:1]
        if not in_suffix and not n.percent:
            # "признать избранным кандидата, набравшего 701 голос, — X": the count of a
            # candidate described, the person set off after a comma and a dash
            described = described_then_named(text, cues, seg_names, n, c_start, next_start)
            if described is not None:
                in_suffix, in_prefix = [described], []
        heading = name_after_row_share(text, seg_names, n, max(row_end, start))
        if heading is not None:
            # "54,3% — Иванов Иван": the share heads its row, the name after the dash is its
            in_suffix, in_prefix = [heading], []
            row_end = heading.end
        row_label = label_after_row_share(text, cues, n, max(row_end, start))
        if heading is None and row_label is not None:
            # "4,4% — против всех": the share heads the row of the votes against all
            in_suffix, in_prefix, suffix = [], [], row_label
        wide = [m for m in seg_names if prev_end <= m.start and m.end <= n.start]
        label: tuple[str, str | None] | None = None
        who: Candidate | None = None
        rule = "label-in-clause"
        against = any(
            getattr(cues, f).search(ctx)
            for ctx in (near, suffix)
            for f in ("against_all", "invalid_ballots", "absentee", "outside_premises")
        )
        if in_prefix and not in_suffix and not voting_sentence and not n.percent:
            # "16 адам ұсынылғанын ... Ғайса Қапаков": a name before a number in a
            # sentence with no word of the vote is no candidate with votes
            in_prefix = []
        gerund = GERUND_COUNT_BEFORE.search(text, max(sentence.start, n.start - 20), n.start)
        objects = [m for m in seg_names if m.end <= n.start]
        if gerund and objects and not in_suffix and not n.percent:
            # "Он обошёл соперника X, получив 500 голосов": the count is the subject's,
            # the pronoun that opens the sentence, not the object's before the gerund
            head = text[sentence.start : objects[0].start]
            if cues.refers_back.search(head) and not any(m.start < objects[0].start for m in names):
                known = [r._known(key, m, lang) for m in objects]
                gerund_subject = r.last_candidate_not(key, [c for c in known if c is not None])
                if gerund_subject is not None:
                    in_prefix = []
                    who, label, rule = gerund_subject, ("votes", None), "gerund-of-the-subject"
        counted_before = assigned.get(i - 1) if i else None
        if (
            label is None
            and not in_suffix
            and not n.percent
            and counted_before is not None
            and counted_before[0] == "votes"
            and counted_before[1] is not None
            and RIVAL_COUNT_BEFORE.search(text, start, n.start)
            and not any(n.end <= m.start < next_start for m in seg_names)
        ):
            # "получив 500 голосов против 268", "won 8,419 votes to 1,630": with no name
            # after, the second count is the one rival's in a contest of two
            first_holder = counted_before[1]
            rivals = [c for c in r.contest(key).candidates if c is not first_holder]
            named = [m for m in seg_names if r._known(key, m, lang) is None and m.end <= n.start]
            if len(rivals) + len(named) == 1:
                rival = rivals[0] if rivals else r.candidate(key, named[0], lang)
                if rival.votes is None:
                    in_prefix = []
                    who, label, rule = rival, ("votes", None), "count-of-the-one-rival"
        if (
            who is None
            and not against
            and (in_prefix or in_suffix)
            # "Председатель облизбиркома X назвал общую явку — 67,62%": an official
            # with a title of office gives the figure, no count of his own
            and not holds_office(r, in_prefix[-1] if in_prefix else in_suffix[0])
        ):
            mention = in_prefix[-1] if in_prefix else in_suffix[0]
            who = r.candidate(key, mention, lang)
            label = ("votes", None)
            rule = "gapped-count-before-name" if gapped is not None else "name-in-clause"
            if heading is not None:
                rule = "before-name-in-row"
        elif (
            not against
            # "4591 адам енгізілген, оның 2526-сы дауыс берді": "of it" before the figure
            # takes a part of the figure before, no person's count
            and not PART_OF_BEFORE.search(text, prev_end, n.start)
        ) and (
            (cues.anaphor.search(prefix) and cues.vote_word.search(prefix + suffix))
            # "3 марта он вступил в должность, набрав 61,2% голосов": the gerund's figure
            # is its subject's, a pronoun earlier in a sentence naming nobody before it
            or (
                gerund
                and not objects
                and cues.anaphor.search(text, sentence.start, n.start)
                and cues.vote_word.search(suffix)
            )
        ):
            who = r.candidate(key, wide[-1], lang) if wide else r.last_candidate(key)
            label = ("votes", None) if who else None
            rule = "pronoun"
        if (
            label is None
            and not against
            and not seg_names
            and not n.percent
            and EPITHET.search(text, max(sentence.start, c_start - 60), n.start)
        ):
            who = uncounted(r, key)
            label = ("votes", None) if who else None
            rule = "described-person"
        if (
            label is None
            and not n.percent
            and OUT_OF_BEFORE.search(prefix)
            and VOTERS_NOUN_AFTER.match(suffix)
        ):
            # "Из 386 избирателей в голосовании приняли участие 64 процента": the figure
            # after "из" is of the voters on the list, whatever the clause says after it;
            # "a majority of the 3,443 voters who turned out": unless the voters' own
            # clause says they voted
            label, rule = ("registered_voters", None), "out-of-voters"
            if voters_who_voted(suffix, cues):
                label, rule = ("ballots_cast", None), "out-of-voters-who-voted"
        if (
            label is None
            and not n.percent
            and (
                VOTERS_THEN_OF_WHOM.match(text, n.end)
                or (REGISTERED_BEFORE.search(prefix) and VOTERS_NOUN_AFTER.match(suffix))
            )
        ):
            # "2,490 voters, of whom 1,797 took part", "зарегистрировано 220 761
            # избирателей": the voters on the list
            label, rule = ("registered_voters", None), "voters-on-the-list"
        if label is None and not n.percent and VOTERS_OF_COUNT.match(text, n.end):
            # "округтегі 2581 сайлаушының 1404-і дауыс берген": the voters whose part the
            # next figure is, the voters on the list
            label, rule = ("registered_voters", None), "voters-of-count"
        if (
            label is None
            and not n.percent
            and AREA_BEFORE.search(prefix)
            and VOTERS_ONLY_AFTER.match(suffix)
            and not any(
                getattr(cues, f).search(text, sentence.start, sentence.end)
                for f in ("ballots_cast", "turnout", "vote_word", "against_all", "elected")
            )
        ):
            # "В районе 40 134 избирателя и 30 участков", "The district has 40,134 voters":
            # the voters of an area, in a sentence that reports no vote
            label, rule = ("registered_voters", None), "voters-of-an-area"
        if label is None:
            label = label_of(r, cues, near, suffix) or label_of(r, cues, prefix, "")
            if (
                label
                and label[0] == "ballots_cast"
                and wide
                and (FOR_WORD.search(text[prev_end : wide[-1].start]))
            ):
                who = r.candidate(key, wide[-1], lang)
                label = ("votes", None)
                rule = "for-name"
        if label is None and not n.percent and not who:
            # "182 voters (1.4%) rejected all candidates": the words after a share in
            # brackets are the count's
            ext = AFTER_SHARE.match(text, n.end, end)
            if ext:
                label = label_of(r, cues, "", ext.group(1))
                rule = "label-after-share"
        if label is None and n.percent and not who:
            # "1.4% of voters (182) rejected all candidates": the words after the count in
            # brackets are the share's
            ext = AFTER_COUNT.match(text, n.end, end)
            if ext:
                label = label_of(r, cues, "", ext.group(1))
                rule = "label-after-count"
        if label is None and OUT_OF_BEFORE.search(prefix) and VOTERS_NOUN_AFTER.match(suffix):
            label = ("registered_voters", None)
            rule = "out-of-voters"
            if voters_who_voted(suffix, cues):
                label, rule = ("ballots_cast", None), "out-of-voters-who-voted"
        took = None if label or n.percent else of_took_part(r, cues, n, end)
        if took is not None:
            # "284 of 334 registered voters took part", "3 229 из 6 354 избирателей
            # проголосовали": the first is the took-part figure
            label = ("ballots_cast", took.group(0))
            rule = "of-took-part"
        if (
            label is None
            and not who
            and not n.percent
            and answers_how_many_took_part(r, sentence.start, n)
        ):
            # "Q: And how many actually did?" / "A: 3,443.": the answer's figure took part
            label, rule = ("ballots_cast", None), "answer-to-how-many-took-part"
        if (
            label is None
            and wide
            and (
                cues.vote_word.search(text[prev_end:c_end])
                or FOR_WORD.search(text[max(prev_end, wide[-1].start - 25) : wide[-1].start])
            )
        ):
            who = r.candidate(key, wide[-1], lang)
            label = ("votes", None)
            rule = "name-before-count"
        won_with = WON_WITH.search(text[max(sentence.start, n.start - 120) : n.start])
        if label is None and not against and won_with:
            # "X, who heads a company, won the December 15 election ... with 70.5%": the
            # subject of the verb, the last name before it with none after
            verb_at = max(sentence.start, n.start - 120) + won_with.start()
            subject = [m for m in seg_names if m.end <= verb_at]
            if subject and not any(verb_at <= m.start < n.start for m in seg_names):
                who = r.candidate(key, subject[-1], lang)
                label, rule = ("votes", None), "winner-with-figure"
            elif not subject and not seg_names:
                # "Кандидат партии «Аманат» ... победил с результатом 70,5%": the winner
                # described, not named; the contest's one winner so far
                winners = [c for c in r.contest(key).candidates if c.elected]
                if len(winners) == 1:
                    who, label, rule = winners[0], ("votes", None), "described-winner-with-figure"
        if label is None and not against:
            labelled = labelled_winner(r, key, sentence, n)
            if labelled is not None:
                who, label, rule = labelled, ("votes", None), "figure-labelled-the-winner"
        # "Zhanibek Kadenov took 14.6%, and self-nominee Alibek Ramaazanov, a deputy rural
        # akim, 8.9%": a share after an aside, in a list of shares, is the person's
        listed_share = n.percent and bool(SHARE_BEFORE.search(text, sentence.start, n.start))
        dashed_share = n.percent and bool(re.search(r",\s*[–—]\s*$", text[c_start : n.start]))
        if label is None and (not n.percent or listed_share or dashed_share) and not against:
            aside = name_before_aside(text, cues, seg_names, n, listed=listed_share)
            if aside is not None:
                who = r.candidate(key, aside, lang)
                label = ("votes", None)
                rule = "name-before-aside"
        if (
            label is None
            and wide
            and not n.percent
            and gapped_count(r, seg_numbers, assigned, i, wide[-1])
        ):
            # "Y got 1,875 votes, and self-nominated Z, a deputy akim, 1,140": the verb of
            # the list's previous item, left out
            who = r.candidate(key, wide[-1], lang)
            label = ("votes", None)
            rule = "gapped-count"
        if (
            n.percent
            and who is not None
            and in_prefix
            and cues.turnout.search(text[in_prefix[-1].end : n.start])
            and not cues.vote_word.search(text[in_prefix[-1].end : n.start])
        ):
            # "X was elected akim with turnout of 62.96%": the share is the contest's
            who, label = None, None
        if (
            not n.percent
            and i
            and assigned.get(i - 1, ("", None))[0] == "ballots_cast"
            and OUT_OF_BETWEEN.fullmatch(text[prev_end : n.start])
        ):
            label, who = ("registered_voters", None), None
            rule = "took-part-out-of"
        if n.percent and label is None and who is None and i - 1 in assigned:
            # "182 «against all» ballots (1.4%)": a share in brackets right after the count
            # of against all is its share
            gap = text[seg_numbers[i - 1].end : n.start]
            if assigned[i - 1][0] == "against_all" and re.fullmatch(r"[^\d();.]{0,40}\(\s*", gap):
                label, rule = ("against_all", None), "share-in-brackets-after-count"
        if n.percent:
            whole_end = max(clause_of(max(n.end - 1, n.start))[1], n.end)
            if not who and SHARE_OF_WHOLE.match(text, n.end, whole_end):
                # "64% of the 386 voters on the list took part": the verb after the whole
                # the share is of
                suffix = text[n.end : whole_end]
            attach_percent(
                r, cues, key, n, label, who, prefix, suffix, seg_numbers, i, assigned, rule
            )
            continue
        if label is None and who is None and i and i - 1 in assigned:
            # "70.5% of the votes cast (9,071 votes)", "1.4% of voters (182)": a count in
            # brackets right after a share is the count of that share's holder
            gap, tail = text[prev_end : n.start], text[n.end : n.end + 24]
            held, holder = assigned[i - 1]
            if re.search(r"\(\s*$", gap) and re.match(r"[^\d();.]{0,20}\)", tail):
                if held == "share" and holder is not None:
                    label, who, rule = ("votes", None), holder, "count-in-brackets-after-share"
                elif held == "against_all_pct":
                    label, rule = ("against_all", None), "count-in-brackets-after-share"
        if label is None and not n.percent and not seg_names:
            ordinal = ordinal_person(r, cues, text[prev_end : n.start], sentence)
            if ordinal is not None:
                who, label, rule = ordinal, ("votes", None), "first-or-second-named-before"
        if label is None or shared:
            continue
        assigned[i] = (label[0], who)
        if label[0] == "votes" and who is not None:
            if who.votes is None:
                who.votes = Fact(n.value, (n.start, n.end), r.sha, rule)
            r.last_counted = who
        elif label[0] != "votes":
            r.set_fact(key, label[0], n, label[1], rule=rule)
    mark_people(r, sentence, start, end, key, seg_names, clause_of, multi=multi)


def labelled_winner(r: Reading, key: str, sentence: Sentence, n: Number) -> Candidate | None:
    """``Расклад: победитель — 70,5%; X — 14,6%``: a figure labelled "the winner" is the
    contest's one winner read so far (none when there is no single one)."""
    # (the pattern looks ahead at the figure: search past it, then check where it ends)
    label = WINNER_LABEL.search(r.text, max(sentence.start, n.start - 30), n.end)
    if label is None or label.end() != n.start:
        return None
    winners = [c for c in r.contest(key).candidates if c.elected]
    return winners[0] if len(winners) == 1 else None


def figure_first_row(
    text: str, names: list[NameMention], n: Number, next_start: int
) -> NameMention | None:
    """The person of a row that prints its count first ("1756 — голосов за Курманова",
    "398 — у Гибрата Мухамбета, заместителя акима ..."): the count opens its row, and
    only a dash, the word of votes and "за" or "у" (with lower-case words) stand before the
    name."""
    if not ROW_OPENING.search(text, max(0, n.start - 12), n.start):
        return None
    after = [m for m in names if n.end <= m.start < next_start]
    if after and FIGURE_FIRST_ROW.fullmatch(text, n.end, after[0].start):
        return after[0]
    return None


def noun_window_end(text: str, n: Number, sentence: Sentence) -> int:
    """Where the words that may be a count's noun end: 30 characters on, within its
    sentence; or right after the count when it is a row's figure after its label and
    colon and the next row's label follows ("Daýys bergender: 1797 Kandıdattar: úsheýi
    de ...": the next row's label is no noun of this count)."""
    if ROW_LABEL_COLON.search(text, sentence.start, n.start) and NEXT_ROW_ANY_LABEL.match(
        text, n.end
    ):
        return n.end
    return min(n.end + 30, sentence.end)


def count_defined_later(
    r: Reading, names: list[NameMention], n: Number, sentence: Sentence, next_start: int
) -> NameMention | None:
    """The person of a lede that prints a count of votes first ("8419 дауыс — ... X-қа
    берілген дауыс саны осындай"): the count opens its sentence, a dash follows the word
    of votes, and one name alone, before the next figure, is followed by the words saying
    the votes were given to it (an official quoted on the way, under a title of office,
    is no such name)."""
    text = r.text
    if text[sentence.start : n.start].strip(" \t\n•●▪*·-"):
        return None
    if not COUNT_OF_VOTES_THEN_DASH.match(text, n.end):
        return None
    after = [
        m
        for m in names
        if n.end <= m.start and m.end <= min(next_start, sentence.end) and not holds_office(r, m)
    ]
    # one person named after the count, and the words of the count right after that name
    # ("X пен Y-ке берілген дауыс": two people share the words; the count is neither's)
    if len(after) != 1 or not COUNT_DEFINED_AFTER_NAME.match(text, after[0].end):
        return None
    return after[0]


def gapped_count(
    r: Reading,
    numbers: list[Number],
    assigned: dict[int, tuple[str, Candidate | None]],
    i: int,
    person: NameMention,
) -> bool:
    """Whether the count ``numbers[i]`` follows ``person`` in a list whose previous item
    was a person's count, joined by "and" or a comma, with no verb of its own."""
    previous = [j for j in range(i) if assigned.get(j, ("", None))[0] == "votes"]
    if not previous:
        return False
    j = previous[-1]
    held = assigned[j][1]
    if held is None or not (numbers[j].end <= person.start):
        return False
    gap = r.text[numbers[j].end : person.start]
    return bool(LIST_JOIN.search(gap)) and not re.search(r"[.;:](?!\d)", gap)


def ordinal_person(
    r: Reading, cues: LanguageCues, before: str, sentence: Sentence
) -> Candidate | None:
    """``Первому досталось 302 голоса, второму – 398``: in a sentence of votes naming
    nobody, a count after "the first" or "the second" is of the first or second of the
    two candidates the sentence before named."""
    people = r.last_sentence_candidates
    if len(people) != 2 or not cues.vote_word.search(r.text, sentence.start, sentence.end):
        return None
    for person, pattern in zip(people, ORDINAL_PERSON, strict=True):
        if pattern.search(before):
            return person if person.votes is None else None
    return None


def gapped_count_before_name(
    r: Reading,
    names: list[NameMention],
    numbers: list[Number],
    assigned: dict[int, tuple[str, Candidate | None]],
    i: int,
    next_start: int,
) -> NameMention | None:
    """The person of the count ``numbers[i]`` set off by a dash before the name ("782 –
    самовыдвиженца Y") when the list's previous item was a count, its verb, then its
    person's name: the verb is left out of the later items."""
    if not i or assigned.get(i - 1, ("", None))[0] != "votes" or assigned[i - 1][1] is None:
        return None
    n, before = numbers[i], numbers[i - 1]
    first = [m for m in names if before.end <= m.start < n.start]
    gap = r.text[before.end : first[0].start] if first else ""
    if not first or not (re.match(r"\s*[^\W\d_]", gap) or DASH_THEN_NAME.fullmatch(gap)):
        return None  # the previous count's name comes after a verb (or a dash) of its own
    if (
        not LIST_JOIN.search(r.text[first[-1].end : n.start])
        and "," not in r.text[first[-1].end : n.start]
    ):
        return None
    after = next((m for m in names if n.end <= m.start < next_start), None)
    if after is None or not DASH_THEN_NAME.fullmatch(r.text, n.end, after.start):
        return None
    if re.fullmatch(r"\s*[–—]\s*", r.text[n.end : after.start]):
        # "и 426 – Нарынбека Кереша": the left-out verb governs the name's case
        r.governors.setdefault(after.start, r.governor(first[0]))
    return after


SPACES = re.compile(r"\s*")


def skip_spaces(text: str, pos: int) -> int:
    """The offset of the first character after the white space at ``pos``."""
    match = SPACES.match(text, pos)
    return match.end() if match else pos


def of_another_group(r: Reading, cues: LanguageCues, n: Number, numbers: list[Number]) -> bool:
    """``9 úmitker usynylyp, olardyń 6-ýy ǵana saılaýǵa qatysty``: "of them" after a count
    of candidates or polling stations counts that group, not voters."""
    before = [p for p in numbers if p.end <= n.start and not p.percent]
    if not before:
        return False
    head = before[-1]
    return bool(
        cues.not_a_count.match(r.text[head.end : head.end + 30])
        and OF_THEM.search(r.text, head.end, n.start)
    )


def uncounted(r: Reading, key: str) -> Candidate | None:
    """The one candidate of a contest with no count or share yet, when others have one."""
    contest = r.contests.get(key)
    people = contest.candidates if contest else []
    left = [c for c in people if c.votes is None and c.share is None]
    return left[0] if len(left) == 1 and len(people) >= 2 else None


# between a described candidate's count and the name set off after it: the noun of the
# count, a comma, a dash ("701 голос, — X")
_SET_OFF_NAME = re.compile(r"\s*(?:[^\W\d_]+\s*)?,\s*[–—]\s*")


def described_then_named(
    text: str,
    cues: LanguageCues,
    names: list[NameMention],
    n: Number,
    c_start: int,
    next_start: int,
) -> NameMention | None:
    """The person named after a comma and a dash when the count is in a phrase describing a
    candidate ("кандидата, набравшего 701 голос, — X"): no other name between."""
    after = [m for m in names if n.end <= m.start < next_start][:1]
    if not after or not _SET_OFF_NAME.fullmatch(text, n.end, after[0].start):
        return None
    before = text[max(0, c_start - 60) : n.start]
    if not (cues.vote_word.search(text, n.end, after[0].start) or cues.vote_word.search(before)):
        return None
    if not cues.candidate_word.search(before):
        return None
    return after[0]


def _words_restated(text: str, names: list[NameMention], a: int, b: int) -> bool:
    """Whether ``text[a:b]``, the clause before a figure in brackets, is words only: no
    figure, no name, within one sentence (the mark that opens the clause aside)."""
    words_only = not re.search(r"[\d.;!?\n]", text[a:b].lstrip(",;:–—- "))
    return words_only and not any(a <= m.start < b for m in names)


def attach_percent(
    r: Reading,
    cues: LanguageCues,
    key: str,
    n: Number,
    label: tuple[str, str | None] | None,
    who: Candidate | None,
    prefix: str,
    suffix: str,
    seg_numbers: list[Number],
    i: int,
    assigned: dict[int, tuple[str, Candidate | None]],
    rule: str,
) -> None:
    """Give a share to its holder: a candidate, against all, or the contest's turnout."""
    if label and label[0] == "against_all":
        r.set_fact(key, "against_all_pct", n, rule=rule)
        assigned[i] = ("against_all_pct", None)
        return
    if label and label[0] in ("invalid_ballots", "absentee", "outside_premises"):
        return
    if who is not None:
        if who.share is None:
            who.share = Fact(n.value, (n.start, n.end), r.sha, f"share-{rule}")
        assigned[i] = ("share", who)
        return
    contest = r.contest(key)
    gap = r.text[seg_numbers[i - 1].end : n.start] if i else ""
    prev = assigned.get(i - 1) if i else None
    if (
        prev is not None
        and prev[0] == "votes"
        and prev[1] is not None
        and SHARE_LINK.match(gap)
        and not TURNOUT_WORD.search(gap)
    ):
        # "X 89 441 daýys jınady, bul – daýys berýge qatysqandardyń 77,1 paıyzy": a
        # share of those who took part right after a candidate's count is the
        # candidate's share
        if prev[1].share is None:
            prev[1].share = Fact(n.value, (n.start, n.end), r.sha, "share-linked-to-count")
        return
    holder = r.last_counted
    if (
        i == 0
        and holder is not None
        and holder.share is None
        and cues.this_is.search(r.text[r.sentence_start(n.start) : n.start])
    ):
        # "... 89 441 дауыс жинап, жеңіске жетті. Бұл – дауыстардың 77,1 пайызы."
        holder.share = Fact(n.value, (n.start, n.end), r.sha, "share-in-the-next-sentence")
        return
    if cues.turnout.search(prefix) or cues.turnout.search(suffix):
        if "turnout_pct" not in contest.facts:
            r.set_fact(key, "turnout_pct", n, rule="turnout-word")
            base = cues.turnout_base_ballots.search(prefix + suffix)
            contest.turnout_base = "ballots_cast" if base else "registered_voters"
        return
    if i and i - 1 in assigned and (ADJ_PCT.match(gap) or PCT_IN_BRACKETS.match(gap)):
        field_name, prev_who = assigned[i - 1]
        if field_name == "ballots_cast" and "turnout_pct" not in contest.facts:
            r.set_fact(key, "turnout_pct", n, rule="share-after-took-part")
            contest.turnout_base = "registered_voters"
        elif field_name == "against_all":
            r.set_fact(key, "against_all_pct", n, rule="share-after-against-all")
        elif field_name == "votes" and prev_who is not None and prev_who.share is None:
            prev_who.share = Fact(n.value, (n.start, n.end), r.sha, "share-after-count")


def respectively(
    r: Reading,
    sentence: Sentence,
    start: int,
    end: int,
    key: str,
    names: list[NameMention],
    numbers: list[Number],
    consumed: set[int],
    targets: list[str],
) -> None:
    """``X и Y получили соответственно N и M``: a list of figures given in order to as many
    people (or places) named before."""
    cues = sentence.cues
    match = cues.respectively.search(r.text, start, end)
    if not match:
        return
    before = [n for n in numbers if n.end <= match.start() and not n.approximate]
    listed_after = len(before) < 2
    if len(before) < 2:
        # "X pen Y sáıkesinshe 302 jáne 398 daýys aldy": the list right after the word
        after = [n for n in numbers if n.start >= match.end()]
        if len(after) < 2 or not re.fullmatch(
            r"[\s,:–—-]*(?:по\s+)?", r.text[match.end() : after[0].start]
        ):
            return
        before = []
        shares: list[Number] = []
        for n in after:
            if (
                before
                and n.percent
                and not before[-1].percent
                and BRACKET_OPEN.fullmatch(r.text[before[-1].end : n.start])
            ):
                # "12 557 (10,8%) jáne 9 763 (8,4%)": each count's share in brackets
                shares.append(n)
                continue
            last = shares[-1] if shares and shares[-1].start > before[-1].start else None
            gap = r.text[(last or before[-1]).end : n.start] if before else ""
            if last is not None:
                gap = BRACKET_CLOSE.sub("", gap, count=1)
            if before and not LIST_GAP.fullmatch(gap):
                break
            if n.approximate:
                return
            before.append(n)
        if len(before) < 2:
            return
        lead = [m for m in names if m.end <= match.start()]
        if shares and len(shares) == len(before) and len(lead) >= len(before):
            for m, n in zip(lead[-len(shares) :], shares, strict=True):
                cand = r.candidate(key, m, cues.language)
                cand.share = cand.share or Fact(n.value, (n.start, n.end), r.sha, "respectively")
                consumed.add(n.start)
    group = [before[-1]]
    for n in reversed(before[:-1]):
        gap = r.text[n.end : group[0].start]
        if RESPECTIVE_GAP.fullmatch(gap) or (listed_after and n in before):
            group.insert(0, n)
        else:
            break
    if len(group) < 2:
        return
    lead = [m for m in names if m.end <= group[0].start]
    lang = cues.language
    if not lead and cues.they.search(r.text, start, group[0].start):
        # "Олар сәйкесінше 302 және 398 дауыс алды": the people named just before
        lead = [m for k, m in r.previous_people if k == key][-len(group) :]
    if len(lead) >= len(group):
        for m, n in zip(lead[-len(group) :], group, strict=True):
            cand = r.candidate(key, m, lang)
            if n.percent:
                cand.share = cand.share or Fact(n.value, (n.start, n.end), r.sha, "respectively")
            else:
                cand.votes = cand.votes or Fact(n.value, (n.start, n.end), r.sha, "respectively")
            consumed.add(n.start)
        return
    if len(targets) != len(group):
        targets = list_of(r, len(group)) or targets
    if len(targets) == len(group):
        head = r.text[sentence.start : group[0].start]
        tail = r.text[group[-1].end : match.end()]
        if WINNERS.search(head):
            # "за победителей проголосовали соответственно 4 660, 4 329 и 3 138", "The
            # winners received ..., respectively": each place's winner's count or share
            for target, n in zip(targets, group, strict=True):
                consumed.add(n.start)
                contest = r.contests.get(target)
                won = [c for c in (contest.candidates if contest else []) if c.elected]
                if len(won) != 1:
                    continue
                fact = Fact(n.value, (n.start, n.end), r.sha, "respectively-winners")
                if n.percent:
                    won[0].share = won[0].share or fact
                else:
                    won[0].votes = won[0].votes or fact
            return
        label = label_of(r, cues, head, tail)
        for target, n in zip(targets, group, strict=True):
            consumed.add(n.start)
            if label and not n.percent:
                r.set_fact(target, label[0], n, label[1], rule="respectively-places")


def list_of(r: Reading, size: int) -> list[str]:
    """The places of a "соответственно" list of ``size`` figures in a sentence naming
    none: the last list of as many places named before ("выборов акимов города
    Приозерск, Актогайского и Осакаровского районов ... 19, 103 и 103 соответственно")."""
    # "Приозерскіде ... X жинады. Ақтоғайда Y, Осакаровта Z жеңді. ... тиісінше 19, 103 және
    # 103": the order in which the contests' results were reported, when it covers as many
    # places, before any list of place names (a headline's order)
    reported = sorted(
        (min(c.span[0] for c in contest.candidates), key)
        for key, contest in r.contests.items()
        if contest.candidates and contest.place_id and not key.startswith(("_", "?"))
    )
    if len(reported) == size and len(r.place_lists) > 0:
        return [key for _, key in reported]
    for places in reversed(r.place_lists):
        if len(places) == size:
            return places
    return []


# "the 3,443 voters who turned out", "избирателей, пришедших на участки": a relative
# clause of the voters (a relative word or a comma, then the words of voting)
RELATIVE_JOIN = re.compile(r"\s*(?:,\s*)?(?:(?:who|that)\s+)?", re.IGNORECASE)


def voters_who_voted(suffix: str, cues: LanguageCues) -> bool:
    noun = VOTERS_NOUN_AFTER.match(suffix)
    if noun is None:
        return False
    join = RELATIVE_JOIN.match(suffix, noun.end())
    if join is None or join.end() == noun.end():
        return False
    return bool(cues.ballots_cast.match(suffix, join.end()))


# "Даумов Нурлыбек, партия AMANAT — 4660": between a row's name and its count, a comma,
# the nominator and a dash
NOMINATOR_GAP = re.compile(r"\s*,\s*([^,;.\d\n]{3,60}?)\s*[–—-]\s*")


def nominator_gap(gap: str) -> bool:
    match = NOMINATOR_GAP.fullmatch(gap)
    return match is not None and find_nominator(match.group(1)) != (None, None)


def nominator_cell(text: str, names: list[NameMention], c_start: int, n_start: int) -> bool:
    """The clause before a figure is a nomination phrase and a dash only, and a name
    ends right before it with a comma between (``Name, nominator — N``)."""
    return any(nominator_gap(text[m.end : n_start]) for m in names if m.end <= c_start)
