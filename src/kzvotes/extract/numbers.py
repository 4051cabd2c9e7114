"""Numbers as printed in the messages: grouped, ungrouped, Kazakh words, glued suffixes.

A number preceded or followed by approximate wording (``около``, ``более``, ``жуық``,
``about``...) or written as round thousands (``7 тысяч``) is never returned as a count.

>>> [(n.value, n.approximate) for n in find_numbers("проголосовали 4 660 человек, около 500")]
[(4660, False), (500, True)]
>>> [n.value for n in find_numbers("9 мың 779 дауыс жинады")]
[9779]
>>> [n.value for n in find_numbers("olardyń 1797-si daýys berdi", language="kk-Latn")]
[1797]
>>> [n.value for n in find_numbers("received 89,441 votes", language="en")]
[89441]
>>> [(n.value, n.percent) for n in find_numbers("явка составила 56,0%")]
[(56.0, True)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kzvotes.extract.wording import HUNDRED_WORDS, VOTE_COUNT_WORDS, words

_SPACE = "[ \u00a0\u202f\u2009]"
_GROUPED = rf"\d{{1,3}}(?:{_SPACE}\d{{3}})+(?!\d)"
_GROUPED_COMMA = r"\d{1,3}(?:,\d{3})+(?![\d])"
_THOUSAND_WORD = words("number_thousand")
_PERCENT_WORD = rf"(?:%|{words('number_percent')})"

# "около 500", "500-ге жуық", "about 500": approximate wording before or after a number
_APPROX_BEFORE = re.compile(
    rf"(?:\b(?:{words('number_approx_before')})\s*|~\s*|≈\s*)$",
    re.IGNORECASE,
)
_APPROX_AFTER = re.compile(
    # "500-ге жуық", "71 пайызға жуығы", "71 paıyzdan astamy": the case ending or the
    # percent word (with its ending) between the number and the wording
    rf"^(?:-?\s*(?:{_PERCENT_WORD}[^\W\d]*|[a-zа-яәғқңөұүһіıáǵńóúý]{{0,6}})\s*)?"
    rf"(?:{words('number_approx_after')}|\+)",
    re.IGNORECASE,
)
_TOKEN = re.compile(
    rf"(?P<kkw>(?P<th>\d{{1,3}}){_SPACE}*{_THOUSAND_WORD}{_SPACE}+(?P<rest>\d{{1,3}})(?!\d))"
    rf"|(?P<dec>\d+[.,]\d+)(?={_SPACE}*{_PERCENT_WORD})"
    rf"|(?P<frac>\d+,\d{{1,2}})(?!\d)"
    rf"|(?P<comma>{_GROUPED_COMMA})"
    rf"|(?P<grp>{_GROUPED})"
    # "4.660 голосов": a dot grouping thousands (not in English, where it is a decimal)
    rf"|(?P<dotgrp>\d{{1,3}}(?:\.\d{{3}})+)(?![\d.,])"
    rf"|(?P<int>\d+)",
    re.IGNORECASE,
)
_PCT_AFTER = re.compile(rf"^{_SPACE}*{_PERCENT_WORD}", re.IGNORECASE)
_DECIMAL_AFTER = re.compile(r"^[.,]\d")


@dataclass(frozen=True)
class Number:
    """A number found in text, with its span (suffixes like ``-si`` not included)."""

    value: int | float
    start: int
    end: int
    percent: bool
    approximate: bool


def _alternation(table: dict[str, int]) -> str:
    """The words of a table as one alternation, longest first."""
    return "|".join(sorted(map(re.escape, table), key=len, reverse=True))


# "сто восемьдесят два", "three hundred and ninety-one", "шестьдесят восемь": a count in
# words, its hundreds then the rest (a ten and a unit), or either alone
_HUNDREDS = _alternation(HUNDRED_WORDS)
_BELOW_A_HUNDRED = _alternation(VOTE_COUNT_WORDS)
_IN_WORDS = (
    rf"(?:(?:{_HUNDREDS})(?:\s+(?:{words('hundred_and')}\s+)?(?:{_BELOW_A_HUNDRED}))?"
    rf"|{_BELOW_A_HUNDRED})(?!\w)"
)
_SPLIT_HUNDREDS = re.compile(
    rf"({_HUNDREDS})(?:\s+(?:{words('hundred_and')}\s+)?(.+))?", re.IGNORECASE
)

# "за него отдано три голоса", "sixty-eight ballots were marked": a count written as a
# word, right before the word for votes or ballots; never a margin ("с перевесом в два голоса", "by two votes",
# "на три голоса больше")
_COUNT_WORD = re.compile(
    rf"(?<!\w)({_IN_WORDS})\s+(?={words('counted_noun')})",
    re.IGNORECASE,
)
_MARGIN_BEFORE = re.compile(rf"(?:{words('margin_before')})\s*$", re.IGNORECASE)
_MARGIN_AFTER = re.compile(rf"^\s*\w+\s+(?:{words('margin_after')})", re.IGNORECASE)


# "no one voted with an absentee certificate", "по открепительным удостоверениям никто не
# голосовал": nobody is a count of zero, only with the words of such a figure in its clause
_ZERO = re.compile(
    rf"(?<!\w)(?:{words('zero_count')}|{words('zero_before_figure')}(?=\s+{words('zero_figure')}))(?!\w)",
    re.IGNORECASE,
)
_ZERO_FIGURE = re.compile(words("zero_figure"), re.IGNORECASE)


# "графу «против всех» выбрали шесть человек": people counted in words, beside the words
# of a figure
_PEOPLE_WORD = re.compile(
    rf"(?<!\w)({_IN_WORDS})\s+(?={words('people_counted')})",
    re.IGNORECASE,
)
# "Three hundred ninety-one voters backed X": people counted in words, then a verb of
# support before the person: a count of votes wherever its clause is
_BACKED_AFTER = re.compile(
    rf"\w+\s+(?:{words('support_verb_before_name')})\s+(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІÁÓÚÝǴŃ])",
    re.IGNORECASE,
)


def _beside_a_figure(text: str, start: int, end: int) -> bool:
    """Whether the clause around ``text[start:end]`` has the words of a figure such as
    against all, invalid, absentee or outside the premises."""
    before = re.split(r"[.;,!?]", text[max(0, start - 60) : start])[-1]
    after = re.split(r"[.;,!?]", text[end : end + 60])[0]
    return bool(_ZERO_FIGURE.search(before) or _ZERO_FIGURE.search(after))


def _people_in_words(text: str) -> list[Number]:
    """The counts of people written as words beside the words of a figure."""
    return [
        Number(_word_value(m.group(1)), m.start(1), m.end(1), False, False)
        for m in _PEOPLE_WORD.finditer(text)
        if _beside_a_figure(text, m.start(), m.end()) or _BACKED_AFTER.match(text, m.end() + 1)
    ]


# any count in words before the noun of votes or of people, read or not
_ANY_COUNT_IN_WORDS = re.compile(
    rf"(?<!\w)({_IN_WORDS})\s+(?={words('counted_noun')}|{words('people_counted')})",
    re.IGNORECASE,
)


def counts_in_words_at(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the counts of votes or people written in words in ``text[start:end]``,
    whether or not a figure was read from them."""
    return [m.span(1) for m in _ANY_COUNT_IN_WORDS.finditer(text, start, end)]


