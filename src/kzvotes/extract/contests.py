"""Pass 6: contests by place. A sentence naming one contest place moves the reading to
it; a sentence naming several is cut at each place; a coordinated list of places, a region
or "in total" wording keeps its totals out of every single contest."""

from __future__ import annotations

import re
from itertools import pairwise

from kzvotes.extract.attach import read_segment
from kzvotes.extract.cues import LanguageCues
from kzvotes.extract.figures import label_of
from kzvotes.extract.grids import Card, Table, find_cards, find_tables, tables_read
from kzvotes.extract.names import (
    NameMention,
    find_names,
    given_words,
    is_name_word,
    is_proper_word,
    normalize_name,
)
from kzvotes.extract.numbers import Number, find_numbers
from kzvotes.extract.parties import find_nominator, nominator_phrases, party_spans
from kzvotes.extract.people import official
from kzvotes.extract.places import (
    PlaceMention,
    ancestors,
    find_places,
    loose,
    resolve,
)
from kzvotes.extract.reading import (
    REGION_SCOPE,
    SEVERAL,
    Candidate,
    Reading,
    most_specific,
)
from kzvotes.extract.segment import Sentence, bullet_starts, clause_bounds
from kzvotes.extract.winners import both_told_first, elected_right_after, elected_right_before
from kzvotes.extract.wording import (
    AKIM_AFTER,
    AKIM_BEFORE,
    CONJ,
    EACH_AFTER,
    EACH_BEFORE,
    FORMER,
    IN_PLACE,
    INTERMEDIATE,
    LIST_GOES_ON,
    NAME_BEFORE_UNIT,
    NOUN_IN_PLACE,
    NUMBER_WORDS,
    OF_A_BODY,
    OF_LIST,
    ONE_STATION,
    PAIR_SEP,
    RURAL_DISTRICT,
    SPLIT,
    SUBUNIT_AFTER,
    SUBUNIT_BEFORE,
    UNIT_BEFORE_NAME,
    is_membership,
    locates_another,
    words,
)

# the contests of "all of them" in a headline read before any place: every contest
# read with its one winner
EVERY_WINNER = "_every_winner"

# "Аким Байтерекского сельского округа – Жусупов Ерлан Серикович", "Akim of X – Name",
# "X ауылдық округінің әкімі – Name": a line of its own naming the akim of a place, the
# heading of a profile page (no figure in it)
# (or the sentence of its own, ended by a full stop after a word, not an initial, on a page
# scraped without its line breaks: "X ауданының әкімі – Name. 2025 жылғы ... сайланды")
_PROFILE_HEADING = re.compile(
    rf"^[ \t]*(?P<office>[^\n\d]*?(?<!\w){words('akim')}[^\n\d]*?)\s[–—-][ \t]*"
    rf"(?P<name>[^\n\d]+?)(?:[ \t]*\.?[ \t]*$|(?<=[^\W\d_]{{3}})\.(?=[ \t]))",
    re.IGNORECASE | re.MULTILINE,
)


def read_sentences(r: Reading, sentences: list[Sentence]) -> None:
    """Read every sentence of a document, after learning the regions and places it names."""
    mentions_by_sentence = [find_places(r.text, s.start, s.end) for s in sentences]
    regions: set[str] = set()
    places: set[str] = set()
    for mentions in mentions_by_sentence:
        for m in mentions:
            place = resolve(m, on=r.on)
            if place is None:
                continue
            (regions if place.place_type == "region" else places).add(place.place_id)
            regions.add(place.region_id)
    r.regions, r.context_places = frozenset(regions), frozenset(places)
    tables: list[Table | Card] = [*find_tables(r.text), *find_cards(r.text)]
    for sentence, mentions in zip(sentences, mentions_by_sentence, strict=True):
        if sentence.cues.background.search(r.text[sentence.start : sentence.end]):
            continue  # another event recalled: its people and figures are not this one's
        for piece in tables_read(r, sentence, tables):
            read_sentence(r, piece, [m for m in mentions if piece.start <= m.start < piece.end])
    profile_elected(r, sentences, mentions_by_sentence)
    both_told_first(r, sentences)
    first_full_printing(r, sentences)
    surname_named_before(r, sentences)
    for keys, nominator, party_id in r.described_winner_nominations:
        if keys == (EVERY_WINNER,):
            keys = tuple(
                k
                for k in places_read(r)
                if len([c for c in r.contests[k].candidates if c.elected]) == 1
            )
            if len(keys) < 2:
                continue
        for key in keys:
            contest = r.contests.get(key)
            winners = [c for c in contest.candidates if c.elected] if contest else []
            if len(winners) == 1 and winners[0].nominator is None:
                winners[0].nominator, winners[0].party_id = nominator, party_id
                winners[0].rules["nominator"] = "described-winner-before-the-names"
            if contest is None or winners:
                continue
            # "Победу одержал самовыдвиженец", "the independent candidate won": with no
            # winner named, the one candidate of that nomination
            told = [
                c
                for c in contest.candidates
                if c.nominator == nominator and (party_id is None or c.party_id == party_id)
            ]
            if len(told) == 1 and len(keys) == 1:
                told[0].elected = True
                told[0].rules["elected"] = "winner-told-by-nomination"


def first_full_printing(r: Reading, sentences: list[Sentence]) -> None:
    """``Жусупов Аждар Сагынтаевич, 1964 года рождения, возглавляет ...`` in a profile before
    the result ``новым акимом стал Аждар Жусупов``: a candidate read from a later printing of
    given name and surname takes the first printing of the same person with the patronymic
    (a name keeps the patronymic of its first full printing)."""
    short = [
        c for contest in r.contests.values() for c in contest.candidates if len(c.name.split()) == 2
    ]
    if not short:
        return
    blocked = [(m.start, m.end) for m in find_places(r.text)]
    mentions = sorted(find_names(r.text, blocked=blocked), key=lambda m: m.start)
    for cand in short:
        words = {loose(w) for w in cand.name.split()}
        for m in mentions:
            if m.start >= cand.span[0]:
                break
            if len(m.printed.split()) != 3 or given_words(m.printed) != 2:
                continue  # only a name with its patronymic is fuller
            sentence = next((s for s in sentences if s.start <= m.start < s.end), None)
            if sentence is None:
                continue
            full = normalize_name(m.printed, sentence.cues.language, governor=r.governor(m))
            if not words <= {loose(w) for w in full.split()}:
                continue
            cand.printed, cand.span, cand.name = m.printed, (m.start, m.end), full
            cand.rules["name"] = "first-full-printing-before"
            break


