"""Rules for classes of failure seen on corpus_real_blind13 and on a set of real excerpts
kept outside the repository (fix14): each a general rule of a language table or a pass,
tested on SYNTHETIC texts composed for the test in wordings of their own (no name, place
or figure of those documents)."""

from __future__ import annotations

import pytest
from extract_text import fact, only, run

# -- a by-election to a maslikhat is no akim election, whatever its winner was --------


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: a maslikhat by-election won by a former deputy akim, shares only
        "На довыборах в районный маслихат победил бывший замаким района.\n\n"
        "Большинство голосов получил выдвиженец партии «AMANAT» Ерлан Омаров – 71,4%. "
        "Самовыдвиженец Болат Сейітов набрал 28,6%.",
        # SYNTHETIC: the same in Kazakh
        "Аудандық мәслихат депутаттығына қосымша сайлау қорытындысы шықты. Бұрынғы аудан "
        "әкімі Ерлан Омаров 71,4% дауыс жинап жеңіске жетті. Өзін-өзі ұсынған Болат Сейітов "
        "28,6% дауыс алды.",
        # SYNTHETIC: the same in Kazakh Latin letters
        "Aýdandyq máslıhat depýtattyǵyna qosymsha saılaý qorytyndysy shyqty. Burynǵy aýdan "
        "ákimi Erlan Omarov 71,4% daýys jınap jeńiske jetti. Ózin-ózi usynǵan Bolat Seıitov "
        "28,6% daýys aldy.",
        # SYNTHETIC: the same in English, a region named before the maslikhat
        "Results of the by-election to the Pavlodar regional maslikhat are in. Former deputy "
        "akim Erlan Omarov won with 71.4% of the vote; self-nominated Bolat Seitov received "
        "28.6%.",
    ],
)
def test_a_maslikhat_by_election_won_by_a_former_akim_is_another_election(text: str) -> None:
    doc = run(text)
    assert (doc.kind, doc.contests) == ("other", ())


# -- "voters of the P district chose X": the place's voters name its winner ------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # SYNTHETIC: a roundup line of one contest, the verb's subject the place's voters
        (
            "In the Pavlodar region, voters of the Aktogay district chose Serik Nurlanov.",
            "Serik Nurlanov",
        ),
        # SYNTHETIC: the same in Kazakh
        (
            "Павлодар облысында Ақтоғай ауданының сайлаушылары Серік Нұрлановты таңдады.",
            "Серік Нұрланов",
        ),
        # SYNTHETIC: the same in Kazakh Latin letters
        (
            "Pavlodar oblysynda Aqtoǵaı aýdanynyń saılaýshylary Serik Nurlanovty tańdady.",
            "Serik Nurlanov",
        ),
    ],
)
def test_a_places_voters_choosing_a_person_elect_him(text: str, name: str) -> None:
    doc = run(text)
    winners = [(c.place_id, [x.name for x in c.candidates if x.elected]) for c in doc.contests]
    assert (doc.kind, winners) == ("results", [("KZ-55/aktogay", [name])])


# -- the contest's region in the clause of a person's job moves no reading --------------


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: a town's akim, whose former job names the region of the town
        "Акимом города Серебрянск избран Ерлан Омаров. Победителем стал 41-летний Ерлан "
        "Омаров, ранее работавший специалистом в аппарате акима Восточно-Казахстанской "
        "области. За него проголосовали 2 310 человек. Его соперник Болат Сейтов получил "
        "640 голосов.",
        # SYNTHETIC: the same in Kazakh, the job's words after the region
        "Серебрянск қаласының әкімі болып Ерлан Омаров сайланды. 41 жастағы Ерлан Омаров "
        "бұған дейін Шығыс Қазақстан облысы әкімінің аппаратында маман болып істеген. Оған "
        "2 310 сайлаушы дауыс берді. Қарсыласы Болат Сейтов 640 дауыс алды.",
    ],
)
def test_the_region_of_a_winners_former_job_keeps_the_towns_figures(text: str) -> None:
    contest = only(text)
    votes = sorted(fact(c.votes) for c in contest.candidates)
    assert (contest.place_id, votes) == ("KZ-63/serebryansk", [640, 2310])


# -- "участие в голосовании приняли N процентов": the turnout, its verb after it ---------


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: the verb after "участие"
        "Акимом Жанаталапского сельского округа избран Ерлан Омаров. В списках – 512 "
        "избирателей, участие в голосовании приняли 71 процент. Ерлан Омаров получил 240 "
        "голосов.",
        # SYNTHETIC: English, "participation" as the turnout's word
        "Erlan Omarov was elected akim of the Aktogay district with 6,240 votes. "
        "Participation stood at 71 percent.",
    ],
)
def test_participation_told_with_its_verb_after_is_the_turnout(text: str) -> None:
    assert fact(only(text).turnout_pct) == 71.0