def _zeros(text: str) -> list[Number]:
    """The counts of zero told by "nobody" next to the words of a figure."""
    return [
        Number(0, m.start(), m.end(), False, False)
        for m in _ZERO.finditer(text)
        if _beside_a_figure(text, m.start(), m.end())
    ]


def _word_value(words_: str) -> int:
    """The value of a count in words as matched: its hundreds and the rest."""
    words_ = re.sub(r"\s+", " ", words_)
    split = _SPLIT_HUNDREDS.fullmatch(words_)
    if split is None:
        return _below_a_hundred(words_)
    hundreds = next(
        v
        for k, v in HUNDRED_WORDS.items()
        if re.fullmatch(re.escape(k), split.group(1), re.IGNORECASE)
    )
    return hundreds + (_below_a_hundred(split.group(2)) if split.group(2) else 0)


def number_in_words(printed: str) -> int | None:
    """The value of ``printed`` when it is a count in words and nothing else."""
    if not re.fullmatch(_IN_WORDS, printed.strip(), re.IGNORECASE):
        return None
    return _word_value(printed.strip())


def _below_a_hundred(word: str) -> int:
    """The value of a number word as matched (case folded: "jiyrma" for "jıyrma")."""
    value = VOTE_COUNT_WORDS.get(word.lower())
    if value is not None:
        return value
    return next(
        v for k, v in VOTE_COUNT_WORDS.items() if re.fullmatch(re.escape(k), word, re.IGNORECASE)
    )


def _counts_in_words(text: str) -> list[Number]:
    """The counts of votes written as words in ``text``."""
    return [
        Number(_word_value(m.group(1)), m.start(1), m.end(1), False, False)
        for m in _COUNT_WORD.finditer(text)
        if not _MARGIN_BEFORE.search(text, max(0, m.start() - 25), m.start())
        and not _MARGIN_AFTER.match(text[m.end() : m.end() + 40])
    ]


# a sign glued to a number after a space, the number ending its line or a degree sign
_SIGNED = re.compile(r"(?:^|(?<=\s)|\s)[-−+]\d")
_READING_ENDS = re.compile(r"\s*(?:°|℃|$)", re.MULTILINE)


