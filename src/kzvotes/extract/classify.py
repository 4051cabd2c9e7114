"""What kind of message a document is: results, voting-day report, announcement, other.

Only ``results`` feed the tables. A voting-day report (turnout at fixed hours, polls
opened) never produces results, even though it names candidates and prints numbers.

>>> classify_text("Акимом района избран Нурлыбек Даумов, за него проголосовали 4 660 человек.")
'results'
>>> classify_text("По состоянию на 12:00 проголосовали 7 898 избирателей.")
'voting_day'
>>> classify_text("Выборы акима района назначены на 5 ноября.")
'announcement'
"""

from __future__ import annotations

import re

from kzvotes.extract.dates import DAY_OF_MONTH, MONTH_STEMS
from kzvotes.extract.model import Kind
from kzvotes.extract.segment import CUES
from kzvotes.extract.wording import words


def _kind(concept: str) -> re.Pattern[str]:
    """The words of every language for one sign of a message's kind."""
    return re.compile(words(concept), re.IGNORECASE)


# "Против всех: 15", "Against all – 15", "Barlyǵyna qarsy: 31": the count against all
# under its label, only ever printed with a result
_AGAINST_ALL_LINE = (
    r"(?<!\w)(?:"
    + "|".join(cues.against_all.pattern for cues in CUES.values())
    + r")[»\"”]?[^\S\n]*[:–—-][^\S\n]*\d"
)
# "Им стала X", "сайлауды X ұтып алды", "the post of akim went to X": the wordings of a post
# taken that mark a winner (each table's POST_TAKEN) are words of a result too
_FINAL = re.compile(
    f"{words('kind_results')}|{words('kind_post_taken')}|{_AGAINST_ALL_LINE}", re.IGNORECASE
)
_VOTING_DAY = _kind("kind_voting_day")
# a clock time alone ("registration ended at 18.00") in a message calling an election is
# no voting day unless the message speaks of today
_CLOCK = re.compile(rf"{words('clock_word')}\s+\d{{1,2}}", re.IGNORECASE)
_TODAY = re.compile(rf"(?<!\w){words('today')}(?!\w)", re.IGNORECASE)
_ELIGIBLE = _kind("kind_eligible")
# a weak sign (a progressive, an hour) in a sentence without the words of a vote is no sign
# of the voting day ("the district stretches to the lake")
_DAY_SUBJECT = _kind("kind_day_subject")
# nominations, registration, campaigning: "today" said of them is no voting day
_CAMPAIGN_STEP = _kind("kind_campaign_step")
# "20 381 voters took part", "the election was held": a vote told after it; with no result
# of its own and no sign of the voting day, the message is a summary
# "Rural akim round ends", "сайлау науқанын қорытындылады": the round told as over, too
_HELD = re.compile(f"{words('kind_vote_held')}|{words('kind_round_over')}", re.IGNORECASE)
# a progressive verb ("documents are being checked") or an hour the polls open, weak signs
# of a voting day in a message calling an election
_WEAK_DAY = _kind("kind_day_weak")
# "комиссии назначили выборы", "проголосуют 11 января": a vote called in the active voice
# or the future, or its new date, beside the words of an announcement
_ANNOUNCE = re.compile(f"{words('kind_announce')}|{words('kind_call_made')}", re.IGNORECASE)
# the words of an announcement said in the past of a summary ("parties nominated 75% of
# them", "122 кандидат тіркелді"): they call no vote
_ANNOUNCE_PAST = _kind("kind_announce_past")
# "27 апреля выборы пройдут ещё в пяти округах": a further vote called by a message about
# one held; its words call no vote of the message's own
# A repeat vote ("one district will vote again", "қайта сайлау") named in a message about
# one held is a further vote too
_ANNOUNCE_MORE = re.compile(
    f"{words('kind_announce_more')}|{words('kind_repeat_vote')}", re.IGNORECASE
)
# an akim chosen by the deputies of maslikhats (a regional akim) or by electors: not a
# popular vote. Deputies in the plural, as the body that votes; "депутат маслихата" alone
# is a job
_INDIRECT = re.compile(words("kind_indirect"), re.IGNORECASE | re.DOTALL)
# "Еске сала кетейік, 2023 жылы ... 28 232 дауыс жинаған еді": a pluperfect recalls an
# earlier vote; its result is background, not the result this message reports
# "Earlier, 14 rural akims were elected", "Бұған дейін ...": a sentence opening on
# "earlier" is a background paragraph about another vote
_BACKGROUND = re.compile(f"{words('kind_recalled')}|{words('kind_earlier')}", re.IGNORECASE)
# "Хочу, чтобы акимом стал человек, который...", a voter's wish on voting day: result
# words in a wish report no result
_WISH = _kind("kind_wish")
# "в онлайн-опросе лидирует аким X: за него проголосовали 4 210 читателей": a readers'
# poll or rating, not an election
_POLL = _kind("kind_poll")
# "в 2021 году акимом был избран X ... Новые выборы пройдут 16 февраля": a result of
# another year in a message calling an election
_YEAR = _kind("kind_year")
# "суд отменил итоги выборов", "выборы признаны несостоявшимися": no result stands
_VOID = _kind("kind_void")
# "no election had to be annulled": the words of a void election, denied
_VOID_DENIED = _kind("kind_void_denied")
# "облыс әкімінің міндетін уақытша атқарушы болып X тағайындалды": an acting akim
# appointed; its word of appointment calls no vote
_APPOINTMENT = _kind("kind_appointment")
_LAW_ARTICLE = _kind("kind_law_article")
_VISIT = _kind("kind_visit")
_DAY = re.compile(DAY_OF_MONTH, re.IGNORECASE)
# "довыборы в маслихаты", "party lists": an election of deputies (or a president), whose
# winners are no akims
_OTHER_ELECTION = _kind("kind_other_election")
_AKIM = _kind("akim")
# "На довыборах в маслихат победил бывший замаким": an akim named as a person's post
# tells no result of an akim election
_AKIM_AS_TITLE = _kind("akim_as_title")
# "Jyl basynan beri 17 aýyldyń ákimi saılandy", "с начала года избраны 38 акимов",
# "A total of 1416 rural akims were elected": a count of akims elected, not a result
_SUMMARY = re.compile(
    rf"(?<![\d.,])(?!(?:19|20)\d\d\b)(?!{DAY_OF_MONTH})(?:\d{{1,3}}(?:[,\u00a0 ]\d{{3}})+|\d+)(?![,\u00a0 ]\d)\s+"
    # "600 daýys jınap ákim bolyp saılandy": a count of votes before the akim word is a
    # result, not a tally of akims ("2 100 дауыспен": the whole number, never its "2")
    rf"(?!{words('votes')})(?:[\w-]+\s+){{0,2}}?"
    rf"{words('akim')}\w*|"
    rf"{words('kind_summary')}|{words('kind_summary_regions')}",
    re.IGNORECASE,
)
# "December 15": a month's name right before a number makes it a day
_MONTH_BEFORE = re.compile(rf"(?<!\w)(?:{MONTH_STEMS})\w{{0,6}}\.?\s+$", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


def _tallies(sentence: str) -> bool:
    """Whether a sentence counts akims elected; "the December 15 election for akim" is a
    date's day, not a count."""
    pos = 0
    while (m := _SUMMARY.search(sentence, pos)) is not None:
        if not _MONTH_BEFORE.search(sentence, 0, m.start()):
            return True
        # "On August 13, 17 rural akims were elected": past the day, a count may follow
        day = re.match(r"\d+\W*", m.group(0))
        pos = m.start() + (day.end() if day else 1)
    return False


def _summary_only(text: str) -> bool:
    """Whether a message whose result words only count akims elected has no sign of a
    voting day and calls no vote of its own: a summary."""
    if _VOTING_DAY.search(text):
        return False
    return not _calls_its_own_vote(text)


# a headline: the first line of three words or more, short; the lines above it are page
# furniture ("#qyzylordatv", "20.08.2024 10:15", what is left of a view counter)
_WORD = re.compile(r"[^\W\d_]{2,}")
_HEADLINE_SIZE = 160
_LINES_BEFORE_HEADLINE = 3


def _headline(text: str) -> str:
    """The message's headline, or "" when it opens with no short line of words."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for line in lines[: _LINES_BEFORE_HEADLINE + 1]:
        if len(_WORD.findall(line)) >= 3:
            return line if len(line) <= _HEADLINE_SIZE else ""
    return ""


def _calling(sentence: str) -> bool:
    """Whether a sentence calls a vote: a word of the announcement that is no nomination past."""
    return any(not _ANNOUNCE_PAST.fullmatch(m.group(0)) for m in _ANNOUNCE.finditer(sentence))


def _headline_tells_a_vote_held(text: str) -> bool:
    """Whether the headline tells of a vote held or of akims elected, and calls none."""
    head = _headline(text)
    if not head or _calling(head):
        return False
    return bool(_FINAL.search(head) or _HELD.search(head))


def _calls_its_own_vote(text: str) -> bool:
    """Whether the message calls a vote of its own. The headline says what the message is
    about: one calling a vote ("21 more rural akims to be elected on Aug. 20") makes it an
    announcement whatever its body recalls; one telling a vote held ("Өңірде бір күнде 11
    ауылдың әкімі сайланды") makes the body's calls those of further votes. Else a body's
    call counts unless it is of a further vote ("27 апреля выборы пройдут ещё в пяти
    округах") or a nomination past."""
    head = _headline(text)
    if _calling(head):
        return True
    if _headline_tells_a_vote_held(text):
        return False
    return any(_calling(s) for s in _SENTENCE.split(text) if not _ANNOUNCE_MORE.search(s))


def _foreground(text: str) -> str:
    """The text less its sentences that recall an earlier vote (or, in a message calling
    an election, that name the year of another one)."""
    calling = bool(_ANNOUNCE.search(text))
    return "\n\n".join(
        s
        for s in _SENTENCE.split(text)
        if not (_BACKGROUND.search(s) or (calling and _YEAR.search(s)))
    )


def _unrecalled(text: str) -> str:
    """The text less its sentences that recall an earlier vote or how akims were chosen."""
    return "\n\n".join(s for s in _SENTENCE.split(text) if not _BACKGROUND.search(s))


def _said(text: str) -> str:
    """The text less its sentences that utter a wish or report a poll."""
    return "\n\n".join(s for s in _SENTENCE.split(text) if not (_WISH.search(s) or _POLL.search(s)))


def _is_weak(day_word: str) -> bool:
    """A weak sign of the voting day: the right to vote, a clock time, a progressive."""
    return bool(
        _ELIGIBLE.fullmatch(day_word) or _CLOCK.fullmatch(day_word) or _WEAK_DAY.fullmatch(day_word)
    )


def _today(text: str) -> bool:
    """Whether "today" is said of anything but the steps before a vote ("nominations
    opened today" calls a vote; "today polls opened at 7:00" is the voting day)."""
    return any(_TODAY.search(s) and not _CAMPAIGN_STEP.search(s) for s in _SENTENCE.split(text))


def classify_text(text: str) -> Kind:
    """The kind of a message from its wording.

    >>> classify_text("Сайлау 16 ақпанда өтеді. Еске сала кетейік, 2023 жылы Ренат "
    ...               "Құрмамбаев 28 232 дауыс жинаған еді.")
    'announcement'
    """
    return classify_with_rule(text)[0]


def classify_with_rule(text: str) -> tuple[Kind, str]:
    """The kind of a message and the rule that decided it.

    >>> classify_with_rule("Акимом района избран Нурлыбек Даумов.")
    ('results', 'result-words')
    """
    if _INDIRECT.search(_unrecalled(text)):
        # deputies or electors choose the akim; a sentence recalling that deputies once
        # did ("раньше это делали депутаты маслихатов") tells no indirect election
        return "other", "indirect-election"
    if _VOID.search(_VOID_DENIED.sub(" ", text)):
        return "other", "void-election"
    if _POLL.search(text):
        # a readers' poll or a rating of akims, even with its list of votes: no election
        return "other", "poll-or-rating"
    # a result of akims told only in a background sentence ("Earlier, 14 rural akims were
    # elected") makes no akim election of a message about another one
    if _OTHER_ELECTION.search(text) and not any(
        _FINAL.search(s) and _AKIM.search(_AKIM_AS_TITLE.sub(" ", s))
        for s in _SENTENCE.split(_unrecalled(text))
    ):
        if _calls_only(text):
            # "мәслихатқа қосымша сайлау 26 қазанда өтеді": another election called, with
            # no result and no vote held told: an announcement all the same
            return "announcement", "another-election-called"
        return "other", "another-election"
    if _FINAL.search(_said(text)):
        foreground = _foreground(_said(text))
        reporting = "\n\n".join(s for s in _SENTENCE.split(foreground) if not _tallies(s))
        if _FINAL.search(reporting):
            return "results", "result-words"
        recalled_result = any(
            _FINAL.search(s) and not _tallies(s) for s in _SENTENCE.split(_said(text))
        )
        # "Eske salaıyq, jyl basynan beri 17 aýyldyń ákimi saılandy": a recalled tally of
        # akims elected is no result either; read on as the other kinds
        if not _FINAL.search(foreground) and recalled_result:
            if not _ANNOUNCE.search(foreground):
                return "results", "result-words-in-a-recalled-sentence-only"
            # a message calling an election that recalls the last one's result
            return "announcement", "announcement-recalling-an-earlier-result"
        # the only result words are a tally of akims elected ("since January, 17 village
        # akims were elected"): no result of its own; read on as the other kinds
        if not _FINAL.search(reporting) and _summary_only(text):
            return "other", "summary-of-akims-elected"
    day = [
        m.group(0)
        for s in _SENTENCE.split(text)
        for m in _VOTING_DAY.finditer(s)
        if not _is_weak(m.group(0)) or _DAY_SUBJECT.search(s)
    ]
    weak = all(_is_weak(d) for d in day)
    # a vote told as held, in a message calling no other vote (its only announcement
    # words are nominations past, or those of a further round: "выборы пройдут ещё в
    # пяти округах")
    held = _HELD.search(_foreground(text)) and not _calls_its_own_vote(text)
    if day and not (weak and (_ANNOUNCE.search(text) or held) and not _today(text)):
        # voters "who have the right to vote" in a message calling the election or
        # registering its candidates: an announcement; the hours of a vote told as held
        # ("the vote was held from 7:00 to 20:00"): a summary
        return "voting_day", "voting-day-words"
    if held:
        # "20 381 voters took part; 6 of the 32 candidates were nominated by parties": a
        # vote held, with no result of its own; its past nominations call no vote
        return "other", "summary-of-a-vote-held"
    if _ANNOUNCE.search(text) and _LAW_ARTICLE.search(text) and not _DAY.search(text):
        # "the commission calls the vote at least 40 days before, under Article 113-1":
        # the steps of every election, no day of one: an explainer of the law
        return "other", "law-explainer"
    if _ANNOUNCE.search(text) and _visit_only(text):
        return "other", "visit-story"
    if _ANNOUNCE.search(_APPOINTMENT.sub(" ", text)):
        return "announcement", "announcement-words"
    return "other", "no-result-words"


def _calls_only(text: str) -> bool:
    """Whether a message calls a vote of its own and tells no result and no vote held."""
    foreground = _foreground(_said(text))
    return (
        not _FINAL.search(foreground)
        and not _HELD.search(foreground)
        and not _VOTING_DAY.search(text)
        and _calls_its_own_vote(text)
    )


def kind_without_a_contest(text: str) -> tuple[Kind, str]:
    """The kind of a message whose words of results gave no contest: a voting-day report
    when it says the polls are open or have just closed ("people chose their akim on
    Sunday ... commissions began counting once voting was over"), else other (a summary
    of totals, a tally of akims)."""
    if any(not _is_weak(m.group(0)) for m in _VOTING_DAY.finditer(text)):
        return "voting_day", "result-words-without-a-contest-on-voting-day"
    return "other", "result-words-without-a-contest"


def _visit_only(text: str) -> bool:
    """Whether every word calling a vote is in a sentence telling of a visit ("the chairman
    visited the region to prepare the elections scheduled for 5 November"): the purpose
    of a trip, not a message calling the vote."""
    calling = [s for s in _SENTENCE.split(text) if _ANNOUNCE.search(s)]
    return bool(calling) and all(_VISIT.search(s) for s in calling)
