"""Rules for wordings of real messages that the tuning sets first lacked (corpus_real_blind3,
corpus_real4): each a general rule of a language table or a pass, tested on sentences
composed for the test with real figures, in wordings of their own."""

from __future__ import annotations

import pytest
from extract_text import only, run

from kzvotes.extract import ExtractedContest
from kzvotes.extract.classify import classify_text
from kzvotes.extract.names import find_names


def people(contest: ExtractedContest) -> dict[str, tuple[object, ...]]:
    return {
        c.name: (
            c.votes.value if c.votes else None,
            c.vote_share_pct.value if c.vote_share_pct else None,
            c.nominator,
            c.elected,
        )
        for c in contest.candidates
    }


# -- result verbs -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Жители Талгара избрали главой города Арыстанбека Абилхаирулы.",
        "Кенесский сельский округ возглавит Аждар Жусупов.",
        "Voters in Talgar elected Arystanbek Abilkhairuly as the town's akim.",
        "Zhanar Ualinova has become akim of Tort-Kuduk rural district.",
        "Бөкейхан ауылдық округінің жаңа әкімі – Амангелді Ғалиханов.",
        "Jambylda Ǵalym Nurlan 600 daýys jınap ákim bolyp saılandy.",
        "Nurlybek Saiymov took the post of Toretam village akim after Sunday's vote.",
        "Toretam's new akim is Nurlybek Saiymov.",
        "Төретам кентіндегі сайлауда Нұрлыбек Сайымов басым түсті.",
        "Tóretam kentiniń ákimi bolyp Nurlybek Saıymov tańdaldy.",
        "В Торетаме верх одержал Нурлыбек Саиымов.",
        "Elected: Mereke Mukhamediyarov in Esil district, Yelena Stepanenko in Mamlyut.",
        "Аким области поздравил Аждара Жусупова с избранием акимом Кенесского округа.",
        "The regional akim congratulated Azhdar Zhusupov on his election as akim of Kenes.",
    ],
)
def test_an_uncommon_result_verb_is_a_result(text: str) -> None:
    assert classify_text(text) == "results"


def test_a_grouped_vote_count_before_the_akim_word_is_no_tally_of_akims() -> None:
    text = "19 қазанда Төретам кентінде Нұрлыбек Сайымов 2 100 дауыспен әкім болып сайланды."
    assert classify_text(text) == "results"


def test_a_day_of_a_month_is_no_tally_of_akims() -> None:
    text = "Arystanbek Abilkhairuly won the December 15 election for akim of Talgar town."
    assert classify_text(text) == "results"


def test_akims_of_a_number_of_districts_elected_is_a_summary() -> None:
    text = "ЦИК: акимы 42 районов и трёх городов избраны. Явка составила 62,79%."
    assert classify_text(text) != "results"


# -- nominators --------------------------------------------------------------------------


def test_self_nomination_worded_as_running_on_ones_own() -> None:
    contest = only(
        "В Бокейординском районе победил Нурлыбек Даумов – 4 660 голосов. Нарынбеку Керешу, "
        "шедшему самостоятельно, досталось 426 голосов."
    )
    assert people(contest)["Нарынбек Кереш"] == (426, None, "self", False)


def test_a_nomination_told_before_the_result_waits_for_it() -> None:
    contest = only(
        "Выборы акима Кызылобинского сельского округа прошли 24 ноября 2024 года. Темиржан "
        "Сериков, выдвинувший себя сам, соревновался с прежним акимом. Победа осталась за "
        "Сериковым."
    )
    assert people(contest)["Темиржан Сериков"] == (None, None, "self", True)


def test_both_were_self_nominated_is_both() -> None:
    contest = only(
        "Zhanar Ualinova has become akim of Tort-Kuduk rural district with 136 votes. Her "
        "rival Aldan Kabdilzhanov received 20; both were self-nominated."
    )
    assert {c.nominator for c in contest.candidates} == {"self"}


