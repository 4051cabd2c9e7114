"""Kazakh (Cyrillic) formulae of the commissions' messages."""

from kzvotes.extract.cues import LanguageCues, rx
from kzvotes.extract.number_words import hundreds, tens_and_units

# The wordings of a post taken or a race won that name the winner ("сайлауды X ұтып алды",
# "ауданның тізгінін X ұстады"): one
# source, read as a winner's verb (CUES.elected) and as words of a result
# (WORDS["kind_post_taken"], the kind of the message)
POST_TAKEN = (
    # "сайлауды қазіргі әкім X ұтып алды": the election won (taken), as "жеңіп шықты"
    r"(?<!\w)(?:ұтып|жеңіп)\s+алды(?!\w)"
    # "ауданның тізгінін X ұстады": took the reins; "әкім лауазымын X иеленді": took the post
    r"|тізгінін\s+(?:[\w-]+\s+){0,3}?ұстады(?!\w)"
    r"|әкім\w*\s+(?:лауазым(?:ын|ды)|орнын|орынды)\s+иеленді(?!\w)"
)

# a result told by the voters' or the people's choice, or by the post going to a person:
# read as the winner's words (CUES.elected) and as words of results (kind_results) alike
CHOICE_WON = (
    # the majority's choice won: "most voters voted for X"
    r"басым\s+(?:бөлігі|көпшілігі)\s+(?:[\w-]+\s+){0,2}?дауыс\s+берді|"
    # "Қобда ауданының сайлаушылары X-ті таңдады": a place's voters choosing a person
    r"(?<!\w)(?:сайлаушылары|тұрғындары)\s+(?:[\w-]+\s+){1,4}?таңдады|"
    # "Х ауданында сайлаушылар Y-ті таңдады": the voters of a place named before them
    # choosing a person named in the accusative
    r"(?<!\w)(?:сайлаушылар|тұрғындар)\s+(?=(?-i:[А-ЯӘҒҚҢӨҰҮҺІ]))(?:[\w-]+\s+){0,2}?[\w-]+(?:ты|ті|ды|ді|ны|ні)\s+таңдады|"
    # "тұрғындардың көпшілігі X-ты қолдады": most of the voters supported (or chose) a
    # person
    r"(?<!\w)(?:сайлаушылардың|тұрғындардың|дауыс\s+бергендердің)\s+(?:басым\s+)?(?:көпшілігі|бөлігі)\s+(?:[\w-]+\s+){0,4}?[\w-]+(?:ты|ті|ды|ді|ны|ні)\s+(?:қолдады|таңдады)|"
    # "жұрт X-қа қайта сенім артты": the people (not only "the voters") trusted a person
    r"(?<!\w)(?:жұрт|халық|тұрғындар)\s+(?:[\w-]+\s+){0,4}?[\w-]+(?:қа|ке|ға|ге)\s+(?:қайта\s+)?сенім\s+(?:артты|білдірді)|"
    # "Балқаш ауданы — жеңімпаз X": the winner named after the word, in a list line
    r"(?<!\w)жеңімпаз\s*[:–—-]?\s*(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])[\w-]+\s+(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])[\w-]+|"
    # "аудан тізгіні ... X-қа тапсырылды": the district's reins handed to a person
    r"(?<!\w)(?:аудан\w*|округ\w*|ауыл\w*|қала\w*|кент\w*)\s+тізгіні\s+(?:[\w,-]+\s+){0,12}?[\w-]+(?:қа|ке|ға|ге)\s+(?:сеніп\s+)?тапсырылды|"
    # "әкімі лауазымы X-ке бұйырды": the post went to a person
    r"(?<!\w)лауазымы\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:қа|ке|ға|ге)\s+бұйырды|"
)


