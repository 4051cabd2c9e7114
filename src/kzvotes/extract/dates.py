"""The election date printed in a message (``5 ноября 2023 года``, ``25 қаңтар``,
``October 12, 2025``, ``05.11.2023``); a missing year comes from the publication date.

>>> find_election_date("Выборы прошли 5 ноября 2023 года.")
datetime.date(2023, 11, 5)
>>> find_election_date("25 қаңтарда өткен сайлауда", published=date(2026, 1, 26))
datetime.date(2026, 1, 25)
>>> find_election_date("On October 12, 2025, residents of Semey voted.")
datetime.date(2025, 10, 12)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from kzvotes.extract.wording import DAY_WORDS, MONTHS, words


def _dated(concept: str) -> re.Pattern[str]:
    """The words of every language for one sign used to read dates."""
    return re.compile(words(concept), re.IGNORECASE)


_MONTHS = MONTHS

# the month stems of every language, longest first, as one alternation
MONTH_STEMS = "|".join(sorted((re.escape(stem) for stem in _MONTHS), key=len, reverse=True))

# "5 ноября", "19 qazan": a day of a month, a number that counts nothing
DAY_OF_MONTH = (
    r"\d{1,2}\s+(?:"
    + "|".join(sorted((re.escape(stem) for stem in _MONTHS), key=len, reverse=True))
    + r")\w*\.?(?!\w)"
)

_MONTH_WORD = r"([^\W\d_]{3,12})"
_CAPITAL = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІÁÓÚÝǴŃ"
# the end of a dateline's line, or the capital of the next line run into it (a page
# scraped without its line breaks)
_LINE_END = rf"(?:\n|$|(?-i:[{_CAPITAL}]))"
# "2023 года", "2023 жыл", "year"; "2023 жылғы 5 қараша": the words of a date's year
_YEAR_WORD = words("year_word")
_YEAR_OF = words("year_of")
# "5 қараша, 2023 жыл": a year after a comma only as a year (a year word or the line end
# after it), not a count that follows a date
_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})\s+{_MONTH_WORD}\.?(?:\s+(\d{{4}})|,\s*((?:19|20)\d{{2}})"
    rf"(?=\s*{_YEAR_WORD}?\s*{_LINE_END}))?",
    re.IGNORECASE,
)
_YEAR_DAY_MONTH = re.compile(
    rf"\b(\d{{4}})\s*{_YEAR_OF}\s+(\d{{1,2}})\s+{_MONTH_WORD}", re.IGNORECASE
)
_MONTH_DAY = re.compile(
    rf"\b{_MONTH_WORD}\.?\s+(\d{{1,2}})(?:(?:st|nd|rd|th)?,\s*(\d{{4}}))?\b", re.IGNORECASE
)
# "Saılaý 2023 jyly ótti": a year and its year word, unless a word of birth follows
# ("1962 jyly týǵan": the year a candidate was born)
_YEAR_ALONE = re.compile(
    rf"\b((?:19|20)\d\d)\s+(?:{_YEAR_WORD})(?!\w)(?!\s*(?:{words('born_after_year')}))",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(rf"\b{_MONTH_WORD}\s+((?:19|20)\d\d)\b(?!\s*\d)", re.IGNORECASE)
# "06.11.2023"; "15-05-2024", a page's stamp with dashes
_DMY = re.compile(r"\b(\d{1,2})([.-])(\d{1,2})\2(\d{4})\b")
# "Пятого ноября 2023 года": a day written as an ordinal word, a month and a year
_DAY_WORD = "|".join(sorted((re.escape(w) for w in DAY_WORDS), key=len, reverse=True))
_WORD_DAY_MONTH_YEAR = re.compile(
    rf"(?<!\w)({_DAY_WORD})\s+{_MONTH_WORD}\s+((?:19|20)\d\d)\b", re.IGNORECASE
)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# "сайлау комиссиясы", "election commission", "the law on elections": words of the vote
# that name a body or a law, not the vote next to a date
_NOT_THE_VOTE = _dated("date_not_the_vote")
_ELECTION = _dated("date_election")
# "the Oct. 12 vote", "выборы 5 ноября", "5 қарашада ... сайлауы өтті": words of the vote
# itself, as against words of the announcement or publication ("reported", "сообщили")
_VOTE_WORD = _dated("date_vote_word")
_WHOLE_VOTE_WORD = re.compile(rf"(?<!\w){words('date_vote_word')}", re.IGNORECASE)
_ANNOUNCED = _dated("date_announced")
# "Aıta keteıik, 10 jeltoqsanda ... saılaýy ótken bolatyn": a pluperfect, an earlier vote
_PLUPERFECT = _dated("date_pluperfect")
# a dateline: a date heading a paragraph, alone or after a place ("ASTANA, Oct. 13, 2025 –",
# "Уральск, 6 ноября 2023 года.", "24.12.2023")
_DATELINE_HEAD = re.compile(
    r"(?:^|\n)[^\W\d_][^\n\d.!?]{0,40},\s*$|(?:^|\n)\s*$|"
    # "QYZYLORDA. 24.12.2023. KAZINFORM –"
    r"(?:^|\n)[A-ZА-ЯЁӘҒҚҢӨҰҮҺІÁÓÚÝǴŃ][A-ZА-ЯЁӘҒҚҢӨҰҮҺІÁÓÚÝǴŃ-]{2,}\.\s*$|"
    # "03:10, 25 Jeltoqsan 2023 | GMT +6": a time before the date
    r"(?:^|\n)\d{1,2}:\d{2},?\s*$"
)
_DATELINE_TAIL = re.compile(
    r"^[^\n\d]{0,12}?(?:\d{4})?\s*(?:года|г\.|ж\.|жыл\w*|jyl\w*)?\s*,?\s*"
    r"(?:\d{1,2}:\d{2}\s*)?(?:[–—-]|\.|,?\s*$|\n|\|[^\n]{0,30}(?:\n|$))",
    re.IGNORECASE,
)
_LAST_SUNDAY = _dated("date_last_sunday")
# "Сол сайлауда 28 232 дауыс жинаған X аудан басшысы атанды": a sentence of results about
# the vote dated in the sentence before, even one told as past ("... сайланған болатын")
_THAT_ELECTION = _dated("date_that_election")
# "the previous elections were held on November 4, 2021": not this election's date
_PREVIOUS = _dated("date_previous")
# "14 октября он официально вступил в должность, набрав 77,1%": a date whose own clause
# tells of taking office is the day of another event
_TOOK_OFFICE = _dated("date_took_office")
# no sentence ends after a month's abbreviation ("held on Oct. 12.")
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\bJan\.)(?<!\bFeb\.)(?<!\bMar\.)(?<!\bApr\.)(?<!\bJun\.)(?<!\bJul\.)"
    r"(?<!\bAug\.)(?<!\bSep\.)(?<!\bSept\.)(?<!\bOct\.)(?<!\bNov\.)(?<!\bDec\.)"
    r"\s+(?!\d{1,2}[,\s])|\n\n"
)
_YESTERDAY = _dated("date_yesterday")
_TODAY = _dated("date_today")


def _month(word: str) -> int | None:
    low = word.lower()
    if low in ("мая", "май", "мае"):
        return 5
    for stem, number in sorted(_MONTHS.items(), key=lambda kv: -len(kv[0])):
        if len(stem) >= 3 and low.startswith(stem):
            return number
    return None


def _make(year: int | None, month: int | None, day: int, published: date | None) -> date | None:
    if month is None:
        return None
    if year is None:
        if published is None:
            return None
        year = published.year
        try:
            guess = date(year, month, day)
        except ValueError:
            return None
        if guess > published + timedelta(days=1):
            year -= 1
    try:
        return date(year, month, day)
    except ValueError:
        return None


def dates_in(text: str, published: date | None = None) -> list[tuple[int, date]]:
    """Every date printed in ``text`` with its offset."""
    found: list[tuple[int, date]] = []
    taken: list[tuple[int, int]] = []
    for match in _YEAR_DAY_MONTH.finditer(text):
        day = _make(int(match.group(1)), _month(match.group(3)), int(match.group(2)), published)
        if day:
            found.append((match.start(), day))
            taken.append(match.span())
    for match in _ISO.finditer(text):
        day = _make(int(match.group(1)), int(match.group(2)), int(match.group(3)), published)
        if day:
            found.append((match.start(), day))
            taken.append(match.span())
    for match in _DMY.finditer(text):
        day = _make(int(match.group(4)), int(match.group(3)), int(match.group(1)), published)
        if day:
            found.append((match.start(), day))
            taken.append(match.span())
    for match in _WORD_DAY_MONTH_YEAR.finditer(text):
        # only with its year: an ordinal word without one may count something else
        day = _make(
            int(match.group(3)), _month(match.group(2)), DAY_WORDS[match.group(1).lower()], None
        )
        if day:
            found.append((match.start(), day))
            taken.append(match.span())
    for pattern, order in ((_DAY_MONTH, (3, 2, 1)), (_MONTH_DAY, (3, 1, 2))):
        for match in pattern.finditer(text):
            if any(a <= match.start() < b for a, b in taken):
                continue
            year_text = match.group(order[0])
            if pattern is _DAY_MONTH and not year_text:
                year_text = match.group(4)
            month = _month(match.group(order[1]))
            if month is None:
                continue
            day = _make(
                int(year_text) if year_text else None, month, int(match.group(order[2])), published
            )
            if day:
                found.append((match.start(), day))
                taken.append(match.span())
    return sorted(found)


# "date 2025-10-20 In the ... village": a page's date stamp opening the text, in ISO form
# after at most one label word; the day the page was filed, not a date of the message
_PAGE_STAMP = re.compile(r"^\s*(?:[^\W\d_]+:?\s+)?(\d{4}-\d{2}-\d{2})\b")


def page_stamp(text: str) -> tuple[int, int, date] | None:
    """The page's date stamp opening the text (its span and value), if it has one."""
    match = _PAGE_STAMP.match(text)
    if match is None:
        return None
    found = dates_in(match.group(1))
    return (match.start(1), match.end(1), found[0][1]) if found else None


