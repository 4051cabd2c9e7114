"""General classes read off a second set of real published excerpts scored outside the
repository (issue 9, branch i9-real2). SYNTHETIC: every sentence, name and figure below
was written for the test in those shapes; none is copied from a published text."""

from __future__ import annotations

from datetime import date

from extract_text import run

from kzvotes.extract import ExtractedDocument
from kzvotes.extract.classify import classify_text
from kzvotes.extract.dates import read_election_date
from kzvotes.extract.language import detect_language, detect_language_or
from kzvotes.extract.numbers import find_numbers


def votes_of(doc: ExtractedDocument) -> dict[str, int | None]:
    return {
        c.name: (c.votes.value if c.votes else None)
        for contest in doc.contests
        for c in contest.candidates
    }


def winners_of(doc: ExtractedDocument) -> list[str]:
    return [c.name for contest in doc.contests for c in contest.candidates if c.elected]


# -- Kazakh Latin typed without its diacritics ----------------------------------------------


def test_kazakh_latin_typed_plain_is_read_like_the_2018_alphabet() -> None:
    # SYNTHETIC: "saylau", "dauys jinady", "akimi" for "saılaý", "daýys jınady", "ákimi"
    doc = run(
        "Saylau qorytyndysy boyynsha Qaragash audanynyn akimi bolyp Dauren Seitkaliev saylandy. "
        "Ol 5120 dauys jinady. Onyn qarsylasy Nurlan Abenov 1240 dauys jinady."
    )
    assert doc.language == "kk-Latn"
    assert doc.kind == "results"
    assert votes_of(doc) == {"Dauren Seitkaliev": 5120, "Nurlan Abenov": 1240}
    assert winners_of(doc) == ["Dauren Seitkaliev"]


def test_plain_kazakh_latin_is_no_english() -> None:
    # SYNTHETIC: no diacritic at all, but Kazakh words; "akim" alone is English too
    assert detect_language("Esil audanynda Erlan Sadyq 812 dauys jinady.") == "kk-Latn"
    assert detect_language("Erlan Sadyq won 812 votes to become the akim.") == "en"
    # SYNTHETIC: deputies chose an akim, typed plain: Kazakh, and no popular vote
    indirect = run(
        "Audandyq maslihat sessiasynda deputattar Kenes auyldyq okruginin akimin sailady. "
        "18 deputattyn 15-i Erjan Saparovty qoldady."
    )
    assert indirect.language == "kk-Latn"
    assert not indirect.contests


# -- a voting-day report that promises its results -----------------------------------------


def test_results_promised_for_tonight_are_a_voting_day() -> None:
    # SYNTHETIC: turnout by district at midday; the results "will be announced" tonight
    doc = run(
        "В Каратальском районе бюллетени получили 3 120 человек, это 81% избирателей, "
        "сообщил член областной избирательной комиссии Ерлан Сапаров. Активно голосуют и в "
        "Кегенском районе – 78%. Голосование продлится до 20.00, в 22.00 будут озвучены "
        "предварительные итоги голосования."
    )
    assert doc.kind == "voting_day"
    assert not doc.contests


def test_voting_under_way_in_either_word_order_is_a_voting_day() -> None:
    # SYNTHETIC: "началось голосование", the verb first
    doc = run(
        "В городе в воскресенье началось голосование на выборах акима. Кандидатами "
        "зарегистрированы Ержан Сапаров и Дамир Калиев."
    )
    assert doc.kind == "voting_day"
    assert not doc.contests


# -- a winner told only by a share of the vote -----------------------------------------------


def test_a_share_of_the_vote_and_outperforming_rivals_is_a_result() -> None:
    # SYNTHETIC: no "elected", no "won": a share, rivals "respectively", against all
    doc = run(
        "The territorial election commission said that Nurlan Sadykov received 64.2% of the "
        "vote, comfortably outperforming his rivals.\n\nRivals Ermek Abenov and Dauren "
        "Kaliyev received 20.1% and 11.5% of the vote, respectively, while another 4.2% "
        "voted against all candidates."
    )
    assert doc.kind == "results"
    shares = {
        c.name: c.vote_share_pct.value
        for contest in doc.contests
        for c in contest.candidates
        if c.vote_share_pct
    }
    assert shares == {"Nurlan Sadykov": 64.2, "Ermek Abenov": 20.1, "Dauren Kaliyev": 11.5}
    assert winners_of(doc) == ["Nurlan Sadykov"]