CUES = LanguageCues(
    language="kk",
    registered_voters=rx(
        r"тізім\w*|тіркелген|дауыс\s+беру\s+құқ\w*\s+бар|тіркелді|енгізіл\w*|сайлаушы\s+бар|дауыс\s+беруші\s+бар|"
        r"дауыс\s+беруге\s+құқ\w*|сайлаушылар\w*\s+(?:жалпы\s+)?саны|электорат"
        # "дауыс беруге жататын 18 452 адам": those entitled to vote, not those who voted
        r"|дауыс\s+беруге\s+жататын"
        # "220 761 адам сайлауға қатысуға құқылы": entitled to take part
        r"|қатысуға\s+құқ\w*"
    ),
    ballots_cast=rx(
        r"қатысты|қатысқан|учаске\w*\s+келген|учаске\w*\s+келді|дауыс\s+берді|дауыс\s+бергендер\w*|дауыс\s+берген|"
        r"бюллетень\s+алды|бюллетень\s+алған|бюллетеньдер\s+алды|дауыс\s+беруге(?!\s+құқ)|"
        # "1797-і дауыс беру құқығын пайдаланды": used the right to vote
        r"құқ\w*\s+пайдалан\w*"
        # "1 102 сайлаушы дауыс беру құқығын жүзеге асырды": carried out the right to vote
        r"|құқ\w*\s+жүзеге\s+асыр\w*"
        # "Дауыс беру құқығын 1 102 сайлаушы пайдаланды": the right before the count, the
        # verb of using it after the count and its noun
        r"|(?:^|(?<=^\s))(?:[^\W\d_]+\s+)?(?:пайдалан|жүзеге\s+асыр)\w*"
    ),
    absentee=rx(r"есептен\s+шығ\w*\s+куәлі\w*|сырттай|куәлі\w*"),
    outside_premises=rx(
        r"үйден|үйде|тұрған\s+жерінде|үй-жай\w*\s+тыс|учаске\w*\s+тыс|ғимарат\w*\s+тыс|"
        r"тыс\s+жерде"
    ),
    invalid_ballots=rx(r"жарамсыз\w*"),
    against_all=rx(
        r"барлығына\s+қарсы|барлық\s+кандидаттарға\s+қарсы"
        # a share of the voters against every candidate, singular or plural
        r"|барлық\s+кандидат\w*\s+қарсы"
    ),
    turnout=rx(
        r"пайызы|белсенділ\w*|қатысу\w*|қатысты|дауыс\s+берді|келуі|"
        # a row "Келген сайлаушылар – 64,2%": the voters who came
        r"келген\s+сайлаушы\w*|(?<!\w)келгендер(?!\w)"
    ),
    turnout_base_ballots=rx(r"дауыс\s+бергендердің|қатысқандардың"),
    vote_word=rx(
        r"(?:екінші|үшінші|төртінші)\s+орын\w*|дауыс\w*|қолда\w*|сенім\s+білдір\w*"
        # "1816 сайлаушының сенімін иеленген X": won the trust of N voters
        r"|сенім\w*\s+иелен\w*"
    ),
    candidate_word=rx(
        r"(?:екінші|үшінші|төртінші)\s+орын\w*|үміткер\w*|кандидат\w*|ұсын\w*|жинады|дауыс|сайланды|жеңіске|бәсекелес\w*|қарсылас\w*|"
        r"озып|басып\s+озды|жеңіп|сайлады|таңдады"
        # "әкім болуға екеу таласты: X, Y": those who competed for the post
        r"|таласты|таласқан|бақ\s+сына\w*"
    ),
    elected=rx(
        CHOICE_WON + r"сайлануы\w*|"
        r"басым\s+түсті|таңдалды|"
        r"дауыспен\s+(?:алға|озып)\s+шықты|көпшілігі\s+(?:[\w-]+\s+){0,5}?дауыс\s+берді|жеңіс\s+(?:[\w«»“”,-]+\s+){0,16}?бұйырды|жеңіске\s+жеткен|таңдауы\s+(?:[\w-]+\s+){0,3}?түсті|әкімі\s+болып\s+(?:[\w-]+\s+){0,8}?қалды|сайланды|сайланған|жеңіске\s+(?:[\w,-]+\s+){0,14}?жетті|жеңімпаз\w*|сайлаушы\w*\s+(?:[\w-]+\s+){0,4}?сенім\s+артты|ең\s+көп\s+да(?:уыс|усы)|көп\s+дауыс\s+жинаған|"
        r"әкімі\s+болып|(?<!\w)әкім(?:і)?\s+болды(?!\w)|жаңа\s+әкімі|\bсайлады\b|\bтаңдады\b|(?<!\w)жеңді(?!\w)|(?<!\w)жеңіп\s+шықты|"
        r"әкімі\s+болды|басқаратын\s+болды|(?<!\w)басқарады(?!\w)|орнында\s+қалды|қайта\s+сайланды"
        # "... дауыс жинаған Ренат Құрмамбаев аудан басшысы атанды": became the district's head
        r"|(?:басшысы|әкімі)\s+атанды"
        # "ең көп дауысты X жинады": the most votes, collected by X
        r"|ең\s+көп\s+дауыс\w*\s+(?=(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])[\w-]+(?:\s+(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])[\w-]+)?\s+жинады)"
        # "Ең егде әкім – ... Советқан Қалиев": the youngest or oldest of those elected
        r"|ең\s+(?:жас|егде|үлкен)\s+әкім\w*\s*[–—-](?=[^.]{0,200}?(?:округ|аудан|ауыл|қала|кент))"
        "|" + POST_TAKEN
    ),
    loser=rx(r"(?:екінші|үшінші|төртінші|кейінгі)\s+орын\w*|ең\s+аз|бәсекелес\w*|қарсылас\w*"),
    anaphor=rx(r"\b(?:оған|ол|оны|оның)\b"),
    respectively=rx(r"сәйкесінше|тиісінше|ретімен"),
    official=rx(r"төраға\w*|хатшы\w*|мәлім\s+етті|хабарлады|атап\s+өтті|айтты"),
    all_candidates=rx(
        r"барлығы|бәрі|екеуі|үшеуі|төртеуі|бесеуі|үш\s+үміткердің|барлық\s+үміткер|"
        r"(?<!\w)(?:екі|үш|төрт|бес)\s+үміткер\w*\s+де(?!\w)"
    ),
    beat=rx(r"озып\s+(?:кетті|шықты)|басып\s+озды|жеңіп\s+(?:шықты|кетті)"),
    led=rx(r"басқарған|басқарды|басқарып\s+келген|әкімі\s+болып\s+тағайындал\w*|әкімі\s+болған"),
    job=rx(
        r"басқарған|басшы\w*|орынбасар\w*|бөлім\w*|маман\w*|аппарат\w*|директор\w*|істеген|істейді"
    ),
    this_is=rx(r"^\W*бұл(?!\w)"),
    most_votes=rx(r"ең\s+көп\s+да(?:уыс|усы)"),
    refers_back=rx(
        r"^\W*(?:оны|ол|оның)(?!\w)"
        # "Сайлауға өзін-өзі ұсыну тәртібімен түскен": no subject, the person just named
        r"|^\W*сайлауға\s+(?:[\w-]+\s+){0,5}?түскен"
        # "Сайлауға өз кандидатурасын өзі ұсынған, ...": the same, put forward by himself
        r"|^\W*сайлауға\s+(?:[\w-]+\s+){0,4}?ұсынған"
    ),
    the_winner=rx(r"^\W*(?:жаңа\s+әкім|жеңімпаз)"),
    both=rx(
        r"(?<!\w)екеу(?:і|ін|іне|інің)(?!\w)|(?<!\w)екі\s+жеңімпаз|"
        r"(?<!\w)екі\s+(?:[\w-]+\s+){0,3}?сайланған\s+(?:азаматтар|әкімдер)"
    ),
    they=rx(r"(?<!\w)олар(?!\w)"),
    # "Еске сала кетейік" recalls the result itself in some messages: background only when
    # the sentence elects nobody
    background=rx(
        r"еске\s+сал(?!.*(?:сайлан|жеңіс|дауыс\s+жина))|бұған\s+дейін\s+хабарланғандай|"
        r"алдыңғы\s+сайлау"
    ),
    total=rx(r"(?<!\w)(?:жалпы|жиыны)(?!\w)"),
    several=rx(
        r"облыс\s+бойынша|өңір\s+бойынша|өңірде|облыста|ел\s+бойынша|елімізде|"
        r"республика\s+бойынша|барлық\s+(?:аудан|округ|қала|ауыл)\w*|"
        r"(?:екі|үш|төрт|бес|\d+)\s+(?:аудан|округ|қала|ауыл)\w*\s+бойынша|"
        r"(?<!\w)(?:екі|үш|төрт|бес|\d+)\s+(?:аудан|округ|қала|ауыл)\w*(?:да|де|та|те)(?!\w)|"
        r"әкімдерінің|әкімдерін|\d+\s+әкім\w*|"
        # "екі округтен 2850 сайлаушы", "екі ауыл тұрғындарының 80,8 пайызы": from or of
        # the residents of several units
        r"(?<!\w)(?:екі|қос|үш|төрт|бес|алты|\d+)\s+(?:ауылдық\s+)?(?:аудан|округ|қала|ауыл)\w*?"
        r"(?:нан|нен|тан|тен|дан|ден)(?!\w)|"
        r"(?<!\w)(?:екі|қос|үш|төрт|бес|алты|\d+)\s+(?:аудан|округ|қала|ауыл)\w*\s+тұрғын\w*"
    ),
    not_a_count=rx(
        # "6-ауы ғана қатысты": a collective numeral counts people of a set named before
        r"^\s*-?(?:ауы|еуі|уы|уі)(?!\w)|"
        r"^\s*-?\s*(?:\w{0,4}\s+бюллетень\w*\s+енгізіл\w*|(?:адамның|сайлаушының)\s+ішінен|ішінен|жас\w*|жылы|жылғы|учаске\w*|сайлау\s+учаске\w*|комиссия\w*|үміткер\w*|"
        r"кандидат\w*|бақылаушы\w*|мүше\w*|%|пайыз)"
    ),
)