def dateline(text: str) -> tuple[int, int, date] | None:
    """The date heading the message (its span and value), if it has one: the publication
    date when the page gives none. A date under the label of the vote ("Дата голосования:
    11 января 2026 года" in a communiqué) is the vote's own, never a dateline."""
    stamp = page_stamp(text)
    if stamp is not None:
        return stamp
    for offset, day in dates_in(text[:600]):
        head = text[max(0, offset - 45) : offset]
        if _VOTE_DATE_LABEL.search(head):
            continue
        match = _DATE_AT.match(text, offset)
        end = match.end() if match else offset
        if _DATELINE_HEAD.search(head) and _DATELINE_TAIL.match(text[end : end + 30]):
            return offset, end, day
        if _run_in_dateline(text, offset, end):
            return offset, end, day
    return None


_VIEWS = words("page_views")
# what follows a dateline on its line: the year word, a time, a view counter ("06.11.2023,
# 11:20   Оқылды: 845", "02.08.2021, 14:45   525"), a wire dash
_DATELINE_FURNITURE = re.compile(
    rf"(?:\s*(?:{_YEAR_WORD})(?!\w))?,?(?:\s*\d{{1,2}}:\d{{2}}(?!\d))?"
    rf"(?:\s*(?:{_VIEWS})\s*:?\s*\d[\d \u00a0]*\d|\s*(?:{_VIEWS})\s*:?\s*\d)?"
    rf"(?:[^\S\n]+\d{{1,6}}(?=\s+(?-i:[{_CAPITAL}])))?"
    r"(?:\s*[–—-](?=\s))?",
    re.IGNORECASE,
)
# a dateline run into the headline or the message (a page scraped without its line
# breaks): after its furniture comes a dash, a separator or a capitalised word
_RUN_IN_NEXT = re.compile(
    rf"\s+(?:[–—-]\s|[|·]|(?-i:[{_CAPITAL}«\"“])|{DAY_OF_MONTH})", re.IGNORECASE
)
_BEFORE_DATE = re.compile(rf"(?<!\w)(?:{words('before_date')})\s*$", re.IGNORECASE)
_AGENCY_CAPS = re.compile(
    rf"(?-i:[{_CAPITAL}][{_CAPITAL}-]+)(?:\s+(?-i:[{_CAPITAL}][{_CAPITAL}-]+))*"
)
_PAGE_HEAD_SIZE = 300
# "Elected |", "Избран:": the label of a card's row of the election, before its date
_CARD_ELECTED_LABEL = re.compile(rf"(?<!\w){words('card_elected')}\s*[|:]\s*$", re.IGNORECASE)


