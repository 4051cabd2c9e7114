"""The contests read, merged (a place resolved later, a person named twice) and frozen
into :class:`ExtractedContest`."""

from __future__ import annotations

import re
from dataclasses import replace

from kzvotes.extract.dates import DateReading, date_of_sentence_at
from kzvotes.extract.language import detect_language
from kzvotes.extract.model import ExtractedCandidate, ExtractedContest
from kzvotes.extract.names import (
    NameMention,
    find_names,
    given_names_differ,
    given_words,
    normalize_name,
)
from kzvotes.extract.places import ancestors, find_places, load_places, loose
from kzvotes.extract.reading import (
    REGION_SCOPE,
    SEVERAL,
    Candidate,
    Contest,
    Reading,
    nominative_order,
    surname_key,
)
from kzvotes.extract.segment import CUES
from kzvotes.extract.winners import last_one_standing, outvoted_winner, plurality
from kzvotes.extract.wording import FORMER, LIST_ITEM, RACE_HEADING, SUBUNIT_AKIM, TOWN_AKIM


def assemble_contests(
    r: Reading, election_date: DateReading, message: str
) -> tuple[ExtractedContest, ...]:
    """The contests read, each with the document's election date and its rule, or the date
    printed in its own sentence (read in ``message``, the text before its dateline was
    blanked)."""
    spread_region_roundup(r)
    merge_unresolved(r)
    merge_into_inner(r)
    listed_rivals(r)
    complete_names(r)
    nominative_elsewhere(r)
    out = []
    for key in r.order:
        contest = r.contests[key]
        if not contest.facts and not contest.candidates:
            continue
        if key.startswith((REGION_SCOPE, SEVERAL)) and not contest.candidates:
            continue
        if contest.place_name is None and not contest.candidates:
            # figures before any place of a roundup, or of a message naming no place and
            # nobody (national totals): no contest's
            continue
        if contest.place_name is None and not any(
            c.votes or c.share or c.elected for c in contest.candidates
        ):
            # a name with no place and no result clause (a byline, a person quoted): no
            # contest
            continue
        if settlement_of_its_commission(r, contest):
            contest.place_id = None
            contest.place_name = None
        town = town_of_its_commission(r, contest)
        if town is not None:
            contest.place_id = town
        impossible_counts(contest)
        plurality(r, contest)
        last_one_standing(r, contest)
        doubtful_winners(contest)
        if any(c.elected for c in contest.candidates):
            for cand in contest.candidates:
                if cand.elected is None:
                    cand.elected = False
                    cand.rules["elected"] = "another-was-elected"
        if contest.self_count is not None and contest.self_count == len(contest.candidates):
            contest.all_self = True
        if contest.all_self:
            for cand in contest.candidates:
                if cand.nominator is None:
                    cand.nominator = "self"
                    cand.rules["nominator"] = "all-self-nominated"
        facts = contest.facts
        out.append(
            ExtractedContest(
                place_name=contest.place_name,
                place_id=contest.place_id,
                election_date=election_date.value,
                election_date_span=election_date.span,
                election_date_rule=election_date.rule,
                registered_voters=facts.get("registered_voters"),
                ballots_cast=facts.get("ballots_cast"),
                ballots_cast_label=contest.ballots_label,
                absentee=facts.get("absentee"),
                outside_premises=facts.get("outside_premises"),
                invalid_ballots=facts.get("invalid_ballots"),
                against_all=facts.get("against_all"),
                against_all_pct=facts.get("against_all_pct"),
                turnout_pct=facts.get("turnout_pct"),
                turnout_base=contest.turnout_base if "turnout_pct" in facts else None,
                candidates=tuple(
                    ExtractedCandidate(
                        name_as_printed=c.printed,
                        name=c.name,
                        nominator=c.nominator,  # type: ignore[arg-type]
                        party_id=c.party_id,
                        votes=c.votes,
                        vote_share_pct=c.share,
                        elected=c.elected,
                        span=c.span,
                        rules=dict(c.rules),
                    )
                    for c in sorted(contest.candidates, key=lambda c: c.span[0])
                ),
            )
        )
    # the message as printed (its dateline not yet blanked), where a contest's own date is read
    return tuple(own_date(contest, message, election_date) for contest in out)


