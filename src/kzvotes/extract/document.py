"""The extractor as passes over one document's text.

1. kind (:mod:`classify`): only a results message yields contests;
2. segmentation into sentences and clauses (:mod:`segment`);
3. numbers with their labels (:mod:`figures`);
4. people and their roles (:mod:`people`);
5. attachment of numbers to people and places (:mod:`attach`);
6. contests by place (:mod:`contests`), merged and frozen (:mod:`assemble`);
7. nominators and winners (:mod:`winners`).
"""

from __future__ import annotations

from dataclasses import replace

from kzvotes.extract.assemble import assemble_contests
from kzvotes.extract.classify import classify_with_rule, kind_without_a_contest
from kzvotes.extract.contests import read_sentences
from kzvotes.extract.dates import (
    dateline_block,
    read_election_date,
)
from kzvotes.extract.language import document_language
from kzvotes.extract.model import ExtractedContest, ExtractedDocument
from kzvotes.extract.names import title_case_names
from kzvotes.extract.reading import Reading
from kzvotes.extract.segment import (
    guillemets,
    headline_lines,
    leaders_as_dashes,
    lost_lines,
    page_furniture,
    page_noise,
    sentences,
    with_breaks,
    with_lines,
)
from kzvotes.parse import DocumentText


def extract_document(doc: DocumentText, *, sha256: str | None = None) -> ExtractedDocument:
    """The contests and facts of one document; only a results message yields contests.

    >>> from kzvotes.parse import text_document
    >>> doc = text_document("В Бокейординском районе за кандидата Нурлыбека Даумова от "
    ...                     "партии AMANAT проголосовали 4 660 человек. Он избран акимом.")
    >>> found = extract_document(doc)
    >>> c = found.contests[0].candidates[0]
    >>> (found.kind, found.contests[0].place_id, c.name, c.votes.value, c.party_id)
    ('results', 'KZ-27/bokeyorda', 'Нурлыбек Даумов', 4660, 'amanat')
    """
    paragraphs = [doc.text[a:b] for a, b in doc.paragraphs] or [doc.text]
    language = document_language(paragraphs)
    # the message as read: quotes as guillemets, a table row's dot leader as its dash
    # ("X ...... 8419"), and without the page's furniture (its "read also" blocks, bylines,
    # view counters, photo credits), each blanked to a paragraph break so that a page
    # scraped without its line breaks reads as one with them; every offset is the printed
    # text's
    page = DocumentText(
        leaders_as_dashes(guillemets(doc.text)),
        doc.paragraphs,
        doc.title,
        doc.published_date,
        doc.charset,
    )
    lines = lost_lines(page)
    heads = headline_lines(page)
    page = with_breaks(page, page_noise(page) + page_furniture(page))
    # a headline run into the first sentence ends its line before the dateline is read
    page = with_lines(page, [at for at in heads if page.text[at] == " "])
    message = page.text
    # the dateline, once its date is read, is furniture too: its numbers count nothing
    block = dateline_block(message)
    if block is not None:
        page = with_breaks(page, [block])
    page = with_lines(page, [at for at in lines if page.text[at] == " "])
    # "Орал СТЫБАЕВ": a surname in capitals beside its given name is read in title case by
    # every pass (the names keep their printed form: see _as_printed)
    page = DocumentText(
        title_case_names(page.text), page.paragraphs, page.title, page.published_date, page.charset
    )
    kind, kind_rule = classify_with_rule(page.text)
    if kind != "results":
        return ExtractedDocument(sha256, language, kind, (), text=doc.text, kind_rule=kind_rule)
    election_date = read_election_date(message, published=doc.published_date)
    reading = Reading(page, sha256, election_date.value)
    read_sentences(reading, sentences(page))
    contests = assemble_contests(reading, election_date, message)
    if not contests:
        # "Итоги выборов ... утвердила комиссия" over figures of no one's contest (a summary
        # of several districts, a tally of akims): words of results, but no result of its own
        kind, kind_rule = kind_without_a_contest(page.text)
        return ExtractedDocument(sha256, language, kind, (), text=doc.text, kind_rule=kind_rule)
    contests = tuple(_as_printed(contest, doc.text) for contest in contests)
    return ExtractedDocument(sha256, language, kind, contests, text=doc.text, kind_rule=kind_rule)


def _as_printed(contest: ExtractedContest, text: str) -> ExtractedContest:
    """The contest with every candidate's ``name_as_printed`` as the document prints it
    (the passes read a surname in capitals in title case, offsets kept)."""
    candidates = tuple(
        replace(c, name_as_printed=text[c.span[0] : c.span[1]])
        if c.name_as_printed.lower() == text[c.span[0] : c.span[1]].lower()
        else c
        for c in contest.candidates
    )
    return replace(contest, candidates=candidates)
