"""Pass 7: nominators and winners: a winner verb nearest a name, "X beat Y", a plurality
of counts or of shares of one stated base."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from kzvotes.extract.cues import LanguageCues
from kzvotes.extract.language import detect_language
from kzvotes.extract.names import (
    NameMention,
    find_names,
    normalize_name,
)
from kzvotes.extract.numbers import counts_in_words_at, find_numbers
from kzvotes.extract.parties import nominator_phrases
from kzvotes.extract.people import beat, official, other_name_closer, withdrew
from kzvotes.extract.reading import (
    Candidate,
    Contest,
    Reading,
    distance,
    nominative_order,
)
from kzvotes.extract.segment import Sentence
from kzvotes.extract.wording import (
    AUXILIARY_GAP,
    BULLET,
    COUNT_THEN_NEXT,
    FEW_AFTER,
    FEW_BEFORE,
    PARTY_WORD_AFTER,
    PLURAL_NOMINATION,
    RIVAL_COUNT_PHRASE,
    RIVAL_OF,
    SHARE_BASE,
    TITLE_WORD,
    WINNER_LABEL,
    is_membership,
    words,
)

# "X (самовыдвижение) получил ...": a short aside in brackets right after a name, the
# clause going on after it with a word ("X (AMANAT); его соперником был Y" ends there)
_ASIDE_AFTER = re.compile(r"\s*\([^()\d\n]{1,60}\)(?=[ \t]+[^\W\d_])")


def mark_people(
    r: Reading,
    sentence: Sentence,
    start: int,
    end: int,
    key: str,
    names: list[NameMention],
    clause_of: Callable[[int], tuple[int, int]],
    *,
    multi: bool,
) -> None:
    """The nominators and winners of the people named in one segment."""
    cues = sentence.cues
    text = r.text
    sentence_text = text[sentence.start : sentence.end]
    nominations: dict[int, list[tuple[str, str | None]]] = {}
    both_told: tuple[str, str | None] | None = None
    shared: dict[int, tuple[str, str | None]] = {}
    for a, b, kind, phrase_party in nominator_phrases(text[start:end]):
        if not names:
            break
        a, b = a + start, b + start
        if cues.both.search(text[max(start, a - 16) : a]):
            # "Her rival X received 20; both were self-nominated": the two of the contest
            both_told = (kind, phrase_party)
        if kind == "party" and is_membership(text, a, b, start):
            continue  # "член партии AMANAT": membership is not nomination
        # "– X, ..., өзін-өзі ұсынған; – Y, ...": a phrase stays in its own item of a list
        same_item = same_list_item(text, names, a, b)
        # "X пен «AMANAT» партиясынан Y": the word "party" after the party's name reaches
        # to the name after it
        tail = PARTY_WORD_AFTER.match(text, b)
        reach = tail.end() if tail else b
        best = min(same_item, key=lambda n: (distance(n, a, reach), 0 if n.start >= b else 1))
        best = modified_name(text, same_item, a, b) or best
        nominations.setdefault(best.start, []).append((kind, phrase_party))
        plural = (
            PLURAL_NOMINATION.match(text[a:end])
            or PLURAL_NOMINATION.match(text[b:end])
            or FEW_BEFORE.search(text[max(start, a - 16) : a])
            or FEW_AFTER.match(text[b:end])
            # "выдвигались в порядке самовыдвижения:\n– X ...;\n– Y ...": a list after a colon
            # but not a row's own count after its colon ("X, өзін-өзі ұсынған: 391")
            or re.match(r"\w{0,3}\s*:(?!\s*\d)", text[b : b + 8])
        )
        if plural:
            # "Өзін-өзі ұсынған үміткерлер X 782, Y 426": every person after the phrase
            for n in names:
                if n.start >= b:
                    shared.setdefault(n.start, (kind, phrase_party))
        if kind == "self" and not text[b : best.start].strip():
            # "Ózin-ózi usynǵan Gılmanovqa 782, Kereshke 426 saılaýshy daýys berdi": one
            # phrase before a list of names each with a bare count
            chain = [n for n in names if n.start >= best.start]
            for prev_n, cur in pairwise(chain):
                if not COUNT_THEN_NEXT.fullmatch(text[prev_n.end : cur.start]):
                    break
                shared.setdefault(cur.start, (kind, phrase_party))
        # "X, Y и Z — также самовыдвиженцы": a phrase given to one of a list is the list's
        list_head = r.list_heads.get(best.start, best.start)
        for n in names:
            if n.start != best.start and r.list_heads.get(n.start, n.start) == list_head:
                shared.setdefault(n.start, (kind, phrase_party))
    described, unclaimed = described_by_most_votes(text, sentence, start, end, names)
    unclaimed = without_winner_labels(unclaimed, sentence)
    nearest_winner: set[int] = set()
    if not multi and names:
        # "Больше всего голосов — 1 756 — получил X": the winning words are nearest
        # to the winner's name, whichever clause it is in.
        # A name in the clause of the words comes first ("X received the most votes, 391,
        # while Y ..."): the subject, not the next item of the list.
        for match in cues.elected.finditer(unclaimed[sentence.start : sentence.end]):
            pos = sentence.start + match.start()
            a, z = clause_of(pos)
            in_clause = [n for n in names if a <= n.start < z] or names
            best = min(in_clause, key=lambda n: distance(n, pos, pos + len(match.group(0))))
            nearest_winner.add(best.start)
    beaters, beaten = beat(r, sentence, names)
    candidate_sentence = bool(
        cues.candidate_word.search(sentence_text)
        or cues.elected.search(sentence_text)
        # "X пен Y кейінгі орындарда қалды" after the winner of the contest: its losers
        or (
            cues.loser.search(sentence_text)
            and key in r.contests
            and any(c.elected for c in r.contests[key].candidates)
        )
    )
    for idx, m in enumerate(names):
        a, z = clause_of(m.start)
        clause = text[a:z]
        prev = names[idx - 1].end if idx else start
        nxt = names[idx + 1].start if idx + 1 < len(names) else end
        known = r._known(key, m, cues.language)
        if known is None and not candidate_sentence:
            told = nominations.get(m.start, [])
            if told and not official(r, m):
                # no candidate yet: the nomination waits for a result naming this person
                self_told = any(kind == "self" for kind, _ in told)
                r.pending_nominations.setdefault(
                    (key, r.mention_surname(m, cues.language)),
                    ("self", None) if self_told else ("party", told[0][1]),
                )
            continue
        if known is None and r.candidate_elsewhere(key, m, cues.language):
            continue  # a candidate of another contest of the message, mentioned again
        if cues.official.search(clause) and not cues.elected.search(clause):
            continue
        if (
            known is None
            and official(r, m)
            and not elected_right_after(r, m, cues)
            and not elected_right_before(r, m, cues)
        ):
            continue
        if withdrew(r, m, nxt, cues):
            if known is not None:
                r.contest(key).candidates.remove(known)
            continue
        cand = known or r.candidate(key, m, cues.language)
        if known is not None:
            nominative_order(
                known,
                m.printed,
                normalize_name(
                    m.printed,
                    cues.language,
                    governor=r.governor(m),
                    after=text[m.end : m.end + 40],
                    cases=r.shared_cases(m, cues.language),
                ),
            )
        found = nominations.get(m.start, [])
        nominator: str | None = None
        party_id: str | None = None
        if any(kind == "self" for kind, _ in found):
            nominator = "self"
        elif found:
            nominator, party_id = "party", found[0][1]
        elif m.start in shared:
            nominator, party_id = shared[m.start]
        head = r.list_heads.get(m.start)
        lead = next((n for n in names if n.start == head), None) if head is not None else None
        if nominator is None and lead is not None:
            known_lead = r._known(key, lead, cues.language)
            if known_lead is not None:
                nominator, party_id = known_lead.nominator, known_lead.party_id
        if nominator and cand.nominator is None:
            cand.nominator, cand.party_id = nominator, party_id
            cand.rules["nominator"] = "phrase-nearest-name" if found else "phrase-of-the-list"
        # "Ермек Сайнов (самовыдвижение) получил наименьшее число голосов": the clause of a
        # name goes on past a bracketed aside right after it
        aside = _ASIDE_AFTER.match(text, m.end, nxt)
        own_end = max(z, clause_of(aside.end())[1]) if aside and aside.end() < end else z
        own = text[prev if lead is None else max(start, lead.start - 80) : own_end]
        zone = text[m.start : nxt]
        if m.start in beaters:
            cand.elected = True
            cand.rules["elected"] = "beat-the-others"
        elif m.start in described:
            # "X уступил Y, набравшему наибольшее число голосов": the person the words of
            # the most votes describe won, whatever rival word is near
            cand.elected = True
            cand.rules["elected"] = "described-by-most-votes"
        elif (
            m.start in beaten
            or cues.loser.search(RIVAL_COUNT_PHRASE.sub(" ", own))
            or loser_cell(text, m, nxt, cues)
        ):
            if cand.elected is None:
                cand.elected = False
                cand.rules["elected"] = "beaten" if m.start in beaten else "loser-word"
        elif (
            (
                cues.elected.search(unclaimed, a, z)
                and not other_name_closer(r, m, names, unclaimed[a:z], a, cues)
            )
            or (cues.elected.search(unclaimed, m.start, nxt) and not cues.loser.search(zone))
            # "акимом X района избран A, Y района – B": the first name of each place
            or (multi and cues.elected.search(unclaimed, sentence.start, sentence.end) and idx == 0)
            or m.start in nearest_winner
        ):
            cand.elected = True
            cand.rules["elected"] = "winner-verb"
    if not multi:
        one_of_a_pair(r, sentence, start, end, key, names, clause_of)
    everyone = r.contest(key).candidates if key in r.contests else []
    if both_told is not None and len(everyone) == 2:
        for cand in everyone:
            if cand.nominator is None:
                cand.nominator, cand.party_id = both_told
                cand.rules["nominator"] = "phrase-of-both"


_PAIR_AND = re.compile(rf"\s*{words('pair_and')}\s*", re.IGNORECASE)
_PAIR_ORDINALS = (
    re.compile(words("pair_first"), re.IGNORECASE),
    re.compile(words("pair_second"), re.IGNORECASE),
)


def one_of_a_pair(
    r: Reading,
    sentence: Sentence,
    start: int,
    end: int,
    key: str,
    names: list[NameMention],
    clause_of: Callable[[int], tuple[int, int]],
) -> None:
    """``X и Y вышли во второй тур, победил первый из них``, ``X and Y ...; the first of
    them won``: an ordinal standing for one of a pair named before it, in the clause of a
    winner's words, makes that one the winner and the other the loser, whichever name the
    words are nearest. Only a pair (two names joined by "and", none after the ordinal)."""
    cues = sentence.cues
    text = r.text
    for position, ordinal in enumerate(_PAIR_ORDINALS):
        hits = list(ordinal.finditer(text, start, end))
        if len(hits) != 1:
            continue
        hit = hits[0]
        a, z = clause_of(hit.start())
        clause = text[a:z]
        if not (cues.elected.search(clause) or cues.most_votes.search(clause)):
            continue
        if cues.loser.search(clause):
            continue
        before = [n for n in names if n.end <= hit.start()]
        if len(before) != 2 or any(n.start >= hit.end() for n in names):
            continue
        if not _PAIR_AND.fullmatch(text, before[0].end, before[1].start):
            continue
        first, second = (r._known(key, n, cues.language) for n in before)
        if first is None or second is None or first is second:
            continue
        winner, loser = (first, second) if position == 0 else (second, first)
        winner.elected, loser.elected = True, False
        winner.rules["elected"] = "named-by-its-place-in-a-pair"
        loser.rules["elected"] = "the-other-of-a-pair"
        return


# between a name and the words of the most votes after it: a comma and a participle, a
# relative word and its verb ("X, набравший", "X, который набрал", "X, who gained", "X
# gained"); between the words and a name after them: a participle, a verb, "у", a comma
_DESCRIBED_AFTER = re.compile(r"\s*,?\s*(?:[^\W\d_]+\s+){0,2}")
_DESCRIBED_BEFORE = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}[,:–—-]?\s*")


def described_by_most_votes(
    text: str, sentence: Sentence, start: int, end: int, names: list[NameMention]
) -> tuple[set[int], str]:
    """The names of a segment that the words of the most votes describe ("X, набравший
    наибольшее число голосов", "ең көп дауыс жинаған X", "the person who gained the most
    votes, X"): a name right before the words (preferred) or right after them, no other
    name or figure between. Returns their starts, and the text with those words blanked
    (they are no winner words for the other names of the sentence)."""
    cues = sentence.cues
    described: set[int] = set()
    blanked = text
    for match in cues.most_votes.finditer(text, start, end):
        before = [n for n in names if n.end <= match.start() and n.start >= start]
        after = [n for n in names if n.start >= match.end() and n.end <= end]
        who = None
        if before and _DESCRIBED_AFTER.fullmatch(text, before[-1].end, match.start()):
            who = before[-1]
        elif after and _DESCRIBED_BEFORE.fullmatch(text, match.end(), after[0].start):
            who = after[0]
        if who is None:
            continue
        described.add(who.start)
        a, b = match.span()
        blanked = blanked[:a] + " " * (b - a) + blanked[b:]
    return described, blanked


def both_told_first(r: Reading, sentences: list[Sentence]) -> None:
    """``Претендентов было двое, и оба шли без партийного выдвижения`` before either is
    named: one nomination for the two candidates of the message's only contest, told in a
    sentence that names no one (in a message of several contests "both" may be of any)."""
    read = [c for c in r.contests.values() if c.candidates]
    if len(read) != 1 or len(read[0].candidates) != 2:
        return
    text = r.text
    for sentence in sentences:
        if find_names(text, sentence.start, sentence.end):
            continue
        for a, b, kind, party in nominator_phrases(text[sentence.start : sentence.end]):
            a, b = a + sentence.start, b + sentence.start
            if not sentence.cues.both.search(text, max(sentence.start, a - 16), a):
                continue
            if kind == "party" and is_membership(text, a, b, sentence.start):
                continue
            for cand in read[0].candidates:
                if cand.nominator is None:
                    cand.nominator, cand.party_id = kind, party
                    cand.rules["nominator"] = "phrase-of-both-before-the-names"
            return


def without_winner_labels(text: str, sentence: Sentence) -> str:
    """The text with the sentence's "победитель — 70,5%" blanked: the word labels the known
    winner's figure, and is no winner word for the next name of the list."""
    for match in WINNER_LABEL.finditer(text, sentence.start, sentence.end):
        a, b = match.span()
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def same_list_item(text: str, names: list[NameMention], a: int, b: int) -> list[NameMention]:
    """The names in the list item of the phrase ``text[a:b]``: an item ends at a bullet
    ("• X, ..., руководитель ...; член партии AMANAT, выдвинулся сам; • Y ...") and,
    inside one bulleted item, at a semicolon when that leaves a name."""

    def between(n: NameMention) -> str:
        return text[min(n.end, a) : max(n.start, b)]

    bulleted = [n for n in names if not BULLET.search(between(n))] or names
    return [n for n in bulleted if ";" not in between(n)] or bulleted


def modified_name(text: str, names: list[NameMention], a: int, b: int) -> NameMention | None:
    """``..., 1875 дауыс, өзін-өзі ұсыну тәртібімен тіркелген Рамазанов ...``: a nomination
    phrase that runs into the next name with no figure or clause mark between, while a
    figure or a clause mark parts it from the name before, is the next name's."""
    following = [n for n in names if n.start >= b]
    if not following:
        return None
    gap_after = text[b : following[0].start]
    if len(gap_after) > 40 or re.search(r"[\d,;.:()–—]", gap_after):
        return None
    preceding = [n for n in names if n.end <= a]
    if preceding and not re.search(r"[\d,;.:]", text[preceding[-1].end : a]):
        return None
    return following[0]


def elected_right_after(r: Reading, m: NameMention, cues: LanguageCues) -> bool:
    """``... «Аманат» партиясының кеңесшісі Данияр Шерниязов сайланды``: the name is the
    subject of the winner verb right after it, whatever job title comes before it."""
    gap = AUXILIARY_GAP.match(r.text, m.end, m.end + 24)
    start = gap.end() if gap else m.end
    return bool(cues.elected.match(r.text, start, start + 40))


def elected_right_before(r: Reading, m: NameMention, cues: LanguageCues) -> bool:
    """``... акимом города избран Шерниязов Данияр, советник партии «Аманат»``: the name is
    the subject of the winner verb right before it, whatever job title comes after it (a
    title before the name or the verb still makes an official: "избран председатель
    комиссии X", "Председателем комиссии избран X")."""
    before = r.text[max(0, m.start - 60) : m.start]
    before = re.split(r"[.!?\n]", before)[-1]
    if TITLE_WORD.search(before):
        return False
    ends = [match.end() for match in cues.elected.finditer(before)]
    return (bool(ends) and not before[ends[-1] :].strip()) or declared_right_before(r, m, cues)


# "Избранным акимом города X района признан Y": the winner's words, the place, then a verb
# of declaring right before the name (the place may be long, so the stretch is wider)
DECLARED_AFTER = re.compile(rf"(?:\s+[\w«»\"-]+){{0,8}}?\s+{words('declared')}\s*", re.IGNORECASE)


def declared_right_before(r: Reading, m: NameMention, cues: LanguageCues) -> bool:
    """``Избранным акимом города Кандыагаш признан Шерниязов Данияр, советник партии``:
    the name is the one declared elected, whatever job title comes after it."""
    before = r.text[max(0, m.start - 140) : m.start]
    before = re.split(r"[.!?\n]", before)[-1]
    if TITLE_WORD.search(before):
        return False
    ends = [match.end() for match in cues.elected.finditer(before)]
    return bool(ends) and DECLARED_AFTER.fullmatch(before, ends[-1]) is not None


def last_one_standing(r: Reading, contest: Contest) -> None:
    """``3 138 голосов получил X; его соперником был Y``: when every other candidate of a
    contest is told the rival of the one left, without a count, and the one left has a
    count or a share of the result, the one left won ("Y также баллотировался" alone
    tells no winner)."""
    cands = contest.candidates
    if len(cands) < 2 or any(c.elected for c in cands):
        return
    open_ = [c for c in cands if c.elected is None]
    lost = [
        c
        for c in cands
        if c.elected is False
        and c.votes is None
        and RIVAL_OF.search(r.text, max(0, c.span[0] - 60), c.span[0])
    ]
    if len(open_) != 1 or len(lost) != len(cands) - 1:
        return
    (left,) = open_
    if (left.votes is None and left.share is None) or left.span[0] > lost[0].span[0]:
        return
    left.elected = True
    left.rules["elected"] = "every-other-lost"


# "5 300 голосов", "5,300 votes", "49,4% голосов": a figure of votes by the word after it
_VOTES_AFTER = re.compile(rf"\s*(?:%|{words('percent')})?\s*{words('votes')}", re.IGNORECASE)


def _count_in_words_unread(r: Reading, contest: Contest) -> bool:
    """Whether the sentences of a contest's counts hold a count no figure was read from:
    a count in words, or a figure of votes in digits ("третий кандидат набрал 5 300
    голосов", a person the reading missed), which may be the largest."""
    counts = [c.votes.span for c in contest.candidates if c.votes is not None]
    if not counts:
        return False
    # a figure read for any contest, a count or a share of anyone, is no unread count
    read = [
        fact.span
        for other in r.contests.values()
        for fact in [
            *other.facts.values(),
            *(c.votes for c in other.candidates if c.votes is not None),
            *(c.share for c in other.candidates if c.share is not None),
        ]
    ]
    start = min(a for a, _ in counts)
    start = max(r.text.rfind(". ", 0, start), r.text.rfind("\n", 0, start), 0)
    end = max(b for _, b in counts)
    stop = [i for i in (r.text.find(". ", end), r.text.find("\n", end)) if i >= 0]
    end = min(stop) if stop else len(r.text)
    language = detect_language(r.text[start:end])
    # a figure printed twice ("9 071" in the text, "9071 голос" in its list) is read once
    values = {
        fact.value
        for other in r.contests.values()
        for c in other.candidates
        for fact in (c.votes, c.share)
        if fact is not None
    }
    digits = [
        (start + n.start, start + n.end)
        for n in find_numbers(r.text[start:end], language=language)
        if not n.approximate and n.value not in values and _VOTES_AFTER.match(r.text, start + n.end)
    ]
    return any(
        not any(a <= s < b or s <= a < e for a, b in read)
        for s, e in [*counts_in_words_at(r.text, start, end), *digits]
    )


def plurality(r: Reading, contest: Contest) -> None:
    """A results message that gives every candidate of a contest a count but names
    no winner: the most votes won (the rule is a plurality)."""
    cands = contest.candidates
    if len(cands) < 2 or any(c.elected for c in cands):
        return
    # "Наименьшее число голосов получил X": a loser named without a count is no bar to
    # reading the plurality of the others
    cands = [c for c in cands if not (c.elected is False and c.votes is None and c.share is None)]
    if len(cands) < 2:
        return
    counts: list[tuple[float, Candidate]] = []
    # counts, or else shares when every candidate has one and together they make no
    # more than a whole (of one base, so the largest won)
    for cand in cands:
        fact = cand.votes
        if fact is None or not isinstance(fact.value, int | float):
            counts = []
            break
        counts.append((float(fact.value), cand))
    if not counts:
        for cand in cands:
            share = cand.share
            if share is None or not isinstance(share.value, int | float):
                return
            counts.append((float(share.value), cand))
        stated = any(
            c.share is not None and SHARE_BASE.match(r.text, c.share.span[1], c.share.span[1] + 80)
            for c in cands
        )
        total = sum(v for v, _ in counts)
        top_share = max(v for v, _ in counts)
        # shares of one base: stated ("of those who voted"), or so large that no candidate
        # left unnamed could have more (77.1% and 10.8%: the rest is at most 12.1%)
        if total > 100.5 or not (stated or top_share > 100 - total):
            return
    if _count_in_words_unread(r, contest):
        # "Three hundred ninety-one voters backed X, 130 backed Y": a count in words left
        # unread among the counts may be the largest; the plurality of the rest is none
        return
    counts.sort(key=lambda vc: -vc[0])
    (top_votes, top), (second_votes, _) = counts[0], counts[1]
    if top_votes > second_votes and top.elected is None:
        top.elected = True
        top.rules["elected"] = "plurality"


def outvoted_winner(contest: Contest, *, shares: bool = True) -> bool:
    """Whether a candidate marked the winner has fewer votes than another candidate, or
    (with ``shares``), where the two have no counts, a smaller share of the same ballot
    (the shares of the contest add up to no more than a whole). A winner without a figure
    is never outvoted: a winner verb stands when the counts are missing."""
    winners = [c for c in contest.candidates if c.elected]
    for field in ("votes", "share") if shares else ("votes",):
        values = {
            id(c): float(fact.value)
            for c in contest.candidates
            if (fact := getattr(c, field)) is not None and isinstance(fact.value, int | float)
        }
        if field == "share" and sum(values.values()) > 100.5:
            return False  # shares of different bases (of the voters, of the ballots)
        top = max(values.values(), default=None)
        if top is None:
            continue
        if any(values.get(id(c), top) < top for c in winners):
            return True
        if field == "votes" and any(id(c) in values for c in winners):
            return False  # the winner's count is the largest: its share says no more
    return False


# "3. Сайнов Ермек, самовыдвижение — наименьшее число голосов": a row whose cell after
# the name (and its nominator, after a comma or in brackets: "X (самовыдвижение) — меньше
# всех") is the words of losing
ROW_CELL = re.compile(r"\s*(?:\([^()\d\n]{1,60}\))?(?:,[^,;.\d\n]{1,60}?)?\s*[–—-]\s*")


def loser_cell(text: str, m: NameMention, nxt: int, cues: LanguageCues) -> bool:
    cell = ROW_CELL.match(text, m.end, nxt)
    return cell is not None and bool(cues.loser.match(text, cell.end(), nxt))
