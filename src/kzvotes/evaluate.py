"""Precision and recall of the extractors per field over a corpus of annotated documents.

Each document ``<name>.html`` or ``<name>.txt`` has ``<name>.expected.json`` beside it
(language, kind, contests with their figures and candidates). Run::

    python -m kzvotes.evaluate tests/corpus          # table; exit 1 below a floor
    python -m kzvotes.evaluate tests/corpus -v       # and every disagreement

Contests are matched by ``place_id`` (else in order), candidates by name (else by
surname); a name counts as right when it has the annotated words in any order. A value counts as predicted when the extractor gives it, as relevant when the
annotation has it, and as correct when both agree (percentages within 0.005).

Besides the table per field, the scores per language of the documents, the documents that
report no result but gave a contest (voting day, announcement, summary, indirect
election), and every span of the output that does not select its value from the printed
``text`` (see :mod:`kzvotes.extract.spans`).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CONTEST_FIELDS = (
    "place_id", "election_date", "registered_voters", "ballots_cast", "invalid_ballots",
    "against_all", "against_all_pct", "turnout_pct", "absentee", "outside_premises",
)  # fmt: skip
CANDIDATE_FIELDS = ("votes", "vote_share_pct", "nominator", "party_id", "elected")
NUMERIC_FIELDS = (
    "registered_voters", "ballots_cast", "invalid_ballots", "against_all", "turnout_pct",
    "absentee", "outside_premises", "votes", "vote_share_pct",
)  # fmt: skip
# The floors of issue 9 (recall, precision): names, votes, winners and places; then
# dates, nominators and shares. "candidate" is the name of each candidate.
ISSUE_FLOORS: dict[str, tuple[float, float]] = {
    "candidate": (0.95, 0.98),
    "votes": (0.95, 0.98),
    "elected": (0.95, 0.98),
    "place_id": (0.95, 0.98),
    "election_date": (0.90, 0.90),
    "nominator": (0.90, 0.90),
    "vote_share_pct": (0.90, 0.90),
}
# What each issue field is called in the summary tables
ISSUE_LABELS = {
    "candidate": "names",
    "votes": "votes",
    "elected": "winners",
    "place_id": "places",
    "election_date": "dates",
    "nominator": "nominators",
    "vote_share_pct": "shares",
}
RECALL_FLOOR = 0.95
PRECISION_FLOOR = 0.99
NAME_FLOOR = 0.95
DOCUMENT_SUFFIXES = (".html", ".htm", ".txt")


@dataclass
class Score:
    """Counts for one field."""

    correct: int = 0
    predicted: int = 0
    relevant: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.relevant if self.relevant else 1.0


@dataclass
class Evaluation:
    """Scores per field, name accuracy, document-level accuracy and the disagreements."""

    scores: dict[str, Score] = field(default_factory=dict)
    names_right: int = 0
    names_total: int = 0
    documents: int = 0
    kind_right: int = 0
    language_right: int = 0
    problems: list[str] = field(default_factory=list)
    spurious_contests: list[str] = field(default_factory=list)
    """Documents that report no result (voting day, announcement, summary, indirect
    election) but gave a contest."""
    span_errors: list[str] = field(default_factory=list)
    by_language: dict[str, Evaluation] = field(default_factory=dict)

    def score(self, name: str) -> Score:
        return self.scores.setdefault(name, Score())

    @property
    def name_accuracy(self) -> float:
        return self.names_right / self.names_total if self.names_total else 1.0

    def below_issue_floors(self) -> list[str]:
        """Every issue-9 field under its floor, a contest from a text with no result, and
        every span that misses its value, as text; empty when the corpus passes."""
        out = []
        for name, (recall, precision) in ISSUE_FLOORS.items():
            s = self.scores.get(name, Score())
            if s.relevant and s.recall < recall:
                out.append(f"{ISSUE_LABELS[name]}: recall {s.recall:.3f} < {recall}")
            if s.predicted and s.precision < precision:
                out.append(f"{ISSUE_LABELS[name]}: precision {s.precision:.3f} < {precision}")
        out += [f"contest from a text with no result: {d}" for d in self.spurious_contests]
        out += [f"span: {problem}" for problem in self.span_errors]
        return out

    def below_floor(self) -> list[str]:
        """Every field under its floor, as text; empty when the corpus passes."""
        out = []
        for name in NUMERIC_FIELDS:
            s = self.scores.get(name)
            if s is None:
                continue
            if s.relevant and s.recall < RECALL_FLOOR:
                out.append(f"{name}: recall {s.recall:.3f} < {RECALL_FLOOR}")
            if s.predicted and s.precision < PRECISION_FLOOR:
                out.append(f"{name}: precision {s.precision:.3f} < {PRECISION_FLOOR}")
        if self.name_accuracy < NAME_FLOOR:
            out.append(f"names: {self.name_accuracy:.3f} < {NAME_FLOOR}")
        if self.kind_right < self.documents:
            out.append(f"kind: {self.kind_right}/{self.documents} documents right")
        return out


def _name_key(name: str | None) -> tuple[str, ...]:
    if not name:
        return ()
    from kzvotes.parse.lookalikes import fold_lookalikes

    # a name annotated as printed with a Latin "i" for "і" is the same name
    text = fold_lookalikes(unicodedata.normalize("NFC", name)).lower().replace("ё", "е")
    return tuple(sorted(re.findall(r"\w+", text)))


def _surname_key(name: str | None) -> str:
    from kzvotes.extract.places import loose

    words = [w for w in re.findall(r"\w+", name or "") if len(w) > 2]
    if not words:
        return ""
    candidates = [
        w for w in words if re.search(r"(ov|ev|in|ova|eva|ina|ов|ев|ин|ова|ева|ина)$", w.lower())
    ]
    key = loose((candidates or words[-1:])[0])
    key = re.sub(r"(?<=[aeiou])i(?=[aeiou])", "", key)
    return re.sub(r"(a)$", "", key)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) < 0.005
        except (TypeError, ValueError):
            return False
    return bool(a == b)


def _tally(ev: Evaluation, name: str, expected: Any, got: Any, where: str) -> None:
    s = ev.score(name)
    if got is not None:
        s.predicted += 1
    if expected is not None:
        s.relevant += 1
    if expected is not None and got is not None and _same(expected, got):
        s.correct += 1
    elif expected is not None or got is not None:
        ev.problems.append(f"{where}: {name}: expected {expected!r}, got {got!r}")


def _pair_contests(
    expected: list[dict[str, Any]], got: list[dict[str, Any]]
) -> list[tuple[dict[str, Any] | None, dict[str, Any] | None]]:
    pairs: list[tuple[dict[str, Any] | None, dict[str, Any] | None]] = []
    free = list(got)
    unmatched: list[dict[str, Any]] = []
    for exp in expected:
        hit = next(
            (g for g in free if g.get("place_id") and g["place_id"] == exp["place_id"]), None
        )
        if hit is None:
            unmatched.append(exp)
        else:
            free.remove(hit)
            pairs.append((exp, hit))
    for exp in unmatched:
        pairs.append((exp, free.pop(0) if free else None))
    pairs.extend((None, g) for g in free)
    return pairs


def _pair_candidates(
    expected: list[dict[str, Any]], got: list[dict[str, Any]]
) -> list[tuple[dict[str, Any] | None, dict[str, Any] | None]]:
    pairs: list[tuple[dict[str, Any] | None, dict[str, Any] | None]] = []
    free = list(got)
    rest = []
    for exp in expected:
        hit = next((g for g in free if _name_key(g["name"]) == _name_key(exp["name"])), None)
        if hit is None:
            rest.append(exp)
        else:
            free.remove(hit)
            pairs.append((exp, hit))
    for exp in rest:
        hit = next((g for g in free if _surname_key(g["name"]) == _surname_key(exp["name"])), None)
        if hit is not None:
            free.remove(hit)
        pairs.append((exp, hit))
    pairs.extend((None, g) for g in free)
    return pairs


def documents_in(corpus: Path) -> list[Path]:
    """The documents of a corpus directory that have an expected file."""
    return sorted(
        p
        for p in corpus.iterdir()
        if p.suffix in DOCUMENT_SUFFIXES and p.with_suffix(".expected.json").exists()
    )


def extract_path(path: Path) -> dict[str, Any]:
    """Parse and extract one file into the item-7 JSON shape."""
    from kzvotes.extract.files import extract_file

    return extract_file(path)


def evaluate_corpus(corpus: Path) -> Evaluation:
    """Score the extractors on every annotated document of ``corpus``, in all and per
    language of the documents."""
    from kzvotes.extract.spans import span_problems

    ev = Evaluation()
    for path in documents_in(corpus):
        expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
        got = extract_path(path)
        language = ev.by_language.setdefault(expected["language"], Evaluation())
        for target in (ev, language):
            evaluate_document(target, path.name, expected, got)
            target.span_errors += [f"{path.name}: {p}" for p in span_problems(got)]
    return ev


def evaluate_document(
    ev: Evaluation, where: str, expected: dict[str, Any], got: dict[str, Any]
) -> None:
    """Add one document's comparison to ``ev``."""
    ev.documents += 1
    if expected["kind"] == got["kind"]:
        ev.kind_right += 1
    else:
        ev.problems.append(f"{where}: kind: expected {expected['kind']}, got {got['kind']}")
    if got["contests"] and (expected["kind"] != "results" or not expected["contests"]):
        ev.spurious_contests.append(f"{where} ({expected['kind']})")
    if expected["language"] == got["language"]:
        ev.language_right += 1
    else:
        ev.problems.append(
            f"{where}: language: expected {expected['language']}, got {got['language']}"
        )
    for exp_c, got_c in _pair_contests(expected["contests"], got["contests"]):
        label = f"{where} [{(exp_c or got_c or {}).get('place_id')}]"
        for name in CONTEST_FIELDS:
            if exp_c is not None and name not in exp_c:
                continue  # a field the annotation does not cover (older corpora)
            _tally(ev, name, (exp_c or {}).get(name), (got_c or {}).get(name), label)
        pairs = _pair_candidates(
            (exp_c or {}).get("candidates", []), (got_c or {}).get("candidates", [])
        )
        for exp_p, got_p in pairs:
            who = f"{label} {(exp_p or got_p or {}).get('name')}"
            # a name is right when it has the annotated words, in either order ("Кожанбаев
            # Адилет" in a list, "Адилет Кожанбаев" in prose): the same test as names right
            got_name = got_p["name"] if got_p is not None else None
            if (
                exp_p is not None
                and got_name is not None
                and _name_key(got_name) == _name_key(exp_p["name"])
            ):
                got_name = exp_p["name"]
            _tally(ev, "candidate", exp_p and exp_p["name"], got_name, who)
            if exp_p is not None:
                ev.names_total += 1
                if got_p is not None and _name_key(got_p["name"]) == _name_key(exp_p["name"]):
                    ev.names_right += 1
            for name in CANDIDATE_FIELDS:
                _tally(ev, name, (exp_p or {}).get(name), (got_p or {}).get(name), who)


