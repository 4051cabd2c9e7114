"""Real-structure text rendered into the HTML shapes news and akimat pages use must read the
same as the text: the extraction of each page equals the extraction of its plain text.

The pages are built here from the paragraphs of the ``tests/corpus_real*`` documents (their
words are the corpus's; only the markup around them is made up), into the shapes seen on
Kazakh news sites and akimat pages: an ``<article>`` with ``<h1>`` and ``<p>``s, a body of
lines split by ``<br>`` (1C-Bitrix detail pages), a date in ``<span class="date">`` or
``<time datetime>``, lists as ``<ul><li>``, candidate tables, a body among nested ``<div>``s
beside a sidebar of other headlines and a footer, entities and ``&nbsp;``, ``<strong>``
around names and figures, inline tags splitting a sentence, and a gov.kz API item.

The unit tests below use SYNTHETIC pages (invented names and figures). Run the full probe,
every shape over every document, with ``python tests/parse/test_page_shapes.py``.
"""

from __future__ import annotations

import functools
import html
import json
import random
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from kzvotes.parse import document_text
from kzvotes.parse.document import DocumentText
from kzvotes.parse.html import html_document

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ("corpus_real", "corpus_real_blind")
FALLBACK_DAY = date(2023, 11, 6)


def corpus_documents() -> list[Path]:
    """Every ``.txt`` with its ``.expected.json`` in the real-structure corpora."""
    found = []
    for corpus in sorted((ROOT / "tests").glob("corpus_real*")):
        if not corpus.name.startswith(CORPORA):
            continue
        for txt in sorted(corpus.glob("*.txt")):
            if txt.with_suffix(".expected.json").exists():
                found.append(txt)
    return found


# --- the shapes --------------------------------------------------------------------------


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


_LIST_ITEM = re.compile(r"^\s*(?:[-–—•·*]|\d{1,2}[.)])\s+")
_CELL_SEP = re.compile(r"\s+[–—-]\s+")


def _page(body: str, title: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">'
        f"<title>{_esc(title)}</title>{head}</head><body>"
        '<header><nav><a href="/">Главная</a> <a href="/news">Новости</a></nav></header>'
        f"{body}<footer><p>© Редакция. Все права защищены.</p></footer></body></html>"
    )


def _article(paras: list[str], inner: Callable[[str], str] = _esc) -> str:
    body = "".join(f"<p>{inner(p)}</p>\n" for p in paras[1:])
    return _page(f"<article><h1>{inner(paras[0])}</h1>\n{body}</article>", paras[0])


def shape_article(paras: list[str], ctx: dict[str, Any]) -> str:
    return _article(paras)


def shape_br_div(paras: list[str], ctx: dict[str, Any]) -> str:
    """A Bitrix detail page: the whole body in one ``div``, lines split by single ``<br>``."""
    lines = "<br>\n".join(_esc(p) for p in paras)
    return _page(f'<div class="news-detail">{lines}</div>', paras[0])


def shape_br_p(paras: list[str], ctx: dict[str, Any]) -> str:
    lines = "<br />".join(_esc(p) for p in paras[1:])
    return _page(f"<div class='content'><h2>{_esc(paras[0])}</h2><p>{lines}</p></div>", paras[0])


def shape_date_span(paras: list[str], ctx: dict[str, Any]) -> str:
    day = ctx["day"]
    stamp = f'<span class="date">{day:%d.%m.%Y} 10:15</span>'
    body = "".join(f"<p>{_esc(p)}</p>" for p in paras[1:])
    return _page(f'<div class="news-item"><h1>{_esc(paras[0])}</h1>{stamp}{body}</div>', paras[0])


def shape_time(paras: list[str], ctx: dict[str, Any]) -> str:
    day = ctx["day"]
    stamp = f'<time datetime="{day.isoformat()}T10:15:00+05:00">{day:%d.%m.%Y}, 10:15</time>'
    body = "".join(f"<p>{_esc(p)}</p>" for p in paras[1:])
    return _page(f"<article><h1>{_esc(paras[0])}</h1>{stamp}{body}</article>", paras[0])


