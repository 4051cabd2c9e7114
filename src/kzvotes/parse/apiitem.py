"""Items of the gov.kz public content API, archived as the JSON the portal sent.

An item is a JSON object with ``title``, ``body`` (the article as HTML) and ``created_date``
(ISO 8601, UTC); some answers wrap it in ``{"content": {...}}`` or ``{"data": {...}}``. Its
text is read with the same paragraph and span rules as an HTML page: the body is parsed by
:func:`kzvotes.parse.html.html_document` inside an ``<article>`` headed by the title.

>>> item = {"id": 7, "title": "Итоги выборов", "body": "<p>Один.</p><p>Два.</p>",
...         "created_date": "2023-11-06T04:00:00Z"}
>>> doc = api_item_document(json.dumps(item).encode())
>>> [doc.text[a:b] for a, b in doc.paragraphs], str(doc.published_date)
(['Итоги выборов', 'Один.', 'Два.'], '2023-11-06')
"""

from __future__ import annotations

import html
import json
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from kzvotes.errors import ExtractError
from kzvotes.parse.document import DocumentText

# The portal's dates are UTC; a publication day is Astana's (UTC+5 since 1 March 2024,
# UTC+6 before).
_ASTANA_CHANGE = datetime(2024, 2, 29, 18, 0, tzinfo=UTC)


def is_api_item(data: bytes, content_type: str | None) -> bool:
    """Whether the bytes are a JSON object (an API answer) rather than markup or text."""
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime.endswith("json"):
        return True
    return data.lstrip()[:1] == b"{" and not mime.startswith("text/html")


def unwrap_item(value: Any) -> dict[str, Any] | None:
    """The article object inside an API answer, or None when there is none."""
    for _ in range(3):
        if isinstance(value, dict) and isinstance(value.get("body"), str):
            return value
        if isinstance(value, dict):
            inner = value.get("content", value.get("data"))
            if isinstance(inner, list) and len(inner) == 1:
                inner = inner[0]
            value = inner
        else:
            return None
    return None


def astana_date(value: object) -> date | None:
    """The Astana calendar day of an ISO 8601 timestamp (naive ones are taken as UTC).

    >>> astana_date("2023-11-05T20:30:00Z"), astana_date("2024-05-01T20:30:00Z")
    (datetime.date(2023, 11, 6), datetime.date(2024, 5, 2))
    """
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    offset = 5 if moment >= _ASTANA_CHANGE else 6
    return moment.astimezone(timezone(timedelta(hours=offset))).date()


def api_item_document(data: bytes, *, charset: str = "utf-8") -> DocumentText:
    """The text of an archived API item; raises ExtractError when it holds no article."""
    from kzvotes.parse.html import html_document

    try:
        value = json.loads(data.decode(charset or "utf-8", "strict"))
    except (UnicodeDecodeError, json.JSONDecodeError, LookupError) as err:
        raise ExtractError(f"not a JSON API item: {err}") from None
    item = unwrap_item(value)
    if item is None:
        raise ExtractError("a JSON answer without an article (no 'body' field)")
    title = item.get("title") if isinstance(item.get("title"), str) else ""
    page = (
        "<html><body><article>"
        + (f"<h1>{html.escape(title)}</h1>" if title else "")
        + item["body"]
        + "</article></body></html>"
    )
    doc = html_document(page, charset=charset or "utf-8")
    published = astana_date(item.get("created_date") or item.get("publish_date"))
    return DocumentText(
        doc.text, doc.paragraphs, title or doc.title, published or doc.published_date, doc.charset
    )