def _run_in_dateline(text: str, offset: int, end: int) -> bool:
    """``Кого выбрали акимами 6 ноября 2023 ЦИК подвёл итоги``, ``... elections ASTANA,
    November 6, 2023 – The Central ...``: a full date near the start of the page that ends
    with its year (or is written in figures), on the page's first line (no sentence has
    ended before it), followed by page furniture and then a new line's capital; a date
    after a preposition is part of a sentence, unless a wire dateline's place follows."""
    printed = text[offset:end]
    if offset > _PAGE_HEAD_SIZE or not re.search(r"(?:\d{4}|\d\.\d{1,2}\.\d{4})$", printed):
        return False
    before = text[text.rfind("\n", 0, offset) + 1 : offset]
    if _CARD_ELECTED_LABEL.search(before):
        # "Elected | 5 November 2023": a card's row of the election, the day of the vote
        return False
    # (a headline or a site's slogan may end in "!" or "?")
    if any(not word.isupper() for word in re.findall(r"(\w+)\.\s", before)):
        return False
    furniture = _DATELINE_FURNITURE.match(text, end)
    after = furniture.end() if furniture else end
    if not _RUN_IN_NEXT.match(text, after):
        return False
    if _BEFORE_DATE.search(before):
        # "By X in Nation on 14 October 2025", its line ended (a wire dateline's place after
        # it may have been blanked as furniture)
        return bool(re.match(rf"[^\S\n]*\n|\s+(?:[–—|·]|(?-i:[{_CAPITAL}]{{3,}}\b))", text[after:]))
    return True


