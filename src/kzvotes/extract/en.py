"""English formulae of the agency reprints (Kazinform, Astana Times)."""

from kzvotes.extract.cues import LanguageCues, rx
from kzvotes.extract.number_words import hundreds, tens_and_units

# The wordings of a post taken or a race won that name the winner ("the post of akim went
# to X", "X emerged victorious", "topped the poll"): one
# source, read as a winner's verb (CUES.elected) and as words of a result
# (WORDS["kind_post_taken"], the kind of the message)
POST_TAKEN = (
    # "the post of akim went to X", "X will be led by Y", "X emerged victorious", "topped
    # the poll": the post taken, the race won
    # ("the post of akim of Toretam village in Karmakshy district went to X": its place between)
    r"\b(?:post|seat)\s+of\s+(?:the\s+)?akim\s+(?:of\s+(?:[\w'’-]+\s+){1,6}?)?went\s+to\b"
    r"|\b(?:district|village|town|city|settlement|okrug|constituency)\s+will\s+be\s+(?:led|headed)\s+by\b"
    r"|\bemerged\s+(?:as\s+the\s+)?(?:victorious|winner)\b"
    r"|\btopped\s+the\s+(?:poll|vote|ballot)\b"
    # "The job went to X", "Voters entrusted the post to X", "X came out on top": the
    # post given by the vote, the race won (a capital after "to": no "acting akim")
    r"|\b(?:job|post|office)\s+(?:of\s+(?:the\s+)?akim\s+(?:of\s+(?:[\w'’-]+\s+){1,4}?)?)?went\s+to\s+(?=(?-i:[A-Z]))"
    r"|\b(?:voters|residents|villagers)\s+(?:[\w'’-]+\s+){0,3}?entrusted\s+(?:the\s+)?(?:post|job|office|helm)\s+(?:of\s+(?:the\s+)?akim\s+)?to\s+(?=(?-i:[A-Z]))"
    r"|\bcame\s+out\s+on\s+top\b"
)

