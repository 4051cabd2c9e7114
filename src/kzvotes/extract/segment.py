"""Pass 2: a document's text cut into sentences (each with its language's cues) and clauses.

Spans are offsets into ``DocumentText.text``, the text that ``kzvotes extract --json``
prints as ``text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kzvotes.extract import en, kk, kk_latn, ru
from kzvotes.extract.cues import LanguageCues
from kzvotes.extract.language import detect_language_or, document_language
from kzvotes.extract.wording import MONTHS, READ_ALSO, words
from kzvotes.parse import DocumentText

CUES: dict[str, LanguageCues] = {
    "ru": ru.CUES,
    "kk": kk.CUES,
    "kk-Latn": kk_latn.CUES,
    "en": en.CUES,
}
_ABBREVIATIONS = "|".join(
    table["abbreviation"] for table in (ru.WORDS, kk.WORDS, en.WORDS) if "abbreviation" in table
)
# an initial or an abbreviation ("г.", "Mr.") ends no sentence
_ABBREV_END = re.compile(rf"(?:\b[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.|\b(?:{_ABBREVIATIONS})\.)$")
# a list bullet ("• X — 428 • против всех — 416", "▪️ X – 99 ▪️ Barlyǵyna qarsy – 6") starts
# a clause: the lines of a list are flattened into one sentence
_BULLETS = "•▪◾◽▫●■►▶▸▹➤🔹🔸🔺✅✔➖"
# a full stop before a bullet ends its item's sentence ("Y: X. Против всех: 19. ► Z: ..."),
# so that an item's figures stay with its own place; a question answered by a figure
# ("Сколько голосовали против всех? 3,7 %") stays one sentence with it, the question
# being the figure's label
_SENT_BREAK = re.compile(
    rf"(?<=[.!])[\"»”]?\s+(?=[«\"“(A-ZА-ЯЁӘҒҚҢӨҰҮҺІÁÓÚÝǴŃ0-9{_BULLETS}])"
    rf"|(?<=\?)[\"»”]?\s+(?=[«\"“(A-ZА-ЯЁӘҒҚҢӨҰҮҺІÁÓÚÝǴŃ{_BULLETS}])|\n\n"
)
# a dash standing for a table's empty cell ("Против всех | — | 182") ends no clause
_CLAUSE = re.compile(rf"[;()\[\]{_BULLETS}]|,\s|\s[–—]\s(?=[^\d\s|])|:\s")


# "... внесены два кандидата: 3.1. Жусупов ...; 3.2. Мейрамов ...": the number of a
# sub-item of a numbered decision opens its item, it ends no sentence (one digit after the
# dot: "в 20.00." is an hour that ends one)
_SUBITEM_END = re.compile(r"(?:^|\s)\d{1,2}\.\d\.$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    cues: LanguageCues


def sentences(doc: DocumentText) -> list[Sentence]:
    """The sentences of a document, each read with the cues of its paragraph's language."""
    out: list[Sentence] = []
    spans = doc.paragraphs or ((0, len(doc.text)),)
    whole = document_language([doc.text[a:b] for a, b in spans])
    for a, b in spans:
        para = doc.text[a:b]
        # a row of a table shows no language of its own: the document's
        lang = detect_language_or(para, whole)
        pieces: list[tuple[int, int]] = []
        start = 0
        for match in _SENT_BREAK.finditer(para):
            head = para[start : match.start()].rstrip('"»”')
            if _ABBREV_END.search(head) or _SUBITEM_END.search(head):
                continue
            pieces.append((start, match.start()))
            start = match.end()
        pieces.append((start, len(para)))
        for s, e in pieces:
            if para[s:e].strip():
                out.append(Sentence(a + s, a + e, CUES[lang]))
    return out


def page_noise(doc: DocumentText) -> list[tuple[int, int]]:
    """The spans of the page's "read also" blocks: the paragraph that opens one and, when
    it is a caption alone ("Читайте также:"), the headline-like paragraphs after it (short,
    no closing full stop). A link with its headline on the caption's line ("Читайте также:
    В области избрали ...") is a block of its own: the message goes on after it, and its
    next line (a dateline, a table's row) is no other page's headline."""
    out: list[tuple[int, int]] = []
    inside = False
    for a, b in doc.paragraphs or ((0, len(doc.text)),):
        para = doc.text[a:b]
        caption = READ_ALSO.match(para)
        if caption:
            out.append((a, b))
            inside = not para[caption.end() :].strip(" \t:.–—-")
            continue
        if inside and (len(para) > 200 or para.rstrip().endswith((".", "!", "?", "»."))):
            inside = False
        if inside:
            out.append((a, b))
    return out


