"""Recall classes the once-scored blind15 set exposed, each as a general rule over the shape
(SYNTHETIC texts throughout: every sentence below was composed for these tests; names and
figures are invented or, where real, carry no sentence of their source).

- a figures sheet printing each count first, then a dash and whose it is;
- a loser's row "X (nominator) — fewest votes" in a bulleted roundup;
- winner wordings: "им стала", "остаётся за", "доверие сохранил", "мандат получил",
  "сайлауды ұтып алды";
- an English initial of two letters ("Zh.") kept with the surname;
- the youngest and oldest akims of a summary, each with the place that chose them;
- a town the gazetteer does not know, printed with its district: its own contest, no id;
- a winner verb right before a name followed by a job title.
"""

from __future__ import annotations

import pytest
from extract_text import fact, only, run


def _people(text: str) -> dict[str, tuple[object, object]]:
    return {x.name: (fact(x.votes), x.elected) for c in run(text).contests for x in c.candidates}


# SYNTHETIC: the result, then a block of figures, each row opening on its count
_FIGURES_FIRST = (
    "Тенизский сельский округ выбрал нового акима: им стал Нурбол Сапаров.\n\n"
    "Итоги в цифрах\n"
    "2 940 — включены в списки;\n"
    "1 811 — пришли на участки;\n"
    "1 205 — голосов за Сапарова;\n"
    "417 — у Ерлана Досова, главного специалиста районного отдела образования;\n"
    "{last}"
)


def test_a_row_printing_its_count_first_gives_it_to_the_person_after_the_dash() -> None:
    contest = only(_FIGURES_FIRST.format(last="126 — у Марата Жумагалиева, директора школы."))
    assert contest.place_id == "KZ-23/kurmangazy/teniz"
    assert (fact(contest.registered_voters), fact(contest.ballots_cast)) == (2940, 1811)
    got = {x.name: (fact(x.votes), x.elected) for x in contest.candidates}
    assert got == {
        "Нурбол Сапаров": (1205, True),
        "Ерлан Досов": (417, False),
        "Марат Жумагалиев": (126, False),
    }


def test_a_row_with_a_count_first_but_no_person_stays_a_label() -> None:
    contest = only(_FIGURES_FIRST.format(last="63 — бюллетеня признаны недействительными."))
    assert fact(contest.invalid_ballots) == 63
    assert {x.name for x in contest.candidates} == {"Нурбол Сапаров", "Ерлан Досов"}


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: the winner's row after the rivals', then "both rivals"
        "В Форт-Шевченко избран Нурбол Сапаров.\n\nЦифры\n3 004 — в списках;\n"
        "1 950 — проголосовали;\n417 — у Ерлана Досова, директора школы;\n"
        "126 — у Марата Жумагалиева, фермера;\n1 311 — голосов за Сапарова.\n\n"
        "Оба соперника нового акима выдвигались сами.",
        # SYNTHETIC: the same sheet in English
        "Nurbol Saparov was elected akim of Fort-Shevchenko.\n\nFigures\n3,004 on the list;\n"
        "1,950 voted;\n417 — for Yerlan Dosov, a school director;\n"
        "126 — for Marat Zhumagaliyev, a farmer;\n1,311 — for Saparov.\n\n"
        "Both of his rivals were self-nominated.",
    ],
)
def test_both_rivals_are_the_two_who_lost_whatever_the_order_of_the_rows(text: str) -> None:
    contest = only(text)
    got = {x.name.split()[-1]: (fact(x.votes), x.elected, x.nominator) for x in contest.candidates}
    assert got == {
        "Сапаров" if "Сапаров" in text else "Saparov": (1311, True, None),
        "Досов" if "Досов" in text else "Dosov": (417, False, "self"),
        "Жумагалиев" if "Жумагалиев" in text else "Zhumagaliyev": (126, False, "self"),
    }


