"""HTML pages to their main text: menus, navigation, related links and footers dropped.

>>> html = ("<html><head><title>T</title></head><body><nav><a>Menu</a></nav>"
...         "<article><h1>Head</h1><p>One.</p><p>Two <b>bold</b>.</p></article>"
...         "<footer>(c)</footer></body></html>")
>>> doc = html_document(html, charset="utf-8")
>>> [doc.text[a:b] for a, b in doc.paragraphs]
['Head', 'One.', 'Two bold.']
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from kzvotes.parse.document import DocumentText, join_paragraphs
from kzvotes.parse.text import clean_line

_DROP_TAGS = (
    "script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, "
    "select, template, menu"
)
_JUNK = re.compile(
    r"(^|[\s_-])(menu|nav|navbar|navigation|footer|breadcrumbs?|share|social|related|"
    r"sidebar|banner|advert|ads?|comments?|subscribe|tags|cookie|popup|modal|widget|"
    r"similar|more-news|read-also|recommend\w*)($|[\s_-])",
    re.IGNORECASE,
)
_BLOCK = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr",
    "td", "th", "blockquote", "section", "article", "main", "pre", "dd", "dt", "dl",
    "figure", "figcaption", "br", "hr", "address",
}  # fmt: skip
_DMY = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})")
_HTMLISH = re.compile(r"<\s*(html|body|p|div|article|head|meta|br)\b", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """Whether the text is markup rather than plain prose."""
    return bool(_HTMLISH.search(text[:5000]))


def _date_from(value: str | None) -> date | None:
    if not value:
        return None
    for pattern, order in ((_ISO, (0, 1, 2)), (_DMY, (2, 1, 0))):
        match = pattern.search(value)
        if match:
            parts = [int(g) for g in match.groups()]
            try:
                return date(parts[order[0]], parts[order[1]], parts[order[2]])
            except ValueError:
                continue
    # "13 Октября 2025 08:15", "October 13, 2025": a month named in words
    from kzvotes.extract.dates import dates_in

    found = dates_in(value[:200])
    return found[0][1] if found else None


def _published_date(tree: Any) -> date | None:
    for selector, attr in (
        ('meta[property="article:published_time"]', "content"),
        ('meta[itemprop="datePublished"]', "content"),
        ('meta[name="date"]', "content"),
        ("time[datetime]", "datetime"),
        ('[itemprop="datePublished"]', "datetime"),
    ):
        node = tree.css_first(selector)
        if node is not None:
            found = _date_from(node.attributes.get(attr))
            if found:
                return found
    for node in tree.css('[class*="date"], [class*="time"], time'):
        found = _date_from(node.text(deep=True))
        if found:
            return found
    return None


def _title(tree: Any) -> str | None:
    for selector in ("h1", 'meta[property="og:title"]', "title"):
        node = tree.css_first(selector)
        if node is None:
            continue
        text = node.attributes.get("content") if node.tag == "meta" else node.text(deep=True)
        if text and clean_line(text):
            return clean_line(text)
    return None


def _is_junk(node: Any) -> bool:
    attrs = node.attributes
    label = " ".join(v for k, v in attrs.items() if k in ("class", "id", "role") and v)
    return bool(label) and bool(_JUNK.search(label))


def _main_node(tree: Any) -> Any:
    """The element holding most of the prose: text in its ``<p>`` children and in its own
    text nodes (Bitrix detail pages put the body straight into a ``div`` with ``<br>``)."""
    scores: dict[int, tuple[int, Any]] = {}

    def credit(node: Any, length: int) -> None:
        if node is None or length <= 0:
            return
        old = scores.get(node.mem_id, (0, node))[0]
        scores[node.mem_id] = (old + length, node)

    for para in tree.css("p"):
        credit(para.parent, len(para.text(deep=True).strip()))
    for node in tree.css("div, td, section, article, main"):
        own = 0
        child = node.child
        while child is not None:
            if child.is_text_node:
                own += len((child.text_content or "").strip())
            child = child.next
        credit(node, own)
    best = max(scores.values(), key=lambda item: item[0])[1] if scores else None
    for selector in ("article", "main", '[itemprop="articleBody"]'):
        node = tree.css_first(selector)
        if (
            node is not None
            and node.text(deep=True).strip()
            and (best is None or _contains(node, best))
        ):
            return node
    if best is not None:
        return best
    return tree.body or tree.root


def _contains(outer: Any, inner: Any) -> bool:
    node = inner
    while node is not None:
        if node.mem_id == outer.mem_id:
            return True
        node = node.parent
    return False


def _walk(node: Any, out: list[str]) -> None:
    child = node.child
    while child is not None:
        if child.is_text_node:
            out.append(child.text_content or "")
        elif child.is_element_node:
            block = child.tag in _BLOCK
            if block:
                out.append("\n\n")
            _walk(child, out)
            if block:
                out.append("\n\n")
        child = child.next


def html_document(html: str, *, charset: str) -> DocumentText:
    """The main text of an HTML page as a :class:`DocumentText`."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    title = _title(tree)
    published = _published_date(tree)
    heading = tree.css_first("h1")
    heading_text = clean_line(heading.text(deep=True)) if heading is not None else ""
    for node in tree.css(_DROP_TAGS):
        node.decompose()
    for node in tree.css("[class], [id], [role]"):
        if _is_junk(node) and node.tag not in ("html", "body"):
            node.decompose()
    main = _main_node(tree)
    pieces: list[str] = []
    _walk(main, pieces)
    paragraphs = [clean_line(p) for p in "".join(pieces).split("\n\n")]
    paragraphs = [p for p in paragraphs if p]
    if heading_text and heading_text not in paragraphs:
        paragraphs.insert(0, heading_text)
    return join_paragraphs(paragraphs, title=title, published_date=published, charset=charset)
