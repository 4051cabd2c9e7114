"""Classes the page-furniture probe (``python tests/extract/perturb.py --furniture``) left,
each as a general rule over the shape (SYNTHETIC texts throughout: every sentence below was
composed for these tests, in wordings other than the probe's lines; names are invented,
places are real ids of the gazetteer).

- dates: a date of speech is no date of the vote: one in the clause of a verb of saying
  ("– деді 5 желтоқсанда", "сказал 7 декабря", "said on December 5") or inside the
  quotation that verb reports; with no other date the reading is left empty and its rule
  says why;
- places: a common word that only spells like a place by a loose key or an ending that is
  no case of it ("Алғаш рет", for the first time, not Алға; "Кеңес", a council, not
  Кенес), or a common word bare ("Достық", friendship; "Теңіз", the sea), is no place
  unless a unit word stands beside it (a case ending keeps "Теңізде" the place);
- kinds: a sentence opening on "earlier" ("Earlier,", "Ранее", "Бұған дейін", "Buǵan
  deıin") tells of another vote: background, neither the message's result nor the akim
  election of a message about another one;
- a card's title is the heading above its rows, not a sentence printed between them; a
  prose paragraph without figures between a results headline and its numbered rows leaves
  them a sheet.
"""

from __future__ import annotations

from datetime import date

import pytest
from extract_text import fact, only, run

from kzvotes.extract.classify import classify_text
from kzvotes.extract.dates import read_election_date
from kzvotes.extract.places import find_places

_PUBLISHED = date(2025, 12, 9)

# -- dates of speech ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: a result, then an official's words dated by the verb of saying
        "Ауыл тұрғындары жаңа әкімді сайлады. «Биыл су құбырын тартамыз», – деді 6 "
        "желтоқсанда аудан әкімінің орынбасары Серік Жұмабаев.",
        # SYNTHETIC: the same in Kazakh Latin
        "Aýyl turǵyndary jańa ákimdi saılady. «Bıyl sý qubyryn tartamyz», – dedi 6 "
        "jeltoqsanda aýdan ákiminiń orynbasary Serik Jumabaev.",
        # SYNTHETIC: Russian, the date after the verb
        "Жители округа выбрали акима. «Дорогу достроим к лету», — сказал 6 декабря "
        "заместитель акима района Серик Жумабаев.",
        # SYNTHETIC: English, "said on"
        'Villagers voted for their akim. "The new school opens in spring," deputy district '
        "akim Serik Zhumabayev said on December 6.",
    ],
)
def test_a_date_of_speech_is_no_date_of_the_vote(text: str) -> None:
    reading = read_election_date(text, published=_PUBLISHED)
    assert reading.value is None
    assert "speech" in reading.rule


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: the date stands inside the quotation a verb of saying reports
        "«Сайлау 7 желтоқсанда тыныш өтті», – деді комиссия төрағасы Айгүл Серікова.",
        # SYNTHETIC: the same in English, straight quotes
        '"The vote on December 7 went smoothly," commission chair Aigul Serikova said.',
    ],
)
def test_a_date_inside_reported_speech_is_left_empty_with_its_reason(text: str) -> None:
    reading = read_election_date(text, published=_PUBLISHED)
    assert reading.value is None
    assert reading.rule.startswith("empty:") and "speech" in reading.rule


def test_the_vote_s_own_date_stands_beside_a_date_of_speech() -> None:
    # SYNTHETIC: the vote dated in its own sentence, a speech dated in the next
    text = (
        "Жители округа 7 декабря выбрали акима. «Будем строить», — сказал 8 декабря "
        "заместитель акима района Серик Жумабаев."
    )
    assert read_election_date(text, published=_PUBLISHED).value == date(2025, 12, 7)


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: the verb after a comma attributes the sentence, it dates nothing
        "Выборы акима округа прошли 7 декабря, сообщили в районной комиссии.",
        # SYNTHETIC: a verb before a date that the words of the vote follow
        "Төраға айтты: 7 желтоқсанда өткен сайлауда Ерлан Сапаров жеңді.",
        "The chairman said December 7 elections went smoothly and Erlan Saparov won.",
    ],
)
def test_a_verb_of_saying_beside_the_vote_s_own_date_leaves_it(text: str) -> None:
    assert read_election_date(text, published=_PUBLISHED).value == date(2025, 12, 7)


def test_a_quote_s_date_gives_no_contest_a_date() -> None:
    # SYNTHETIC: a result without a date of its own, a quoted official after it
    text = (
        "Мәртөк ауданында әкім сайланды\n\n"
        "Мәртөк аудандық сайлау комиссиясының мәліметінше, аудан әкімі болып Ерлан "
        "Сапаров сайланды, оған 5 210 сайлаушы дауыс берді.\n\n"
        "«Жаңа әкімнен көп күтеміз», – деді 6 желтоқсанда ардагер Қанат Мұхамбетов.\n"
    )
    contest = only(text)
    assert contest.place_id == "KZ-15/martuk"
    assert fact(contest.election_date) is None


