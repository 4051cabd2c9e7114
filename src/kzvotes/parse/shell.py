"""Application shells: HTML pages whose body is only a JavaScript application's root.

A single-page application (the government portal gov.kz is one) answers a plain HTTP client
with the same empty page for every address: a ``<div id="root">``, a ``<noscript>`` asking
for JavaScript, and a ``/static/js/main.<hash>.js`` bundle. Such a page is not a document:
it is recorded as a shell by the fetcher and never extracted. The same article is served
as data by the portal's public API (a ``[[govkz]]`` catalog source).

>>> is_app_shell('<html><body><noscript>You need to enable JavaScript to run this app.'
...              '</noscript><div id="root"></div></body></html>')
True
>>> is_app_shell("<html><body><article><p>Итоги выборов акима</p></article></body></html>")
False
"""

from __future__ import annotations

import re

from kzvotes.errors import ExtractError

# Less visible text than this, with an application root, is a shell, not an article.
MAX_SHELL_TEXT = 300
_ROOT_IDS = ("root", "app", "__next", "__nuxt")
_BUNDLE = re.compile(r"/static/js/main[.\w-]*\.js|/_next/static/|/js/app[.\w-]*\.js", re.I)
_NEEDS_JS = re.compile(
    r"enable javascript|javascript (?:is )?(?:required|disabled)|включите javascript",
    re.IGNORECASE,
)

SHELL_HINT = (
    "an application shell (the page is rendered by JavaScript): nothing to extract; "
    "fetch the article through the portal's API instead (a [[govkz]] catalog source)"
)


class AppShellError(ExtractError):
    """The bytes are an application shell, not a document."""


def is_app_shell(html: str) -> bool:
    """Whether an HTML page is only an application's empty root."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    has_root = any(
        (node := tree.css_first(f"#{root}")) is not None and len(node.text(strip=True)) < 40
        for root in _ROOT_IDS
    )
    scripts = " ".join(s.attributes.get("src") or "" for s in tree.css("script[src]"))
    noscript = " ".join(n.text() for n in tree.css("noscript"))
    for node in tree.css("script, style, noscript, template"):
        node.decompose()
    body = tree.body
    visible = body.text(separator=" ", strip=True) if body is not None else ""
    if len(visible) >= MAX_SHELL_TEXT:
        return False
    signals = sum(
        (has_root, bool(_BUNDLE.search(scripts)), bool(_NEEDS_JS.search(noscript + visible)))
    )
    return signals >= 1 and (has_root or signals >= 2)


def looks_like_shell(data: bytes, content_type: str | None) -> bool:
    """Cheap check on the first bytes of a response before parsing it as HTML."""
    mime = (content_type or "").split(";")[0].strip().lower()
    head = data[:200_000]
    if mime and "html" not in mime:
        return False
    text = head.decode("utf-8", "replace")
    if "<" not in text:
        return False
    return is_app_shell(text)
