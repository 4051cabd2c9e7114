"""English formulae of the agency reprints (Kazinform, Astana Times)."""

from kzvotes.extract.cues import LanguageCues, rx

CUES = LanguageCues(
    language="en",
    registered_voters=rx(
        r"registered\s+to\s+vote|registered\s+voters|\bon\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:voter\s+|electoral\s+)?"
        r"(?:lists?|rolls?|registers?)|voters?\s+(?:were\s+|are\s+)?registered|eligible\s+(?:to\s+vote|voters)|electorate|were\s+registered"
    ),
    ballots_cast=rx(
        r"cast\s+(?:their\s+)?ballots?|\bvoted\b|took\s+part|turned\s+out|participated|"
        r"received\s+ballots|(?:came|went|turned\s+up)\s+(?:out\s+)?to\s+(?:the\s+)?(?:polls|"
        r"polling\s+(?:stations?|places?|precincts?)|ballot\s+box\w*)|showed\s+up|turned\s+up"
    ),
    absentee=rx(r"absentee"),
    outside_premises=rx(
        r"outside\s+(?:the\s+)?(?:polling\s+)?(?:stations?|premises)|at\s+home|home\s+voting"
    ),
    invalid_ballots=rx(r"invalid|spoiled"),
    against_all=rx(r"against\s+all|rejected\s+all\s+(?:the\s+)?candidates"),
    turnout=rx(r"turnout"),
    turnout_base_ballots=rx(r"of\s+(?:those\s+who\s+(?:voted|took\s+part)|the\s+participants)"),
    vote_word=rx(r"votes?\b|ballots?\s+for|supported"),
    candidate_word=rx(
        r"candidate\w*|independent|nominated|nominee|received|gained|won|elected|votes|"
        r"opponents?|rivals?|defeated|beat"
    ),
    elected=rx(
        r"\belected\b|\bwon\b|\bwinner\b|\bvictory\b|most\s+votes|became\s+(?:the\s+)?"
        r"(?:new\s+)?akim|new\s+akim|\bwill\s+(?:now\s+)?head\b|\bis\s+to\s+head\b"
    ),
    loser=rx(r"fewest|least|opponents?|rivals?|runner-up|trailed"),
    anaphor=rx(r"\b(?:he|she|him|her)\b"),
    respectively=rx(r"respectively"),
    official=rx(r"\bchair\w*|secretary|\bsaid\b|\btold\b|\bnoted\b|\breported\b"),
    all_candidates=rx(r"\ball\s+(?:three|two|four|five|\d+)?\s*candidates|\bboth\b"),
    beat=rx(r"\b(?:defeated|defeating|beat|beating|outpolled|outpolling)\b"),
    both=rx(r"\bboth\b"),
    they=rx(r"\bthey\b"),
    background=rx(
        r"^\W*(?:earlier|previously)\b|\brecall\s+that\b|\bas\s+(?:previously\s+)?reported\b|"
        r"\bthe\s+previous\s+election"
    ),
    total=rx(r"\bin\s+total\b|\boverall\b|\baltogether\b|\ba\s+total\s+of\b|\bin\s+all\b"),
    several=rx(
        r"\bin\s+the\s+region\b|\bacross\s+the\s+(?:region|country)\b|\bnationwide\b|"
        r"\bregion-wide\b|\bcountrywide\b|\bin\s+the\s+country\b|\boverall\b|"
        r"\b(?:all|both)\s+(?:two|three|four|five|\d+)?\s*(?:districts|settlements|villages|"
        r"rural\s+districts|towns|cities|contests)\b|"
        r"\b(?:two|three|four|five|\d+)\s+(?:districts|settlements|villages|rural\s+districts|"
        r"towns|cities|contests)\b"
    ),
    not_a_count=rx(
        r"^\s*(?:out\s+of|-?years?|polling|stations?|precincts?|commissions?|candidates|observers|shift\s+workers|"
        r"members|%|per\s?cent)"
    ),
)