def shape_ul(paras: list[str], ctx: dict[str, Any]) -> str | None:
    """Runs of list-like lines as ``<ul><li>`` (``<ol>`` when numbered), the markers
    dropped as an editor's list has none."""
    out: list[str] = []
    items: list[str] = []
    numbered = False

    def close() -> None:
        tag = "ol" if numbered else "ul"
        out.append(f"<{tag}>" + "".join(items) + f"</{tag}>")
        items.clear()

    for p in paras[1:]:
        marker = _LIST_ITEM.match(p)
        if marker:
            numbered = marker.group(0).strip()[0].isdigit()
            items.append(f"<li>{_esc(p[marker.end() :])}</li>")
            continue
        if items:
            close()
        out.append(f"<p>{_esc(p)}</p>")
    if items:
        close()
    if not any(o.startswith(("<ul>", "<ol>")) for o in out):
        return None
    return _page(f"<article><h1>{_esc(paras[0])}</h1>{''.join(out)}</article>", paras[0])


def _is_row(p: str) -> bool:
    """One candidate's line ("Name – party – 1 234"), not a block of several joined."""
    cells = _CELL_SEP.split(_LIST_ITEM.sub("", p, count=1))
    return (
        2 <= len(cells) <= 4
        and bool(re.search(r"\d", cells[-1]))
        and not cells[0].rstrip().endswith(":")
        and len(p) < 160
    )


def shape_table(paras: list[str], ctx: dict[str, Any]) -> str | None:
    """Runs of "name – party – votes" lines as a table, one cell per part."""
    out, rows = [], []
    for p in paras[1:]:
        if _is_row(p):
            cells = _CELL_SEP.split(_LIST_ITEM.sub("", p, count=1))
            rows.append("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in cells) + "</tr>")
            continue
        if rows:
            out.append('<table class="table"><tbody>' + "".join(rows) + "</tbody></table>")
            rows = []
        out.append(f"<p>{_esc(p)}</p>")
    if rows:
        out.append('<table class="table"><tbody>' + "".join(rows) + "</tbody></table>")
    if not any(o.startswith("<table") for o in out):
        return None
    return _page(f"<article><h1>{_esc(paras[0])}</h1>{''.join(out)}</article>", paras[0])


def shape_sidebar(paras: list[str], ctx: dict[str, Any]) -> str:
    """The body among nested ``div``s whose classes say nothing, beside two blocks of other
    headlines and a footer block that is a ``div``, not a ``<footer>``."""
    others = ctx["others"]
    popular = "".join(f'<li><a href="/n/{i}">{_esc(h)}</a></li>' for i, h in enumerate(others[:4]))
    latest = "".join(
        f'<div class="item"><p><a href="/m/{i}">{_esc(h)}</a></p><span>{ctx["day"]:%d.%m.%Y}'
        "</span></div>"
        for i, h in enumerate(others[4:])
    )
    body = "".join(f"<p>{_esc(p)}</p>" for p in paras[1:])
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Сайт</title></head><body>'
        '<div class="wrapper"><div class="container"><div class="row">'
        f'<div class="col-md-8"><div class="box"><h1>{_esc(paras[0])}</h1>'
        f'<div class="text">{body}</div></div></div>'
        f'<div class="col-md-4"><div class="box"><div class="title">Популярное</div>'
        f'<ul>{popular}</ul></div><div class="box"><div class="title">Последние новости</div>'
        f"{latest}</div></div></div></div>"
        '<div class="bottom"><div class="container">Адрес редакции: ул. Примерная, 1. '
        "Тел.: +7 (7172) 00-00-00</div></div></div></body></html>"
    )


