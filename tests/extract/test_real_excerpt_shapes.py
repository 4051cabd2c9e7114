"""Precision rules read off the shapes of real published excerpts that report no result or
print a page's date (issue 9). SYNTHETIC: every sentence and figure below was written for
the test in those shapes; none is copied from a published text."""

from __future__ import annotations

from datetime import date

from extract_text import run

from kzvotes.extract.classify import classify_text
from kzvotes.extract.dates import read_election_date
from kzvotes.extract.names import find_names
from kzvotes.extract.numbers import find_numbers

# -- a byline and a weather widget after the message ------------------------------------------


def test_a_signed_reading_is_no_count() -> None:
    # SYNTHETIC: a weather widget's temperature at the end of a line
    assert find_numbers("В Уральске -7 \n") == []
    assert find_numbers("Погода: +12°C") == []
    # a dash with spaces before a count stays a count
    assert [n.value for n in find_numbers("Ержан Сапаров - 214 голосов")] == [214]


def test_a_byline_and_a_weather_widget_make_no_candidate() -> None:
    # SYNTHETIC: a results message, then the author's name and a temperature widget
    found = run(
        "Құрманғазы ауданына қарасты Бөкейхан ауылдық округінде әкім сайлауы өтті.\n"
        "Сайлауға екі үміткер қатысты. Ең көп дауыс жинаған – Ерболат Сапаров. Ол 512 дауыс "
        "алды. Екінші үміткер Дәурен Қалиев 207 дауыс жинады.\n"
        "Нәтижесінде округ әкімі болып Ерболат Сапаров сайланды.\n"
        "Гүлнар ТЕМІРОВА\n"
        "В Атырау -7 \n"
    )
    names = {c.name for contest in found.contests for c in contest.candidates}
    assert "Гүлнар Темірова" not in names
    assert all(
        c.votes is None or c.votes.value != 7
        for contest in found.contests
        for c in contest.candidates
    )


# -- a news ticker of other headlines -----------------------------------------------------------


def test_a_name_never_spans_a_line_break() -> None:
    # SYNTHETIC: one headline ends with a place in the genitive, the next opens with a name
    text = "Министр сделал заявление по Исландии\nСорокин предложил новый план"
    printed = [m.printed for m in find_names(text)]
    assert printed == ["Сорокин"]


def test_a_country_noun_is_no_name() -> None:
    # SYNTHETIC
    printed = [m.printed for m in find_names("Қазақстан Республикасының Конституциясы бойынша")]
    assert not any("Республикасы" in p for p in printed)


def test_a_summary_over_several_regions_yields_no_contest() -> None:
    # SYNTHETIC: a national summary with a turnout and no candidate of its own
    text = (
        "В ЦИК подвели итоги выборов акимов районов в 12 областях, которые прошли 5 ноября. "
        "Явка избирателей составила 58,4%. Средний возраст избранных акимов составил 44 года."
    )
    found = run(text)
    assert found.kind != "results" and found.contests == ()


# -- a voting-day report that recalls a tally of akims ------------------------------------------


def test_a_recalled_tally_does_not_make_a_voting_day_report_a_result() -> None:
    # SYNTHETIC: polls opened in two villages; a first-time voter quoted; a recalled tally
    text = (
        "Saǵat 7.00-den bastap Aral aýdanynyń eki aýylynda saılaý ýchaskeleri ashyldy.\n\n"
        "Jetes bı aýylynda 412 saılaýshy tirkelgen.\n\n"
        "Alǵash ret daýys bergen jas saılaýshy Aıdos Nurlanov áserimen bólisti.\n\n"
        "Eske salaıyq, jyl basynan beri óńirde 9 aýyldyń ákimi saılandy."
    )
    assert classify_text(text) != "results"
    assert run(text).contests == ()


# -- dates: a page's date stamp is not the election date ------------------------------------------


def test_a_date_in_the_text_wins_over_the_page_stamp() -> None:
    # SYNTHETIC
    text = (
        " date 2024-11-18 In the village of Kokterek, 2,104 people were registered to vote.\n\n"
        "Also on November 17, the akim election took place in the Akmeshit rural district."
    )
    reading = read_election_date(text)
    assert reading.value == date(2024, 11, 17)


def test_a_page_stamp_alone_gives_no_election_date() -> None:
    # SYNTHETIC: a Tuesday stamp and no date of the vote in the text
    text = (
        " date 2026-01-13 Для проведения выборов акимов были задействованы две "
        "территориальные комиссии. В районе состоялись выборы акима города."
    )
    assert read_election_date(text).value is None