def dateline_block(text: str) -> tuple[int, int] | None:
    """The dateline with its furniture on its line (the place or weekday before it, a time,
    a view counter, a wire dash after it): page noise once the date has been read."""
    line = dateline(text)
    if line is None:
        return None
    start, end = line[0], line[1]
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    if len(head) <= 45 and _DATELINE_HEAD.search(text[max(0, start - 45) : start]):
        start = line_start
    else:
        # "... elections ASTANA, November 6, 2023 –": a wire dateline's place in capitals
        caps = re.search(rf"{_AGENCY_CAPS.pattern}\s*[,.|]\s*$", head)
        if caps:
            start = line_start + caps.start()
    # "Oinet.kz 15-05-2024 167": the site's name before the date is furniture too
    site = _SITE_BEFORE.search(text, line_start, start)
    if site:
        start = site.start()
    furniture = _DATELINE_FURNITURE.match(text, end)
    if furniture:
        end = furniture.end()
    return start, end


_SITE_BEFORE = re.compile(r"(?<!\S)(?:[\w-]+\.)+[a-z]{2,6}\s*$", re.IGNORECASE)


def without_yearless_dateline(text: str) -> str:
    """``KYZYLORDA, Oct. 20 – Voters ... chose a new akim on October 19, 2025``: a
    dateline without its year, before a sentence that prints a full date of its own, is
    the day the report was filed; blanked, so that the date printed with the vote is
    read."""
    for offset, _ in dates_in(text[:600], date(2000, 12, 31)):
        match = _DATE_AT.match(text, offset)
        end = match.end() if match else offset
        if not (_DATELINE_HEAD.search(text[max(0, offset - 45) : offset])):
            continue
        if not _DATELINE_TAIL.match(text[end : end + 30]) or dates_in(text[offset:end]):
            continue
        stop = _SENTENCE_END.search(text, end)
        if dates_in(text[end : stop.start() if stop else len(text)]):
            return text[:offset] + " " * (end - offset) + text[end:]
    return text


# "Дата голосования:", "Date of voting:", "Дауыс беру күні:": the label of the vote's own
# date, at the end of the text before the date
_VOTE_DATE_LABEL = re.compile(
    rf"(?<!\w)(?:{words('date_vote_label')})\s*[:|–—-]\s*$", re.IGNORECASE
)
# "Опубликовано: 13.01.2026", "Published | 13 Jan 2026": a date under the label of
# publishing is the day the page went out, even beside the words of the vote in its tags
_PUBLISHED_LABEL = re.compile(rf"(?<!\w)(?:{words('date_announced')})\s*[:|]\s*$", re.IGNORECASE)

_DATE_AT = re.compile(
    rf"(?:(?:{_DAY_WORD})\s+{_MONTH_WORD}\s+(?:19|20)\d\d|\d{{4}}\s*{_YEAR_OF}\s+\d{{1,2}}\s+{_MONTH_WORD}|\d{{1,2}}(?P<sep>[.-])\d{{1,2}}(?P=sep)\d{{4}}|"
    r"\d{4}-\d{2}-\d{2}|"
    rf"\d{{1,2}}\s+{_MONTH_WORD}\.?(?:\s+\d{{4}}|,\s*(?:19|20)\d{{2}}(?=\s*(?:{_YEAR_WORD})?\s*{_LINE_END}))?|{_MONTH_WORD}\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?)",
    re.IGNORECASE,
)


# "the President's Address of September 2", "Послания от 2 сентября", "after October 1":
# a date that names a document or another event, not the day of the vote
_OTHER_EVENT = re.compile(
    r"(?:\bот|\bпосле|\bafter|\bsince|\b(?!(?:vot\w*|elections?|polls?|voting|ballot\w*)\s)"
    r"[^\W\d_]+\s+of)\s+$",
    re.IGNORECASE,
)


def _of_another_event(before: str) -> bool:
    """Whether the words right before a date make it the day of something else than the
    vote: a document or an event ("Послания от 2 сентября"), or the page's publication
    ("Опубликовано: 13.01.2026")."""
    return bool(_OTHER_EVENT.search(before) or _PUBLISHED_LABEL.search(before))