def shape_related(paras: list[str], ctx: dict[str, Any]) -> str:
    """Other headlines inside the ``<article>`` itself, mid-body, under a "Читайте также"
    line and with no class to name them, as news templates insert them."""
    links = "".join(
        f'<li><a href="/r/{i}">{_esc(h)}</a></li>' for i, h in enumerate(ctx["others"][:5])
    )
    body = [f"<p>{_esc(p)}</p>" for p in paras[1:]]
    body.insert(len(body) // 2 + 1, f"<div><div>Читайте также:</div><ul>{links}</ul></div>")
    return _page(f"<article><h1>{_esc(paras[0])}</h1>{''.join(body)}</article>", paras[0])


_ENTITY = {"«": "&laquo;", "»": "&raquo;", "–": "&ndash;", "—": "&mdash;", '"': "&quot;"}
_NUMBER_SPACE = re.compile(r"(?<=\d) (?=\d{3}\b)")
_AFTER_INITIAL = re.compile(r"(?<=\b[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.) ")


def _entities(text: str) -> str:
    text = _esc(text)
    text = "".join(_ENTITY.get(ch, ch) for ch in text)
    text = _NUMBER_SPACE.sub("&nbsp;", text)
    text = _AFTER_INITIAL.sub("&nbsp;", text)
    return text.replace(", ", ",&nbsp;", 1)


def shape_entities(paras: list[str], ctx: dict[str, Any]) -> str:
    return _article(paras, _entities)


_NAMEISH = re.compile(r"\b[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+(?:\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.-]+){1,2}")
_FIGURE = re.compile(r"\b\d[\d ,.]*\d\b|\b\d\b")


def _bold(text: str) -> str:
    text = _esc(text)
    text = _NAMEISH.sub(lambda m: f"<strong>{m.group(0)}</strong>", text)
    return _FIGURE.sub(lambda m: f"<b>{m.group(0)}</b>", text)


def shape_bold(paras: list[str], ctx: dict[str, Any]) -> str:
    return _article(paras, _bold)


def _split_inline(text: str) -> str:
    """Wrap stretches of a sentence in inline tags, one of them cutting a word in two as
    text pasted from a word processor does."""
    words = text.split(" ")
    if len(words) < 4:
        return f"<span>{_esc(text)}</span>"
    a, b = len(words) // 3, 2 * len(words) // 3
    first, middle, last = " ".join(words[:a]), " ".join(words[a:b]), " ".join(words[b:])
    cut = max(1, len(last) // 2)
    while cut < len(last) and not last[cut - 1].isalpha():
        cut += 1
    return (
        f'<span style="font-size:14px">{_esc(first)} </span><a href="/x">{_esc(middle)}</a>'
        f' <em>{_esc(last[:cut])}</em><span lang="RU">{_esc(last[cut:])}</span>'
    )


def shape_inline(paras: list[str], ctx: dict[str, Any]) -> str:
    return _article(paras, _split_inline)


def shape_govkz(paras: list[str], ctx: dict[str, Any]) -> str:
    """A gov.kz content API item: the title apart, the body as ``<p>``s with ``&nbsp;``
    and ``<strong>``, as the portal's editor writes it."""
    body = "".join(f"<p>{_bold(p).replace('. ', '.&nbsp;', 1)}</p>" for p in paras[1:])
    item = {
        "id": 1,
        "title": paras[0],
        "body": body,
        "created_date": f"{ctx['day'].isoformat()}T05:00:00.000Z",
        "lang": "ru",
    }
    return json.dumps(item, ensure_ascii=False)


SHAPES: dict[str, Callable[[list[str], dict[str, Any]], str | None]] = {
    "article": shape_article,
    "br_div": shape_br_div,
    "br_p": shape_br_p,
    "date_span": shape_date_span,
    "time": shape_time,
    "ul": shape_ul,
    "table": shape_table,
    "sidebar": shape_sidebar,
    "related": shape_related,
    "entities": shape_entities,
    "bold": shape_bold,
    "inline": shape_inline,
    "govkz": shape_govkz,
}
DATED = {"date_span", "time", "govkz"}  # shapes whose page carries a publication date


# --- comparison --------------------------------------------------------------------------


def summary(found: dict[str, Any]) -> dict[str, Any]:
    """What a reader of the results sees, without spans and rules."""
    contests = []
    for c in found.get("contests", []):
        keep = {
            k: c.get(k)
            for k in (
                "place_name",
                "place_id",
                "election_date",
                "registered_voters",
                "ballots_cast",
                "invalid_ballots",
                "against_all",
                "turnout_pct",
            )
        }
        keep["candidates"] = [
            {k: cand.get(k) for k in ("name", "votes", "elected", "nominator", "party_id")}
            for cand in c.get("candidates", [])
        ]
        contests.append(keep)
    return {"kind": found.get("kind"), "contests": contests}


_TEXT_RESULTS: dict[tuple[str, date | None], dict[str, Any]] = {}


def _extract(doc: DocumentText) -> dict[str, Any]:
    """The text's extraction, kept: every shape of a document compares with it."""
    from kzvotes.extract import extract_document

    key = (doc.text, doc.published_date)
    if key not in _TEXT_RESULTS:
        _TEXT_RESULTS[key] = summary(extract_document(doc, sha256="0" * 64).to_json("x"))
    return _TEXT_RESULTS[key]


def _day(txt: Path) -> date:
    expected = json.loads(txt.with_suffix(".expected.json").read_text(encoding="utf-8"))
    for contest in expected.get("contests", []):
        if contest.get("election_date"):
            return date.fromisoformat(contest["election_date"]) + timedelta(days=1)
    return FALLBACK_DAY


def _paragraphs(doc: DocumentText) -> list[str]:
    return [doc.text[a:b] for a, b in doc.paragraphs]


def render(txt: Path, shape: str, others: list[str]) -> tuple[bytes, DocumentText] | None:
    """The page of ``txt`` in ``shape`` and the text document it must read like."""
    doc = document_text(txt.read_bytes(), content_type="text/plain")
    paras = _paragraphs(doc)
    if len(paras) < 2:
        return None
    day = _day(txt)
    page = SHAPES[shape](paras, {"day": day, "others": others})
    if page is None:
        return None
    if shape in DATED:
        doc = replace(doc, published_date=day)
    return page.encode("utf-8"), doc


@functools.cache
def _headlines(docs: tuple[Path, ...], skip: Path, count: int = 8) -> list[str]:
    """First lines of other corpus documents: the headlines a sidebar would list (kept:
    every shape of a document shows the same ones)."""
    rng = random.Random(skip.name)
    out = []
    for other in rng.sample(docs, min(len(docs), count + 1)):
        if other == skip:
            continue
        first = other.read_text(encoding="utf-8-sig").strip().split("\n")[0]
        out.append(first[:140])
    return out[:count]


def compare(txt: Path, shape: str, docs: list[Path]) -> tuple[bool, str] | None:
    """(same, detail) for one document in one shape; None when the shape does not apply."""
    from kzvotes.extract.files import extract_file

    rendered = render(txt, shape, _headlines(tuple(docs), txt))
    if rendered is None:
        return None
    page, doc = rendered
    suffix = ".json" if shape == "govkz" else ".html"
    with tempfile.NamedTemporaryFile(suffix=suffix) as handle:
        handle.write(page)
        handle.flush()
        got = summary(extract_file(Path(handle.name)))
    want = _extract(doc)
    if got == want:
        return True, ""
    return False, f"{txt.relative_to(ROOT)} [{shape}]\n  text: {want}\n  page: {got}"


# --- SYNTHETIC unit tests, one per class ---------------------------------------------------


def _paras(page: str) -> list[str]:
    doc = html_document(page, charset="utf-8")
    return [doc.text[a:b] for a, b in doc.paragraphs]


def test_br_lines_are_paragraphs() -> None:
    # SYNTHETIC
    page = (
        '<html><body><div class="news-detail">Итоги выборов<br>'
        "Тестов Тест – 120 голосов<br/>Примеров Пример – 80 голосов</div></body></html>"
    )
    assert _paras(page) == [
        "Итоги выборов",
        "Тестов Тест – 120 голосов",
        "Примеров Пример – 80 голосов",
    ]


def test_inline_tags_never_split_a_sentence() -> None:
    # SYNTHETIC
    page = (
        "<html><body><article><p><span>Избран </span><a href='/x'>Тестов</a> <em>Т</em>"
        "<span lang='RU'>ест</span>, набравший <b>1&nbsp;234</b> голоса.</p></article></body></html>"
    )
    assert _paras(page) == ["Избран Тестов Тест, набравший 1 234 голоса."]


def test_table_rows_read_as_list_lines() -> None:
    # SYNTHETIC
    page = (
        "<html><body><article><p>Результаты:</p><table><tr><td>Тестов Тест</td>"
        "<td>самовыдвиженец</td><td>120</td></tr><tr><td>Примеров Пример</td><td>«Пример»</td>"
        "<td>80</td></tr></table></article></body></html>"
    )
    assert _paras(page) == [
        "Результаты:",
        "Тестов Тест – самовыдвиженец – 120",
        "Примеров Пример – «Пример» – 80",
    ]


def test_list_items_keep_a_marker() -> None:
    # SYNTHETIC
    page = (
        "<html><body><article><p>Кандидаты:</p><ul><li>Тестов Тест, самовыдвиженец;</li>"
        "<li>Примеров Пример, партия «Пример».</li></ul></article></body></html>"
    )
    assert _paras(page) == [
        "Кандидаты:",
        "– Тестов Тест, самовыдвиженец;",
        "– Примеров Пример, партия «Пример».",
    ]


def test_headlines_inside_the_article_are_dropped() -> None:
    # SYNTHETIC
    page = (
        "<html><body><article><h1>Итоги выборов</h1><p>Избран Тестов Тест.</p>"
        "<div><div>Читайте также:</div><ul><li><a href='/1'>Избран аким Примерного округа</a></li>"
        "<li><a href='/2'>Выборы акима в Образцовом районе</a></li>"
        "<li><a href='/3'>Итоги выборов акима Другого округа</a></li></ul></div>"
        "<p>Он набрал 120 голосов.</p></article></body></html>"
    )
    got = _paras(page)
    assert got[:2] == ["Итоги выборов", "Избран Тестов Тест."]
    assert got[-1] == "Он набрал 120 голосов."
    assert not any("Примерного" in p or "Образцовом" in p or "Другого" in p for p in got)


def test_sidebar_of_other_headlines_is_dropped() -> None:
    # SYNTHETIC
    body = "".join(
        f"<p>Абзац {n} о выборах акима Тестового округа, избран Тестов Тест.</p>" for n in range(3)
    )
    page = (
        '<html><body><div class="wrap"><div class="col-8"><h1>Итоги выборов</h1>'
        f'<div class="text">{body}</div></div><div class="col-4"><div class="title">Популярное</div>'
        '<ul><li><a href="/1">Избран аким Примерного округа</a></li>'
        '<li><a href="/2">Выборы акима в Образцовом районе</a></li></ul>'
        '<div class="title">Последние новости</div><div><a href="/3">Итоги выборов акима'
        " Другого округа</a></div></div></div></body></html>"
    )
    got = _paras(page)
    assert got[0] == "Итоги выборов"
    assert not any("Примерного" in p or "Образцовом" in p or "Другого" in p for p in got)
    assert not any(p in ("Популярное", "Последние новости") for p in got)


def test_date_element_is_the_publication_date_not_text() -> None:
    # SYNTHETIC
    page = (
        '<html><body><div class="news-item"><h1>Итоги</h1><span class="date">06.11.2023 10:15</span>'
        "<p>Избран Тестов Тест.</p></div></body></html>"
    )
    doc = html_document(page, charset="utf-8")
    assert doc.published_date == date(2023, 11, 6)
    assert "06.11.2023" not in doc.text
    page = page.replace(
        '<span class="date">06.11.2023 10:15</span>',
        '<time datetime="2023-11-06T10:15">6 ноября</time>',
    )
    doc = html_document(page, charset="utf-8")
    assert doc.published_date == date(2023, 11, 6)
    assert "ноября" not in doc.text
    # a <time> inside a sentence stays in it
    inline = page.replace(
        "<p>Избран Тестов Тест.</p>", "<p>Выборы прошли <time>5 ноября</time> 2023 года.</p>"
    )
    assert "Выборы прошли 5 ноября 2023 года." in html_document(inline, charset="utf-8").text


# --- the property over a sample of the corpora ---------------------------------------------

SAMPLE = 40  # documents drawn for the property; each shape reads PER_SHAPE of them
PER_SHAPE = 10


def _sample() -> list[Path]:
    docs = corpus_documents()
    return random.Random(9).sample(docs, min(SAMPLE, len(docs))) if docs else []


def _applies(txt: Path, shape: str) -> bool:
    doc = document_text(txt.read_bytes(), content_type="text/plain")
    paras = _paragraphs(doc)
    return len(paras) >= 2 and SHAPES[shape](paras, {"day": FALLBACK_DAY, "others": []}) is not None


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_rendered_pages_read_as_their_text(shape: str) -> None:
    docs = corpus_documents()
    if not docs:
        pytest.skip("no real-structure corpus")
    # list and table shapes only fit documents with such lines: draw those first
    pool = _sample() if shape not in ("ul", "table") else [d for d in docs if _applies(d, shape)]
    rng = random.Random(shape)
    chosen = rng.sample(pool, min(PER_SHAPE, len(pool)))
    failures = []
    for txt in chosen:
        result = compare(txt, shape, docs)
        if result is not None and not result[0]:
            failures.append(result[1])
    assert not failures, "\n".join(failures)


def main(argv: list[str]) -> int:
    """Every shape over every document: changed/total per shape; details with ``-v``."""
    docs = corpus_documents()
    shapes = [a for a in argv if a in SHAPES] or list(SHAPES)
    verbose = "-v" in argv
    for shape in shapes:
        changed = total = 0
        for txt in docs:
            result = compare(txt, shape, docs)
            if result is None:
                continue
            total += 1
            if not result[0]:
                changed += 1
                if verbose:
                    print(result[1])
        print(f"{shape:10s} changed {changed}/{total}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