def surname_named_before(r: Reading, sentences: list[Sentence]) -> None:
    """``Темиржану Серикову 49 лет ... жители выбрали именно Серикова``: a candidate read
    from a surname alone takes the one person named before by given name and surname
    whose surname it is (in whatever case each was printed); nothing when two were."""
    alone = [c for contest in r.contests.values() for c in contest.candidates if " " not in c.name]
    if not alone:
        return
    blocked = [(m.start, m.end) for m in find_places(r.text)]
    mentions = sorted(find_names(r.text, blocked=blocked), key=lambda m: m.start)
    for cand in alone:
        stem = loose(cand.name)[: max(3, len(cand.name) - 2)]
        fuller: dict[str, NameMention] = {}
        for m in mentions:
            if m.start >= cand.span[0]:
                break
            if len(m.printed.split()) != 2:
                continue
            sentence = next((s for s in sentences if s.start <= m.start < s.end), None)
            if sentence is None:
                continue
            full = normalize_name(m.printed, sentence.cues.language, governor=r.governor(m))
            if any(loose(w).startswith(stem) for w in full.split()):
                fuller.setdefault(full, m)
        if len(fuller) != 1:
            continue
        ((full, m),) = fuller.items()
        cand.printed, cand.span, cand.name = m.printed, (m.start, m.end), full
        cand.rules["name"] = "surname-named-before"


def in_the_region_named(
    r: Reading, keyed: list[tuple[PlaceMention, str]], mentions: list[PlaceMention]
) -> list[tuple[PlaceMention, str]]:
    """``keyed`` with a place resolved outside every region the sentence names ("In the
    Kostanay region, ... the Kamysty district", the gazetteer knowing only a rural district
    of that name in another region) as a place it does not resolve."""
    named = set()
    for m in mentions:
        place = resolve(m, on=r.on)
        if place is not None and place.place_type == "region":
            named.add(place.region_id)
    if not named:
        return keyed
    out = []
    for m, k in keyed:
        place = resolve(m, on=r.on, context_regions=r.regions, context_places=r.context_places)
        if place is not None and place.place_id == k and place.region_id not in named:
            k = r.unresolved_key(m)
            contest = r.contests[k]
            contest.candidate_ids = tuple(
                c for c in contest.candidate_ids if c.split("/")[0] in named
            )
        out.append((m, k))
    return out


