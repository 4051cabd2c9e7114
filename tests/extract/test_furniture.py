"""Page furniture and people who are no candidates: never a candidate, never a winner.

Classes of page furniture and of non-candidate people seen on real akim-election items
(stored pages read with the search tool, corpus "pages", 12 queries in Russian, Kazakh
Cyrillic, Kazakh Latin and English, branch i9-furniture; 47 pages about Kazakh akim
elections read, results, roundups, voting day and registration items), with how many of
those pages showed each:

- an official quoted by name with a title and a verb of saying (commission chairs, their
  deputies, a state counsellor, a maslikhat secretary; "сообщил ... X", "– деді ...
  төрағасы X", "X said"): 12
- a photo caption or credit ("Иллюстративное фото", "Фото с сайта ...", "Sýret: 24.kz",
  "IMAGES | 7152.KZ", "Фото X" with the photographer's name, "(на фото)"): 9
- an author's byline ("Автор: X", "Автор X" under the headline, an author's name alone
  under it, "By admin", an initial and surname as a signature): 8
- a source line or a "reports" clause ("Источник: ...", "передает корреспондент ...",
  "dep habarlaıdy Kazinform", a press service's name closing the message): 8
- related headlines, "read also" and "latest news" lists, with other people and figures: 7
- a time, date or view-counter byline ("03:10, 25 Jeltoqsan 2023 | GMT +6", "Oinet.kz
  15-05-2024 167"): 5
- voters or residents interviewed or named (first voter, a 104-year-old voter, "тұрғын:"
  before a quote, grandmothers who voted): 5
- quotes with dates and numbers (ages, shares, counts of candidates in a chair's words): 5
- commission chairs, members or secretaries named without a quote (who opened the station,
  read the protocol): 4
- candidates' biographies with years and jobs beside their names: 4
- polling-station numbers ("№869", "участок номер 223"): 4
- "earlier / recall" paragraphs on other events or contests ("Aıta ketsek, 10
  jeltoqsanda ...", "Earlier, Kazinform reported that X was elected ...", "Eske salsaq,
  Memleket basshysy ..."): 3
- akims and deputy akims named who were not candidates (the district akim introducing the
  elected, a former akim and his deputy dismissed, an akim's aide): 3
- people a place is named after (schools "X атындағы мектеп-лицейі", rural districts "им.
  X", "имени X и Y", a street "улица X, 65"): 3
- image file names and scraper artefacts ("Screenshot_29.jpg", "Oplus_131072", "None"): 3
- comment forms and reaction widgets: 3
- tags or hashtags ("#qyzylordatv", a tag line after the message): 2
- contacts (phones, an address with a street): 2
- section headings inside the message ("Что произошло", "Кого выбрали"): 1
- an author's biography, a decision's number: none on these pages (kept in the probe as
  composed classes).

The furniture family of tests/extract/perturb.py adds one SYNTHETIC line of each class (in
each language) at a realistic position of every document of ISSUE_CORPORA;
``python tests/extract/perturb.py --furniture`` prints per class and language how many
documents read differently (contests, places, dates, figures, candidates, votes, shares,
nominators, winners). Deterministic samples of it run in test_metamorphic.py.

SYNTHETIC: every sentence below was composed for these tests in the shapes of those pages;
none is copied from a published page, and the people named are made up.
"""

from __future__ import annotations

import pytest


def _people(text: str) -> list[tuple[str, object, bool | None]]:
    from extract_text import fact, run

    return [
        (c.name, fact(c.votes), c.elected)
        for contest in run(text).contests
        for c in contest.candidates
    ]


@pytest.mark.parametrize(
    ("paragraph", "furniture"),
    [
        ("Автор: Данияр Сейткали", True),
        ("Авторы: Айгерим Бекова, Тимур Алиев", True),
        ("Выпускающий редактор Асель Тулегенова", True),
        ("Тілші Айгерім Бекқызы", True),
        ("Tegter: saılaý, ákim, Nurlan Ahmetov", True),
        ("By Aigerim Bekova and Timur Aliyev", True),
        ("Edited by Assel Tulegenova", True),
        ("Tags: elections, akim, Nurlan Akhmetov, Zhambyl region", True),
        # a byline that carries the dateline is read for its date
        ("Автор: редакция · 06.11.2023", False),
        # a sentence that opens with a label's word
        ("By Sunday evening the commission had counted every ballot", False),
        ("Текст решения комиссии опубликован на сайте акимата", False),
    ],
)
def test_a_labelled_paragraph_of_furniture(paragraph: str, furniture: bool) -> None:
    from kzvotes.extract.segment import furniture_paragraph

    assert furniture_paragraph(paragraph, 0, len(paragraph)) is furniture