# "– деді 5 желтоқсанда", "сказал 5 декабря", "said on December 5": a date in the clause of
# a verb of saying is the day somebody spoke (a short preposition may stand between)
_SAID_BEFORE = re.compile(
    rf"(?<!\w)(?:{words('said')})\w*(?:\s+[^\W\d_]{{1,3}})?\s+$", re.IGNORECASE
)
# "5 декабря сказал": the verb right after the date (after a comma or a dash it attributes
# the sentence before, "выборы прошли 5 ноября, сообщили в комиссии", and dates nothing)
_SAID_AFTER = re.compile(rf"^\s+(?:{words('said')})", re.IGNORECASE)
# the quotation marks that open and close a quoted speech
_QUOTE_OPEN, _QUOTE_CLOSE = "«“„", "»”"
# a quotation closed, then (after at most a short apposition) the verb of saying
_QUOTE_THEN_SAID = re.compile(
    rf"^[»”\"]?[\s,.!?]*(?:[–—-]\s*)?(?:[^.;«»\"]{{0,80}}?\s)?(?:{words('said')})",
    re.IGNORECASE,
)


def _in_quoted_speech(sentence: str, offset: int) -> bool:
    """Whether the date at ``offset`` stands inside a quotation that a verb of saying
    follows («... 5 желтоқсанда ...», – деді X; "... on May 5," he said)."""
    before = sentence[:offset]
    opened = sum(before.count(c) for c in _QUOTE_OPEN)
    closed = sum(before.count(c) for c in _QUOTE_CLOSE)
    if not (opened > closed or before.count('"') % 2 == 1):
        return False
    close = re.search(r'[»”"]', sentence[offset:])
    return close is not None and bool(_QUOTE_THEN_SAID.match(sentence[offset + close.start() :]))


def _of_speech(sentence: str, offset: int) -> bool:
    """Whether the date at ``offset`` is the day of a speech, not of the vote: it stands in
    the clause of a verb of saying ("– деді 5 желтоқсанда", "said on December 5") or inside
    the quotation that verb reports."""
    match = _DATE_AT.match(sentence, offset)
    end = match.end() if match else offset
    # "хабарлады 5 желтоқсанда өткен сайлауда": a date the words of the vote follow is the
    # vote's, whatever verb stands before it
    of_the_vote = bool(_VOTE_WORD.search(sentence[end : end + 25]))
    return (
        (not of_the_vote and bool(_SAID_BEFORE.search(sentence[max(0, offset - 40) : offset])))
        or bool(_SAID_AFTER.match(sentence[end : end + 40]))
        or _in_quoted_speech(sentence, offset)
    )


def _of_taking_office(sentence: str, offset: int) -> bool:
    """Whether the clause of the date at ``offset`` tells of taking office."""
    match = _DATE_AT.match(sentence, offset)
    after = re.split(r"[;,.–—]\s", sentence[match.end() if match else offset :])[0]
    return bool(_TOOK_OFFICE.search(after[:60]))


# "назначила выборы на 15 декабря", "15 желтоқсанды белгілеген", "set for December 15":
# a day set or appointed for a vote to come is never the day of a result
_SET_BEFORE = re.compile(rf"(?:{words('date_set_before')})\s+$", re.IGNORECASE)
_SET_AFTER = re.compile(
    rf"^\w*\s+(?:[^\W\d_]+\s+){{0,2}}?(?:{words('date_set_after')})", re.IGNORECASE
)


def _set_for(sentence: str, offset: int) -> bool:
    """Whether the date at ``offset`` is one set or appointed for a vote."""
    match = _DATE_AT.match(sentence, offset)
    end = match.end() if match else offset
    return bool(_SET_BEFORE.search(sentence[max(0, offset - 60) : offset])) or bool(
        _SET_AFTER.search(sentence[end : end + 60])
    )


def _tied_to_vote(sentence: str, offset: int) -> int:
    """How a date is tied: 2 to words of the vote right next to it, 0 to words of the
    announcement, 1 otherwise."""
    match = _DATE_AT.match(sentence, offset)
    end = match.end() if match else offset
    blank = _NOT_THE_VOTE.sub(lambda m: " " * len(m.group(0)), sentence)
    pieces = re.split(r"[;,–—.!?]\s|\s[–—]", blank[:offset])
    # "went to the polls last Sunday, July 27": a date in apposition takes the words of
    # the clause before it
    in_apposition = not pieces[-1].strip() and blank[:offset].rstrip().endswith(",")
    before = (pieces[-2] if in_apposition and len(pieces) > 1 else pieces[-1])[-40:]
    after = re.split(r"[;,–—]\s|\s[–—]", blank[end:])[0][:40]
    if _VOTE_WORD.search(after[:25]) or _VOTE_WORD.search(before[-25:]):
        return 2
    if _ANNOUNCED.search(before) or _ANNOUNCED.search(after):
        return 0
    return 1


