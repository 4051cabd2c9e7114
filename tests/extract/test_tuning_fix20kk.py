"""Rules for classes of failure of the Kazakh (Cyrillic and Latin) documents of
corpus_real_blind17 (a tuning set) fixed on branch i9-fix20kk: each a general rule of a
language table or a pass, tested on SYNTHETIC texts composed for the test in wordings of
their own (names and figures invented for the test; places from the gazetteer), with texts
in the same wording that report no result.

Classes: a place's voters choosing a person in the accusative ("X ауданында сайлаушылар
Y-ті таңдады"); the majority of residents supporting a person ("тұрғындардың көпшілігі
Y-ты қолдады"); a post's list line "Place — жеңімпаз Name" and "жұрт Y-ке сенім артты";
the reins of a district handed to a person ("аудан тізгіні ... Y-ке тапсырылды"); a lede
printing the count first ("N дауыс — ... Y-ке берілген дауыс саны осындай"); the winner's
rival set off between a count of voters and the name ("N сайлаушы оның қарсыласы Y-ті
қолдады"); a labelled figure followed by the next row's label of words ("Daýys bergender:
N" then "Kandıdattar: ...").
"""

from __future__ import annotations

from extract_text import fact, run


def people(text: str) -> dict[str | None, tuple[tuple[str, object, bool | None], ...]]:
    """Each contest's candidates (name, votes, elected), by place."""
    return {
        c.place_id: tuple((x.name, fact(x.votes), x.elected) for x in c.candidates)
        for c in run(text).contests
    }


# -- the voters of a place choosing a person; most residents supporting a person --------


def test_the_voters_of_a_place_chose_a_person_in_the_accusative() -> None:
    # SYNTHETIC: a newspaper item on two districts, no figures
    found = people(
        "Облыста екі ауданның әкімі белгілі болды\n\n"
        "Мұғалжар ауданында сайлаушылар Ерболат Сейітқалиевті таңдады. Шалқар ауданында "
        "болса, тұрғындардың басым көпшілігі Нұрбол Досановты қолдады."
    )
    assert found == {
        "KZ-15/mugalzhar": (("Ерболат Сейітқалиев", None, True),),
        "KZ-15/shalkar": (("Нұрбол Досанов", None, True),),
    }


def test_voters_who_will_choose_tomorrow_report_no_result() -> None:
    # SYNTHETIC: the same wording, of a vote to come
    found = run(
        "Мұғалжар ауданында ертең сайлау өтеді\n\n"
        "Мұғалжар ауданында сайлаушылар ертең жаңа әкімін таңдайды. Бюллетеньге үш "
        "кандидат енгізілген: Ерболат Сейітқалиев, Нұрбол Досанов және Аян Қуаныш."
    )
    assert found.kind != "results"
    assert found.contests == ()


def test_residents_supporting_a_person_in_a_poll_is_no_election() -> None:
    # SYNTHETIC: readers' survey in the majority-supported wording
    found = run(
        "Сауалнама қорытындысы\n\n"
        "Сайттағы сауалнамаға жауап берген тұрғындардың көпшілігі Нұрбол Досановты "
        "қолдады."
    )
    assert found.contests == ()


def test_deputies_choosing_a_person_is_an_indirect_election() -> None:
    # SYNTHETIC: an indirect election told with the verb of choosing
    found = run(
        "Облысқа жаңа әкім келді\n\n"
        "Мәслихат сессиясында депутаттар Ерболат Сейітқалиевті облыс әкімі етіп таңдады. "
        "Оны 41 депутат қолдады."
    )
    assert found.kind == "other"
    assert found.contests == ()


# -- a post's list lines: "Place — жеңімпаз Name", "жұрт Y-ке сенім артты" ---------------


def test_a_post_lists_each_district_with_its_winner() -> None:
    # SYNTHETIC: a social-media post with list marks and hashtags
    found = people(
        "🗳 ЖЕТІСУ | САЙЛАУ\n\n"
        "Екі ауданда әкімдер анықталды\n\n"
        "🔹 Іле ауданы: жеңімпаз Бауыржан Әлімқұлов\n"
        "🔹 Талғар ауданы — халық бұрынғы басшы Мейірбек Сыздыққа қайта сенім артты\n\n"
        "#сайлау #әкім"
    )
    assert found == {
        "KZ-19/ili": (("Бауыржан Әлімқұлов", None, True),),
        "KZ-19/talgar": (("Мейірбек Сыздық", None, True),),
    }