def read_sentence(r: Reading, sentence: Sentence, mentions: list[PlaceMention]) -> None:
    """Read one sentence: its places (moving the reading or cutting the sentence), names and
    numbers."""
    keyed: list[tuple[PlaceMention, str]] = []
    for m in mentions:
        if locates_another(r.text, m):
            continue  # "посёлок под Павлодаром": the place locates the contest's, unnamed
        found = r.place_key(m)
        if found:
            keyed.append((m, unknown_subunit(r, sentence, m, mentions) or found[0]))
    keyed = in_the_region_named(r, keyed, mentions)
    # "URALSK – ...", "ASTANA, Oct. 13, 2025 – ...": the dateline's city is where the
    # message was filed, not a contest
    keyed = [(m, k) for m, k in keyed if not in_dateline(r, sentence, m)]
    for m, k in keyed:
        body = bool(OF_A_BODY.match(r.text, m.end, sentence.end))
        r.named_as_body[k] = r.named_as_body.get(k, True) and body
    keyed = most_specific(r, keyed)
    keyed = [(m, k) for m, k in keyed if not in_a_job_title(r, sentence, m, keyed)]
    distinct = list(dict.fromkeys(k for _, k in keyed))
    unit = unknown_unit(r, sentence, keyed, mentions)
    if unit is not None:
        keyed, distinct = [], [unit]
    if not keyed:
        unknown = winner_in_unknown_subunit(r, sentence, mentions)
        distinct = [unknown] if unknown else distinct
    if not distinct and len(r.prev_places) >= 2:
        text = r.text[sentence.start : sentence.end]
        position = next((i for i, rx in enumerate(OF_LIST) if rx.search(text)), None)
        if position is not None:
            distinct = [r.prev_places[position]]
    blocked = [(m.start, m.end) for m in mentions]
    blocked += [
        (sentence.start + a, sentence.start + b)
        for a, b in party_spans(r.text[sentence.start : sentence.end])
    ]
    names = find_names(r.text, sentence.start, sentence.end, blocked=blocked)
    r.note_lists(names)
    numbers = [
        n
        for n in find_numbers(
            r.text[sentence.start : sentence.end], language=sentence.cues.language
        )
    ]
    numbers = [
        Number(n.value, n.start + sentence.start, n.end + sentence.start, n.percent, n.approximate)
        for n in numbers
    ]
    if INTERMEDIATE.search(r.text[sentence.start : sentence.end]):
        numbers = []
    numbers = without_column_pairs(r.text, numbers)
    said = r.text[sentence.start : sentence.end]
    numbers = without_station_figures(sentence, said, names, numbers)
    consumed: set[int] = set()
    if len(distinct) <= 1:
        if distinct:
            move_to(r, distinct[0])
        else:
            region = region_only(
                r, [m for m in mentions if not region_in_a_job_title(r, sentence, m)]
            )
            if region is not None and any(not n.approximate for n in numbers):
                # "В Атырауской области ... включены 44 305": a region's totals
                # belong to no contest; a region named without figures ("первые в
                # 2025 году выборы сельского акима в Павлодарской области") moves nothing
                r.current = REGION_SCOPE + region
            elif sentence.cues.several.search(r.text[sentence.start : sentence.end]):
                # "в регионе", "по трём районам", "выборы 42 акимов": no one contest
                r.current = SEVERAL
            elif (
                sentence.cues.total.search(r.text[sentence.start : sentence.end])
                and len(roundup_places(r)) >= 2
                and not paragraph_of_one_contest(r, sentence.start)
            ):
                # "Jalpy SQO-da ... 35 846 azamat", "Всего в трёх районах": after the
                # contests of a roundup, a total naming no place is of them all
                r.current = SEVERAL
        segments = [(sentence.start, sentence.end, r.current, False)]
    else:
        totalled = place_pairs(r, sentence, keyed, numbers, consumed)
        segments = place_segments(r, sentence, keyed, names)
        names = respective_people(r, sentence, segments, keyed, names)
        # after "акимов Бокейординского, Каратобинского и Таскалинского районов" the
        # next figures are of the list, not of its last place; after "34 497 voters: 15
        # 883 in Isatay and 18 614 in Kyzylkoga" the message speaks of the places
        # together, and a figure naming no place is their total
        r.current = SEVERAL if segments[-1][3] or (totalled and not names) else distinct[-1]
    targets = distinct if len(distinct) > 1 else r.prev_places
    for start, end, key, shared in segments:
        read_segment(
            r,
            sentence,
            start,
            end,
            key,
            shared,
            names,
            numbers,
            consumed,
            targets,
            multi=len(distinct) > 1,
        )
    listed_winner(r, sentence, keyed, names)
    elliptic_winners(r, sentence, keyed, names)
    r.prev_places = distinct if len(distinct) > 1 else r.prev_places
    if len(distinct) > 1:
        r.place_lists.append(distinct)
    text = r.text[sentence.start : sentence.end]
    cues = sentence.cues
    if (
        not names
        and r.last_multi
        and cues.elected.search(text)
        and cues.all_candidates.search(text)
        and not cues.loser.search(text)
    ):
        # "Екеуі де аудан әкімі болып сайланды" / "Оба избраны": one verb for the
        # winners named in the previous sentence, one per place.
        for key, person in r.last_multi:
            cand = r._known(key, person, cues.language)
            if cand is not None and cand.elected is None:
                cand.elected = True
                cand.rules["elected"] = "both-elected"
    r.last_multi = (
        [(k, m) for s, e, k, _ in segments for m in names if s <= m.start < e]
        if len(distinct) > 1
        else []
    )
    named = [
        (k, m)
        for s, e, k, _ in segments
        for m in names
        if s <= m.start < e and r._known(k, m, cues.language) is not None
    ]
    r.previous_people += named
    if not names and cues.elected.search(text) and cues.anaphor.search(text):
        last = r.last_candidate(r.current)
        described = described_by_nomination(r, text, cues)
        if described is not None:
            # "most votes went to the candidate of party X, and he is elected": the one
            # described, not the one named last (nobody when the nomination is not one's)
            if described and described[0].elected is None:
                described[0].elected = True
                described[0].rules["elected"] = "pronoun-elected-described-by-nomination"
        elif last is not None and last.elected is None:
            last.elected = True
            last.rules["elected"] = "pronoun-elected"
        elif last is None:
            pronoun_elected_here(r, sentence, distinct)
    # "49-летний бывший директор школы шёл на выборы самостоятельно и опередил бывшего
    # акима": the winner described, not named, as the subject of a winner's verb
    # "Candidates of the Nur Otan party have won ..., the commission chairman X told a
    # briefing": a quoted official names no winner
    described_winner = (
        not [
            m
            for m in names
            if not official(r, m)
            or elected_right_after(r, m, cues)
            or elected_right_before(r, m, cues)
        ]
        and bool(cues.elected.search(text) or cues.beat.search(text))
        and not cues.loser.search(text)
    )
    if (not names and (cues.refers_back.search(text) or cues.the_winner.search(text))) or (
        described_winner
    ):
        # "Его выдвинула партия «Аманат»": the last person's nominator; "Новый аким ...
        # выдвигался в порядке самовыдвижения": the winner's
        contest = r.contests.get(r.current)
        people = contest.candidates if contest else []
        winners = [c for c in people if c.elected]
        if cues.the_winner.search(text) or (described_winner and not cues.refers_back.search(text)):
            target = winners[0] if len(winners) == 1 else None
        else:
            # the person named most recently in this contest
            recent = [r._known(k, m, cues.language) for k, m in r.previous_people if k == r.current]
            target = next((c for c in reversed(recent) if c is not None), None)
            if r.last_named is not None and r._known(*r.last_named, cues.language) is None:
                # the last person named is no candidate (yet): "He" is that person
                target = None
        nominator, party_id = find_nominator(text)
        if target is not None and nominator and target.nominator is None:
            target.nominator, target.party_id = nominator, party_id
            target.rules["nominator"] = "sentence-about-the-winner"
        elif nominator and described_winner and not winners:
            keys = tuple(distinct) if distinct else (r.current,)
            kinds = {(kind, party) for _, _, kind, party in nominator_phrases(text)}
            if (
                not distinct
                and cues.all_candidates.search(text)
                and not places_read(r)
                and len(kinds) == 1
                and not SPLIT.search(text)
                and not re.search(r"\d", text)
            ):
                # "BQO-da úsh aýdannyń ákimi saılandy: úsheýi de «Amanat» ókili": a headline
                # giving every winner named after it one nomination
                keys = (EVERY_WINNER,)
            r.described_winner_nominations.append((keys, nominator, party_id))
    both: list[Candidate] = []
    # the people of the sentence less a speaker quoted ("Екеуін де ... ұсынған, – деді X")
    names = [m for m in names if not official(r, m)]
    for key, person in reversed(r.previous_people if not names and cues.both.search(text) else []):
        cand = r._known(key, person, cues.language)
        if cand is not None and cand not in both:
            both.insert(0, cand)
        if len(both) == 2:
            break
    rivals = both_rivals(r, text, cues) if both else None
    if rivals is not None:
        # "Оба соперника нового акима выдвигались сами": the two who lost, not the two
        # named last (the winner's row may come after theirs)
        both = rivals
    if len(both) == 2 and not SPLIT.search(text):
        # "Екеуі де өзін-өзі ұсынған", "Екеуі де «Аманат» партиясынан түскен": the two
        # named just before, whoever else ran
        nominator, party_id = find_nominator(text)
        for cand in both:
            if nominator and cand.nominator is None:
                cand.nominator, cand.party_id = nominator, party_id
                cand.rules["nominator"] = "both-of-them"
    elif not names and cues.all_candidates.search(text) and not SPLIT.search(text):
        # "все выдвинулись в порядке самовыдвижения": every candidate, but only when
        # the sentence is not split ("екеуі өзін-өзі ұсынған, біреуі AMANAT-тан"); party
        # membership does not count ("члены партии AMANAT, но самовыдвиженцы")
        nominator, _ = find_nominator(text)
        mixed = any(
            kind == "party" and not is_membership(text, a, b)
            for a, b, kind, _ in nominator_phrases(text)
        )
        previous = r.last_sentence_candidates
        if nominator and (nominator == "party" or not mixed) and len(previous) >= 2:
            # "... избраны соответственно X, Y и Z. Все трое выдвинуты партией AMANAT":
            # the people of the sentence before, across their contests
            for cand in previous:
                if cand.nominator is None:
                    cand.nominator, cand.party_id = nominator, find_nominator(text)[1]
                    cand.rules["nominator"] = "all-of-them"
        elif nominator == "self" and not mixed:
            r.contest(r.current).all_self = True
    elif not names and r.last_named and cues.anaphor.search(text) and not SPLIT.search(text):
        # "«Amanat» партиясының атынан түскен ол 904 дауыс жинады": the nomination of the
        # person the pronoun stands for, the one named last before
        nominator, party_id = find_nominator(text)
        member = any(
            kind == "party" and is_membership(text, a, b)
            for a, b, kind, _ in nominator_phrases(text)
        )
        key, person = r.last_named
        cand = r._known(key, person, cues.language)
        if nominator and not member and cand is not None and cand.nominator is None:
            cand.nominator, cand.party_id = nominator, party_id
            cand.rules["nominator"] = "pronoun-nominated"
    if not names:
        counted_self(r, text)
    else:
        r.last_named = (r.current, names[-1])
    r.last_sentence_candidates = [
        c
        for contest in r.contests.values()
        for c in contest.candidates
        if sentence.start <= c.span[0] < sentence.end
    ]


