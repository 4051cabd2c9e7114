"""Page noise as small pure functions, and the probe that measures what each one changes.

Real pages reach the extractor with noise the composed corpora lack: scraped without their
line breaks, a byline or a "read also" link inside the message, straight quotes, a Latin
"i" typed for the Kazakh "і", surnames in capitals, non-breaking spaces inside numbers, a
share footer. Each perturbation takes the text of a document (and what is known about it:
its language and the spans of the names its annotation lists) and returns the noisy text;
they compose (:func:`compose`). What is compared is what is read — the contests' places,
dates and figures, the candidates' names, votes, shares, nominators and winners — never
the spans, which move with the text.

Run ``python tests/extract/perturb.py`` (from the repository, in its environment) for the
table: per perturbation, the documents whose reading changed out of those it touched.
``-v`` lists the changed documents, ``--only NAME`` runs one perturbation.

SYNTHETIC: every line added below (bylines, headlines, footers) was written for the probe;
none is copied from a published page.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
DOCUMENT_SUFFIXES = (".txt", ".html", ".htm")


@dataclass(frozen=True)
class Sample:
    """One annotated document of a corpus: its text (HTML read to text), its language and
    the spans of the candidates' names as printed (where the annotation gives them)."""

    corpus: str
    stem: str
    text: str
    language: str
    name_spans: tuple[tuple[int, int], ...] = field(default=())

    @property
    def label(self) -> str:
        return f"{self.corpus}/{self.stem}"


Perturbation = Callable[[str, Sample], str]


# -- the perturbations ----------------------------------------------------------------------


def flatten(text: str, sample: Sample) -> str:
    """Every line break a space (a page scraped without its paragraphs)."""
    return re.sub(r"[ \t]*\r?\n\s*", " ", text)


def paragraph_per_line(text: str, sample: Sample) -> str:
    """Every line a paragraph of its own (a page with a ``<p>`` or ``<br><br>`` per line)."""
    return re.sub(r"[ \t]*\r?\n\s*", "\n\n", text)


_BYLINE = {
    "ru": "12:45 | 2 412 просмотров | Фото: пресс-служба акимата\n",
    "kk": "12:45 | 2 412 рет қаралды | Фото: әкімдіктің баспасөз қызметі\n",
    "kk-Latn": "12:45 | 2 412 ret qaraldy | Foto: ákimdiktiń baspasóz qyzmeti\n",
    "en": "12:45 | 2,412 views | Photo: akimat press service\n",
}


def byline(text: str, sample: Sample) -> str:
    """A byline with the time, a view counter and a photo credit before the message."""
    return _BYLINE.get(sample.language, _BYLINE["ru"]) + text


def straight_quotes(text: str, sample: Sample) -> str:
    """Guillemets typed as straight quotes."""
    return text.replace("«", '"').replace("»", '"')


_KK_LETTERS = str.maketrans({"і": "i", "І": "I"})


def latin_i(text: str, sample: Sample) -> str:
    """The Kazakh "і" typed as the Latin "i" (keyboards without Kazakh letters)."""
    return text.translate(_KK_LETTERS)


_TO_LATIN = {"а": "a", "о": "o", "е": "e", "р": "p", "с": "c"}
_TO_CYRILLIC = {"a": "а", "o": "о", "e": "е"}
_LONG_WORD = re.compile(r"\b\w{5,}\b")