CUES = LanguageCues(
    language="en",
    registered_voters=rx(
        r"registered\s+to\s+vote|registered\s+voters|\bon\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:voter\s+|electoral\s+)?"
        r"(?:lists?|rolls?|registers?)|voters?\s+(?:were\s+|are\s+)?registered|eligible\s+(?:to\s+vote|voters)|electorate|were\s+registered"
        # "220,761 residents had the right to vote": entitled to vote, not voted
        r"|(?:had|have|has|having|with)\s+the\s+right\s+to\s+vote"
        r"|(?:held|hold|holds)\s+the\s+right\s+to\s+vote|entitled\s+to\s+vote"
    ),
    ballots_cast=rx(
        # "1,797 exercised their right to vote"
        r"exercised\s+(?:their|the)\s+right\s+to\s+vote|"
        r"cast(?:ing)?\s+(?:their\s+)?ballots?|^\W*ballots\s+cast\b|\bvoted\b|took\s+part|came\s+(?:out\s+)?to\s+vote|turned\s+out|participated|"
        r"received\s+ballots|ballots\s+(?:were\s+)?issued|issued\s+(?:with\s+)?ballots|(?:came|went|turned\s+up)\s+(?:out\s+)?to\s+(?:the\s+)?(?:polls|"
        r"polling\s+(?:stations?|places?|precincts?)|ballot\s+box\w*)|showed\s+up|turned\s+up"
        # "1,102 used their right to vote", "exercised their voting rights", "cast their votes"
        r"|(?:used|exercised)\s+(?:their|the)\s+(?:right\s+to\s+vote|voting\s+rights?)"
        r"|right\s+to\s+vote\s+was\s+(?:used|exercised)\s+by|\bcast\s+their\s+votes?\b"
    ),
    absentee=rx(r"absentee"),
    outside_premises=rx(
        r"outside\s+(?:the\s+)?(?:polling\s+)?(?:stations?|premises)|at\s+home|home\s+voting"
    ),
    invalid_ballots=rx(r"invalid|spoiled"),
    against_all=rx(
        r"against\s+all|rejected\s+all\s+(?:the\s+)?candidates"
        # "724 voters rejected both": of two candidates, the same box
        r"|rejected\s+both(?:\s+candidates)?"
    ),
    turnout=rx(
        r"turnout|took\s+part|\bvoted\b|cast\s+(?:their\s+)?ballots|turned\s+out"
        # "participation stood at 64 percent", "64 percent of voters participated"
        r"|\bparticipat(?:ed|ion)\b"
    ),
    turnout_base_ballots=rx(r"of\s+(?:those\s+who\s+(?:voted|took\s+part)|the\s+participants)"),
    vote_word=rx(
        r"\b(?:second|third|fourth)\s+place\b|\bcame\s+(?:second|third)\b|votes?\b|ballots?\s+for|supported|voted\s+for|\bbacked\s+by|\breceived\b|\bpolled\b|\bgarnered\b|\bgot\b|\bbacked\b"
        # "X won the trust of 1,816 voters"
        r"|\btrust\s+of\b"
        # "Y was runner-up with 782, and Z drew 426": a rival's count told by its place
        r"|\brunner-up\s+with\b|\bdrew\b"
    ),
    candidate_word=rx(
        r"\b(?:second|third|fourth)\s+place\b|\bcame\s+(?:second|third)\b|candidate\w*|independent|nominated|nominee|received|gained|won|elected|votes|"
        r"opponents?|rivals?|defeated|beat|"
        # "X also ran", "X ran against Y", "X and Y were on the ballot"
        r"\balso\s+(?:ran|stood)\b|\bran\s+against\b|\bon\s+the\s+ballot\b"
    ),
    elected=rx(
        # the majority's choice won: "most voters voted for X"
        r"\bthe\s+majority\s+of\s+(?:the\s+)?(?:voters|residents|votes|ballots)\s+(?:[\w-]+\s+){0,3}?for\s|"
        r"\bwinners\s*:|"
        r"\bon\s+(?:his|her)\s+(?:election|victory|win)\b|"
        r"\btook\s+(?:the\s+)?post\s+of\b|\bnew\s+akim\s+(?:of\s+(?:[\w'’-]+\s+){1,4}?)?is\b|"
        # headline verbs: "X wins in P", "X takes P district", "X to lead P district"
        r"\bwins\s+in\b|\b(?:takes|keeps|to\s+lead)\s+(?:[\w'’-]+\s+){1,2}?(?:district|town|city|village)\b|"
        r"\bretained\s+(?:his|her|the)\s+(?:post|seat|office)\b|\bkept\s+(?:his|her)\s+(?:post|seat)\b|\b(?:post|seat)\s+went\s+to\b|\bchose\s+(?:[\w-]+\s+){1,3}?as\s+(?:their\s+|the\s+)?(?:new\s+)?akim|\bsecured\s+(?:a\s+)?(?:victory|win)\b|\bchosen\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?akim|\bvictory\s+went\s+to|\belected\b|\bwon\b|\bcarried\s+(?:the\s+)?(?=(?-i:[A-Z]))|\bwinner\b|\bvictory\b|most\s+votes|majority\s+of\s+(?:the\s+)?votes|(?:became|become)\s+(?:the\s+)?"
        r"(?:new\s+)?akim|new\s+akim|\bwill\s+(?:now\s+)?head\b|\bis\s+to\s+head\b"
        # "voters of the Khobda district chose X": a place's voters choosing a person
        r"|\b(?:voters|residents)\s+(?:of|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(?:chose|picked|elected)\s+(?=(?-i:[A-Z]))"
        # "The oldest of the new akims is X": the youngest or oldest of those elected
        # ("The youngest of the akims, X, is 29, Y rural constituency of Z district")
        r"|\bthe\s+(?:youngest|oldest)\s+(?:of\s+the\s+(?:new\s+|elected\s+)?)?akims?\s*(?:,|is\b|was\b|[–—-])(?=[^.]{0,200}?(?:district|village|town|settlement|constituency))"
        # "The oldest, 61-year-old X, now heads the Makanchi rural constituency": after a
        # sentence about the akims elected, the youngest or oldest heading a place
        r"|\bthe\s+(?:youngest|oldest)\s*(?:,|is\b|was\b)(?=[^.]{0,200}?\b(?:akim|heads|elected)\b)"
        r"(?=[^.]{0,200}?(?:district|village|town|settlement|constituency))"
        # "most of the votes went to X", "the bulk of the votes went to X"
        r"|\b(?:most|the\s+bulk)\s+of\s+the\s+votes\s+went\s+to\b"
        # "Three WKO districts elect akims", "Shieli elects new akim": a headline's verb
        r"|\belects?\s+(?:(?:its|their|a|new|two|three|four|five|\d+)\s+)*akims?\b"
        # "X, ..., is the oldest of the new akims": the name before the words of age
        r"|\bis\s+the\s+(?:youngest|oldest)\s+of\s+the\s+(?:new\s+|elected\s+|newly\s+elected\s+)?akims\b"
        # "X, the pick of the Ayyrtau rural constituency": the place's choice
        r"|\bthe\s+pick\s+of\s+the\s+(?=[^.,;]{0,60}?(?:constituency|district|village|town|settlement))"
        # "X, 61, who now heads the Makanchi rural constituency": the post held since the vote
        r"|\bwho\s+now\s+heads\s+the\s+(?:[\w'’-]+\s+){1,2}?(?:constituency|district|village|town|settlement)\b"
        "|" + POST_TAKEN
    ),
    loser=rx(
        r"\b(?:second|third|fourth)\s+place\b|\bcame\s+(?:second|third)\b|fewest|least|opponents?|rivals?|runner-up|trailed|\balso\s+(?:ran|stood)\b"
    ),
    anaphor=rx(r"\b(?:he|she|him|her)\b"),
    respectively=rx(r"respectively"),
    official=rx(r"\bchair\w*|secretary|\bsaid\b|\btold\b|\bnoted\b|\breported\b"),
    all_candidates=rx(
        r"\ball\s+(?:three|two|four|five|\d+)?\s*candidates|\bboth\b"
        # "All three registered candidates", "All the candidates"
        r"|\ball\s+(?:the\s+)?(?:three|two|four|five|\d+\s+)?\s*(?:registered\s+)?candidates"
        # "Three districts elect akims: all three from Amanat" (not "all three districts")
        r"|\ball\s+(?:three|four|five)\b(?!\s+(?:districts?|villages?|towns?|regions?|settlements?|okrugs?|rural|polling|constituenc\w*)\b)"
    ),
    beat=rx(
        r"\bahead\s+of|\b(?:defeated|defeating|beat|beating|outpolled|outpolling|outperform(?:ed|ing))\b|\bto\s+defeat\b"
    ),
    led=rx(
        r"\bheaded\b|\bpreviously\s+led\b|\bwho\s+led\b|\bhad\s+led\b|\bwas\s+appointed\s+akim\b|\bwas\s+previously\s+akim\b"
    ),
    job=rx(
        r"\bheaded\b|\bpreviously\s+led\b|\bhead\s+of\b|\bdeputy\b|\bdirector\b|\bdepartment\b|\bspecialist\b|\bchief\b|"
        r"\bworked\b|\bteacher\b|\bmanager\b|\boffice\b|\bakimat\b|\bagency\b"
    ),
    this_is=rx(r"^\W*(?:this|that)\s+(?:is|was|represents|amounts\s+to)\b"),
    most_votes=rx(r"\bthe\s+most\s+votes\b"),
    refers_back=rx(r"^\W*(?:he|she|him|her|his)\b"),
    the_winner=rx(r"^\W*(?:the\s+new\s+akim|the\s+akim-elect|the\s+winner)\b"),
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

# Words of this language the passes look for, by concept (see kzvotes.extract.wording)
WORDS: dict[str, str] = {
    # "X defeated Y by 8,419 votes to 1,630", "X beat Y 8,419 to 1,630": a score
    "score_by": r"by",
    "score_to": r"to",
    # "He beat his rival X, gaining 500 votes": a gerund's count is its subject's
    "gerund_count": r"gaining|getting|receiving|polling|securing|winning",
    # "said X was elected": the auxiliary between a name and its winner verb
    "auxiliary": r"was|is|has\s+been|had\s+been",
    # "X, who heads a company, won the election with 70.5%": the winner's figure after
    # the verb, whatever lies between
    "won_with": r"\b(?:won|wins|secured\s+victory)\b[^.;]{0,90}?\bwith\s*$"
    # "X, born in 1963 and a resident of the village, was elected akim with 1,498 votes"
    r"|\b(?:was|has\s+been)\s+elected\b[^.;\d]{0,40}?\bwith\s*$",
    # "won with 8,419 votes against 1,630 for Serik Shaimergenov": the rival's count,
    # before (rival_count_before) and after (rival_count_after) the figure
    "rival_count_before": r"against|to|versus|vs\.?",
    # "At polling station No. 467, all 939 voters cast ballots": one station's figures
    "one_station": r"at\s+(?:polling\s+)?station\s+(?:No\.?|#|№)\s*\d|at\s+this\s+(?:polling\s+)?station",
    # "the former received 302 votes and the latter 398": the two just named
    "ordinal_first": r"the\s+former|the\s+first",
    "ordinal_second": r"the\s+latter|the\s+second",
    # "Five candidates entered the race in Khobda district:": a list of its candidates
    "race_heading": r"(?:entered|joined|in)\s+the\s+race|candidates\s+(?:were|are|registered|stood|ran)|(?:stood|ran)\s+for",
    # "to 1,140 for self-nominee Y": the rival's description before the name
    "rival_title": r"(?:self-nominee|self-nominated|independent|candidate)\s+",
    "rival_count_after": r"(?:votes?\s+)?for",
    # "Voters in Talgar elected X as the town's akim": a unit told back by its type word
    "unit_told_back": r"\bthe\s+([a-z]+)['’]s\s+(?:new\s+)?akim",
    # an organisation's name is no person's: "the X company", "X LLP"
    # "a settlement near X", "a village outside X": a place that only locates the contest's
    "near_before": r"near|outside|close\s+to|not\s+far\s+from|on\s+the\s+outskirts\s+of",
    # "the school named after X": a name a building or a street bears, no person
    "named_after_before": r"named\s+(?:after|for)",
    "organisation": (
        r"company|firm|enterprise|plant|factory|corporation|holding|cooperative|co-op|"
        r"LLP|LLC|JSC|Ltd|utility"
    ),
    "for": r"\bfor\b",
    # the unit a place name's neighbour names (kzvotes.extract.places), by gazetteer group
    "place_type_rural": r"rural|constituency",
    "place_type_district": r"district\w*",
    "place_type_region": r"region\w*|oblast\w*",
    # "Talgar mayoral vote": a mayor is the akim of a city or a town
    "place_type_city": r"city|town|mayor(?:al)?",
    "place_type_village": r"village\w*|settlement\w*",
    # the unit words of a gazetteer name, stripped to leave the name ("Aksu District")
    # "в первом округе": the first (second) unit of the list just named
    "first_of_list": r"\bthe\s+first\s+(?:rural\s+)?(?:district|constituency)\b",
    "second_of_list": r"\bthe\s+second\s+(?:rural\s+)?(?:district|constituency)\b",
    "place_unit_name": (r"district|region|rural|town|city|village|settlement|administration"),
    # the word "year" after a date's year
    "year_word": r"year",
    # "the 1962 year of birth": a year of birth, never the year of a vote
    "born_after_year": r"of\s+birth",
    # the words of numbers (kzvotes.extract.numbers): "5 thousand", "about 500", "500 plus"
    "number_thousand": r"thousand",
    "number_percent": r"per\s?cent|percent",
    "number_approx_before": (
        r"about|around|approximately|over|nearly|almost|roughly|some|more\s+than|less\s+than|"
        r"fewer\s+than|upwards\s+of|up\s+to|estimated"
    ),
    "number_approx_after": r"thousand|plus\b",
    "list_and": r"and",
    # "X and Y ...; the first of them won": the one of a named pair who is meant ("the
    # former" only closing a clause: "the former akim" is someone else)
    "pair_and": r"and",
    "pair_first": r"\bthe\s+first\s+of\s+(?:them|the\s+two)\b|\bthe\s+former(?=\s*(?:[.,;!]|$))",
    "pair_second": r"\bthe\s+second\s+of\s+(?:them|the\s+two)\b|\bthe\s+latter(?=\s*(?:[.,;!]|$))",
    # the word "party" before or after a party's name
    "party_word": r"party",
    # a self-nominated candidate: "an independent", "running on his own"
    "self_nomination": (
        r"\bindependent\b|self-nominat\w*|self-nominee|nominated\s+(?:him|her)self"
        r"|\b(?:running|ran|run|standing|stood)\s+on\s+(?:his|her)\s+own\b"
        r"|\bput\s+(?:himself|herself)\s+forward\b"
    ),
    "clock": r"as\s+of\s+(?:noon|\d)|by\s+noon",
    "percent": r"per\s?cent",
    "and": r"and",
    "people": r"people|voters|votes",
    "of_them": r"of\s+them",
    "including": r"including",
    # "12,480 votes, a 71.2% share"
    "that_is": r"or|which\s+is|an?(?=\s*$)",
    "share_link": r"\bor\b|\bwhich\s+is\b",
    "turnout_word": r"turnout",
    # "won by two votes", "a margin of three votes": a margin, not a count; "no one voted":
    # nobody, not one
    "margin_before": r"\bby|margin\s+of|\bno|\bnot",
    "margin_after": r"more|fewer|less|ahead",
    # "two votes", "sixty-eight ballots": the nouns a count of votes written as a word stands before
    "counted_noun": r"votes?\b|ballots?\b|voted\b",
    # "no one voted with an absentee certificate": nobody, a count of zero, and the figures
    # it may be of
    "zero_count": r"no\s+one|nobody|none",
    # "no absentee certificates were used", "no invalid ballots were found": "no" right
    # before the words of a figure (zero_figure), a count of zero
    "zero_before_figure": r"no",
    # "графу «против всех» выбрали шесть человек": people counted in words, read only
    # beside the words of a figure (zero_figure)
    "people_counted": r"voters|people|residents|of\s+them",
    # "103 each in Aktogay and Osakarovka": the same figure for each place
    "each_after": r"each|apiece",
    # "arrangements were made for 480 shift workers to vote": the means to vote given to a
    # group, no count of those who voted
    "means_to_vote": r"(?:arrangements|conditions|provisions)\s+(?:were\s+)?(?:made|created|put\s+in\s+place)\b|conditions\s+for\s+voting",
    # "three hundred and ninety-one": the word joining a count's hundreds to the rest
    "hundred_and": r"and",
    "zero_figure": r"absentee|outside\s+(?:the\s+)?(?:polling\s+)?(?:stations?|premises)|at\s+home|invalid|spoiled|against\s+all",
    "votes": r"votes",
    # the verb of a candidate's count, after an aside: "X, born in 1963, took 1,498 votes"
    "scored": r"received|gained|got|took|had|won|polled|secured|collected",
    "area_before": r"\b(?:district|village|town|city|settlement)\s+(?:has|had)\s+$",
    "voters_only": r"voters\b",
    "got": r"went\s+to|received\s+by|won\s+by",
    "share_base": r"(?:of\s+(?:the\s+)?(?:votes?\s+cast|ballots(?:\s+cast)?|those\s+who\s+(?:voted|turned\s+out)|voters\s+who\s+(?:voted|turned\s+out|took\s+part)))",
    # "self-nominees X (782) and Y (426)": a plural nominee noun is every name's after it
    "plural_nomination": r"^[\s,]{0,3}candidates|^\S*(?:nominees|independents)\b",
    "former": r"\bformer\b|\bex-|\bpreviously\b|\bbefore\s+the\s+(?:election|vote)\b|\buntil\s+the\s+(?:election|vote)\b",
    "epithet": r"(?!)",
    "in": r"in",
    "winners": r"winners\b",
    # "his rival was Y": a rival of the person just named
    "rival_of": r"(?:his|her)\s+(?:only\s+|sole\s+)?(?:rival|opponent|challenger)s?",
    "to_person": r"to",
    # "qalǵan eki kandıdat", "two remaining": the rest of the candidates, before or after a numeral
    "remaining": r"remaining|other",
    "few": r"two|three|four|five|both",
    "split": r"\bone\s+of\b|\bthe\s+other\b|\bothers?\b|\bexcept\b",
    "age_before": r"\baged|\bage\s+of",
    "age_after": r"years?[\s-]+old|-?year-old",
    "voter": r"(?:first-time\s+|young\s+|local\s+)?(?:voter|resident)\b",
    "title": (
        r"correspondent|reporter|chair(?:man|woman|person)?|secretary|(?:state\s+)?counsel+or|spokes(?:man|woman|person)|head\s+of\s+the\s+(?:[\w-]+\s+){0,4}?(?:commission|office|administration)|governor|akim\s+of\s+the\s+(?:[\w-]+\s+)?region"
        r"|president"
    ),
    "body_word": r"of|the|regional|territorial|district|city|central|election|electoral|commission",
    "article": r"the\s+|a\s+",
    "according_to": r"according\s+to|\bsaid",
    "said": r"said|says|noted|told|stated|added|explained",
    "withdrew": r"withdr[ae]w\w*|pulled\s+out|dropped\s+out",
    "other_subject": r"\b(?:after|when|since|because|one|candidates?|rivals?|opponents?)\b",
    "member": r"member\w*|adviser\w*|advisor\w*|employee\w*|staff",
    "join": r"\b(?:and|but|while|of\s+whom)\b",
    "age_word": r"years?",
    "out_of": r"out\s+of",
    # "Q: And how many actually voted?" / "A: 3,443.": a question and its answer, the
    # bare figure answering how many took part
    "question_mark": r"Q|Question",
    "answer_mark": r"A|Answer",
    "question_took_part": r"\bhow\s+many\s+(?:[\w'’-]+\s+){0,3}?(?:did|voted|took\s+part|turned\s+out|came\s+(?:out\s+)?to\s+vote|cast\s+(?:their\s+)?ballots)\s*\?",
    # "- Zhambyl district: X, the incumbent, keeps the post": an item's aside telling the
    # post kept
    "item_kept": r"\bkeeps\s+(?:the|his|her)\s+(?:post|seat|job)\b|\bstays\s+on\b|\bre-?elected\b|\bretains\s+(?:the|his|her)\s+(?:post|seat)\b",
    # "- Abai district: X, who lost to the incumbent": an item's aside telling a loss
    "item_lost": r"\blost\b|\bdefeated\b|\bconceded\b|\bwithdr[ae]w\w*|\brunner-up\b",
    # "turnout was 284 out of 334": the turnout told as a count of the voters on the list,
    # the first figure the ballots cast
    "turnout_count_before": r"\bturnout\s+(?:was|stood\s+at|reached)\s*$",
    # "of the 6,354 people on the list, 3,229 cast ballots": the whole a count is part of
    "of_the_whole": r"of\s+(?:the|its|their)",
    # "284 of its 334 registered voters": a possessive before the whole
    "possessive": r"its\s+|their\s+",
    "of": r"of",
    # "1,630 backed Y": a verb of support between a count and the person
    "support_verb_before_name": r"backed|supported|voted\s+for|chose|picked|went\s+for",
    # "2,490 voters, of whom 1,797 took part": the voters a part of whom voted
    "of_whom": r"of\s+whom|of\s+them",
    # "registered 2,490 voters": the verb of the voters on the list
    "registered_before": r"registered|counted",
    "voters_noun": r"voters|people",
    "candidate_noun": r"candidate",
    "by": r"by",
    "abbreviation": r"Mr|Ms|Dr|St|No|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec",
    "akim": r"akim|äk[ıi]m",  # "äkıms": the spelling of some English references
    # "Elected akim of X district was declared Y": a verb declaring the person elected
    "declared": r"\b(?:was\s+|is\s+)?declared\b",
    # "the winner – 70.5%": the winner, unnamed, as the label of a figure
    "winner_label": r"the\s+winner",
    "today": r"today",
    "kind_results": (
        # "voters of the Khobda district chose X": a place's voters choosing a person
        r"\b(?:voters|residents)\s+(?:of|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(?:chose|picked|elected)\s+(?=(?-i:[A-Z]))|"
        # the majority's choice won: "most voters voted for X"
        r"\bthe\s+majority\s+of\s+(?:the\s+)?(?:voters|residents|votes|ballots)\s+(?:[\w-]+\s+){0,3}?for\s(?=(?-i:[A-Z]))|"
        # a heading of results then a name with its votes: "Winners: Esil district – X (8,419 votes)"
        r"\b(?:winners?|results?)\s*:[^.]{0,80}?(?-i:[A-Z])[\w'’-]+\s*\(?\s*[\d,]+\s*votes|"
        # a person's count with a verb of support: "gave X N votes", "N voters backed X"
        r"\bgave\s+(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])[\w'’-]+\s+[\d,]+\s+votes|[\d,]+\s+voters\s+backed\s+(?-i:[A-Z])|"
        # "X beat Y 8,419 to 1,630"; "Esil district results: X 8,419; Y 1,630"
        r"\bbeat\s+(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])|\bresults?\s*:\s*(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])[\w'’-]+\s+\d|"
        # "| Voted | Candidates | Elected |": a table with a column of those elected
        r"\|\s*(?:elected|winners?|new\s+akims?)\s*(?:\||\n|$)|"
        # "X finished first with 391 votes": the first place of a count
        r"\b(?:finished|came|placed|ended)\s+(?:in\s+)?first\s+with\s+[\d,]+\s+votes|"
        # "congratulated X on his election"
        r"\bcongratulated\s+(?:[\w'’-]+\s+){1,4}?on\s+(?:his|her)\s+(?:election|victory|win)|"
        # the post taken, the new akim named with "is"
        r"\btook\s+(?:the\s+)?post\s+of\s+(?!deputy)(?:[\w'’-]+\s+){0,4}?akim\s+(?:after|following)\b|\bnew\s+akim\s+(?:of\s+(?:[\w'’-]+\s+){1,4}?)?is\s+(?-i:[A-Z])|"
        # headline verbs: "X wins in P", "X takes P district", "X to lead P district"
        r"\bwins\s+in\b|\b(?:takes|keeps|to\s+lead)\s+(?:[\w'’-]+\s+){1,2}?(?:district|town|city|village)\b|"
        r"(?:[–—-]\s*[\d,]+\s+votes\b[^.]{0,80}?){2}|\bretained\s+(?:his|her|the)\s+(?:post|seat|office)\b|\bkept\s+(?:his|her)\s+(?:post|seat)\b|\btook\s+[\d.,]+\s*(?:%|per\s?cent)?\s*(?:of\s+the\s+(?:vote|ballots)|votes)\b|\bhave\s+been\s+elected\b|\bwill\s+(?:now\s+)?head\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:district|village|town|city|settlement|okrug)|\b(?:post|seat|victory|win)\s+went\s+to\b|\bchose\s+(?:their|its|a\s+new|the)\s+(?:new\s+)?akims?\b|\bresults?\s+of\s+the\s+(?:[\w-]+\s+){0,5}?(?:vote|election|voting)s?\b(?!\s+(?:will|are\s+expected|are\s+due))|\bchose\s+(?:[\w-]+\s+){1,3}?as\s+(?:their\s+|the\s+)?(?:new\s+)?akim|\bsecured\s+(?:a\s+)?(?:victory|win)\b|\b(?:secured|won|gained|got|polled|garnered)\s+[\d,]+\s+votes|\bchosen\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?akim|\b(?:elected|chose|picked)\s+(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])[\w'’-]+\s+(?:as\s+(?:the\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,2}?|(?:their|its)\s+)?(?:new\s+)?akim|\bvictory\s+went\s+to|\b(?:became|(?:has|have)\s+become)\s+(?:the\s+)?(?:new\s+)?akim|\b(?:election|voting|final)\s+results\b(?!\s+(?:will|are\s+expected|are\s+due))|\bmost\s+votes\b|\bmajority\s+of\s+(?:the\s+)?votes|votes?\s*[–—-]?\s*[\d,]*\s*[–—-]?\s*went\s+to\b|\bdefeated\b(?!\s+by)|\b(?:beat|outpolled)\s+(?:(?:his|her|their|the|two|three|four|five|all|other|\d+)\s+)*(?:rivals?|opponents?|competitors?|candidates?|contenders?)|\bwas\s+elected|\bwere\s+elected|(?:^|\n|[•▪◾●■►🔹🔸])\W*(?:newly\s+)?elected\s*:|\bhas\s+been\s+elected|(?<!the\s)\belected\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?akim(?!s)|\bwon\b|\bwinner\b|received\s+[\d,]+\s+votes|(?:received|won|took|gained|polled)\s+[\d.,]+\s*(?:%|per\s?cent)\s+of\s+the\s+(?:votes?|ballots)|gained\s+[\d,]+|results?\s+of\s+the\s+(?:vote|election)"
        # "The youngest of the new akims is X": a winner named as the youngest or oldest
        # with the unit of its place in the sentence (a summary naming nobody's place is none)
        r"|\bthe\s+(?:youngest|oldest)\s+(?:of\s+the\s+(?:new\s+|elected\s+)?)?akims?\s*(?:,|is\b|was\b|[–—-])\s*(?=[^.]{0,200}?(?:district|village|town|settlement|constituency))(?-i:[A-Z])\w+\s+(?-i:[A-Z])"
        # "Elected | 12 October 2025", "| Elected: October 12, 2025": a card's row of the
        # election with its date
        r"|\belected\s*\|\s*(?:\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})"
        r"|\|\s*elected\s*:\s*(?:\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})"
        # "The job went to X", "Voters entrusted the post to X", "X came out on top": the
        # post given by the vote, the race won (a capital after "to": no "acting akim")
        r"|\b(?:job|post|office)\s+(?:of\s+(?:the\s+)?akim\s+(?:of\s+(?:[\w'’-]+\s+){1,4}?)?)?went\s+to\s+(?=(?-i:[A-Z]))"
        r"|\b(?:voters|residents|villagers)\s+(?:[\w'’-]+\s+){0,3}?entrusted\s+(?:the\s+)?(?:post|job|office|helm)\s+(?:of\s+(?:the\s+)?akim\s+)?to\s+(?=(?-i:[A-Z]))"
        r"|\bcame\s+out\s+on\s+top\b"
        # "| Candidate | Votes |": a table with a column of votes
        r"|\|\s*votes(?:\s+received)?\s*(?:\||\n|$)"
        # "X, the pick of the Y rural constituency in Z district, is the youngest of the new
        # akims": a winner named before the words of age, with the unit of the place
        r"|(?-i:[A-Z])\w+\s+(?-i:[A-Z])\w+,(?=[^.]{0,200}?(?:district|village|town|settlement|constituency))[^.]{0,200}?\bis\s+the\s+(?:youngest|oldest)\s+of\s+the\s+(?:new\s+|elected\s+|newly\s+elected\s+)?akims\b"
    ),
    "kind_voting_day": (
        # (not "since direct elections began": the start of an era, no voting day)
        r"(?<!since\s)(?<!since\sdirect\s)\b(?:voting|elections?)\b(?!\s+campaign)[^.]{0,80}?\b(?:has\s+|have\s+)?(?:started|begun|began|kicked\s+off)\b|\bvoting\b[^.]{0,80}?\b(?:is|are)\s+under\s*way|\bvoting\s+continues\b|\bare\s+expected\s+to\s+cast|\bby\s+(?:noon|midday)|\bas\s+of\s+noon|voting\s+is\s+taking\s+place|as\s+of\s+\d{1,2}[:.]\d{2}|by\s+\d{1,2}[:.]\d{2}|(?:voting|election)\s+(?:has\s+)?(?:started|begun|began)|polls?\s+(?:opened|are\s+open|close\s+at)|polling\s+stations?\s+(?:opened|are\s+open|have\s+opened|open\s+at|close\s+at)|(?:are|is)\s+electing|voting\s+is\s+under\s*way|are\s+voting|is\s+voting|\b(?:voting|polls?|polling\s+stations?|precincts?|polling)\b[^.]{0,120}?\b(?:has\s+|have\s+)?(?:ended|closed|is\s+over|wrapped\s+up|c[oa]me\s+to\s+an\s+end)\b|counting\s+(?:of\s+(?:the\s+)?votes?|of\s+ballots)?\s*(?:is|has)\s+(?:under\s*way|begun|started)"
        # "The election ... got under way this morning", "Polling stations in the district
        # opened at 7:00", "Polls close", "stopped taking ballots at 20:00"
        r"|\b(?:voting|elections?)\b[^.]{0,80}?\bgot\s+under\s*way\b"
        r"|\bpolling\s+stations?\s+(?:in\s+(?:[\w'’-]+\s+){1,3})?opened\s+at\s+\d"
        r"|\bpolls?\s+close\b|\bstopped\s+(?:taking|accepting)\s+ballots\b"
        # "36.6% had voted by 2 pm", "turnout stood at 36.6% at 14:00": a time of the day
        r"|\bby\s+\d{1,2}\s*(?:pm|am|p\.m\.|a\.m\.)"
        r"|\bturnout\b[^.]{0,80}?\bat\s+\d{1,2}[:.]\d{2}\b(?!\s*%)"
        # "Voters are choosing today among 166 candidates": the vote going on today
        r"|\b(?:are|is)\s+(?:choosing|casting\s+(?:their\s+)?ballots)\s+today\b"
        # "X was among the first to vote": a voter among the first, today
        r"|\bamong\s+the\s+first\s+(?:[\w-]+\s+){0,3}?to\s+(?:vote|cast)\b"
        # "commissions began counting the ballots once voting was over": the polls closed
        r"|\b(?:began|started)\s+counting\b|\bcounting\s+(?:of\s+(?:the\s+)?(?:votes|ballots)\s+)?(?:began|started)\b"
        r"|\b(?:voting|polls?|polling)\s+(?:was|were)\s+over\b"
    ),
    # what an hour must speak of to be a sign of the voting day
    "kind_day_subject": r"vot\w*|poll\w*|ballot\w*|turnout|elect\w*|precinct\w*",
    # the steps before a vote: nominations, registration, campaigning
    "kind_campaign_step": r"\bnominations?\b|\bregistration\b|\bcampaign(?:ing)?\b",
    # a vote held, told after it ("20,381 voters took part", "turnout in Sunday's elections
    # was above 65 percent"): with no result of its own, a summary
    "kind_vote_held": (
        r"\btook\s+part\b|\bturned\s+out\b|\bturnout\b[^.]{0,80}?\bwas\b|\bcompeted\s+for\b|"
        r"\belected\s+their\s+akims?\b|\bwatched\s+the\s+vote\b"
        # "Twelve rural akims elected in four regions": akims told as elected
        r"|\bakims\s+(?:were\s+|have\s+been\s+)?elected\b"
    ),
    # past nominations in a summary of akims elected ("parties nominated 75% of them"):
    # no announcement of a vote to come
    "kind_announce_past": r"(?<!self-)nominated",
    # a law's article cited ("under Article 113-1"): with no day of a vote named, a
    # message explaining how elections work, not calling one
    "kind_law_article": r"\barticles?\s+\d",
    # a visit or a working trip: a vote to come named as its purpose calls no vote
    "kind_visit": r"\bvisited\b|\bworking\s+(?:trip|visit)\b",
    # "X was appointed acting akim of the region": a post filled by appointment; a word of
    # a vote to come said of it calls no vote
    "kind_appointment": r"\bappointed\s+(?:as\s+)?(?:the\s+)?(?:acting|interim)\s+akim\b|\b(?:acting|interim)\s+akim\s+(?:[\w-]+\s+){0,4}?(?:was|has\s+been|is)\s+appointed\b",
    "kind_announce": (
        r"\b(?:is|are)\s+running\b|\bwill\s+run\b|\brunning\s+again\b|will\s+be\s+held|scheduled|registered\s+as\s+candidates?|(?<!self-)(?<!\d\s)nominated|\b(?:voting|election|vote)\s+(?:is\s+)?set\s+for\b|\belection\s+of\s+(?:[\w'’-]+\s+){1,5}?set\s+for\b|\bregistered\s+for\s+the\s+(?:election|race|vote)\b|\bhave\s+registered\b|\bunder\s+way\b|will\s+take\s+place|upcoming|preparations?\s+for|on\s+the\s+eve\s+of"
        # "21 more rural akims to be elected on Aug. 20", "submitted their documents": a
        # vote to come, its candidates' papers filed
        # "Kazakhstan to hold rural elections on Aug 20"
        r"|\b(?:will|to)\s+hold\s+(?:[\w'’-]+\s+){0,3}?(?:elections?|votes?|polls|by-elections?)\b"
        r"|\b(?:will|to)\s+be\s+elected\s+(?:[\w'’-]+\s+){0,4}?on\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\d{1,2}\b|sunday)|\b(?:submitted|filed)\s+(?:their\s+|the\s+)?(?:nomination\s+)?(?:documents|papers)\b"
    ),
    "kind_indirect": (
        r"session\s+of\s+the\s+(?:[\w-]+\s+){0,2}?maslikhat|maslikhat\s+session|(?<!with\s)(?<!\bmeet\s)electors\b|maslikhat\s+deputies|deputies\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?maslikhats?|mäslihat"
    ),
    "kind_recalled": r"(?:in|at)\s+the\s+(?:previous|last)\s+election|had\s+been|had\s+won|had\s+received",
    "kind_other_election": r"senate\s+elections?|elections?\s+to\s+the\s+senate|senate\s+deputies|maslikhat\s+(?:deputies\s+)?(?:by-)?elections?|by-elections?\s+to\s+the\s+(?:[\w-]+\s+)?maslikhats?|by-elections?\s+to\s+the\s+(?:[\w-]+\s+){2,4}?maslikhats?|by-elections?\s+(?:of|for)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?maslikhat\s+deput\w+|\bparty\s+lists?\b|mazhilis\s+elections?|presidential\s+elections?",
    # "elections will be held in five more rural districts": further votes elsewhere, told
    # after a vote held
    "kind_announce_more": r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+more\b|\banother\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b|\bwill\s+also\s+be\s+held\b|\bin\s+(?:[\w-]+\s+)?more\s+(?:[\w-]+\s+){0,2}?(?:districts?|villages?|settlements?|okrugs?)\b",
    # "one district will vote again", "goes back to the polls", "a repeat election": a
    # repeat vote named in a message about one held is a further vote, not its own
    "kind_repeat_vote": r"\bvote\s+again\b|\b(?:back|return\w*)\s+to\s+the\s+polls\b|\brepeat\s+(?:votes?|elections?|voting|polls?)\b|\bre-?run\b",
    # the wordings of a post taken (POST_TAKEN, above): words of a result too
    "kind_post_taken": POST_TAKEN,
    # "Rural akim round ends", "All 14 regions have finished the August elections": the
    # round told as over, a vote held
    "kind_round_over": r"\b(?:round|elections?|campaign)\s+(?:has\s+|have\s+)?(?:ends|ended|is\s+over|concluded|(?:been\s+)?completed|wraps?\s+up|wrapped\s+up)\b|\b(?:have|has)\s+(?:now\s+)?(?:finished|completed|concluded)\s+(?:the\s+|their\s+)?(?:[\w'’-]+\s+){0,4}?elections?\b",
    # "Village X will vote on January 11", "the vote was postponed to April 14": a vote
    # called, or its new date (not "will vote again": a further round)
    "kind_call_made": r"\bwill\s+vote\b(?!\s+again)|\b(?:postponed|rescheduled)\b",
    # "former deputy akim X won the seat": an akim named as a person's post
    "akim_as_title": r"\b(?:former|ex-)\s*(?:[\w-]+\s+){0,2}?akims?\b|\bdeputy\s+(?:[\w-]+\s+)?akims?\b",
    "kind_year": r"(?<!born\s)\bin\s+(?:19|20)\d\d\b",  # a birth year is no other vote
    # "the election was declared invalid", not "85 ballots were declared invalid"
    "kind_void": (
        r"\b(?:annulled|invalidated)\b|"
        r"\b(?:election|vote|voting|results?|outcome)\s+(?:[\w-]+\s+){0,3}?declared\s+(?:invalid|void)\b|"
        r"\bdeclared\s+(?:the\s+)?(?:election|vote|results?)\s+(?:invalid|void)\b"
    ),
    # "no election had to be annulled or repeated": a void election denied
    "kind_void_denied": (
        # "No election had to be declared invalid or held again"
        r"\bno\s+(?:[\w-]+\s+){0,4}?(?:annulled|invalidated|declared\s+(?:invalid|void))\b|"
        r"\bnot\s+(?:been\s+)?(?:annulled|invalidated)\b"
    ),
    # readers who vote ("4,210 readers voted"), not readers addressed ("we apologise to
    # our readers" under a correction)
    "kind_poll": r"(?:online|opinion|readers['’]?)\s+(?:poll|survey|vote)|\bsurvey\b|[\d,]+\s+readers\b|\breaders\s+(?:[\w-]+\s+){0,3}?(?:voted|chose|picked|backed|gave)\b|\bvot\w*\s+(?:[\w-]+\s+){0,3}?readers\b|\brating\b",
    "kind_wish": r"\bhopes?\b|\bwants?\b|\bwish(?:es)?\b|would\s+like",
    # "итоги выборов акимов в 17 областях": a summary over several regions, no contest
    "kind_summary_regions": r"\bin\s+\d+\s+regions\b",
    # "Nur Otan candidates won 627 races": a party's tally of contests won
    "kind_summary": r"\bwon\s+\d[\d,]*\s+(?:races|seats|contests|posts)\b|since\s+the\s+(?:start|beginning)\s+of\s+the\s+year|average\s+age|akims\s+(?:were|have\s+been)\s+elected\W*$|\b(?:\d[\d,]*|[a-z]+teen|twenty\w*|thirty\w*|forty\w*|fifty\w*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundreds)\s+(?:[\w-]+\s+){0,2}?akims\b",
    "unit_before": r"town\s+of|village\s+of|city\s+of",
    "unit_after": r"town\b|village\b|rural\s+district|settlement\b|district\b",
    "commission": r"commission",
    "subunit": r"rural\s+district|village|settlement",
    # "the town akim", "akim of the city": the akim of a town
    "town": r"town|city",
    # "in the Osakarovka district — Y": the preposition before a place opening an item
    "place_preposition": r"in(?:\s+the)?",
    "rural_district": r"rural\s+district",
    "read_also": r"read\s+(?:also|more)|see\s+also|related\s+(?:news|stories|articles)|most\s+recent\s+stories|more\s+news|latest\s+news",
    # page furniture (kzvotes.extract.segment): a view counter, a photo credit, a source line
    "page_views": r"views?|reads",
    "photo_credit": r"photos?|photo\s+credit|image|pictured",
    "source_line": r"source",
    # a photo credit standing on its own line, without its colon: "Photo by X"
    "photo_credit_line": r"(?:(?:illustrative|file|archive)\s+)?(?:photo|image|picture)(?:\s+(?:by|credit|courtesy\s+of))?",
    "rubric": r"politics|news|nation|regions|society",
    # "on 5 November", "in 2023": a word that makes the date after it part of a sentence
    "before_date": r"on|in|of|from|since|by|until|before|after|at",
    "results_heading": r"results?",
    "date_election": r"elect|vote|voting|polls|ballot|\bchose|\bchosen|turnout",
    "date_vote_word": r"\bvot\w*|\bpolls?\b|\belection\w*|\bvoting|elected",
    "date_announced": r"\breport\w*|\bannounc\w*|\bsaid\b|\bstated\b|\bpublished"
    # "the results became known today": the day the result was known, not of the vote
    r"|\bbecame\s+known\b",
    "date_pluperfect": r"had\s+been\s+(?:held|elected)",
    # "In that election X won ...": a sentence about the vote the sentence before dated
    "date_that_election": r"\b(?:that|this|those)\s+(?:elections?|vote)\b",
    "date_last_sunday": r"last\s+sunday|on\s+sunday|sunday['’]s|sunday\s+(?:election|vote|polls?)s?\b",
    # "on October 14 he took office": the day of taking office, not of the vote
    "date_took_office": r"\b(?:took|assumed|entered)\s+office|took\s+up\s+(?:his|her)\s+(?:duties|post)"
    # "was dismissed on October 15": the day one left office
    r"|\b(?:dismissed|relieved\s+of\s+(?:his|her)\s+(?:duties|post))",
    # "both settlements last elected akims on November 4, 2021": the vote before
    "date_previous": r"previous|prior|last\s+(?:held|time|elected|chose|voted)|earlier|\brecall\b",
    # "the commission set the vote for December 15": the day a commission set (a verb
    # with its object) for a vote to come; "the vote set for ..." may be the vote told
    "date_set_after": r"(?!)",
    "date_set_before": r"\b(?:set|scheduled|appointed)\s+(?:the|a|its)\s+(?:[^\W\d_]+\s+){0,2}?(?:for|on)(?:\s+the)?",
    "date_yesterday": r"\byesterday\b",
    "date_today": r"\btoday\b",
    "date_not_the_vote": r"(?:election|electoral)\s+commission\w*|law\s+on\s+(?:the\s+)?elections",
    # "Date of voting: 11 January 2026": the label of the vote's own date
    "date_vote_label": r"date\s+of\s+(?:the\s+)?(?:voting|vote|election|polling)|(?:voting|polling|election)\s+(?:date|day)",
    "not_a_name": (
        # a role or a linking word opening a sentence before the name: "Winner X had ...",
        # "Meanwhile X got ...", "Challenger X ..."
        "winner|runner-up|meanwhile|however|challenger|second-placed|third-placed|"
        "newcomer|businessman|businesswoman|entrepreneur|farmer|separately|similarly|"
        "likewise|elsewhere|finally|then|"
        "according|against|akim|akims|all|also|amanat|and|april|as|astana|at|august|auyl|"
        "by|candidate|candidates|cec|central|chair|chairman|chosen|city|commission|"
        "competitors|contenders|counsellor|counselor|december|deputy|directly|district|"
        "elected|election|election-day|elections|elects|february|first|for|governor|he|"
        "head|her|his|in|independent|its|january|july|june|kazakh|kazakhstan|kazinform|"
        "march|may|member|monday|mr|mrs|ms|new|nobody|november|nur|october|"
        "of|oldest|on|opponent|opponents|otan|party|people|qazinform|region|regional|"
        "residents|respublica|rival|rivals|rural|secretary|self-nominated|self-nominee|"
        "self-nominees|september|settlements|she|state|sunday|territorial|the|their|they|"
        "times|town|turnout|village|voters|votes|with|youngest"
        # a head of state named in a background sentence is never the candidate
        "|president|incumbent"
    ),
    # a country or a state ("Republic of Kazakhstan"): never a person's name
    "not_a_name_state": "republic|republics|nation",
    # the country's name and the word for a republic in any case ("Republic of Kazakhstan", "Kazakhstan's"): a
    # word beginning so is never a person's name (a pattern, matched against a whole word)
    "not_a_name_state_stem": r"republic\w*|kazakhstan\w*",
    # the headings of a table's columns ("Settlement | On voter list | Voted | Elected"):
    # a table of places, one contest a row
    "column_place": r"settlements?|places?|localit(?:y|ies)|villages?|rural\s+districts?|districts?|constituenc(?:y|ies)|okrugs?",
    "column_registered": r"on\s+(?:the\s+)?voter\s+lists?|registered(?:\s+voters)?|voters\s+on\s+(?:the\s+)?(?:list|roll)|electorate|voters",
    "column_ballots": r"voted|ballots\s+cast|took\s+part|turnout|came\s+to\s+vote",
    "column_winner": r"elected|winners?|(?:new|elected)\s+akims?",
    "column_nominator": r"nominated\s+by|nominators?|nomination|part(?:y|ies)",
    "column_candidate": r"candidates?|names?",
    "column_votes": r"votes|votes\s+received",
    "column_share": r"share|%|percentage|per\s*cent",
    # the labels of a card's rows ("Incumbent | X", "Elected | 12 October 2025")
    "card_person": r"incumbent|akim|(?:elected|new)\s+akim|winner",
    "card_elected": r"elected|election\s+date|date\s+of\s+election",
    "card_nominator": r"nominated\s+by|nominator|party",
    "card_votes": r"votes|votes\s+received|result",
    "card_others": r"runners?-up|other\s+candidates|opponents|rivals",
    # "Zh. Bakytzhanov", "Sh. Nurov": a romanised letter of two, one initial (case-sensitive)
    "initial_digraph": r"Zh|Sh|Ch|Kh|Ts|Yu|Ya|Ye|Yo",
    # a person described by a role that is no candidate's (kzvotes.extract.people): a voter,
    # a student, an observer interviewed; a candidate so described shows a result after it
    "person_role": r"students?|pensioners?|retirees?|veterans?|observers?|volunteers?|photographers?|journalists?|correspondents?|residents?|voters?",
    # page furniture that names people of no contest (kzvotes.extract.segment): a short
    # paragraph opening with its label and a colon ("Author: X", "Tags: ...")
    "furniture_label": r"authors?|editor|tags?|correspondent|reporter|phone|tel\.?|address|e-?mail",
    # ... or a paragraph of the label and names alone: "By X and Y", "Edited by X"
    "furniture_byline": r"by|(?:edited|written|reported|compiled)\s+by|author|editor",
    # "X Street", "X Avenue", "the X school": a name a street or a building bears
    # (kzvotes.extract.names)
    "street_after": r"street|st\.|avenue|ave\.|boulevard|school|lyceum|gymnasium",
    # "Earlier, 14 rural akims were elected ...": a sentence opening on "earlier" (not
    # "earlier today") tells of another vote, background to the message
    # (kzvotes.extract.classify)
    "kind_earlier": r"^\W*earlier\s*,(?!\s*(?:today|this\s+morning|on\s+sunday))",
}

# Small numbers of people written as words ("two self-nominees remained"), by value
NUMBER_WORDS: dict[str, int] = {"two": 2, "both": 2, "three": 3, "four": 4}

# "received two votes": a count of votes written as a word, by value
VOTE_COUNT_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip
# "sixty-eight": a ten and a unit joined by a hyphen
VOTE_COUNT_WORDS = tens_and_units(VOTE_COUNT_WORDS, _TENS, joiner="-")

# "three hundred ninety-one", "a hundred and two": the hundreds a count in words may open
# with, by value
HUNDRED_WORDS: dict[str, int] = {"a hundred": 100, "one hundred": 100} | hundreds(
    VOTE_COUNT_WORDS, "hundred", lowest=2
)

# Abbreviated region names ("WKO", "EKR"), lower-cased, by the region's place_id
REGION_ABBREVIATIONS: dict[str, str] = {
    "wko": "KZ-27",
    "eko": "KZ-63",
    "ekr": "KZ-63",
    "nko": "KZ-59",
}

# Party names that are common words too: a party only in quotes or next to "party"
COMMON_WORD_PARTY_NAMES: tuple[str, ...] = ()

# The months by number, full and abbreviated ("Nov."): a date's month word starts with one
MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
