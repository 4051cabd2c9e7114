"""Rules asked for by the fix15 probe: a card read alike as lines, under a footer and flat;
a numbered decision's sub-items as items of its list (SYNTHETIC texts throughout)."""

from __future__ import annotations

import pytest

# SYNTHETIC: a card of an akim elected, in the shape of an infobox (one row a line)
_CARD = (
    "Akim of Ekibastuz\n"
    "------------------------\n"
    "Incumbent | Serik Abenov\n"
    "Elected | 5 November 2023 (first direct election)\n"
    "Nominated by | self (independent)\n"
    "Votes | 41,208 (71.4%)\n"
    "Runners-up | A.K. Omarov – 9,310 (16.1%); B.S. Nurlanov – 5,102 (8.8%)\n"
    "Against all | 3.7%\n"
    "Born | 2 March 1979, Ekibastuz\n"
    "Source | territorial election commission\n"
)
_FOOTER = "\nShare:\nFacebook X Telegram WhatsApp\nSubscribe to our Telegram channel\n"


def _reading(text: str) -> list[tuple[object, ...]]:
    from extract_text import fact, run

    doc = run(text)
    return [
        (
            c.place_id,
            str(c.election_date),
            fact(c.against_all_pct),
            *(
                (x.name, fact(x.votes), fact(x.vote_share_pct), x.nominator, x.elected)
                for x in c.candidates
            ),
        )
        for c in doc.contests
    ]


@pytest.mark.parametrize(
    "form",
    [_CARD + _FOOTER, " ".join(_CARD.split("\n"))],
    ids=["share-footer", "flat"],
)
def test_a_card_reads_alike_under_a_footer_and_without_line_breaks(form: str) -> None:
    as_lines = _reading(_CARD)
    (contest,) = as_lines
    assert contest[3][1:] == (41208, 71.4, "self", True)
    assert _reading(form) == as_lines


def test_a_date_after_a_count_is_no_lost_line() -> None:
    # SYNTHETIC: "| 5 November 2023" is a date, the counts before "Votes", "Against" and "Born" end rows
    from kzvotes.extract.segment import _LOST_LINE

    text = "Elected | 5 November 2023 Votes | 41,208 Against all | 3.7% Born | 2 March 1979"
    assert [text[m.end() :].split()[0] for m in _LOST_LINE.finditer(text)] == [
        "Votes",
        "Against",
        "Born",
    ]


def test_a_footer_leaves_the_lines_of_a_card_as_they_were() -> None:
    from kzvotes.parse.text import split_paragraphs

    lines = split_paragraphs(_CARD)
    assert len(lines) == 10
    assert split_paragraphs(_CARD + _FOOTER) == [
        *lines,
        "Share: Facebook X Telegram WhatsApp Subscribe to our Telegram channel",
    ]
    # its rows each a paragraph of their own stay rows of their own (not joined as a table's)
    assert split_paragraphs(_CARD.replace("\n", "\n\n")) == lines
    # SYNTHETIC: a table of two columns, and prose broken inside its sentences, stay joined
    table = "Кандидат | Голоса\nАбенов Серик | 1498\nОмаров Асхат | 376\n\nОн избран."
    assert split_paragraphs(table)[0] == "Кандидат | Голоса Абенов Серик | 1498 Омаров Асхат | 376"
    prose = "Аким | избран\nв селе | Кенес\nпо | итогам\n\nОн избран."
    assert len(split_paragraphs(prose)) == 2


def test_the_sub_items_of_a_numbered_decision_are_items_of_its_list() -> None:
    # SYNTHETIC: a decision's points and sub-points, each printed as a paragraph of its own
    from kzvotes.parse.text import join_rows

    items = [
        "1. Установить, что в голосовании приняли участие 768 избирателей.",
        "2. Указать, что в бюллетень внесены два кандидата:",
        "2.1. Абенов Серик, 1970 года рождения, выдвинулся сам;",
        "2.2. Омаров Асхат, 1985 года рождения, выдвинулся сам.",
        "3. Признать избранным акимом Абенова Серика.",
    ]
    assert join_rows(items) == [" ".join(items)]