def test_a_winner_to_be_announced_is_no_result() -> None:
    # SYNTHETIC: the word of the winner in an announcement, no name after it
    found = run(
        "Іле ауданында әкім сайлауы 5 қарашада өтеді\n\n"
        "Жеңімпаз Орталық сайлау комиссиясы қорытынды шығарғаннан кейін белгілі болады."
    )
    assert found.kind == "announcement"
    assert found.contests == ()


# -- the reins handed over; a lede printing the count first; the rival set off ---------


def test_a_lede_that_prints_the_count_first_and_names_whose_it_is_later() -> None:
    # SYNTHETIC: Kazakh Cyrillic, count first, then the rival's count with an apposition
    found = people(
        "Зеренді ауданының әкімі белгілі болды\n\n"
        "6205 дауыс — Ақмола облысы Зеренді ауданы әкімінің сайлауында Ерлан Мұқановқа "
        "берілген дауыс саны осындай. Аумақтық комиссияның хабарлауынша, 2113 сайлаушы "
        "оның басты қарсыласы Дәурен Бекмағамбетовті қолдаған.\n\n"
        "Осылайша аудан тізгіні бұған дейін әкімнің орынбасары болған Мұқановқа "
        "тапсырылды."
    )
    assert found == {
        "KZ-11/zerendi": (
            ("Ерлан Мұқанов", 6205, True),
            ("Дәурен Бекмағамбетов", 2113, False),
        )
    }


def test_a_lede_in_latin_that_prints_the_count_first() -> None:
    # SYNTHETIC: Kazakh Latin, count first
    found = people(
        "Zerendi aýdanynyń ákimi saılandy\n\n"
        "6205 daýys — Zerendi aýdany ákimi saılaýynda Erlan Muqanovqa berilgen daýys sany. "
        "1780 saılaýshy onyń jalǵyz qarsylasy Dáýren Bekmaǵambetovti qoldady. Nátıjesinde "
        "Erlan Muqanov aýdan ákimi bolyp saılandy."
    )
    assert found == {
        "KZ-11/zerendi": (
            ("Erlan Muqanov", 6205, True),
            ("Dáýren Bekmaǵambetov", 1780, False),
        )
    }


def test_a_count_first_sentence_naming_two_people_gives_the_count_to_neither() -> None:
    # SYNTHETIC: the count's words follow no single name: no one is given it
    found = run(
        "Зеренді ауданының әкімі сайланды\n\n"
        "6205 дауыс — Ерлан Мұқанов пен Дәурен Бекмағамбетовке берілген дауыс саны. "
        "Зеренді ауданының әкімі болып Ерлан Мұқанов сайланды."
    )
    for contest in found.contests:
        for person in contest.candidates:
            assert fact(person.votes) != 6205


def test_the_official_quoted_in_a_count_first_lede_is_no_candidate() -> None:
    # SYNTHETIC: a commission chairman named in the lede is not a candidate
    found = people(
        "Зеренді ауданының әкімі анықталды\n\n"
        "6205 дауыс — комиссия төрағасы Серік Жанболатовтың айтуынша, Зеренді ауданы "
        "әкімінің сайлауында Ерлан Мұқановқа берілген дауыс саны осындай. Ол аудан "
        "әкімі болып сайланды."
    )
    names = [n for contest in found.values() for n, _, _ in contest]
    assert "Серік Жанболатов" not in names
    assert ("Ерлан Мұқанов", 6205, True) in found.get("KZ-11/zerendi", ())


# -- a labelled figure, then the next row's label of words -------------------------------


def test_a_labelled_figure_before_a_row_of_words_keeps_its_label() -> None:
    # SYNTHETIC: Kazakh Latin rows of a brief; the third row's label is no noun of the
    # second row's figure
    (contest,) = run(
        "Zerendi aýdany ákim saılady\n\n"
        "Saılaýshylar sany: 31 560\n"
        "Daýys bergender: 20 417\n"
        "Kandıdattar: ekeýi de partııadan usynylǵan\n\n"
        "12 830 daýys jınaǵan Erlan Muqanov aýdan ákimi bolyp saılandy."
    ).contests
    assert (fact(contest.registered_voters), fact(contest.ballots_cast)) == (31560, 20417)
    assert [(x.name, fact(x.votes), x.elected) for x in contest.candidates] == [
        ("Erlan Muqanov", 12830, True)
    ]


def test_a_count_of_candidates_in_its_own_row_is_no_count_of_voters() -> None:
    # SYNTHETIC: "Tirkelgen: 3 kandıdat": the noun after the figure is still its own
    (contest,) = run(
        "Zerendi aýdany ákim saılady\n\n"
        "Saılaýshylar sany: 31 560\n"
        "Tirkelgeni: 3 kandıdat\n\n"
        "12 830 daýys jınaǵan Erlan Muqanov aýdan ákimi bolyp saılandy."
    ).contests
    assert fact(contest.registered_voters) == 31560
    assert fact(contest.ballots_cast) is None


