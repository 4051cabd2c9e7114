"""Page noise as small pure functions, and the probe that measures what each one changes.

Real pages reach the extractor with noise the composed corpora lack: scraped without their
line breaks, a byline or a "read also" link inside the message, straight quotes, a Latin
"i" typed for the Kazakh "і", surnames in capitals, non-breaking spaces inside numbers, a
share footer. Each perturbation takes the text of a document (and what is known about it:
its language and the spans of the names its annotation lists) and returns the noisy text;
they compose (:func:`compose`). What is compared is what is read — the contests' places,
dates and figures, the candidates' names, votes, shares, nominators and winners — never
the spans, which move with the text.

Run ``python tests/extract/perturb.py`` (from the repository, in its environment) for the
table: per perturbation, the documents whose reading changed out of those it touched.
``-v`` lists the changed documents, ``--only NAME`` runs one perturbation.
``--furniture`` runs the furniture family instead (a line of page furniture or of a person
who is no candidate, per class, on every document of the issue's corpora) and prints per
class and language the documents whose reading changed of those it was added to.

SYNTHETIC: every line added below (bylines, headlines, footers) was written for the probe;
none is copied from a published page.
"""

from __future__ import annotations

import json
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
DOCUMENT_SUFFIXES = (".txt", ".html", ".htm")


@dataclass(frozen=True)
class Sample:
    """One annotated document of a corpus: its text (HTML read to text), its language and
    the spans of the candidates' names as printed (where the annotation gives them)."""

    corpus: str
    stem: str
    text: str
    language: str
    name_spans: tuple[tuple[int, int], ...] = field(default=())

    @property
    def label(self) -> str:
        return f"{self.corpus}/{self.stem}"


Perturbation = Callable[[str, Sample], str]


# -- the perturbations ----------------------------------------------------------------------


def flatten(text: str, sample: Sample) -> str:
    """Every line break a space (a page scraped without its paragraphs)."""
    return re.sub(r"[ \t]*\r?\n\s*", " ", text)


def paragraph_per_line(text: str, sample: Sample) -> str:
    """Every line a paragraph of its own (a page with a ``<p>`` or ``<br><br>`` per line)."""
    return re.sub(r"[ \t]*\r?\n\s*", "\n\n", text)


_BYLINE = {
    "ru": "12:45 | 2 412 просмотров | Фото: пресс-служба акимата\n",
    "kk": "12:45 | 2 412 рет қаралды | Фото: әкімдіктің баспасөз қызметі\n",
    "kk-Latn": "12:45 | 2 412 ret qaraldy | Foto: ákimdiktiń baspasóz qyzmeti\n",
    "en": "12:45 | 2,412 views | Photo: akimat press service\n",
}


def byline(text: str, sample: Sample) -> str:
    """A byline with the time, a view counter and a photo credit before the message."""
    return _BYLINE.get(sample.language, _BYLINE["ru"]) + text


def straight_quotes(text: str, sample: Sample) -> str:
    """Guillemets typed as straight quotes."""
    return text.replace("«", '"').replace("»", '"')


_KK_LETTERS = str.maketrans({"і": "i", "І": "I"})


def latin_i(text: str, sample: Sample) -> str:
    """The Kazakh "і" typed as the Latin "i" (keyboards without Kazakh letters)."""
    return text.translate(_KK_LETTERS)


_TO_LATIN = {"а": "a", "о": "o", "е": "e", "р": "p", "с": "c"}
_TO_CYRILLIC = {"a": "а", "o": "о", "e": "е"}
_LONG_WORD = re.compile(r"\b\w{5,}\b")