def _same_surname(cand: Candidate, printed: str) -> bool:
    """A surname printed alone, as printed or with its case ending cut ("Temirovke" for
    Temirov), is a word of the fuller name."""
    return cand.printed in printed.split() or cand.name in printed.split()


def complete_names(r: Reading) -> None:
    """A candidate known by the surname alone ("the majority of votes were cast for
    Abdikarimov") takes the full name printed elsewhere in the message ("Nurzhan
    Abdikarimov officially took office"), in the same form of the surname."""
    # the places of the text are no part of a name ("Esilde Temirovke": in Esil, to Temirov)
    places = [(m.start, m.end) for m in find_places(r.text)]
    mentions = find_names(r.text, blocked=places)
    for contest in r.contests.values():
        for cand in contest.candidates:
            if " " in cand.printed:
                continue
            fuller = next(
                (m for m in mentions if " " in m.printed and _same_surname(cand, m.printed)),
                None,
            )
            if fuller is None:
                continue
            language = detect_language(r.text[max(0, fuller.start - 200) : fuller.end + 200])
            cand.printed, cand.span = fuller.printed, (fuller.start, fuller.end)
            cand.name = normalize_name(
                fuller.printed, language, governor=r.text[max(0, fuller.start - 60) : fuller.start]
            )
            cand.rules["name"] = "full-name-printed-elsewhere"


def nominative_elsewhere(r: Reading) -> None:
    """A candidate read from an oblique printing with no governing word ("Асию Сапарову"
    guessed a man's dative) takes the reading of the same person printed in the nominative
    elsewhere in the message ("Асия Сапарова родилась ..."), when all such printings agree."""
    # a reading printed as such in the text is no guess
    guessed = [
        c
        for contest in r.contests.values()
        for c in contest.candidates
        if c.printed != c.name and c.name not in r.text
    ]
    if not guessed:
        return
    places = [(m.start, m.end) for m in find_places(r.text)]
    nominative = []
    for m in find_names(r.text, blocked=places):
        language = detect_language(r.text[max(0, m.start - 200) : m.end + 200])
        cases = r.shared_cases(m, language)
        if normalize_name(m.printed, language, governor=r.governor(m), cases=cases) == m.printed:
            nominative.append(m.printed)
    for cand in guessed:
        agreeing = set()
        for name in nominative:
            if _same_words(name, cand.name):
                continue  # only the order or the Kazakh letters differ: the reading's own rule
            probe = Candidate(cand.printed, cand.name, cand.span)
            nominative_order(probe, name, name)
            if probe.name != cand.name:
                agreeing.add(name)
        if len(agreeing) == 1:
            cand.name = agreeing.pop()
            cand.rules["name"] = "nominative-printed-elsewhere"


def merge_unresolved(r: Reading) -> None:
    """Merge the contests of places not resolved (or of no place) into the contest they
    belong to, when it is clear which."""
    real = [k for k in r.order if not k.startswith(("?", "_"))]
    for key in list(r.order):
        if not key.startswith(("?", "_")):
            continue
        contest = r.contests[key]
        if key.startswith((REGION_SCOPE, SEVERAL)) and not contest.candidates:
            continue
        target = None
        if key.startswith("?"):
            matches = [k for k in real if k in contest.candidate_ids]
            if len(matches) == 1:
                target = matches[0]
            elif len(real) == 1 and not contest.candidates and not contest.facts:
                # "The akim of Kokpekty district has won ... All the candidates ran as
                # self-nominees": a place not resolved that holds only a word about every
                # candidate, in a message of one contest: that contest's
                target = real[0]
            elif len(real) == 0 and contest.candidate_ids:
                continue
        elif len(real) == 1:
            target = real[0]
        elif real:
            target = by_person(r, contest, real)
        if target is None:
            continue
        merge(r, contest, r.contests[target])
        r.order.remove(key)