# Words of this language the passes look for, by concept (see kzvotes.extract.wording)
WORDS: dict[str, str] = {
    # an organisation's name is no person's: "«X» кәсіпорны", "X ЖШС"
    "organisation": (
        # (no farm: a farm is often named after its owner, who may be the candidate; no
        # "АҚ", the word "white" of «Ақ жол»)
        r"компания\w*|кәсіпорн\w*|серіктестіг\w*|мекемес\w*|зауыт\w*|кооператив\w*|ЖШС|МКК"
    ),
    # "X іргесіндегі кент", "X маңындағы ауыл": a place that only locates the contest's
    "near_after": r"іргесінде\w*|маңында\w*|түбінде\w*|төңірегінде\w*",
    # "X атындағы мәдениет үйі", "X атындағы мектеп": a name a building bears, no person
    "named_after_after": r"атындағы|атында",
    "for": r"үшін",
    # the unit a place name's neighbour names (kzvotes.extract.places), by gazetteer group
    "place_type_rural": r"ауылдық|а\.о",
    "place_type_district": r"аудан\w*",
    "place_type_region": r"облыс\w*",
    "place_type_city": r"қала\w*",
    "place_type_village": r"ауыл\w*|кент\w*",
    # the unit words of a gazetteer name, stripped to leave the name ("Ақсу ауданы")
    # "в первом округе": the first (second) unit of the list just named
    "first_of_list": r"(?<!\w)бірінші\s+(?:ауылдық\s+)?округ\w*",
    "second_of_list": r"(?<!\w)екінші\s+(?:ауылдық\s+)?округ\w*",
    "place_unit_name": r"ауданы|облысы|қаласы|ауылдық округі|ауылы|кенті",
    # the word "year" after a date's year ("2023 жыл"), and before its day ("2023 жылғы 5 қараша")
    "year_word": r"жыл\w*|ж\.",
    # "1962 жылы туған": a year of birth, never the year of a vote
    "born_after_year": r"туған\w*",
    "year_of": r"жылғы|ж\.",
    # the words of numbers (kzvotes.extract.numbers): "9 мың 779", "жуық", "астам"
    "number_thousand": r"мың",
    "number_percent": r"пайыз\w*",
    "number_approx_before": r"шамамен|шамасы|кемінде",
    "number_approx_after": (r"жуық|астам|артық|шамасында|шамалы|мыңға|мыңнан|мың\b(?!\s*\d)|жуығ"),
    "list_and": r"және|мен",
    # "X пен Y ..., біріншісі жеңді": the one of a named pair who is meant
    "pair_and": r"және|мен|пен|бен",
    "pair_first": r"(?<!\w)біріншісі(?!\w)",
    "pair_second": r"(?<!\w)екіншісі(?!\w)",
    # the word "party" before or after a party's name
    "party_word_possessive": r"партиясы",
    # the genitive ending of a party's name: of the party, not its nominee
    "genitive": r"ның|нің",
    # a party's nominee, after its name in the genitive ("партиясының үміткері")
    # "«Amanat» партиясының атынан түскен": ran on behalf of the party, its nominee
    "party_nominee": r"үміткер|кандидат|атынан",
    # a self-nominated candidate: "өзін-өзі ұсынған", "өз бетінше"
    # "өз кандидатурасын өзі ұсынған": put forward his candidacy himself
    "self_nomination": r"өзін-?\s?өзі\s+ұсын\w*|өз\s+бетінше|өз\s+кандидатурасын\s+өзі\s+ұсын\w*",
    "clock": r"сағат\s+\d|түске\s+дейін",
    "percent": r"пайыз\w*",
    "and": r"және",
    "with": r"мен|бен|пен",
    "people": r"сайлаушы\w*|дауыс\w*",
    "of_them": r"олардың",
    "including": r"оның\s+ішінде",
    "that_is": r"немесе|бұл",
    "share_link": r"\bбұл\b|\bнемесе\b",
    "turnout_word": r"белсенділ\w*",
    "share_base": r"(?:дауыс\s+берген|сайлауға\s+қатысқан)",
    "plural_nomination": r"^[\s,]{0,3}(?:үміткерлер\w*|кандидаттар\w*)",
    "former": r"бұрынғы|болған|бұрын|бұған\s+дейін|сайлауға\s+дейін",
    "epithet": r"(?!)",
    "winners": r"жеңімпаздар\w*",
    # "№ 467 учаскеде 939 сайлаушы дауыс берді": one polling station's figures
    "one_station": r"№\s*\d+\s+(?:сайлау\s+)?учаске\w*",
    # "Біріншісі 302 дауыс, екіншісі 398 дауыс алды": the two just named
    "ordinal_first": r"біріншіс\w*",
    "ordinal_second": r"екіншіс\w*",
    # "Қобда ауданында бес үміткер бақ сынады:": a list of the contest's candidates
    "race_heading": r"үміткер\w*|кандидат\w*|бақ\s+сына\w*",
    # "оның қарсыласы Y": a rival of the person just named
    "rival_of": r"оның\s+(?:жалғыз\s+)?(?:қарсылас|бәсекелес)\w*",
    # "2490 сайлаушы, олардың 1797-сі": the voters a part of whom voted
    "of_whom": r"олардың",
    # "4591 адам енгізілген, оның 2526-сы дауыс берді": "of it" right before a figure
    # takes a part of the figure before; no person's count
    "part_of": r"оның",
    # "тіркелген 2490 сайлаушы": the voters on the list
    "registered_before": r"тіркелген|тіркелді",
    "voters_noun": r"сайлаушы\w*|тұрғын\w*|адам",
    # the verb of a candidate's count, after an aside: "X, born in 1963, took 1,498 votes"
    "scored": r"алды|жинады|жинап",
    "voters_of": r"сайлаушы(?:ның|лардың)\b",
    # "Х ауданы — Y, қазіргі әкім, орнында қалды": an item's aside telling the post kept
    "item_kept": r"орнында\s+қал\w*|қайта\s+сайланды|лауазымын\s+сақта\w*",
    # "Х ауданы — Y (жеңіліп қалды)": an item's aside telling a loss
    "item_lost": r"жеңіл(?:іп|ді|ген|іс)\w*|ұтыл(?:ды|ған|ып)\w*",
    # "округтің 1106 сайлаушысының 645-і": the voters of a place named before, in the
    # genitive of the possessive, then the count of its part
    "voters_of_place": r"сайлаушы(?:сының|ларының)(?!\w)",
    "got": r"сайлаушы\w*\s+сеніміне\s+ие\s+болған|дауыс\s+алған|дауыс\s+жинаған",
    # "qalǵan eki kandıdat", "two remaining": the rest of the candidates, before or after a numeral
    "remaining": r"қалған|басқа",
    "few": r"екі|үш|төрт|бес|екеуі|үшеуі",
    "split": r"\bбіреуі|\bбірі\b|\bқалғаны",
    "age_before": r"\bжасы|\bжасында",
    "age_after": r"жаст\w*|жас\b",
    "voter": r"сайлаушы\b|тұрғын\b|зейнеткер\b",
    "title": (
        r"тілші\w*|төраға\w*|хатшы\w*|кеңесші\w*|облыс\s+әкімі"
        r"|президент\w*"
    ),
    "body_word": r"аумақтық|аймақтық|аудандық|қалалық|облыстық|өңірлік|сайлау\w*|комиссия\w*",
    "according_to": r"\bдеді",
    "said": r"атап\s+өтті|деді|айтты|мәлім\s+етті|хабарлады|түсіндірді",
    "withdrew": r"кандидатурасын\s+(?:\w+\s+)?(?:алып\s+таста|қайтарып\s+ал)\w*|сайлаудан\s+шықты",
    "other_subject": r"\b(?:кейін|соң|үміткер\w*)\b",
    "member": r"мүше\w*|кеңесші\w*|қызметкер\w*",
    "join": r"\b(?:және|олардың)\b",
    "age_word": r"жас\w*",
    "candidate_noun": r"үміткер|кандидат",
    # "екі дауыс айырмасы", "үш дауыс артық": a margin, not a count
    "margin_before": r"айырма\w*",
    "margin_after": r"артық|кем|көп|айырма\w*",
    # "үш дауыс", "алты бюллетень": the nouns a count of votes written as a word stands before
    "counted_noun": r"дауыс\w*|бюллетен\w*",
    # "сырттай дауыс беру куәлігімен ешкім дауыс бермеді": nobody, a count of zero, and the
    # figures it may be of
    "zero_count": r"ешкім|жоқ",
    # "графу «против всех» выбрали шесть человек": people counted in words, read only
    # beside the words of a figure (zero_figure)
    "people_counted": r"адам\w*|сайлаушы\w*",
    # "вахтамен жұмыс істейтіндерге дауыс беруге жағдай жасалды: ... 480": the means to
    # vote given to a group, no count of those who voted
    "means_to_vote": r"дауыс\s+беру(?:ге|і\w*)\s+(?:[\w-]+\s+){0,2}?жағдай\w*",
    "zero_figure": r"сырттай|куәлі\w*|үйден|үй-жай\w*\s+тыс|жарамсыз\w*|барлығына\s+қарсы",
    "votes": r"дауыс\w*",
    "abbreviation": r"ж|жж",
    "akim": r"әкім",
    "clock_word": r"сағат",
    "today": r"бүгін",
    "kind_results": (
        CHOICE_WON +
        # "8419 дауыс — ... X-қа берілген дауыс саны": a lede printing a count of votes
        # first, then the person (a capitalised name in the dative or genitive) it is of
        r"(?<![\d\s])\s*\d[\d\s]*\s+дауыс\s*[–—-]\s[^.]{0,200}?(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])[\w-]+(?:қа|ке|ға|ге|тың|тің|дың|дің|ның|нің)\s+(?:берілген|жиналған|жинаған|алған)\s+дауыс(?:\s+саны|тар\s+саны|ы)(?!\w)|"
        # "ең көп дауысты X жинады": the most votes, collected by a person named
        r"ең\s+көп\s+дауыс\w*\s+(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])[\w-]+(?:\s+(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])[\w-]+)?\s+жинады|"
        # a heading of results then a name with its votes
        r"\b(?:нәтижесі|нәтижелері|қорытындысы)\s*:[^.]{0,80}?(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])\w+\s*\(?\s*\d[\d\s]*\s*дауыс|"
        # counts of two people in the dative before one verb: "X-ке 500, Y-қа 268 дауыс берді"
        r"(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])[\w-]+(?:қа|ке|ға|ге)\s+\d[\d\s]*,\s+(?:[\w-]+\s+){0,3}?(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])[\w-]+(?:қа|ке|ға|ге)\s+\d[\d\s]*\s+(?:сайлаушы\w*\s+)?дауыс\s+берді|"
        # "X-ты әкім болып сайлануымен құттықтады"
        r"(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])[\w-]+(?:ты|ті|ды|ді|ны|ні)\s+(?:[\w-]+\s+){0,6}?сайлануы\w*\s+(?:[\w-]+\s+){0,2}?құттықтады|"
        # "Мұхамедияровқа 8 419 сайлаушы дауыс берді": the voters of a person, in the dative
        r"(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])[\w-]+(?:қа|ке|ға|ге)\s+\d[\d\s]*(?:-[а-яәғқңөұүһі]+)?\s*сайлаушы\w*\s+дауыс\s+берді|"
        # "X басым түсті" (prevailed), "әкімі болып X таңдалды" (was chosen)
        r"басым\s+түсті|әкімі\s+болып\s+(?:[\w-]+\s+){0,4}?таңдалды|"
        # "округінің жаңа әкімі – X": the new akim named after a dash
        r"жаңа\s+әкімі\s*[–—-]\s*(?-i:[А-ЯЁӘҒҚҢӨҰҮҺІ])|"
        r"(?:[–—-]\s*\d[\d\s]*\d?\s+дауыс\b[^.]{0,80}?){2}|дауыспен\s+(?:алға|озып)\s+шықты|көпшілігі\s+(?:[\w-]+\s+){0,5}?дауыс\s+берді|жеңіс\s+(?:[\w«»“”,-]+\s+){0,16}?бұйырды|сайлау\w*\s+нәтиже\w*(?![^.]{0,60}(?:шығарылады|жарияланады|белгілі\s+болады))|әкімі\s+болып\s+(?:[\w-]+\s+){0,8}?сайланған|жеңімпаз\s+(?:атанды|болды)|дауыс\s+жинап|сайлау\w*\s+қорытынды\w*(?![^.]{0,60}(?:шығарылады|жарияланады|белгілі\s+болады))|таңдауы\s+(?:[\w-]+\s+){0,3}?түсті|әкімі\s+болып\s+(?:[\w-]+\s+){0,8}?қалды|дауыс\s+берілді|\bсайлады\b|сайланды|жеңіске\s+(?:[\w,-]+\s+){0,14}?жетті|дауыс\s+жинады|дауыс\s+жинаған|дауыс\s+алған|дауыс\s+алды|\bжеңді\b|дауыспен\s+жеңіп"
        # "ең көп дауысты — 701 — кент әкімінің орынбасары X жинады": the most votes,
        # collected by a person described before the name
        r"|ең\s+көп\s+дауыс\w*[^.]{0,150}?\s+жинады\b"
        # "X аудан басшысы атанды": became the district's head
        r"|(?:басшысы|әкімі)\s+атанды"
        # "ең көп дауысты X жинады": the most votes, collected by X
        r"|ең\s+көп\s+дауыс\w*\s+(?=(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])[\w-]+(?:\s+(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])[\w-]+)?\s+жинады)"
        # "Ең жас әкім – ... X": a winner named as the youngest or oldest
        # with the unit of its place in the sentence (a summary naming nobody's place is none)
        r"|ең\s+(?:жас|егде|үлкен)\s+әкім\w*\s*[–—-](?=[^.]{0,200}?(?:округ|аудан|ауыл|қала|кент))[^.]{0,120}?(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])\w+\s+(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])"
        # "| Дауыс бергені | Жеңімпаз |": a table with a column of those elected
        r"|\|\s*(?:жеңімпаз(?:дар)?|сайланған(?:\s+әкім)?|жаңа\s+әкім)\s*(?:\||\n|$)"
        # "Сайланды | 2025 жылғы 12 қазан": a card's row of the election with its date
        r"|(?<!\w)сайланды\s*[|:]\s*(?:\d{4}\s+жыл\w*\s+\d{1,2}\s+\w{3,9}|\d{1,2}\s+\w{3,9}\s+\d{4})"
        # "| Кандидат | Дауыс |": a table with a column of votes
        r"|\|\s*дауыс(?:тар)?(?:\s+саны)?\s*(?:\||\n|$)"
    ),
    # a progressive verb or an hour of opening in a message calling an election ("құжаттары
    # қаралып жатыр", "учаскелер 20:00-ге дейін ашық болады"): no voting day without "today"
    "kind_day_weak": r"\w+(?:ып|іп|п)\s+жатыр|\d{1,2}[:.]\d{2}\s*(?:-ге|-ке|-га|-ға|-қа)?\s*(?:дейін|қарай)|сағат\s+\d{1,2}",
    # what a progressive or an hour must speak of to be a sign of the voting day ("сайлау
    # жүріп жатыр", not "аудан ... созылып жатыр")
    "kind_day_subject": r"сайла\w*|дауыс\w*|учаске\w*|бюллетен\w*|қатыс\w*|келіп|келді",
    # the steps before a vote: nominations, registration, campaigning
    "kind_campaign_step": r"ұсыну\b|тіркеу\w*|үгіт\w*",
    # a vote held, told after it ("Дауыс беруге 20 381 сайлаушы қатысты", "сайлау ... өтті")
    "kind_vote_held": (
        r"(?:дауыс\s+беруге|сайлауға)\s+(?:[\w-]+\s+){0,3}?қатысты|"
        r"(?<!\w)сайлау(?:ы)?\s+(?:[\w.,-]+\s+){0,6}?өтті\b"
    ),
    "kind_voting_day": (
        # "қазірдің өзінде 400 тұрғын дауыс берді": already, by this hour
        r"қазірдің\s+өзінде\s+(?:[\w-]+\s+){0,6}?дауыс\s+берді|сағат\s+\d{1,2}[:.]\d{2}\s*(?:-ге|-ке|-ға|-қа|-га|-ка)?\s*(?:дейін|қарай)[^.]{0,160}?(?:дауыс\s+берді|қатысты|келді)|(?<!дайындық\s)(?<!\w)\w+(?:ып|іп|п)\s+жатыр\b|қатысуда|өтуде|дауыс\s+беруде|таңдау\s+жасауда|үлгерді|түске\s+(?:дейін|қарай)|сағат\s+\d{1,2}|сайлау\w*\s+басталды|дауыс\s+беру\s+басталды|учаске\w*\s+ашыл(?:ды|ған|ып)|учаскелері\s+ашылды|ашылды|(?<!дайындық\s)жүріп\s+жатыр|№\s*\d+\s+(?:сайлау\s+)?учаске\w*|\d{1,2}[:.]\d{2}\s*(?:-ге|-ке|-га|-қа)?\s*(?:дейін|қарай)"
        # "сағат 07.00-дегі жағдай бойынша ... учаскелерде дауыс беруге кірісті": as of an
        # hour, the polls set to work
        r"|сағат\s+\d{1,2}[:.]\s?\d{2}\s*-?\w*\s+жағдай\s+бойынша|(?:дауыс\s+беруге|дауыстарды\s+санауға)\s+кіріс(?:ті|іп)"
        # "бүгінгі сайлауға алғашқылардың бірі болып келіп, дауысын берді": today's vote,
        # a voter among the first
        r"|алғашқылардың\s+бірі\s+болып\s+(?:[\w–-]+\s+){0,12}?(?:дауыс\w*\s+бер\w*|кел(?:ді|се|іп))|(?<!\w)бүгінгі\s+сайлау\w*"
    ),
    # past registration in a summary of akims elected ("122 кандидат тіркелді")
    "kind_announce_past": r"тіркелді",
    # a law's article cited ("113-1-бабына сәйкес"): with no day of a vote named, a
    # message explaining how elections work, not calling one
    "kind_law_article": r"\d+(?:-\d+)?-бап\w*|\d+(?:-\d+)?-баб\w*",
    # a visit or a working trip: a vote to come named as its purpose calls no vote
    "kind_visit": r"жұмыс\s+сапар\w*|сапармен\s+бар\w*",
    # "сайлау қарсаңында": on the eve of a vote
    # "облыс әкімінің міндетін уақытша атқарушы болып X тағайындалды", "уақытша әкім
    # тағайындалды": an acting akim appointed; the word of a vote called ("сайлау
    # тағайындалды") said of a post filled calls no vote
    "kind_appointment": r"міндетін\s+(?:уақытша\s+)?атқарушы\s+(?:болып\s+)?(?:(?!сайлау)[\w-]+\s+){0,4}?тағайындал\w*|уақытша\s+әкім\w*\s+(?:болып\s+)?(?:(?!сайлау)[\w-]+\s+){0,4}?тағайындал\w*",
    "kind_announce": r"қарсаңында|тағайындалды|өтеді|тіркелді|тіркеліп|тіркеу\w*|белгілен\w*|өтетін|дайындық|сайланады|аяқталады|шығарылады"
    # "14 үміткер құжат тапсырды", "5 қарашада әкімін сайлайды", "сайлау өткізіледі": the
    # candidates' papers filed, a vote to come
    r"|құжат\w*\s+(?:[\w-]+\s+)?(?:тапсыр|өткіз)\w*|(?<!\w)сайлайды\b|өткізіледі",
    "kind_indirect": (
        # electors who vote, not electors met in a campaign ("таңдаушылармен кездесу")
        r"(?<!\w)таңдаушы(?!\w*мен\b)\w*|"
        r"мәслихат\w*\s+(?:[\w-]+\s+){0,2}?сессия\w*|сессиясында\s+депутаттар|мәслихат\w*\s+депутаттар\w*.{0,80}(?:сайлады|сайланды|келісім|дауыс|таңдады|қолдады)|(?<!\w)\d+\s+депутат(?:ы|тың)?\s+(?:[\w-]+\s+){0,3}?(?:қолдады|дауыс\s+берді|таңдады|сайлады)|сайлаушылар\s+алқасы"
    ),
    "kind_recalled": r"алдыңғы\s+сайлау|\bеді\b|болатын|еске\s+сала",
    "kind_other_election": r"мәслихат\w*\s+(?:[\w-]+\s+){0,3}?қосымша\s+сайлау\w*|депутат\w*\s+(?:[\w-]+\s+){0,3}?орнына\s+(?:[\w-]+\s+){0,3}?сайлау\w*|сенат\w*\s+сайлау\w*|сенат\w*\s+депутат\w*|мәслихат\w*\s+депутат\w*\s+сайлау\w*|депутаттыққа|мәжіліс\w*\s+сайлау\w*|президент\w*\s+сайлау(?!\s+заң)\w*",
    # "тағы бес ауылдық округте сайлау өтеді": further votes elsewhere, told after a vote held
    "kind_announce_more": r"(?<!\w)тағы\s+(?:\d+|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)(?!\w)|(?<!\w)тағы\s+(?:[\w-]+\s+){0,2}?(?:округ|ауыл|аудан)\w*",
    # "қайта сайлау 20 қыркүйекте өтеді": a repeat vote named in a message about one held
    # is a further vote ("қайта сайлау тағайындауға негіз жоқ": none is called)
    "kind_repeat_vote": r"қайта\s+сайлау\w*|қайта\s+дауыс\s+бер\w*",
    # the wordings of a post taken (POST_TAKEN, above): words of a result too
    "kind_post_taken": POST_TAKEN,
    # "ауыл әкімдерін сайлау аяқталды", "сайлау науқанын қорытындылады": the round told as
    # over, a vote held
    "kind_round_over": r"сайлау\w*\s+(?:[\w-]+\s+){0,2}?аяқталды|науқан\w*\s+(?:[\w-]+\s+){0,2}?(?:аяқталды|қорытындыла\w*)",
    # "бұрынғы аудан әкімі жеңді", "әкім орынбасары": an akim named as a person's post
    "akim_as_title": r"бұрынғы\s+(?:[\w-]+\s+){0,2}?әкім\w*|әкім\w*\s+орынбасар\w*",
    "kind_year": r"(?<!\w)(?:19|20)\d\d\s+жылы\b(?!\s+туған)",
    "kind_void": r"нәтиже\w*\s+(?:[\w-]+\s+){0,3}?жойыл\w*|өтпеді\s+деп\s+танылды",
    # readers who vote ("4 210 оқырман дауыс берді"), not readers addressed
    # ("оқырмандардан кешірім сұраймыз" under a correction)
    "kind_poll": r"(?<!\w)(?:сауалнама\w*|рейтинг\w*|ашық\s+дауыс\s+беру)|\d[\d\s]*\s+оқырман\w*|(?<!\w)оқырман\w*\s+(?:[\w-]+\s+){0,3}?(?:дауыс|таңда|қолда)\w*",
    "kind_wish": r"болса\s+екен|болсын\b|деп\s+сенемін|деп\s+үміттен\w*",
    # "итоги выборов акимов в 17 областях": a summary over several regions, no contest
    "kind_summary_regions": r"\d+\s+(?:облыста|облысында|өңірде)\b",
    "kind_summary": r"(?<!\w)(?:екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)\s+(?:[\w-]+\s+){0,2}?әкім\w*\s+сайланды\W*$|жыл\s+басынан|орташа\s+жас\w*|әкімдері\s+(?:[\w-]+\s+){0,2}?сайланды\W*$|әкімдер(?:і|ін|інің)?\s+сайлау\w*\s+(?:нәтиже|қорытынды)\w*(?!\w|\s*:)",
    "unit_after": r"қала(?:сы|сының|сында|сынан)?\b|ауылы(?:ның|нда|нан)?\b|ауылдық\s+округ\w*|кенті\w*|ауданы\w*",
    "commission": r"комиссия\w*",
    "subunit": r"ауылдық\s+округ\w*|ауыл(?:ы|ында|ының|ынан)?\b|кент\w*",
    # "қала әкімін сайлау": the akim of a town
    "town": r"қала(?:сы|сының|ның)?\b",
    "rural_district": r"ауылдық\s+округ\w*",
    "read_also": r"сондай-ақ\s+оқыңыз|оқи\s+отырыңыз|тақырыпқа\s+қатысты|ұқсас\s+жаңалықтар|соңғы\s+жаңалықтар",
    # page furniture (kzvotes.extract.segment): a view counter, a photo credit, a source line
    "page_views": r"оқылды|қаралды|қаралым\w*|қаралым\s+саны",
    "photo_credit": r"фото\w*|сурет\w*",
    "source_line": r"дереккөз\w*",
    # a photo credit standing on its own line, without its colon: "Суретті түсірген X"
    "photo_credit_line": r"(?:сурет(?:ті|тер(?:ді)?)?|фото(?:ны|лар(?:ды)?)?)\s+түсірген|(?:көрнекі\s+)?(?:сурет|фото)(?:\s+авторы)?",
    "rubric": r"саясат|жаңалықтар|қоғам|аймақ|аймақтар",
    "results_heading": r"қорытынды\w*|нәтиже\w*",
    "date_election": r"сайлау|сайлады|дауыс|таңда|сайланды|әкімі|сайлаушы",
    "date_vote_word": r"сайлау\w*|дауыс\s+бер\w*|өтті|өткен|сайланды",
    "date_pluperfect": r"өткен\s+болатын|сайланған\s+болатын|өткен\s+еді|сайланған\s+еді|\w+(?:ған|ген|қан|кен)\s+еді\b",
    # "Сол сайлауда X ... жинады": a sentence about the vote the sentence before dated
    "date_that_election": r"\bсол\s+сайлау\w*",
    "date_last_sunday": r"өткен\s+жексенбі|жексенбі",
    # "14 қазанда қызметіне кірісті": the day of taking office, not of the vote
    # "31 шілдеден бастап ... әкімі болып сайланды": the day a term begins, not the vote's
    "date_took_office": r"(?<!\w)бастап(?!\w)|қызмет\w*\s+(?:ресми\s+)?кірісті|лауазым\w*\s+кірісті"
    # "15 қазан күні қызметінен босатылды": the day one left office, not of a vote
    r"|(?:қызмет|лауазым)\w*\s+босатыл\w*",
    "date_previous": r"алдыңғы|бұрынғы|өткен\s+жолғы",
    # "сайлау күні деп 15 желтоқсанды белгілеген": the day a commission set (the active
    # verb) for a vote to come, never the day of a result; a vote "белгіленген" (set) for
    # a day may be the vote whose result is told
    "date_set_after": r"белгіле(?:ген|ді)(?!\w)|тағайында(?:ған|ды)(?!\w)",
    "date_set_before": r"(?!)",
    "date_today": r"\bбүгін\b",
    "date_announced": r"хабарла\w*|жария\w*"
    # "нәтижесі бүгін белгілі болды": the day the result was known, not of the vote
    r"|белгілі\s+болды",
    "date_yesterday": r"\bкеше\b",
    "date_not_the_vote": r"сайлау\s+комисси\w*",
    # "Дауыс беру күні: 11 қаңтар 2026 жыл": the label of the vote's own date
    "date_vote_label": r"дауыс\s+беру\s+күні|сайлау\s+(?:өткізілген\s+)?күні",
    # the locative ending glued to a place name ("Esilde", in Esil): the word opens a clause
    # about that place and is never a first name, even before a surname
    "locative": r"(?:н?да|н?де|та|те)",
    # "-тікі" glued to a surname: "the one of" ("Жағыпаровтікі – 358", Zhagyparov's is 358)
    "belonging": r"(?:нікі|дікі|тікі)",
    "not_a_name": (
        # a unit's common noun in the locative opening a sentence: "in the district"
        "ауданда|ауылда|округте|округінде|облыста|облысында|қалада|кентте|елді|мекенде|"
        # a role opening a sentence before the name: "Жеңімпаз X", "Екінші орында X"
        "жеңімпаз|жеңімпазы|жеңіске|екінші|үшінші|орында|"
        # a conjunction or a pronoun opening a sentence: "Бірақ X ...", "Осылайша X ..."
        "бірақ|алайда|сондай-ақ|осылайша|кейін|бұл|олар|оның|сол|"
        "ал|бұрын|зейнеткер|студент|мұғалім|аудандық|ауданы|ауылдық|барлығына|бүгін|бәсекелестері|дауыс|кеңесші|сайлаушы|тұрғын|"
        "мемлекеттік|нәтижесі|нәтижесінде|облыстық|облысы|округі|сайлау|"
        "сайлау комиссиясы|сайлаушылар|сайлауы|сайлауында|сондай|қалалық|қаласы|қарсы|"
        "қарсыластары|қарсыласы|қорытынды|қорытындысы|қорытындысында|нәтиже|үміткер|үміткерлер|әкім|әкімдігі|әкімі|"
        "өзін-өзі"
        # a head of state named in a background sentence is never the candidate
        "|президент|президенттің"
    ),
    # a country or a state ("Қазақстан Республикасының"): never a person's name
    "not_a_name_state": "республика|республикасы|республикасының|республикасында|республикалық|мемлекет|мемлекеті|мемлекетінің",
    # the country's name and the word for a republic in any case ("Қазақстан Республикасындағы", "Қазақстанның"): a
    # word beginning so is never a person's name (a pattern, matched against a whole word)
    "not_a_name_state_stem": r"республика\w*|қазақстан\w*|казахстан\w*",
    # the headings of a table's columns ("Елді мекен | Сайлаушы | Дауыс бергені |
    # Жеңімпаз"): a table of places, one contest a row
    "column_place": r"елді\s+мекен(?:дер)?|ауылдық\s+округ|округ|ауыл|аудан",
    "column_registered": r"сайлаушы(?:лар)?(?:\s+саны)?|тізімде(?:гі)?(?:\s+сайлаушылар)?|сайлаушылар\s+тізімінде",
    "column_ballots": r"дауыс\s+бер(?:ген|гені|гендер)(?:\s+саны)?|қатысқан(?:дар|ы)?|қатысты",
    "column_winner": r"жеңімпаз|сайланған(?:\s+әкім)?|сайланды|жаңа\s+әкім",
    "column_nominator": r"ұсынған|ұсынушы|кім\s+ұсынған|партия",
    "column_candidate": r"кандидат(?:тар)?|үміткер(?:лер)?",
    "column_votes": r"дауыс(?:тар)?(?:\s+саны)?",
    "column_share": r"үлесі|%|пайыз(?:ы)?",
    # the labels of a card's rows ("Әкім | X", "Сайланды | 2025 жылғы 12 қазан")
    "card_person": r"әкім|жеңімпаз",
    "card_elected": r"сайланды|сайланған\s+күні",
    "card_nominator": r"ұсынған|партия(?:сы)?",
    "card_votes": r"дауыс(?:тар|ы)?|нәтиже(?:сі)?",
    "card_others": r"қарсыластары|басқа\s+(?:кандидаттар|үміткерлер)",
    # a person described by a role that is no candidate's (kzvotes.extract.people): a voter,
    # a student, an observer interviewed; a candidate so described shows a result after it
    "person_role": r"студент\w*|оқушы\w*|зейнеткер\w*|ардагер\w*|байқаушы\w*|ерікті\w*|журналист\w*|тілші\w*|тұрғын\w*|сайлаушы\w*|ақсақал\w*|қария\w*",
    # page furniture that names people of no contest (kzvotes.extract.segment): a short
    # paragraph opening with its label and a colon ("Тілші: X", "Тегтер: ...")
    "furniture_label": r"автор\w*|тілші\w*|редактор\w*|(?:жауапты|бас)\s+редактор|тег\w*|дайындаған|телефон\w*|редакция\s+телефоны|мекенжай\w*|e-?mail",
    # ... or a paragraph of the label and names alone: "Тілші Айгерім Бекқызы"
    "furniture_byline": r"автор\w*|тілші|редактор|(?:жауапты|бас)\s+редактор",
    # "X көшесіндегі", "X даңғылы": a name a street bears (kzvotes.extract.names)
    "street_after": r"көше\w*|даңғыл\w*|тұйық\w*",
    # "1630 сайлаушы оның жалғыз қарсыласы X-ті қолдады": the winner's rival, an apposition
    # between the count of voters and the person they backed
    "rival_apposition": r"оның\s+(?:жалғыз\s+|басты\s+|негізгі\s+)?(?:қарсылас|бәсекелес)\w*",
    # "8419 дауыс — ... X-қа берілген дауыс саны осындай": a lede printing the count first,
    # then, after the person, what the count is
    "count_defined_after_name": r"(?:берілген|жиналған|жинаған|алған)\s+дауыс(?:\s+саны|тар\s+саны|ы)",
    # common words a place's key reaches only by a loose spelling or an ending that is no
    # case of it: "Алғаш рет" (for the first time) is not Алға, "Кеңес" (council) not Кенес;
    # a unit word beside them still makes them the place (kzvotes.extract.places)
    # and "Достық" (friendship), "Теңіз" (the sea) bare, without a unit word or a case
    "not_a_place": r"алғаш\w*|кеңес\w*|достық|теңіз",
    # "Бұған дейін ауданда ... сайланды": a sentence opening on "before this" tells of
    # another vote, background to the message (kzvotes.extract.classify)
    "kind_earlier": r"^\W*бұған\s+дейін\b",
}

