"""Residual classes left by the rounds on real published excerpts (issue 9, branch
i9-fixr), each read as a class. SYNTHETIC: every sentence, name and figure below was
written for the test; none is copied from a published text."""

from __future__ import annotations

import pytest
from extract_text import run

from kzvotes.extract import ExtractedDocument
from kzvotes.extract.classify import classify_text
from kzvotes.extract.numbers import find_numbers


def people_of(doc: ExtractedDocument) -> list[list[tuple[str, int | None]]]:
    return [
        [(c.name, c.votes.value if c.votes else None) for c in contest.candidates]
        for contest in doc.contests
    ]


# -- two people of one surname in two contests stay two people -------------------------------


def test_one_surname_with_two_given_names_is_two_people() -> None:
    # SYNTHETIC: a woman and a man of one family name, in two contests of one message
    doc = run(
        "В Кокпектинском районе акимом Самарского сельского округа избрана Алия Жумабаева, "
        "она набрала 812 голосов. В Шиелийском районе акимом Байтерекского сельского округа "
        "избран Нурлан Жумабаев, за него отдали 640 голосов."
    )
    assert sorted(people_of(doc)) == [[("Алия Жумабаева", 812)], [("Нурлан Жумабаев", 640)]]


def test_one_surname_in_two_contests_keeps_both_winners() -> None:
    # SYNTHETIC
    doc = run(
        "В Кокпектинском районе акимом Самарского сельского округа избран Серик Ахметов "
        "(1 200 голосов). Мансур Ахметов набрал 300 голосов в Шиелийском районе, где акимом "
        "Байтерекского сельского округа избран Ержан Садыков."
    )
    names = [name for contest in people_of(doc) for name, _ in contest]
    assert "Серик Ахметов" in names and "Мансур Ахметов" in names


# -- a breakdown of shares parted by semicolons ----------------------------------------------


def test_breakdown_parted_by_semicolons_gives_each_place_its_turnout() -> None:
    # SYNTHETIC: a decimal comma in each figure, so the list is parted by semicolons
    doc = run(
        "5 ноября 2023 года прошли выборы акимов Сырымского, Таскалинского и Бурлинского "
        "районов. Явка составила 56,0 процента (54,6; 57,2 и 58,1 процента). В Сырымском "
        "районе победил Ерлан Сапаров, набравший 4 210 голосов. В Таскалинском районе "
        "победила Алия Жумабаева — 5 120 голосов. В Бурлинском районе победил Марат Есенов — "
        "3 900 голосов."
    )
    got = {c.place_id: getattr(c.turnout_pct, "value", None) for c in doc.contests}
    assert (got["KZ-27/syrym"], got["KZ-27/taskala"], got["KZ-27/burli"]) == (54.6, 57.2, 58.1)


def test_first_share_of_a_semicolon_list_is_a_share() -> None:
    found = find_numbers("явка составила 56,0% (54,6; 57,2 и 58,1 процента)")
    assert [(n.value, n.percent, n.approximate) for n in found][1] == (54.6, True, False)


# -- a profile page: the akim of a place in a heading, then "was elected" with no subject ----


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # SYNTHETIC: the heading names the office and the person, the body elects nobody named
        (
            "Аким Байтерекского сельского округа Шиелийского района – Жусупов Ерлан Серикович"
            "\n\nРодился в 1978 году. Избран акимом сельского округа 5 ноября 2023 года.",
            "Жусупов Ерлан Серикович",
        ),
        (
            "Шиелі ауданы Бәйтерек ауылдық округінің әкімі – Жүсіпов Ерлан Серікұлы\n\n1978 "
            "жылы туған. 2023 жылғы 5 қарашада ауылдық округ әкімі болып сайланды.",
            "Жүсіпов Ерлан Серікұлы",
        ),
        (
            "Shıeli aýdany Báıterek aýyldyq okrýginiń ákimi – Erlan Júsipov\n\n1978 jyly "
            "týǵan. 2023 jylǵy 5 qarashada aýyldyq okrýg ákimi bolyp saılandy.",
            "Erlan Júsipov",
        ),
        (
            "Akim of Baiterek rural district of Shieli district – Yerlan Zhusupov\n\nBorn in "
            "1978. Was elected akim of the rural district on November 5, 2023.",
            "Yerlan Zhusupov",
        ),
    ],
)
def test_profile_heading_person_is_the_one_elected(text: str, name: str) -> None:
    doc = run(text)
    assert [(c.place_id, [(p.name, p.elected) for p in c.candidates]) for c in doc.contests] == [
        ("KZ-43/shieli/baiterek", [(name, True)])
    ]


def test_profile_heading_elects_no_one_in_another_place() -> None:
    # SYNTHETIC: the sentence elects someone unnamed in another district
    doc = run(
        "Аким Байтерекского сельского округа Шиелийского района – Жусупов Ерлан Серикович"
        "\n\nВ Сырымском районе избран новый аким 5 ноября 2023 года."
    )
    assert not any(c.candidates for c in doc.contests)