# "Мухамедияров Мереке ........ 8419": the dots that lead a table row's eye to its figure
_LEADER = re.compile(r"(?<=[^\W\d_]|[»\"”)])[^\S\n]*(?:\.{3,}|…{2,})[^\S\n]*(?=\d)")


def leaders_as_dashes(text: str) -> str:
    """``text`` with every dot leader between a label and its figure written as the dash of
    ``X – 8419``, every offset kept (the leader's dots would end a sentence before the
    figure).

    >>> leaders_as_dashes("Иванов Иван ...... 8419")
    'Иванов Иван      – 8419'
    """
    return _LEADER.sub(lambda m: " " * (len(m.group()) - 2) + "– ", text)


_LOWER = "a-zа-яёәғқңөұүһіıáóúýǵńüöç"
_CAPS = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІÁÓÚÝǴŃ"
_SEPARATOR = r"[|·•]"
_TIME = r"(?<![\d:.,])\d{1,2}:\d{2}(?![\d:])"
_VIEWS = words("page_views")
# "2 412 просмотров", "Оқылды: 845", "👁 845": a page's view counter
_VIEW_COUNT = (
    rf"(?:{_VIEWS})\s*:?\s*\d(?:[\d\u00a0\u202f]| (?=\d{{3}}\b))*"
    rf"|\d(?:[\d\u00a0\u202f]| (?=\d{{3}}\b))*\s*(?:{_VIEWS})(?!\w)|👁\s*\d+"
)
# "Фото: пресс-служба акимата", "Источник: Kazinform": a credit runs over its first word
# and the lower-case words after it; a capitalised word starts the next line of the page
# when the page was scraped without its line breaks
_CREDIT = (
    rf"(?:{words('photo_credit')}|{words('source_line')})\s*:\s*[^\s|·]*[^\s|·.,;:]"
    rf"(?:[^\S\n]+(?-i:[{_LOWER}])[^\s|·]*[^\s|·.,;:])*"
)
_SEGMENT = rf"(?:{_TIME}|{_VIEW_COUNT}|{_CREDIT})"
# a byline: "12:45 | 2 412 просмотров | Фото: пресс-служба" (segments between separators),
# or one view counter or credit opening a line
_BYLINE = re.compile(
    rf"{_SEGMENT}(?:\s*{_SEPARATOR}\s*{_SEGMENT})+|(?:^|(?<=\n))[^\S\n]*(?:{_VIEW_COUNT})"
    rf"|(?<!\w){_CREDIT}",
    re.IGNORECASE,
)
# a whole paragraph that is a photo's caption or the source's name
_CREDIT_PARAGRAPH = re.compile(
    rf"^\s*(?:{words('photo_credit')}|{words('source_line')})\s*:", re.IGNORECASE
)
# a photo credit that ends its paragraph, with or without its colon: "Иллюстративное фото
# Константина Шелкова", "Суретті түсірген Асқар Бекұлы", "Photo by Dana Sadykova", "Фото:
# Иван Петров" (a name in it is the photographer's, nobody's of the election), on a line of
# its own or after a headline without its full stop whose line was joined to it; its word
# capitalised, the rest without figures and short
_CREDIT_LINE = re.compile(
    rf"(?:^|(?<=\s))(?=(?-i:[{_CAPS}]))(?:{words('photo_credit_line')})"
    rf"(?:[^\S\n]*:|[^\S\n]+(?=(?-i:[{_CAPS}«\"])))[^\r\n\d!?]{{0,80}}(?=\r?\n|$)",
    re.IGNORECASE,
)
# a short paragraph of page furniture that names people of no contest, opened by its
# label: "Автор: X", "Тілші: X", "Tags: elections, akim, X", "Телефон редакции: ..." (with
# its colon), or the label and names alone: "By X and Y", "Выпускающий редактор X"
_LABEL_PARAGRAPH = re.compile(rf"\s*(?:{words('furniture_label')})\s*:", re.IGNORECASE)
_NAMES_ONLY = rf"(?:[^\S\n]*(?:(?-i:[{_CAPS}])[\w.'’-]*|[,&/]|(?:{words('and')})(?!\w)))+"
_BYLINE_PARAGRAPH = re.compile(
    rf"\s*(?:{words('furniture_byline')})[^\S\n]+(?=(?-i:[{_CAPS}])){_NAMES_ONLY}\s*",
    re.IGNORECASE,
)
_LABEL_PARAGRAPH_MAX = 200
_PAGE_HEAD = 400
# straight and typographic quotes, read as the guillemets the passes know
_OPENING = re.compile(r"(?:(?<=^)|(?<=[\s(\[«—–-]))[\"“„](?=\S)")
_QUOTES = str.maketrans({'"': "»", "“": "»", "”": "»", "„": "«"})

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# a wire dateline without its year: "URALSK –", "KYZYLORDA. KAZINFORM –", "SEMEY. QazAqparat –",
# "KYZYLORDA, Oct. 20 –" (a day without its year dates nothing)
_WIRE_HEAD = re.compile(
    rf"(?<!\S)[{_CAPS}][{_CAPS}-]{{2,}}(?:\s[{_CAPS}][{_CAPS}-]+)*"
    rf"(?:[.,]\s*[{_CAPS}][\w.-]{{2,20}}"
    rf"|,\s*(?i:(?:{_MONTH_NAMES})\w*\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTH_NAMES})\w*))?"
    rf"\s*[–—]\s+(?=[{_CAPS}«])"
)
# a sentence that ended before: the head of the page is over
_SENTENCE_ENDED = re.compile(rf"[^\s{_CAPS}.]\.\s")


