"""Rules for classes of failure first seen on corpus_real_blind12 (a tuning set since its
single scored run): each a general rule of a language table or a pass, tested on SYNTHETIC
texts composed for the test in wordings of their own (no name, place or figure of those
documents)."""

from __future__ import annotations

from extract_text import fact, only, run

from kzvotes.extract import ExtractedContest


def nominators(contest: ExtractedContest) -> dict[str, str | None]:
    return {c.name: c.nominator for c in contest.candidates}


# -- a row's own count after its colon is no list after a nomination ------------------


def test_a_nomination_cell_before_its_count_is_the_rows_alone() -> None:
    # SYNTHETIC: label rows "Name, nomination: count"; the rivals' nominations not given
    contest = only(
        "Жаңабазар ауылдық округі әкімінің сайлауы\n\n"
        "Кандидаттардың алған дауыстары\n"
        "Серік Омаров, өзін-өзі ұсынған: 512\n"
        "Болат Тұрсынов: 240\n"
        "Дәулет Ахметов: 97\n\n"
        "Сайланды: Серік Омаров."
    )
    assert nominators(contest) == {
        "Серік Омаров": "self",
        "Болат Тұрсынов": None,
        "Дәулет Ахметов": None,
    }


# -- a small triangle bullet starts a clause of its own --------------------------------


def test_a_triangle_bullet_keeps_each_headlines_figures_with_its_place() -> None:
    # SYNTHETIC: a digest of headlines, one district a line, no full stops
    doc = run(
        "ВЫБОРЫ | лента заголовков\n\n"
        "▸ Приозерск: больше всего голосов у Ерлана Сатыбалдина; «против всех» — 41\n"
        "▸ Осакаровский район: победу одержал Бауыржан Оспанов; «против всех» — 77\n"
    )
    against = {c.place_id: fact(c.against_all) for c in doc.contests}
    assert against == {"KZ-35/priozersk": 41, "KZ-35/osakarovka": 77}


# -- a bilingual page: the first nominative printing names the person ------------------


def test_a_later_printing_in_russian_letters_does_not_respell_the_name() -> None:
    # SYNTHETIC: Kazakh text first (an inflected, then a nominative printing), then the
    # Russian version of the same result
    contest = only(
        "ҚАЗАҚША\n"
        "Тайынша ауданында Дәурен Құрманғалиевті 5120 сайлаушы қолдады, Арман Сейітов 900 "
        "дауыс алды. Осылайша Тайынша ауданының әкімі болып Дәурен Құрманғалиев сайланды.\n\n"
        "НА РУССКОМ\n"
        "Акимом Тайыншинского района избран Дәурен Курмангалиев (5120 голосов)."
    )
    assert contest.candidates[0].name == "Дәурен Құрманғалиев"


# -- a Kazakh Latin post: "Nátıje:" then numbered rows "Name — N daýys" ---------------


def test_a_latin_results_heading_then_dashed_rows_is_a_result() -> None:
    # SYNTHETIC: a messenger post with emoji bullets and keycap numbers
    doc = run(
        "🔔 Aýyl ákimi kim?\n\n📊 Nátıje:\n1️⃣ Serik Omarov — 812 daýys ✅\n2️⃣ Bolat Tursynov — 305\n"
    )
    assert doc.kind == "results"


# -- English headline verbs: "X wins in P", "X takes P district", "X to lead P district" --


def test_english_headline_verbs_name_the_winners() -> None:
    # SYNTHETIC: a digest of headlines, one winner a line, no counts
    doc = run(
        "AKIM ELECTIONS — digest\n\n"
        "• Karaganda Region: Serik Omarov wins in Priozersk\n"
        "• Karaganda Region: Bolat Tursynov to lead Osakarovka district\n"
    )
    assert doc.kind == "results"
    winners = {c.place_id: [x.name for x in c.candidates if x.elected] for c in doc.contests}
    assert winners == {
        "KZ-35/priozersk": ["Serik Omarov"],
        "KZ-35/osakarovka": ["Bolat Tursynov"],
    }


def test_a_digests_item_about_several_contests_gives_its_figures_to_none() -> None:
    # SYNTHETIC: the first item sums up many races; its turnout is no one contest's
    doc = run(
        "AKIM ELECTIONS — digest\n\n"
        "• Commission sums up races in 12 districts; turnout 58.1%\n"
        "• Karaganda Region: Serik Omarov wins in Priozersk\n"
        "• Karaganda Region: Bolat Tursynov to lead Osakarovka district\n"
    )
    assert {c.place_id: fact(c.turnout_pct) for c in doc.contests} == {
        "KZ-35/priozersk": None,
        "KZ-35/osakarovka": None,
    }
