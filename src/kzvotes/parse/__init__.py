"""Documents to text: the main text of a page, its paragraphs as character spans.

Every format (HTML now; PDF and spreadsheets later) goes through the same contract:
bytes in, one :class:`DocumentText` out, so the extractors never see markup.

>>> doc = text_document("Первый абзац.\\n\\nВторой абзац.")
>>> [doc.text[a:b] for a, b in doc.paragraphs]
['Первый абзац.', 'Второй абзац.']
"""

from __future__ import annotations

from kzvotes.parse.document import DocumentText, join_paragraphs, text_document

__all__ = ["DocumentText", "document_text", "join_paragraphs", "text_document"]


def document_text(
    data: bytes, *, content_type: str | None = None, charset: str | None = None
) -> DocumentText:
    """Decode ``data`` and return its main text.

    The charset comes from ``charset``, else the ``content_type`` header, else the
    document's ``<meta>``, else detection. A JSON object is an item of the gov.kz API
    (its ``body`` is read as HTML); HTML is recognised by the content type or by its
    markup; anything else is read as plain text. Raises
    :class:`kzvotes.errors.ExtractError` when the bytes cannot be read as text, and its
    subclass :class:`kzvotes.parse.shell.AppShellError` for an application shell.

    >>> document_text(b"<html><body><p>Hello</p></body></html>").text
    'Hello'
    """
    from kzvotes.parse.apiitem import api_item_document, is_api_item
    from kzvotes.parse.charset import decode
    from kzvotes.parse.html import html_document, looks_like_html
    from kzvotes.parse.shell import SHELL_HINT, AppShellError, is_app_shell

    if is_api_item(data, content_type):
        return api_item_document(data, charset=charset or "utf-8")
    text, used = decode(data, content_type=content_type, charset=charset)
    is_html = (content_type is not None and "html" in content_type.lower()) or (
        (content_type is None or "text/plain" not in content_type.lower()) and looks_like_html(text)
    )
    if is_html:
        if is_app_shell(text):
            raise AppShellError(SHELL_HINT)
        return html_document(text, charset=used)
    return text_document(text, charset=used)