# -- the figures of two villages together, and a collective numeral -------------------------


def test_totals_of_two_villages_go_to_neither_contest() -> None:
    # SYNTHETIC: one sentence of totals "from two rural districts", then each winner
    doc = run(
        "Екі ауылдың әкімі сайланды. Екі округтен 3100 сайлаушы дауыс берген. Бұл екі ауыл "
        "тұрғындарының 78,4 пайызын құрайды. Барлығы 8 кандидат ұсынылды, алайда 5-еуі ғана "
        "сайлауға қатысты. Аққұм ауылдық округінен 820 дауысқа ие болған Сапаров Ержан "
        "Болатұлы ауыл әкімі болып сайланды. Ал Талаптан ауылдық округінен 1930 дауыс "
        "берушінің сенімінен шыққан Қалиев Дамир Нұрланұлы ауыл әкімі болды."
    )
    assert votes_of(doc) == {"Сапаров Ержан Болатұлы": 820, "Қалиев Дамир Нұрланұлы": 1930}
    for contest in doc.contests:
        assert contest.ballots_cast is None
        assert contest.turnout_pct is None
    assert len(doc.contests) == 2


# -- the day of taking office ----------------------------------------------------------------


def test_the_day_of_taking_office_is_not_the_election_date() -> None:
    # SYNTHETIC: the only full date in the message is the day the akim took office
    text = (
        "Впервые прошли прямые выборы акима города, их победителем стал Ержан Сапаров. "
        "3 марта 2025 года он официально вступил в должность акима города, набрав 61,2% "
        "голосов избирателей."
    )
    assert read_election_date(text).value is None
    # the day of the vote beside it still stands
    both = text + " Выборы прошли 1 марта 2025 года."
    assert read_election_date(both).value == date(2025, 3, 1)


def test_the_day_of_taking_office_in_english() -> None:
    # SYNTHETIC
    text = "On March 3, 2025 he took office as akim, having won 61.2% of the vote."
    assert read_election_date(text).value is None


# -- "N backed X and M backed Y" -------------------------------------------------------------


def test_each_count_before_a_verb_of_support_is_the_next_persons() -> None:
    # SYNTHETIC: two counts, each before "backed" and its person
    doc = run(
        "In the Karatal district election, 6,204 voters backed Erlan Sadykov and 1,377 backed "
        "Dauren Kaliyev. Sadykov was elected akim."
    )
    assert votes_of(doc) == {"Erlan Sadykov": 6204, "Dauren Kaliyev": 1377}
    ru = run(
        "В Каратальском районе 6 204 избирателя поддержали Ерлана Садыкова, а 1 377 "
        "проголосовали за Даурена Калиева. Акимом избран Садыков."
    )
    assert votes_of(ru) == {"Ерлан Садыков": 6204, "Даурен Калиев": 1377}


# -- counts of votes written as words --------------------------------------------------------


def test_a_count_of_votes_written_as_a_word_is_read() -> None:
    # SYNTHETIC: the loser's count in a word, the winner's in digits
    doc = run(
        "Акимом сельского округа избран Тимур Ахметов, за него отдано 412 голосов. За Максима "
        "Сериков отдано три голоса."
    )
    assert votes_of(doc) == {"Тимур Ахметов": 412, "Максим Сериков": 3}
    loser = next(c for contest in doc.contests for c in contest.candidates if not c.elected)
    assert loser.votes is not None
    start, end = loser.votes.span
    assert doc.text[start:end] == "три"
    en = run(
        "Temir Sadykov received 1,204 votes and was elected akim. Erlan Abenov received two votes."
    )
    assert votes_of(en) == {"Temir Sadykov": 1204, "Erlan Abenov": 2}


def test_a_margin_written_as_a_word_is_no_count() -> None:
    # SYNTHETIC
    assert find_numbers("он победил с перевесом в два голоса") == []
    assert find_numbers("набрал на три голоса больше") == []
    assert find_numbers("he won by two votes", language="en") == []
    assert [n.value for n in find_numbers("отдано три голоса")] == [3]


# -- a winner told only by the nomination ----------------------------------------------------