def profile_elected(
    r: Reading, sentences: list[Sentence], mentions_by_sentence: list[list[PlaceMention]]
) -> None:
    """``Аким X – Name`` as a line of its own, then ``Избран акимом сельского округа 5
    ноября 2023 года`` (``Was elected ...``, ``... әкімі болып сайланды``) with no subject
    named: a profile page, whose person is the one elected in the heading's place. Only
    when nothing else of the message is a candidate, and every place the sentence names
    is that place or one around it."""
    if any(c.candidates for c in r.contests.values()):
        return
    heading = _profile_heading(r)
    if heading is None:
        return
    key, person = heading
    for sentence, mentions in zip(sentences, mentions_by_sentence, strict=True):
        text = r.text[sentence.start : sentence.end]
        cues = sentence.cues
        if sentence.start < person.end or not cues.elected.search(text):
            continue
        if cues.background.search(text) or cues.loser.search(text) or FORMER.search(text):
            continue
        places = [p for m in mentions if (p := r.place_key(m)) is not None]
        if any(k != key and k not in ancestors(key) for k, _ in places):
            continue
        if find_names(
            r.text, sentence.start, sentence.end, blocked=[(m.start, m.end) for m in mentions]
        ):
            continue  # a subject named: not the heading's person
        cand = r.candidate(key, person, cues.language)
        cand.elected = True
        cand.rules["elected"] = "profile-heading-then-elected"
        return


def _profile_heading(r: Reading) -> tuple[str, NameMention] | None:
    """The place and the person of the one profile heading of the message."""
    found = []
    for line in _PROFILE_HEADING.finditer(r.text):
        a, b = line.span("office")
        places = find_places(r.text, a, b)
        keyed = [(m, k) for m in places if (k := r.place_key(m)) is not None and k[1]]
        keys = {k for _, (k, _) in keyed}
        inner = [k for k in keys if not any(k in ancestors(o) for o in keys if o != k)]
        names = find_names(r.text, *line.span("name"))
        if len(inner) != 1 or len(names) != 1:
            continue
        name = names[0]
        if (name.start, name.end) != line.span("name") or find_names(
            r.text, a, b, blocked=[(m.start, m.end) for m in places]
        ):
            continue  # the whole of the line after the dash is one name, none before it
        found.append((inner[0], name))
    return found[0] if len(found) == 1 else None


def described_by_nomination(r: Reading, text: str, cues: LanguageCues) -> list[Candidate] | None:
    """The candidate a sentence that names no one describes by nomination ("the candidate of
    party X got the most votes, and he was elected"): ``None`` when it tells no nomination
    or speaks back of the person before ("His party X nominated him"), or when a candidate's
    nomination is still unknown (the phrase may tell the last one's); the one candidate of
    the current contest with that nomination, or ``[]`` when not exactly one has it."""
    if cues.refers_back.search(text) or cues.all_candidates.search(text):
        return None
    nominator, party_id = find_nominator(text)
    if nominator is None:
        return None
    contest = r.contests.get(r.current)
    people = contest.candidates if contest else []
    if not people or any(c.nominator is None for c in people):
        return None
    told = [c for c in people if c.nominator == nominator and c.party_id == party_id]
    return told if len(told) == 1 else []


def pronoun_elected_here(r: Reading, sentence: Sentence, distinct: list[str]) -> None:
    """``The oldest, X, is 61 years old. He became akim of the Y rural constituency``: a
    pronoun opening a sentence that elects someone in a place of its own is the person
    named in the sentence before (no official, no candidate yet)."""
    cues = sentence.cues
    start = r.text[sentence.start : sentence.start + 12]
    if len(distinct) != 1 or distinct[0] != r.current or r.last_named is None:
        return
    _, person = r.last_named
    if not cues.anaphor.match(start.lstrip()) or official(r, person):
        return
    if person.end < r.sentence_start(sentence.start - 1) or any(
        r._known(k, person, cues.language) for k in r.contests
    ):
        return  # not the sentence before, or a candidate already
    cand = r.candidate(r.current, person, cues.language)
    cand.elected = True
    cand.rules["elected"] = "pronoun-elected-named-before"


def without_station_figures(
    sentence: Sentence, said: str, names: list[NameMention], numbers: list[Number]
) -> list[Number]:
    """The numbers of a sentence less those of one polling station it names ("На участке №
    467 явка составила сто процентов: проголосовали все 939 избирателей этого участка"):
    one station's figures are not the contest's."""
    cues = sentence.cues
    station = ONE_STATION.search(said)
    if station is None or cues.elected.search(said):
        return numbers
    if names and cues.candidate_word.search(said):
        return numbers  # "На участке № 118 X получил 300 голосов": a candidate's count
    # "На участке № 467 бюллетени получили все 939 избирателей": the figures after the
    # station are its own; one before it is the contest's when its clause or its label
    # ends before the station ("В списки включили 318 человек, голосовали они на участке
    # № 457", "240 people were on the voter list and voted at polling station No. 457"),
    # and the station's when the station names its noun ("all 939 voters at polling
    # station No. 467 turned out")
    at = station.start()
    bounds = clause_bounds(said, 0, len(said))
    return [
        n
        for n in numbers
        if n.end - sentence.start <= at
        and (
            any(n.end - sentence.start <= b <= at for b in bounds)
            or any(
                getattr(cues, f).search(said, n.end - sentence.start, at)
                for f in ("registered_voters", "ballots_cast", "turnout")
            )
        )
    ]


def without_column_pairs(text: str, numbers: list[Number]) -> list[Number]:
    """``избирателей в списках – 15 883 / 18 614``, ``явка – 54,6% / 57,2%``: two figures
    of one kind set side by side with a slash are the columns of a table (one place each,
    in the order of a header the sentence may not hold); no single place takes them."""
    paired: set[int] = set()
    for a, b in pairwise(numbers):
        if a.percent == b.percent and re.fullmatch(r"\s*%?\s*/\s*", text[a.end : b.start]):
            paired.update((a.start, b.start))
    return [n for n in numbers if n.start not in paired]


def counted_self(r: Reading, text: str) -> None:
    """``by voting day two self-nominees remained``, ``остались два самовыдвиженца``: a
    number of self-nominated candidates, told before they are named."""
    for a, _, kind, _ in nominator_phrases(text):
        if kind != "self":
            continue
        before = re.findall(r"[^\W\d_]+", text[max(0, a - 16) : a].lower())
        if before and before[-1] in NUMBER_WORDS:
            r.contest(r.current).self_count = NUMBER_WORDS[before[-1]]
            return