def lookalike_letter(text: str, sample: Sample) -> str:
    """In every third word of five letters or more, one letter typed in the other script
    where the two look the same (a Latin "о" in a Cyrillic word, a Cyrillic "а" in a Latin
    one)."""
    count = 0

    def one(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        word = match.group()
        if count % 3:
            return word
        for i, ch in enumerate(word):
            twin = _TO_LATIN.get(ch) or _TO_CYRILLIC.get(ch)
            if twin and i > 0:
                return word[:i] + twin + word[i + 1 :]
        return word

    return _LONG_WORD.sub(one, text)


_SURNAME_END = re.compile(
    r"(?:[оеё]в|[иы]н|ий|ая|ский|ская|ского|ской|[оеё]в[аеуы]?|[иы]н[аеуы]?|енко|чук"
    r"|[oe]v|in|[oe]va|ina|enko|chuk)$",
    re.IGNORECASE,
)
_PATRONYMIC = re.compile(r"(?:вич|вна|ична|ұлы|қызы|улы|кызы|uly|qyzy|ovich|ovna)\w*$", re.I)


def _surname(words: list[re.Match[str]]) -> re.Match[str] | None:
    """The word of a printed name taken for the surname: one with a surname's ending, else
    the first of three words ending in a patronymic, else the last word."""
    full = [w for w in words if len(w.group()) > 1]
    if not full:
        return None
    if len(full) >= 3 and _PATRONYMIC.search(full[-1].group()):
        return full[0]
    ending = [w for w in full if _SURNAME_END.search(w.group())]
    return ending[0] if ending else full[-1]


def caps_surnames(text: str, sample: Sample) -> str:
    """The surname of every name the annotation lists (by its span) in capitals.

    Only the names whose span still selects them are changed, and only where upper-casing
    keeps the word's length (offsets do not move) and lower-casing gives the word back: the
    Kazakh Latin "ı" has no capital of its own ("ı".upper() is "I"), so such a word is left
    as it is."""
    out = list(text)
    for start, end in sample.name_spans:
        words = list(re.finditer(r"\w+", text[start:end]))
        word = _surname(words)
        if word is None:
            continue
        printed = word.group()
        upper = printed.upper()
        if len(upper) != len(printed) or upper.lower() != printed.lower() or upper == printed:
            continue
        at = start + word.start()
        out[at : at + len(printed)] = upper
    return "".join(out)


_GROUP_SPACE = re.compile(r"(?<=\d) (?=\d{3}\b)")


def number_spaces(text: str, sample: Sample) -> str:
    """The spaces between the digit groups of a number non-breaking and thin, by turns."""
    count = 0

    def one(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return ("\u00a0", "\u2009", "\u202f")[count % 3]

    return _GROUP_SPACE.sub(one, text)


def crlf(text: str, sample: Sample) -> str:
    """Windows line ends."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def em_dash(text: str, sample: Sample) -> str:
    """A dash between spaces (en dash or hyphen) typed as an em dash."""
    return re.sub(r" [–-] ", " — ", text)


def double_spaces(text: str, sample: Sample) -> str:
    """Two spaces after every full stop and comma, and between a number and its word."""
    text = re.sub(r"([.,]) (?=\S)", r"\1  ", text)
    return re.sub(r"(?<=\d) (?=[^\W\d])", "  ", text)


_READ_ALSO = {
    "ru": "Читайте также: В области прошли выборы сельских акимов",
    "kk": "Сондай-ақ оқыңыз: Облыста ауыл әкімдерінің сайлауы өтті",
    "kk-Latn": "Sondaı-aq oqyńyz: Oblysta aýyl ákimderiniń saılaýy ótti",
    "en": "Read also: Rural akim elections held in the region",
}


def read_also(text: str, sample: Sample) -> str:
    """A "read also" link with another headline after the first paragraph."""
    line = _READ_ALSO.get(sample.language, _READ_ALSO["ru"])
    parts = re.split(r"(\n\s*\n)", text, maxsplit=1)
    if len(parts) == 3:
        return f"{parts[0]}\n\n{line}{parts[1]}{parts[2]}"
    head, sep, rest = text.partition("\n")
    return f"{head}\n{line}\n{rest}" if sep else f"{text}\n{line}\n"


def yo_as_e(text: str, sample: Sample) -> str:
    """The Russian "ё" written "е"."""
    return text.replace("ё", "е").replace("Ё", "Е")


def percent_space(text: str, sample: Sample) -> str:
    """A space between a number and its per cent sign ("56,0 %"), and none where there
    was one."""
    return re.sub(r"(?<=\d)( ?)%", lambda m: "%" if m.group(1) else " %", text)


_FOOTER = {
    "ru": "Поделиться:\nFacebook VK Telegram WhatsApp\nПодписывайтесь на наш Telegram-канал",
    "kk": "Бөлісу:\nFacebook Telegram WhatsApp\nTelegram-арнамызға жазылыңыз",
    "kk-Latn": "Bólisý:\nFacebook Telegram WhatsApp\nTelegram-arnamyzǵa jazylyńyz",
    "en": "Share:\nFacebook X Telegram WhatsApp\nSubscribe to our Telegram channel",
}


def share_footer(text: str, sample: Sample) -> str:
    """A share and subscribe footer after the message."""
    return f"{text.rstrip()}\n\n{_FOOTER.get(sample.language, _FOOTER['ru'])}\n"


def compose(*steps: Perturbation) -> Perturbation:
    """The perturbations one after another (a length-keeping one such as
    :func:`caps_surnames`, which reads the names' spans, must come first)."""

    def composed(text: str, sample: Sample) -> str:
        for step in steps:
            text = step(text, sample)
        return text

    return composed


PERTURBATIONS: dict[str, Perturbation] = {
    "flatten": flatten,
    "paragraph per line": paragraph_per_line,
    "byline": byline,
    "straight quotes": straight_quotes,
    "latin i": latin_i,
    "lookalike letter": lookalike_letter,
    "caps surnames": caps_surnames,
    "number spaces": number_spaces,
    "crlf": crlf,
    "em dash": em_dash,
    "double spaces": double_spaces,
    "read also": read_also,
    "yo as e": yo_as_e,
    "percent space": percent_space,
    "share footer": share_footer,
}
# Every perturbation but the line breaks', one after the other: noise comes together.
PERTURBATIONS["all but flatten"] = compose(
    *(
        f
        for name, f in PERTURBATIONS.items()
        if name not in ("caps surnames", "flatten", "paragraph per line")
    ),
)
PERTURBATIONS["all but flatten"] = compose(caps_surnames, PERTURBATIONS["all but flatten"])


# -- the corpora and what is read -------------------------------------------------------------


def corpora(root: Path = REPO / "tests") -> list[Path]:
    """The corpus directories (``tests/corpus*``)."""
    return sorted(p for p in root.glob("corpus*") if p.is_dir())


def load_samples(dirs: Iterable[Path]) -> list[Sample]:
    """Every annotated document of ``dirs`` (an HTML page as the text it is read into)."""
    from kzvotes.parse import document_text

    samples = []
    for corpus in dirs:
        for path in sorted(corpus.iterdir()):
            expected_path = path.with_suffix(".expected.json")
            if path.suffix not in DOCUMENT_SUFFIXES or not expected_path.exists():
                continue
            expected = json.loads(expected_path.read_text(encoding="utf-8"))
            if path.suffix == ".txt":
                text = path.read_text(encoding="utf-8")
            else:
                text = document_text(path.read_bytes()).text
            spans = []
            for contest in expected.get("contests", []):
                for cand in contest.get("candidates", []):
                    span, printed = cand.get("span"), cand.get("name_as_printed")
                    if span and printed and text[span[0] : span[1]] == printed:
                        spans.append((span[0], span[1]))
            samples.append(
                Sample(
                    corpus.name, path.stem, text, expected["language"], tuple(sorted(set(spans)))
                )
            )
    return samples


def reading(text: str) -> Any:
    """What is read from ``text``: the kind, and per contest its place, date and figures and
    its candidates' names, votes, shares, nominators and winners (no spans)."""
    from kzvotes.extract import extract_document
    from kzvotes.parse import text_document

    doc = extract_document(text_document(text))
    out: list[Any] = [doc.kind]
    for c in doc.contests:
        figures = (
            c.registered_voters, c.ballots_cast, c.invalid_ballots, c.against_all,
            c.against_all_pct, c.turnout_pct, c.absentee, c.outside_premises,
        )  # fmt: skip
        people = sorted(
            (x.name, _value(x.votes), x.elected, x.nominator, _value(x.vote_share_pct))
            for x in c.candidates
        )
        out.append((c.place_id, c.election_date, tuple(_value(f) for f in figures), people))
    return out


def _value(fact: object) -> object:
    return getattr(fact, "value", fact)


def same_paragraphs(a: str, b: str) -> bool:
    """Whether two texts are read into the same paragraphs (then they read the same)."""
    from kzvotes.parse import text_document

    da, db = text_document(a), text_document(b)
    return da.text == db.text and da.paragraphs == db.paragraphs


@dataclass
class Outcome:
    touched: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)


def probe(samples: Sequence[Sample], perturbations: dict[str, Perturbation]) -> dict[str, Outcome]:
    """Per perturbation, the documents it touched and those whose reading changed."""
    outcomes = {name: Outcome() for name in perturbations}
    for sample in samples:
        base: Any = None
        for name, perturb in perturbations.items():
            noisy = perturb(sample.text, sample)
            if noisy == sample.text:
                continue
            outcomes[name].touched.append(sample.label)
            if same_paragraphs(noisy, sample.text):
                continue
            if base is None:
                base = reading(sample.text)
            if reading(noisy) != base:
                outcomes[name].changed.append(sample.label)
    return outcomes


def table(outcomes: dict[str, Outcome]) -> str:
    lines = [f"{'perturbation':<18} {'changed':>8} {'touched':>8}"]
    for name, o in outcomes.items():
        lines.append(f"{name:<18} {len(o.changed):>8} {len(o.touched):>8}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    chosen = dict(PERTURBATIONS)
    if "--only" in argv:
        wanted = argv[argv.index("--only") + 1]
        chosen = {wanted: PERTURBATIONS[wanted]}
    samples = load_samples(corpora())
    outcomes = probe(samples, chosen)
    print(f"{len(samples)} documents of {len(corpora())} corpora")
    print(table(outcomes))
    if verbose:
        for name, o in outcomes.items():
            for label in o.changed:
                print(f"{name}: {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
