"""Claims from archived documents: parse, extract, and state what a results document says.

Every extracted value becomes a :class:`~kzvotes.build.claims.Claim` with method ``extracted``,
the document's sha256 as its source and the character span as its locator. Only documents
classified as results feed the tables; the others are still listed in ``sources``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kzvotes.archive.sources import ArchivedSource
from kzvotes.build.claims import Claim, ClaimSet
from kzvotes.build.fields import CONTEST_FIGURES
from kzvotes.build.matching import match_candidate_key
from kzvotes.errors import KzvotesError
from kzvotes.reference import load_places

if TYPE_CHECKING:
    from kzvotes.archive.store import Archive
    from kzvotes.extract import ExtractedContest, ExtractedDocument, Fact

# The akim post that a unit of each type elects.
ELECTION_TYPE_OF_PLACE = {
    "district": "district_akim",
    "city_of_regional_significance": "city_akim",
    "rural_district": "rural_akim",
    "town": "rural_akim",
    "village": "rural_akim",
    "settlement": "rural_akim",
}


@dataclass(frozen=True)
class ArchiveExtraction:
    """What the archive adds: documents (with language and date filled in) and skips."""

    documents: list[ArchivedSource]
    skipped: list[str]  # "<url> (<sha256>): why", for the build's report


def _locator(fact: Fact | tuple[int, int]) -> str:
    span = fact if isinstance(fact, tuple) else fact.span
    return f"chars {span[0]}-{span[1]}"


def _contest_for(claims: ClaimSet, contest: ExtractedContest) -> str | None:
    """The contest id of an extracted contest: its place, type and date, or a ledger match."""
    places = load_places()
    if contest.place_id is None or contest.place_id not in places:
        return None
    election_type = ELECTION_TYPE_OF_PLACE.get(places[contest.place_id].place_type)
    if election_type is None:
        return None
    day: date | None = contest.election_date
    if day is None:
        # an undated message about a place with exactly one known contest is about that one
        known = claims.contests_at(contest.place_id)
        if len(known) == 1:
            return known[0].contest_id
    return claims.add_contest(election_type, day, contest.place_id)


def state_document(claims: ClaimSet, sha256: str, contests: Sequence[ExtractedContest]) -> int:
    """Add the claims of one results document; returns how many contests it placed."""
    placed = 0
    for contest in contests:
        contest_id = _contest_for(claims, contest)
        if contest_id is None:
            continue
        placed += 1
        for field in CONTEST_FIGURES:
            fact = getattr(contest, field)
            if fact is not None:
                claims.claims.append(
                    Claim(
                        "contests",
                        contest_id,
                        field,
                        fact.value,
                        sha256,
                        _locator(fact),
                        "extracted",
                    )
                )
        known = [c.candidate_key for c in claims.candidates_of(contest_id)]
        for cand in contest.candidates:
            candidate_id = claims.add_candidate(contest_id, match_candidate_key(cand.name, known))
            where = _locator(cand.span)
            stated: list[tuple[str, object, str]] = [
                ("name", cand.name, where),
                ("name_as_printed", cand.name_as_printed, where),
            ]
            if cand.nominator == "self":
                stated.append(("nominator", "self", where))
            elif cand.party_id:
                stated.append(("nominator", cand.party_id, where))
            if cand.votes is not None:
                stated.append(("votes", cand.votes.value, _locator(cand.votes)))
            if cand.elected is not None:
                stated.append(("elected", cand.elected, where))
            for field, value, locator in stated:
                claims.claims.append(
                    Claim("candidates", candidate_id, field, value, sha256, locator, "extracted")  # type: ignore[arg-type]
                )
    return placed


def extractor_fingerprint() -> str:
    """A digest of the extractor's and the parser's source: any change to either is a new
    extractor, whose cached readings are not reused."""
    import hashlib

    import kzvotes.extract
    import kzvotes.parse

    digest = hashlib.sha256()
    for root in (Path(p) for package in (kzvotes.extract, kzvotes.parse) for p in package.__path__):
        for path in sorted(root.rglob("*.py")):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class _Reading:
    """What the build needs of one document's extraction; cached by its sha256."""

    language: str | None
    published_date: date | None
    document: ExtractedDocument


class ExtractionCache:
    """Readings of archived documents by sha256 under ``<archive>/cache/extract-<fingerprint>``.

    The documents are immutable and the fingerprint names the code that read them, so a
    cached reading is the reading the code would make again; an unchanged archive costs
    one file read per document. The cache is derived data: deleting it is always safe.
    """

    def __init__(self, archive_dir: Path, fingerprint: str) -> None:
        self.root = archive_dir / "cache" / f"extract-{fingerprint}"

    def get(self, sha256: str) -> _Reading | None:
        import pickle

        path = self.root / f"{sha256}.pickle"
        try:
            # safe to unpickle: only this class writes there, from this code's own objects
            reading = pickle.loads(path.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None
        return reading if isinstance(reading, _Reading) else None

    def put(self, sha256: str, reading: _Reading) -> None:
        import os
        import pickle
        import tempfile

        self.root.mkdir(parents=True, exist_ok=True)
        handle, tmp = tempfile.mkstemp(dir=self.root, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            pickle.dump(reading, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, self.root / f"{sha256}.pickle")  # never a half-written entry


def _read_document(archive: Archive, doc: ArchivedSource) -> _Reading:
    from kzvotes.extract import extract_document
    from kzvotes.parse import document_text

    text = document_text(archive.read_bytes(doc.sha256), content_type=doc.content_type)
    extracted = extract_document(text, sha256=doc.sha256)
    return _Reading(extracted.language, text.published_date, extracted)


def extract_archive(
    archive_dir: Path | None,
    documents: list[ArchivedSource],
    claims: ClaimSet,
    progress: Callable[[str], None],
) -> ArchiveExtraction:
    """Parse and extract every archived document, adding the results' claims to ``claims``.

    Readings are cached by document and extractor (:class:`ExtractionCache`).
    """
    if archive_dir is None or not documents:
        return ArchiveExtraction(documents, [])
    from kzvotes.archive.store import Archive

    archive = Archive(archive_dir)
    cache = ExtractionCache(archive_dir, extractor_fingerprint())
    enriched: list[ArchivedSource] = []
    skipped: list[str] = []
    reused = 0
    for index, doc in enumerate(documents, start=1):
        progress(f"extracting {index}/{len(documents)}: {doc.url}")
        reading = cache.get(doc.sha256)
        if reading is None:
            try:
                reading = _read_document(archive, doc)
            except KzvotesError as err:
                skipped.append(f"{doc.url} ({doc.sha256[:12]}): {err}")
                enriched.append(doc)
                continue
            cache.put(doc.sha256, reading)
        else:
            reused += 1
        extracted = reading.document
        enriched.append(replace(
            doc,
            language=doc.language or reading.language,
            published_date=doc.published_date or reading.published_date,
        ))  # fmt: skip
        if extracted.kind != "results":
            skipped.append(f"{doc.url} ({doc.sha256[:12]}): kind {extracted.kind}, not results")
            continue
        if state_document(claims, doc.sha256, extracted.contests) == 0:
            skipped.append(f"{doc.url} ({doc.sha256[:12]}): no contest resolved to a known place")
    if reused:
        progress(f"{reused} of {len(documents)} document(s) read from the extraction cache")
    return ArchiveExtraction(enriched, skipped)
