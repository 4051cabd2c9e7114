"""Rules asked for by the fix17 probe: "today" / "yesterday" under a printed dateline dates the
vote; the right to vote used is the ballots cast; a share heading its row is the share of the
name after it; the kind of a message read from its class (a headline calling a vote, another
election called, villagers voting, polls just closed, candidates' papers filed). Every text
here is SYNTHETIC, composed for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from extract_text import fact, only, run

# SYNTHETIC: a headline, a dated line, then the result told with a relative day
_RU = (
    "Новый аким у Кенесского округа\n\n{line}\n\n{day} жители Кенесского сельского округа "
    "Аккольского района избрали акима. Акимом избран Айдос Серикбаев, за него проголосовали "
    "812 избирателей. Марат Оралов набрал 140 голосов."
)
_KK = (
    "Кенес ауылдық округінің жаңа әкімі\n\n{line}\n\n{day} Ақкөл ауданы Кенес ауылдық округінде "
    "әкім сайлауы өтті. Айдос Серікбаев 812 дауыс жинап, әкім болып сайланды. Марат Оралов 140 "
    "дауыс алды."
)
_KK_LATN = (
    "Kenes aýyldyq okrýginiń jańa ákimi\n\n{line}\n\n{day} Aqkól aýdany Kenes aýyldyq okrýginde "
    "ákim saılaýy ótti. Aıdos Serikbaev 812 daýys jınap, ákim bolyp saılandy. Marat Oralov 140 "
    "daýys aldy."
)
_KK_PLAIN = (
    "Kenes auyldyq okruginin zhana akimi\n\n{line}\n\n{day} Aqkol audany Kenes auyldyq okruginde "
    "akim sailauy otti. Aidos Serikbaev 812 dauys jinap, akim bolyp sailandy. Marat Oralov 140 "
    "dauys aldy."
)
_EN = (
    "Kenes rural district has a new akim\n\n{line}\n\n{day} residents of Kenes rural district "
    "of Akkol district elected their akim. Aidos Serikbayev won with 812 votes; Marat Oralov "
    "received 140 votes."
)


@pytest.mark.parametrize(
    ("text", "line", "day", "expected", "rule"),
    [
        (_RU, "20.08.2024 10:15", "Сегодня", date(2024, 8, 20), "today-under-the-dateline"),
        (_RU, "20 августа 2024 года", "Вчера", date(2024, 8, 19), "yesterday-before-the-dateline"),
        (_KK, "20 тамыз 2024", "Бүгін", date(2024, 8, 20), "today-under-the-dateline"),
        (_KK, "20.08.2024", "Кеше", date(2024, 8, 19), "yesterday-before-the-dateline"),
        (_KK_LATN, "20.08.2024 10:15", "Búgin", date(2024, 8, 20), "today-under-the-dateline"),
        (_KK_LATN, "20.08.2024", "Keshe", date(2024, 8, 19), "yesterday-before-the-dateline"),
        (_KK_PLAIN, "20.08.2024", "Bugin", date(2024, 8, 20), "today-under-the-dateline"),
        (_EN, "20 August 2024", "Today", date(2024, 8, 20), "today-under-the-dateline"),
        (_EN, "August 20, 2024", "Yesterday", date(2024, 8, 19), "yesterday-before-the-dateline"),
    ],
)
def test_a_relative_day_under_a_dateline_dates_the_vote(
    text: str, line: str, day: str, expected: date, rule: str
) -> None:
    contest = only(text.format(line=line, day=day))
    assert contest.election_date == expected
    assert contest.election_date_rule == rule


@pytest.mark.parametrize(
    ("text", "day"), [(_RU, "Сегодня"), (_KK, "Бүгін"), (_KK_LATN, "Búgin"), (_EN, "Today")]
)
def test_a_relative_day_without_a_dateline_leaves_the_date_empty(text: str, day: str) -> None:
    undated = text.format(line="", day=day).replace("\n\n\n\n", "\n\n")
    contest = only(undated)
    assert contest.election_date is None
    assert (contest.election_date_rule or "").startswith("empty")


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: the result announced today of a vote held before: today is no vote day
        "Итоги выборов акима\n\n20.08.2024\n\nИтоги выборов акима Кенесского сельского округа "
        "сегодня объявила районная избирательная комиссия. Акимом избран Айдос Серикбаев, за "
        "него проголосовали 812 избирателей.",
        "Сайлау қорытындысы\n\n20.08.2024\n\nКенес ауылдық округіндегі сайлау нәтижесін бүгін "
        "аудандық сайлау комиссиясы жариялады. Айдос Серікбаев 812 дауыс жинап, әкім болып "
        "сайланды.",
        "Новый аким\n\n20.08.2024\n\nСегодня стали известны итоги выборов акима Кенесского "
        "сельского округа. Акимом избран Айдос Серикбаев, за него проголосовали 812 избирателей.",
        # the day the winner took office, not the day of the vote
        "Новый аким\n\n20.08.2024\n\nСегодня избранный аким Кенесского сельского округа Айдос "
        "Серикбаев вступил в должность. На выборах за него проголосовали 812 избирателей.",
        "Жаңа әкім\n\n20.08.2024\n\nБүгін Кенес ауылдық округінің жаңа әкімі Айдос Серікбаев "
        "қызметіне кірісті. Сайлауда ол 812 дауыс жинап, әкім болып сайланды.",
    ],
)
def test_a_result_announced_today_is_not_dated_today(text: str) -> None:
    contest = only(text)
    assert contest.election_date != date(2024, 8, 20)


def test_a_date_of_another_event_never_dates_the_vote_under_a_dateline() -> None:
    # SYNTHETIC: the President's address dated in the sentence of the vote
    text = (
        "Новый аким\n\n20.08.2024\n\nСегодня, через год после Послания от 1 сентября 2023 "
        "года, жители Кенесского сельского округа впервые избрали акима. Акимом избран Айдос "
        "Серикбаев, за него проголосовали 812 избирателей."
    )
    assert only(text).election_date == date(2024, 8, 20)


# SYNTHETIC: a contest with its voters, then the sentence of ballots cast
_BALLOTS = {
    "ru": (
        "В Кенесском сельском округе Аккольского района прошли выборы акима. В списки внесены "
        "1 540 избирателей. {s} Акимом избран Айдос Серикбаев, за него проголосовали 812 "
        "избирателей. Марат Оралов набрал 140 голосов."
    ),
    "kk": (
        "Ақкөл ауданы Кенес ауылдық округінде әкім сайлауы өтті. Тізімге 1 540 сайлаушы "
        "енгізілген. {s} Айдос Серікбаев 812 дауыс жинап, әкім болып сайланды. Марат Оралов "
        "140 дауыс алды."
    ),
    "kk-Latn": (
        "Aqkól aýdany Kenes aýyldyq okrýginde ákim saılaýy ótti. Tizimge 1 540 saılaýshy "
        "engizilgen. {s} Aıdos Serikbaev 812 daýys jınap, ákim bolyp saılandy. Marat Oralov 140 "
        "daýys aldy."
    ),
    "en": (
        "An akim election was held in Kenes rural district of Akkol district, where 1,540 voters "
        "are on the rolls. {s} Aidos Serikbayev won with 812 votes. Marat Oralov received 140 votes."
    ),
}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ru", "Своим правом голоса воспользовались 1 102 избирателя."),
        ("ru", "1 102 жителя округа воспользовались правом голоса."),
        ("ru", "Право голоса реализовали 1 102 человека."),
        ("ru", "Участие в голосовании приняли 1 102 избирателя."),
        ("kk", "1 102 сайлаушы дауыс беру құқығын жүзеге асырды."),
        ("kk", "Олардың 1 102-сі сайлау құқығын пайдаланды."),
        ("kk-Latn", "1 102 saılaýshy daýys berý quqyǵyn júzege asyrdy."),
        ("en", "Of them, 1,102 used their right to vote."),
        ("en", "That day 1,102 residents exercised their voting rights."),
        ("en", "In the end 1,102 voters cast their votes."),
    ],
)
def test_the_right_to_vote_used_is_the_ballots_cast(language: str, sentence: str) -> None:
    contest = only(_BALLOTS[language].format(s=sentence))
    assert fact(contest.ballots_cast) == 1102
    assert fact(contest.registered_voters) == 1540


def test_the_right_to_vote_held_stays_the_voters_on_the_list() -> None:
    # SYNTHETIC: the right held (not used) counts the voters
    text = (
        "В Кенесском сельском округе Аккольского района прошли выборы акима. Право голоса "
        "имеют 1 540 жителей округа. Акимом избран Айдос Серикбаев, за него проголосовали 812 "
        "избирателей."
    )
    contest = only(text)
    assert fact(contest.registered_voters) == 1540
    assert contest.ballots_cast is None


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        # SYNTHETIC: rows of a share, a dash and the name, one a line or run together
        (
            "Итоги выборов акима Кенесского сельского округа\n\nАкимом избран Айдос Серикбаев.\n\n"
            "61,7% — Серикбаев Айдос Маратович\n33,9% — Оралов Марат Ерланович\nПротив всех — 4,4%",
            {"Айдос Серикбаев": 61.7, "Оралов Марат Ерланович": 33.9},
        ),
        (
            "В Кенесском сельском округе избран аким. Голоса распределились так:\n"
            "• 61,7% – Айдос Серикбаев (избран);\n• 33,9% – Марат Оралов.",
            {"Айдос Серикбаев": 61.7, "Марат Оралов": 33.9},
        ),
        (
            "Кенес ауылдық округінде әкім сайлауы өтті. Айдос Серікбаев әкім болып сайланды.\n\n"
            "61,7% – Айдос Серікбаев\n33,9% – Марат Оралов",
            {"Айдос Серікбаев": 61.7, "Марат Оралов": 33.9},
        ),
        (
            "Kenes aýyldyq okrýginde ákim saılaýy ótti. Aıdos Serikbaev ákim bolyp saılandy.\n\n"
            "1. 61,7% – Aıdos Serikbaev\n2. 33,9% – Marat Oralov",
            {"Aıdos Serikbaev": 61.7, "Marat Oralov": 33.9},
        ),
        (
            "Kenes rural district: Aidos Serikbayev was elected akim. 61.7% – Serikbayev "
            "33.9% – Oralov",
            {"Aidos Serikbayev": 61.7, "Oralov": 33.9},
        ),
    ],
)
def test_a_share_heading_its_row_is_the_share_of_the_name_after_it(
    text: str, shares: dict[str, float]
) -> None:
    contest = only(text)
    got = {x.name: fact(x.vote_share_pct) for x in contest.candidates}
    assert got == shares
    rules = [x.vote_share_pct.rule for x in contest.candidates if x.vote_share_pct]
    assert "share-before-name-in-row" in rules


@pytest.mark.parametrize(
    ("text", "against"),
    [
        # SYNTHETIC: the last row, a share heading the votes against all
        (
            "Kenes rural district: Aidos Serikbayev was elected akim.\n\n62% – Serikbayev\n"
            "31% – Oralov\n7% – against all",
            7.0,
        ),
        (
            "Кенес ауылдық округінде әкім сайлауы өтті. Айдос Серікбаев әкім болып сайланды.\n\n"
            "61,7% – Айдос Серікбаев\n33,9% – Марат Оралов\n4,4% – барлығына қарсы",
            4.4,
        ),
    ],
)
def test_a_share_heading_the_row_against_all_is_its_share(text: str, against: float) -> None:
    contest = only(text)
    assert fact(contest.against_all_pct) == against
    assert against not in [fact(x.vote_share_pct) for x in contest.candidates]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # SYNTHETIC: a headline calling a vote over a body recalling votes held
        (
            "Nine village akims to be elected on Sept. 8\n\nASTANA – Nine village akims will be "
            "chosen in two regions next month, the commission said.\n\nLast Sunday voters in four "
            "regions elected 12 rural akims; 60% of them were put forward by parties.",
            "announcement",
        ),
        (
            "Акимов пяти сел изберут 8 сентября\n\nВ области прошли выборы акимов трех сельских "
            "округов, в голосовании приняли участие 4 120 избирателей.\n\nЕще пять сельских "
            "акимов будут избраны 8 сентября.",
            "announcement",
        ),
        # a headline telling votes held, whose body calls further votes: a summary
        (
            "Twelve rural akims elected in four regions\n\nASTANA – Voters in four regions elected "
            "12 rural akims on Sunday, the commission said.\n\nNine more village akims will be "
            "elected on Sept. 8.",
            "other",
        ),
        (
            "Облыста үш ауылдың әкімі сайланды\n\nСайлау үш ауылдық округте өтті, дауыс беруге "
            "4 120 сайлаушы қатысты.\n\n«8 қыркүйекте тағы бес ауылдық округтің әкімдері "
            "сайланады», – деді комиссия мүшесі.",
            "other",
        ),
        # another election called (a maslikhat by-election), no result: an announcement
        (
            "Қостанай аудандық мәслихатына қосымша сайлау өтеді\n\n8 қыркүйекте Қостанай "
            "аудандық мәслихатына №5 округ бойынша қосымша сайлау өтеді.",
            "announcement",
        ),
        (
            "By-election to Kostanay district maslikhat set for Sept. 8\n\nA by-election to the "
            "Kostanay district maslikhat will be held on September 8 in constituency No. 5.",
            "announcement",
        ),
        (
            "Qostanaı aýdandyq máslıhatyna qosymsha saılaý ótedi\n\n8 qyrkúıekte Qostanaı "
            "aýdandyq máslıhatyna №5 okrýg boıynsha qosymsha saılaý ótedi.",
            "announcement",
        ),
        # villagers named with their villages, voting now
        (
            "Сельчане выбирают главу округа\n\nС восьми утра жители аулов Акмешит, Каратобе и "
            "Сарыбулак голосуют на выборах акима Акмешитского сельского округа. Зарегистрированы "
            "два кандидата.\n\nИзбирательные участки открыты до 20:00.",
            "voting_day",
        ),
        # polls just closed, counting begun, no result yet
        (
            "Polls close in Aksu district vote\n\nAKSU – Residents of Aksu district chose their "
            "akim on Sunday. Polling stations stayed open until 8 p.m.; commissions started "
            "counting the votes as soon as voting was over.",
            "voting_day",
        ),
        # candidates' papers filed, a vote to come
        (
            "Ақсу ауданы әкімі сайлауына 6 үміткер құжат тапсырды\n\nАқсу ауданының тұрғындары "
            "8 қыркүйекте аудан әкімін сайлайды.",
            "announcement",
        ),
        (
            "Aqsý aýdany ákimi saılaýyna 6 úmitker qujat tapsyrdy\n\nAqsý aýdanynyń turǵyndary 8 "
            "qyrkúıekte aýdan ákimin saılaıdy.",
            "announcement",
        ),
        (
            "Шесть претендентов подали документы на выборы акима района\n\nЖители района "
            "изберут акима 8 сентября.",
            "announcement",
        ),
        (
            "Six hopefuls file papers for Aksu district akim race\n\nSix people have submitted "
            "their documents to run for akim; residents will elect the akim on September 8.",
            "announcement",
        ),
    ],
)
def test_the_kind_is_read_from_the_class_of_the_message(text: str, kind: str) -> None:
    doc = run(text)
    assert doc.kind == kind, doc.kind_rule
    assert doc.contests == ()


def test_a_maslikhat_by_election_with_its_result_stays_other() -> None:
    # SYNTHETIC: the by-election held, its winner named
    doc = run(
        "Довыборы в маслихат\n\nНа довыборах в районный маслихат по округу №5 победил Ерлан "
        "Сапаров, набравший 61% голосов."
    )
    assert doc.kind == "other"
