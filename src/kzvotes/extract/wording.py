"""Words the passes look for that are not yet split into the per-language cue tables.

Each pattern is one alternation over the four languages (ru, kk, kk-Latn, en); the passes
import them from here so that no pass module holds words of its own.
"""

from __future__ import annotations

import re

FOR_WORD = re.compile(r"\bза\b|үшін|úshin|\bfor\b", re.IGNORECASE)
INTERMEDIATE = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b(?!\s*(?:%|per\s?cent|процент|пайыз|paıyz))|по\s+состоянию|сағат\s+\d|saǵat\s+\d|as\s+of\s+(?:noon|\d)|"
    r"by\s+noon|к\s+полудню|түске\s+дейін|túske\s+deıin",
    re.IGNORECASE,
)
CONJ = re.compile(
    r"^[\s,]*(?:и|және|jáne|and|а\s+также|мен|бен|пен|men|ben|pen|,)?[\s,]*$", re.IGNORECASE
)
PAIR_SEP = re.compile(r"^\s*[–—:-]\s*$")
ADJ_PCT = re.compile(
    r"^\s*(?:человек\w*|избирател\w*|голос\w*|сайлаушы\w*|дауыс\w*|saılaýshy\w*|daýys\w*|"
    r"people|voters|votes|-?\w{0,3})?\s*(?:из\s+них|of\s+them|олардың|olardyń)?"
    r"\s*[(\[,–-]?\s*(?:или|немесе|nemese|or|что\s+"
    r"составляет|что\s+составило|это|бұл|bul|which\s+is)?\s*$",
    re.IGNORECASE,
)
# "89 441-i daýys berdi (77,1%)", "1 756 голосов отдано за него (52,3 %)": a share in
# brackets right after the phrase of a count is the share of that count
PCT_IN_BRACKETS = re.compile(r"^[^\d;.()«»\"]{0,30}\(\s*$")
# "89 441 daýys jınady, bul – daýys berýge qatysqandardyń 77,1 paıyzy", "4 660 голосов,
# что составляет 52,3% от числа проголосовавших", "9,071 votes, or 70.5 percent of those
# who voted": the words linking a count to its share
SHARE_LINK = re.compile(
    r"^[^\d;.()«»\"]{0,25}?(?:\bbul\b|\bбұл\b|\bэто\b|что\s+составля\w+|что\s+составил\w*|"
    r"\bили\b|\bor\b|\bнемесе\b|\bnemese\b|\bwhich\s+is\b)[^\d;.()«»\"]{0,60}$",
    re.IGNORECASE,
)
# explicit turnout words: a share after them is the contest's turnout
TURNOUT_WORD = re.compile(r"явк\w*|turnout|белсенділ\w*|belsendil\w*|активност\w*", re.IGNORECASE)
AFTER_SHARE = re.compile(
    r"[^\d();.]{0,30}\(\s*\d+(?:[.,]\d+)?\s*(?:%|процент\w*|пайыз\w*|paıyz\w*|per\s?cent)\s*\)"
    r"([^;,.()\d]{0,60})",
    re.IGNORECASE,
)
VERB_THEN_NAME = re.compile(
    r"^\s*(?:голос\w*|votes)?\s*[–—:-]?\s*(?:получил\w*|набрал\w*|досталось|went\s+to|"
    r"received\s+by|won\s+by)\s+(?:кандидат\w*\s+|самовыдвиженец\s+)?$",
    re.IGNORECASE,
)
# "136 — у методиста клуба X": lower-case words only between, so never another name
COUNT_AT = re.compile(r"^\s*(?:голос\w*)?\s*[–—:-]?\s*[Уу]\s+(?:[а-яёәғқңөұүһі-]+\s+){0,4}$")
# "70,5% голосов пришедших на участки избирателей", "of the votes cast": a share of the
# ballots, stated; the shares of all candidates then share one base and the largest won
SHARE_BASE = re.compile(
    r"\s*%?\s*(?:голос\w*\s+)?(?:(?:всех\s+)?(?:пришедш|проголосовавш|приняв\w*\s+участие|"
    r"участвовавш)\w*|от\s+(?:числа\s+|общего\s+числа\s+)?(?:проголосовавш|пришедш|"
    r"принявш|бюллетен)\w*)|"
    r"\s*%?\s*(?:of\s+(?:the\s+)?(?:votes?\s+cast|ballots(?:\s+cast)?|those\s+who\s+(?:voted|"
    r"turned\s+out)|voters\s+who\s+(?:voted|turned\s+out|took\s+part)))|"
    r"\s*%?\s*(?:дауыс\s+берген|сайлауға\s+қатысқан|daýys\s+bergen|saılaýǵa\s+qatysqan)",
    re.IGNORECASE,
)
PLURAL_NOMINATION = re.compile(
    r"^\S*(?:цы|цев)\b|^[\s,]{0,3}(?:үміткерлер\w*|кандидаттар\w*|кандидаты|кандидатов|"
    r"candidates|úmitkerler\w*|kandıdattar\w*)",
    re.IGNORECASE,
)
SPLIT = re.compile(
    r"\bодин\b|\bодна\b|\bодного\b|\bостальн\w*|\bдвое\s+из|\bтрое\s+из|\bкроме\b|"
    r"\bбіреуі|\bбірі\b|\bқалғаны|\bbireýi|\bbiri\b|\bqalǵany|"
    r"\bone\s+of\b|\bthe\s+other\b|\bothers?\b|\bexcept\b",
    re.IGNORECASE,
)
# an age is never a count: "жасы – 29-да", "aged 29", "в возрасте 29 лет", "X (29)"
AGE_BEFORE = re.compile(
    r"(?:\bжасы|\bjasy|\baged|\bage\s+of|\bв\s+возрасте|\bвозраст\w*|\bжасында|\bjasynda)"
    r"\s*[–—:-]?\s*$",
    re.IGNORECASE,
)
AGE_AFTER = re.compile(
    r"^\s*-?\s*(?:лет(?:ний|няя|него|нему|нем|нюю|ним|ней)?\b|летн\w*|жаст\w*|жас\b|"
    r"jast\w*|jas\b|years?[\s-]+old|-?year-old)",
    re.IGNORECASE,
)
# An official quoted by the message is no candidate: a title next to the name
# ("A. Aimanakumov, chairman of the regional commission", "State Counselor Yerlan Karin",
# «председатель ТИК Б. Сейтжанов», «аймақтық комиссия төрағасы Н. Ахметов») or a verb
# of saying right after it ("..., Ерлан Карин отметил", "деді Н. Ахметов" is rare).
# A voter or resident interviewed by the message ("сайлаушы Перизат Төлеген", "a first-time
# voter, X", "житель села X"): one person, singular forms only, so that "500 избирателей"
# after a candidate's name never makes the candidate a voter
VOTER = (
    r"(?:(?:first-time\s+|young\s+|local\s+)?(?:voter|resident)\b|избиратель\b|избирательница\b|"
    r"жител(?:ь|ьница)\b|пенсионер(?:ка)?\b|сайлаушы\b|тұрғын\b|зейнеткер\b|saılaýshy\b|"
    r"turǵyn\b|zeınetker\b)"
)
TITLE = (
    r"(?:chair(?:man|woman|person)?|secretary|(?:state\s+)?counsel+or|spokes(?:man|woman|person)|"
    r"head\s+of\s+the\s+(?:[\w-]+\s+){0,4}?(?:commission|office|administration)|"
    r"governor|председател\w*|секретар\w*|(?:гос(?:ударственн\w*\s+)?)?советник\w*|"
    r"госсоветник\w*|руководител\w*|начальник\w*|төраға\w*|хатшы\w*|кеңесші\w*|"
    r"tóraǵa\w*|hatshy\w*|keńesshi\w*|аким\w*\s+(?:област|регион)\w*|облыс\s+әкімі|"
    r"oblys\s+ákimi|akim\s+of\s+the\s+(?:[\w-]+\s+)?region|{VOTER})"
).replace("{VOTER}", VOTER)
# the words of a body between a title and the name: "председатель городской ТИК",
# "chairman of the regional territorial election commission"
BODY_WORD = (
    r"(?:of|the|regional|territorial|district|city|central|election|electoral|commission|"
    r"[A-ZА-ЯЁ]{2,5}|област\w*|городск\w*|районн\w*|территориальн\w*|окружн\w*|избирательн\w*|"
    r"комисси\w*|аумақтық|аймақтық|аудандық|қалалық|облыстық|өңірлік|сайлау\w*|комиссия\w*|"
    r"aýmaqtyq|aımaqtyq|aýdandyq|qalalyq|oblystyq|óńirlik|saılaý\w*|komıss\w*)"
)
TITLE_BEFORE = re.compile(
    rf"(?:{TITLE}(?:\s+{BODY_WORD}){{0,6}}|according\s+to|по\s+словам|\bдеді|\bdedi|\bsaid|"
    rf"\bсказал\w*|\bотметил\w*|\bрассказал\w*|\bподелил\w*)\s*[,:–—-]?\s*$",
    re.IGNORECASE,
)
TITLE_AFTER = re.compile(
    rf"^\s*(?:\([^()]{{0,40}}\)\s*)?[,–—-]\s*(?:the\s+|a\s+)?(?:(?:[\w-]+\s+){{0,6}}?{TITLE}\b)",
    re.IGNORECASE,
)
SAID_AFTER = re.compile(
    r"^\s*(?:,\s*[^,.;«»\"]{0,100},\s*)?(?:said|says|noted|told|stated|added|explained|"
    r"сказал\w*|отметил\w*|сообщил\w*|заявил\w*|подчеркнул\w*|пояснил\w*|рассказал\w*|"
    r"атап\s+өтті|деді|айтты|мәлім\s+етті|хабарлады|түсіндірді|atap\s+ótti|dedi|aıtty|"
    r"málim\s+etti|habarlady|túsindirdi)\b",
    re.IGNORECASE,
)
# "Канат Шапатов снял свою кандидатуру", "X withdrew", "өз кандидатурасын алып тастады":
# a candidate who left the race is not on the ballot
WITHDREW = re.compile(
    r"снял\w*\s+(?:свою\s+|свои\s+)?кандидатур|выбыл\w*|отказал\w*\s+от\s+участия|"
    r"сошл?[её]?\w*\s+с\s+дистанции|withdr[ae]w\w*|pulled\s+out|dropped\s+out|"
    r"кандидатурасын\s+(?:\w+\s+)?(?:алып\s+таста|қайтарып\s+ал)\w*|"
    r"kandıdatýrasyn\s+(?:\w+\s+)?(?:alyp\s+tasta|qaıtaryp\s+al)\w*|сайлаудан\s+шықты|"
    r"saılaýdan\s+shyqty",
    re.IGNORECASE,
)
# "X избран после того, как один из кандидатов снял свою кандидатуру": another subject
OTHER_SUBJECT = re.compile(
    r"\b(?:после|как|когда|after|when|since|because|кейін|соң|keıin|soń|один|одна|one|"
    r"кандидат\w*|candidates?|rivals?|opponents?|соперник\w*|үміткер\w*|úmitker\w*)\b",
    re.IGNORECASE,
)
LIST_GOES_ON = re.compile(r"^\s*(?:%\s*)?(?:,|и\b|және\b|jáne\b|and\b|&)\s*\d", re.IGNORECASE)
COUNT_THEN_NEXT = re.compile(
    r"\s*[–—:-]?\s*\d[\d\s]*\d?\s*(?:,|;|\bи\b|\bжәне\b|\bjáne\b|\band\b)\s*", re.IGNORECASE
)
# "Y, Z и W он опередил": a pronoun subject between an object list and the verb; with a
# comma ("X, он опередил ...") the pronoun restates X, who won
PRONOUN_SUBJECT = re.compile(r"\s+(?:он|она)\s+(?:[\w-]+\s+){0,2}?", re.IGNORECASE)
MEMBER = re.compile(r"член\w*|мүше\w*|múshe\w*|member\w*", re.IGNORECASE)
JOIN = re.compile(
    r"\b(?:and|и|а|және|jáne|but|while|из\s+них|of\s+whom|olardyń|олардың)\b", re.IGNORECASE
)
