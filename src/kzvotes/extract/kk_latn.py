"""Kazakh (Latin, 2018 alphabet) formulae of the commissions' messages."""

import re

from kzvotes.extract import cues
from kzvotes.extract.cues import LanguageCues
from kzvotes.extract.number_words import hundreds, tens_and_units

# Kazakh Latin is often typed without its diacritics ("saylauy", "dauys jinady", "akimi"
# for "saılaýy", "daýys jınady", "ákimi"): each letter of the 2018 alphabet matches the
# plain letters typed for it too
PLAIN_TYPING: dict[str, str] = {
    "á": "a",
    "ǵ": "g",
    "ı": "yi",
    "ń": "n",
    "ó": "o",
    "ú": "u",
    "ý": "uy",
    "Á": "A",
    "Ǵ": "G",
    "Ń": "N",
    "Ó": "O",
    "Ú": "U",
    "Ý": "UY",
}


def typed_plain_too(pattern: str) -> str:
    """``pattern`` with each diacritic letter also matching its plain typing: a letter
    becomes a class of one character (so that look-behinds keep their width), a class
    gains the plain letters."""
    out: list[str] = []
    in_class = escaped = False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif ch in PLAIN_TYPING:
            out.append(ch + PLAIN_TYPING[ch] if in_class else f"[{ch}{PLAIN_TYPING[ch]}]")
        else:
            in_class = (in_class and ch != "]") or (not in_class and ch == "[")
            out.append(ch)
    return "".join(out)


def rx(pattern: str) -> re.Pattern[str]:
    """A cue of this language, read in the typing with or without diacritics."""
    return cues.rx(typed_plain_too(pattern))


# The wordings of a post taken or a race won that name the winner ("saılaýdy X utyp
# aldy", "aýdannyń tizginin X ustady"): one source, read as a winner's verb (CUES.elected)
# and as words of a result (WORDS["kind_post_taken"], the kind of the message)
POST_TAKEN = (
    # "saılaýdy qazirgi ákim X utyp aldy": the election won (taken), as "jeńip shyqty"
    r"(?<!\w)(?:utyp|jeńip)\s+aldy(?!\w)"
    # "aýdannyń tizginin X ustady": took the reins; "ákim laýazymyn X ıelendi": took the post
    r"|tizginin\s+(?:[\w-]+\s+){0,3}?ustady(?!\w)"
    r"|ákim\w*\s+(?:laýazym(?:yn|dy)|ornyn|oryndy)\s+ıelendi(?!\w)"
)

# a result told by the voters' or the people's choice, or by the post going to a person:
# read as the winner's words (CUES.elected) and as words of results (kind_results) alike
CHOICE_WON = (
    # the majority's choice won: "most voters voted for X"
    r"basym\s+(?:bóligi|kópshiligi)\s+(?:[\w-]+\s+){0,2}?daýys\s+berdi|"
    # "Qobda aýdanynyń saılaýshylary X-ti tańdady": a place's voters choosing a person
    r"(?<!\w)(?:saılaýshylary|turǵyndary)\s+(?:[\w-]+\s+){1,4}?tańdady|"
    # "X aýdanynda saılaýshylar Y-ti tańdady": the voters of a place named before them
    # choosing a person named in the accusative
    r"(?<!\w)(?:saılaýshylar|turǵyndar)\s+(?=(?-i:[A-ZÁǴҚŃÓUÚІÝ]))(?:[\w-]+\s+){0,2}?[\w-]+(?:ty|ti|dy|di|ny|ni)\s+tańdady|"
    # "turǵyndardyń kópshiligi X-ty qoldady": most of the voters supported (or chose) a
    # person
    r"(?<!\w)(?:saılaýshylardyń|turǵyndardyń|daýys\s+bergenderdiń)\s+(?:basym\s+)?(?:kópshiligi|bóligi)\s+(?:[\w-]+\s+){0,4}?[\w-]+(?:ty|ti|dy|di|ny|ni)\s+(?:qoldady|tańdady)|"
    # "jurt X-qa qaıta senim artty": the people (not only "the voters") trusted a person
    r"(?<!\w)(?:jurt|halyq|turǵyndar)\s+(?:[\w-]+\s+){0,4}?[\w-]+(?:qa|ke|ǵa|ge)\s+(?:qaıta\s+)?senim\s+(?:artty|bildirdi)|"
    # "Balqash aýdany — jeńimpaz X": the winner named after the word, in a list line
    r"(?<!\w)jeńimpaz\s*[:–—-]?\s*(?-i:[A-ZÁǴҚŃÓUÚІÝ])[\w-]+\s+(?-i:[A-ZÁǴҚŃÓUÚІÝ])[\w-]+|"
    # "aýdan tizgini ... X-qa tapsyryldy": the district's reins handed to a person
    r"(?<!\w)(?:aýdan\w*|okrýg\w*|aýyl\w*|qala\w*|kent\w*)\s+tizgini\s+(?:[\w,-]+\s+){0,12}?[\w-]+(?:qa|ke|ǵa|ge)\s+(?:senip\s+)?tapsyryldy|"
    # "ákimi laýazymy X-ke buıyrdy": the post went to a person
    r"(?<!\w)laýazymy\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:qa|ke|ǵa|ge)\s+buıyrdy|"
)


