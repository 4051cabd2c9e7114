"""Rules asked for by the fix16 probe: a photo credit names nobody of the election; the
country's name is no person's; a date printed in a contest's own sentence with its vote
words wins over a date of another paragraph (SYNTHETIC texts throughout)."""

from __future__ import annotations

import pytest
from extract_text import fact, run

# SYNTHETIC: a headline without its full stop, a photo credit on the next line (a scraper
# joins the two lines into one paragraph), then the result
_RU = (
    "Библиотекарь возглавила степное село\n{credit}\n\n"
    "В Жанаталапском сельском округе Акжаикского района прошли выборы акима. Акимом избрана "
    "Айгерим Нурланова, за неё проголосовали 212 избирателей. За Ерлана Сапарова отдали 35 голосов."
)
_KK = (
    "Кітапханашы ауыл әкімі болды\n{credit}\n\n"
    "Ақжайық ауданы Жаңаталап ауылдық округінде әкім сайлауы өтті. Айгерим Нурланова 212 дауыс "
    "жинап, әкім болып сайланды. Ерлан Сапаров 35 дауыс алды."
)
_KK_LATN = (
    "Kitaphanashy aýyl ákimi boldy\n{credit}\n\n"
    "Aqjaıyq aýdany Jańatalap aýyldyq okrýginde ákim saılaýy ótti. Aıgerim Nurlanova 212 daýys "
    "jınap, ákim bolyp saılandy. Erlan Saparov 35 daýys aldy."
)
_EN = (
    "Librarian becomes village akim\n{credit}\n\n"
    "An akim election was held in Zhanatalap rural district of Akzhaik district. Aigerim "
    "Nurlanova won with 212 votes and was elected akim. Yerlan Saparov received 35 votes."
)


@pytest.mark.parametrize(
    ("text", "credit", "winner"),
    [
        (_RU, "Иллюстративное фото Петра Савельева", "Айгерим Нурланова"),
        (_RU, "Фото Петра Савельева", "Айгерим Нурланова"),
        (_RU, "Фото: Пётр Савельев", "Айгерим Нурланова"),
        (_KK, "Суретті түсірген Пётр Савельев", "Айгерим Нурланова"),
        (_KK, "Сурет: Пётр Савельев", "Айгерим Нурланова"),
        (_KK_LATN, "Sýretti túsirgen Pëtr Saveliev", "Aıgerim Nurlanova"),
        (_KK_LATN, "Foto: Pëtr Saveliev", "Aıgerim Nurlanova"),
        (_EN, "Photo by Peter Saveliev", "Aigerim Nurlanova"),
        (_EN, "Photo: Peter Saveliev", "Aigerim Nurlanova"),
    ],
)
def test_a_photo_credit_names_nobody_of_the_election(text: str, credit: str, winner: str) -> None:
    doc = run(text.format(credit=credit))
    people = [(x.name, x.elected) for c in doc.contests for x in c.candidates]
    assert not [name for name, _ in people if "Сав" in name or "Sav" in name]
    assert [name for name, elected in people if elected] == [winner]
    votes = {x.name: fact(x.votes) for c in doc.contests for x in c.candidates}
    assert votes[winner] == 212


@pytest.mark.parametrize(
    ("text", "winner"),
    [
        # SYNTHETIC: the country's name opening a sentence about the law, then the winner
        (
            "Қазақстан Республикасындағы сайлау туралы заңға сәйкес Ерлан Сапаров Ақжайық "
            "ауданының әкімі болып сайланды.",
            "Ерлан Сапаров",
        ),
        (
            "Қазақстанның сайлау туралы заңына сәйкес Ерлан Сапаров Ақжайық ауданының әкімі "
            "болып сайланды.",
            "Ерлан Сапаров",
        ),
        (
            "Согласно Конституционному закону Республики Казахстан о выборах Ерлан Сапаров "
            "избран акимом Акжаикского района.",
            "Ерлан Сапаров",
        ),
        (
            "Qazaqstan Respýblıkasyndaǵy saılaý týraly zańǵa sáıkes Erlan Saparov Aqjaıyq "
            "aýdanynyń ákimi bolyp saılandy.",
            "Erlan Saparov",
        ),
        (
            "Under the election law of the Republic of Kazakhstan, Yerlan Saparov was elected "
            "akim of Akzhaik district.",
            "Yerlan Saparov",
        ),
    ],
)
def test_the_countrys_name_is_no_persons(text: str, winner: str) -> None:
    (contest,) = run(text).contests
    assert [(x.name, x.elected) for x in contest.candidates] == [(winner, True)]