def find_numbers(text: str, *, language: str = "ru") -> list[Number]:
    """Every number in ``text`` with its span, flags for percent and approximate wording.

    In English a comma groups thousands (``89,441``); elsewhere a comma is the decimal
    mark and thousands are grouped by spaces.
    """
    out: list[Number] = []
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "№#"):
            continue
        if start > 1 and text[start - 1] in ".," and text[start - 2].isdigit():
            continue  # the decimals of "10.8": never a number of their own
        if _SIGNED.match(text, max(0, start - 2)) and _READING_ENDS.match(text, end):
            continue  # "В Атырау -10", "+5°": a signed reading (a temperature), no count
        kind = match.lastgroup
        raw = match.group(0)
        value: int | float
        if match.group("kkw"):
            value = int(match.group("th")) * 1000 + int(match.group("rest"))
        elif match.group("dec"):
            value = float(match.group("dec").replace(",", "."))
            end = match.end("dec")
        elif match.group("frac"):
            # "1,5 мыңға жуық": a decimal that is not a percentage is never a count
            value = float(match.group("frac").replace(",", "."))
            out.append(Number(value, start, end, False, True))
            continue
        elif match.group("comma"):
            if language != "en":
                # "2490, olardyń" never matches here: a comma group needs 3 digits after it.
                head, _, _ = raw.partition(",")
                value = int(head)
                end = start + len(head)
            else:
                value = int(raw.replace(",", ""))
        elif kind == "grp":
            value = int(re.sub(r"\D", "", raw))
        elif kind == "dotgrp":
            if language == "en":
                # an English decimal ("4.660"): never a count
                out.append(Number(float(raw), start, end, False, True))
                continue
            value = int(raw.replace(".", ""))
        else:
            value = int(raw)
            if _DECIMAL_AFTER.match(text[end:]) and language == "en":
                decimal = re.match(r"[.,]\d+", text[end:])
                assert decimal is not None
                # "10.8 and 8.4 percent": a decimal, a share when the list's last one is;
                # a malformed "1,8001" reads as 1.8001, flagged approximate: never a count
                end += decimal.end()
                out.append(
                    Number(float(text[start:end].replace(",", ".")), start, end, False, True)
                )
                continue
        after = text[end : end + 40]
        percent = bool(_PCT_AFTER.match(after))
        if percent and isinstance(value, int):
            value = float(value)
        before = text[max(0, start - 30) : start]
        approximate = bool(_APPROX_BEFORE.search(before)) or bool(
            _APPROX_AFTER.match(after.lstrip("-"))
        )
        out.append(Number(value, start, end, percent, approximate))
    words_counts = _counts_in_words(text) + _people_in_words(text) + _zeros(text)
    out = sorted(out + words_counts, key=lambda n: n.start)
    return _shares_of_a_list(text, _drop_dates_and_times(text, out))


# the joints of a list of shares: a comma, a semicolon (a decimal comma inside the list
# makes writers part "54,6; 57,2 и 58,1 процента" by semicolons) or "and"
_LIST_OF_SHARES = re.compile(rf"\s*(?:[,;]|{words('list_and')})\s*", re.IGNORECASE)


def _shares_of_a_list(text: str, numbers: list[Number]) -> list[Number]:
    """``10.8 and 8.4 percent``, ``10,8 и 8,4%``, ``54,6; 57,2 и 58,1 процента``: the
    decimals of a list that ends in a share are shares too."""
    out = list(numbers)
    for i in range(len(out) - 2, -1, -1):
        first, second = out[i], out[i + 1]
        if (
            second.percent
            and not first.percent
            and isinstance(first.value, float)
            and _LIST_OF_SHARES.fullmatch(text[first.end : second.start])
        ):
            out[i] = Number(first.value, first.start, first.end, True, False)
    return out


_TIME_OR_DATE = re.compile(
    r"\d{1,2}[:.]\d{2}(?!\d)|\d{1,2}\.\d{1,2}\.\d{2,4}|\b(?:19|20)\d{2}\s*(?:год|жыл|jyl|zhyl|г\.)"
    r"|\b\d{1,2}\s+(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|"
    r"декабр|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|"
    r"желтоқсан|qańtar|aqpan|naýryz|sáýir|mamyr|maýsym|shilde|tamyz|qyrkúıek|qazan|qarasha|"
    r"jeltoqsan|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)"
    # a month's name as a word of its own: "Qabdiljanov 20 daýys" is no November 20th
    r"|(?<![^\W\d_])(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+\d{1,2}(?:,\s*\d{4})?"
    r"|№\s*\d+|(?-i:\bNo)\.?\s*\d+|\b(?:19|20)\d{2}\b(?=\s*(?:года|году|год|жылы|жылғы|jyly|jylǵy|zhyly|zhylgy|,|\.|$))",
    re.IGNORECASE,
)


def _drop_dates_and_times(text: str, numbers: list[Number]) -> list[Number]:
    blocked: list[tuple[int, int]] = [m.span() for m in _TIME_OR_DATE.finditer(text)]
    return [
        n for n in numbers if n.percent or not any(a <= n.start and n.end <= b for a, b in blocked)
    ]


def parse_count(text: str, *, language: str = "ru") -> int | None:
    """The single exact count in ``text``, or None when there is none or it is approximate.

    >>> parse_count("17 033")
    17033
    >>> parse_count("более 10 тысяч") is None
    True
    """
    found = [n for n in find_numbers(text, language=language) if not n.percent]
    if len(found) != 1 or found[0].approximate or not isinstance(found[0].value, int):
        return None
    return found[0].value