# Small numbers of people written as words ("two self-nominees remained"), by value
NUMBER_WORDS: dict[str, int] = {"екі": 2, "екеуі": 2, "үш": 3, "үшеуі": 3, "төрт": 4, "төртеуі": 4}

# "үш дауыс жинады": a count of votes written as a word, by value
VOTE_COUNT_WORDS: dict[str, int] = {
    "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8,
    "тоғыз": 9, "он": 10,
}  # fmt: skip
_TENS = {"он": 10, "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50, "алпыс": 60,
         "жетпіс": 70, "сексен": 80, "тоқсан": 90}  # fmt: skip
# "он екі", "жиырма бес": a ten and a unit
VOTE_COUNT_WORDS = tens_and_units(VOTE_COUNT_WORDS, _TENS)

# "екі жүз он бес": the hundreds a count in words may open with, by value
HUNDRED_WORDS: dict[str, int] = {"жүз": 100} | hundreds(VOTE_COUNT_WORDS, "жүз")

# Abbreviated region names ("БҚО"), lower-cased, by the region's place_id
REGION_ABBREVIATIONS: dict[str, str] = {"бқо": "KZ-27", "шқо": "KZ-63", "сқо": "KZ-59"}

# Party names that are common words too ("ауыл", village): a party only in quotes or next
# to the word "party"
COMMON_WORD_PARTY_NAMES: tuple[str, ...] = ("ауыл", "адал")

# The months by number, as stems ("қараша" of "қарашада"): a date's month word starts with one
MONTHS: dict[str, int] = {
    "қаңтар": 1,
    "ақпан": 2,
    "наурыз": 3,
    "сәуір": 4,
    "мамыр": 5,
    "маусым": 6,
    "шілде": 7,
    "тамыз": 8,
    "қыркүйек": 9,
    "қазан": 10,
    "қараша": 11,
    "желтоқсан": 12,
}