def spread_region_roundup(r: Reading) -> None:
    """``BQO-da úsh aýdan ákimi saılandy: Daýmov – 4660, Súıeýǵalıev – 4329`` over a body
    naming each with their district: a roundup of a region (or of no place) whose people
    are each a candidate of a different place's contest gives each person's figures to
    that contest; the roundup's own figures reach none of them."""
    real = [k for k in r.order if not k.startswith(("?", "_"))]
    for key in [k for k in r.order if k.startswith("_")]:
        people = r.contests[key].candidates
        homes = [
            [k for k in real if any(_same_person(c, o) for o in r.contests[k].candidates)]
            for c in people
        ]
        if len(people) < 2 or any(len(h) != 1 for h in homes):
            continue
        if len({h[0] for h in homes}) != len(people):
            continue
        for cand, home in zip(people, homes, strict=True):
            single = Contest(key, None, None, candidates=[cand])
            merge(r, single, r.contests[home[0]])
        r.order.remove(key)


def town_of_its_commission(r: Reading, contest: Contest) -> str | None:
    """``Талғар аудандық сайлау комиссиясы қала әкімін сайлау күні ...``: a district named
    only as the commission of a message about the akim of a town is the town of its name
    inside that district (the district's commission runs the town's vote)."""
    if contest.place_id is None or not r.named_as_body.get(contest.key):
        return None
    places = load_places()
    place = places.get(contest.place_id)
    if place is None or place.place_type != "district" or not TOWN_AKIM.search(r.text):
        return None
    if SUBUNIT_AKIM.search(r.text):
        return None
    own = contest.place_id.rsplit("/", 1)[-1]
    towns = [
        p.place_id
        for p in places.values()
        if p.parent_place_id == contest.place_id
        and p.place_type in ("town", "city_of_regional_significance")
        and p.place_id.rsplit("/", 1)[-1] == own
    ]
    return towns[0] if len(towns) == 1 else None


def settlement_of_its_commission(r: Reading, contest: Contest) -> bool:
    """``Павлодар қалалық сайлау комиссиясы ... Серік Ибраев Ленин кентінің әкімі болып
    сайланды``: a district or city named only as the commission of a message that elects
    the akim of a settlement (a unit the gazetteer does not know, else it would be the
    contest's): the contest is that settlement's, whose place stays empty."""
    if contest.place_id is None or not r.named_as_body.get(contest.key):
        return False
    place = load_places().get(contest.place_id)
    if place is None or place.place_type in ("rural_district", "village", "settlement"):
        return False
    for match in SUBUNIT_AKIM.finditer(r.text):
        start = r.sentence_start(match.start())
        end = r.text.find(".", match.end())
        sentence = r.text[start : end if end >= 0 else len(r.text)]
        if not FORMER.search(r.text, max(start, match.start() - 40), match.start()) and any(
            cues.elected.search(sentence) for cues in CUES.values()
        ):
            return True
    return False


def _same_person(a: Candidate, b: Candidate) -> bool:
    """One surname is one person unless both printings give given names that differ
    ("Алия Жумабаева" and "Нурлан Жумабаев" in two contests of one message)."""
    return surname_key(a.name) == surname_key(b.name) and not given_names_differ(a.name, b.name)