# SYNTHETIC: a bulleted roundup; the last row of one district tells its loser in words
_BULLETS = (
    "Три района выбрали акимов\n\n"
    "Итоги голосования 5 ноября 2023 года:\n\n"
    "Каратобинский район\n"
    "• Аскар Нуржанов (AMANAT) — 3 905\n"
    "• Бауыржан Омаров (самовыдвижение) — 611\n"
    "• Даурен Ким (самовыдвижение) — {cell}\n\n"
    "Сырымский район\n"
    "• Ерболат Шукенов (AMANAT) — 4 118\n"
    "• Айжан Сарина (самовыдвижение) — 702\n"
)


@pytest.mark.parametrize("cell", ["меньше всех", "наименьшее число голосов, цифра не названа"])
def test_a_loser_row_with_its_nominator_in_brackets_leaves_the_plurality_readable(
    cell: str,
) -> None:
    doc = run(_BULLETS.format(cell=cell))
    karatobe = next(c for c in doc.contests if c.place_id == "KZ-27/karatobe")
    got = {x.name: (fact(x.votes), x.elected) for x in karatobe.candidates}
    assert got == {
        "Аскар Нуржанов": (3905, True),
        "Бауыржан Омаров": (611, False),
        "Даурен Ким": (None, False),
    }


# the second contest of a roundup, whose first is told in a common wording (a message whose
# only result is one of these wordings is classed by classify.py, another fixer's file)
_RU_FIRST = "В Сырымском районе избран Бауыржан Мухтаров. "
_KK_FIRST = "Сырым ауданының әкімі болып Бауыржан Мұхтаров сайланды. "
_EN_FIRST = "Bauyrzhan Mukhtarov was elected akim of Syrym district. "


@pytest.mark.parametrize(
    ("text", "winner"),
    [
        # SYNTHETIC: "им стала" after the sentence of the vote
        (
            _RU_FIRST + "Жители Жанибекского района тоже выбрали руководителя. Им стала "
            "Гульнара Есенова.",
            "Гульнара Есенова",
        ),
        # SYNTHETIC: the district stays with the acting akim
        (
            _RU_FIRST + "Жанибекский район остаётся за нынешним акимом Сериком Жумабаевым.",
            "Серик Жумабаев",
        ),
        # SYNTHETIC: the voters' trust kept
        (
            _RU_FIRST + "В Жанибекском районе доверие жителей вновь сохранил Ерлан Кабиев.",
            "Ерлан Кабиев",
        ),
        # SYNTHETIC: the mandate of the post won
        (
            _RU_FIRST + "В Кызылобинском сельском округе мандат сельского акима получил "
            "Арман Тулегенов.",
            "Арман Тулегенов",
        ),
        # SYNTHETIC: Kazakh, the election "taken"
        (
            _KK_FIRST + "Жәнібек ауданында сайлауды аудан әкімінің орынбасары Бақыт Жолдасов "
            "жеңіп алды.",
            "Бақыт Жолдасов",
        ),
        (
            _KK_FIRST + "Жәнібек ауданындағы сайлауды Ерлан Қабиев ұтып алды.",
            "Ерлан Қабиев",
        ),
        # SYNTHETIC: the post taken, in each language
        (_RU_FIRST + "В Жанибекском районе пост акима достался Ерлану Кабиеву.", "Ерлан Кабиев"),
        (_RU_FIRST + "В Жанибекском районе кресло главы занял Ерлан Кабиев.", "Ерлан Кабиев"),
        (_RU_FIRST + "В Жанибекском районе акимское кресло сохранил Ерлан Кабиев.", "Ерлан Кабиев"),
        (_RU_FIRST + "Жанибекский район будет возглавлять Ерлан Кабиев.", "Ерлан Кабиев"),
        (_KK_FIRST + "Жәнібек ауданының тізгінін Ерлан Қабиев ұстады.", "Ерлан Қабиев"),
        (_KK_FIRST + "Жәнібек ауданында Ерлан Қабиев әкім лауазымын иеленді.", "Ерлан Қабиев"),
        (
            _EN_FIRST + "In Zhanibek district the post of akim went to Yerlan Kabiyev.",
            "Yerlan Kabiyev",
        ),
        (_EN_FIRST + "Zhanibek district will be led by Yerlan Kabiyev.", "Yerlan Kabiyev"),
        (_EN_FIRST + "Yerlan Kabiyev emerged victorious in Zhanibek district.", "Yerlan Kabiyev"),
        (_EN_FIRST + "Yerlan Kabiyev topped the poll in Zhanibek district.", "Yerlan Kabiyev"),
    ],
)
def test_winner_wordings(text: str, winner: str) -> None:
    doc = run(text)
    assert len(doc.contests) == 2
    last = doc.contests[-1]
    assert [(x.name, x.elected) for x in last.candidates] == [(winner, True)]


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: the last word stays with the voters, no person
        _RU_FIRST + "В Жанибекском районе последнее слово остаётся за избирателями, "
        "напомнил Серик Жумабаев.",
        # SYNTHETIC: a deputy's mandate is no akim's
        _RU_FIRST + "В Кызылобинском сельском округе мандат депутата маслихата получил "
        "Арман Тулегенов.",
        # SYNTHETIC: the post held before the vote, a commission's head, a second place
        _RU_FIRST + "До выборов пост акима Жанибекского района занимал Ерлан Кабиев.",
        _RU_FIRST + "Территориальную комиссию будет возглавлять Ерлан Кабиев, юрист.",
        _EN_FIRST + "The commission will be led by Yerlan Kabiyev.",
        _KK_FIRST + "Жәнібек ауданында Ерлан Қабиев екінші орынды иеленді.",
    ],
)
def test_those_wordings_elect_nobody_without_their_object(text: str) -> None:
    # (a message naming a maslikhat's mandate may be classed another election altogether)
    elected = [name for name, (_, won) in _people(text).items() if won]
    assert len(elected) <= 1
    assert not elected or elected[0].split()[-1] in ("Мухтаров", "Мұхтаров", "Mukhtarov")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # SYNTHETIC: a romanised initial of two letters before the surname
        ("Zh. Omarova to lead Alga town. The akim of Alga town is now Omarova.", "Zh. Omarova"),
        ("Sh. Tulegenov wins in Tamdy, the district commission said.", "Sh. Tulegenov"),
        ("Kh. Seitov was elected akim of Tamdy rural district.", "Kh. Seitov"),
    ],
)
def test_a_two_letter_initial_stays_with_the_name(text: str, name: str) -> None:
    people = _people(text)
    assert list(people) == [name]
    assert people[name][1] is True