def render(ev: Evaluation) -> str:
    """The evaluation as a fixed-width table."""
    lines = [
        f"{'field':<20}{'precision':>10}{'recall':>10}{'correct':>9}{'predicted':>10}"
        f"{'relevant':>10}"
    ]
    order: Iterable[str] = (*CONTEST_FIELDS, "candidate", *CANDIDATE_FIELDS)
    for name in order:
        s = ev.scores.get(name, Score())
        lines.append(
            f"{name:<20}{s.precision:>10.3f}{s.recall:>10.3f}{s.correct:>9}"
            f"{s.predicted:>10}{s.relevant:>10}"
        )
    lines.append(
        f"{'names right':<20}{ev.name_accuracy:>10.3f}  ({ev.names_right}/"
        f"{ev.names_total} candidates)"
    )
    lines.append(f"{'kind right':<20}{ev.kind_right:>10}/{ev.documents} documents")
    lines.append(f"{'language right':<20}{ev.language_right:>10}/{ev.documents} documents")
    lines.append(f"{'no-result contests':<20}{len(ev.spurious_contests):>10}")
    lines.append(f"{'spans wrong':<20}{len(ev.span_errors):>10}")
    return "\n".join(lines)


def render_languages(ev: Evaluation) -> str:
    """Recall / precision of the issue fields per language of the documents."""
    header = f"{'language':<9}{'docs':>5}" + "".join(
        f"{ISSUE_LABELS[name]:>13}" for name in ISSUE_FLOORS
    )
    lines = [header + "   (recall/precision)"]
    for language in sorted(ev.by_language):
        sub = ev.by_language[language]
        cells = []
        for name in ISSUE_FLOORS:
            s = sub.scores.get(name, Score())
            cells.append(f"{s.recall:.2f}/{s.precision:.2f}" if s.relevant or s.predicted else "-")
        lines.append(f"{language:<9}{sub.documents:>5}" + "".join(f"{c:>13}" for c in cells))
    return "\n".join(lines)