def test_a_wire_dateline_with_its_date_ends_a_headline_after_a_place() -> None:
    # SYNTHETIC: a headline ending with a town's name, run into the wire dateline
    from kzvotes.extract.segment import headline_end

    head = "Новый аким избран в Форт-Шевченко"
    flat = f"{head} АКТАУ, 9 сентября 2024. Избирательная комиссия сообщила итоги выборов."
    assert headline_end(flat, 0, len(flat))[0] == len(head)
    # a name in capitals before a full stop ends no headline
    name = "выборы акима округа выиграл Темиржан СЕРИКОВ. 49-летний директор школы победил."
    assert headline_end(name, 0, len(name)) == []


@pytest.mark.parametrize(
    ("region", "unit", "place_id"),
    [
        # SYNTHETIC: a district the gazetteer lacks, named beside its region; the gazetteer's
        # one place of that name (a rural district) lies in another region
        ("Kostanay region", "Kamysty district", None),
        ("West Kazakhstan region", "Kamysty rural district", "KZ-27/zhanibek/kamysty"),
    ],
    ids=["another-region", "its-region"],
)
def test_a_place_outside_the_region_named_beside_it_is_not_resolved(
    region: str, unit: str, place_id: str | None
) -> None:
    from extract_text import run

    (contest,) = run(
        f"In the {region}, the election of the akim of the {unit} was held on November 5, "
        "2023. Serik Abenov won with 4,210 votes."
    ).contests
    assert contest.place_id == place_id
    assert [c.name for c in contest.candidates] == ["Serik Abenov"]


# SYNTHETIC: a share of the voters first, the verb of taking part after it
_OPENING = {
    "en": "In the Zhanibek district, the election of the akim of the Kamysty rural district "
    "was held on November 5, 2023. ",
    "ru": "В Жанибекском районе 5 ноября 2023 года прошли выборы акима Камыстинского "
    "сельского округа. ",
    "kk": "Жәнібек ауданында 2023 жылғы 5 қарашада Қамысты ауылдық округі әкімінің сайлауы өтті. ",
    "kk-Latn": "Jánibek aýdanynda 2023 jylǵy 5 qarashada Qamysty aýyldyq okrýgi ákiminiń "
    "saılaýy ótti. ",
}


@pytest.mark.parametrize(
    ("lang", "turnout", "expected"),
    [
        ("en", "71.4 percent of voters participated.", 71.4),
        ("en", "71.4% of the voters took part in the vote.", 71.4),
        ("en", "Some 71 percent of voters took part.", None),
        ("ru", "71,4 процента избирателей приняли участие в голосовании.", 71.4),
        ("ru", "Около 71 процента избирателей приняли участие в голосовании.", None),
        ("kk", "Сайлаушылардың 71,4 пайызы дауыс беруге қатысты.", 71.4),
        ("kk", "Сайлаушылардың 71 пайызға жуығы дауыс беруге қатысты.", None),
        ("kk-Latn", "Saılaýshylardyń 71,4 paıyzy daýys berýge qatysty.", 71.4),
        ("kk-Latn", "Saılaýshylardyń 71 paıyzdan astamy daýys berýge qatysty.", None),
    ],
)
def test_a_share_of_the_voters_before_the_verb_is_the_turnout_unless_approximate(
    lang: str, turnout: str, expected: float | None
) -> None:
    # approximate wording gives no figure (tests/corpus_real/README.md), here after the
    # percent word with its case ending too
    from extract_text import fact, run

    winner = {
        "en": "Serik Abenov won with 1,210 votes.",
        "ru": "Победил Серик Абенов, набрав 1210 голосов.",
        "kk": "Серік Абенов 1210 дауыс алып жеңді.",
        "kk-Latn": "Serik Abenov 1210 daýys alyp jeńdi.",
    }[lang]
    (contest,) = run(_OPENING[lang] + turnout + " " + winner).contests
    assert fact(contest.turnout_pct) == expected