@pytest.mark.parametrize(
    "word",
    [
        "Қазақстан",
        "Қазақстанның",
        "Республикасындағы",
        "Республикасына",
        "Казахстаном",
        "Республиканской",
        "Qazaqstannyń",
        "Respýblıkasyndaǵy",
        "Respublikasyndagy",
        "Republic",
        "Kazakhstan's",
    ],
)
def test_every_case_of_the_countrys_name_is_a_stop_word(word: str) -> None:
    from kzvotes.extract.names import is_common_word, is_name_word

    assert not is_name_word(word.split("'")[0])
    assert is_common_word(word.split("'")[0])


# SYNTHETIC: a retrospective of two rounds, the pilot's date in its own paragraph, then
# a later contest dated in its own sentence beside the words of the vote
_TWO_ROUNDS = [
    (
        "Как выбирали акимов\n\nПилот. 5 ноября 2023 года прямым голосованием избран аким "
        "Абайского района Мейржан Смагулов.\n\n2025 год. Одним из первых главу выбрал район "
        "Жанасемей: в воскресенье, 27 июля 2025 года, большинство голосов получил Ерлан Сапаров."
    ),
    (
        "Әкімдер қалай сайланды\n\nПилот. 2023 жылғы 5 қарашада тікелей дауыс беру арқылы Абай "
        "ауданының әкімі болып Мейржан Смагулов сайланды.\n\n2025 жыл. Жаңасемей ауданында 2025 "
        "жылғы 27 шілдеде өткен сайлауда көп дауыс жинаған Ерлан Сапаров әкім болып сайланды."
    ),
    (
        "Ákimder qalaı saılandy\n\nPılot. 2023 jylǵy 5 qarashada tikeleı daýys berý arqyly Abaı "
        "aýdanynyń ákimi bolyp Meırjan Smaǵulov saılandy.\n\n2025 jyl. Jańasemeı aýdanynda 2025 "
        "jylǵy 27 shildede ótken saılaýda kóp daýys jınaǵan Erlan Saparov ákim bolyp saılandy."
    ),
    (
        "How akims were chosen\n\nPilot. On November 5, 2023, Meirzhan Smagulov was elected akim "
        "of Abai district by direct vote.\n\n2025. Zhanasemey district was among the first: on "
        "Sunday, July 27, 2025, Yerlan Saparov won the majority of votes."
    ),
]


@pytest.mark.parametrize("text", _TWO_ROUNDS, ids=["ru", "kk", "kk-Latn", "en"])
def test_a_date_in_the_contests_own_sentence_wins_over_another_paragraphs(text: str) -> None:
    dates = {c.place_id: str(c.election_date) for c in run(text).contests}
    assert dates == {"KZ-10/abai": "2023-11-05", "KZ-10/zhanasemey": "2025-07-27"}