def _sunday_or_empty(day: date, rule: str) -> DateReading:
    """A date counted from the publication date ("today", "yesterday") only when it is a
    Sunday, the day of these votes: a report filed after midnight ("03:10, 25 December:
    today the village voted") would otherwise date the vote a day late."""
    if day.weekday() == 6:
        return DateReading(day, None, rule)
    return DateReading(None, None, f"empty: {rule} gives a {day:%A}, not a Sunday")


@dataclass(frozen=True)
class DateReading:
    """The election date read from a message: its value, where it was printed (``None``
    when it was counted from the publication date) and the rule that chose it, or the
    reason it was left empty."""

    value: date | None
    span: tuple[int, int] | None
    rule: str


def find_election_date(text: str, *, published: date | None = None) -> date | None:
    """The date of the vote (see :func:`read_election_date`)."""
    return read_election_date(text, published=published).value


# The first direct elections of akims (730 rural akims, 25 July 2021; the reference's
# aggregates_transcribed.csv): a day before it is no day of a vote this package reads, but a
# birth date beside the winner ("born on January 1, 1980") or an earlier appointment.
FIRST_DIRECT_VOTE = date(2021, 7, 25)


def read_election_date(text: str, *, published: date | None = None) -> DateReading:
    """The date of the vote: the date printed in a sentence about the vote (one tied to
    the words of the vote before one tied to the announcement), else "last Sunday" /
    "today" counted from the publication date, else the dateline of the message. A
    dateline stands for the publication date when the page gives none. A day before the
    first direct elections of akims is left empty, with the reason.

    >>> read_election_date("Kozhanbayev, born on January 1, 1980, won the vote.").rule
    'empty: 1980-01-01 (date-in-vote-sentence) is before the first direct akim elections (2021-07-25)'
    """
    reading = _printed_election_date(text, published=published)
    if reading.value is not None and reading.value < FIRST_DIRECT_VOTE:
        return DateReading(
            None,
            None,
            f"empty: {reading.value.isoformat()} ({reading.rule}) is before the first direct "
            f"akim elections ({FIRST_DIRECT_VOTE.isoformat()})",
        )
    return reading