# SYNTHETIC: a summary of a region's new rural akims naming the youngest and the oldest
_AGES = (
    "Rural akims of East Kazakhstan start work\n\n"
    "All the village heads elected in the region are now in office; women hold six posts.\n\n"
    "Aset Nurlanov, 27, the pick of the Ayyrtau rural constituency in Ulan district, is the "
    "youngest of the new akims. The oldest is Bolat Seitkali, 63, who now heads the Makanchi "
    "rural constituency in Urdzhar district."
)


def test_the_youngest_and_oldest_akims_of_a_summary_are_winners_of_their_places() -> None:
    doc = run(_AGES)
    assert doc.kind == "results"
    got = {c.place_id: [(x.name, x.elected) for x in c.candidates] for c in doc.contests}
    assert got == {
        "KZ-63/ulan/ayyrtau": [("Aset Nurlanov", True)],
        "KZ-63/urzhar/makanshy": [("Bolat Seitkali", True)],
    }


def test_a_summary_of_ages_without_names_of_places_has_no_contest() -> None:
    # SYNTHETIC: the ages of the new akims, with nobody's place
    text = (
        "The region's new rural akims are on average 44 years old. Aset Nurlanov, a teacher, "
        "is the youngest of the new akims."
    )
    assert not run(text).contests


# SYNTHETIC: a commission's notice in labelled lines about a town the gazetteer lacks
_NOTICE = (
    "Мугалжарская районная территориальная избирательная комиссия\n\n"
    "СООБЩЕНИЕ\nоб итогах выборов акима посёлка Жемтау\n\n"
    "Избирательный округ: посёлок Жемтау Мугалжарского района Актюбинской области\n"
    "Внесено в списки избирателей: 4 310\n"
    "Приняли участие в голосовании: 1 875\n\n"
    "По итогам голосования акимом посёлка Жемтау избран Оразов Бекзат, {job}."
)