# -- "the first of them": the first of a named pair ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: the winner's words nearest the second name, the ordinal naming the first
        "5 ноября 2023 года в Сырымском районе выбирали акима. Ерлан Сапаров и Нурлан "
        "Жумабаев боролись до конца, победу одержал первый из них.",
        "On November 5, 2023 Syrym district elected its akim. Yerlan Saparov and Nurlan "
        "Zhumabayev were the two candidates; the first of them won.",
        "2023 жылғы 5 қарашада Сырым ауданында әкім сайланды. Ерлан Сапаров пен Нұрлан "
        "Жұмабаев бақ сынады, олардың біріншісі жеңіске жетті.",
    ],
)
def test_the_first_of_a_named_pair_won(text: str) -> None:
    (contest,) = run(text).contests
    assert [c.elected for c in contest.candidates] == [True, False]


def test_the_second_of_a_named_pair_won() -> None:
    # SYNTHETIC
    (contest,) = run(
        "On November 5, 2023 Syrym district elected its akim. Yerlan Saparov and Nurlan "
        "Zhumabayev were the two candidates; the second of them won."
    ).contests
    assert [c.elected for c in contest.candidates] == [False, True]


# -- an oblique name with no governing word, read by the person's other printings -------------


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: "Асию Сапарову" alone could be a man's dative; the nominative says not
        "5 ноября 2023 года в Сырымском районе выбирали акима. Асию Сапарову поддержали 4 210 "
        "избирателей. Нурлан Жумабаев набрал 1 100 голосов. Асия Сапарова избрана акимом.",
        "5 ноября 2023 года в Сырымском районе выбирали акима. Асию Сапарову поддержали 4 210 "
        "избирателей, Нурлан Жумабаев набрал 1 100 голосов. Асия Сапарова родилась в 1980 году.",
    ],
)
def test_oblique_name_read_by_its_nominative_printing(text: str) -> None:
    assert next(n for contest in people_of(run(text)) for n, _ in contest) == "Асия Сапарова"


# -- kinds: an explainer of the law, electors met in a campaign, a visit's purpose -----------


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: how every election is called, under an article of the law; no day named
        "Согласно статье 113-1 Конституционного закона выборы акима назначаются за 40 дней "
        "до окончания срока его полномочий и пройдут не позднее чем за 10 дней до него.",
        "Konstıtýtsııalyq zańnyń 113-1-babyna sáıkes saılaý ákimniń ókilettik merzimi "
        "aıaqtalǵanda taǵaıyndalady. Kandıdattardy usyný saılaý kúninen 15 kún buryn aıaqtalady.",
    ],
)
def test_law_explainer_is_other(text: str) -> None:
    assert classify_text(text) == "other"


def test_law_article_with_the_day_of_a_vote_is_an_announcement() -> None:
    # SYNTHETIC: the same article, with the day of the vote called
    text = (
        "Согласно статье 113-1 Конституционного закона выборы акима Сырымского района "
        "назначены на 5 ноября 2023 года."
    )
    assert classify_text(text) == "announcement"


def test_electors_met_in_a_campaign_call_no_indirect_election() -> None:
    # SYNTHETIC: candidates registered may now meet the electors
    text = (
        "В районе завершилась регистрация кандидатов в акимы сельских округов. Теперь "
        "зарегистрированные кандидаты могут проводить встречи с выборщиками."
    )
    assert classify_text(text) == "announcement"
    # electors who choose the akim are still an indirect election
    assert classify_text("Акима сельского округа избрали выборщики: 25 голосов из 30.") == "other"


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: the vote to come is only the purpose of a trip
        "The chairman of the commission visited the Abai region to prepare the elections of "
        "district akims scheduled for 5 November 2023. He met students and village akims.",
        "Председатель комиссии посетил Абайскую область, чтобы проверить подготовку к "
        "выборам, назначенным на 5 ноября. Он встретился со студентами.",
    ],
)
def test_visit_story_is_no_announcement(text: str) -> None:
    assert classify_text(text) == "other"


def test_visit_with_an_announcement_of_its_own_is_an_announcement() -> None:
    # SYNTHETIC: a sentence calling the vote outside the visit's
    text = (
        "The chairman of the commission visited the Abai region. The election of the akim of "
        "Semey is scheduled for 5 November 2023."
    )
    assert classify_text(text) == "announcement"


# -- "the majority of voters voted for X": the winner -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: no count, the majority's choice named
        "5 ноября 2023 года в Сырымском районе прошли выборы акима района. Большинство "
        "избирателей отдали голоса за Ерлана Сапарова.",
        "On November 5, 2023 Syrym district held the election of its akim. The majority of "
        "voters cast their ballots for Yerlan Saparov.",
        "2023 жылғы 5 қарашада Сырым ауданында әкім сайлауы өтті. Сайлаушылардың басым бөлігі "
        "Ерлан Сапаровқа дауыс берді.",
    ],
)
def test_the_majoritys_choice_won(text: str) -> None:
    doc = run(text)
    assert [(c.place_id, [p.elected for p in c.candidates]) for c in doc.contests] == [
        ("KZ-27/syrym", [True])
    ]
