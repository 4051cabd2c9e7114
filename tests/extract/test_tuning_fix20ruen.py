"""Recall classes the once-scored blind17 set exposed in its Russian and English documents,
each as a general rule over the shape (SYNTHETIC texts throughout: every sentence below was
composed for these tests; names and figures are invented or, where real, carry no sentence
of their source).

- a commission's notice declaring the winner ("Избранным акимом ... признан X, советник
  партии"), the place between the words of the winner and the verb;
- a village feature: the ballots "dropped in the urns", the turnout after an em dash;
- winner wordings: the post passed to a person, the helm entrusted, the akim "from now on";
  "the job went to X", "voters entrusted the post to X", "came out on top";
- a wire item giving only shares, the winner's as "победитель — 70,5%";
- the runner-up's count told by its place ("was runner-up with 782", "drew 426");
- a wire item with two villages, each paragraph headed by its place in capitals after the
  dateline;
- negative: an appointment of akims calls no vote; "since direct elections began" is no
  voting day; an acting akim or the president's choice is no result; an official is not a
  candidate.
"""

from __future__ import annotations

import pytest
from extract_text import fact, only, run


def _people(text: str) -> list[tuple[str, object, object, object]]:
    return [
        (x.name, fact(x.votes), fact(x.vote_share_pct), x.elected)
        for c in run(text).contests
        for x in c.candidates
    ]


# SYNTHETIC: a district commission's notice, labelled lines, then the declared winner
_DECLARED = (
    "СООБЩЕНИЕ\nОсакаровской районной избирательной комиссии\n\n"
    "Внесено в списки избирателей: 14 020\n"
    "Приняли участие в голосовании: 6 115\n\n"
    "Избранным акимом Осакаровского района Карагандинской области признан "
    "Муканов Ерлан — {job}."
)


@pytest.mark.parametrize("job", ["советник партии «Аманат»", "руководитель районного отдела"])
def test_a_winner_declared_after_the_place_is_the_akim_whatever_job_follows(job: str) -> None:
    contest = only(_DECLARED.format(job=job))
    assert contest.place_id == "KZ-35/osakarovka"
    assert (fact(contest.registered_voters), fact(contest.ballots_cast)) == (14020, 6115)
    assert [(x.name, x.elected) for x in contest.candidates] == [("Муканов Ерлан", True)]


def test_an_official_declared_chairman_is_no_candidate() -> None:
    # SYNTHETIC: the commission's chairman declared, then the result
    text = (
        "Председателем Осакаровской районной комиссии признан Ахметов Бауыржан, секретарь "
        "маслихата. Избранным акимом Осакаровского района признан Муканов Ерлан."
    )
    assert [x[0] for x in _people(text)] == ["Муканов Ерлан"]


# SYNTHETIC: a village feature, the count of those who came told as ballots in the urns
def test_ballots_dropped_in_the_urns_are_the_ballots_cast_and_the_share_after_a_dash() -> None:
    text = (
        "Акимом Тенизского сельского округа избран Сапаров Нурбол. В списки внесли 2 310 "
        "жителей, бюллетени в урны опустили 1 402 из них — это 60,7 процента."
    )
    contest = only(text)
    assert (fact(contest.registered_voters), fact(contest.ballots_cast)) == (2310, 1402)
    assert fact(contest.turnout_pct) == 60.7


@pytest.mark.parametrize(
    "sentence",
    [
        "Должность акима Шортандинского района перешла к Ерболу Кенжину, выдвинутому партией «Аманат».",
        "Население Шортандинского района доверило руль Ерболу Кенжину, выдвинутому партией «Аманат».",
        "Акимом Шортандинского района отныне является Ербол Кенжин, выдвинутый партией «Аманат».",
    ],
)
def test_the_post_passed_or_the_helm_entrusted_names_the_winner(sentence: str) -> None:
    doc = run(sentence + " Итоги голосования в понедельник огласила районная комиссия.")
    assert doc.kind == "results"
    (contest,) = doc.contests
    assert contest.place_id == "KZ-11/shortandy"
    assert [(x.name, x.elected, x.party_id) for x in contest.candidates] == [
        ("Ербол Кенжин", True, "amanat")
    ]


def test_the_post_passed_to_an_acting_akim_is_no_result() -> None:
    # SYNTHETIC: an appointment in the same wording
    text = (
        "Должность акима Шортандинского района перешла к временно исполняющему обязанности "
        "Ерболу Кенжину. Так решил аким области."
    )
    assert run(text).contests == ()


def test_an_appointment_of_akims_by_decree_calls_no_vote() -> None:
    # SYNTHETIC: akims of regions appointed; no election called
    text = (
        "Указами главы государства назначены акимы двух регионов: Ербол Кенжин — в "
        "Карагандинской области, Марат Сапаров — в Акмолинской."
    )
    assert run(text).kind == "other"
    assert run("Выборы акима Шортандинского района назначены на 5 ноября.").kind == "announcement"


# SYNTHETIC: a wire item giving only shares; the winner named before, then "the winner"
_SHARES = (
    "Акимом Шортандинского района избран Ербол Кенжин, выдвинутый партией «Аманат».\n\n"
    "Доли голосов: победитель — 64,2%; Марат Сапаров (Народная партия Казахстана) — 20,1%; "
    "самовыдвиженец Нурлан Осипов — 11,3%."
)


def test_a_share_labelled_the_winner_is_the_known_winners() -> None:
    assert _people(_SHARES) == [
        ("Ербол Кенжин", None, 64.2, True),
        ("Марат Сапаров", None, 20.1, False),
        ("Нурлан Осипов", None, 11.3, False),
    ]