def test_a_described_winner_takes_the_nomination_of_the_sentence() -> None:
    contest = only(
        "В воскресенье выборы акима Кызылобинского сельского округа выиграл Темиржан "
        "Сериков. 49-летний бывший директор школы шёл на выборы самостоятельно и опередил "
        "бывшего акима округа."
    )
    assert people(contest)["Темиржан Сериков"][2] == "self"


# -- shares and counts -------------------------------------------------------------------


def test_a_share_after_an_aside_is_the_named_persons() -> None:
    contest = only(
        "Жители Талгара избрали главой города Арыстанбека Абилхаирулы (70,5%). Третье место – "
        "у самовыдвиженца Алибека Рамаазанова, заместителя акима сельского округа (8,9%)."
    )
    assert people(contest)["Алибек Рамаазанов"][1] == 8.9


def test_won_with_a_share_after_an_aside_and_the_largest_share_wins() -> None:
    contest = only(
        "Arystanbek Abilkhairuly, who heads the Talgar Turgyn Uy company, won the December 15 "
        "election for akim of Talgar town with 70.5%. Zhanibek Kadenov of the People's Party "
        "won 14.6%, and Alibek Ramaazanov, a deputy rural akim, 8.9%."
    )
    assert contest.place_id == "KZ-19/talgar/talgar"
    got = people(contest)
    assert set(got) == {"Arystanbek Abilkhairuly", "Zhanibek Kadenov", "Alibek Ramaazanov"}
    assert got["Arystanbek Abilkhairuly"][1:] == (70.5, None, True)
    assert got["Zhanibek Kadenov"][3] is False
    assert got["Alibek Ramaazanov"][1] == 8.9


@pytest.mark.parametrize(
    "text",
    [
        "In Esil district, Mereke Mukhamediyarov won with 8,419 votes against 1,630 for "
        "Serik Shaimergenov.",
        "В Есильском районе Мереке Мухамедияров одержал победу: 8 419 голосов против 1 630 у "
        "Серика Шаймергенова.",
    ],
)
def test_the_count_against_the_winners_is_the_rivals(text: str) -> None:
    votes = sorted(c.votes.value for c in only(text).candidates if c.votes)
    assert votes == [1630, 8419]


def test_a_list_of_names_and_counts_after_a_sentence_of_votes() -> None:
    contest = only(
        "В Есильском районе СКО избран Мереке Мухамедияров.\n\nГолоса распределились так. "
        "Есильский район: Мухамедияров – 8 419, Серик Шаймергенов – 1 630."
    )
    assert people(contest)["Серик Шаймергенов"][0] == 1630


# -- voters' list, ballots, turnout, against all -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Акимом Кенесского сельского округа избран Аждар Жусупов. В список избирателей было "
        "внесено 1524 человека, свой голос отдали 768 из них, или 50,4%.",
        "Azhdar Zhusupov was elected akim of Kenes rural district. Of the 1,524 people on the "
        "voter list, 768 received ballots.",
    ],
)
def test_voters_list_and_ballots_in_other_wordings(text: str) -> None:
    contest = only(text)
    assert contest.registered_voters and contest.registered_voters.value == 1524
    assert contest.ballots_cast and contest.ballots_cast.value == 768


def test_part_of_its_registered_voters_took_part() -> None:
    contest = only(
        "The Zhetes Bi rural area of Aral district chose its akim. 284 of its 334 registered "
        "voters took part. Dairabai Zhalgasbayev won with 200 votes."
    )
    assert contest.registered_voters and contest.registered_voters.value == 334
    assert contest.ballots_cast and contest.ballots_cast.value == 284


@pytest.mark.parametrize(
    "text",
    [
        "Новым акимом Торт-Кудукского сельского округа стала Жанар Уалинова, ей отдали "
        "голоса 136 сельчан. Из 386 внесённых в списки избирателей в голосовании "
        "участвовали 64%.",
        "Zhanar Ualinova has become akim of Tort-Kuduk rural district with 136 votes. 64% of "
        "the 386 voters on the list took part.",
    ],
)
def test_a_share_of_the_list_that_took_part_is_the_turnout(text: str) -> None:
    contest = only(text)
    assert contest.turnout_pct and contest.turnout_pct.value == 64.0


