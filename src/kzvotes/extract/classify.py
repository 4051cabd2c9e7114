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

from kzvotes.extract.model import Kind

_FINAL = re.compile(
    r"(?<!будет\s)(?<!будут\s)\bизбран[аы]?\b|победу\s+одержал|одержал\w*\s+победу|победил\w*|"
    r"набрал\w*\s+[\d\s,]+%?\s*голос|получил\w*\s+[\d\s,]+%?\s*голос|отдали\s+[\d\s]+голос|"
    r"(?:набрав|получив)\w*\s+[\d\s,]+%?\s*голос|набрал\w*\s+(?:\w+\s+){0,3}голос|"
    r"победител\w*\s+(?:выборов\s+)?стал|\bстал[аи]?\s+(?:новым\s+|новой\s+)?акимом|"
    r"\bим\s+стал\b|\bею\s+стала\b|(?<!\w)выбрали\s+(?:нового\s+|своего\s+)?акима|"
    r"получил\w*\s+нового\s+акима|\bвыиграл[аи]?\s+(?:выборы\s+)?(?:[\w-]+\s+){0,3}?(?-i:[А-ЯЁ])|"
    r"(?<!\w)выбрали\s+(?-i:[А-ЯЁ])\w+\s+(?-i:[А-ЯЁ])\w+|"
    r"акимом\s+(?:[\w-]+\s+){0,5}?стал[аи]?\b|акимами\s+(?:[\w-]+\s+){0,8}?стали\b|избранн\w*\s+акимом|"
    r"проголосовал\w*\s+[\d\s]+(?:избирател\w*|человек\w*)?\s*[«\"]против\s+всех|"
    r"(?<!подведут\s)(?<!будут\s)итоги\s+(?:выборов|голосования)(?!\s+(?:будут|станут|подведут|подвед[её]т|огласит|объявит|обнародует|огласят|объявят))|больше\s+всего\s+голосов|большинство\s+голосов|"
    r"\b(?:опередил\w*|обош[её]л|обошла|обогнал\w*)\s+\w|"
    r"за\s+(?:которого|которую|него|неё|нее)\s+(?:проголосовал\w*|отдал\w*)\s+\d[\d\s]*|"
    r"\d[\d\s]*голос\w*\s+(?:досталось|досталась|достались)|"
    r"доверил\w*\s+(?:[\w-]+\s+){0,2}?(?:руководство|пост|должность)\b|"
    r"победа\s+(?:\w+\s+)?досталась|доверие\s+(?:[\w-]+\s+){0,3}?оказал\w*|оказал\w*\s+(?:[\w-]+\s+)?доверие|"
    r"дауыс\s+берілді|daýys\s+berildi|"
    r"\bсайлады\b|\bsaılady\b|сайланды|сайланған|жеңіске\s+(?:[\w-]+\s+){0,6}?жетті|дауыс\s+жинады|дауыс\s+жинаған|дауыс\s+алған|дауыс\s+алды|"
    r"saılandy|jeńiske\s+(?:[\w-]+\s+){0,6}?jetti|daýys\s+jınady|daýys\s+alǵan|daýys\s+aldy|"
    r"\bжеңді\b|\bjeńdi\b|дауыспен\s+жеңіп|\bmost\s+votes\b|\bmajority\s+of\s+(?:the\s+)?votes|"
    r"votes?\s*[–—-]?\s*[\d,]*\s*[–—-]?\s*went\s+to\b|(?<!\w)выбран[аы]?\s+аким|"
    r"проголосовать\s+пришл\w*\s+\d|"
    r"\bdefeated\b(?!\s+by)|\b(?:beat|outpolled)\s+(?:(?:his|her|their|the|two|three|four|five|"
    r"all|other|\d+)\s+)*(?:rivals?|opponents?|competitors?|candidates?|contenders?)|"
    r"\bwas\s+elected|\bwere\s+elected|\bhas\s+been\s+elected|\belected\s+(?:as\s+)?(?:the\s+)?"
    r"(?:new\s+)?akim|\bwon\b|\bwinner\b|received\s+[\d,]+\s+votes|gained\s+[\d,]+|"
    r"results?\s+of\s+the\s+(?:vote|election)|"
    r"проголосовали\s+[\d\s]+(?:человек|избирател\w*)?\s*[,.]?\s*(?:за\s+)?самовыдвиж|"
    r"за\s+(?:кандидата\s+)?(?-i:[А-ЯЁӘҒҚҢӨҰҮҺІ])\w+\s+(?-i:[А-ЯЁӘҒҚҢӨҰҮҺІ])\w+.{0,60}?проголосовал\w*\s+\d",
    re.IGNORECASE,
)
_VOTING_DAY = re.compile(
    r"по\s+состоянию\s+на\s+\d|к\s+\d{1,2}[:.]\d{2}|на\s+\d{1,2}[:.]\d{2}|в\s+\d{1,2}[:.]00|"
    r"\bк\s+(?:\d{1,2}\s+час\w*|полудню|обеду)|\bby\s+(?:noon|midday)|\bas\s+of\s+noon|"
    r"түске\s+(?:дейін|қарай)|túske\s+(?:deıin|qaraı)|voting\s+is\s+taking\s+place|"
    r"\d{1,2}[:.]\d{2}\s*(?:-ге|-ке|-га|-қа)?\s*(?:дейін|қарай|deıin|qaraı)|"
    r"сағат\s+\d{1,2}|saǵat\s+\d{1,2}|as\s+of\s+\d{1,2}[:.]\d{2}|by\s+\d{1,2}[:.]\d{2}|"
    r"участки\s+открылись|открылись\s+\w*\s*участк|голосование\s+(?:продолжается|началось|"
    r"проходит)|проходят\s+выборы|выбирают\s+акима|ожидают|будут\s+делать|"
    r"сайлау\w*\s+басталды|дауыс\s+беру\s+басталды|saılaý\w*\s+bastaldy|daýys\s+berý\s+bastaldy|"
    r"учаске\w*\s+ашыл(?:ды|ған|ып)|ýchaske\w*\s+ashyl(?:dy|ǵan|yp)|выборы\s+(?:начались|стартовали)|"
    r"голосование\s+стартовало|(?:voting|election)\s+(?:has\s+)?(?:started|begun|began)|"
    r"учаскелері\s+ашылды|ашылды|жүріп\s+жатыр|jú?rip\s+jatyr|ashyldy|"
    r"№\s*\d+\s+(?:сайлау\s+)?учаске\w*|№\s*\d+\s+(?:saılaý\s+)?ýchaske\w*|"
    r"polls?\s+(?:opened|are\s+open|close\s+at)|polling\s+stations?\s+(?:opened|are\s+open|"
    r"have\s+opened|open\s+at|close\s+at)|(?:are|is)\s+electing|"
    r"voting\s+is\s+under\s*way|are\s+voting|is\s+voting|"
    r"право\s+на\s+голосование\s+имеют|право\s+голоса\s+имеют|могут\s+проголосовать|"
    # close of polls: "voting ... has ended", "polls closed", "precincts closed at 20:00",
    # "counting of votes is under way"
    r"\b(?:voting|polls?|polling\s+stations?|precincts?|polling)\b[^.]{0,120}?\b(?:has\s+|have\s+)?"
    r"(?:ended|closed|is\s+over)\b|counting\s+(?:of\s+(?:the\s+)?votes?|of\s+ballots)?\s*"
    r"(?:is|has)\s+(?:under\s*way|begun|started)|голосование\s+(?:завершилось|закончилось)|"
    r"участки\s+закрылись|идет\s+подсчет|идёт\s+подсчёт",
    re.IGNORECASE,
)
# a clock time alone ("registration ended at 18.00") in a message calling an election is
# no voting day unless the message speaks of today
_CLOCK = re.compile(r"(?:сағат|saǵat)\s+\d{1,2}", re.IGNORECASE)
_TODAY = re.compile(r"(?<!\w)(?:бүгін|búgin|сегодня|today)(?!\w)", re.IGNORECASE)
_ELIGIBLE = re.compile(
    r"право\s+на\s+голосование\s+имеют|право\s+голоса\s+имеют|могут\s+проголосовать",
    re.IGNORECASE,
)
_ANNOUNCE = re.compile(
    r"назначен\w*|зарегистрирован\w*\s+(?:\d+\s+|[а-яё]+\s+)?кандидат|регистраци\w+\s+кандидат|"
    r"выдвинут\w*|состоятся|пройдут|будут\s+проходить|тағайындалды|өтеді|тіркелді|"
    r"taǵaıyndaldy|ótedi|tirkeldi|will\s+be\s+held|scheduled|registered\s+as\s+candidates?|"
    r"nominated|кандидатов\s+в\s+акимы|өтетін|ótetin|дайындық|daıyndyq|подготовк\w*\s+к\s+выбор|"
    r"will\s+take\s+place|upcoming|preparations?\s+for",
    re.IGNORECASE,
)
# an akim chosen by the deputies of maslikhats (a regional akim): not a popular vote.
# Deputies in the plural, as the body that votes; "депутат маслихата" alone is a job
_INDIRECT = re.compile(
    r"депутат\w*\s+(?:всех\s+)?маслихат\w*.{0,80}(?:избрали|проголосовали|согласие)|"
    r"депутат(?:ы|ов|ами)\s+(?:[\w-]+\s+){1,2}?маслихат\w*.{0,80}(?:избрали|выбрали)|"
    r"(?:избрал\w*|избран[аы]?|проголосовал\w*|голосами|голосовани\w*|сесси\w*)\s+"
    r"(?:[\w-]+\s+){0,4}?депутат(?:ов|ами|ы)\s+(?:всех\s+)?(?:[\w-]+\s+){0,2}?маслихат\w*|"
    r"депутат(?:ы|ов|ами)\s+(?:всех\s+)?(?:[\w-]+\s+){0,2}?маслихатов\b|"
    r"мәслихат\w*\s+депутаттар\w*.{0,80}(?:сайлады|сайланды|келісім|дауыс)|"
    r"máslıhat\w*\s+depýtattar\w*.{0,80}(?:saılady|saılandy|kelisim|daýys)|"
    r"(?<!\w)выборщик\w*|сайлаушылар\s+алқасы|electors\b|"
    r"maslikhat\s+deputies|deputies\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?maslikhats?|"
    r"mäslihat",
    re.IGNORECASE | re.DOTALL,
)


