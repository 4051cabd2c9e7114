"""The patterns of the passes, composed from the words of each language's table.

Each language module (ru, kk, kk_latn, en) holds its words in ``WORDS``, by concept; a
pattern here is the structure around them (numbers, punctuation, positions) with the
alternation of the four languages' words, so that a sentence quoting another language is
still read. The passes import these patterns and hold no words of their own.
"""

from __future__ import annotations

import re
from typing import Any

from kzvotes.extract import en, kk, kk_latn, ru

_TABLES = (ru.WORDS, kk.WORDS, kk_latn.WORDS, en.WORDS)


def words(concept: str) -> str:
    """The alternation of every language's words for ``concept``."""
    found = [table[concept] for table in _TABLES if concept in table]
    if not found:
        raise KeyError(f"no language has words for {concept!r}")
    return "(?:" + "|".join(f"(?:{w})" for w in found) + ")"


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


FOR_WORD = _rx(words("for"))


def _every_language(table: str) -> dict[str, Any]:
    """One word table of every language, merged (ru, kk, kk_latn, en in that order)."""
    return {
        word: value
        for language in (ru, kk, kk_latn, en)
        for word, value in getattr(language, table).items()
    }


# "two self-nominees remained": small numbers of people as words, every language's
NUMBER_WORDS: dict[str, int] = _every_language("NUMBER_WORDS")
# "три голоса", "two votes": counts of votes as words, every language's
VOTE_COUNT_WORDS: dict[str, int] = _every_language("VOTE_COUNT_WORDS")
# "сто", "three hundred": the hundreds opening a count in words, every language's
HUNDRED_WORDS: dict[str, int] = _every_language("HUNDRED_WORDS")
# "ЗКО", "БҚО", "WKO": abbreviated region names, every language's, by place_id
REGION_ABBREVIATIONS: dict[str, str] = _every_language("REGION_ABBREVIATIONS")
# "ауыл", "республика": party names that are common words too, every language's
COMMON_WORD_PARTY_NAMES: frozenset[str] = frozenset(
    ru.COMMON_WORD_PARTY_NAMES
    + kk.COMMON_WORD_PARTY_NAMES
    + kk_latn.COMMON_WORD_PARTY_NAMES
    + en.COMMON_WORD_PARTY_NAMES
)
# "ноября", "қарашада", "Nov.": month stems, every language's, by month number
# "Пятого ноября": days of a month written as ordinal words, every language's that has them
DAY_WORDS: dict[str, int] = dict(ru.DAY_WORDS)
MONTHS: dict[str, int] = _every_language("MONTHS")
# a clock time or "as of" in a sentence: the figures are interim, read on voting day
INTERMEDIATE = _rx(rf"\b\d{{1,2}}[:.]\d{{2}}\b(?!\s*(?:%|{words('percent')}))|{words('clock')}")
CONJ = _rx(rf"^[\s,]*(?:{words('and')}|{words('with')}|,)?[\s,]*$")
PAIR_SEP = re.compile(r"^\s*[–—:-]\s*$")
ADJ_PCT = _rx(
    rf"^\s*(?:{words('people')}|-?\w{{0,3}})?\s*(?:{words('of_them')})?"
    # "9071 | 70,5%": a share in the next column of a table row
    # "12 480 голосов / 71,2%": a share after a slash
    # "опустили 768 из них — это 50,4 процента": after an em dash too
    rf"\s*[(\[,–—|/-]?\s*(?:{words('that_is')})?\s*$"
)
# "89 441-i daýys berdi (77,1%)", "1 756 голосов отдано за него (52,3 %)": a share in
# brackets right after the phrase of a count is the share of that count
PCT_IN_BRACKETS = re.compile(r"^[^\d;.()«»\"]{0,30}\(\s*$")
# "89 441 daýys jınady, bul – daýys berýge qatysqandardyń 77,1 paıyzy", "4 660 голосов,
# что составляет 52,3% от числа проголосовавших", "9,071 votes, or 70.5 percent of those
# who voted": the words linking a count to its share
SHARE_LINK = _rx(rf"^[^\d;.()«»\"]{{0,25}}?{words('share_link')}[^\d;.()«»\"]{{0,60}}$")
# a share printed earlier in the sentence: "took 14.6%, and Y, an aside, 8.9%"
SHARE_BEFORE = _rx(rf"\d\s*(?:%|{words('percent')})")
# a share that ends its item of a list: nothing but a stop after it
ITEM_END_AFTER_SHARE = _rx(rf"\s*(?:%|{words('percent')})?\s*(?:[;.)]|$)")
# "X, who heads a company, won the election with 70.5%": the figure of the verb's subject
WON_WITH = _rx(words("won_with"))
# "64% of the 386 voters on the list": a share, then the whole it is of
SHARE_OF_WHOLE = _rx(
    rf"\s*(?:%|{words('percent')})?\s*(?:{words('of_the_whole')}|{words('out_of')})\s+\d"
)
# "the commission said X was elected": a name, then at most an auxiliary before its verb
AUXILIARY_GAP = _rx(rf"[\s,]*(?:(?:{words('auxiliary')})\s+)?")
# "..., получив 500 голосов": a count right after a gerund set off by a comma
GERUND_COUNT_BEFORE = _rx(rf",\s*{words('gerund_count')}\s+$")
# "X defeated Y by 8,419 votes to 1,630": after the beaten name, the winner's count, then
# the beaten one's
SCORE_OPENS = _rx(rf"\s*(?:{words('score_by')}\s+)?$")
SCORE_BETWEEN = _rx(rf"\s*(?:{words('votes')}\s+)?(?:{words('score_to')}|[:–—-])\s*$")
# explicit turnout words: a share after them is the contest's turnout
TURNOUT_WORD = _rx(words("turnout_word"))
AFTER_SHARE = _rx(
    rf"[^\d();.]{{0,30}}\(\s*\d+(?:[.,]\d+)?\s*(?:%|{words('percent')})\s*\)"
    r"([^;,.()\d]{0,60})"
)
AFTER_COUNT = re.compile(r"[^\d();.]{0,30}\(\s*\d[\d\s,]*\)([^;,.()\d]{0,60})")
VERB_THEN_NAME = _rx(
    rf"^\s*{words('votes')}?\s*[–—:-]?\s*{words('got')}\s+{words('candidate_title')}?$"
)
# "4,210 votes went to Omarov and 1,302 to Kasymov": a gapped item after "went to"
COUNT_TO = _rx(rf"\s*(?:{words('votes')})?\s*[–—-]?\s*{words('to_person')}\s+")
GOT = _rx(words("got"))
# "На участке № 467 ... проголосовали все 939 избирателей этого участка": one station's
ONE_STATION = _rx(words("one_station"))
# "Первому досталось 302 голоса, второму – 398": the first or second person just named,
# ending the words before a count
ORDINAL_PERSON = (
    _rx(rf"(?<!\w){words('ordinal_first')}(?!\w)[^\d;.]{{0,30}}$"),
    _rx(rf"(?<!\w){words('ordinal_second')}(?!\w)[^\d;.]{{0,30}}$"),
)
# "в гонку вступили пятеро:", "candidates were:": a heading that a list of candidates follows
RACE_HEADING = _rx(rf"(?:{words('race_heading')})[^.:!?\n]{{0,60}}:(?=[^\S\n]*\n)")
# "Үміткерлер: X – 391 Y – 130", "Candidates: X – 391, Y – 130": a heading word of the
# candidates opening a sentence with its colon, then the list of names and figures
RACE_COLON = _rx(rf"\s*(?:{words('race_heading')})\s*:")
TALLY_ITEM = re.compile(r"[–—]\s*\d")
# "1. X – директор ...; 2. Y – ...", "— X – ...": the items of a list, each a name then a dash
LIST_ITEM = re.compile(r"(?:^|[;\n]|(?<=[.;:])\s)\s*(?:\d{1,2}[.)]|[—•▪-])\s*")
# "его соперником был Y", "his rival was Y": the person after is the rival of one before
RIVAL_OF = _rx(rf"(?<!\w){words('rival_of')}")
# "782 – самовыдвиженца Y": a count, a dash, at most one word of title, then the name
# "Qaırat Jaǵyparovta - 358": a sentence opening with a name, a dash and a figure
NAME_DASH_COUNT = re.compile(r"\W*(?:(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІÁÓÚÝǴŃ])[^\W\d_]+\s+){1,2}\s*[–—-]\s*\d")
DASH_THEN_NAME = re.compile(r"\s*[–—]\s*(?:(?-i:[^\W\d_A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])[^\W\d_]*-?[^\W\d_]*\s+)?")
# "8,419 votes against 1,630 for X": a second count between "against" and "for" a name
RIVAL_COUNT_BEFORE = _rx(
    rf"\d[\d\s,.]*\s*(?:{words('votes')})?\s*,?\s+{words('rival_count_before')}\s*$"
    # "... to 358 for Kairat Zhagyparov and 338 for Talgat Yeslyamov": the list goes on
    rf"|{words('rival_count_before')}\s+\d[\d\s,.]*\s+{words('rival_count_after')}\s+"
    rf"[^\d;.]{{1,60}}?(?:\s+{words('list_and')}|,)\s*$"
)
# "136 голосов против 20 у соперника", "to 20 for her rival": the rival's count and the
# word that names him, never the subject of the sentence
RIVAL_COUNT_PHRASE = _rx(
    rf"{words('rival_count_before')}\s+\d[\d\s,.]*\s*{words('rival_count_after')}\s+"
    rf"(?:[^\W\d_]+\s+)?[^\W\d_]+"
)
RIVAL_COUNT_AFTER = _rx(rf"\s*{words('rival_count_after')}\s+(?:{words('rival_title')})?$")
# "won with 9,071 votes to 1,875 for Y and 1,140 for self-nominee Z": the names of the
# rivals' counts, each after its count and "for"
RIVAL_NAMED = _rx(
    rf"{words('rival_count_before')}\s+\d[\d\s,.]*\s*{words('rival_count_after')}\s+"
    rf"(?:[^\d;.]{{1,60}}?(?:\s+{words('list_and')}|,)\s*\d[\d\s,.]*\s*{words('rival_count_after')}\s+)*"
    rf"(?:{words('rival_title')})?$"
)
# "X, born in 1963 and living in Baiterek, took 1,498 votes": a name, an aside between
# commas, then at most the verb of the count
AFTER_ASIDE_VERB = re.compile(
    rf"\s*,[^,;:.()]{{1,90}},\s*[–—-]?\s*(?:(?:{words('scored')})\s+)?$", re.IGNORECASE
)
# "136 — у методиста клуба X": lower-case words only between, so never another name
COUNT_AT = re.compile(rf"^\s*{words('count_at')}$")
# "1756 — голосов за X", "398 — у Y, заместителя ...": a row of a figures sheet that
# prints the count first, then a dash, then whose it is
FIGURE_FIRST_ROW = _rx(
    rf"\s*[–—-]\s*(?:{words('votes')}\s+)?(?:(?:{words('for')}|{words('to_person')})\s+"
    # lower-case words only before the name ("за самовыдвиженца X"): never another name
    rf"(?:(?-i:[a-zа-яёәғқңөұүһіı-]+)\s+){{0,3}}|{words('count_at')})"
)
# "8419 дауыс — ... X-қа берілген дауыс саны осындай": a sentence opened by a count of
# votes and a dash, whose person is named later with the words saying the count is theirs
COUNT_OF_VOTES_THEN_DASH = _rx(rf"\s*{words('votes')}\s*[–—-]\s")
COUNT_DEFINED_AFTER_NAME = _rx(rf"\s*{words('count_defined_after_name')}(?!\w)")
# what may stand before a count opening its row: the end of the row before (a line
# break, or the semicolon a page keeps when its lines are run together) or the colon
# opening the list, spaces, a bullet
ROW_OPENING = re.compile(r"(?:^|[\n;:])[^\S\n]*(?:[•●▪◦▫️*·-][^\S\n]*)*$")
# "70,5% голосов пришедших на участки избирателей", "of the votes cast": a share of the
# ballots, stated; the shares of all candidates then share one base and the largest won
SHARE_BASE = _rx(rf"\s*%?\s*{words('share_base')}")
PLURAL_NOMINATION = _rx(words("plural_nomination"))
# "остались два самовыдвиженца: A ..., и B", "өзін-өзі ұсынған екі үміткер қалды: A ..., B":
# a numeral of people next to a nomination phrase makes it the list's that follows
FEW_BEFORE = _rx(rf"(?<!\w){words('few')}\s+(?:{words('remaining')}\s+)?$")
FEW_AFTER = _rx(
    rf"^\s+(?:{words('remaining')}\s+)?{words('few')}\s+(?:{words('remaining')}\s+)?"
    rf"(?:{words('candidate_noun')}|{words('candidate_title')})"
)
SPLIT = _rx(words("split"))
# an age is never a count: "жасы – 29-да", "aged 29", "в возрасте 29 лет", "X (29)"
AGE_BEFORE = _rx(rf"{words('age_before')}\s*[–—:-]?\s*$")
AGE_AFTER = _rx(rf"^\s*-?\s*{words('age_after')}")
# An official quoted by the message is no candidate: a title next to the name
# ("A. Aimanakumov, chairman of the regional commission", "State Counselor Yerlan Karin",
# «председатель ТИК Б. Сейтжанов», «аймақтық комиссия төрағасы Н. Ахметов») or a verb
# of saying right after it ("..., Ерлан Карин отметил", "деді Н. Ахметов" is rare).
# A voter or resident interviewed by the message ("сайлаушы Перизат Төлеген", "a first-time
# voter, X", "житель села X"): one person, singular forms only, so that "500 избирателей"
# after a candidate's name never makes the candidate a voter
VOTER = words("voter")
TITLE = rf"(?:{words('title')}|{VOTER})"
# the words of a body between a title and the name: "председатель городской ТИК",
# "chairman of the regional territorial election commission"
BODY_WORD = rf"(?:{words('body_word')}|[A-ZА-ЯЁ]{{2,5}}|«[^»]{{1,40}}»|\"[^\"]{{1,40}}\")"
# a title of office alone, no voter: "Председатель облизбиркома X назвал явку — 67,62%"
OFFICE_BEFORE = _rx(rf"{words('title')}(?:\s+{BODY_WORD}){{0,6}}\s*[,:–—-]?\s*$")
# "победитель — 70,5% пришедших; X — 14,6%": the winner, unnamed, labels the figure after
# the dash (a word of the winner that names no one of the list)
WINNER_LABEL = _rx(rf"(?<!\w){words('winner_label')}\s*[–—:-]\s*(?=\d)")
# a title of office anywhere in a stretch ("Председателем комиссии избран X")
TITLE_WORD = _rx(TITLE)
TITLE_BEFORE = _rx(rf"(?:{TITLE}(?:\s+{BODY_WORD}){{0,6}}|{words('according_to')})\s*[,:–—-]?\s*$")
TITLE_AFTER = _rx(
    rf"^\s*(?:\([^()]{{0,40}}\)\s*)?[,–—-]\s*{words('article')}?(?:(?:[\w-]+\s+){{0,6}}?{TITLE}\b)"
)
# "X, former chairman of the district maslikhat, was elected": a past office is a
# candidate's biography, not the title of an official quoted
FORMER = _rx(words("former"))
# "Акимом посёлка избран X", "X Ленин кентінің әкімі болып сайланды", "akim of the
# village": the akim of a settlement or a rural unit
SUBUNIT_AKIM = _rx(
    rf"(?<!\w){words('akim')}\w*\s+(?:{words('of')}\s+(?:the\s+)?)?{words('subunit')}"
    rf"|{words('subunit')}\s+{words('akim')}"
)
# "қала әкімін сайлау", "выборы акима города", "the town akim": the akim of a town
TOWN_AKIM = _rx(
    rf"(?<!\w){words('akim')}\w*\s+(?:{words('of')}\s+(?:the\s+)?)?{words('town')}"
    rf"|(?<!\w){words('town')}(?:'s|’s)?\s+{words('akim')}"
)
SAID_AFTER = _rx(rf"^\s*(?:,\s*[^,.;«»\"]{{0,100}},\s*)?{words('said')}\b")
# "Канат Шапатов снял свою кандидатуру", "X withdrew", "өз кандидатурасын алып тастады":
# a candidate who left the race is not on the ballot
WITHDREW = _rx(words("withdrew"))
# "X избран после того, как один из кандидатов снял свою кандидатуру": another subject
OTHER_SUBJECT = _rx(words("other_subject"))
# the joint between two items of a list of people with their counts
LIST_JOIN = _rx(rf",|\b{words('and')}\b")
# "12 – по открепительным удостоверениям", "18 – үйден": a figure, a dash and its label,
# up to the next item of the list
DASH_LABEL = _rx(rf"\s*[–—]\s+([^\d;,.()«»:]{{1,60}}?)(?=\s+(?:{words('and')})\s|[;,.:)]|\s*$)")
# "79 бюллетеней – с отметкой «Против всех»": a count's noun, a dash, then its label
NOUN_DASH_LABEL = _rx(
    r"[^\S\n]*[^\W\d]+[^\S\n]*[–—][^\S\n]+([^\d;.():\n]{1,60}?)(?=\s*(?:[;.,)]|$))"
)
LIST_GOES_ON = _rx(rf"^\s*(?:%\s*)?(?:,|{words('and')}\b|&)\s*\d")
COUNT_THEN_NEXT = _rx(rf"\s*[–—:-]?\s*\d[\d\s]*\d?\s*(?:,|;|\b{words('and')}\b)\s*")
# "Y, Z и W он опередил": a pronoun subject between an object list and the verb; with a
# comma ("X, он опередил ...") the pronoun restates X, who won
PRONOUN_SUBJECT = _rx(rf"\s+{words('pronoun_subject')}\s+(?:[\w-]+\s+){{0,2}}?")
MEMBER = _rx(words("member"))
# ": Daýmov – 4660, Súıeýǵalıev – 4329": two or more surnames, each with a dash and a count
TALLY_LIST = re.compile(
    r"\s*(?:[^\W\d_][\w'’-]*\s+[–—-]\s+\d[\d\s]*\d\s*[,;]\s*)+[^\W\d_][\w'’-]*\s+[–—-]\s+\d"
)
# the mark opening an item of a bulleted list
BULLET = re.compile(r"[•●▪◦]")
# "AMANAT múshesi", "«Аманат» партиясының мүшесі": the word "member" right after the party
MEMBER_AFTER = _rx(rf"[»\"”]?\s*(?:{words('party_word')}\w*\s+)?(?:{words('member')})")