def test_ballots_marked_against_all_after_a_dash() -> None:
    contest = only(
        "Новым акимом Торт-Кудукского сельского округа стала Жанар Уалинова, ей отдали "
        "голоса 136 сельчан. Ещё 79 бюллетеней – с отметкой «Против всех»."
    )
    assert contest.against_all and contest.against_all.value == 79


# -- who is a person, which place --------------------------------------------------------


def test_a_company_named_like_a_person_or_a_place_is_neither() -> None:
    names = find_names("Abilkhairuly runs the Talgar Turgyn Uy company.")
    assert all("Turgyn" not in m.printed for m in names)
    contest = only(
        "Жители Талгара избрали главой города Арыстанбека Абилхаирулы. Он руководит "
        "компанией «Талғар тұрғын үй» и шёл на выборы от партии «Аманат»."
    )
    assert contest.place_id == "KZ-19/talgar/talgar"
    assert contest.candidates[0].party_id == "amanat"


@pytest.mark.parametrize("word", ["Aýdanda", "Okrýgte"])
def test_a_units_noun_in_the_locative_is_no_first_name(word: str) -> None:
    names = find_names(f"{word} Amangeldi Ǵalıhanov 391 daýys aldy.")
    assert [m.printed for m in names] == ["Amangeldi Ǵalıhanov"]


def test_a_name_reported_by_said_with_its_winner_verb_is_the_candidate() -> None:
    contest = only(
        "Talgar district election commission said Arystanbek Abilkhairuly was elected akim "
        "of Talgar town."
    )
    assert contest.place_id == "KZ-19/talgar/talgar"
    assert people(contest) == {"Arystanbek Abilkhairuly": (None, None, None, True)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jeńimpaz Mereke Muhamedııarov Esil aýdanynda 8419 daýys jınady.", "Mereke Muhamedııarov"),
        (
            "Победитель Мереке Мухамедияров набрал 8 419 голосов в Есильском районе.",
            "Мереке Мухамедияров",
        ),
        ("Winner Mereke Mukhamediyarov had 8,419 votes in Esil district.", "Mereke Mukhamediyarov"),
        (
            "In Esil district Mereke Mukhamediyarov won with 8,419 votes. Meanwhile Serik "
            "Shaimergenov got 1,630 votes.",
            "Serik Shaimergenov",
        ),
        (
            "Esil aýdanynda ákim bolyp Mereke Muhamedııarov saılandy. Biraq Serik Shaımergenov "
            "1630 daýys aldy.",
            "Serik Shaımergenov",
        ),
    ],
)
def test_a_role_opening_the_sentence_is_no_part_of_the_name(text: str, name: str) -> None:
    assert name in [c.name for c in only(text).candidates]


def test_the_voters_of_a_person_in_the_kazakh_dative_are_a_result() -> None:
    text = (
        "Esil aýdany boıynsha Mereke Muhamedııarovqa 8419 saılaýshy daýys berdi. Serik "
        "Shaımergenovke 1630 saılaýshy daýys berdi."
    )
    assert classify_text(text) == "results"


@pytest.mark.parametrize(
    "text",
    [
        "Акимом Кенесского сельского округа избран Аждар Жусупов, он набрал 500 голосов. "
        "Правом голоса обладали 1 524 жителя, бюллетени выданы 768 избирателям.",
        "Акимом Кенесского сельского округа избран Аждар Жусупов, он набрал 500 голосов. "
        "В голосовании приняли участие 768 из 1 524 избирателей.",
        "Azhdar Zhusupov was elected akim of Kenes rural district with 500 votes. There were "
        "1,524 eligible voters, and 768 ballots were issued.",
    ],
)
def test_ballots_issued_and_part_of_the_list_that_took_part(text: str) -> None:
    contest = only(text)
    assert contest.registered_voters and contest.registered_voters.value == 1524
    assert contest.ballots_cast and contest.ballots_cast.value == 768