CUES = LanguageCues(
    language="kk-Latn",
    registered_voters=rx(
        r"tizim\w*|tirkelgen|daýys\s+berý\s+quq\w*\s+bar|tirkeldi|engizil\w*|saılaýshy\s+bar|elektorat|"
        r"saılaýshylar\w*\s+(?:jalpy\s+)?sany|daýys\s+berýge\s+quq\w*"
        # "daýys berýge jatatyn 18 452 adam": those entitled to vote, not those who voted
        r"|daýys\s+berýge\s+jatatyn"
        # "220 761 adam saılaýǵa qatysýǵa quqyly": entitled to take part
        r"|qatysýǵa\s+quq\w*"
    ),
    ballots_cast=rx(
        r"qatysty|qatysqan|ýchaske\w*\s+kelgen|ýchaske\w*\s+keldi|daýys\s+berdi|daýys\s+bergender\w*|daýys\s+bergen|"
        r"bıýlleten\s+aldy|bıýlleten\s+alǵan|daýys\s+berýge(?!\s+quq)|"
        # "1797-i daýys berý quqyǵyn paıdalandy": used the right to vote
        r"quq\w*\s+paıdalan\w*"
        # "1 102 saılaýshy daýys berý quqyǵyn júzege asyrdy": carried out the right to vote
        r"|quq\w*\s+júzege\s+asyr\w*"
        # "Daýys berý quqyǵyn 1 102 saılaýshy paıdalandy": the right before the count, the
        # verb of using it after the count and its noun
        r"|(?:^|(?<=^\s))(?:[^\W\d_]+\s+)?(?:paıdalan|júzege\s+asyr)\w*"
    ),
    absentee=rx(r"esepten\s+shyǵ\w*\s+kýáli\w*|syrttaı|kýáli\w*"),
    outside_premises=rx(
        r"úıden|úıde|turǵan\s+jerinde|úı-jaı\w*\s+tys|ýchaske\w*\s+tys|ǵımarat\w*\s+tys|"
        r"tys\s+jerde"
    ),
    invalid_ballots=rx(r"jaramsyz\w*"),
    against_all=rx(
        r"barlyǵyna\s+qarsy|barlyq\s+kandıdattarǵa\s+qarsy"
        # a share of the voters against every candidate, singular or plural
        r"|barlyq\s+kandıdat\w*\s+qarsy"
    ),
    turnout=rx(
        r"paıyzy|payyzy|belsendil\w*|qatysý\w*|qatysty|daýys\s+berdi|kelýi|"
        # a row "Kelgen saılaýshylar – 64,2%": the voters who came
        r"kelgen\s+saılaýshy\w*|(?<!\w)kelgender(?!\w)"
    ),
    turnout_base_ballots=rx(r"daýys\s+bergenderdiń|qatysqandardyń"),
    vote_word=rx(
        r"(?:ekinshi|úshinshi|tórtinshi)\s+oryn\w*|daýys\w*|qolda\w*|senim\s+bildir\w*"
        # "1816 saılaýshynyń senimin ıelengen X": won the trust of N voters
        r"|senim\w*\s+ıelen\w*"
    ),
    candidate_word=rx(
        r"(?:ekinshi|úshinshi|tórtinshi)\s+oryn\w*|úmitker\w*|kandıdat\w*|usyn\w*|jınady|daýys|saılandy|jeńiske|básekeles\w*|qarsylas\w*|"
        r"ozyp|basyp\s+ozdy|jeńip|saılady|tańdady"
        # "ákim bolýǵa ekeý talasty: X, Y": those who competed for the post
        r"|talasty|talasqan|baq\s+syna\w*"
    ),
    elected=rx(
        CHOICE_WON + r"saılanýy\w*|"
        r"basym\s+tústi|tańdaldy|"
        r"daýyspen\s+(?:alǵa|ozyp)\s+shyqty|kópshiligi\s+(?:[\w-]+\s+){0,5}?daýys\s+berdi|jeńis\s+(?:[\w«»“”,-]+\s+){0,16}?buıyrdy|jeńiske\s+jetken|tańdaýy\s+(?:[\w-]+\s+){0,3}?tústi|ákimi\s+bolyp\s+(?:[\w-]+\s+){0,8}?qaldy|saılandy|saılanǵan|jeńiske\s+(?:[\w,-]+\s+){0,14}?jetti|jeńimpaz\w*|saılaýshy\w*\s+(?:[\w-]+\s+){0,4}?senim\s+artty|eń\s+kóp\s+da(?:ýys|ýsy)|kóp\s+daýys\s+jınaǵan|"
        r"ákimi\s+bolyp|\bákim(?:i)?\s+boldy\b|jańa\s+ákimi|\bsaılady\b|\btańdady\b|\bjeńdi\b|\bjeńip\s+shyqty|"
        r"ákimi\s+boldy|basqaratyn\s+boldy|\bbasqarady\b|ornynda\s+qaldy|qaıta\s+saılandy"
        # "... daýys jınaǵan X aýdan basshysy atandy": became the district's head
        r"|(?:basshysy|ákimi)\s+atandy"
        # "Eń egde ákim – ... X": the youngest or oldest of those elected
        r"|eń\s+(?:jas|egde|úlken)\s+ákim\w*\s*[–—-](?=[^.]{0,200}?(?:okrý?g|aýdan|aýyl|qala|kent))"
        "|" + POST_TAKEN
    ),
    loser=rx(r"(?:ekinshi|úshinshi|tórtinshi)\s+oryn\w*|eń\s+az|básekeles\w*|qarsylas\w*"),
    anaphor=rx(r"\b(?:oǵan|ol|ony|onyń)\b"),
    respectively=rx(r"sáıkesinshe|tıisinshe|retimen"),
    official=rx(r"tóraǵa\w*|hatshy\w*|málim\s+etti|habarlady|atap\s+ótti|aıtty"),
    all_candidates=rx(
        r"barlyǵy|bári|ekeýi|úsheýi|tórteýi|beseýi|úsh\s+úmitkerdiń|barlyq\s+úmitker|"
        r"\b(?:eki|úsh|tórt|bes)\s+úmitker\w*\s+de\b"
    ),
    beat=rx(r"ozyp\s+(?:ketti|shyqty)|basyp\s+ozdy|jeńip\s+(?:shyqty|ketti)"),
    led=rx(r"basqarǵan|basqardy|basqaryp\s+kelgen|ákimi\s+bolyp\s+taǵaıyndal\w*|ákimi\s+bolǵan"),
    job=rx(
        r"basqarǵan|basshy\w*|orynbasar\w*|bólim\w*|maman\w*|apparat\w*|dırektor\w*|istegen|isteıdi"
    ),
    this_is=rx(r"^\W*bul\b"),
    most_votes=rx(r"eń\s+kóp\s+da(?:ýys|ýsy)"),
    refers_back=rx(
        r"^\W*(?:ony|ol|onyń)\b"
        # "Saılaýǵa ózin-ózi usyný tártibimen túsken": no subject, the person just named
        r"|^\W*saılaýǵa\s+(?:[\w-]+\s+){0,5}?túsken"
        # "Saılaýǵa óz kandıdatýrasyn ózi usynǵan, ...": the same, put forward by himself
        r"|^\W*saılaýǵa\s+(?:[\w-]+\s+){0,4}?usynǵan"
    ),
    the_winner=rx(r"^\W*(?:jańa\s+ákim|jeńimpaz)"),
    both=rx(
        r"\bekeý(?:i|in|ine|iniń)\b|\beki\s+jeńimpaz|"
        r"\beki\s+(?:[\w-]+\s+){0,3}?saılanǵan\s+(?:azamattar|ákimder)"
    ),
    they=rx(r"\bolar\b"),
    background=rx(
        r"eske\s+sal(?!.*(?:saılan|jeńis|daýys\s+jına))|buǵan\s+deıin\s+habarlanǵandaı|"
        r"aldyńǵy\s+saılaý"
    ),
    total=rx(r"\b(?:jalpy|jıyny)\b"),
    several=rx(
        r"oblys\s+boıynsha|óńir\s+boıynsha|óńirde|oblysta|el\s+boıynsha|elimizde|"
        r"respýblıka\s+boıynsha|barlyq\s+(?:aýdan|okrýg|qala|aýyl)\w*|"
        r"(?:eki|úsh|tórt|bes|\d+)\s+(?:aýdan|okrýg|qala|aýyl)\w*\s+boıynsha|"
        r"\b(?:eki|úsh|tórt|bes|\d+)\s+(?:aýdan|okrýg|qala|aýyl)\w*(?:da|de|ta|te)\b|"
        r"ákimderiniń|ákimderin|\d+\s+ákim\w*"
    ),
    not_a_count=rx(
        r"^\s*-?\s*(?:\w{0,4}\s+bıýlleten\w*\s+engizil\w*|(?:adamnyń|saılaýshynyń)\s+ishinen|ishinen|jas\w*|jyly|jylǵy|ýchaske\w*|saılaý\s+ýchaske\w*|komıssıa\w*|"
        r"úmitker\w*|kandıdat\w*|baqylaýshy\w*|múshe\w*|%|paıyz)"
    ),
)