# a section's name standing on its own line near the head of the page: at the start or
# after a sentence's end or a separator, before the capital of the headline ("Halyqline.kz
# – үздіктер қатарында! Саясат Қызылорда: ...")
_RUBRIC = re.compile(
    rf"(?:^|(?<=[.!?|·/])\s+|(?<=\n))(?:{words('rubric')})(?=[^\S\n]+(?-i:[{_CAPS}]))",
    re.IGNORECASE,
)
# an image's file name left by a scraper: "Screenshot_17.jpg"
_IMAGE_FILE = re.compile(r"(?<!\S)[\w.-]+\.(?:jpe?g|png|gif|webp)(?!\S)", re.IGNORECASE)


def page_furniture(doc: DocumentText) -> list[tuple[int, int]]:
    """The spans of a page's furniture: bylines, times, view counters, photo credits and a
    wire dateline's place near its head, and caption or source paragraphs (short ones) and
    image file names anywhere."""
    text = doc.text
    out = [m.span() for m in _BYLINE.finditer(text, 0, min(len(text), _PAGE_HEAD))]
    out += [m.span() for m in _IMAGE_FILE.finditer(text)]
    out += [m.span() for m in _RUBRIC.finditer(text, 0, min(len(text), _PAGE_HEAD))]
    wire = _WIRE_HEAD.search(text, 0, min(len(text), _PAGE_HEAD))
    if wire and not _SENTENCE_ENDED.search(text, 0, wire.start()):
        out.append(wire.span())
    for a, b in doc.paragraphs:
        credit = b - a <= 200 and _CREDIT_PARAGRAPH.match(text, a, b)
        if credit or furniture_paragraph(text, a, b):
            out.append((a, b))
        elif a >= _PAGE_HEAD:
            out += [m.span() for m in _BYLINE.finditer(text, a, b) if m.group().strip()]
    # a credit ending its paragraph, where no other furniture took it already
    out += [
        m.span()
        for m in _CREDIT_LINE.finditer(text)
        if not any(x < m.end() and m.start() < y for x, y in out)
    ]
    return sorted(out)