def is_membership(text: str, a: int, b: int, start: int = 0) -> bool:
    """Whether the party phrase ``text[a:b]`` tells membership, not nomination: "член
    партии AMANAT" (the word before) or "AMANAT múshesi" (the word after)."""
    return bool(MEMBER.search(text, max(start, a - 30), a) or MEMBER_AFTER.match(text, b))


# "за победителей", "the winners": the elected of each contest named before
_NEAR_BEFORE = _rx(rf"(?<!\w){words('near_before')}\s+$")
_NEAR_AFTER = _rx(rf"\s*{words('near_after')}")


def locates_another(text: str, m: Any) -> bool:
    """``посёлок под Павлодаром``, ``Павлодардың іргесіндегі кент``, ``a village near X``:
    a place that only locates another, the contest's own."""
    return bool(
        _NEAR_BEFORE.search(text, max(0, m.start - 30), m.start) or _NEAR_AFTER.match(text, m.end)
    )


WINNERS = _rx(rf"(?<!\w){words('winners')}")
# "За 46-летнего работника культуры проголосовали 136 сельчан": a count given to a person
# described, not named (the one candidate of the contest still without a count)
EPITHET = _rx(words("epithet"))
JOIN = _rx(words("join"))
# "Қайсар Махсутов (29)", "(29 жаста)": an age in brackets
AGE_IN_BRACKETS = _rx(rf"\s*{words('age_word')}?\s*\)")
# "was defeated by X": the passive, whose agent won
BY_AGENT = _rx(rf"\s+{words('by')}\b")
# "3 229 из 6 354 избирателей", "284 out of 334 voters", "284 of 334"
OUT_OF_BEFORE = _rx(rf"(?:^|\s)(?:{words('out_of')}|{words('of_the_whole')})\s*$")
VOTERS_NOUN_AFTER = _rx(rf"\s*{words('voters_noun')}")
# "в районе 40 134 избирателя": an area, then a count of voters
AREA_BEFORE = _rx(words("area_before"))
VOTERS_ONLY_AFTER = _rx(rf"\s*{words('voters_only')}")
# "2581 сайлаушының 1404-і": a count of voters in the genitive, then the count of its part
# ("округтің 1106 сайлаушысының 645-і": the voters of a place, in its possessive)
VOTERS_OF_COUNT = _rx(rf"\s*(?:{words('voters_of')}|{words('voters_of_place')})\s+\d")
# (or with the rival set off before the name: "1630 сайлаушы оның жалғыз қарсыласы X-ті")
VOTERS_THEN_NAME = _rx(rf"\s*{words('voters_noun')}\w*\s+(?:{words('rival_apposition')}\s+)?")
# "1,630 backed Y", "612 избирателей поддержали Y": a count, a verb of support, the person
COUNT_BACKED = _rx(rf"\s*(?:{words('voters_noun')}\w*\s+)?{words('support_verb_before_name')}\s+")
OF_THEM = _rx(rf"(?<!\w){words('of_them')}(?!\w)")
# "turnout was 284 out of 334.": a turnout told as a count out of a count, the sentence
# over after the second; the words before the first, then the words between
TURNOUT_COUNT_BEFORE = _rx(words("turnout_count_before"))
# "Q: And how many actually did?" then "A: 3,443.": an answer line of a bare figure and
# the question line before it (marks case-sensitive: "A" is no article here)
ANSWER_OPEN = re.compile(rf"\s*(?:{words('answer_mark')})\s*[:.–—-]\s*")
QUESTION_OPEN = re.compile(rf"\s*(?:{words('question_mark')})\s*[:.–—-]\s*")
QUESTION_TOOK_PART = _rx(words("question_took_part"))
OUT_OF_COUNT_ENDING = _rx(rf"\s*{words('out_of')}\s+\d[\d,]*(?:\s*[.;]|\s*$)")
OUT_OF_BETWEEN = _rx(rf"\s*(?:{words('of')}|{words('out_of')})\s*")
OF_TOOK_PART = _rx(
    rf"\s*(?:{words('of')}|{words('out_of')})\s+(?:{words('article')}|{words('possessive')})?(?:[^\W\d]+['’]s\s+)?"
    r"\d[\d\s,]*\d?\s+([^,;:.()]{0,60})"
)
# "552 избирателя: 238 в Исатайском": a figure before "в" and its place
# (a dash may set the place off: "из них 238 – в Исатайском районе")
# (or its noun: "19 человек в Приозерске"; or "each": "103 each in Aktogay and Osakarovka")
IN_PLACE = _rx(
    rf"\s*(?:%|{words('percent')}|{words('people_counted')})?(?:\s+{words('each_after')})?"
    rf"(?:\s*[–—-])?\s+{words('in')}\s+"
)
# "12 бюллетеней в Приозерске": a figure, its noun, then "в" and its place
NOUN_IN_PLACE = _rx(rf"\s*[^\W\d_]+\s+{words('in')}\s+")
# "по 103 – в А и Б", "103 each in A and B": one figure given to each of the places after it
EACH_BEFORE = _rx(rf"(?<!\w){words('each_before')}\s+$")
EACH_AFTER = _rx(rf"\s+{words('each_after')}(?!\w)")
CANDIDATE_NOUN = _rx(words("candidate_noun"))
# "для вахтовиков созданы условия для голосования", "daýys berýge jaǵdaı jasaldy": a
# group given the means to vote; its figure is no count of those who voted
MEANS_TO_VOTE = _rx(words("means_to_vote"))
# "Результаты: Абенов С. – 1 520": a heading of results makes its figures a vote's
RESULTS_HEADING = _rx(words("results_heading"))
# "Читайте также:", "Сондай-ақ оқыңыз", "Read also": what follows is other pages' headlines
READ_ALSO = re.compile(rf"(?:^|\n)[^\S\n]*{words('read_also')}", re.IGNORECASE)
# "Шиелі ауданының Талаптан ауылдық округтерінде", "в Кызылобинском сельском округе
# Жангалинского района": a unit the gazetteer does not know, next to its district
_NAME_WORD = r"(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІÁÓÚÝǴŃ])[^\W\d_]+(?:-[^\W\d_]+)?"
SUBUNIT_AFTER = _rx(rf"^\s+({_NAME_WORD}(?:\s+{_NAME_WORD})?)\s+({words('subunit')})")
SUBUNIT_BEFORE = _rx(rf"({_NAME_WORD})\s+({words('subunit')})\s+(?:{words('of')}\s+)?$")
# "акимом города Кандыагаш", "Қандыағаш қаласының әкімі", "akim of the town of X": a unit
# the gazetteer may not know, named with the word of its kind
UNIT_BEFORE_NAME = _rx(rf"(?<!\w)(?:{words('unit_before')})\s+({_NAME_WORD})")
NAME_BEFORE_UNIT = _rx(rf"(?<!\w)({_NAME_WORD})\s+(?:{words('unit_after')})")
AKIM_BEFORE = _rx(rf"{words('akim')}\w*\s+(?:[\w-]+\s+){{0,2}}?$")
AKIM_AFTER = _rx(rf"\s*{words('akim')}")
# "Мугалжарской районной территориальной избирательной комиссии": a place naming a body
OF_A_BODY = _rx(rf"\s*(?:[\w-]+\s+){{0,3}}?(?:{words('commission')})")
RURAL_DISTRICT = _rx(rf"(?<!\w)({_NAME_WORD})\s+({words('rural_district')})")
# the gap between the figures of a list read "respectively": "10,8% и 8,4%", "302 және 398"
# "12 557 (10,8%)": a share in brackets right after a count of a list
BRACKET_OPEN = re.compile(r"\s*\(\s*")
BRACKET_CLOSE = re.compile(r"^\s*%?\s*\)")
LIST_GAP = _rx(rf"\s*%?[\s,]*(?:{words('and')}|&)?[\s,]*")
RESPECTIVE_GAP = _rx(
    rf"\s*(?:%|{words('percent')})?[\s,]*(?:{words('and')}|&)?[\s,]*{words('votes')}?[\s,]*"
    rf"{words('and')}?\s*"
)
# "В первом округе ... 240 человек" after "Акимом Абайского сельского округа стал X,
# Богетсайского – Y": a unit of the list just named, by its place in the list
OF_LIST = (_rx(words("first_of_list")), _rx(words("second_of_list")))
# a table row flattened into a line: the bar of a column before a figure, or nothing but
# a dash or a bar between a name and its figure
# "Name | 428", "Name / self-nominated / 1140": a column bar or slash ends the row's cells
ROW_BAR_BEFORE = _rx(r"(?:[^|\d]\||[^\d\s/]\s+/)\s*$")
# "— 8,4% Против всех — ": after a share, the next row's name or label and its dash
SHARE_ROW_TAIL = _rx(r"\s*%\s*(?:[^\d;,.()%]{1,60}?\s[–—]\s*)?")
# "/ – /": empty cells of a table row, a dash between bars
EMPTY_CELLS = _rx(r"[\s|/]*[–—-][\s|/]*")
ROW_GAP = _rx(r"\s*[|:–—-]?\s*")
# "Daýys bergender: 12 875": a figure after its label and a colon, in a row of a list
ROW_LABEL_COLON = _rx(r"[^\W\d_]:\s*$")
# the colon and figure of the next row of such a list
NEXT_ROW_LABEL = _rx(r":\s*\d")
# "Daýys bergender: 1797 Kandıdattar: úsheýi de ...": after a labelled figure, the next
# row's label (a few words and a colon), whatever that row holds
NEXT_ROW_ANY_LABEL = _rx(r"\s+[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,3}\s*:")
# "Дауыс беруге келгені – 645 Оның ішінде үй-жайдан тыс – 18": lines of labelled
# figures flattened into one, each a label, a dash and its figure
ROW_LABEL_DASH = _rx(r"[^\W\d_][»\"”]?\s+[–—]\s*$")
NEXT_ROW_DASH = _rx(r"[^\d]*?\s[–—]\s*$")
# "«AMANAT» партиясынан": the word "party" right after a party's name
PARTY_WORD_AFTER = _rx(rf"[»\"”]?\s*{words('party_word')}")
# "nobody", "никто", "ешкім": a count of zero (kzvotes.extract.numbers)
ZERO_COUNT = _rx(f"{words('zero_count')}|{words('zero_before_figure')}")
# "2490 избирателей, из них проголосовали 1797", "2,490 voters, of whom 1,797 took part":
# a count of voters, then the part of them that voted: the voters on the list
VOTERS_THEN_OF_WHOM = _rx(
    rf"\s*(?:{words('voters_noun')})\w*\s*,?\s*(?:{words('of_whom')})\s+(?:[\w-]+\s+){{0,3}}?\d"
)
# "оның 2526-сы": the pronoun "of it" right before a figure, a part of the figure before
# and no person's count
PART_OF_BEFORE = _rx(rf"(?<!\w){words('part_of')}\s*$")
# "зарегистрировано 220 761 избирателей": the verb of the voters on the list before a count
REGISTERED_BEFORE = _rx(rf"(?<!\w)(?:{words('registered_before')})\s*$")