def test_the_self_nominee_won_marks_the_one_self_nominee() -> None:
    # SYNTHETIC: one self-nominee and one party candidate; the winner is not named
    doc = run(
        "В воскресенье прошли выборы акима Кенесского сельского округа. Баллотировались "
        "самовыдвиженец Ержан Сапаров и кандидат от партии AMANAT Дамир Калиев. Победу "
        "одержал самовыдвиженец."
    )
    assert winners_of(doc) == ["Ержан Сапаров"]
    en = run(
        "Two candidates ran for akim of Kenes rural district: independent Erzhan Saparov and "
        "Amanat's Damir Kaliyev. The independent candidate won."
    )
    assert winners_of(en) == ["Erzhan Saparov"]


def test_the_self_nominee_won_marks_nobody_among_two_self_nominees() -> None:
    # SYNTHETIC: two self-nominees: the description does not tell which
    doc = run(
        "В воскресенье прошли выборы акима Кенесского сельского округа. Баллотировались "
        "самовыдвиженцы Ержан Сапаров и Дамир Калиев. Победу одержал самовыдвиженец."
    )
    assert winners_of(doc) == []


def test_won_by_a_margin_with_no_name_is_a_result() -> None:
    # SYNTHETIC: the winner described, the margin cut off
    doc = run(
        "В воскресенье, 17 ноября, состоялись выборы акима Кенесского сельского округа. "
        "Кандидат-самовыдвиженец Ержан Сапаров шёл против бывшего акима округа. "
        "Независимый кандидат выиграл с перевесом в […]."
    )
    assert doc.kind == "results"
    assert winners_of(doc) == ["Ержан Сапаров"]


# -- a pronoun's gerund figure ---------------------------------------------------------------


def test_a_gerund_figure_after_a_pronoun_is_the_persons_named_before() -> None:
    # SYNTHETIC: the pronoun follows a date, the share follows the gerund
    doc = run(
        "Победителем стал Ержан Сапаров. 3 марта он вступил в должность акима города, набрав "
        "61,2% голосов избирателей. Его соперник Дамир Калиев набрал 30,1%."
    )
    shares = {
        c.name: c.vote_share_pct.value
        for contest in doc.contests
        for c in contest.candidates
        if c.vote_share_pct
    }
    assert shares == {"Ержан Сапаров": 61.2, "Дамир Калиев": 30.1}


# -- a row of a table in the document's language ---------------------------------------------


def test_a_row_showing_no_language_takes_the_documents() -> None:
    # SYNTHETIC: the row of "against all" has one Kazakh letter only
    doc = run(
        "Kenes aýyldyq okrýgi ákiminiń saılaý qorytyndysy:\n"
        "Erjan Saparov – 612 daýys\n"
        "Damir Qalıev – 205 daýys\n"
        "«Barlyǵyna qarsy» – 31\n"
        "Ákim bolyp Erjan Saparov saılandy."
    )
    assert [c.against_all.value for c in doc.contests if c.against_all] == [31]
    assert detect_language_or("«Barlyǵyna qarsy» – 31", "kk-Latn") == "kk-Latn"
    assert detect_language_or("Ержан Сапаров – 612", "kk") == "kk"
    # a row with words of its own keeps its language
    assert detect_language_or("Against all – 31 votes", "kk-Latn") == "en"
    assert detect_language_or("Против всех – 31 голос", "kk") == "ru"


def test_a_row_of_the_voters_who_came_is_the_turnout() -> None:
    # SYNTHETIC: rows of a results list in Kazakh, Cyrillic and Latin
    for text in (
        "Кенес ауылдық округі әкімінің сайлау қорытындысы:\nЕржан Сапаров – 612 дауыс\n"
        "Дамир Қалиев – 205 дауыс\nКелген сайлаушылар – 64,2%\n"
        "Әкім болып Ержан Сапаров сайланды.",
        "Kenes aýyldyq okrýgi ákiminiń saılaý qorytyndysy:\nErjan Saparov – 612 daýys\n"
        "Damir Qalıev – 205 daýys\nKelgen saılaýshylar – 64,2%\n"
        "Ákim bolyp Erjan Saparov saılandy.",
    ):
        doc = run(text)
        assert [c.turnout_pct.value for c in doc.contests if c.turnout_pct] == [64.2]


# -- the hour of a deadline in a message calling an election ---------------------------------