def respective_people(
    r: Reading,
    sentence: Sentence,
    segments: list[tuple[int, int, str, bool]],
    keyed: list[tuple[PlaceMention, str]],
    names: list[NameMention],
) -> list[NameMention]:
    """``акимами Кобдинского и Уилского районов избраны X и Y соответственно``: a list
    of places and a list of as many people, paired in order. Returns the names left."""
    cues = sentence.cues
    text = r.text[sentence.start : sentence.end]
    match = cues.respectively.search(text)
    if match is None:
        return names
    # "избраны X и Y соответственно" or "стали соответственно X и Y"
    limit = sentence.start + match.start()
    if not re.fullmatch(r"[\s,.;)]*", text[match.end() :]):
        limit = sentence.end
    for start, end, _key, shared in segments:
        if not shared:
            continue
        places = [(m, k) for m, k in keyed if start <= m.start < end]
        keys = list(dict.fromkeys(k for _, k in places))
        after = [m for m in names if places[-1][0].end <= m.start and m.end <= min(end, limit)]
        if len(after) != len(keys):
            # "X and Y were elected akims of P1 and P2 districts, respectively": the
            # people before the places
            after = [m for m in names if start <= m.start and m.end <= places[0][0].start]
        if len(keys) < 2 or len(after) != len(keys):
            continue
        if any(not CONJ.match(r.text[a.end : b.start]) for a, b in pairwise(after)):
            continue
        between = (
            r.text[places[-1][0].end : after[0].start]
            if after[0].start >= places[-1][0].end
            else r.text[after[-1].end : places[0][0].start]
        )
        elected = bool(cues.elected.search(between) or cues.elected.search(text))
        # "X, Y and Z, all nominated by AMANAT, were elected ... respectively": one
        # nomination phrase inside the list of people is all of theirs
        lo, hi = min(after[0].start, places[0][0].start), max(after[-1].end, places[-1][0].end)
        phrases = [p for p in nominator_phrases(r.text[lo:hi])]
        shared_nomination = phrases[0] if len(phrases) == 1 else None
        for key, m in zip(keys, after, strict=True):
            cand = r.candidate(key, m, cues.language)
            if elected and not cues.loser.search(between) and cand.elected is None:
                cand.elected = True
                cand.rules["elected"] = "respectively"
            if shared_nomination is not None and cand.nominator is None:
                cand.nominator, cand.party_id = shared_nomination[2], shared_nomination[3]
                cand.rules["nominator"] = "phrase-of-the-list"
        r.last_multi = []
        names = [m for m in names if m not in after]
    return names


def unknown_subunit(
    r: Reading, sentence: Sentence, m: PlaceMention, mentions: list[PlaceMention]
) -> str | None:
    """The key of a rural district or village the gazetteer does not know, printed next
    to the district it is in: its contest is its own, not the district's."""
    after = SUBUNIT_AFTER.match(r.text, m.end, sentence.end)
    before = SUBUNIT_BEFORE.search(r.text, sentence.start, m.start)
    match = after or before
    if match is None:
        return None
    if any(o is not m and o.start < match.end() and match.start() < o.end for o in mentions):
        return None  # the unit is a place the gazetteer knows
    key = "?" + loose(match.group(1).split()[0])
    contest = r.contest(key)
    if contest.place_name is None:
        contest.place_name = r.text[match.start(1) : match.end(2)]
    return key


def in_dateline(r: Reading, sentence: Sentence, m: PlaceMention) -> bool:
    """A place printed in capitals at the head of a sentence, before a dash or a comma,
    unless the body of the message has begun above it (a line opened on capitals, or one
    ended on a full stop: a headline has none): "KYZYLORDA, Oct 20 – Two settlements ...
    said." then "TORETAM – Of 6,354 voters ...": capitals heading a wire's paragraphs, place
    by place."""
    return bool(
        m.text.isupper()
        and not r.text[sentence.start : m.start].strip()
        and re.match(r"\s*[–—,-]", r.text[m.end : m.end + 3])
        and not _CAPITALS_HEAD.search(r.text, 0, sentence.start)
        and not _BODY_LINE.search(r.text, 0, sentence.start)
    )


# a line opening on a word in capitals before a dash or a comma: a dateline, or the heading
# of a paragraph of a wire ("URALSK –", "ASTANA, Oct. 13, 2025 –", "TORETAM –")
_CAPITALS_HEAD = re.compile(r"(?m)^[^\S\n]*(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,}[^\S\n]*)+[–—,-]")
# a line of the body: one ending on a word and a full stop
_BODY_LINE = re.compile(r"[^\W\d_]{2,}[.!?][»\"”]?[^\S\n]*\n")


def unknown_unit(
    r: Reading,
    sentence: Sentence,
    keyed: list[tuple[PlaceMention, str]],
    mentions: list[PlaceMention],
) -> str | None:
    """The key of a town, village or rural district the gazetteer does not know, when the
    sentence is about it: its akim is named (``выборы акима города Кандыагаш``, ``Қандыағаш
    қаласының әкімі``), or the only places known in the sentence name a body
    (``Мұғалжар аудандық аумақтық сайлау комиссиясының хабарлауынша, Қандыағаш қаласы
    бойынша ...``). Its ``place_id`` stays empty: an unknown place is never given another's."""
    units: dict[str, tuple[int, int]] = {}
    akim_units: list[str] = []
    people = find_names(r.text, sentence.start, sentence.end)
    for pattern in (UNIT_BEFORE_NAME, NAME_BEFORE_UNIT):
        for match in pattern.finditer(r.text, sentence.start, sentence.end):
            if not is_proper_word(match.group(1)):
                continue
            if any(o.start < match.end() and match.start() < o.end for o in mentions):
                continue  # a unit the gazetteer knows
            if any(p.start < match.end(1) and match.start(1) < p.end for p in people):
                continue  # "заместителя акима города Мансур Ахметов": a person
            clause = max(
                (r.text.rfind(c, sentence.start, match.start()) for c in ",;:("),
                default=-1,
            )
            head = r.text[max(clause + 1, sentence.start) : match.start()]
            tail = re.split(r"[,;:()]", r.text[match.end() : sentence.end], maxsplit=1)[0]
            if (
                sentence.cues.job.search(head)
                or FORMER.search(head)
                or sentence.cues.led.search(head)
                or sentence.cues.led.search(tail)
                or sentence.cues.job.search(tail)
            ):
                # "deputy akim of the X rural district", "ранее работавшую акимом X
                # сельского округа", "X ауылдық округі әкімі аппаратының бас маманы": a
                # job, not the contest
                continue
            key = "?" + loose(match.group(1))
            units.setdefault(key, match.span())
            before = r.text[max(sentence.start, match.start() - 30) : match.start()]
            if AKIM_BEFORE.search(before) or AKIM_AFTER.match(r.text, match.end(), sentence.end):
                akim_units.append(key)
    if len(units) != 1:
        return None
    ((key, (start, end)),) = units.items()
    known = list(dict.fromkeys(k for _, k in keyed))
    about_it = bool(akim_units) and len(known) <= 1
    bodies_only = bool(keyed) and all(
        OF_A_BODY.match(r.text, m.end, sentence.end) for m, _ in keyed
    )
    located = _located_by_the_known(r.text, end, [m for m, _ in keyed])
    if not (about_it or bodies_only or located):
        return None
    contest = r.contest(key)
    if contest.place_name is None:
        contest.place_name = r.text[start:end]
    return key


def both_rivals(r: Reading, text: str, cues: LanguageCues) -> list[Candidate] | None:
    """The two rivals of the current contest's one winner, when a sentence of "both" names
    them by a word of losing ("оба соперника", "both rivals")."""
    if not cues.loser.search(text):
        return None
    contest = r.contests.get(r.current)
    if contest is None or len([c for c in contest.candidates if c.elected]) != 1:
        return None
    rivals = [c for c in contest.candidates if not c.elected]
    return rivals if len(rivals) == 2 else None