# Words of this language the passes look for, by concept (see kzvotes.extract.wording)
WORDS: dict[str, str] = {
    # an organisation's name is no person's: "«X» kásiporny", "X JShS"
    # "X irgesindegi kent", "X mańyndaǵy aýyl": a place that only locates the contest's
    "near_after": r"irgesinde\w*|mańynda\w*|túbinde\w*|tóńireginde\w*",
    # "X atyndaǵy mektep": a name a building bears, no person
    "named_after_after": r"atyndaǵy|atyndagy|atynda",
    "organisation": (
        r"kompanıa\w*|kompaniya\w*|kásiporn\w*|seriktestig\w*|mekemes\w*|zaýyt\w*|"
        r"kooperatıv\w*|JShS|MKK"
    ),
    "for": r"úshin",
    # the unit a place name's neighbour names (kzvotes.extract.places), by gazetteer group
    "place_type_rural": r"aýyldyq|auyldyq|okrýg\w*|okrug\w*",
    "place_type_district": r"aýdan\w*|audan\w*",
    "place_type_region": r"oblys\w*",
    "place_type_city": r"qala\w*",
    "place_type_village": r"aýyl\w*|auyl\w*",
    # the unit words of a gazetteer name, stripped to leave the name ("Aqsý aýdany")
    # "в первом округе": the first (second) unit of the list just named
    "first_of_list": r"\bbirinshi\s+(?:aýyldyq\s+)?okrýg\w*",
    "second_of_list": r"\bekinshi\s+(?:aýyldyq\s+)?okrýg\w*",
    "place_unit_name": r"aýdany|oblysy|qalasy|aýyldyq okrýgi",
    # the word "year" after a date's year ("2023 jyl"), and before its day ("2023 jylǵy 5 qarasha")
    # "zhyly", "zhylgy": the letter j typed "zh" as in the passport transliteration of ж
    "year_word": r"(?:j|zh)yl\w*",
    # "1962 jyly týǵan": a year of birth, never the year of a vote
    "born_after_year": r"týǵan\w*",
    "year_of": r"(?:j|zh)ylǵy",
    # the words of numbers (kzvotes.extract.numbers): "9 myń 779", "jýyq", "astam"
    "number_thousand": r"myń",
    "number_percent": r"paıyz\w*|payyz\w*",
    "number_approx_before": r"shamamen|shamasy|keminde",
    "number_approx_after": (
        r"juyq|jýyq|astam|artyq|shamasynda|myńǵa|myńnan|myń\b(?!\s*\d)|juyǵ|jýyǵ"
    ),
    "list_and": r"jáne|men",
    # "X pen Y ..., birinshisi jeńdi": the one of a named pair who is meant
    "pair_and": r"jáne|men|pen|ben",
    "pair_first": r"(?<!\w)birinshisi(?!\w)",
    "pair_second": r"(?<!\w)ekinshisi(?!\w)",
    # the word "party" before or after a party's name
    # the 2018 table writes и+я as "ıı" ("partııasynyń"), Kazinform prints "partıasy"
    "party_word": r"partıı?a\w*|partiya\w*",
    "party_word_possessive": r"partıı?asy|partiy?asy",
    # the genitive ending of a party's name: of the party, not its nominee
    "genitive": r"nyń|niń",
    # a party's nominee, after its name in the genitive ("partıasynyń úmitkeri")
    # "«Amanat» partıasynyń atynan túsken": ran on behalf of the party, its nominee
    "party_nominee": r"úmitker|kandıdat|atynan",
    # a self-nominated candidate: "ózin-ózi usynǵan", "óz betinshe"
    "self_nomination": r"ózin-?\s?ózi\s+usyn\w*|óz\s+betinshe|óz\s+kandıdatýrasyn\s+ózi\s+usyn\w*",
    "clock": r"saǵat\s+\d|túske\s+deıin",
    "percent": r"paıyz\w*",
    "and": r"jáne",
    "with": r"men|ben|pen",
    "people": r"saılaýshy\w*|daýys\w*",
    "of_them": r"olardyń",
    "including": r"onyń\s+ishinde",
    "that_is": r"nemese|bul",
    "share_link": r"\bbul\b|\bnemese\b",
    "turnout_word": r"belsendil\w*",
    "share_base": r"(?:daýys\s+bergen|saılaýǵa\s+qatysqan)",
    "plural_nomination": r"^[\s,]{0,3}(?:úmitkerler\w*|kandıdattar\w*)",
    "former": r"buryńǵy|bolǵan|buryn|buǵan\s+deıin|saılaýǵa\s+deıin",
    "epithet": r"(?!)",
    "winners": r"jeńimpazdar\w*",
    # "№ 467 ýchaskede 939 saılaýshy daýys berdi": one polling station's figures
    "one_station": r"№\s*\d+\s+(?:saılaý\s+)?[ýu]chaske\w*",
    # "Birinshisi 302 daýys, ekinshisi 398 daýys aldy": the two just named
    "ordinal_first": r"birinshis\w*",
    "ordinal_second": r"ekinshis\w*",
    # "Qobda aýdanynda bes úmitker baq synady:": a list of the contest's candidates
    "race_heading": r"úmitker\w*|kandıdat\w*|baq\s+syna\w*",
    # "onyń qarsylasy Y": a rival of the person just named
    "rival_of": r"onyń\s+(?:jalǵyz\s+)?(?:qarsylas|básekeles)\w*",
    # "2490 saılaýshy, olardyń 1797-si": the voters a part of whom voted
    "of_whom": r"olardyń",
    # "4591 adam engizilgen, onyń 2526-sy daýys berdi": a part of the figure before
    "part_of": r"onyń",
    # "tirkelgen 2490 saılaýshy": the voters on the list
    "registered_before": r"tirkelgen|tirkeldi",
    "voters_noun": r"saılaýshy\w*|turǵyn\w*|adam",
    # the verb of a candidate's count, after an aside: "X, born in 1963, took 1,498 votes"
    "scored": r"aldy|jınady|jınap",
    "voters_of": r"saılaýshy(?:nyń|lardyń)(?!\w)",
    # "X aýdany — Y, qazirgi ákim, ornynda qaldy": an item's aside telling the post kept
    "item_kept": r"ornynda\s+qal\w*|qaıta\s+saılandy|laýazymyn\s+saqta\w*",
    # "X aýdany — Y (jeńilip qaldy)": an item's aside telling a loss
    "item_lost": r"jeńil(?:ip|di|gen|is)\w*|utyl(?:dy|ǵan|yp)\w*",
    # "okrýgtiń 1106 saılaýshysynyń 645-i": the voters of a place named before, in the
    # genitive of the possessive, then the count of its part
    "voters_of_place": r"saılaýshy(?:synyń|larynyń)(?!\w)",
    "got": r"saılaýshy\w*\s+senimine\s+ıe\s+bolǵan|daýys\s+alǵan|daýys\s+jınaǵan",
    # "qalǵan eki kandıdat", "two remaining": the rest of the candidates, before or after a numeral
    "remaining": r"qalǵan|basqa",
    "few": r"eki|úsh|tórt|bes|ekeýi|úsheýi",
    "split": r"\bbireýi|\bbiri\b|\bqalǵany",
    "age_before": r"\bjasy|\bjasynda",
    "age_after": r"jast\w*|jas\b",
    "voter": r"saılaýshy\b|turǵyn\b|zeınetker\b",
    "title": (
        r"tilshi\w*|tóraǵa\w*|hatshy\w*|keńesshi\w*|oblys\s+ákimi"
        r"|prezıdent\w*"
    ),
    "body_word": r"aýmaqtyq|aımaqtyq|aýdandyq|qalalyq|oblystyq|óńirlik|saılaý\w*|komıss\w*",
    "according_to": r"\bdedi",
    "said": r"atap\s+ótti|dedi|aıtty|málim\s+etti|habarlady|túsindirdi",
    "withdrew": r"kandıdatýrasyn\s+(?:\w+\s+)?(?:alyp\s+tasta|qaıtaryp\s+al)\w*|saılaýdan\s+shyqty",
    "other_subject": r"\b(?:keıin|soń|úmitker\w*)\b",
    "member": r"múshe\w*|keńesshi\w*|qyzmetker\w*",
    "join": r"\b(?:jáne|olardyń)\b",
    "age_word": r"jas\w*",
    "candidate_noun": r"úmitker|kandıdat|kandidat",
    # "eki daýys aıyrmasy", "úsh daýys artyq": a margin, not a count
    "margin_before": r"aıyrma\w*",
    "margin_after": r"artyq|kem|kóp|aıyrma\w*",
    # "úsh daýys", "alty bıýlleten": the nouns a count of votes written as a word stands before
    "counted_noun": r"daýys\w*|bıýlleten\w*",
    # "syrttaı daýys berý kýáligimen eshkim daýys bermedi": nobody, a count of zero, and the
    # figures it may be of
    "zero_count": r"eshkim|joq",
    # "графу «против всех» выбрали шесть человек": people counted in words, read only
    # beside the words of a figure (zero_figure)
    "people_counted": r"adam\w*|saılaýshy\w*",
    # "vahtashylarǵa daýys berýge jaǵdaı jasaldy: ... 480": the means to vote given to a
    # group, no count of those who voted
    "means_to_vote": r"daýys\s+berý(?:ge|i\w*)\s+(?:[\w-]+\s+){0,2}?jaǵdaı\w*",
    "zero_figure": r"syrttaı|kýáli\w*|úıden|úı-jaı\w*\s+tys|jaramsyz\w*|barlyǵyna\s+qarsy",
    "votes": r"daýys\w*",
    "akim": r"ákim",
    "clock_word": r"saǵat",
    "today": r"búgin",
    "kind_results": (
        CHOICE_WON +
        # "8419 daýys — ... X-qa berilgen daýys sany": a lede printing a count of votes
        # first, then the person (a capitalised name in the dative or genitive) it is of
        r"(?<![\d\s])\s*\d[\d\s]*\s+daýys\s*[–—-]\s[^.]{0,200}?(?-i:[A-ZÁǴҚŃÓUÚІÝ])[\w-]+(?:qa|ke|ǵa|ge|tyń|tiń|dyń|diń|nyń|niń)\s+(?:berilgen|jınalǵan|jınaǵan|alǵan)\s+daýys(?:\s+sany|tar\s+sany|y)(?!\w)|"
        # "eń kóp daýysty X jınady": the most votes, collected by a person named
        r"eń\s+kóp\s+daýys\w*\s+(?-i:[A-ZÁǴÓÚÝŃ])[\w-]+(?:\s+(?-i:[A-ZÁǴÓÚÝŃ])[\w-]+)?\s+jınady|"
        # a heading of results then a name with its votes
        r"\b(?:nátıje|nátıjesi|nátıjeleri|qorytyndysy)\s*:[^.]{0,80}?(?-i:[A-ZÁǴÓÚÝŃ])\w+\s*[(–—-]?\s*\d[\d\s]*\s*daýys|"
        # counts of two people in the dative before one verb: "X-ke 500, Y-qa 268 daýys berdi"
        r"(?-i:[A-ZÁǴÓÚÝŃ])[\w-]+(?:qa|ke|ǵa|ge)\s+\d[\d\s]*,\s+(?:[\w-]+\s+){0,3}?(?-i:[A-ZÁǴÓÚÝŃ])[\w-]+(?:qa|ke|ǵa|ge)\s+\d[\d\s]*\s+(?:saılaýshy\w*\s+)?daýys\s+berdi|"
        # "X-ty ákim bolyp saılanýymen quttyqtady"
        r"(?-i:[A-ZÁǴÓÚÝŃ])[\w-]+(?:ty|ti|dy|di|ny|ni)\s+(?:[\w-]+\s+){0,6}?saılanýy\w*\s+(?:[\w-]+\s+){0,2}?quttyqtady|"
        # "Muhamedııarovqa 8419 saılaýshy daýys berdi": the voters of a person, named in the dative
        r"(?-i:[A-ZÁǴÓÚÝŃ])[\w-]+(?:qa|ke|ǵa|ge)\s+\d[\d\s]*(?:-[a-zı]+)?\s*saılaýshy\w*\s+daýys\s+berdi|"
        # "X basym tústi" (prevailed), "ákimi bolyp X tańdaldy" (was chosen)
        r"basym\s+tústi|ákimi\s+bolyp\s+(?:[\w-]+\s+){0,4}?tańdaldy|"
        # "округінің жаңа әкімі – X": the new akim named after a dash
        r"jańa\s+ákimi\s*[–—-]\s*(?-i:[A-ZÁǴÓÚÝŃ])|"
        r"(?:[–—-]\s*\d[\d\s]*\d?\s+daýys\b[^.]{0,80}?){2}|daýyspen\s+(?:alǵa|ozyp)\s+shyqty|kópshiligi\s+(?:[\w-]+\s+){0,5}?daýys\s+berdi|jeńis\s+(?:[\w«»“”,-]+\s+){0,16}?buıyrdy|saılaý\w*\s+nátıje\w*(?![^.]{0,60}(?:shyǵarylady|jarııalanady|belgili\s+bolady))|jeńimpaz\s+(?:atandy|boldy)|daýys\s+jınap|saılaý\w*\s+qorytyndy\w*(?![^.]{0,60}(?:shyǵarylady|jarııalanady|belgili\s+bolady))|tańdaýy\s+(?:[\w-]+\s+){0,3}?tústi|ákimi\s+bolyp\s+(?:[\w-]+\s+){0,8}?qaldy|daýys\s+berildi|\bsaılady\b|saılandy|jeńiske\s+(?:[\w,-]+\s+){0,14}?jetti|daýys\s+jınady|daýys\s+alǵan|daýys\s+aldy|\bjeńdi\b"
        # "X aýdan basshysy atandy": became the district's head
        r"|(?:basshysy|ákimi)\s+atandy"
        # "Eń jas ákim – ... X": a winner named as the youngest or oldest
        # with the unit of its place in the sentence (a summary naming nobody's place is none)
        r"|eń\s+(?:jas|egde|úlken)\s+ákim\w*\s*[–—-](?=[^.]{0,200}?(?:okrý?g|aýdan|aýyl|qala|kent))[^.]{0,120}?(?-i:[A-ZÁǴÓÚÝŃ])\w+\s+(?-i:[A-ZÁǴÓÚÝŃ])"
        # "| Daýys bergeni | Jeńimpaz |": a table with a column of those elected
        r"|\|\s*(?:jeńimpaz(?:dar)?|saılanǵan(?:\s+ákim)?|jańa\s+ákim)\s*(?:\||\n|$)"
        # "Saılandy | 2025 jylǵy 12 qazan": a card's row of the election with its date
        r"|(?<!\w)saılandy\s*[|:]\s*(?:\d{4}\s+jyl\w*\s+\d{1,2}\s+\w{3,9}|\d{1,2}\s+\w{3,9}\s+\d{4})"
        # "| Kandıdat | Daýys |": a table with a column of votes
        r"|\|\s*daýys(?:tar)?(?:\s+sany)?\s*(?:\||\n|$)"
    ),
    "kind_day_weak": r"\w+(?:yp|ip|p)\s+jatyr|\d{1,2}[:.]\d{2}\s*(?:-ge|-ke|-ga|-ǵa|-qa)?\s*(?:deıin|qaraı)|saǵat\s+\d{1,2}",
    # what a progressive or an hour must speak of to be a sign of the voting day
    "kind_day_subject": r"saıla\w*|daýys\w*|ýchaske\w*|bıýlleten\w*|qatys\w*|kelip|keldi",
    # the steps before a vote: nominations, registration, campaigning
    "kind_campaign_step": r"usyný\b|tirkeý\w*|úgit\w*",
    # a vote held, told after it ("Daýys berýge 20 381 saılaýshy qatysty", "saılaý ... ótti")
    "kind_vote_held": (
        r"(?:daýys\s+berýge|saılaýǵa)\s+(?:[\w-]+\s+){0,3}?qatysty|"
        r"(?<!\w)saılaý(?:y)?\s+(?:[\w.,-]+\s+){0,6}?ótti\b"
    ),
    "kind_voting_day": (
        # "қазірдің өзінде 400 тұрғын дауыс берді": already, by this hour
        r"qazirdiń\s+ózinde\s+(?:[\w-]+\s+){0,6}?daýys\s+berdi|saǵat\s+\d{1,2}[:.]\d{2}\s*(?:-ge|-ke|-ǵa|-qa|-ga|-ka)?\s*(?:deıin|qaraı)[^.]{0,160}?(?:daýys\s+berdi|qatysty|keldi)|(?<!daıyndyq\s)(?<!\w)\w+(?:yp|ip|p)\s+jatyr\b|qatysýda|ótýde|daýys\s+berýde|tańdaý\s+jasaýda|úlgerdi|túske\s+(?:deıin|qaraı)|saǵat\s+\d{1,2}|saılaý\w*\s+bastaldy|daýys\s+berý\s+bastaldy|ýchaske\w*\s+ashyl(?:dy|ǵan|yp)|(?<!daıyndyq\s)jú?rip\s+jatyr|ashyldy|№\s*\d+\s+(?:saılaý\s+)?ýchaske\w*|\d{1,2}[:.]\d{2}\s*(?:-ge|-ke|-ga|-qa)?\s*(?:deıin|qaraı)"
        # "saǵat 07.00-degi jaǵdaı boıynsha ... ýchaskelerde daýys berýge kiristi": as of an
        # hour, the polls set to work
        r"|saǵat\s+\d{1,2}[:.]\s?\d{2}\s*-?\w*\s+jaǵdaı\s+boıynsha|(?:daýys\s+berýge|daýystardy\s+sanaýǵa)\s+kiris(?:ti|ip)"
        # "búgingi saılaýǵa alǵashqylardyń biri bolyp kelip, daýysyn berdi": today's vote,
        # a voter among the first
        r"|alǵashqylardyń\s+biri\s+bolyp\s+(?:[\w–-]+\s+){0,12}?(?:daýys\w*\s+ber\w*|kel(?:di|se|ip))|(?<!\w)búgingi\s+saılaý\w*"
    ),
    # past registration in a summary of akims elected ("122 kandıdat tirkeldi")
    "kind_announce_past": r"tirkeldi",
    # a law's article cited ("113-1-babyna sáıkes"): with no day of a vote named, a
    # message explaining how elections work, not calling one
    "kind_law_article": r"\d+(?:-\d+)?-ba[bp]\w*",
    # a visit or a working trip: a vote to come named as its purpose calls no vote
    "kind_visit": r"jumys\s+sapar\w*|saparmen\s+bar\w*",
    # "Saılaý kúni – 5 qarasha": the day of a vote to come, after a dash
    # "saılaýy qarsańynda": on the eve of a vote
    # "oblys ákiminiń mindetin ýaqytsha atqarýshy bolyp X taǵaıyndaldy": an acting akim
    # appointed; the word of a vote called, said of a post filled, calls no vote
    "kind_appointment": r"mindetin\s+(?:ýaqytsha\s+)?atqarýshy\s+(?:bolyp\s+)?(?:(?!saılaý)[\w-]+\s+){0,4}?taǵaıyndal\w*|ýaqytsha\s+ákim\w*\s+(?:bolyp\s+)?(?:(?!saılaý)[\w-]+\s+){0,4}?taǵaıyndal\w*",
    "kind_announce": r"qarsańynda|saılaý\s+kúni\s*[–—:-]\s*\d|taǵaıyndaldy|ótedi|tirkeldi|tirkelip|tirkeý\w*|belgilen\w*|ótetin|daıyndyq|saılanady|aıaqtalady|shyǵarylady"
    # "14 úmitker qujat tapsyrdy", "5 qarashada ákimin saılaıdy", "saılaý ótkiziledi": the
    # candidates' papers filed, a vote to come
    r"|qujat\w*\s+(?:[\w-]+\s+)?(?:tapsyr|ótkiz)\w*|(?<!\w)saılaıdy\b|ótkiziledi",
    # electors who vote, not electors met in a campaign ("tańdaýshylarmen kezdesý")
    "kind_indirect": r"(?<!\w)tańdaýshy(?!\w*men\b)\w*|máslıhat\w*\s+(?:[\w-]+\s+){0,2}?sessıa\w*|sessıasynda\s+depýtattar|máslıhat\w*\s+depýtattar\w*.{0,80}(?:saılady|saılandy|kelisim|daýys|tańdady|qoldady)|(?<!\w)\d+\s+depýtat(?:y|tyń)?\s+(?:[\w-]+\s+){0,3}?(?:qoldady|daýys\s+berdi|tańdady|saılady)",
    "kind_recalled": r"aldyńǵy\s+saılaý|\bedi\b|bolatyn|eske\s+sala",
    "kind_other_election": r"máslıhat\w*\s+(?:[\w-]+\s+){0,3}?qosymsha\s+saılaý\w*|depýtat\w*\s+(?:[\w-]+\s+){0,3}?ornyna\s+(?:[\w-]+\s+){0,3}?saılaý\w*|senat\w*\s+saılaý\w*|senat\w*\s+depýtat\w*|máslıhat\w*\s+depýtat\w*\s+saılaý\w*|depýtattyqqa|májilis\w*\s+saılaý\w*|prezıdent\w*\s+saılaý(?!\s+zań)\w*",
    # "taǵy bes aýyldyq okrýgte saılaý ótedi": further votes elsewhere, told after a vote held
    "kind_announce_more": r"(?<!\w)taǵy\s+(?:\d+|bir|eki|úsh|tórt|bes|alty|jeti|segiz|toǵyz|on)(?!\w)|(?<!\w)taǵy\s+(?:[\w-]+\s+){0,2}?(?:okrýg|aýyl|aýdan)\w*",
    # "qaıta saılaý 20 qyrkúıekte ótedi": a repeat vote named in a message about one held
    # is a further vote ("qaıta saılaý taǵaıyndaýǵa negiz joq": none is called)
    "kind_repeat_vote": r"qaıta\s+saılaý\w*|qaıta\s+daýys\s+ber\w*",
    # the wordings of a post taken (POST_TAKEN, above): words of a result too
    "kind_post_taken": POST_TAKEN,
    # "aýyl ákimderin saılaý aıaqtaldy", "saılaý naýqanyn qorytyndylady": the round told as
    # over, a vote held
    "kind_round_over": r"saılaý\w*\s+(?:[\w-]+\s+){0,2}?aıaqtaldy|naýqan\w*\s+(?:[\w-]+\s+){0,2}?(?:aıaqtaldy|qorytyndyla\w*)",
    # "burynǵy aýdan ákimi jeńdi", "ákim orynbasary": an akim named as a person's post
    "akim_as_title": r"burynǵy\s+(?:[\w-]+\s+){0,2}?ákim\w*|ákim\w*\s+orynbasar\w*",
    "kind_year": r"(?<!\w)(?:19|20)\d\d\s+jyly\b(?!\s+týǵan)",
    "kind_void": r"nátıje\w*\s+(?:[\w-]+\s+){0,3}?joıyl\w*|ótpedi\s+dep\s+tanyldy",
    # readers who vote ("4 210 oqyrman daýys berdi"), not readers addressed
    # ("oqyrmandardan keshirim suraımyz" under a correction)
    "kind_poll": r"(?<!\w)(?:saýalnama\w*|reıting\w*|ashyq\s+daýys\s+berý)|\d[\d\s]*\s+oqyrman\w*|(?<!\w)oqyrman\w*\s+(?:[\w-]+\s+){0,3}?(?:daýys|tańda|qolda)\w*",
    "kind_wish": r"bolsa\s+eken|bolsyn\b|dep\s+senemin|dep\s+úmitten\w*",
    # "итоги выборов акимов в 17 областях": a summary over several regions, no contest
    "kind_summary_regions": r"\d+\s+(?:oblysta|oblysynda|óńirde)\b",
    "kind_summary": r"(?<!\w)(?:eki|úsh|tórt|bes|alty|jeti|segiz|toǵyz|on)\s+(?:[\w-]+\s+){0,2}?ákim\w*\s+saılandy\W*$|jyl\s+basynan|orta(?:sha)?\s+jas\w*|ákimderi\s+(?:[\w-]+\s+){0,2}?saılandy\W*$|ákimder(?:i|in|iniń)?\s+saılaý\w*\s+(?:nátıje|qorytyndy)\w*(?!\w|\s*:)",
    "unit_after": r"qala(?:sy|synyń|synda|synan)?\b|aýyly(?:nyń|nda|nan)?\b|aýyldyq\s+okrýg\w*|kenti\w*|aýdany\w*",
    "commission": r"komıss\w*",
    "subunit": r"aýyldyq\s+okrýg\w*|aýyl(?:y|ynda|ynyń|ynan)?\b|kent\w*",
    # "qala ákimin saılaý": the akim of a town
    "town": r"qala(?:sy|synyń|nyń)?\b",
    "rural_district": r"aýyldyq\s+okrýg\w*",
    "read_also": r"sondaı-aq\s+oqyńyz|oqı\s+otyryńyz|taqyrypqa\s+qatysty|uqsas\s+jańalyqtar|sońǵy\s+jańalyqtar",
    # page furniture (kzvotes.extract.segment): a view counter, a photo credit, a source line
    "page_views": r"oqyldy|qaraldy|qaralym\w*",
    "photo_credit": r"foto\w*|sýret\w*|suret\w*",
    "source_line": r"derekkóz\w*|derekkoz\w*",
    # a photo credit standing on its own line, without its colon: "Sýretti túsirgen X"
    "photo_credit_line": r"(?:s[uý]ret(?:ti|ter(?:di)?)?|foto(?:ny|lar(?:dy)?)?)\s+t[uú]sirgen|(?:s[uý]ret|foto)(?:\s+avtory)?",
    "rubric": r"saıasat|saiasat|jańalyqtar|qoǵam|aımaq|aımaqtar",
    "results_heading": r"qorytyndy\w*|nátıje\w*",
    "date_election": r"saılaý|saılady|daýys|tańda|saılandy|ákimi|saılaýshy",
    "date_vote_word": r"saılaý\w*|daýys\s+ber\w*|ótti|ótken|saılandy",
    "date_announced": r"jarıa\w*|habarla\w*"
    # "nátıjesi búgin belgili boldy": the day the result was known, not of the vote
    r"|belgili\s+boldy",
    "date_pluperfect": r"ótken\s+bolatyn|ótken\s+edi|saılanǵan\s+bolatyn|saılanǵan\s+edi|\w+(?:ǵan|gen|qan|ken)\s+edi\b",
    # "Sol saılaýda X ... jınady": a sentence about the vote the sentence before dated
    "date_that_election": r"\bsol\s+saılaý\w*",
    "date_last_sunday": r"ótken\s+jeksenbi|jeksenbi",
    # "14 qazanda qyzmetine kiristi": the day of taking office, not of the vote
    # "31 shildeden bastap ... ákimi bolyp saılandy": the day a term begins, not the vote's
    "date_took_office": r"(?<!\w)bastap(?!\w)|qyzmet\w*\s+(?:resmı\s+)?kiristi|laýazym\w*\s+kiristi"
    # "15 qazan kúni qyzmetinen bosatyldy": the day one left office
    r"|(?:qyzmet|laýazym)\w*\s+bosatyl\w*",
    "date_previous": r"aldyńǵy|buryńǵy|ótken\s+jolǵy",
    # "saılaý kúni dep 15 jeltoqsandy belgilegen": the day set for a vote to come
    "date_set_after": r"belgile(?:gen|di)(?!\w)|taǵaıynda(?:ǵan|dy)(?!\w)",
    "date_set_before": r"(?!)",
    "date_today": r"\bbúgin\b",
    "date_yesterday": r"\bkeshe\b",
    "date_not_the_vote": r"saılaý\s+komıss\w*",
    # "Daýys berý kúni: 11 qańtar 2026 jyl": the label of the vote's own date
    "date_vote_label": r"daýys\s+berý\s+kúni|saılaý\s+(?:ótkizilgen\s+)?kúni",
    # the locative ending glued to a place name ("Esilde", in Esil): the word opens a clause
    # about that place and is never a first name, even before a surname
    "locative": r"(?:n?da|n?de|ta|te)",
    # "-тікі" glued to a surname: "the one of" ("Жағыпаровтікі – 358", Zhagyparov's is 358)
    "belonging": r"(?:niki|diki|tiki)",
    "not_a_name": (
        "memlekettik|jeńiske|buryn|zeınetker|stýdent|muǵalim|saılaýshy|turǵyn|barlyǵyna|básekelesteri|búgin|daýys|elektorat|nátıjesi|nátıjesinde|olardyń|"
        "qarsy|qarsylastary|qarsylasy|qatar|qorytyndy|nátıje|qorytyndysy|qorytyndysynda|saılaý|"
        "saılaýshylar|sonymen|ákim|ákimi|ózin-ózi|úmitker"
        # a role opening a sentence before the name: "Jeńimpaz X", "Ekinshi orynda X"
        "|jeńimpaz|jeńimpazy|ekinshi|úshinshi|orynda"
        # a conjunction or a pronoun opening a sentence: "Al Serik ...", "Biraq X ..."
        "|al|biraq|alaıda|sondaı-aq|osylaısha|keıin|bul|olar|onyń|sol"
        # a unit's common noun in the locative opening a sentence ("Aýdanda X 391 daýys
        # aldy"): "in the district", never a first name
        "|aýdanda|aýylda|okrýgte|okrýginde|oblysta|oblysynda|qalada|kentte|eldi|mekende"
        # a head of state named in a background sentence is never the candidate
        "|prezıdent|prezıdenttiń"
        # a collective numeral ("Úsheýin de «AMANAT» usynǵan", AMANAT put up all three):
        # the people named before, never a name
        "|ekeýi|ekeýin|ekeýine|úsheýi|úsheýin|úsheýine|tórteýi|tórteýin|beseýi|beseýin"
        # the heading of a table's columns glued to its first row ("Kandıdat | Usynǵan |
        # Daýys | Úlesi X Y |"): the share, the nominator, the candidate
        "|úlesi|usynǵan|kandıdat"
    ),
    # a country or a state ("Қазақстан Республикасының"): never a person's name
    "not_a_name_state": "respýblıka|respýblıkasy|respýblıkasynyń|respýblıkasynda|respublika|respublikasy|respublikasynyń|memleket|memleketi",
    # the country's name and the word for a republic in any case ("Qazaqstan Respýblıkasyndaǵy", "Qazaqstannyń"): a
    # word beginning so is never a person's name (a pattern, matched against a whole word)
    "not_a_name_state_stem": r"resp[uý]bl[iı]k\w*|qazaqstan\w*|kazakhstan\w*",
    # the headings of a table's columns ("Eldi meken | Saılaýshy | Daýys bergeni |
    # Jeńimpaz"): a table of places, one contest a row
    "column_place": r"eldi\s+meken(?:der)?|aýyldyq\s+okrýg|okrýg|aýyl|aýdan",
    "column_registered": r"saılaýshy(?:lar)?(?:\s+sany)?|tizimde(?:gi)?(?:\s+saılaýshylar)?|saılaýshylar\s+tiziminde",
    "column_ballots": r"daýys\s+ber(?:gen|geni|gender)(?:\s+sany)?|qatysqan(?:dar|y)?|qatysty",
    "column_winner": r"jeńimpaz|saılanǵan(?:\s+ákim)?|saılandy|jańa\s+ákim",
    "column_nominator": r"usynǵan|usynýshy|kim\s+usynǵan|partııa",
    "column_candidate": r"kandıdat(?:tar)?|úmitker(?:ler)?",
    "column_votes": r"daýys(?:tar)?(?:\s+sany)?",
    "column_share": r"úlesi|%|paıyz(?:y)?",
    # the labels of a card's rows ("Ákim | X", "Saılandy | 2025 jylǵy 12 qazan")
    "card_person": r"ákim|jeńimpaz",
    "card_elected": r"saılandy|saılanǵan\s+kúni",
    "card_nominator": r"usynǵan|partııa(?:sy)?",
    "card_votes": r"daýys(?:tar|y)?|nátıje(?:si)?",
    "card_others": r"qarsylastary|basqa\s+(?:kandıdattar|úmitkerler)",
    # a person described by a role that is no candidate's (kzvotes.extract.people): a voter,
    # a student, an observer interviewed; a candidate so described shows a result after it
    "person_role": r"stýdent\w*|student\w*|oqýshy\w*|zeınetker\w*|ardager\w*|baıqaýshy\w*|erikti\w*|jýrnalıst\w*|tilshi\w*|turǵyn\w*|saılaýshy\w*|aqsaqal\w*|qarıa\w*",
    # page furniture that names people of no contest (kzvotes.extract.segment): a short
    # paragraph opening with its label and a colon ("Tilshi: X", "Tegter: ...")
    "furniture_label": r"avtor\w*|tilshi\w*|redaktor\w*|(?:jaýapty|bas)\s+redaktor|teg\w*|daıyndaǵan|telefon\w*|redaksııa\s+telefony|mekenjaı\w*|e-?mail",
    # ... or a paragraph of the label and names alone: "Tilshi Aıgerim Bekqyzy"
    "furniture_byline": r"avtor\w*|tilshi|redaktor|(?:jaýapty|bas)\s+redaktor",
    # "X kóshesindegi", "X dańǵyly": a name a street bears (kzvotes.extract.names)
    "street_after": r"kóshe\w*|dańǵyl\w*",
    # "1630 saılaýshy onyń jalǵyz qarsylasy X-ti qoldady": the winner's rival, an
    # apposition between the count of voters and the person they backed
    "rival_apposition": r"onyń\s+(?:jalǵyz\s+|basty\s+|negizgi\s+)?(?:qarsylas|básekeles)\w*",
    # "8419 daýys — ... X-qa berilgen daýys sany osyndaı": a lede printing the count
    # first, then, after the person, what the count is
    "count_defined_after_name": r"(?:berilgen|jınalǵan|jınaǵan|alǵan)\s+daýys(?:\s+sany|tar\s+sany|y)",
    # common words a place's key reaches only by a loose spelling or an ending that is no
    # case of it: "Alǵash ret" (for the first time) is not Alǵa, "Keńes" (council) not Kenes
    # and "Dostyq" (friendship) bare, without a unit word or a case (not "Teńiz", the sea:
    # loosely spelled it is the English "Teniz", the rural district heading its paragraph)
    "not_a_place": r"alǵash\w*|keńes\w*|dostyq",
    # "Buǵan deıin aýdanda ... saılandy": a sentence opening on "before this" tells of
    # another vote, background to the message (kzvotes.extract.classify)
    "kind_earlier": r"^\W*buǵan\s+deıin\b",
}

