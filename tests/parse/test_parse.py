"""HTML and plain text to DocumentText: main text, paragraphs, charset, date."""

from __future__ import annotations

from datetime import date

import pytest

from kzvotes.errors import ExtractError
from kzvotes.parse import document_text, text_document
from kzvotes.parse.charset import decode, detect_charset, header_charset, meta_charset

PAGE = """<html><head><meta charset="{charset}"><title>Итоги</title>
<meta property="article:published_time" content="2023-11-06T09:00:00+06:00"></head>
<body><nav class="menu"><a>Главная</a><a>Новости 15 883</a></nav>
<div class="sidebar">Популярное: 3 138 голосов</div>
<article><h1>Итоги выборов</h1><p>За кандидата проголосовали 4&nbsp;660 человек.</p>
<p>Против всех <b>178</b>.</p></article>
<div class="related-news"><a>Другой аким: 4 329 голосов</a></div>
<footer>© 2026</footer></body></html>"""


def paragraphs(doc):
    return [doc.text[a:b] for a, b in doc.paragraphs]


def test_html_keeps_main_text_and_drops_navigation() -> None:
    doc = document_text(PAGE.format(charset="utf-8").encode("utf-8"))
    assert paragraphs(doc) == [
        "Итоги выборов",
        "За кандидата проголосовали 4 660 человек.",
        "Против всех 178.",
    ]
    assert "3 138" not in doc.text and "4 329" not in doc.text and "15 883" not in doc.text
    assert doc.title == "Итоги выборов"
    assert doc.published_date == date(2023, 11, 6)


def test_paragraph_spans_index_the_text() -> None:
    doc = text_document("Первый.\n\nВторой абзац.\n")
    assert paragraphs(doc) == ["Первый.", "Второй абзац."]
    assert doc.text == "Первый.\n\nВторой абзац."


def test_charset_from_meta_when_header_is_silent() -> None:
    data = PAGE.format(charset="windows-1251").encode("cp1251")
    doc = document_text(data)
    assert doc.charset == "windows-1251"
    assert "проголосовали 4 660" in doc.text


def test_header_charset_wins_over_meta() -> None:
    data = PAGE.format(charset="utf-8").encode("cp1251")
    doc = document_text(data, content_type="text/html; charset=windows-1251")
    assert doc.charset == "windows-1251"
    assert "Против всех 178." in doc.text


def test_charset_detected_without_declaration() -> None:
    data = "<p>Явка составила 56,0%, за кандидата отдали 4 660 голосов.</p>".encode("cp1251")
    assert meta_charset(data) is None
    assert detect_charset(data) == "windows-1251"
    assert "Явка составила" in document_text(data).text


def test_header_charset_parsing() -> None:
    assert header_charset("text/html; charset=UTF-8") == "utf-8"
    assert header_charset("text/html") is None
    assert header_charset("text/html; charset=nonsense") is None


def test_plain_text_content_type_is_not_read_as_html() -> None:
    doc = document_text(b"a <p> b\n\nc", content_type="text/plain")
    assert paragraphs(doc) == ["a <p> b", "c"]


def test_binary_bytes_raise_extract_error() -> None:
    with pytest.raises(ExtractError):
        decode(bytes(range(32)) * 10)
    with pytest.raises(ExtractError):
        document_text(b"\x00\x01\x02\x03\x04\x05\x06\x07 PK zip")


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("6 Ноября 2023 09:40", date(2023, 11, 6)),
        ("November 6, 2023", date(2023, 11, 6)),
        ("2023 жылғы 6 қараша", date(2023, 11, 6)),
    ],
)
def test_publication_date_with_a_month_in_words(stamp: str, expected: date) -> None:
    page = (
        '<html><body><div class="news-date">' + stamp + "</div><article><p>Акимом "
        "Мамлютского района избран Ерлан Садыков.</p></article></body></html>"
    )
    assert document_text(page.encode("utf-8")).published_date == expected