def _located_by_the_known(text: str, end: int, known: list[PlaceMention]) -> bool:
    """``город Кандыагаш Мугалжарского района Актюбинской области``: every place the
    gazetteer knows in the sentence is printed right after the unknown unit (ending at
    ``end``), one after another: they say where the unit is, the unit is the contest."""
    if not known:
        return False
    at = end
    for m in sorted(known, key=lambda m: m.start):
        if m.start < at or text[at : m.start].strip(" ,"):
            return False
        at = m.end
    return True


def winner_in_unknown_subunit(
    r: Reading, sentence: Sentence, mentions: list[PlaceMention]
) -> str | None:
    """``Аққұм ауылдық округінен ... X ауыл әкімі болып сайланды``: a sentence electing
    someone in a rural district the gazetteer does not know names its own contest."""
    text = r.text[sentence.start : sentence.end]
    if not sentence.cues.elected.search(text):
        return None
    people = find_names(r.text, sentence.start, sentence.end)
    first_person = people[0].start if people else sentence.end
    for match in RURAL_DISTRICT.finditer(r.text, sentence.start, first_person):
        # before the person elected (after it, a biography: "ранее руководившую
        # Пригородным сельским округом"); a name word, not "Акимом сельского округа"
        if not is_name_word(match.group(1)):
            continue
        if any(o.start < match.end() and match.start() < o.end for o in mentions):
            continue
        if sentence.cues.job.search(r.text, sentence.start, match.start()):
            continue
        if sentence.cues.led.match(r.text, match.end()) or sentence.cues.led.match(
            r.text, match.end() + 1
        ):
            continue  # "Paryǵın aýyldyq okrýgin basqarǵan X saılandy": the post held before
        key = "?" + loose(match.group(1))
        contest = r.contest(key)
        if contest.place_name is None:
            contest.place_name = r.text[match.start(1) : match.end(2)]
        return key
    return None


def in_a_job_title(
    r: Reading, sentence: Sentence, m: PlaceMention, keyed: list[tuple[PlaceMention, str]]
) -> bool:
    """``X, head of the Tupkaragan district department``, ``руководитель отдела
    Кармакшинского района``: the district of a contest, in the clause of a person's job."""
    key = next((k for o, k in keyed if o is m), None)
    if key is None or not any(key in ancestors(other) for other in r.context_places):
        # only the district of a contest place read elsewhere ("head of the Tupkaragan
        # district department" for Fort-Shevchenko); a winner's own settlement stays
        return False
    cues = sentence.cues
    start = max(
        (i + 1 for i in (r.text.rfind(c, sentence.start, m.start) for c in ",;:(–") if i >= 0),
        default=sentence.start,
    )
    return bool(cues.job.search(r.text, start, m.start))


def region_in_a_job_title(r: Reading, sentence: Sentence, m: PlaceMention) -> bool:
    """``работавший инженером в управлении делами акима Мангистауской области``: the
    region of the contest being read, in the clause of a person's job, moves no reading."""
    current = r.contests.get(r.current)
    place = resolve(m, on=r.on, context_regions=r.regions)
    if current is None or current.place_id is None or place is None:
        return False
    if place.place_type != "region" or place.place_id not in ancestors(current.place_id):
        return False
    start = max(
        (i + 1 for i in (r.text.rfind(c, sentence.start, m.start) for c in ",;:(–") if i >= 0),
        default=sentence.start,
    )
    # "облысы әкімінің аппаратында маман болып істеген": the job after the region, in a
    # language whose verb ends the clause
    end = min(
        (i for i in (r.text.find(c, m.end, sentence.end) for c in ",;:(–") if i >= 0),
        default=sentence.end,
    )
    return bool(
        sentence.cues.job.search(r.text, start, m.start)
        or sentence.cues.job.search(r.text, m.end, min(end, m.end + 80))
    )


# ": qazirgi ákim ", ": заместитель акима района ": a colon, then the person's post in at
# most eight lower-case words
_POST_BEFORE_NAME = re.compile(r"\s*[:–—-]\s*(?:(?-i:[^\W\d_A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])[\w-]*\s+){0,8}")


def listed_winner(
    r: Reading,
    sentence: Sentence,
    keyed: list[tuple[PlaceMention, str]],
    names: list[NameMention],
) -> None:
    """``Balkhash district: Azat Kutpanbetov.``, ``Район: действующий аким X.``: a sentence
    that is only a place and a person (after at most a few lower-case words of the
    person's post), in a results message, lists that place's winner."""
    if len(keyed) != 1 or len(names) != 1:
        listed_winners(r, sentence, keyed, names)
        return
    (place, key), person = keyed[0], names[0]
    if not (
        re.fullmatch(r"\W*", r.text[sentence.start : place.start])
        and _POST_BEFORE_NAME.fullmatch(r.text[place.end : person.start])
        and re.fullmatch(r"\W*", r.text[person.end : sentence.end])
    ):
        return
    cand = r.candidate(key, person, sentence.cues.language)
    if cand.elected is None:
        cand.elected = True
        cand.rules["elected"] = "place-and-name-listed"


# "— город Курчатов – Болат Абдралиев (действующий аким)": one item of a list of winners,
# a place, a dash, a name and at most an aside in brackets
# ("Prıozersk qalasynyń ákimi — X": the post's word may stand between the place and the dash)
_ITEM_GAP = re.compile(rf"\s*(?:{words('akim')}\w*\s*)?[:–—-]\s*", re.IGNORECASE)
# ("- " a line's bullet before the next item)
_ITEM_END = re.compile(r"\s*(?:\([^()\d]{0,60}\))?\s*[–—•;,.-]?\s*")
# "- Zhambyl district: X, the incumbent, keeps the post": an aside of lower-case words after
# a comma, to the end of the line, that tells the post kept (a job there, "X, a teacher",
# makes no list of winners)
_ITEM_ASIDE_END = re.compile(
    r",[^\S\n]*(?P<aside>(?-i:[^\W\d_A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])[^()\d\n;.:]{0,60})\s*[–—•;,.-]?\s*"
)
_ITEM_KEPT = re.compile(words("item_kept"), re.IGNORECASE)


def _item_end(text: str, start: int, end: int) -> bool:
    """Whether a list item ends right after its name: at most a bracketed aside, or a
    comma's aside telling the post kept, then the item's stop."""
    if _ITEM_END.fullmatch(text, start, end):
        return True
    aside = _ITEM_ASIDE_END.fullmatch(text, start, end)
    return aside is not None and _ITEM_KEPT.search(aside.group("aside")) is not None


_ITEM_LOST = re.compile(words("item_lost"), re.IGNORECASE)