# Small numbers of people written as words ("two self-nominees remained"), by value
NUMBER_WORDS: dict[str, int] = {
    "eki": 2,
    "ekeýi": 2,
    "úsh": 3,
    "úsheýi": 3,
    "tórt": 4,
    "tórteýi": 4,
}

# "úsh daýys jınady": a count of votes written as a word, by value
VOTE_COUNT_WORDS: dict[str, int] = {
    "bir": 1, "eki": 2, "úsh": 3, "tórt": 4, "bes": 5, "alty": 6, "jeti": 7, "segiz": 8,
    "toǵyz": 9, "on": 10,
}  # fmt: skip
_TENS = {"on": 10, "jıyrma": 20, "otyz": 30, "qyryq": 40, "elý": 50, "alpys": 60,
         "jetpis": 70, "seksen": 80, "toqsan": 90}  # fmt: skip
# "on eki", "jıyrma bes": a ten and a unit
VOTE_COUNT_WORDS = tens_and_units(VOTE_COUNT_WORDS, _TENS)

# "eki júz on bes": the hundreds a count in words may open with, by value
HUNDRED_WORDS: dict[str, int] = {"júz": 100} | hundreds(VOTE_COUNT_WORDS, "júz")

# Abbreviated region names ("BQO-da", in West Kazakhstan), lower-cased, by the region's
# place_id; a case ending after a hyphen is cut before the look-up
REGION_ABBREVIATIONS: dict[str, str] = {"bqo": "KZ-27", "shqo": "KZ-63", "sqo": "KZ-59"}

