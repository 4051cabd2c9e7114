"""Whole documents: kinds, contests, spans and sha256 on every fact, the traps."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from kzvotes.extract import ExtractedDocument, Fact, extract_document
from kzvotes.extract.classify import classify_text
from kzvotes.parse import text_document

SHA = "ab" * 32


def run(text: str) -> ExtractedDocument:
    return extract_document(text_document(text), sha256=SHA)


def facts(found: ExtractedDocument) -> list[Fact]:
    out: list[Fact] = []
    for contest in found.contests:
        for name in (
            "registered_voters",
            "ballots_cast",
            "absentee",
            "outside_premises",
            "invalid_ballots",
            "against_all",
            "turnout_pct",
        ):
            value = getattr(contest, name)
            if value is not None:
                out.append(value)
        for cand in contest.candidates:
            out.extend(f for f in (cand.votes, cand.vote_share_pct) if f is not None)
    return out


def test_every_fact_carries_its_span_and_sha256() -> None:
    text = (
        "В Бокейординском районе за кандидата Нурлыбека Даумова от партии AMANAT проголосовали "
        "4 660 человек, самовыдвиженец Мирамбек Гильманов получил 782 голоса. "
        "Бюллетеней с отметкой «Против всех» — 178. Акимом избран Нурлыбек Даумов."
    )
    found = run(text)
    assert found.kind == "results" and found.language == "ru"
    doc = text_document(text)
    for fact in facts(found):
        assert fact.sha256 == SHA
        printed = doc.text[fact.span[0] : fact.span[1]]
        assert printed.replace(" ", "") == str(fact.value)
    (contest,) = found.contests
    daumov = contest.candidates[0]
    assert doc.text[daumov.span[0] : daumov.span[1]] == daumov.name_as_printed
    assert (daumov.name, daumov.party_id, daumov.elected) == ("Нурлыбек Даумов", "amanat", True)


@pytest.mark.parametrize(
    "text",
    [
        "Акимом Актогайского района избран Абылай Аманжолов, он набрал порядка трех тысяч "
        "голосов. В списки включены более 10 тысяч человек, проголосовали около 5 тысяч.",
        "Bolat Abdraliev was elected akim of Kurchatov. Nearly 7,000 voters were on the lists; "
        "more than 2,000 rural akims have been elected directly since 2021.",
        "Ақмола облысында шамамен 100 мың сайлаушы бар. Облыс әкімі болып Марат Ахметжанов "
        "сайланды, ол 80 мыңға жуық дауыс жинады.",
        "Túrkistan oblysynda shamamen 262 500 saılaýshy bar. Júsipov Serik Rashuly aýyl "
        "ákimi bolyp saılandy.",
    ],
)
def test_approximate_wording_never_becomes_a_number(text: str) -> None:
    found = run(text)
    assert found.kind == "results"
    assert facts(found) == []


@pytest.mark.parametrize(
    "text",
    [
        "По состоянию на 12:00 проголосовали 7 898 избирателей из 19 586. Кандидат от партии "
        "AMANAT Нурлыбек Даумов и самовыдвиженец Мирамбек Гильманов ждут итогов.",
        "Право на голосование имеют 220 761 человек. Избирательные участки открылись в 7:00.",
        "Сайлау учаскелері ашылды. Ауданда 9114 дауыс беруші бар, сағат 12:00-ге дейін 115 "
        "сайлаушы дауыс берді.",
        "Saǵat 13:00-ge deıin 3831 saılaýshy daýys berdi, elektorat sany – 8019.",
        "Семейчане выбирают акима. Право на голосование имеют 220 761 человек. Итоги голосования "
        "будут подведены завтра.",
        "Residents of Semey are voting today; 220,761 voters are eligible. Polls opened at 7:00.",
    ],
)
def test_voting_day_reports_never_produce_results(text: str) -> None:
    found = run(text)
    assert found.kind == "voting_day"
    assert found.contests == ()


def test_classify_kinds() -> None:
    assert classify_text("Выборы акима назначены на 5 ноября 2023 года.") == "announcement"
    assert classify_text("Погода в Уральске.") == "other"
    assert (
        classify_text("Депутаты всех маслихатов области избрали акимом области Марата Ахметжанова.")
        == "other"
    )


def test_several_contests_and_subtotals_in_parentheses() -> None:
    found = run(
        "Итоги голосования 5 ноября 2023 года. В Исатайском и Кызылкогинском районах в списки "
        "избирателей включены 34 497 граждан (Исатай – 15 883, Кызылкога – 18 614)."
    )
    by_place = {c.place_id: c for c in found.contests}
    assert set(by_place) == {"KZ-23/isatay", "KZ-23/kyzylkoga"}
    assert by_place["KZ-23/isatay"].registered_voters.value == 15883  # type: ignore[union-attr]
    assert by_place["KZ-23/kyzylkoga"].registered_voters.value == 18614  # type: ignore[union-attr]
    assert all(c.election_date == date(2023, 11, 5) for c in found.contests)


def test_losers_without_numbers_and_respectively() -> None:
    found = run(
        "Асылбек Курманов набрал 1 756 голосов и избран акимом города Форт-Шевченко. "
        "Самовыдвиженцы Айдос Елемесов и Гибрат Мухамбет получили по 302 и 398 голосов "
        "соответственно. Также баллотировался самовыдвиженец Канат Муканов."
    )
    (contest,) = found.contests
    got = {
        c.name: (c.votes.value if c.votes else None, c.nominator, c.elected)
        for c in contest.candidates
    }
    assert got == {
        "Асылбек Курманов": (1756, None, True),
        "Айдос Елемесов": (302, "self", False),
        "Гибрат Мухамбет": (398, "self", False),
        "Канат Муканов": (None, "self", False),
    }


def test_percent_only_report_keeps_shares_and_turnout_base() -> None:
    found = run(
        "Акимом города Талгар избран Арыстанбек Абилхаирулы, явка составила 30,1%. "
        "Кандидат от партии AMANAT Арыстанбек Абилхаирулы набрал 70,5% голосов, самовыдвиженец "
        "Алибек Рамазанов – 8,9%."
    )
    (contest,) = found.contests
    assert contest.turnout_pct is not None and contest.turnout_pct.value == 30.1
    assert contest.turnout_base == "registered_voters"
    shares = {c.name: c.vote_share_pct.value for c in contest.candidates if c.vote_share_pct}
    assert shares == {"Арыстанбек Абилхаирулы": 70.5, "Алибек Рамазанов": 8.9}
    assert all(c.votes is None for c in contest.candidates)


def test_took_part_label_is_kept_as_printed() -> None:
    found = run(
        "Акимом Кенесского сельского округа избран Аждар Жусупов. В списки избирателей "
        "включены 1 524 человека, бюллетени получили 768."
    )
    (contest,) = found.contests
    assert contest.ballots_cast is not None and contest.ballots_cast.value == 768
    assert contest.ballots_cast_label == "бюллетени получили"


def test_json_shape() -> None:
    found = run("В Бокейординском районе избран Нурлыбек Даумов, за него отдали 4 660 голосов.")
    data = found.to_json("x.txt")
    assert set(data) == {"path", "sha256", "language", "kind", "kind_rule", "contests", "text"}
    assert data["text"].startswith("В Бокейординском")
    contest = data["contests"][0]
    for key in (
        "place_name",
        "place_id",
        "election_date",
        "registered_voters",
        "ballots_cast",
        "invalid_ballots",
        "against_all",
        "against_all_pct",
        "turnout_pct",
        "candidates",
        "spans",
        "rules",
    ):
        assert key in contest
    assert set(contest["candidates"][0]) >= {
        "name_as_printed",
        "name",
        "nominator",
        "votes",
        "elected",
        "span",
    }
    assert contest["candidates"][0]["votes"] == 4660


def test_invalid_ballots_in_every_language() -> None:
    # No source prints an invalid count; 7 is the gap the ledger notes for Bokeikhan
    # (645 took part, 638 counted), used here only to exercise the formulae.
    texts = [
        "Акимом Бокейханского сельского округа избран Амангельды Галиханов. В голосовании "
        "приняли участие 645 избирателей, количество недействительных бюллетеней составило 7.",
        "Бөкейхан ауылдық округінің әкімі болып Амангелді Ғалиханов сайланды. Дауыс беруге "
        "645 сайлаушы қатысты, жарамсыз бюллетеньдер саны – 7.",
        "Amangeldi Ǵalıhanov aýyl ákimi bolyp saılandy. Daýys berýge 645 saılaýshy qatysty, "
        "jaramsyz bıýlletender sany – 7.",
        "Amangeldi Galikhanov was elected akim; 645 voters took part and 7 ballots were invalid.",
    ]
    for text in texts:
        (contest,) = run(text).contests
        assert contest.ballots_cast is not None and contest.ballots_cast.value == 645, text
        assert contest.invalid_ballots is not None and contest.invalid_ballots.value == 7, text


# -- generalisation rules (see tests/corpus_heldout) ----------------------------------


def _extract(text: str) -> dict[str, Any]:
    from kzvotes.extract import extract_document
    from kzvotes.parse import text_document

    return extract_document(text_document(text)).to_json()


def test_russian_adjective_of_a_rural_district_named_only_in_kazakh() -> None:
    from kzvotes.extract.places import find_places

    found = find_places("В Бокейханском сельском округе Курмангазинского района")
    assert found[0].candidate_ids == ("KZ-23/kurmangazy/bokeikhan",)
    found = find_places("Байтерекского сельского округа Шиелийского района")
    assert found[0].candidate_ids == ("KZ-43/shieli/baiterek",)
    # a district's Russian name does not hide a rural district of the same stem, and two
    # rural districts of one name (Keles, named in Kazakh; Khromtau, named in Russian) are
    # both candidates, left for the context to choose
    assert find_places("Абайского сельского округа")[0].candidate_ids == (
        "KZ-15/khromtau/abai",
        "KZ-61/keles/abai",
    )
    # unknown units stay unknown
    assert find_places("Парыгинский сельский округ") == []


def test_one_verb_for_several_winners_marks_each_elected() -> None:
    got = _extract(
        "Ақтоғай ауданында Руслан Кенжебеков, Осакаров ауданында Руслан Нурмуханбетов "
        "үміткер болды. Екеуі де аудан әкімі болып қайта сайланды."
    )
    assert got["kind"] == "results"
    elected = {c["candidates"][0]["name"]: c["candidates"][0]["elected"] for c in got["contests"]}
    assert elected == {"Руслан Кенжебеков": True, "Руслан Нурмуханбетов": True}


def test_places_that_follow_their_person() -> None:
    got = _extract(
        "В Алматинской области акимами избраны Азат Кутпанбетов (Балхашский район) и "
        "Нурлан Ертас (Жамбылский район)."
    )
    by_place = {c["place_id"]: [p["name"] for p in c["candidates"]] for c in got["contests"]}
    assert by_place == {"KZ-19/balkhash": ["Азат Кутпанбетов"], "KZ-19/zhambyl": ["Нурлан Ертас"]}


def test_region_totals_belong_to_no_contest() -> None:
    got = _extract(
        "25 июля 2021 года в Атырауской области избраны акимы 18 сельских округов. В списки "
        "избирателей были включены 44 305 человек, проголосовали 32 981.\n\n"
        "Акимом Тенизского сельского округа Курмангазинского района избран Кайсар Махсутов. "
        "Акимом Сафоновского сельского округа избрана Роза Камзаева."
    )
    assert [c["place_id"] for c in got["contests"]] == [
        "KZ-23/kurmangazy/teniz",
        "KZ-23/safonovka",
    ]
    assert all(c["registered_voters"] is None for c in got["contests"])


def test_a_decimal_thousand_is_never_a_count() -> None:
    from kzvotes.extract.numbers import find_numbers

    found = find_numbers("Кайрат Нөкеш 1,5 мыңға жуық дауыс алды", language="kk")
    assert all(n.approximate for n in found)


def test_voting_day_hours_in_words() -> None:
    from kzvotes.extract.classify import classify_text

    assert classify_text("К полудню бюллетени получили 7 898 избирателей.") == "voting_day"
    assert classify_text("к 10 часам утра проголосовали около 19% избирателей") == "voting_day"
    assert classify_text("By noon, 56% of the 104,391 voters had received ballots.") == (
        "voting_day"
    )


def test_participles_and_reversed_winner_formulae() -> None:
    got = _extract(
        "В городе Форт-Шевченко прошли выборы акима. Больше всего голосов — 1 756 — получил "
        "Асылбек Курманов. Его соперники, самовыдвиженцы Айдос Елемесов и Гибрат Мухамбет, "
        "получили 302 и 398 голосов соответственно."
    )
    cands = {
        p["name"]: (p["votes"], p["elected"], p["nominator"])
        for p in got["contests"][0]["candidates"]
    }
    assert cands == {
        "Асылбек Курманов": (1756, True, None),
        "Айдос Елемесов": (302, False, "self"),
        "Гибрат Мухамбет": (398, False, "self"),
    }


def test_plural_nomination_phrase_covers_the_list() -> None:
    got = _extract(
        "Бөкей ордасы ауданының әкімі болып Нұрлыбек Даумов сайланды. Өзін-өзі ұсынған "
        "үміткерлер Мирамбек Гильманов 782, Нарынбек Кереш 426 дауысқа ие болды."
    )
    noms = {p["name"]: p["nominator"] for p in got["contests"][0]["candidates"]}
    assert noms["Мирамбек Гильманов"] == "self"
    assert noms["Нарынбек Кереш"] == "self"
    assert noms["Нұрлыбек Даумов"] is None


def test_initial_after_a_capitalised_preposition() -> None:
    from kzvotes.extract.names import find_names, normalize_name

    [m] = find_names("За К. Толеуова отдали 10,8% голосов")
    assert m.printed == "К. Толеуова"
    assert normalize_name(m.printed, "ru", governor="За ") == "К. Толеуов"