def test_the_hour_registration_ended_is_no_voting_day() -> None:
    # SYNTHETIC: registration closed "в 18.00"; an ISO-like date after "ЦИК" is no hour
    assert (
        classify_text(
            "Выдвижение кандидатов завершилось 11 сентября в 18.00, зарегистрированы три "
            "кандидата. Выборы акима назначены на 12 октября."
        )
        == "announcement"
    )
    assert (
        classify_text(
            "Итоги подвели в ЦИК\n\n06.11.2023 04:59\n\nВыборы акимов прошли в 42 районах."
        )
        != "voting_day"
    )
    assert (
        classify_text(
            "Registration wrapped up at 18:00 on July 14. The pre-election campaign kicked off "
            "right after that. The elections will be held on July 25."
        )
        == "announcement"
    )
    assert (
        classify_text(
            "Úmitkerlerdi tirkeý 14 shilde kúni saǵat 18.00-de aıaqtaldy. Nátıjesinde 210 "
            "úmitker tirkelip otyr."
        )
        == "announcement"
    )


def test_polls_that_will_close_tonight_are_a_voting_day() -> None:
    # SYNTHETIC
    text = (
        "Выборы сельских акимов в области идут активно. Участки закроются в 20.00. В области "
        "зарегистрированы 120 кандидатов."
    )
    assert classify_text(text) == "voting_day"


def test_the_eve_of_a_vote_is_an_announcement() -> None:
    # SYNTHETIC: "not the deputies" is no indirect election; the vote "will start"
    text = (
        "Кандидаты завершают агитацию, суббота объявлена днём тишины, а в воскресенье утром "
        "начнётся голосование. Впервые акимов выберут сами жители, а не депутаты "
        "маслихатов."
    )
    assert classify_text(text) == "announcement"
    assert classify_text("Сайлау 15 желтоқсанға белгіленіп отыр.") == "announcement"


def test_an_election_law_signed_by_the_president_is_no_presidential_election() -> None:
    # SYNTHETIC
    text = (
        "Saılaý naýqany 12 okrýgte ótedi. Prezıdenti saılaý zańnamasyna engizilgen "
        "túzetýlerge qol qoıdy."
    )
    assert classify_text(text) == "announcement"


def test_voters_who_already_voted_are_a_voting_day() -> None:
    # SYNTHETIC
    assert (
        classify_text("Qaratal aýdanynda qazirdiń ózinde 300-ge jýyq turǵyn daýys berdi.")
        == "voting_day"
    )
    assert classify_text("Қаратал ауданында қазірдің өзінде 300-ге жуық тұрғын дауыс берді.") == (
        "voting_day"
    )


# -- "X and, from party P, Y" ------------------------------------------------------------------


def test_a_party_phrase_with_its_party_word_is_the_next_names() -> None:
    # SYNTHETIC: the party phrase sits between two names joined by "пен"
    doc = run(
        "Кенес ауылдық округінде әкім сайлауы өтті. Сайлауға өзін-өзі ұсынған Ержан Сапаров пен "
        "«AMANAT» партиясынан Дамир Қалиев қатысты. Ержан Сапаров жеңіске жетті."
    )
    nominators = {
        c.name: (c.nominator, c.party_id) for contest in doc.contests for c in contest.candidates
    }
    assert nominators == {"Ержан Сапаров": ("self", None), "Дамир Қалиев": ("party", "amanat")}


def test_ballots_against_all_written_as_words_are_read() -> None:
    # SYNTHETIC: a compound number word before "ballots"
    doc = run(
        "Erzhan Saparov received 1,061 votes and was elected akim of Kenes rural district. "
        'Damir Kaliyev received 216 votes. Sixty-eight ballots were marked "against all".'
    )
    assert [c.against_all.value for c in doc.contests if c.against_all] == [68]
    assert [n.value for n in find_numbers("против всех – шестьдесят восемь бюллетеней")] == [68]
    # a number word before no noun of votes or ballots is no count
    assert find_numbers("три кандидата", language="ru") == []


# -- "nobody voted with an absentee certificate" ---------------------------------------------


def test_nobody_beside_the_words_of_a_figure_is_a_zero() -> None:
    # SYNTHETIC: the absentee count told as "nobody" in each language
    for text, language in (
        ("12,875 voted. Nobody voted with an absentee certificate; 24 voted at home.", "en"),
        ("По открепительным удостоверениям никто не голосовал.", "ru"),
        ("Syrttaı kýálik boıynsha daýys bergender joq.", "kk-Latn"),
        ("Сырттай куәлікпен ешкім дауыс бермеді.", "kk"),
    ):
        zeros = [n for n in find_numbers(text, language=language) if n.value == 0]
        assert len(zeros) == 1, text
    # "nobody" with no word of such a figure is no count
    assert find_numbers("Никто из кандидатов не набрал большинства.") == []
    doc = run(
        "Erzhan Saparov was elected akim of Kenes rural district with 1,061 votes; Damir "
        "Kaliyev received 216. Of 2,042 voters on the lists, 1,390 voted. Nobody voted with an "
        "absentee certificate; 24 people voted outside the polling stations."
    )
    assert [(c.absentee.value, c.outside_premises.value) for c in doc.contests] == [(0, 24)]