def listed_winners(
    r: Reading,
    sentence: Sentence,
    keyed: list[tuple[PlaceMention, str]],
    names: list[NameMention],
) -> None:
    """``Абайская область — город Курчатов – X — Абайский район – Y``: the lines of a list
    of winners under a region's heading, flattened into one sentence; every word of it is
    a place, a name or a bracketed aside, each place followed by its one name."""
    places = sorted({m.start: (m, k) for m, k in keyed}.values(), key=lambda mk: mk[0].start)
    if len(places) < 2 or len(names) != len(places) or len(set(k for _, k in places)) < 2:
        return
    if sentence.cues.loser.search(r.text, sentence.start, sentence.end) or _ITEM_LOST.search(
        r.text, sentence.start, sentence.end
    ):
        # "X, who lost to the incumbent", "the runner-up": a list naming a loser lists no winners
        return
    heading = r.text[sentence.start : places[0][0].start]
    for m in find_places(r.text, sentence.start, places[0][0].start):
        heading = heading.replace(r.text[m.start : m.end], " ")
    if not re.fullmatch(r"\W*", heading):
        return
    pairs = []
    for idx, ((place, key), person) in enumerate(zip(places, names, strict=True)):
        upto = places[idx + 1][0].start if idx + 1 < len(places) else sentence.end
        if not (
            place.end <= person.start < upto
            and _ITEM_GAP.fullmatch(r.text, place.end, person.start)
            and _item_end(r.text, person.end, upto)
        ):
            return
        pairs.append((key, person))
    for key, person in pairs:
        cand = r.candidate(key, person, sentence.cues.language)
        if cand.elected is None:
            cand.elected = True
            cand.rules["elected"] = "list-of-places-and-names"


# "..., в Осакаровском районе — его коллега Y": an item's lead (a stop or a comma, and a
# preposition) and its end (an aside in brackets, a comma)
_ELLIPTIC_LEAD = re.compile(rf"[\W]*(?:(?:{words('place_preposition')})\s+)?", re.IGNORECASE)
_ELLIPTIC_END = re.compile(r"\s*(?:\([^()\d]{0,60}\))?\s*[,;.]?\s*")


def elliptic_winners(
    r: Reading,
    sentence: Sentence,
    keyed: list[tuple[PlaceMention, str]],
    names: list[NameMention],
) -> None:
    """``В Приозерске больше всего голосов набрал X. В Актогайском районе — действующий аким
    Y, в Осакаровском районе — его коллега Z``: after a sentence naming a winner, a sentence
    of places each with a dash and one person (after at most a few lower-case words of the
    person's post), and no other word, leaves out the winner's verb: each is the winner of
    the place."""
    places = sorted({m.start: (m, k) for m, k in keyed}.values(), key=lambda mk: mk[0].start)
    if not places or len(names) != len(places) or len({k for _, k in places}) != len(places):
        return
    if not any(c.elected for c in r.last_sentence_candidates):
        return
    if sentence.cues.loser.search(r.text, sentence.start, sentence.end):
        return
    pos = sentence.start
    pairs = []
    for (place, key), person in zip(places, names, strict=True):
        if not (
            pos <= place.start
            and place.end <= person.start
            and _ELLIPTIC_LEAD.fullmatch(r.text, pos, place.start)
            and _POST_BEFORE_NAME.fullmatch(r.text, place.end, person.start)
            and r.text[place.end : person.start].strip()[:1] in ("–", "—", "-")
        ):
            return
        end = _ELLIPTIC_END.match(r.text, person.end, sentence.end)
        pos = end.end() if end else person.end
        pairs.append((key, person))
    if pos < sentence.end and r.text[pos : sentence.end].strip(" .!\n"):
        return
    for key, person in pairs:
        cand = r.candidate(key, person, sentence.cues.language)
        if cand.elected is None:
            cand.elected = True
            cand.rules["elected"] = "elliptic-winner-after-a-winner"


def places_read(r: Reading) -> list[str]:
    """The contest places the reading has moved to so far."""
    return [key for key in r.order if not key.startswith(("_", "?"))]


def paragraph_of_one_contest(r: Reading, at: int) -> bool:
    """Whether the paragraph up to offset ``at`` has named the people of the current
    contest and of no other: "In the Zhetes Bi rural district, X won ... A total of 284
    voters cast ballots." ("a total of" opens a sentence on a number in English) gives the
    contest of its own paragraph its figure, where a total in a paragraph of several
    contests, or in one of its own, is of them all."""
    start = r.text.rfind("\n\n", 0, at)
    start = 0 if start < 0 else start
    if start == 0:
        # a message of one paragraph holds every contest it reports
        return False
    named = {
        key
        for key, contest in r.contests.items()
        if any(start <= c.span[0] < at for c in contest.candidates)
    }
    return named == {r.current}


def roundup_places(r: Reading) -> list[str]:
    """The contest places read so far that are no ancestor of another one read (a rural
    district and its district are one contest, not a roundup of two)."""
    read = places_read(r)
    return [key for key in read if not any(key in ancestors(other) for other in read)]


def region_only(r: Reading, mentions: list[PlaceMention]) -> str | None:
    """The region a sentence names when it names no contest place."""
    regions = set()
    for m in mentions:
        place = resolve(m, on=r.on, context_regions=r.regions)
        if place is None or place.place_type != "region":
            return None
        regions.add(place.place_id)
    return regions.pop() if len(regions) == 1 else None


def move_to(r: Reading, key: str) -> None:
    """Move the reading to the contest ``key``."""
    current = r.contests.get(r.current)
    if current is not None and current.place_id and key in ancestors(current.place_id):
        return
    if (
        current is not None
        and key in r.contests
        and current.place_id
        and current.place_id in ancestors(key)
        and not current.candidates
        and not current.facts
    ):
        r.current = key
        return
    r.current = key