USAGE = """usage: python -m kzvotes.evaluate [CORPUS_FOLDER] [-v]

Scores the extractor on a folder of documents (*.txt, *.html) with their annotations
(*.expected.json); -v lists every miss. Exits 1 when a field is below its floor."""


def main(argv: list[str] | None = None) -> int:
    """Print the table; exit 1 when a field is below its floor."""
    args = list(sys.argv[1:] if argv is None else argv)
    if {"-h", "--help"} & set(args):
        print(USAGE)
        return 0
    verbose = "-v" in args
    paths = [a for a in args if a != "-v"] or ["tests/corpus"]
    corpus = Path(paths[0])
    if not corpus.is_dir():
        print(f"error: {corpus} is not a folder of annotated documents\n{USAGE}", file=sys.stderr)
        return 2
    ev = evaluate_corpus(corpus)
    print(render(ev))
    print(render_languages(ev))
    if verbose:
        print("\n".join(ev.problems + ev.spurious_contests + ev.span_errors))
    for line in ev.below_issue_floors():
        print(f"BELOW ISSUE FLOOR: {line}")
    failing = ev.below_floor()
    for line in failing:
        print(f"BELOW FLOOR: {line}")
    return 1 if failing else 0


if __name__ == "__main__":
    raise SystemExit(main())