# -- the voters on the list told by "of whom" or "registered" -------------------------------


def test_voters_of_whom_a_part_voted_are_the_voters_on_the_list() -> None:
    # SYNTHETIC: "N voters, of whom M took part"; "зарегистрировано N избирателей"
    en = run(
        "The rural district has 3,120 voters, of whom 2,014 took part. Erzhan Saparov was "
        "elected akim of Kenes rural district with 1,402 votes."
    )
    assert [(c.registered_voters.value, c.ballots_cast.value) for c in en.contests] == [
        (3120, 2014)
    ]
    ru = run(
        "В Кенесском сельском округе 3120 избирателей, из них проголосовали 1874. Акимом "
        "избран Ержан Сапаров, за него отдано 1402 голоса."
    )
    assert [(c.registered_voters.value, c.ballots_cast.value) for c in ru.contests] == [
        (3120, 1874)
    ]
    city = run(
        "В городе Талгар зарегистрировано 42 774 избирателей, работали 30 участков. Акимом "
        "города избран Ержан Сапаров, за него отдано 9071 голос."
    )
    assert [c.registered_voters.value for c in city.contests] == [42774]


def test_voters_who_came_and_a_count_word_before_voted() -> None:
    # SYNTHETIC: "came to vote"; "Eighteen voted outside"; "no one voted" is a zero, not one
    doc = run(
        "Of the 1,240 people on the voter list of Kenes rural district, 702 came to vote. "
        "Eighteen voted outside the polling premises; no one voted with an absentee "
        "certificate. Erzhan Saparov was elected akim with 455 votes."
    )
    figures = [
        (c.ballots_cast.value, c.outside_premises.value, c.absentee.value) for c in doc.contests
    ]
    assert figures == [(702, 18, 0)]


def test_a_share_in_brackets_after_the_count_against_all_is_its_share() -> None:
    # SYNTHETIC
    doc = run(
        "Erzhan Saparov received 9,071 votes (70.5%) and was elected akim of Talgar. Damir "
        'Kaliyev got 1,875 votes (14.6%). There were 182 "against all" ballots (1.4%).'
    )
    assert [(c.against_all.value, c.against_all_pct.value) for c in doc.contests] == [(182, 1.4)]


def test_a_share_after_came_alone_is_the_turnout() -> None:
    # SYNTHETIC: "Пришли 83% избирателей" opens its sentence
    doc = run(
        "В воскресенье жители Кызылобинского сельского округа выбирали акима. Пришли 81% "
        "избирателей. Самовыдвиженец Ержан Сапаров победил."
    )
    assert [c.turnout_pct.value for c in doc.contests] == [81.0]


def test_people_counted_in_words_beside_against_all() -> None:
    # SYNTHETIC: people in words count only beside the words of such a figure
    assert [n.value for n in find_numbers("графу «против всех» выбрали шесть человек")] == [6]
    assert find_numbers("В выборах участвовали шесть человек") == []
    assert [n.value for n in find_numbers("two people voted at home", language="en")] == [2]


def test_kazakh_tens_written_as_words_in_either_typing() -> None:
    # SYNTHETIC
    assert [n.value for n in find_numbers("үміткерге он екі дауыс берілді", language="kk")] == [12]
    for text in ("jıyrma bes daýys jınady", "jiyrma bes dauys jinady"):
        assert [n.value for n in find_numbers(text, language="kk-Latn")] == [25]


def test_a_heading_of_results_before_its_list_is_no_summary() -> None:
    # SYNTHETIC: "the results of the akims' elections:" then one line per district
    doc = run(
        "Audan akimderi saylauynyn qorytyndysy:\n"
        "Esil audany – Ermek Sadykov (7210 dauys);\n"
        "Mamliut audany – Elena Sergeeva (5120 dauys)."
    )
    assert doc.kind == "results"
    assert votes_of(doc) == {"Ermek Sadykov": 7210, "Elena Sergeeva": 5120}
    # the heading alone, a statement that results are out, stays a summary
    assert classify_text("Aýdan ákimderi saılaýynyń qorytyndysy shyqty.") != "results"
