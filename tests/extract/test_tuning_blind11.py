"""Rules for classes of failure first seen on corpus_real_blind11 and on a set of real
excerpts kept outside the repository (tuning sets since their single scored run): each a
general rule of a language table or a pass, tested on SYNTHETIC sentences composed for the
test in wordings of their own (no name, place or figure of those documents)."""

from __future__ import annotations

from extract_text import fact, only

from kzvotes.extract import ExtractedContest


def votes(contest: ExtractedContest) -> dict[str, int | None]:
    return {c.name: fact(c.votes) for c in contest.candidates}


# -- "оның N-сы": a part of the figure before, never a person's count ----------------


def test_of_it_before_a_figure_is_a_part_and_no_count_of_a_person() -> None:
    # SYNTHETIC: the winner named, then the voters and the part of them who voted
    contest = only(
        "Жаңаөзен ауданының жаңа әкімі – Нұрлан Сапаров\n\n"
        "Аудандық сайлау комиссиясы қорытындыны жариялады. Тізімге 7310 адам енгізілген, "
        "оның 4102-сі дауыс берді. Жеңімпаз Нұрлан Сапаровқа 2950 сайлаушы дауыс берген.\n\n"
        "Қалған үміткер: Ержан Мұратов – 880 дауыс."
    )
    assert fact(contest.registered_voters) == 7310
    assert fact(contest.ballots_cast) == 4102
    assert votes(contest)["Нұрлан Сапаров"] == 2950


# -- a box of labelled figures flattened into one line --------------------------------


def test_a_row_of_a_flattened_box_takes_its_own_label_not_the_next_rows() -> None:
    # SYNTHETIC: "label – figure" lines run together; "of them at home" heads the next row
    contest = only(
        "Қарабау ауылдық округі әкімінің сайлауы\n\n"
        "Тізімде – 2 310 сайлаушы\n"
        "Дауыс беруге келгені – 1 204\n"
        "Оның ішінде үй-жайдан тыс – 41\n"
        "«Барлығына қарсы» – 27\n\n"
        "Сайланды: Ерлан Жақсыбеков."
    )
    assert fact(contest.ballots_cast) == 1204
    assert fact(contest.outside_premises) == 41
    assert fact(contest.against_all) == 27


# -- a post in a party, spelled with the double ı of the 2018 alphabet ----------------


def test_a_party_adviser_spelled_partiiasynyn_is_no_nominee() -> None:
    # SYNTHETIC: "the adviser of the party" before the winner's name: membership
    contest = only(
        "Shalqar aýdanynyń ákimi bolyp «Amanat» partııasynyń keńesshisi Erlan Tóleýov "
        "saılandy. Saılaýshylar tizimine 9 120 azamat engizilgen."
    )
    (cand,) = contest.candidates
    assert cand.nominator is None and cand.party_id is None


# -- a later printing that adds only a patronymic does not rename the person ----------


def test_the_first_printing_names_a_person_printed_again_with_a_patronymic() -> None:
    # SYNTHETIC: "Name Surname" in the headline, "Surname Name Patronymic" in the body
    contest = only(
        "Aqsý aýyldyq okrýginiń ákimi bolyp Nurlan Ábenov saılandy\n\n"
        "Aqsý aýyldyq okrýginde ótken saılaýda jeńimpaz Ábenov Nurlan "
        "Serikuly 1210 daýys jınady."
    )
    (cand,) = contest.candidates
    assert cand.name_as_printed == "Nurlan Ábenov"
    assert fact(cand.votes) == 1210


# -- a day a commission set for a vote to come dates no result ------------------------


def test_a_day_set_for_a_coming_vote_does_not_date_an_earlier_result() -> None:
    # SYNTHETIC: the day set for the coming vote, then the last vote's result recalled
    contest = only(
        "Есік қаласының әкімі сайланатын күн белгілі болды.\n\n"
        "Еңбекшіқазақ аудандық сайлау комиссиясы қала әкімін сайлау күні деп "
        "20 желтоқсанды белгілеген. Бұған дейінгі әкім Ерболат Сәрсенов 2022 жылғы шілдеде "
        "өткен сайлауда 52,3 пайыз дауыс жинап, жеңіске жеткен."
    )
    assert fact(contest.election_date) is None


def test_a_day_left_office_dates_no_vote() -> None:
    # SYNTHETIC: the day the former akim was relieved of his post
    contest = only(
        "Есік қаласының әкімі сайланатын күн белгілі болды.\n\n"
        "Есік қаласының бұған дейінгі әкімі Ерболат Сәрсенов 3 қазан күні қызметінен "
        "босатылды. Сәрсенов 2022 жылғы шілдеде өткен сайлауда 52,3 пайыз дауыс жинап, "
        "жеңіске жеткен."
    )
    assert fact(contest.election_date) is None


def test_a_vote_set_for_a_day_and_then_told_keeps_its_day() -> None:
    # SYNTHETIC: the participle "set for" describes the vote whose result follows
    contest = only(
        "До выборов акима Шалкарского района, назначенных на 12 ноября 2023 года, "
        "оставалось меньше месяца. По итогам голосования акимом района избран Ерлан "
        "Тулеуов, набравший 4 120 голосов."
    )
    assert str(fact(contest.election_date)) == "2023-11-12"


# -- a district's commission running the vote of its town -----------------------------


def test_a_district_named_as_the_commission_of_a_town_akims_vote_is_the_town() -> None:
    # SYNTHETIC: the district commission sets the day of the town akim's vote
    contest = only(
        "Талғарда әкім сайлауы өтетін күн белгілі болды. Талғар аудандық сайлау "
        "комиссиясы қала әкімін сайлау күнін анықтады. Бұған дейінгі әкім Ерболат "
        "Сәрсенов 2022 жылғы шілдеде өткен сайлауда 52,3 пайыз дауыс жинап, жеңіске жеткен."
    )
    assert contest.place_id == "KZ-19/talgar/talgar"