def merge_into_inner(r: Reading) -> None:
    """``Self-nominee Zhusupov elected akim in Shieli district`` over a message about the
    Baiterek rural district of Shieli: a contest of a district whose every candidate is a
    candidate of a unit inside it is that unit's contest, named by its district."""
    real = [k for k in r.order if not k.startswith(("?", "_"))]
    for outer in list(real):
        contest = r.contests[outer]
        if not contest.candidates or contest.place_id is None:
            continue
        inner = [
            k
            for k in real
            if k != outer
            and r.contests[k].place_id
            and outer in ancestors(r.contests[k].place_id or "")
        ]
        holders = [
            k
            for k in inner
            if all(
                any(_same_person(c, o) for o in r.contests[k].candidates)
                for c in contest.candidates
            )
        ]
        if len(holders) != 1:
            continue
        merge(r, contest, r.contests[holders[0]])
        r.order.remove(outer)
        real.remove(outer)


def by_person(r: Reading, contest: Contest, real: list[str]) -> str | None:
    """The one resolved contest that already has a candidate of ``contest``."""
    for cand in contest.candidates:
        hits = [k for k in real if any(_same_person(cand, c) for c in r.contests[k].candidates)]
        if len(hits) == 1:
            return hits[0]
    return None


def merge(r: Reading, source: Contest, target: Contest) -> None:
    """Merge ``source``'s figures and candidates into ``target``."""
    for name, fact in source.facts.items():
        if source.key.startswith(SEVERAL):
            break
        target.facts.setdefault(name, fact)
    target.ballots_label = target.ballots_label or source.ballots_label
    target.turnout_base = target.turnout_base or source.turnout_base
    target.all_self = target.all_self or source.all_self
    target.self_count = target.self_count or source.self_count
    for cand in source.candidates:
        same = next((c for c in target.candidates if _same_person(c, cand)), None)
        if same is None:
            target.candidates.insert(0, cand)
            continue
        same.votes = same.votes or cand.votes
        same.share = same.share or cand.share
        same.nominator = same.nominator or cand.nominator
        same.party_id = same.party_id or cand.party_id
        if same.elected is None:
            same.elected = cand.elected
        fuller = given_words(cand.name) > given_words(same.name) or (
            cand.span[0] < same.span[0] and len(cand.name.split()) > len(same.name.split())
        )
        if fuller or (cand.span[0] < same.span[0] and _same_words(cand.name, same.name)):
            # the fuller name; of two printings that differ only in Kazakh and Russian
            # letters ("Абилхаирулы", "Абилхаирұлы"), the first, as the message names him
            same.printed, same.name, same.span = cand.printed, cand.name, cand.span


def _same_words(a: str, b: str) -> bool:
    return sorted(loose(w) for w in a.split()) == sorted(loose(w) for w in b.split())


def doubtful_winners(contest: Contest) -> None:
    """Two winners in one contest, or a winner with fewer votes than another candidate,
    break the arithmetic of a plurality vote: one of the readings is wrong and nothing
    tells which, so no one is marked (a gap, not a wrong winner)."""
    winners = [c for c in contest.candidates if c.elected]
    if (
        len(winners) > 1
        and not outvoted_winner(contest, shares=False)
        and _one_largest_share(contest)
    ):
        # "X won with 70.5% ... Y won 14.6%": in English "won" is said of every share;
        # every candidate's share of one ballot, and one largest, tells the winner
        return
    if len(winners) > 1 or outvoted_winner(contest):
        for cand in contest.candidates:
            if cand.elected is not None:
                cand.elected = None
                cand.rules["elected"] = "empty: winners disagree with the counts"


def _one_largest_share(contest: Contest) -> bool:
    """Whether every candidate has a share and none a count, the shares make no more than
    a whole, and one is the largest: then it alone is marked the winner."""
    cands = contest.candidates
    if any(c.votes is not None or c.share is None for c in cands):
        return False
    shares = [
        (float(c.share.value), c)
        for c in cands
        if c.share is not None and isinstance(c.share.value, int | float)
    ]
    shares.sort(key=lambda sc: -sc[0])
    if len(shares) != len(cands) or len(shares) < 2 or shares[0][0] == shares[1][0]:
        return False
    if sum(v for v, _ in shares) > 100.5:
        return False
    for value, cand in shares:
        won = value == shares[0][0]
        if cand.elected != won:
            cand.elected = won
            cand.rules["elected"] = "largest-share"
    return True


