"""HTML pages to their main text: menus, navigation, related links and footers dropped.

A page reads as its plain text would: ``<br>`` ends a line, inline tags never split a
sentence, a table row of plain cells is one line with its cells joined by " – ", a list
item keeps the marker a text list prints, blocks made mostly of links (other headlines)
go, and the element the publication date came from leaves the body
(``tests/parse/test_page_shapes.py`` renders the real-structure corpora into such pages).

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


_DATE_TEXT_MAX = 40  # a date element's own text: "06.11.2023 10:15", "6 ноября 2023, 10:15"
_INLINE_HOSTS = {"p", "li", "td", "span", "a", "em", "strong", "b", "i", "h1", "h2", "h3"}


def _published_date(tree: Any) -> tuple[date | None, Any]:
    """The publication day and the element that printed it (None for a ``<meta>``)."""
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
                return found, None if node.tag == "meta" else node
    for node in tree.css('[class*="date"], [class*="time"], time'):
        found = _date_from(node.text(deep=True))
        if found:
            return found, node
    return None, None


def _drop_date_element(tree: Any, node: Any) -> None:
    """The element the publication date was read from leaves the body: its date is the
    document's ``published_date``, and as a line of text it would read as a dateline of
    the election. A ``<time>`` element or a short date element alone goes."""
    if node is None or node.tag in ("html", "body"):
        return
    text = node.text(deep=True).strip()
    if len(text) > _DATE_TEXT_MAX:
        return
    # a <time> inside a sentence ("held on <time>5 November</time>") is the sentence's
    parent = node.parent
    if (
        parent is not None
        and parent.tag in _INLINE_HOSTS
        and len(parent.text(deep=True).strip()) > len(text) + _DATE_TEXT_MAX // 2
    ):
        return
    node.decompose()


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


_LINK_LIST_MIN = 3  # links in a block before it may be a list of other pages
_LINK_SHARE = 0.6  # share of a block's text inside links that makes it such a list


def _drop_link_lists(tree: Any) -> None:
    """Blocks that are mostly links ("Популярное", "Последние новости", "Читайте также" and
    their likes in every language) list other pages' headlines, which read as election
    news of their own. The deepest such blocks go first, so a wrapper holding both the
    article and a sidebar is judged without the sidebar."""
    blocks = [n for n in tree.css("ul, ol, div, section, td, dl") if n.tag not in ("html", "body")]
    for node in reversed(blocks):
        links = node.css("a")
        if len(links) < _LINK_LIST_MIN:
            continue
        text = len(node.text(deep=True).strip())
        linked = sum(len(a.text(deep=True).strip()) for a in links)
        if text and linked / text >= _LINK_SHARE:
            parent = node.parent
            node.decompose()
            _drop_caption(parent)


_CAPTION_MAX = 40  # "Читайте также:", "Популярное", "Соңғы жаңалықтар"


def _drop_caption(node: Any) -> None:
    """A wrapper left holding only a short caption once its list of links is gone: the
    caption names the list, not the article, and would sit between two of its lines."""
    if node is None or node.tag not in ("div", "section", "aside", "nav"):
        return
    text = node.text(deep=True).strip()
    if len(text) <= _CAPTION_MAX and not any(ch.isdigit() for ch in text):
        node.decompose()


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


_MARKED = re.compile(r"^\s*(?:[-–—•·*]|\d{1,3}[.)])\s")
_CELL_JOIN = " – "  # the separator the plain-text candidate lists use between fields


def _has_block(node: Any) -> bool:
    """Whether a block element sits inside ``node`` (a selector also matches the node)."""
    return any(
        n.mem_id != node.mem_id for n in node.css("p, div, table, ul, ol, li, h1, h2, h3, h4, br")
    )


def _row_line(row: Any) -> str | None:
    """A table row of plain cells as one line, its cells joined as a text list joins them;
    None for a layout row whose cells hold blocks of their own."""
    cells = [c for c in row.iter(include_text=False) if c.tag in ("td", "th")]
    if not cells or any(_has_block(c) for c in cells):
        return None
    parts = [clean_line(c.text(deep=True)) for c in cells]
    return _CELL_JOIN.join(p for p in parts if p)


def _list_marker(item: Any) -> str:
    """The marker a plain-text list would print before this ``<li>``: its number in an
    ``<ol>``, a dash in a ``<ul>``."""
    parent = item.parent
    if parent is None or parent.tag != "ol":
        return "– "
    try:
        number = int(parent.attributes.get("start") or 1)
    except ValueError:
        number = 1
    node = parent.child
    while node is not None and node.mem_id != item.mem_id:
        if node.is_element_node and node.tag == "li":
            number += 1
        node = node.next
    return f"{number}. "


def _walk(node: Any, out: list[str]) -> None:
    child = node.child
    while child is not None:
        if child.is_text_node:
            out.append(child.text_content or "")
        elif child.is_element_node:
            line = _row_line(child) if child.tag == "tr" else None
            if line is not None:
                out.append(f"\n\n{line}\n\n")
                child = child.next
                continue
            block = child.tag in _BLOCK
            if block:
                out.append("\n\n")
            if (
                child.tag == "li"
                and not _MARKED.match(child.text(deep=True))
                and not _has_block(child)
            ):
                out.append(_list_marker(child))
            _walk(child, out)
            if block:
                out.append("\n\n")
        child = child.next


def html_document(html: str, *, charset: str) -> DocumentText:
    """The main text of an HTML page as a :class:`DocumentText`."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    title = _title(tree)
    published, date_node = _published_date(tree)
    heading = tree.css_first("h1")
    heading_text = clean_line(heading.text(deep=True)) if heading is not None else ""
    _drop_date_element(tree, date_node)
    for node in tree.css(_DROP_TAGS):
        node.decompose()
    for node in tree.css("[class], [id], [role]"):
        if _is_junk(node) and node.tag not in ("html", "body"):
            node.decompose()
    _drop_link_lists(tree)
    main = _main_node(tree)
    pieces: list[str] = []
    _walk(main, pieces)
    paragraphs = [clean_line(p) for p in "".join(pieces).split("\n\n")]
    paragraphs = [p for p in paragraphs if p]
    if heading_text and heading_text not in paragraphs:
        paragraphs.insert(0, heading_text)
    return join_paragraphs(paragraphs, title=title, published_date=published, charset=charset)