# -- common words that spell like a place -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Алғаш рет сайлауға қатысқан жастарға гүл сыйлады.",  # SYNTHETIC
        "Алғашқы бюллетеньді мектеп директоры салды.",  # SYNTHETIC
        "Alǵash ret saılaýǵa qatysqan jastarǵa gúl syılady.",  # SYNTHETIC
        "Кеңес мүшелері учаскені аралады.",  # SYNTHETIC: a council
        "Keńes músheleri ýchaskeni aralady.",  # SYNTHETIC
        "Достық үйінде кездесу өтті.",  # SYNTHETIC: the house of friendship
        "Dostyq úıinde kezdesý ótti.",  # SYNTHETIC
        "Теңіз жағасындағы ауылда учаске ашылды.",  # SYNTHETIC: the sea shore
    ],
)
def test_a_common_word_spelled_like_a_place_is_no_place(text: str) -> None:
    assert find_places(text) == []


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Кеңес ауылдық округінде әкім сайланды.", "KZ-55/pavlodar/kenes"),  # SYNTHETIC
        ("Алға ауданында дауыс беру өтті.", "KZ-15/alga"),  # SYNTHETIC
        ("Алғада сайлау өтті.", "KZ-15/alga/alga"),  # SYNTHETIC: a case of the place
        ("Достық ауылдық округінде екі үміткер болды.", "KZ-27/taskala/dostyk"),  # SYNTHETIC
        ("Теңізде дауыс беру аяқталды.", "KZ-23/kurmangazy/teniz"),  # SYNTHETIC: a case
    ],
)
def test_the_place_itself_is_still_read(text: str, place_id: str) -> None:
    (mention,) = find_places(text)
    assert place_id in mention.candidate_ids


def test_a_first_time_voter_opens_no_contest() -> None:
    # SYNTHETIC: a result, then a first-time voter in a paragraph of its own
    text = (
        "Талғар қаласының әкімі сайланды\n\n"
        "Талғар қаласының әкімі болып Ерлан Сапаров сайланды. Ол 8 120 дауыс жинады, "
        "қарсыласы Бауыржан Төлеу 2 310 дауыс алды.\n\n"
        "Алғаш рет дауыс берген мектеп түлегі Айдана Серікқызы бұл күнді ұмытпайтынын айтты.\n"
    )
    contest = only(text)
    assert contest.place_id == "KZ-19/talgar/talgar"


# -- background paragraphs ----------------------------------------------------------------


@pytest.mark.parametrize(
    "earlier",
    [
        "Earlier, nine village akims were chosen in the district in 2022.",  # SYNTHETIC
        "Ранее в районе избрали девять сельских акимов.",  # SYNTHETIC
        "Бұған дейін ауданда тоғыз ауыл әкімі сайланды.",  # SYNTHETIC
        "Buǵan deıin aýdanda toǵyz aýyl ákimi saılandy.",  # SYNTHETIC
    ],
)
def test_an_earlier_vote_makes_no_akim_election_of_a_maslikhat_by_election(
    earlier: str,
) -> None:
    # SYNTHETIC: a by-election of a maslikhat deputy, then a background sentence
    text = (
        "By-election to the district maslikhat\n\n"
        "In the by-election to the district maslikhat, Dana Ospanova won 71.4% of the "
        f"vote.\n\n{earlier}\n"
    )
    assert classify_text(text) == "other"
    assert run(text).contests == ()


def test_an_earlier_tally_leaves_a_result_a_result() -> None:
    # SYNTHETIC: a result told, then "Earlier, N akims were elected"
    text = (
        "Martuk district has a new akim\n\n"
        "Erlan Saparov was elected akim of Martuk district with 5,210 votes.\n\n"
        "Earlier, 12 rural akims were elected in the region.\n"
    )
    assert classify_text(text) == "results"
    assert only(text).place_id == "KZ-15/martuk"


# -- a line between a heading and its rows ---------------------------------------------------


def test_a_card_s_title_is_its_heading_not_a_sentence_below_it() -> None:
    # SYNTHETIC: a card of labelled rows, a caption printed between its title and its rows
    text = (
        "Akim of Martuk District\n"
        "The new akim greeted residents at the district house of culture.\n"
        "------------------------------\n"
        "Incumbent     | Erlan Saparov\n"
        "Elected       | 7 December 2025\n"
        "Nominated by  | self\n"
        "Votes         | 5,210 (64.2%)\n"
        "------------------------------\n"
    )
    contest = only(text)
    assert contest.place_id == "KZ-15/martuk"
    assert [(x.name, fact(x.votes)) for x in contest.candidates] == [("Erlan Saparov", 5210)]


def test_a_paragraph_without_figures_leaves_a_results_sheet_a_sheet() -> None:
    # SYNTHETIC: a results headline, a caption, then the numbered rows
    text = (
        "ИТОГИ ВЫБОРОВ АКИМА МАРТУКСКОГО РАЙОНА (7 декабря 2025 года)\n\n"
        "Первыми на участке проголосовали ветераны.\n\n"
        "1. Сапаров Ерлан, партия AMANAT — 5210\n"
        "2. Тулеу Бауыржан, самовыдвижение — 2310\n"
        "Против всех — 140\n"
    )
    contest = only(text)
    assert [x.name for x in contest.candidates if x.elected] == ["Сапаров Ерлан"]