# -- a loser's words after a bracketed aside: the plurality of the counted stands -------


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: rows with the nomination in brackets, the last without a count
        "Итоги выборов. Шортандинский район. Ерлан Омаров (AMANAT) – 3 912 голосов; Болат "
        "Сейтов (самовыдвижение) – 604; Марат Нуров (самовыдвижение) получил наименьшее "
        "количество голосов.",
        # SYNTHETIC: the same in English
        "Election results. Shortandy district. Erlan Omarov (Amanat) – 3,912 votes; Bolat "
        "Seitov (self-nominated) – 604; Marat Nurov (self-nominated) received the fewest "
        "votes.",
    ],
)
def test_a_loser_told_after_a_bracketed_aside_leaves_the_plurality(text: str) -> None:
    contest = only(text)
    assert [c.elected for c in contest.candidates] == [True, False, False]


# -- after a sentence naming a winner, "в P — (post) Y": the verb left out ---------------


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: a winner's sentence, then two places each with a dash and a person
        "Итоги выборов подведены. В Приозерске больше всего голосов набрал Ерлан Омаров. "
        "В Актогайском районе — действующий аким Болат Сейтов, в Осакаровском районе — его "
        "коллега Марат Нуров.",
        # SYNTHETIC: the same in Kazakh
        "Сайлау қорытындысы шықты. Приозерскіде ең көп дауысты Ерлан Омаров жинады. Ақтоғай "
        "ауданында — қазіргі әкім Болат Сейтов, Осакаров ауданында — Марат Нұров.",
        # SYNTHETIC: the same in English
        "Results are in. In Priozersk, Erlan Omarov received the most votes. In the Aktogay "
        "district — incumbent akim Bolat Seitov, in the Osakarovka district — his colleague "
        "Marat Nurov.",
    ],
)
def test_places_with_a_dash_and_a_person_after_a_winner_are_winners(text: str) -> None:
    doc = run(text)
    winners = {c.place_id: [x.name for x in c.candidates if x.elected] for c in doc.contests}
    assert list(winners) == ["KZ-35/priozersk", "KZ-35/aktogay", "KZ-35/osakarovka"]
    assert all(len(names) == 1 for names in winners.values())


def test_places_with_a_dash_and_a_person_after_no_winner_are_no_winners() -> None:
    # SYNTHETIC: the same shape after a sentence of candidates registered
    doc = run(
        "Итоги выборов подведены. Зарегистрированы кандидаты. В Актогайском районе — "
        "действующий аким Болат Сейтов, в Осакаровском районе — его коллега Марат Нуров."
    )
    assert not any(x.elected for c in doc.contests for x in c.candidates)


# -- the kind: the polls set to work, a voter among the first, further votes elsewhere --


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: as of an hour, the polling stations set to work; candidates registered
        "Аудан әкімі сайлауы. Сағат 08.00-дегі жағдай бойынша ауданның 42 сайлау "
        "учаскесінде дауыс беруге кірісті. Сайлауға үш үміткер тіркелді.",
        # SYNTHETIC: the same in Kazakh Latin letters
        "Aýdan ákimi saılaýy. Saǵat 08.00-degi jaǵdaı boıynsha aýdannyń 42 saılaý "
        "ýchaskesinde daýys berýge kiristi. Saılaýǵa úsh úmitker tirkeldi.",
        # SYNTHETIC: today's vote, a voter among the first; the vote "held" in the past
        "Ауылдық округте әкім сайлауы өтті. Бүгінгі сайлауға алғашқылардың бірі болып 80 "
        "жастағы тұрғын келіп, дауысын берді.",
        # SYNTHETIC: a voter among the first, in a message naming the candidates registered
        "Выборы акима сельского округа. Одной из первых на участок пришла 80-летняя "
        "жительница села. На пост акима зарегистрированы три кандидата.",
        # SYNTHETIC: the same in English
        "Rural akim election. An 80-year-old resident was among the first to vote in the "
        "village. Three candidates were registered for the post.",
    ],
)
def test_the_polls_at_work_or_a_first_voter_make_a_voting_day(text: str) -> None:
    assert run(text).kind == "voting_day"


def test_further_votes_elsewhere_after_a_vote_held_call_no_vote() -> None:
    # SYNTHETIC: a summary of a vote held, then a note of votes to come elsewhere
    doc = run(
        "В районе выбрали акимов восьми сёл. В голосовании приняли участие 12 540 "
        "избирателей, в бюллетени были внесены 21 кандидат.\n\n"
        "Отметим, 14 мая пройдут выборы акимов ещё в трёх сельских округах."
    )
    assert (doc.kind, doc.contests) == ("other", ())


# -- an English text spelling Kazakh words with Kazakh letters is English ---------------


def test_english_words_outweigh_kazakh_letters_of_a_few_loanwords() -> None:
    # SYNTHETIC: an encyclopedia-style English paragraph with "äkım" spelt the Kazakh way
    doc = run(
        "Rural elections were held in the country, where 412 äkıms of villages and rural "
        "districts were elected by the population for the first time. The ruling party won "
        "most of the races, followed by two other parties (21 äkıms and 9 äkıms)."
    )
    assert doc.language == "en"