def lookalike_letter(text: str, sample: Sample) -> str:
    """In every third word of five letters or more, one letter typed in the other script
    where the two look the same (a Latin "о" in a Cyrillic word, a Cyrillic "а" in a Latin
    one)."""
    count = 0

    def one(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        word = match.group()
        if count % 3:
            return word
        for i, ch in enumerate(word):
            twin = _TO_LATIN.get(ch) or _TO_CYRILLIC.get(ch)
            if twin and i > 0:
                return word[:i] + twin + word[i + 1 :]
        return word

    return _LONG_WORD.sub(one, text)


_SURNAME_END = re.compile(
    r"(?:[оеё]в|[иы]н|ий|ая|ский|ская|ского|ской|[оеё]в[аеуы]?|[иы]н[аеуы]?|енко|чук"
    r"|[oe]v|in|[oe]va|ina|enko|chuk)$",
    re.IGNORECASE,
)
_PATRONYMIC = re.compile(r"(?:вич|вна|ична|ұлы|қызы|улы|кызы|uly|qyzy|ovich|ovna)\w*$", re.I)


def _surname(words: list[re.Match[str]]) -> re.Match[str] | None:
    """The word of a printed name taken for the surname: one with a surname's ending, else
    the first of three words ending in a patronymic, else the last word."""
    full = [w for w in words if len(w.group()) > 1]
    if not full:
        return None
    if len(full) >= 3 and _PATRONYMIC.search(full[-1].group()):
        return full[0]
    ending = [w for w in full if _SURNAME_END.search(w.group())]
    return ending[0] if ending else full[-1]


def caps_surnames(text: str, sample: Sample) -> str:
    """The surname of every name the annotation lists (by its span) in capitals.

    Only the names whose span still selects them are changed, and only where upper-casing
    keeps the word's length (offsets do not move) and lower-casing gives the word back: the
    Kazakh Latin "ı" has no capital of its own ("ı".upper() is "I"), so such a word is left
    as it is."""
    out = list(text)
    for start, end in sample.name_spans:
        words = list(re.finditer(r"\w+", text[start:end]))
        word = _surname(words)
        if word is None:
            continue
        printed = word.group()
        upper = printed.upper()
        if len(upper) != len(printed) or upper.lower() != printed.lower() or upper == printed:
            continue
        at = start + word.start()
        out[at : at + len(printed)] = upper
    return "".join(out)


_GROUP_SPACE = re.compile(r"(?<=\d) (?=\d{3}\b)")


def number_spaces(text: str, sample: Sample) -> str:
    """The spaces between the digit groups of a number non-breaking and thin, by turns."""
    count = 0

    def one(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return ("\u00a0", "\u2009", "\u202f")[count % 3]

    return _GROUP_SPACE.sub(one, text)


def crlf(text: str, sample: Sample) -> str:
    """Windows line ends."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def em_dash(text: str, sample: Sample) -> str:
    """A dash between spaces (en dash or hyphen) typed as an em dash."""
    return re.sub(r" [–-] ", " — ", text)


def double_spaces(text: str, sample: Sample) -> str:
    """Two spaces after every full stop and comma, and between a number and its word."""
    text = re.sub(r"([.,]) (?=\S)", r"\1  ", text)
    return re.sub(r"(?<=\d) (?=[^\W\d])", "  ", text)


_READ_ALSO = {
    "ru": "Читайте также: В области прошли выборы сельских акимов",
    "kk": "Сондай-ақ оқыңыз: Облыста ауыл әкімдерінің сайлауы өтті",
    "kk-Latn": "Sondaı-aq oqyńyz: Oblysta aýyl ákimderiniń saılaýy ótti",
    "en": "Read also: Rural akim elections held in the region",
}


def read_also(text: str, sample: Sample) -> str:
    """A "read also" link with another headline after the first paragraph."""
    line = _READ_ALSO.get(sample.language, _READ_ALSO["ru"])
    parts = re.split(r"(\n\s*\n)", text, maxsplit=1)
    if len(parts) == 3:
        return f"{parts[0]}\n\n{line}{parts[1]}{parts[2]}"
    head, sep, rest = text.partition("\n")
    return f"{head}\n{line}\n{rest}" if sep else f"{text}\n{line}\n"


def yo_as_e(text: str, sample: Sample) -> str:
    """The Russian "ё" written "е"."""
    return text.replace("ё", "е").replace("Ё", "Е")


def percent_space(text: str, sample: Sample) -> str:
    """A space between a number and its per cent sign ("56,0 %"), and none where there
    was one."""
    return re.sub(r"(?<=\d)( ?)%", lambda m: "%" if m.group(1) else " %", text)


_FOOTER = {
    "ru": "Поделиться:\nFacebook VK Telegram WhatsApp\nПодписывайтесь на наш Telegram-канал",
    "kk": "Бөлісу:\nFacebook Telegram WhatsApp\nTelegram-арнамызға жазылыңыз",
    "kk-Latn": "Bólisý:\nFacebook Telegram WhatsApp\nTelegram-arnamyzǵa jazylyńyz",
    "en": "Share:\nFacebook X Telegram WhatsApp\nSubscribe to our Telegram channel",
}


def share_footer(text: str, sample: Sample) -> str:
    """A share and subscribe footer after the message."""
    return f"{text.rstrip()}\n\n{_FOOTER.get(sample.language, _FOOTER['ru'])}\n"


def compose(*steps: Perturbation) -> Perturbation:
    """The perturbations one after another (a length-keeping one such as
    :func:`caps_surnames`, which reads the names' spans, must come first)."""

    def composed(text: str, sample: Sample) -> str:
        for step in steps:
            text = step(text, sample)
        return text

    return composed


PERTURBATIONS: dict[str, Perturbation] = {
    "flatten": flatten,
    "paragraph per line": paragraph_per_line,
    "byline": byline,
    "straight quotes": straight_quotes,
    "latin i": latin_i,
    "lookalike letter": lookalike_letter,
    "caps surnames": caps_surnames,
    "number spaces": number_spaces,
    "crlf": crlf,
    "em dash": em_dash,
    "double spaces": double_spaces,
    "read also": read_also,
    "yo as e": yo_as_e,
    "percent space": percent_space,
    "share footer": share_footer,
}
# Every perturbation but the line breaks', one after the other: noise comes together.
PERTURBATIONS["all but flatten"] = compose(
    *(
        f
        for name, f in PERTURBATIONS.items()
        if name not in ("caps surnames", "flatten", "paragraph per line")
    ),
)
PERTURBATIONS["all but flatten"] = compose(caps_surnames, PERTURBATIONS["all but flatten"])


# -- page furniture: lines with people who are no candidates ---------------------------------
#
# SYNTHETIC, every line: composed for the probe in the shapes of the page furniture and the
# non-candidate people of real akim-election items (the classes and how many real pages
# showed each are listed in tests/extract/test_furniture.py); the names are made up. Each
# class has its lines per language (a document takes one by a hash of its label) and the
# positions where real pages print it; a document takes one of those positions the same way.

TOP, AFTER_HEADLINE, AFTER_RESULT, END = "top", "after headline", "after result", "end"


@dataclass(frozen=True)
class Furniture:
    positions: tuple[str, ...]
    lines: dict[str, tuple[str, ...]]


FURNITURE: dict[str, Furniture] = {
    "photo caption": Furniture(
        (AFTER_HEADLINE, AFTER_RESULT, END),
        {
            "ru": (
                "Фото Марата Оспанова",
                "На фото: Гульмира Сарсенова на избирательном участке",
                "Фото: Ерлан Жаксылыков / архив редакции",
            ),
            "kk": (
                "Суретті түсірген Марат Оспанов",
                "Суретте: Гүлмира Сәрсенова сайлау учаскесінде",
                "Фото: Ерлан Жақсылықов",
            ),
            "kk-Latn": (
                "Sýretti túsirgen Marat Ospanov",
                "Sýrette: Gúlmıra Sársenova saılaý ýchaskesinde",
                "Foto: Erlan Jaqsylyqov",
            ),
            "en": (
                "Photo by Marat Ospanov",
                "Pictured: Gulmira Sarsenova at a polling station",
                "Photo: Yerlan Zhaksylykov",
            ),
        },
    ),
    "byline": Furniture(
        (TOP, AFTER_HEADLINE, END),
        {
            "ru": ("Автор: Данияр Сейткали", "Авторы: Айгерим Бекова, Тимур Алиев"),
            "kk": ("Тілші: Айгерім Бекқызы", "Авторлар: Айгерім Бекова, Тимур Әлиев"),
            "kk-Latn": ("Tilshi: Aıgerim Bekqyzy", "Avtor: Danıar Seıtqalı"),
            "en": ("By Daniyar Seitkali", "By Aigerim Bekova and Timur Aliyev"),
        },
    ),
    "editor": Furniture(
        (AFTER_HEADLINE, END),
        {
            "ru": ("Редактор: Асель Тулегенова", "Выпускающий редактор Асель Тулегенова"),
            "kk": ("Редактор: Әсел Төлегенова", "Жауапты редактор Әсел Төлегенова"),
            "kk-Latn": ("Redaktor: Ásel Tólegenova", "Jaýapty redaktor Ásel Tólegenova"),
            "en": ("Editor: Assel Tulegenova", "Edited by Assel Tulegenova"),
        },
    ),
    "source": Furniture(
        (AFTER_RESULT, END),
        {
            "ru": (
                "Источник: пресс-служба акимата района",
                "Источник: Ерболат Назаров, пресс-секретарь ТИК",
            ),
            "kk": (
                "Дереккөз: аудан әкімдігінің баспасөз қызметі",
                "Дереккөз: Ерболат Назаров, ТСК баспасөз хатшысы",
            ),
            "kk-Latn": (
                "Derekkóz: aýdan ákimdiginiń baspasóz qyzmeti",
                "Derekkóz: Erbolat Nazarov, TSK baspasóz hatshysy",
            ),
            "en": (
                "Source: district akimat press service",
                "Source: Yerbolat Nazarov, press secretary of the commission",
            ),
        },
    ),
    "official quoted": Furniture(
        (AFTER_HEADLINE, AFTER_RESULT, END),
        {
            "ru": (
                "«Выборы прошли спокойно, жалоб не поступало», — сообщил председатель районной "
                "избирательной комиссии Ерлан Касымов.",
                "Как отметил руководитель отдела внутренней политики Самат Жумабаев, явка была "
                "выше прошлогодней.",
            ),
            "kk": (
                "«Сайлау тыныш өтті, шағым түскен жоқ», – деді аудандық сайлау комиссиясының "
                "төрағасы Ерлан Қасымов.",
                "Ішкі саясат бөлімінің басшысы Самат Жұмабаевтың айтуынша, сайлаушылар белсенді "
                "болды.",
            ),
            "kk-Latn": (
                "«Saılaý tynysh ótti, shaǵym túsken joq», – dedi aýdandyq saılaý komıssııasynyń "
                "tóraǵasy Erlan Qasymov.",
                "Ishki saıasat bóliminiń basshysy Samat Jumabaevtyń aıtýynsha, saılaýshylar "
                "belsendi boldy.",
            ),
            "en": (
                '"The vote was calm and no complaints were filed," said Yerlan Kassymov, '
                "chairman of the district election commission.",
                "According to Samat Zhumabayev, head of the internal policy department, turnout "
                "was higher than expected.",
            ),
        },
    ),
    "commission member": Furniture(
        (AFTER_HEADLINE, AFTER_RESULT),
        {
            "ru": (
                "Председатель участковой комиссии Гульнар Ахметова открыла участок ровно в семь "
                "утра.",
                "Секретарь территориальной избирательной комиссии Бахыт Нурланов огласил протокол.",
            ),
            "kk": (
                "Учаскелік комиссияның төрайымы Гүлнар Ахметова учаскені таңғы жетіде ашты.",
                "Аумақтық сайлау комиссиясының хатшысы Бақыт Нұрланов хаттаманы жариялады.",
            ),
            "kk-Latn": (
                "Ýchaskelik komıssııanyń tóraıymy Gúlnar Ahmetova ýchaskeni tańǵy jetide ashty.",
                "Aýmaqtyq saılaý komıssııasynyń hatshysy Baqyt Nurlanov hattamany jarıalady.",
            ),
            "en": (
                "Precinct commission chair Gulnar Akhmetova opened the polling station at seven in "
                "the morning.",
                "The secretary of the territorial election commission, Bakhyt Nurlanov, read out "
                "the protocol.",
            ),
        },
    ),
    "deputy akim": Furniture(
        (AFTER_RESULT, END),
        {
            "ru": (
                "Заместитель акима района Бауыржан Оспанов поздравил жителей округа.",
                "На подведении итогов присутствовал заместитель акима области Ринат Сулейменов.",
            ),
            "kk": (
                "Аудан әкімінің орынбасары Бауыржан Оспанов округ тұрғындарын құттықтады.",
                "Қорытынды шығаруға облыс әкімінің орынбасары Ринат Сүлейменов қатысты.",
            ),
            "kk-Latn": (
                "Aýdan ákiminiń orynbasary Baýyrjan Ospanov okrýg turǵyndaryn quttyqtady.",
                "Qorytyndy shyǵarýǵa oblys ákiminiń orynbasary Rınat Súleımenov qatysty.",
            ),
            "en": (
                "Deputy district akim Baurzhan Ospanov congratulated the residents of the district.",
                "Deputy regional akim Rinat Suleimenov attended the announcement of the results.",
            ),
        },
    ),
    "named after": Furniture(
        (AFTER_HEADLINE, AFTER_RESULT),
        {
            "ru": (
                "Избирательный участок работал в школе имени Абая Кунанбаева.",
                "Голосование прошло в доме культуры на улице Кажымукана Мунайтпасова, 12.",
            ),
            "kk": (
                "Сайлау учаскесі Абай Құнанбаев атындағы мектепте орналасқан.",
                "Дауыс беру Қажымұқан Мұңайтпасов көшесіндегі мәдениет үйінде өтті.",
            ),
            "kk-Latn": (
                "Saılaý ýchaskesi Abaı Qunanbaev atyndaǵy mektepte ornalasqan.",
                "Daýys berý Qajymuqan Muńaıtpasov kóshesindegi mádenıet úıinde ótti.",
            ),
            "en": (
                "The polling station was set up at the Abai Kunanbayev school.",
                "Voting took place at the house of culture on Kazhymukan Munaitpasov Street.",
            ),
        },
    ),
    "voter interviewed": Furniture(
        (AFTER_HEADLINE, AFTER_RESULT),
        {
            "ru": (
                "Одной из первых проголосовала пенсионерка Роза Бекова: «Пришла пораньше, чтобы "
                "выбрать хозяина села».",
                "Впервые голосовавший студент Алихан Маратов получил памятный подарок.",
            ),
            "kk": (
                "Алғашқылардың бірі болып зейнеткер Роза Бекова дауыс берді: «Ауылдың иесін "
                "таңдауға ерте келдім».",
                "Алғаш рет дауыс берген студент Әлихан Маратов естелік сыйлық алды.",
            ),
            "kk-Latn": (
                "Alǵashqylardyń biri bolyp zeınetker Roza Bekova daýys berdi: «Aýyldyń ıesin "
                "tańdaýǵa erte keldim».",
                "Alǵash ret daýys bergen stýdent Álıhan Maratov estelik syılyq aldy.",
            ),
            "en": (
                'Among the first to vote was pensioner Roza Bekova: "I came early to choose the '
                'head of our village."',
                "First-time voter Alikhan Maratov, a student, received a souvenir.",
            ),
        },
    ),
    "observer": Furniture(
        (AFTER_HEADLINE, AFTER_RESULT),
        {
            "ru": ("Наблюдатель от общественного объединения Марат Сериков нарушений не отметил.",),
            "kk": ("Қоғамдық бірлестіктің байқаушысы Марат Серіков бұзушылық байқамағанын айтты.",),
            "kk-Latn": (
                "Qoǵamdyq birlestiktiń baıqaýshysy Marat Serikov buzýshylyq baıqamaǵanyn aıtty.",
            ),
            "en": ("Observer Marat Serikov of a civic association reported no violations.",),
        },
    ),
    "tags": Furniture(
        (END,),
        {
            "ru": ("Теги: выборы, аким, Нурлан Ахметов, Жамбылская область",),
            "kk": ("Тегтер: сайлау, әкім, Нұрлан Ахметов, Жамбыл облысы",),
            "kk-Latn": ("Tegter: saılaý, ákim, Nurlan Ahmetov, Jambyl oblysy",),
            "en": ("Tags: elections, akim, Nurlan Akhmetov, Zhambyl region",),
        },
    ),
    "related headlines": Furniture(
        (END,),
        {
            "ru": (
                "Похожие новости\nБерик Оспанов назначен руководителем управления образования\n"
                "В Таразе 1 250 семей получили жилье\n14:20, 3 декабря 2024",
            ),
            "kk": (
                "Ұқсас жаңалықтар\nБерік Оспанов білім басқармасының басшысы болып тағайындалды\n"
                "Таразда 1 250 отбасы баспана алды\n14:20, 3 желтоқсан 2024",
            ),
            "kk-Latn": (
                "Uqsas jańalyqtar\nBerik Ospanov bilim basqarmasynyń basshysy bolyp "
                "taǵaıyndaldy\nTarazda 1 250 otbasy baspana aldy\n14:20, 3 jeltoqsan 2024",
            ),
            "en": (
                "Related news\nBerik Ospanov appointed head of the education department\n"
                "1,250 families in Taraz received housing\n14:20, 3 December 2024",
            ),
        },
    ),
    "earlier": Furniture(
        (AFTER_RESULT, END),
        {
            "ru": (
                "Напомним, в 2021 году в районе избрали 14 сельских акимов, а бывший аким района "
                "Ерлан Сапаров ушел на пенсию.",
            ),
            "kk": (
                "Еске сала кетейік, 2021 жылы ауданда 14 ауыл әкімі сайланды, ал бұрынғы аудан "
                "әкімі Ерлан Сапаров зейнетке шықты.",
            ),
            "kk-Latn": (
                "Eske sala keteıik, 2021 jyly aýdanda 14 aýyl ákimi saılandy, al burynǵy aýdan "
                "ákimi Erlan Saparov zeınetke shyqty.",
            ),
            "en": (
                "Earlier, 14 rural akims were elected in the district in 2021, and former district "
                "akim Yerlan Saparov retired.",
            ),
        },
    ),
    "author bio": Furniture(
        (END,),
        {
            "ru": ("Айгуль Серикова — журналист, пишет о местном самоуправлении с 2015 года.",),
            "kk": (
                "Айгүл Серікова – журналист, 2015 жылдан бері жергілікті өзін-өзі басқару туралы "
                "жазады.",
            ),
            "kk-Latn": (
                "Aıgúl Serikova – jýrnalıst, 2015 jyldan beri jergilikti ózin-ózi basqarý týraly "
                "jazady.",
            ),
            "en": ("Aigul Serikova is a journalist who has covered local government since 2015.",),
        },
    ),
    "quote with figures": Furniture(
        (AFTER_RESULT, END),
        {
            "ru": (
                "«За четыре года мы проложили 12 км дорог и открыли 3 школы», — сказал 5 декабря "
                "аким соседнего округа Нурлан Абенов.",
            ),
            "kk": (
                "«Төрт жылда 12 км жол салып, 3 мектеп аштық», – деді 5 желтоқсанда көрші "
                "округтің әкімі Нұрлан Әбенов.",
            ),
            "kk-Latn": (
                "«Tórt jylda 12 km jol salyp, 3 mektep ashtyq», – dedi 5 jeltoqsanda kórshi "
                "okrýgtiń ákimi Nurlan Ábenov.",
            ),
            "en": (
                '"In four years we paved 12 km of roads and opened 3 schools," Nurlan Abenov, '
                "akim of a neighbouring district, said on December 5.",
            ),
        },
    ),
    "contacts": Furniture(
        (END,),
        {
            "ru": (
                "Телефон редакции: +7 (7262) 43-21-05. Адрес: г. Тараз, ул. Толе би, 45, офис 12.",
            ),
            "kk": (
                "Редакция телефоны: +7 (7262) 43-21-05. Мекенжайы: Тараз қ., Төле би көшесі, 45, "
                "12-кеңсе.",
            ),
            "kk-Latn": (
                "Redaksııa telefony: +7 (7262) 43-21-05. Mekenjaıy: Taraz q., Tóle bı kóshesi, 45, "
                "12-keńse.",
            ),
            "en": (
                "Newsroom phone: +7 (7262) 43-21-05. Address: 45 Tole Bi Street, office 12, Taraz.",
            ),
        },
    ),
    "decision number": Furniture(
        (AFTER_RESULT, END),
        {
            "ru": (
                "Решение территориальной избирательной комиссии № 45/112 опубликовано на сайте "
                "акимата.",
            ),
            "kk": ("Аумақтық сайлау комиссиясының № 45/112 шешімі әкімдік сайтында жарияланды.",),
            "kk-Latn": (
                "Aýmaqtyq saılaý komıssııasynyń № 45/112 sheshimi ákimdik saıtynda jarıalandy.",
            ),
            "en": (
                "Decision No. 45/112 of the territorial election commission is published on the "
                "akimat's website.",
            ),
        },
    ),
    "polling station": Furniture(
        (AFTER_HEADLINE, AFTER_RESULT),
        {
            "ru": (
                "Избирательный участок № 869 работал в здании школы-гимназии № 3 с 7:00 до 20:00.",
            ),
            "kk": (
                "№ 869 сайлау учаскесі № 3 мектеп-гимназия ғимаратында 7:00-ден 20:00-ге дейін жұмыс істеді.",
            ),
            "kk-Latn": (
                "№ 869 saılaý ýchaskesi № 3 mektep-gımnazııa ǵımaratynda 7:00-den 20:00-ge deıin "
                "jumys istedi.",
            ),
            "en": (
                "Polling station No. 869 at school-gymnasium No. 3 was open from 7:00 to 20:00.",
            ),
        },
    ),
    "comments": Furniture(
        (END,),
        {
            "ru": (
                "Добавить комментарий\nВаш адрес email не будет опубликован.\nНравится 12 Не нравится 0",
            ),
            "kk": (
                "Пікір қалдыру\nСіздің email мекенжайыңыз жарияланбайды.\nҰнайды 12 Ұнамайды 0",
            ),
            "kk-Latn": (
                "Pikir qaldyrý\nSizdiń email mekenjaıyńyz jarıalanbaıdy.\nUnaıdy 12 Unamaıdy 0",
            ),
            "en": ("Leave a reply\nYour email address will not be published.\nLike 12 Dislike 0",),
        },
    ),
}


def _pick(options: Sequence[str], sample: Sample, salt: str) -> str:
    """One of ``options`` for this document, the same on every run (a hash of its label)."""
    return options[zlib.crc32(f"{sample.label}|{salt}".encode()) % len(options)]


# a row of a list or a table: a bullet, a dash, a number with its dot or bracket, a cell
_ROW = re.compile(r"\s*(?:[–—•▪*|-]|\d{1,2}[.)]\s)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_LINE_BREAK = re.compile(r"\n\s*")


def _blocks(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The separator of the text's paragraphs (a blank line, else a line break) and the
    spans of its paragraphs."""
    splitter = _BLANK_LINE if _BLANK_LINE.search(text) else _LINE_BREAK
    spans, start = [], 0
    for m in splitter.finditer(text):
        if text[start : m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return ("\n\n" if splitter is _BLANK_LINE else "\n"), spans


def insert_furniture(text: str, sample: Sample, line: str, position: str) -> str:
    """``text`` with ``line`` as a paragraph of its own at ``position``: before everything,
    after the first paragraph (the headline), after the paragraph of the last annotated
    name (the result; the middle paragraph where none is annotated), or after everything."""
    sep, spans = _blocks(text)
    if position == TOP or not spans:
        return f"{line}{sep}{text}"
    if position == END:
        return f"{text.rstrip()}{sep}{line}\n"
    if position == AFTER_HEADLINE:
        at = spans[0][1]
    else:
        last = max((b for _, b in sample.name_spans), default=None)
        holding = [i for i, (a, b) in enumerate(spans) if last is not None and a < last <= b]
        i = holding[0] if holding else len(spans) // 2
        # a page prints its furniture after a list or a table, not between its rows
        while i + 1 < len(spans) and _ROW.match(text, spans[i + 1][0]):
            i += 1
        at = spans[i][1]
    return f"{text[:at]}{sep}{line}{text[at:]}"


def furniture(name: str) -> Perturbation:
    """The perturbation that adds one line of the furniture class ``name`` (in the
    document's language) at one of the class's positions."""
    kind = FURNITURE[name]

    def add(text: str, sample: Sample) -> str:
        lines = kind.lines.get(sample.language, kind.lines["ru"])
        line = _pick(lines, sample, name + "|line")
        position = _pick(kind.positions, sample, name + "|position")
        return insert_furniture(text, sample, line, position)

    add.__doc__ = f"A {name} line of page furniture."
    return add


FURNITURE_PERTURBATIONS: dict[str, Perturbation] = {
    f"furniture: {name}": furniture(name) for name in FURNITURE
}


# -- the corpora and what is read -------------------------------------------------------------


def corpora(root: Path = REPO / "tests") -> list[Path]:
    """The corpus directories (``tests/corpus*``)."""
    return sorted(p for p in root.glob("corpus*") if p.is_dir())


def load_samples(dirs: Iterable[Path]) -> list[Sample]:
    """Every annotated document of ``dirs`` (an HTML page as the text it is read into)."""
    from kzvotes.parse import document_text

    samples = []
    for corpus in dirs:
        for path in sorted(corpus.iterdir()):
            expected_path = path.with_suffix(".expected.json")
            if path.suffix not in DOCUMENT_SUFFIXES or not expected_path.exists():
                continue
            expected = json.loads(expected_path.read_text(encoding="utf-8"))
            if path.suffix == ".txt":
                text = path.read_text(encoding="utf-8")
            else:
                text = document_text(path.read_bytes()).text
            spans = []
            for contest in expected.get("contests", []):
                for cand in contest.get("candidates", []):
                    span, printed = cand.get("span"), cand.get("name_as_printed")
                    if span and printed and text[span[0] : span[1]] == printed:
                        spans.append((span[0], span[1]))
            samples.append(
                Sample(
                    corpus.name, path.stem, text, expected["language"], tuple(sorted(set(spans)))
                )
            )
    return samples


def reading(text: str) -> Any:
    """What is read from ``text``: the kind, and per contest its place, date and figures and
    its candidates' names, votes, shares, nominators and winners (no spans)."""
    from kzvotes.extract import extract_document
    from kzvotes.parse import text_document

    doc = extract_document(text_document(text))
    out: list[Any] = [doc.kind]
    for c in doc.contests:
        figures = (
            c.registered_voters, c.ballots_cast, c.invalid_ballots, c.against_all,
            c.against_all_pct, c.turnout_pct, c.absentee, c.outside_premises,
        )  # fmt: skip
        people = sorted(
            (x.name, _value(x.votes), x.elected, x.nominator, _value(x.vote_share_pct))
            for x in c.candidates
        )
        out.append((c.place_id, c.election_date, tuple(_value(f) for f in figures), people))
    return out


def _value(fact: object) -> object:
    return getattr(fact, "value", fact)


def same_paragraphs(a: str, b: str) -> bool:
    """Whether two texts are read into the same paragraphs (then they read the same)."""
    from kzvotes.parse import text_document

    da, db = text_document(a), text_document(b)
    return da.text == db.text and da.paragraphs == db.paragraphs


@dataclass
class Outcome:
    touched: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)


def contests_read(text: str) -> Any:
    """What is read from ``text`` less its kind: the contests with their places, dates,
    figures and candidates (a voter's line may make a registration read as a voting day;
    what the furniture must not change is who ran, won and got how many votes, where)."""
    return reading(text)[1:]


def probe(
    samples: Sequence[Sample],
    perturbations: dict[str, Perturbation],
    read: Callable[[str], Any] = reading,
) -> dict[str, Outcome]:
    """Per perturbation, the documents it touched and those whose reading (by ``read``)
    changed."""
    outcomes = {name: Outcome() for name in perturbations}
    for sample in samples:
        base: Any = None
        for name, perturb in perturbations.items():
            noisy = perturb(sample.text, sample)
            if noisy == sample.text:
                continue
            outcomes[name].touched.append(sample.label)
            if same_paragraphs(noisy, sample.text):
                continue
            if base is None:
                base = read(sample.text)
            if read(noisy) != base:
                outcomes[name].changed.append(sample.label)
    return outcomes


def table(outcomes: dict[str, Outcome]) -> str:
    lines = [f"{'perturbation':<18} {'changed':>8} {'touched':>8}"]
    for name, o in outcomes.items():
        lines.append(f"{name:<18} {len(o.changed):>8} {len(o.touched):>8}")
    return "\n".join(lines)


def issue_corpora() -> list[Path]:
    """The corpora held to the issue's floors (``ISSUE_CORPORA`` of test_corpus.py)."""
    from test_corpus import ISSUE_CORPORA

    return [REPO / "tests" / name for name in ISSUE_CORPORA]


def furniture_table(samples: Sequence[Sample], outcomes: dict[str, Outcome]) -> str:
    """Per furniture class and language, the documents whose reading changed of those the
    class was added to."""
    languages = ("ru", "kk", "kk-Latn", "en")
    language = {s.label: s.language for s in samples}
    width = max(len(n) for n in outcomes) + 1
    lines = [f"{'class':<{width}}" + "".join(f"{x:>12}" for x in (*languages, "all"))]
    for name, o in outcomes.items():
        cells = []
        for lang in languages:
            touched = sum(language[x] == lang for x in o.touched)
            changed = sum(language[x] == lang for x in o.changed)
            cells.append(f"{changed}/{touched}")
        cells.append(f"{len(o.changed)}/{len(o.touched)}")
        lines.append(f"{name:<{width}}" + "".join(f"{c:>12}" for c in cells))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    if "--furniture" in argv:
        # page furniture on every document of the issue's corpora: changed/documents
        dirs = issue_corpora()
        samples = load_samples(dirs)
        chosen = dict(FURNITURE_PERTURBATIONS)
        if "--only" in argv:
            wanted = argv[argv.index("--only") + 1]
            chosen = {k: v for k, v in chosen.items() if wanted in k}
        outcomes = probe(samples, chosen, contests_read)
        print(f"{len(samples)} documents of {len(dirs)} corpora (ISSUE_CORPORA)")
        print(furniture_table(samples, outcomes))
    else:
        chosen = dict(PERTURBATIONS)
        if "--only" in argv:
            wanted = argv[argv.index("--only") + 1]
            chosen = {wanted: PERTURBATIONS[wanted]}
        samples = load_samples(corpora())
        outcomes = probe(samples, chosen)
        print(f"{len(samples)} documents of {len(corpora())} corpora")
        print(table(outcomes))
    if verbose:
        for name, o in outcomes.items():
            for label in o.changed:
                print(f"{name}: {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