def place_pairs(
    r: Reading,
    sentence: Sentence,
    keyed: list[tuple[PlaceMention, str]],
    numbers: list[Number],
    consumed: set[int],
) -> bool:
    """``Исатай – 15 883``: a place and its own figure, labelled by the words before.
    Whether the sentence speaks of the places together: a total of them came before their
    pairs, or two places or more each got a figure of their own."""
    first_pair = None
    pairs: list[tuple[str, Number]] = []
    for m, key in keyed:
        after = [n for n in numbers if n.start >= m.end]
        if not after:
            continue
        n = after[0]
        if LIST_GOES_ON.match(r.text[n.end : n.end + 40]):
            # "в А, Б и В районах – 19, 103 и 103 соответственно": the first of a list
            # of figures, not the last place's own
            continue
        if PAIR_SEP.match(r.text[m.end : n.start]) and not n.approximate:
            if pairs_of_another_group(r, sentence, numbers, n):
                consumed.add(n.start)
                continue
            pairs.append((key, n))
            first_pair = m.start if first_pair is None else first_pair
    cues = sentence.cues

    def group_noun(n: Number) -> bool:
        """Whether the list ``n`` is in counts another group: a figure of the list, or
        the one right before it, is of polling stations, shift workers, observers (not
        across a colon: "34 polling stations in the two districts: 15,883 in Isatay")."""
        if n.percent:
            return False  # shares in a list are of the measure named before them
        listed = [x for x in numbers if x.end <= n.start]
        own = cues.not_a_count.match(r.text[n.end : n.end + 30])
        if not listed:
            return bool(own)
        prev = listed[-1]
        return bool(own) or bool(
            cues.not_a_count.match(r.text[prev.end : prev.end + 30])
            and not re.search(r"[:;]", r.text[prev.end : n.start])
        )

    for at, (m, key) in enumerate(keyed):
        # "552 избирателя: 238 в Исатайском и 314 в Кызылкогинском районе": a figure
        # right before "в" and its place
        before = [n for n in numbers if n.end <= m.start]
        if not before or (key, before[-1]) in pairs or before[-1].approximate:
            continue
        n = before[-1]
        if not IN_PLACE.fullmatch(r.text[n.end : m.start]):
            continue
        if first_pair is not None and n.start < first_pair:
            continue
        consumed.add(n.start)
        if group_noun(n):
            # "480 вахтовиков в Исатайском районе и 66 в Кызылкогинском": figures
            # of another group than voters
            continue
        places = coordinated_places(r.text, keyed, at)
        if len(places) > 1 and not each_place(r.text, n):
            # "103 – в Актогайском и Осакаровском районах": the figure of both places
            # together, no one contest's
            continue
        pairs += [(k, n) for k in places]
        first_pair = n.start if first_pair is None else min(first_pair, n.start)
    if not pairs or first_pair is None:
        return False
    head = r.text[sentence.start : first_pair]
    kinds = {n.percent for _, n in pairs}
    total = False
    for n in numbers:
        if any(
            NOUN_IN_PLACE.fullmatch(r.text, n.end, m.start)
            and len(coordinated_places(r.text, keyed, at)) == 1
            for at, (m, _) in enumerate(keyed)
        ):
            # "12 бюллетеней в Приозерске, по 40 – в Актогайском и Осакаровском": the
            # figure of the one place right after it, no total of the places
            continue
        if n.end <= min(first_pair, keyed[0][0].start) and n.percent in kinds:
            # "34 497 voters in the two districts: 15 883 in Isatay and 18 614 in
            # Kyzylkoga", "56,0% (Исатай – 54,6%, Кызылкога – 57,2%)": a figure before
            # the places and their pairs is their total, of no single contest
            consumed.add(n.start)
            total = True
    for key, n in pairs:
        consumed.add(n.start)
        if n.percent:
            if cues.turnout.search(head) or cues.ballots_cast.search(head):
                r.set_fact(key, "turnout_pct", n, rule="place-pair")
                r.contest(key).turnout_base = "registered_voters"
            continue
        name = label_of(r, cues, head, "")
        if name and name[0] != "votes":
            r.set_fact(key, name[0], n, name[1], rule="place-pair")
    # "480 человек в Исатае и 66 в Кызылкоге": after each place's own figure, a figure
    # naming no place is not the last place's
    return total or len({key for key, _ in pairs}) > 1


def coordinated_places(text: str, keyed: list[tuple[PlaceMention, str]], at: int) -> list[str]:
    """The place ``keyed[at]`` and those joined to it by "and" or commas after it ("в
    Актогайском и Осакаровском районах"): the places sharing one preposition."""
    places = [keyed[at][1]]
    for (left, _), (right, key) in pairwise(keyed[at:]):
        if not CONJ.match(text[left.end : right.start]):
            break
        places.append(key)
    return list(dict.fromkeys(places))


def each_place(text: str, n: Number) -> bool:
    """Whether the figure ``n`` is given to each place after it ("по 103 – в Актогайском
    и Осакаровском районах", "103 each in Aktogay and Osakarovka")."""
    return bool(
        EACH_BEFORE.search(text, max(0, n.start - 6), n.start) or EACH_AFTER.match(text, n.end)
    )


def pairs_of_another_group(
    r: Reading, sentence: Sentence, numbers: list[Number], n: Number
) -> bool:
    """``на 34 избирательных участках (Исатай – 15, Кызылкога – 19)``: the pairs in a
    parenthesis right after a count of another group (polling stations, observers) are
    that group's, not voters."""
    opening = r.text.rfind("(", sentence.start, n.start)
    if opening < 0 or ")" in r.text[opening : n.start]:
        return False
    before = [x for x in numbers if x.end <= opening]
    if not before:
        return False
    head = before[-1]
    if head.percent:
        return False  # "Явка 56,0% (Исатай – 54,6%, ...)": shares of the same measure
    return bool(
        sentence.cues.not_a_count.match(r.text[head.end : head.end + 30])
        and not re.search(r"[,;:.]", r.text[head.end : opening])
    )


def place_segments(
    r: Reading,
    sentence: Sentence,
    keyed: list[tuple[PlaceMention, str]],
    names: list[NameMention],
) -> list[tuple[int, int, str, bool]]:
    """The parts of a sentence about each place it names: (start, end, key, shared)."""
    segments: list[tuple[int, int, str, bool]] = []
    groups: list[list[tuple[PlaceMention, str]]] = []
    for m, key in keyed:
        if groups and CONJ.match(r.text[groups[-1][-1][0].end : m.start]):
            groups[-1].append((m, key))
        else:
            groups.append([(m, key)])
    first = groups[0][0][0].start
    lead = [
        b
        for b in bullet_starts(r.text, sentence.start, first)
        if sentence.cues.several.search(r.text, sentence.start, b)
    ]
    if lead:
        # "• CEC sums up the races for 42 districts ..., turnout 62.7% • X wins in P":
        # the items before the first place's item are of the several contests, not of P
        segments.append((sentence.start, lead[-1], SEVERAL, False))
    if (
        names
        and len(groups) > 1
        and names[0].start < groups[0][0][0].start
        and names[-1].end <= groups[-1][-1][0].start
    ):
        # "Азат Кутпанбетов (Балхашский район) и Нурлан Ертас (Жамбылский район)",
        # "X в Кобдинском районе и Y в Уилском районе": each place follows its person.
        start = lead[-1] if lead else sentence.start
        for i, group in enumerate(groups):
            last = group[-1][0]
            end = sentence.end
            if i + 1 < len(groups):
                close = re.match(r"\s*[)\]]", r.text[last.end : sentence.end])
                end = last.end + (close.end() if close else 0)
            keys = list(dict.fromkeys(k for _, k in group))
            segments.append((start, end, keys[-1], len(keys) > 1))
            start = end
        return segments
    bounds = clause_bounds(r.text, sentence.start, sentence.end)
    starts = []
    for i, group in enumerate(groups):
        start = (lead[-1] if lead else sentence.start) if i == 0 else group[0][0].start
        if i:
            # "A was elected akim of P1, while B won in P2": the clause of a place begins
            # at the clause boundary before it, so that a person named before the place
            # in that clause is its own
            prev_end = groups[i - 1][-1][0].end
            start = max((b for b in bounds if prev_end <= b <= start), default=start)
        starts.append(start)
    for i, group in enumerate(groups):
        start = starts[i]
        end = starts[i + 1] if i + 1 < len(groups) else sentence.end
        keys = list(dict.fromkeys(k for _, k in group))
        segments.append((start, end, keys[-1], len(keys) > 1))
    return segments
