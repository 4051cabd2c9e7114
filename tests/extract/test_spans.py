"""Every span of ``kzvotes extract --json`` selects its value from the printed ``text``.

The property test composes synthetic results messages (labelled synthetic: names and
figures are drawn at random) in HTML or plain text, with the layout noise of real pages
(non-breaking spaces, entities, tags inside sentences, blank lines), runs the command on
them and checks every span against the ``text`` the command prints.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kzvotes.cli import app
from kzvotes.extract.spans import span_problems

CORPUS = Path(__file__).parent.parent / "corpus"

# synthetic people: first names and surnames in the nominative
FIRST = ("Нурлан", "Азамат", "Ерлан", "Бауыржан", "Марат", "Серик")
SURNAME = ("Жумабаев", "Касымов", "Нуркенов", "Сагинтаев", "Абенов", "Турсынов")
PLACES = ("Бокейординском районе", "Таскалинском районе", "Каратобинском районе")
SPACE = st.sampled_from([" ", "\u00a0", "&nbsp;", "  ", " <b></b>"])


def grouped(value: int, space: str) -> str:
    """``12 345`` with the given space between the groups of thousands."""
    text = f"{value:,}"
    return text.replace(",", space)


@st.composite
def results_message(draw: st.DrawFn) -> tuple[str, str]:
    """A synthetic results message and the file suffix it is saved with."""
    html = draw(st.booleans())
    space = draw(SPACE) if html else " "
    first, second = draw(st.lists(st.sampled_from(SURNAME), min_size=2, max_size=2, unique=True))
    names = [f"{draw(st.sampled_from(FIRST))} {first}", f"{draw(st.sampled_from(FIRST))} {second}"]
    votes = sorted(draw(st.lists(st.integers(100, 60_000), min_size=2, max_size=2)), reverse=True)
    share = draw(st.integers(501, 999))
    voters = votes[0] + votes[1] + draw(st.integers(1_000, 90_000))
    place = draw(st.sampled_from(PLACES))
    sentences = [
        f"В{space}{place} в списки избирателей включены {grouped(voters, space)} человек.",
        f"За кандидата {names[0]} проголосовали {grouped(votes[0], space)} избирателей "
        f"({share // 10},{share % 10}%).",
        f"{names[1]} набрал {grouped(votes[1], space)} голосов.",
        f"Акимом района избран {names[0]}.",
    ]
    if html:
        body = "".join(f"<p>{s}</p>\n" for s in sentences)
        return f"<html><head><title>Итоги</title></head><body>{body}</body></html>", ".html"
    return "\n\n".join(sentences), ".txt"


def extract_json(path: Path) -> dict[str, Any]:
    result = CliRunner().invoke(app, ["extract", str(path), "--json"])
    assert result.exit_code == 0, result.output
    documents: list[dict[str, Any]] = json.loads(result.output)["documents"]
    return documents[0]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(message=results_message())
def test_every_span_selects_its_value_from_the_printed_text(
    tmp_path: Path, message: tuple[str, str]
) -> None:
    content, suffix = message
    path = tmp_path / f"message{suffix}"
    path.write_text(content, encoding="utf-8")
    doc = extract_json(path)
    assert doc["kind"] == "results"
    assert doc["contests"], doc["text"]
    assert span_problems(doc) == []
    text = str(doc["text"])
    for contest in doc["contests"]:
        for cand in contest["candidates"]:
            start, end = cand["span"]
            assert text[start:end] == cand["name_as_printed"]
            assert set(cand["spans"]) >= {"name_as_printed", "votes"}


def test_a_span_that_misses_its_value_is_reported() -> None:
    doc = extract_json(CORPUS / "ru-01-bokeyorda.html")
    assert span_problems(doc) == []
    contest = doc["contests"][0]
    start, end = contest["candidates"][0]["spans"]["votes"]
    contest["candidates"][0]["spans"]["votes"] = [start + 1, end + 1]
    problems = span_problems(doc)
    assert len(problems) == 1 and "votes" in problems[0]


def test_every_value_names_its_rule() -> None:
    from kzvotes.evaluate import documents_in
    from kzvotes.extract.files import extract_file

    for path in documents_in(CORPUS):
        doc = extract_file(path)
        for contest in doc["contests"]:
            printed = {k for k, v in contest.items() if k in contest["spans"] and v is not None}
            assert set(contest["rules"]) >= printed, path.name
            for cand in contest["candidates"]:
                named = {
                    k
                    for k in ("votes", "vote_share_pct", "elected", "nominator")
                    if cand[k] is not None
                }
                assert set(cand["rules"]) >= named, (path.name, cand["name"])