def _printed_election_date(text: str, *, published: date | None) -> DateReading:
    line = dateline(text)
    if line is not None:
        published = published or line[2]
        text = text[: line[0]] + " " * (line[1] - line[0]) + text[line[1] :]
    else:
        text = without_yearless_dateline(text)
    # "В воскресенье, 8 сентября, ... прошли выборы ... Послания от 2 сентября 2024 года":
    # with no publication date, a date without its year takes the year of the dates
    # printed in full in the message (when they agree on one year)
    year_of = published
    if year_of is None:
        # never the year of a sentence about another, earlier event ("The previous akim
        # elections were held on November 4, 2021")
        years = {
            day.year
            for base, sentence in _sentences(text)
            if not (_PREVIOUS.search(sentence) or _PLUPERFECT.search(sentence))
            for _, day in dates_in(sentence)
        }
        if not years:
            # "Nation | October 2025": with no full date, a month and a year tell the year
            years = {
                int(m.group(2))
                for _, sentence in _sentences(text)
                if not (_PREVIOUS.search(sentence) or _PLUPERFECT.search(sentence))
                for m in _MONTH_YEAR.finditer(sentence)
                if _month(m.group(1)) is not None
            }
        if not years:
            # "Saılaý 2023 jyly ótti": a year alone, its year word and a word of the vote
            # beside it, tells the year of a day printed without one
            years = {
                int(m.group(1))
                for _, sentence in _sentences(text)
                if not (_PREVIOUS.search(sentence) or _PLUPERFECT.search(sentence))
                for m in _YEAR_ALONE.finditer(sentence)
                # a whole word of the vote ("предвыборной кампании 2024 года": a campaign,
                # maybe another country's, not the vote)
                if _WHOLE_VOTE_WORD.search(sentence[max(0, m.start() - 20) : m.start()])
                or _WHOLE_VOTE_WORD.search(sentence[m.end() : m.end() + 20])
            }
        if len(years) == 1:
            year_of = date(years.pop(), 12, 31)
    best = _best_tied_date(text, year_of) or _date_of_that_election(text, year_of)
    if best is not None:
        return best
    start = 0
    for sentence_end in [*_SENTENCE_END.finditer(text), None]:
        end = sentence_end.start() if sentence_end else len(text)
        sentence = text[start:end]
        base, start = start, sentence_end.end() if sentence_end else len(text)
        if not _ELECTION.search(sentence) or _PLUPERFECT.search(sentence):
            continue
        found = []
        for offset, day in dates_in(sentence, year_of):
            clause = re.split(r"[;,]\s", sentence[:offset])[-1]
            if not (
                _PREVIOUS.search(clause)
                or _of_another_event(sentence[:offset])
                or _of_taking_office(sentence, offset)
                or _set_for(sentence, offset)
                or _of_speech(sentence, offset)
            ):
                found.append((-_tied_to_vote(sentence, offset), offset, day))
        if found:
            tie, offset, day = min(found)
            if tie != -2 and _LAST_SUNDAY.search(sentence) and day.weekday() != 6:
                # "Итоги воскресного голосования ... огласила комиссия (16.12.2024)": the
                # vote was on a Sunday, the date printed is not one and is not beside the
                # words of the vote: the announcement's date, the Sunday before it
                sunday = day - timedelta(days=(day.weekday() + 1) % 7)
                return DateReading(sunday, None, "sunday-before-a-weekday-date")
            match = _DATE_AT.match(sentence, offset)
            span = (base + offset, base + (match.end() if match else offset))
            rule = "date-beside-vote-words" if tie == -2 else "date-in-vote-sentence"
            return DateReading(day, span, rule)
        if line is not None and (relative := _relative_to_dateline(sentence, line[2])):
            return relative
        if published is not None:
            if _LAST_SUNDAY.search(sentence):
                sunday = published - timedelta(days=(published.weekday() + 1) % 7)
                return DateReading(sunday, None, "last-sunday-before-publication")
            if _TODAY.search(sentence):
                return _sunday_or_empty(published, "today-is-publication-date")
            if _YESTERDAY.search(sentence):
                return _sunday_or_empty(published - timedelta(days=1), "yesterday")
    if published is not None:
        if _LAST_SUNDAY.search(text):
            sunday = published - timedelta(days=(published.weekday() + 1) % 7)
            return DateReading(sunday, None, "last-sunday-before-publication")
        if _TODAY.search(text):
            return _sunday_or_empty(published, "today-is-publication-date")
    if line is not None and line[2].weekday() == 6:
        # votes are held on Sundays: a Sunday dateline is the election night's report
        return DateReading(line[2], (line[0], line[1]), "sunday-dateline")
    if _speech_dated(text, year_of):
        return DateReading(
            None, None, "empty: no date of the vote printed, only days of speech (quoted or said)"
        )
    if line is not None:
        return DateReading(None, None, "empty: only the publication date is printed")
    return DateReading(None, None, "empty: no date printed with the words of the vote")


def _speech_dated(text: str, year_of: date | None) -> bool:
    """Whether the message prints a date of speech (one a quotation or a verb of saying
    holds), which was left out of the reading."""
    return any(
        _of_speech(sentence, offset)
        for _, sentence in _sentences(text)
        for offset, _ in dates_in(sentence, year_of)
    )


def _relative_to_dateline(sentence: str, printed: date) -> DateReading | None:
    """The words "today" / "yesterday" said of the vote in a sentence of a message whose dateline is
    printed above it: the dateline's day, or the day before. The printed line is the day
    the message speaks from, whatever the weekday (a vote on a Sunday reported "today" on
    Monday's page is read as the page says); a sentence that also speaks of a Sunday is
    left to the Sunday rules, and "the commission announced the result today" dates the
    announcement, not the vote."""
    if _LAST_SUNDAY.search(sentence) or _TOOK_OFFICE.search(sentence):
        # "today the new akim took office": the day of another step
        return None
    if _announced_today(sentence):
        return None
    if _TODAY.search(sentence):
        return DateReading(printed, None, "today-under-the-dateline")
    if _YESTERDAY.search(sentence):
        return DateReading(printed - timedelta(days=1), None, "yesterday-before-the-dateline")
    return None


def _announced_today(sentence: str) -> bool:
    """Whether "today" or "yesterday" is said of announcing a result: the sentence, less
    the names of the commission and the law, speaks of no vote, or the clause of the day
    word has a word of announcing ("Нәтижені бүгін ... төраға жариялады")."""
    blank = _NOT_THE_VOTE.sub(lambda m: " " * len(m.group(0)), sentence)
    if not _ELECTION.search(blank):
        return True
    day = _TODAY.search(blank) or _YESTERDAY.search(blank)
    if day is None:
        return False
    before = [m.end() for m in _CLAUSE_BREAK.finditer(blank, 0, day.start())]
    after = _CLAUSE_BREAK.search(blank, day.end())
    clause = blank[before[-1] if before else 0 : after.start() if after else len(blank)]
    return bool(_ANNOUNCED.search(clause))