# "Еске сала кетейік, 2023 жылы ... 28 232 дауыс жинаған еді": a pluperfect recalls an
# earlier vote; its result is background, not the result this message reports
_BACKGROUND = re.compile(
    r"\bеді\b|\bedi\b|болатын|bolatyn|еске\s+сала|eske\s+sala|had\s+been|had\s+won|"
    r"had\s+received",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


# "Jyl basynan beri 17 aýyldyń ákimi saılandy", "с начала года избраны 38 акимов",
# "A total of 1416 rural akims were elected": a count of akims elected, not a result
_SUMMARY = re.compile(
    r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d+\s+(?:[\w-]+\s+){0,2}?(?:ákim|әкім|аким|akim)\w*|"
    r"(?<!\w)(?:два|две|три|четыре|пять|шесть|семь|восемь|девять|десять)\s+(?:[\w-]+\s+){0,2}?"
    r"акимов|жыл\s+басынан|jyl\s+basynan|"
    r"с\s+начала\s+(?:\d{4}\s+)?года|since\s+the\s+(?:start|beginning)\s+of\s+the\s+year",
    re.IGNORECASE,
)


def _foreground(text: str) -> str:
    """The text less its sentences that recall an earlier vote."""
    return " ".join(s for s in _SENTENCE.split(text) if not _BACKGROUND.search(s))


def classify_text(text: str) -> Kind:
    """The kind of a message from its wording.

    >>> classify_text("Сайлау 16 ақпанда өтеді. Еске сала кетейік, 2023 жылы Ренат "
    ...               "Құрмамбаев 28 232 дауыс жинаған еді.")
    'announcement'
    """
    if _INDIRECT.search(text):
        return "other"
    if _FINAL.search(text):
        foreground = _foreground(text)
        reporting = " ".join(s for s in _SENTENCE.split(foreground) if not _SUMMARY.search(s))
        if _FINAL.search(reporting):
            return "results"
        if not _FINAL.search(foreground):
            if not _ANNOUNCE.search(foreground):
                return "results"
            # a message calling an election that recalls the last one's result
            return "announcement"
        # the only result words are a tally of akims elected ("since January, 17 village
        # akims were elected"): no result of its own; read on as the other kinds
    day = [m.group(0) for m in _VOTING_DAY.finditer(text)]
    weak = all(_ELIGIBLE.fullmatch(d) or _CLOCK.fullmatch(d) for d in day)
    if day and not (weak and _ANNOUNCE.search(text) and not _TODAY.search(text)):
        # voters "who have the right to vote" in a message calling the election or
        # registering its candidates: an announcement
        return "voting_day"
    if _ANNOUNCE.search(text):
        return "announcement"
    return "other"