def test_a_share_labelled_the_winner_with_no_winner_known_is_left_unread() -> None:
    # SYNTHETIC: no one named elected before "the winner": the share stays a gap, and the
    # word elects no one of the list
    text = (
        "Выборы акима Шортандинского района прошли в воскресенье. Доли голосов: победитель — "
        "64,2%; Марат Сапаров набрал 20,1%; Нурлан Осипов набрал 11,3%."
    )
    people = _people(text)
    assert ("Марат Сапаров", None, 20.1, True) not in people
    assert all(share != 64.2 for _, _, share, _ in people)


def test_the_runner_up_and_the_third_told_by_their_places() -> None:
    # SYNTHETIC: an English wire item, the counts of the rivals told by "runner-up with"
    # and "drew"
    text = (
        "KOKSHETAU – 5,120 voters backed Serik Abenov of the Amanat party in the race for "
        "akim of Zerendi district. Independent Marat Sadykov was runner-up with 1,340, and "
        "another self-nominee, Aidos Nurov, drew 512."
    )
    assert _people(text) == [
        ("Serik Abenov", 5120, None, True),
        ("Marat Sadykov", 1340, None, False),
        ("Aidos Nurov", 512, None, False),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The job went to Aidos Nurov, a self-nominee.",
        "Voters in the district entrusted the post to Aidos Nurov, a self-nominee.",
        "Self-nominated Aidos Nurov came out on top against a former deputy akim.",
    ],
)
def test_the_job_given_or_the_race_topped_names_the_winner(sentence: str) -> None:
    doc = run(f"Sunday's vote in Zerendi district. {sentence}")
    assert doc.kind == "results"
    (contest,) = doc.contests
    assert contest.place_id == "KZ-11/zerendi"
    assert [(x.name, x.elected, x.nominator) for x in contest.candidates] == [
        ("Aidos Nurov", True, "self")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The President entrusted the post to Aidos Nurov, the former deputy governor.",
        "The job of acting akim of Zerendi district went to acting governor Aidos Nurov.",
    ],
)
def test_an_appointment_in_the_same_wording_gives_no_contest(sentence: str) -> None:
    assert run(sentence).contests == ()


# SYNTHETIC: a wire item with a dateline, a lead, then one paragraph per village, each
# headed by the village in capitals
_TWO_VILLAGES = (
    "ATYRAU, Nov 3, 2025 – Two rural districts of Atyrau region chose akims on Sunday, "
    "commissions said.\n\n"
    "TENIZ – Of 2,480 voters on the list in this Kurmangazy district area, 1,530 turned "
    "out. The job went to Nurbol Saparov, a self-nominee.\n\n"
    "BOKEIKHAN – 910 of 1,205 registered voters took part. Voters entrusted the post to "
    "Yerlan Dosov; the Amanat Party had put him forward."
)


def test_villages_in_capitals_after_the_dateline_head_their_own_contests() -> None:
    contests = run(_TWO_VILLAGES).contests
    assert [c.place_id for c in contests] == [
        "KZ-23/kurmangazy/teniz",
        "KZ-23/kurmangazy/bokeikhan",
    ]
    assert [(fact(c.registered_voters), fact(c.ballots_cast)) for c in contests] == [
        (2480, 1530),
        (1205, 910),
    ]
    assert [[(x.name, x.elected) for x in c.candidates] for c in contests] == [
        [("Nurbol Saparov", True)],
        [("Yerlan Dosov", True)],
    ]


def test_the_city_of_a_dateline_is_still_no_contest() -> None:
    # SYNTHETIC: the dateline's city first, with no body above it
    text = "ATYRAU – The job of akim of Teniz rural district went to Nurbol Saparov on Sunday."
    assert [c.place_id for c in run(text).contests] == ["KZ-23/kurmangazy/teniz"]


def test_since_direct_elections_began_is_no_voting_day() -> None:
    # SYNTHETIC: a schedule recalling the count of akims elected so far
    text = (
        "Twelve more rural akims will be elected in two regions on September 14. Since "
        "direct elections began, 1,204 akims have been elected."
    )
    assert run(text).kind == "announcement"


# SYNTHETIC: a village feature telling the two rivals' nomination before naming them
_BOTH_FIRST = (
    "Претендентов на пост акима Тенизского сельского округа было двое, и оба шли {how}. "
    "Сапаров Нурбол Ерланович возглавляет сельскую школу. Его соперник Досов Ерлан "
    "работает в районном акимате.\n\n"
    "Новым акимом округа стал Нурбол Сапаров."
)


def test_one_nomination_told_of_both_before_they_are_named_is_each_ones() -> None:
    contest = only(_BOTH_FIRST.format(how="без партийного выдвижения"))
    assert [(x.name, x.elected, x.nominator) for x in contest.candidates] == [
        ("Сапаров Нурбол Ерланович", True, "self"),
        ("Досов Ерлан", False, "self"),
    ]


def test_a_namesake_with_another_given_name_is_no_fuller_printing() -> None:
    # SYNTHETIC: the winner's father printed in full before; the winner keeps his own name
    text = (
        "Сапаров Ерлан Маратович тридцать лет руководил сельской школой. Акимом Тенизского "
        "сельского округа избран его сын Нурбол Сапаров."
    )
    assert [x.name for x in only(text).candidates] == ["Нурбол Сапаров"]


def test_both_told_in_a_message_of_two_contests_stays_unread() -> None:
    # SYNTHETIC: two contests; "both" of one sentence may be of either
    text = (
        "Претендентов было двое, оба шли без партийного выдвижения. Акимом Тенизского сельского округа "
        "избран Нурбол Сапаров, его соперником был Ерлан Досов. Акимом Шортандинского "
        "района избран Ербол Кенжин."
    )
    assert all(x.nominator is None for c in run(text).contests for x in c.candidates)