# the end of a clause: a comma, a semicolon or a dash
_CLAUSE_BREAK = re.compile(r"[;,–—]\s|\s[–—]")


def _sentences(text: str) -> list[tuple[int, str]]:
    """The sentences of ``text`` with their offsets."""
    out = []
    start = 0
    for sentence_end in [*_SENTENCE_END.finditer(text), None]:
        end = sentence_end.start() if sentence_end else len(text)
        out.append((start, text[start:end]))
        start = sentence_end.end() if sentence_end else len(text)
    return out


def _of_something_else(sentence: str, offset: int) -> bool:
    """Whether the date at ``offset`` of ``sentence`` is of something other than this vote:
    a previous vote, another event, a vote to come, or the day somebody spoke."""
    clause = re.split(r"[;,]\s", sentence[:offset])[-1]
    return bool(
        _PREVIOUS.search(clause)
        or _of_another_event(sentence[:offset])
        or _set_for(sentence, offset)
        or _of_speech(sentence, offset)
    )


def _date_of_that_election(text: str, year_of: date | None) -> DateReading | None:
    """The date of the sentence about the vote before one that speaks of "that election",
    unless it is of a previous vote or of the announcement."""
    sentences = _sentences(text)
    for (base, before), (_, sentence) in pairwise(sentences):
        if not (_THAT_ELECTION.search(sentence) and _ELECTION.search(before)):
            continue
        for offset, day in dates_in(before, year_of):
            if _of_something_else(before, offset):
                continue
            if _tied_to_vote(before, offset) >= 1:
                match = _DATE_AT.match(before, offset)
                span = (base + offset, base + (match.end() if match else offset))
                return DateReading(day, span, "date-of-that-election")
    return None


def _best_tied_date(text: str, year_of: date | None) -> DateReading | None:
    """The first date in the message right beside the words of the vote, wherever it is
    ("went to the polls last Sunday, July 27" after "took office on July 31")."""
    for base, sentence in _sentences(text):
        if not _ELECTION.search(sentence) or _PLUPERFECT.search(sentence):
            continue
        for offset, day in dates_in(sentence, year_of):
            if _of_something_else(sentence, offset) or _of_taking_office(sentence, offset):
                continue
            if _tied_to_vote(sentence, offset) == 2:
                match = _DATE_AT.match(sentence, offset)
                span = (base + offset, base + (match.end() if match else offset))
                return DateReading(day, span, "date-beside-vote-words")
    return None


def date_of_sentence_at(text: str, at: int) -> DateReading | None:
    """The date printed in the sentence of ``text`` that holds offset ``at`` (a contest's
    own sentence: its winner's), when that sentence speaks of the vote, not of taking
    office, and the date is neither of a previous vote, of another event nor one set for a
    vote to come; never the dateline: "Жанасемей: в воскресенье, 27 июля 2025 года,
    большинство голосов получил X".

    >>> text = "Пилот. 5 ноября 2023 года избран Y.\\n\\nЖанасемей 27 июля 2025 года избрал X."
    >>> date_of_sentence_at(text, text.index("X")).value
    datetime.date(2025, 7, 27)
    """
    # the dateline is the day of the message, not of any contest's vote
    line = dateline(text)
    if line is not None:
        text = text[: line[0]] + " " * (line[1] - line[0]) + text[line[1] :]
    for base, sentence in _sentences(text):
        if not base <= at < base + len(sentence):
            continue
        # a sentence of taking office ("took office on July 31") dates no vote
        if (
            not _ELECTION.search(sentence)
            or _PLUPERFECT.search(sentence)
            or _TOOK_OFFICE.search(sentence)
        ):
            return None
        found = []
        for offset, day in dates_in(sentence):
            if (
                _of_something_else(sentence, offset)
                or _of_taking_office(sentence, offset)
                or day < FIRST_DIRECT_VOTE
            ):
                continue
            found.append((-_tied_to_vote(sentence, offset), offset, day))
        if not found:
            return None
        tie, offset, day = min(found)
        if tie == 0:
            return None
        match = _DATE_AT.match(sentence, offset)
        span = (base + offset, base + (match.end() if match else offset))
        return DateReading(day, span, "date-in-contest-sentence")
    return None