@pytest.mark.parametrize(
    "text",
    [
        "По данным ТИК, акимом Кенесского сельского округа стал Аждар Жусупов. Он обошёл "
        "единственного соперника Асхата Мейрамова, получив 500 голосов против 268.",
        "Azhdar Zhusupov became akim of Kenes rural district. He beat his only rival Askhat "
        "Meiramov, gaining 500 votes to 268.",
    ],
)
def test_a_gerunds_count_is_the_subjects_and_the_one_against_it_the_rivals(text: str) -> None:
    votes = {
        c.name.split()[-1][:5]: c.votes.value if c.votes else None for c in only(text).candidates
    }
    assert votes in ({"Жусуп": 500, "Мейра": 268}, {"Zhusu": 500, "Meira": 268})


@pytest.mark.parametrize(
    "text",
    [
        "In Esil district, Mereke Mukhamediyarov defeated Serik Shaimergenov by 8,419 votes "
        "to 1,630.",
        "In Esil district, Mereke Mukhamediyarov beat Serik Shaimergenov 8,419 to 1,630.",
        "В Есильском районе Мереке Мухамедияров победил Серика Шаймергенова со счётом "
        "8 419 : 1 630.",
    ],
)
def test_a_score_after_the_beaten_name_is_winners_then_beatens(text: str) -> None:
    got = sorted((c.votes.value if c.votes else 0, bool(c.elected)) for c in only(text).candidates)
    assert got == [(1630, False), (8419, True)]


def test_congratulating_deputies_on_voting_day_is_no_result() -> None:
    text = (
        "Бүгін Талғарда сайлау өтіп жатыр. Сағат 12:00-ге дейін сайлаушылардың 20 пайызы "
        "дауыс берді. Әкім жаңа сайланған депутаттарды сайлануымен құттықтады."
    )
    assert classify_text(text) != "results"


@pytest.mark.parametrize(
    "text",
    [
        "В Кенесском сельском округе Аждар Жусупов получил поддержку 500 избирателей, Асхат "
        "Мейрамов – 268.",
        "Жители Кенесского сельского округа отдали Аждару Жусупову 500 голосов, Асхату "
        "Мейрамову – 268.",
        "Аждара Жусупова поддержали 500 жителей Кенесского сельского округа, Асхата "
        "Мейрамова – 268.",
        "Kenes rural district residents gave Azhdar Zhusupov 500 votes and Askhat Meiramov 268.",
        "Кенес ауылдық округінің тұрғындары Аждар Жүсіповке 500, Асхат Мейрамовқа 268 дауыс берді.",
    ],
)
def test_counts_with_a_verb_of_support_and_no_winner_verb(text: str) -> None:
    contest = only(text)
    got = sorted((c.votes.value if c.votes else 0, bool(c.elected)) for c in contest.candidates)
    assert got == [(268, False), (500, True)]


@pytest.mark.parametrize(
    ("text", "elected"),
    [
        (
            "Итоги: Есильский район – Мухамедияров (8 419 голосов), Мамлютский район – "
            "Степаненко (6 817), Тимирязевский район – Жаров (3 536).",
            None,
        ),
        (
            "Winners: Esil district – Mereke Mukhamediyarov (8,419 votes); Mamlyut district – "
            "Yelena Stepanenko (6,817); Timiryazev district – Yerlan Zharov (3,536).",
            True,
        ),
    ],
)
def test_a_heading_of_results_over_places_with_names_and_counts(
    text: str, elected: bool | None
) -> None:
    found = run(text)
    assert {
        c.place_id: c.candidates[0].votes.value for c in found.contests if c.candidates[0].votes
    } == {
        "KZ-59/esil": 8419,
        "KZ-59/mamlyut": 6817,
        "KZ-59/timiryazev": 3536,
    }
    assert {c.candidates[0].elected for c in found.contests} == {elected}