@pytest.mark.parametrize(
    "text",
    [
        "Голосование прошло в доме культуры на улице Кажымукана Мунайтпасова, 12.",
        "Дауыс беру Қажымұқан Мұңайтпасов көшесіндегі мәдениет үйінде өтті.",
        "Daýys berý Qajymuqan Muńaıtpasov kóshesindegi mádenıet úıinde ótti.",
        "Voting took place at the house of culture on Kazhymukan Munaitpasov Street.",
        "The polling station was set up at the Abai Kunanbayev school.",
    ],
    ids=["ru-street", "kk-street", "kkl-street", "en-street", "en-school"],
)
def test_the_person_a_street_or_a_school_is_named_after_is_nobody(text: str) -> None:
    from kzvotes.extract.names import find_names

    assert find_names(text) == []


_RESULT = {
    "ru": "В Таскалинском районе 5 ноября 2023 года акимом избрали Талгата Шакирова. "
    "За него отдали 3 138 голосов.",
    "kk": "Кенес ауылдық округінде 2024 жылғы 17 наурызда әкім сайлауы өтті. Аждар Жүсіпов "
    "512 дауыс жинап, ауыл әкімі болып сайланды.",
    "kk-Latn": "Kenes aýyldyq okrýginde 2024 jylǵy 17 naýryzda ákim saılaýy ótti. Ajdar "
    "Júsipov 512 daýys jınap, aýyl ákimi bolyp saılandy.",
    "en": "In Taskala district, Talgat Shakirov was elected akim on November 5, 2023 with "
    "3,138 votes.",
}

_WINNER = {
    "ru": ("Талгат Шакиров", 3138),
    "kk": ("Аждар Жүсіпов", 512),
    "kk-Latn": ("Ajdar Júsipov", 512),
    "en": ("Talgat Shakirov", 3138),
}


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("ru", "Впервые голосовавший студент Алихан Маратов получил памятный подарок."),
        ("ru", "Одной из первых проголосовала пенсионерка Роза Бекова."),
        ("ru", "Наблюдатель от общественного объединения Марат Сериков нарушений не отметил."),
        ("kk", "Алғаш рет дауыс берген студент Әлихан Маратов естелік сыйлық алды."),
        (
            "kk",
            "Еске сала кетейік, 2021 жылы ауданда 14 ауыл әкімі сайланды, ал бұрынғы аудан "
            "әкімі Ерлан Сапаров зейнетке шықты.",
        ),
        ("kk-Latn", "Alǵash ret daýys bergen stýdent Álıhan Maratov estelik syılyq aldy."),
        (
            "kk-Latn",
            "Eske sala keteıik, 2021 jyly aýdanda 14 aýyl ákimi saılandy, al burynǵy aýdan "
            "ákimi Erlan Saparov zeınetke shyqty.",
        ),
        ("en", "First-time voter Alikhan Maratov, a student, received a souvenir."),
    ],
)
def test_a_person_of_the_page_after_the_result_is_no_candidate(language: str, line: str) -> None:
    # SYNTHETIC: a result, then a voter, an observer or a former akim in a sentence of
    # their own with nothing of a candidate
    name, votes = _WINNER[language]
    assert _people(f"{_RESULT[language]}\n\n{line}") == [(name, votes, True)]


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: the same roles with a result of their own
        "В Таскалинском районе 5 ноября 2023 года прошли выборы акима. Бывший аким района "
        "Ерлан Сапаров набрал 3 138 голосов и избран.",
        "В Таскалинском районе 5 ноября 2023 года прошли выборы акима. Акимом избран "
        "бывший аким района Ерлан Сапаров, за него отдали 3 138 голосов.",
    ],
    ids=["former-akim-with-votes", "former-akim-elected"],
)
def test_a_role_with_a_result_is_still_a_candidate(text: str) -> None:
    assert _people(text) == [("Ерлан Сапаров", 3138, True)]