def furniture_paragraph(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is a short paragraph of page furniture opened by its label (a
    byline, an editor, tags, contacts): the people it names are the page's, not the
    election's."""
    if b - a > _LABEL_PARAGRAPH_MAX or re.search(r"\d", text[a:b]):
        # "Автор: редакция · 06.11.2023": a byline with the dateline stays to be read
        return False
    return bool(_LABEL_PARAGRAPH.match(text, a, b) or _BYLINE_PARAGRAPH.fullmatch(text, a, b))


# where a page scraped without its line breaks had one: a count, then a capitalised word
# (a table's next row, a list's next heading: "Против всех — 178 Каратобинский район");
# a full stop before a dash opening the next item ("сайланды. — Жетес би округі:")
_LOST_LINE = re.compile(
    rf"(?<=[\d%])[^\S\n](?=[{_CAPS}])(?!(?i:{_MONTH_NAMES})[^\W\d]*\.?,?\s+\d)"
    rf"|(?<=[.!?])[^\S\n](?=[–—]\s[{_CAPS}«])"
    # a colon before a bulleted list: "... комиссия (16.12.2024): 🔹 X — 70,5% 🔹 ..."
    rf"|(?<=:)[^\S\n](?=[{_BULLETS}])"
    # a headline ending with its date in brackets: "... saılandy (15.12.2024) Saılaýshylar"
    rf"|(?<=\d\))[^\S\n](?=[{_CAPS}])"
    # a numbered list's first row, when a second follows: "... район 1. Даумов ... 2. ..."
    rf"|(?<=\S)[^\S\n](?=1\.\s[{_CAPS}][^\n]{{0,300}}?\s2\.\s[{_CAPS}])"
)
_FLAT = 200
# the sections of the page before its headline: "Almaty oblysy | Saıasat", "Главная /
# Политика / Выборы"; the last runs over its first word and the lower-case words after it
_BREADCRUMB = re.compile(
    rf"\s*(?:[^\s|·/][^|·/\n.!?]{{0,40}}?[^\S\n]*[|·/][^\S\n]*)+[^\s|·/]+"
    rf"(?:[^\S\n]+(?-i:[{_LOWER}])[^\s|·/]*)*(?=[^\S\n])"
)


# the head of a flattened paragraph: what comes before its first sentence's full stop
_FIRST_STOP = re.compile(rf"[{_LOWER}]{{2}}[.!?](?:\s|$)")
_HEAD = 250
# "... elects akim 2026-01-26 On January 25 ...", "... ákim saılaýy ótti QYZYLORDA. 24.12.2023.
# KAZINFORM – ...": a dateline, or a wire dateline's place in capitals, after a headline's
# last (lower-case) word
_DATELINE_AFTER_HEADLINE = re.compile(
    rf"(?<=[{_LOWER}])[^\S\n](?=(?:\d{{4}}-\d\d-\d\d|\d{{1,2}}\.\d{{1,2}}\.\d{{4}})\s"
    rf"|[{_CAPS}]{{3,}}[.,]\s(?=\d|[{_CAPS}]{{2}}))"
)
# "... акимом Форт-Шевченко АКТАУ, 11 сентября 2024. ...": a wire dateline with its full
# date, after a headline's last word whatever its case (a place's name)
_WIRE_DATELINE = re.compile(
    rf"[{_CAPS}][{_CAPS}-]{{2,}},\s\d{{1,2}}\s(?i:{_MONTH_NAMES})[^\W\d]*\.?\s\d{{4}}\b"
)
_DATE_THEN_CAPITAL = re.compile(
    rf"(?:\d{{4}}-\d\d-\d\d|\d{{1,2}}\.\d{{1,2}}\.\d{{4}})[^\S\n](?=[{_CAPS}])"
)
# "... in West Kazakhstan In Karatobe district, ...": a short word that opens a sentence
# ("In", "On", "В", "По"), capitalised in the middle of a line; "... выбрали акима города
# Жители Талгара ...": a capitalised common word after a lower-case one
_OPENER = re.compile(rf"[^\S\n](?=([{_CAPS}][{_LOWER}]{{0,2}})[^\S\n])")
_COMMON_AFTER_LOWER = re.compile(
    rf"(?<=[{_LOWER}]{{4}})[^\S\n](?=([{_CAPS}][{_LOWER}]{{3,}})[^\S\n])"
)


def _previous_word(text: str, start: int, at: int) -> str:
    """The word right before ``at`` (from ``start`` on), or ""."""
    before = text[max(start, at - 40) : at].split()
    return before[-1] if before else ""


def headline_end(text: str, start: int, end: int) -> list[int]:
    """Where a headline without its full stop ran into the first sentence of a paragraph
    scraped without its line breaks: the head (before the first full stop) breaks before a
    dateline after the headline's last word, before a short capitalised word that opens a
    sentence ("In", "В"), or before a capitalised common word after a lower-case word
    ("города Жители"); the first such place only. A name or a place breaks nothing (only
    a common word: ``is_common_word``)."""
    from kzvotes.extract.names import is_common_word

    if text.startswith("|", start):
        return []  # a table's row with its outer bar
    stop = _FIRST_STOP.search(text, start, end)
    head_end = min(stop.start() if stop else end, start + _HEAD)
    # after a lower-case word: "Темиржан СЕРИКОВ. 49-летний" is a name, not a dateline
    found = [
        m.start()
        for m in _DATELINE_AFTER_HEADLINE.finditer(text, start, head_end)
        if _previous_word(text, start, m.start()).islower()
        or _WIRE_DATELINE.match(text, m.start() + 1)
    ]
    if found:
        # the dateline's own line ends before the capital after its date
        after = _DATE_THEN_CAPITAL.match(text, found[0] + 1)
        return [found[0]] + ([after.end() - 1] if after else [])
    for m in _OPENER.finditer(text, start, head_end):
        if m.start() > start and is_common_word(m.group(1)):
            found.append(m.start())
    for m in _COMMON_AFTER_LOWER.finditer(text, start, head_end):
        if _previous_word(text, start, m.start()).islower() and is_common_word(
            m.group(1), stop_words=False, adjectives=False
        ):
            found.append(m.start())
    return sorted(found)[:1]


def headline_lines(doc: DocumentText) -> list[int]:
    """The offsets of the spaces that stood for the line break after a headline, in the
    paragraphs of a page scraped as one long line (see :func:`lost_lines`)."""
    if len(doc.paragraphs) > 3:
        return []
    return sorted(
        at for a, b in doc.paragraphs if b - a >= _FLAT for at in headline_end(doc.text, a, b)
    )


def lost_lines(doc: DocumentText) -> list[int]:
    """The offsets of the spaces that stood for line breaks in a page scraped as one long
    line (a paragraph of at least ``_FLAT`` characters, beside at most a line or two of
    furniture): ``with_lines`` breaks the lines there again."""
    if len(doc.paragraphs) > 3 or all(b - a < _FLAT for a, b in doc.paragraphs):
        return []
    text = doc.text
    found = {m.start() for m in _LOST_LINE.finditer(text)}
    found.update(headline_lines(doc))
    # "Экибастуз · Новости В Солнечном ...": the breadcrumb of the page's sections ends
    # its line; it stays read (a place in it is the message's context)
    crumbs = _BREADCRUMB.match(text)
    if crumbs:
        found.add(crumbs.end())
    return sorted(found)


def with_lines(doc: DocumentText, offsets: list[int]) -> DocumentText:
    """``doc`` with a line break (one character for one) at each offset, its paragraph
    split there."""
    if not offsets:
        return doc
    chars = list(doc.text)
    for at in offsets:
        chars[at] = "\n"
    paragraphs: list[tuple[int, int]] = []
    for a, b in doc.paragraphs or ((0, len(chars)),):
        start = a
        for at in sorted(o for o in offsets if a <= o < b):
            if at > start:
                paragraphs.append((start, at))
            start = at + 1
        if b > start:
            paragraphs.append((start, b))
    return DocumentText(
        "".join(chars), tuple(paragraphs), doc.title, doc.published_date, doc.charset
    )


def guillemets(text: str) -> str:
    """``text`` with its straight and typographic quotes (" “ ” „) as « and »: an opening
    quote after a space or at the start, a closing one elsewhere; the length kept."""
    text = _OPENING.sub(lambda m: "«", text)
    return text.translate(_QUOTES)


def with_breaks(doc: DocumentText, spans: list[tuple[int, int]]) -> DocumentText:
    """``doc`` with the spans blanked, each standing as a paragraph break (the text of a
    page scraped without its line breaks runs a dateline or a byline into its headline),
    every offset kept: its paragraphs split around the spans."""
    text = doc.text
    cuts: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        # the spaces around the span go with it
        while a > 0 and text[a - 1] in " \t":
            a -= 1
        while b < len(text) and text[b] in " \t":
            b += 1
        size = b - a
        if size >= 4:
            fill = "\n\n" + " " * (size - 4) + "\n\n"
        elif size >= 2:
            fill = " " * (size - 2) + "\n\n"
        else:
            fill = " " * size
        text = text[:a] + fill + text[b:]
        cuts.append((a, b))
    paragraphs: list[tuple[int, int]] = []
    for a, b in doc.paragraphs or ((0, len(text)),):
        pieces = [(a, b)]
        for ca, cb in cuts:
            pieces = [
                piece
                for pa, pb in pieces
                for piece in ((pa, min(pb, ca)), (max(pa, cb), pb))
                if piece[0] < piece[1]
            ]
        for pa, pb in pieces:
            chunk = text[pa:pb]
            if chunk.strip():
                lead = len(chunk) - len(chunk.lstrip())
                paragraphs.append((pa + lead, pa + len(chunk.rstrip())))
    return DocumentText(text, tuple(paragraphs), doc.title, doc.published_date, doc.charset)


def bullet_starts(text: str, start: int, end: int) -> list[int]:
    """The offsets of the list bullets in ``text[start:end]``: where its items begin."""
    return [i for i in range(start, end) if text[i] in _BULLETS]


def clause_bounds(text: str, start: int, end: int) -> list[int]:
    """The offsets where the clauses of ``text[start:end]`` begin, with ``start`` and ``end``."""
    return sorted({start, end, *(start + m.start() for m in _CLAUSE.finditer(text[start:end]))})