def impossible_counts(contest: Contest) -> None:
    """A candidate's count above the ballots cast or the voters on the list of the same
    contest cannot be a count of votes: one of the two readings is wrong, and the count is
    the one left empty (the contest's totals are read from fixed formulae)."""
    bounds = [
        float(fact.value)
        for name in ("ballots_cast", "registered_voters")
        if (fact := contest.facts.get(name)) is not None and isinstance(fact.value, int | float)
    ]
    if not bounds:
        return
    ceiling = min(bounds)
    for cand in contest.candidates:
        fact = cand.votes
        if fact is not None and isinstance(fact.value, int | float) and fact.value > ceiling:
            cand.votes = None
            cand.rules["votes"] = "empty: more than the contest's ballots or voters"


def listed_rivals(r: Reading) -> None:
    """``В гонку вступили пятеро: 1. A – ...; 2. B – ...; ... 5. C – ...`` then "избран
    C": a numbered or dashed list of people, each a name then a dash, under a heading of
    the race, is a list of candidates; when one of them is a contest's only winner, the
    others of the list are its candidates who lost."""
    for heading in RACE_HEADING.finditer(r.text):
        listed = _list_after(r, heading.end())
        if len(listed) < 2:
            continue
        keys = {surname_key(normalize_name(m.printed, detect_language(m.printed))) for m in listed}
        for contest in r.contests.values():
            winners = [c for c in contest.candidates if c.elected]
            if len(winners) != 1 or surname_key(winners[0].name) not in keys:
                continue
            for m in listed:
                language = detect_language(r.text[max(0, m.start - 200) : m.end + 200])
                cand = r.candidate(contest.key, m, language)
                if cand.elected is None:
                    cand.elected = False
                    cand.rules["elected"] = "listed-rival-of-the-winner"


def _list_after(r: Reading, start: int) -> list[NameMention]:
    """The names opening the items of the list after a heading ending at ``start``: its
    lines, up to the end of their paragraph."""
    start += len(r.text[start:]) - len(r.text[start:].lstrip())
    end = r.text.find("\n\n", start)
    end = len(r.text) if end < 0 else end
    names = find_names(r.text, start, end)
    listed = []
    # from the line break before the first item, which opens it
    for item in LIST_ITEM.finditer(r.text, start - 1, end):
        name = next((m for m in names if m.start == item.end()), None)
        if name is None or not re.match(r"\s*[–—-]\s", r.text[name.end : name.end + 3]):
            return []  # every item a name then a dash, or no list of candidates
        listed.append(name)
    return listed


def _paragraph_at(text: str, at: int) -> tuple[int, int]:
    """The paragraph of ``text`` (between blank lines) that holds offset ``at``."""
    start = text.rfind("\n\n", 0, at)
    end = text.find("\n\n", at)
    return (0 if start < 0 else start, len(text) if end < 0 else end)


def own_date(contest: ExtractedContest, text: str, election_date: DateReading) -> ExtractedContest:
    """The contest with the date printed in its own sentence beside the words of the vote
    (its winner's, else its first candidate's), when the message's date was printed in
    another paragraph: "Пилот-2023. 5 ноября 2023 года избраны ... 2025 год. ... в
    воскресенье, 27 июля 2025 года, большинство голосов получил X" dates X's contest 2025."""
    if election_date.span is None or not contest.candidates:
        return contest
    winners = [c for c in contest.candidates if c.elected]
    at = (winners or list(contest.candidates))[0].span[0]
    if _paragraph_at(text, at) == _paragraph_at(text, election_date.span[0]):
        return contest
    own = date_of_sentence_at(text, at)
    if own is None or own.value == contest.election_date:
        return contest
    return replace(
        contest,
        election_date=own.value,
        election_date_span=own.span,
        election_date_rule=own.rule,
    )
