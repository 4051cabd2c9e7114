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
