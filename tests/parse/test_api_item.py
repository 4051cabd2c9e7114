"""Archived gov.kz API items read like HTML pages; application shells are refused."""

from __future__ import annotations

import json
from datetime import date

import pytest

from kzvotes.errors import ExtractError
from kzvotes.parse import document_text
from kzvotes.parse.apiitem import astana_date
from kzvotes.parse.shell import AppShellError

BODY = (
    "<p>Состоялись выборы акима Синтетического сельского округа.</p>"
    "<p>За кандидата проголосовали 4&nbsp;660 человек, против всех <b>178</b>.</p>"
    '<div class="share">Поделиться</div>'
)  # synthetic
ITEM = {"id": 1, "title": "Итоги выборов", "body": BODY, "created_date": "2023-11-05T20:30:00Z"}


def paragraphs(doc):
    return [doc.text[a:b] for a, b in doc.paragraphs]


@pytest.mark.parametrize(
    "answer",
    [ITEM, {"content": ITEM}, {"data": ITEM}, {"content": [ITEM]}],
    ids=["item", "content", "data", "content-list"],
)
def test_api_item_paragraphs_follow_the_html_rules(answer: object) -> None:
    data = json.dumps(answer, ensure_ascii=False).encode()
    doc = document_text(data, content_type="application/json;charset=UTF-8")
    html = document_text(
        f"<html><body><article><h1>Итоги выборов</h1>{BODY}</article></body></html>".encode()
    )
    assert (
        paragraphs(doc)
        == paragraphs(html)
        == [
            "Итоги выборов",
            "Состоялись выборы акима Синтетического сельского округа.",
            "За кандидата проголосовали 4 660 человек, против всех 178.",
        ]
    )
    assert doc.title == "Итоги выборов"
    assert doc.published_date == date(2023, 11, 6)  # 20:30 UTC is the next morning in Astana


def test_json_is_recognised_without_a_content_type() -> None:
    doc = document_text(json.dumps(ITEM).encode())
    assert "4 660" in doc.text


def test_json_without_an_article_is_an_error() -> None:
    with pytest.raises(ExtractError, match="body"):
        document_text(b'{"content": []}', content_type="application/json")
    with pytest.raises(ExtractError, match="JSON"):
        document_text(b"{not json", content_type="application/json")


def test_an_app_shell_is_not_extracted() -> None:
    shell = (
        b'<html><head><script src="/static/js/main.a1b2c3.js"></script></head><body>'
        b"<noscript>You need to enable JavaScript to run this app.</noscript>"
        b'<div id="root"></div></body></html>'
    )
    with pytest.raises(AppShellError, match="API"):
        document_text(shell, content_type="text/html; charset=utf-8")


def test_astana_days() -> None:
    assert astana_date("2024-03-10T19:30:00Z") == date(2024, 3, 11)  # UTC+5 from March 2024
    assert astana_date("2023-11-05T17:59:00Z") == date(2023, 11, 5)  # UTC+6 before
    assert astana_date("2023-11-05") == date(2023, 11, 5)
    assert astana_date("yesterday") is None