@pytest.mark.parametrize(
    "job", ["главный специалист районного акимата", "советник партии «Аманат»"]
)
def test_an_unknown_town_printed_with_its_district_is_its_own_contest(job: str) -> None:
    doc = run(_NOTICE.format(job=job))
    assert [c.place_id for c in doc.contests] == [None]
    (contest,) = doc.contests
    assert (fact(contest.registered_voters), fact(contest.ballots_cast)) == (4310, 1875)
    assert [(x.name, x.elected, x.nominator) for x in contest.candidates] == [
        ("Оразов Бекзат", True, None)
    ]


def test_a_title_before_the_verb_still_makes_an_official() -> None:
    # SYNTHETIC: the commission's new chairman (a title after the name too), then the result
    text = (
        "Выборы акима Сырымского района. Председателем районной комиссии избран Ерлан "
        "Сагатов, секретарь маслихата. Акимом района избран Серик Жумабаев, за него "
        "проголосовали 6 011 избирателей."
    )
    people = _people(text)
    assert list(people) == ["Серик Жумабаев"]


def test_a_profile_heading_run_into_its_page_still_names_the_person_elected() -> None:
    # SYNTHETIC: a profile page scraped without its line breaks (the title, the heading
    # "office – name." and the sentence of the election without its subject)
    text = (
        "Сырым ауданының әкімі Сырым ауданының әкімі – Жолдасов Бақыт Серікұлы. 2024 жылғы "
        "10 наурызда өткен сайлауда аудан әкімі болып сайланды. Қызметке 14 наурызда кірісті."
    )
    contest = only(text)
    assert contest.place_id == "KZ-27/syrym"
    assert [(x.name, x.elected) for x in contest.candidates] == [("Жолдасов Бақыт Серікұлы", True)]


def test_a_winner_between_a_caption_and_a_byline_is_read_and_the_furniture_is_not() -> None:
    # SYNTHETIC: a headline, a bracketed photo caption, the result told with "им стала",
    # then the desk's byline and tags
    text = (
        "На посту акима Приозерска — Гульнара Есенова\n\n"
        "[Фото: площадь перед акиматом. Архив редакции]\n\n"
        "Горожане Приозерска выбрали нового акима. Им стала Гульнара Есенова.\n\n"
        "В списки внесли 9 870 человек, проголосовали 5 102.\n\n"
        "Служба новостей\n#Приозерск #выборы"
    )
    contest = only(text)
    assert contest.place_id == "KZ-35/priozersk"
    assert (fact(contest.registered_voters), fact(contest.ballots_cast)) == (9870, 5102)
    assert [(x.name, x.elected) for x in contest.candidates] == [("Гульнара Есенова", True)]


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: bulleted rows, a title in lower case between "за" and the name
        "В Жанибекском районе избран Ерлан Кабиев.\n\nИтоги:\n• 5 400 — внесены в списки;\n"
        "• 3 980 — проголосовали;\n• 3 001 — за Ерлана Кабиева (AMANAT);\n"
        "• 702 — за самовыдвиженца Бауыржана Омарова;\n• 120 — против всех.",
        # SYNTHETIC: the rows run on after a colon
        "В Жанибекском районе избран Ерлан Кабиев. Проголосовали 3 980 человек: 3 001 — за "
        "Ерлана Кабиева; 702 — у самовыдвиженца Бауыржана Омарова; 120 — против всех.",
    ],
)
def test_rows_printing_counts_first_after_bullets_or_a_colon(text: str) -> None:
    contest = only(text)
    assert fact(contest.against_all) == 120
    got = {x.name: (fact(x.votes), x.elected) for x in contest.candidates}
    assert got == {"Ерлан Кабиев": (3001, True), "Бауыржан Омаров": (702, False)}


def test_rows_of_counts_first_outside_a_sheet_of_the_vote_are_no_votes() -> None:
    # SYNTHETIC: years of service printed in the same shape
    text = (
        "В Жанибекском районе избран Ерлан Кабиев. Стаж работы: 12 — у Ерлана Кабиева, "
        "8 — у Бауыржана Омарова."
    )
    contest = only(text)
    assert [(x.name, fact(x.votes)) for x in contest.candidates] == [("Ерлан Кабиев", None)]