# Party names that are common words too ("aýyl", village): a party only in quotes or next
# to the word "party"
COMMON_WORD_PARTY_NAMES: tuple[str, ...] = ("aýyl", "auyl", "adal")

# The months by number, as stems ("qarasha" of "qarashada"): a date's month word starts with one
MONTHS: dict[str, int] = {
    "qańtar": 1,
    "aqpan": 2,
    "naýryz": 3,
    "sáýir": 4,
    "mamyr": 5,
    "maýsym": 6,
    "shilde": 7,
    "tamyz": 8,
    "qyrkúıek": 9,
    "qazan": 10,
    "qarasha": 11,
    "jeltoqsan": 12,
}


def _plain(word: str) -> str:
    """A word as typed without diacritics ("naýryz" → "nauryz")."""
    return "".join(PLAIN_TYPING.get(ch, ch)[0] for ch in word)


# every word read in either typing (see PLAIN_TYPING); the lists of words that are no
# names are read word by word, not as patterns: they gain each word's plain typing
_WORD_LISTS = ("not_a_name", "not_a_name_state")
WORDS = {
    concept: (
        "|".join(dict.fromkeys([*pattern.split("|"), *map(_plain, pattern.split("|"))]))
        if concept in _WORD_LISTS
        else typed_plain_too(pattern)
    )
    for concept, pattern in WORDS.items()
}
NUMBER_WORDS |= {_plain(word): value for word, value in NUMBER_WORDS.items()}
VOTE_COUNT_WORDS |= {_plain(word): value for word, value in VOTE_COUNT_WORDS.items()}
HUNDRED_WORDS |= {_plain(word): value for word, value in HUNDRED_WORDS.items()}
MONTHS |= {_plain(stem): number for stem, number in MONTHS.items()}
# "zheltoqsan": the letter j typed "zh" as in the passport transliteration of ж
MONTHS |= {stem.replace("j", "zh"): number for stem, number in MONTHS.items() if "j" in stem}