# -- the same classes in Kazakh Latin; the post that went to a person --------------------


def test_latin_voters_chose_and_the_post_went_to_a_person() -> None:
    # SYNTHETIC: Kazakh Latin (2018 alphabet), a two-district brief under a tally headline
    found = people(
        "Aqtóbe oblysynda eki ákim saılandy\n\n"
        "2023 jylǵy 5 qarashada ótken saılaýda Qobda aýdany ákimi laýazymy Asylbek "
        "Nurǵalıevke buıyrdy. Shalqar aýdanynda saılaýshylar Talǵat Ermekovti tańdady."
    )
    assert found == {
        "KZ-15/khobda": (("Asylbek Nurǵalıev", None, True),),
        "KZ-15/shalkar": (("Talǵat Ermekov", None, True),),
    }


def test_cyrillic_post_went_to_a_person() -> None:
    # SYNTHETIC: Kazakh Cyrillic, the post going to the person in the dative
    found = people(
        "Темір ауданының жаңа басшысы\n\n"
        "5 қарашадағы сайлауда Темір ауданы әкімі лауазымы Ғалым Байменовке бұйырды."
    )
    assert found == {"KZ-15/temir": (("Ғалым Байменов", None, True),)}


def test_latin_residents_supporting_and_trusting_and_a_list_winner() -> None:
    # SYNTHETIC: Kazakh Latin list lines of a post
    found = people(
        "JETISÝ | SAILAÝ\n\n"
        "Eki aýdanda ákimder anyqtaldy\n\n"
        "• Ile aýdany: jeńimpaz Baýyrjan Álimqulov\n"
        "• Talǵar aýdany — halyq burynǵy basshy Meıirbek Syzdyqqa qaıta senim artty\n"
    )
    assert found == {
        "KZ-19/ili": (("Baýyrjan Álimqulov", None, True),),
        "KZ-19/talgar": (("Meıirbek Syzdyq", None, True),),
    }


def test_latin_candidates_in_contention_for_a_post_is_no_result() -> None:
    # SYNTHETIC: an announcement in the same words (the post, the voters), no verb of a result
    found = run(
        "Qobda aýdanynda ákim saılaýy 5 qarashada ótedi\n\n"
        "Aýdan ákimi laýazymyna úsh kandıdat talasady. Saılaýshylar Asylbek Nurǵalıev, "
        "Talǵat Ermekov jáne Dáýren Saparov arasynan tańdaıdy."
    )
    assert found.kind == "announcement"
    assert found.contests == ()


# -- variants of the same classes: "басым бөлігі", "сенім білдірді", a count-first lede ---


def test_variants_of_the_majority_and_trust_wordings() -> None:
    # SYNTHETIC: a roundup of three districts in three variants of the wordings
    found = people(
        "Ақтөбе облысында үш ауданның әкімі белгілі болды\n\n"
        "Шалқар ауданында тұрғындардың басым бөлігі Нұрбол Досановты қолдады. Темір "
        "ауданында сайлаушылардың көпшілігі Ғалым Байменовті таңдады. Мәртөк ауданында "
        "халық Айдос Жұмабаевқа сенім білдірді."
    )
    assert found == {
        "KZ-15/shalkar": (("Нұрбол Досанов", None, True),),
        "KZ-15/temir": (("Ғалым Байменов", None, True),),
        "KZ-15/martuk": (("Айдос Жұмабаев", None, True),),
    }


def test_a_count_first_lede_alone_is_a_result_with_no_winner_said() -> None:
    # SYNTHETIC: one count, printed first; the text says no more, so no winner is marked
    found = people(
        "Шалқар ауданы\n\n"
        "6205 дауыс — Шалқар ауданы әкімі сайлауында Нұрбол Досановтың жинаған дауысы."
    )
    assert found == {"KZ-15/shalkar": (("Нұрбол Досанов", 6205, None),)}


def test_a_count_first_sentence_of_ballots_so_far_is_no_result() -> None:
    # SYNTHETIC: voting day, a count first and the same words, of no person
    found = run(
        "Шалқар ауданында дауыс беру жүріп жатыр\n\n"
        "3200 дауыс — сағат 14:00-ге дейін Шалқар ауданының учаскелерінде берілген дауыс "
        "саны. Комиссия төрағасы Серік Жанболатов мұны брифингте айтты."
    )
    assert found.kind == "voting_day"
    assert found.contests == ()