def test_a_sentence_of_taking_office_or_a_dateline_dates_no_contest() -> None:
    # SYNTHETIC: the winner named in a dateline's sentence of taking office; the vote's
    # date in a paragraph of its own
    text = (
        "SEMEY, Aug. 1, 2025 – Yerlan Saparov officially took office as akim of Zhanasemey "
        "district on July 31, 2025.\n\nResidents of Zhanasemey district went to the polls last "
        "Sunday, July 27, and the majority of votes were cast for Saparov."
    )
    (contest,) = run(text).contests
    assert str(contest.election_date) == "2025-07-27"


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: the voters who used their right to vote, after the voters on the list
        "Шиелі ауданы Байтерек ауылдық округінде әкім сайлауы өтті. Тізімдегі 2490 сайлаушының "
        "1797-і дауыс беру құқығын пайдаланды. Ерлан Сапаров 1498 дауыс жинап, әкім болып "
        "сайланды.",
        "Shıeli aýdany Báıterek aýyldyq okrýginde ákim saılaýy ótti. Tizimdegi 2490 "
        "saılaýshynyń 1797-i daýys berý quqyǵyn paıdalandy. Erlan Saparov 1498 daýys jınap, "
        "ákim bolyp saılandy.",
        "An akim election was held in Baiterek rural district of Shieli district. Of the 2,490 "
        "voters on the list, 1,797 exercised their right to vote. Yerlan Saparov was elected "
        "akim with 1,498 votes.",
    ],
    ids=["kk", "kk-Latn", "en"],
)
def test_the_voters_who_used_their_right_to_vote_are_the_ballots_cast(text: str) -> None:
    (contest,) = run(text).contests
    assert (fact(contest.registered_voters), fact(contest.ballots_cast)) == (2490, 1797)


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: the winner named, then a sentence without a subject that tells he put
        # himself forward
        "Құрманғазы ауданы Бөкейхан ауылдық округінде әкім сайланды. Ерлан Сапаров 391 дауыс "
        "жинап, алға шықты. Айдар Нұрланов 130 дауыс алды.\n\nЖаңа әкім – ауыл тұрғыны Ерлан "
        "Сапаров. Сайлауға өз кандидатурасын өзі ұсынған, бұған дейін округ әкімі аппаратының "
        "маманы болған.",
        "Qurmanǵazy aýdany Bókeıhan aýyldyq okrýginde ákim saılandy. Erlan Saparov 391 daýys "
        "jınap, alǵa shyqty. Aıdar Nurlanov 130 daýys aldy.\n\nJańa ákim – aýyl turǵyny Erlan "
        "Saparov. Saılaýǵa óz kandıdatýrasyn ózi usynǵan, buǵan deıin okrýg ákimi apparatynyń "
        "mamany bolǵan.",
        "В Бокейханском сельском округе Курмангазинского района избран аким. Ерлан Сапаров "
        "набрал 391 голос. Айдар Нурланов получил 130 голосов.\n\nНовый аким – житель села Ерлан "
        "Сапаров. На выборы шёл в порядке самовыдвижения, до этого работал специалистом "
        "аппарата акима округа.",
    ],
    ids=["kk", "kk-Latn", "ru"],
)
def test_a_sentence_without_its_subject_nominates_the_person_just_named(text: str) -> None:
    (contest,) = run(text).contests
    assert [(fact(x.votes), x.nominator, x.elected) for x in contest.candidates] == [
        (391, "self", True),
        (130, None, False),
    ]


@pytest.mark.parametrize(
    ("text", "winner"),
    [
        # SYNTHETIC: "Жеңіске <birth year, post> X жетті": the winner's description between
        # the two words of the victory
        (
            "2025 жылғы 19 қазанда Қармақшы ауданының Төретам ауылында әкім сайлауы өтті. "
            "Тізімде – 6354 сайлаушы, дауыс бергені – 3229. Жеңіске 1986 жылы туған, аудандық "
            "бөлімнің басшысы Ерлан Сапаров жетті.",
            "Ерлан Сапаров",
        ),
        (
            "2025 jylǵy 19 qazanda Qarmaqshy aýdanynyń Tóretam aýylynda ákim saılaýy ótti. "
            "Tizimde – 6354 saılaýshy, daýys bergeni – 3229. Jeńiske 1986 jyly týǵan, aýdandyq "
            "bólimniń basshysy Erlan Saparov jetti.",
            "Erlan Saparov",
        ),
        (
            "2025 jylǵy 19 qazanda Qarmaqshy aýdanynyń Tóretam aýylynda ákim saılaýy ótti. "
            "Tizimde – 6354 saılaýshy, daýys bergeni – 3229. Jeńiske Erlan Saparov jetti.",
            "Erlan Saparov",
        ),
    ],
    ids=["kk", "kk-Latn", "kk-Latn-short"],
)
def test_the_person_between_the_words_of_victory_is_elected(text: str, winner: str) -> None:
    (contest,) = run(text).contests
    assert [(x.name, x.elected) for x in contest.candidates] == [(winner, True)]
    assert fact(contest.ballots_cast) == 3229
