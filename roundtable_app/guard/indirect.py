"""Identification by elimination: words that point at one person in the room without a name.

"The only judge in the room", "the keynote speaker", "the moderator", "whoever chaired
yesterday's session", "najmlađa učesnica", "the colleague who runs the safe house": none names
anyone, yet everyone present knows who is meant. Found on the folded text (so one rule covers
English, Serbian Latin and Cyrillic), in these shapes:

* uniqueness and superlatives near a person ("the only ...", "jedina ...", "the youngest ...",
  "the first speaker");
* event roles (host, convener, organiser, keynote, moderator, chair, rapporteur, panellist and
  their Serbian forms), and verbs of those roles after "who"/"ko" ("who chaired", "ko je
  predsedavao");
* a definite description of one participant that a verb of speaking makes the source of the
  remark ("The nun from the night shelter said...", "Socijalna radnica iz Subotice koja ...
  kaže ...");
* and, with them, a counted handful from one named body ("njih dvojica iz MUP-a") and the
  order of speaking told by a relative clause ("poslednji koji se javio za reč").

An indefinite or plural subject ("one psychologist said", "jedan advokat je rekao", "several
lawyers") identifies nobody and is left alone. Severity is medium: a facilitator decides.
"""

from __future__ import annotations

import bisect
import re

from roundtable_app.guard.finding import Candidate
from roundtable_app.guard.selfref import is_organisation_word
from roundtable_app.guard.tokens import Tokens


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_JAT_BEFORE = frozenset("bcdlmnprstvz")


def ijekavian(words: frozenset[str]) -> frozenset[str]:
    """The words with their ijekavian spellings added (Bosnian, Montenegrin and Croatian
    notes write "predsjednica", "izvjestilac", "primijetio" for ekavian "predsednica",
    "izvestilac", "primetio"): each e after a consonant in turn as "je" and as "ije". Most of
    the extra spellings are no word at all, which costs nothing in a set."""
    out = set(words)
    for w in words:
        if len(w) < 4 or not w.isalpha():
            continue
        for k in range(1, len(w) - 1):
            if w[k] == "e" and w[k - 1] in _JAT_BEFORE:
                out.add(w[:k] + "je" + w[k + 1 :])
                out.add(w[:k] + "ije" + w[k + 1 :])
    return frozenset(out)


# Nouns for a person who may be in the room (folded, singular; Serbian in both genders).
PERSON_NOUNS = _words("""
councillor councilor rescuer gynaecologist gynecologist visitor odbornik odbornica odbornika
odbornici odbornice akademik akademika spasilac spasioca spasioci ginekolog ginekologinja
ginekologa posetilac posetioca posetiteljka monahinja monahinje
participant person speaker colleague woman man lady gentleman guy nun sister priest father imam
monk judge prosecutor lawyer attorney interpreter translator psychologist psychiatrist doctor
nurse worker officer policeman policewoman official representative delegate member activist
volunteer researcher academic professor student teacher director head coordinator manager
inspector guardian mediator journalist author expert advocate counsellor counselor therapist
caseworker donor diplomat ambassador minister mayor commissioner ombudsperson ombudsman
employee presenter panellist panelist facilitator moderator rapporteur chair chairperson
midwife paediatrician pediatrician babica pedijatar pedijatrica
chairwoman chairman host hostess convener convenor organiser organizer one
covek ucesnik ucesnica osoba govornik govornica kolega koleginica zena muskarac gospodja gospodin
momak sestra svestenik paroh diplomata diplomatkinja ambasador ambasadorka hodza poglavar
savetnik savetnica pripravnik pripravnica adviser advisor intern
poglavarka sudija sutkinja tuzilac tuziteljka advokat
advokatica prevodilac prevoditeljka psiholog psiholoskinja psihijatar psihijatrica lekar lekarka
doktor doktorka
radnik radnica policajac policajka sluzbenik sluzbenica predstavnik predstavnica clan clanica
aktivista aktivistkinja volonter volonterka istrazivac istrazivacica profesor profesorka
student studentkinja nastavnik nastavnica direktor direktorka sef sefica koordinator
koordinatorka inspektor inspektorka staratelj starateljka medijator medijatorka novinar
novinarka autor autorka strucnjak strucnjakinja savetnik savetnica zaposleni zaposlena rom
romkinja domacin domacica moderator moderatorka izvestilac izvestiteljka organizator
organizatorka panelista panelistkinja uvodnicar uvodnicarka predsedavajuci predsedavajuca
voditelj voditeljka pravnik pravnica
mladic devojka devojcica decak nacelnik nacelnica rukovodilac rukovoditeljka upravnik upravnica
deputy zamenik zamenica returnee deportee detainee sociologist economist gost gosca guest
kolegica predsednik predsednica
anthropologist historian demographer criminologist sociolog sociologinja ekonomista
fasilitator fasilitatorka
trainer trener trenerka psihijatarka founder osnivac osnivacica winner laureate recipient
dobitnik dobitnica laureat laureatkinja secretary sekretar sekretarka upravitelj upraviteljka
resident korisnik korisnica deda baba foreigner stranac strankinja chief boss president
driver vozac
funkcioner funkcionerka editor urednik urednica commander komandir komandant parishioner
pedagogue pedagog pedagoskinja staffer consultant konsultant konsultantkinja
""")
# Nouns of nationality or origin (Serbian, both genders, singular): "Sirijac koji je radio na
# farmi kaže", "Ukrajinka na skupu je upozorila" describe one participant as well as "the
# lawyer" does. (English ones are adjectives as often: "Hungarian police statistics".)
DEMONYMS = _words("""
sirijac sirijka avganistanac avganistanka ukrajinac ukrajinka albanac albanka iracanin
iracanka iranac iranka pakistanac pakistanka sudanac sudanka marokanac marokanka alzirac
alzirka tunizanin tunizanka libijac libijka egipcanin egipcanka palestinac palestinka kurd
kurdkinja turcin turkinja eritrejac eritrejka somalijac somalijka nigerijac nigerijka
bangladesanin bangladeskinja indijac indijka kinez kineskinja rus ruskinja bugarin bugarka
rumun rumunka madjar madjarica slovak slovakinja hrvat hrvatica bosanac bosanka bosnjak
bosnjakinja srbin srpkinja crnogorac crnogorka makedonac makedonka nemac nemica francuz
francuskinja italijan italijanka englez engleskinja amerikanac amerikanka kubanac kubanka
gruzijac gruzijka jermenin jermenka belorus beloruskinja moldavac moldavka cecen cecenka
jemenac jemenka kamerunac kamerunka senegalac senegalka gambijac gambijka malijac malijka
gvinejac gvinejka etiopljanin etiopljanka jordanac jordanka libanac libanka
""")
PERSON_NOUNS = ijekavian(PERSON_NOUNS | DEMONYMS)
# What only people do, in the past participle after "je" or the English "-ing" after "is":
# "Mica je donela spisak", "Zora je obilazila sobe", "Zec je ćutao", "Nada is collecting".
HUMAN_ACTS = frozenset(
    stem + ending
    for stem in ("done", "obilazi", "obis", "cuta", "hte", "dos", "otis", "sede", "vodi",
                 "posla", "pokaza", "zva", "pisa", "uze", "odbi", "prevodi", "pozva",
                 "slusa", "ponudi", "organizova", "podeli", "belezi", "zapisa",
                 "telefoniran", "nasmeja", "klima", "insistira", "obeca", "zahvali", "javi",
                 "potpisa", "prikupi", "sakupi", "predstavi", "prisustvova", "zatvori",
                 "predvodi", "predsedava", "otvori", "razvozi", "dezura")
    for ending in ("o", "la", "li", "le", "ao", "eo", "io")
) | frozenset({"dosao", "dosla", "dosli", "otisao", "otisla", "otisli", "obisao", "obisla",
               "cutao", "cutala", "hteo", "htela", "doneo", "donela", "uzeo", "uzela",
               "sedeo", "sedela", "dao", "dala", "dali"})  # fmt: skip
# Children are cases the room discusses, never participants: "a boy named Mohammad, 14",
# "Jedanaestogodišnja devojčica iz Sirije prestala je da govori" (folded).
CHILDREN = _words("""
boy girl child baby teenager decak decaka decaku devojcica devojcice devojcicu dete deteta
beba bebe maloletnik maloletnica
""")
# Nouns too general to point at anyone without a description after them.
GENERIC_NOUNS = _words("""
participant person speaker colleague member one employee woman man lady guy gentleman worker
covek ucesnik ucesnica osoba govornik govornica kolega koleginica clan clanica zaposleni zaposlena
zena muskarac gospodja gospodin radnik radnica mladic devojka momak youth
""")
# Roles an event gives one person (or a handful everyone knows).
EVENT_ROLES = _words("""
moderator moderatorka moderatora moderatoru moderatorom moderatorke moderatorku moderatorki
rapporteur izvestilac izvestioca izvestiocu izvestiocem izvestiteljka izvestiteljke
izvestac izvestaca izvestacu izvestacem izvestacica izvestacice izvestacicu izvestacici
izvestacicom
izvestiteljku izvestiteljki keynote uvodnicar uvodnicarka uvodnicara uvodnicarke chairperson
chairwoman chairman predsedavajuci predsedavajuca predsedavajuceg predsedavajucoj
predsedavajucu domacin domacica domacina domacinu domacice domacicu domacici convener
convenor organiser organizer organizatorka panellist panelist panelista panelistkinja
facilitator hostess fasilitator fasilitatorka fasilitatora fasilitatoru fasilitatorom
fasilitatorke fasilitatorku fasilitatorki predsedavajuce predsedavajucem predsedavajucim
sazivac sazivaca sazivacu sazivacem sazivacica sazivacice sazivacicu sazivacici sazivacicom
taker notetaker zapisnicar zapisnicarka zapisnicara zapisnicaru zapisnicarke zapisnicarku
zapisnicarki uvodnicaru uvodnicarem uvodnicarki uvodnicarku uvodnicarkom uvodnicarke
organizatorki organizatorku organizatorke organizatorkom organizatora organizatoru
panelisti panellists panelists panelistima panelistkinje
""")
EVENT_ROLES = ijekavian(EVENT_ROLES)
_AMBIGUOUS_ROLES = _words("host hosts chair organizator")  # "host communities", "a chair", plural
# "Domaćin" is also the head of a household and "domaćica" a housewife: as the subject of a
# statement of custom ("Domaćin u porodici odlučuje") the event's host only with a sign of the
# event or of this one person (the other cases are left to the event role as they are).
# (and their plurals: "Domaćice u pešterskim selima ne izlaze iz kuće")
HEAD_OF_HOUSE = _words("domacin domacica domacice domacini")
_OF_THE_EVENT = _words("""
skupa sastanka konferencije dogadjaja radionice okruglog stola foruma seminara sesije
""")
_DAY_ORDINALS = _words("""
prvog drugog treceg cetvrtog poslednjeg zavrsnog danasnjeg jucerasnjeg
""")
_OURS = _words("nas nasa nasu nase naseg nasem nasoj nasi the our this")


def host_of_the_event(tokens: Tokens, i: int) -> bool:
    """Whether "domaćin"/"domaćica" at word ``i`` is the host of this event: "naš domaćin",
    "domaćica skupa", "domaćin je najavio" (one host who did something; the head of a household
    is spoken of in the present, as a custom: "domaćin odlučuje")."""
    ws = tokens.words
    if i > 0 and ws[i - 1] in _OURS:
        return True
    nxt = ws[i + 1] if i + 1 < len(ws) else ""
    if nxt in _HOUSEHOLD:
        return False  # "Domaćin kuće je ... zabranio": the head of the household
    if nxt in _OF_THE_EVENT or nxt in ("je", "nam", "nas", "iz", ""):
        return True
    if nxt in _DAY_ORDINALS and i + 2 < len(ws) and ws[i + 2] in ("dana", "dan", "dne"):
        return True  # "Domaćin prvog dana": a day of this event
    # "Domaćin drugog dana je rekao": a verb of speaking within a few words.
    end = min(_sentence_end(tokens, i), i + 4)
    return not REPORT_VERBS.isdisjoint(ws[i + 1 : end + 1])


_HOUSEHOLD = _words("kuce kuca porodice domacinstva zadruge kucu kuci")
_NOT_AFTER_HOST = _words("""
community communities country countries family families government governments state states
society societies population city town municipality municipalities
""")
# Verbs of the event's roles, after "who"/"whoever"/"ko"/"koji"/"koja": "who chaired".
_ROLE_VERBS = _words("""
chaired chairs chair moderated moderates hosted hosts convened convenes organised organized drafted
opened facilitated presided predsedavao predsedavala predsedava moderirao moderirala
moderira ugostio ugostila ugostili otvorio otvorila vodio vodila organizovao organizovala
drzao drzala
""")
_WHO = _words("who whoever that ko koji koja sto")
_UNIQUE = _words("""
najvise only sole lone youngest oldest eldest newest longest jedini jedina jedinog jedinoj
jedinom jedinu
jedine jedinih najmladji najmladja najmladjeg najmladjoj najmladju najstariji najstarija
najstarijeg najstarijoj najstariju najnoviji najnovija najnovijeg najnovijoj najnoviju
jedinim najmladjim najmladjom najstarijim najstarijom najnovijim najnovijom najmladjem
najstarijem najnovijem najvisi najvisa najviseg najvisem najvisoj najvisu najvisim najvisom
highest
""")
_ORDINALS = _words("first last prvi prva poslednji poslednja")
# Ordinals that point at one speaker only with a speaker's noun after them: "the second speaker
# in the opening session", "treća govornica" ("the second day", "drugi put" are no one).
_COUNTED_ORDINALS = _words(
    "second third fourth fifth drugi druga drugog drugu treci treca "
    "treceg trecu cetvrti cetvrta peti peta"
)
# Verbs of taking the floor, after "the last one who", "poslednji koji se": the speaking order
# is in the minutes of the room, so it points at one person.
_FLOOR_VERBS = _words("""
spoke speak spoken talked intervened javio javila javili obratio obratila govorio govorila
izlagao izlagala uzeo uzela took take rekao rekla
""")


# "Drugi"/"druga" is also "another": "Druga govornica, iz jedne lokalne organizacije, rekla je"
# is no place in the speaking order unless a session, a panel or a day says whose order.
_ANOTHER = _words("drugi druga drugog drugu drugoj drugom")
_ORDER_OF = ("sesij", "panel", "session", "jutr", "jutarnj", "popodn", "redu", "rund", "uvodn",
             "otvaranj", "zavrsn")  # fmt: skip
# "Dan" (day) in its case forms, as whole words: "danas" (today) is another word.
DAY_WORDS = _words("dan dana danu")
_DAY = DAY_WORDS | _words("day")


def _another_speaker(tokens: Tokens, i: int) -> bool:
    """Whether "drugi govornik" at word ``i`` means another speaker: no session, panel, day
    or "po redu" in the five words after it."""
    ws = tokens.words
    if ws[i] not in _ANOTHER:
        return False
    return not any(w in _DAY or w.startswith(_ORDER_OF) for w in ws[i + 2 : i + 7])


def _took_the_floor(tokens: Tokens, i: int) -> int | None:
    """Last word of "the last one who spoke", "the first to take the floor", "poslednji koji
    se javio za reč", "prva koja je govorila" (an ordinal, then a relative clause or "to"
    with a verb of taking the floor); ``None`` for "the first who arrived" or "prvi put"."""
    ws = tokens.words
    n = len(ws)
    k = i + 1
    if k < n and ws[k] in ("one", "person", "speaker", "participant", "woman", "man"):
        k += 1
    if k >= n or ws[k] not in ("who", "to", "koji", "koja", "ko"):
        return None
    end = min(_sentence_end(tokens, i), k + 4)
    for m in range(k + 1, end + 1):
        if ws[m] in _FLOOR_VERBS:
            if ws[m] in ("uzeo", "uzela", "took", "take"):
                if m + 1 < n and ws[m + 1] == "rec":
                    return m + 1
                if m + 2 < n and ws[m + 1] == "the" and ws[m + 2] == "floor":
                    return m + 2
                return None
            if m + 2 <= end and ws[m + 1] == "za" and ws[m + 2] == "rec":
                return m + 2  # "javio za reč"
            return m
        if ws[m] not in ("je", "se", "su", "has", "had", "was", "to", "the", "got", "up"):
            return None
    return None


_SPEAKER_NOUNS = _words("""
speaker presenter panellist panelist govornik govornica govornika govornici izlagac
izlagacica
""")
# A place in the room after a uniqueness word: "jedini na skupu", "the only one here".
_IN_THE_ROOM = _words("""
room here table event conference meeting sali skupu ovde stolu nama prisutnima prisutnih
ucesnicima ucesnika panel panelu sesiji radionici session workshop obilasku poseti tour visit
programu
""")
_SMALL_GROUP = _words("two three both dva dve tri oba obe dvoje troje")
_GROUP_NOUNS = _words("""
people participants colleagues women men lawyers representatives ladies guys members ljudi
ucesnika ucesnice kolege koleginice zene muskarca advokata predstavnika predstavnice tumaca
tumaci tumacice
""")
# Collective numerals count people: "njih dvojica", "oboje", "nas troje".
_COLLECTIVE = _words("""
dvojica trojica cetvorica dvoje troje cetvoro obojica oboje obe oba
""")
_GROUP_LEADS = _words("the njih vas ih them")
_GROUP_FROM = _words("from at with iz sa u ispred kod")


def _people_counted(w: str) -> bool:
    """Whether ``w`` is a noun of people as counted: "lawyers", "directors" (English plural),
    "direktora", "direktorke" (Serbian after "dva", "dve"); never children ("dva dečaka" are
    a case the room discusses)."""
    if w in CHILDREN or w[:-1] in CHILDREN or w[:-2] in CHILDREN:
        return False
    if w in _GROUP_NOUNS:
        return True
    if w.endswith("s") and w[:-1] in PERSON_NOUNS:
        return w[:-1] not in GENERIC_NOUNS
    if len(w) > 4 and w.endswith("ca") and w[:-2] + "ac" in PERSON_NOUNS:
        return True  # "policajca" of policajac: the fleeting a
    if len(w) > 6 and w.endswith("ioca") and w[:-4] + "ilac" in PERSON_NOUNS:
        return True  # "prevodioca" of prevodilac
    return w.endswith(("a", "e")) and (w[:-1] in PERSON_NOUNS or w[:-1] + "a" in PERSON_NOUNS)


_ONE = _words("one jedan jedna jednog jednom")
# Superlatives of fame describe a public figure, not someone told apart in the room: "the
# most famous person from Sombor".
_FAME = _words("famous known popular celebrated notorious beloved admired poznat poznata")
_SMALL_NUMBERS = _SMALL_GROUP | _words("dvoje troje dvojice trojice cetvoro four")
_BOTH = _words("both oba obe oboje obojica obadvojica")
# What the two (or the pair) did at the event: "Both prosecutors stayed for the afternoon".
_DID_HERE = _words("""
stayed left came arrived attended joined were was agreed ostali ostale ostala dosli dosle bila
bilo
otisli otisle bili bile stigli stigle promised obecali obecale obecala obecao refused odbili
odbile napustili napustile napustila left pojavili pojavile pojavila pojavio
""")


def _one_of_a_few(tokens: Tokens, i: int) -> int | None:
    """Last word of "one of the two police officers", "jedan od dvoje tužilaca" (``i`` at the
    number): one of a handful of people, which the room can tell apart."""
    ws = tokens.words
    n = len(ws)
    k = i - 1
    if k >= 0 and ws[k] == "the":
        k -= 1
    if k < 1 or ws[k] not in ("of", "od") or ws[k - 1] not in _ONE:
        return None
    if ws[i] not in _SMALL_NUMBERS:
        return None
    for m in range(i + 1, min(n, i + 4)):  # "two Bosnian women", "two border police officers"
        if _people_counted(ws[m]) or ws[m] in _GROUP_NOUNS:
            return m
    return None


def _through_a_place(tokens: Tokens, i: int) -> int | None:
    """Last word of "vodio (nas) kroz centar (u Preševu)" after a verb of leading at ``i``:
    who showed the visitors round a place; ``None`` without "kroz"."""
    ws = tokens.words
    n = len(ws)
    k = i + 1
    if k < n and ws[k] == "nas":
        k += 1
    if k + 1 >= n or ws[k] != "kroz":
        return None
    last = k + 1
    if last + 2 < n and ws[last + 1] in ("u", "na") and tokens.is_capitalised(last + 2):
        last += 2
    return last


_INTERPRETERS_NOMINATIVE = _words("interpreter translator tumac tumacica prevodilac prevoditeljka")
# The dative and instrumental only: one thanks or works with the interpreter ("tumaču za
# rumunski"); the genitive and accusative are most often a post wanted or paid for ("ko plaća
# sudskog tumača za romski", "sudovi nemaju prevodioca za paštu").
_INTERPRETERS = _INTERPRETERS_NOMINATIVE | _words("""
tumacu tumacem tumacici tumacicom prevodiocu prevodiocem prevoditeljki prevoditeljkom
""")
_NONE_OR_ANY = _words("nema bez nijednog nijedne jednog jedne jednu nedostaje fali")
# Languages as their words read after "for"/"za" (folded; "-ski" adjectives are all Serbian
# language names: "rumunski", "arapski", "romski").
_LANGUAGE_NAMES = _words("""
dari farsi pashto pastu pashtu urdu kurdish english french german arabic romanian hungarian
albanian romani turkish russian ukrainian tigrinya somali bulgarian vlach
""")


def _for_a_language(tokens: Tokens, i: int) -> int | None:
    """Last word of "the interpreter for Romanian", "Tumač za rumunski" (``i`` at the noun,
    after "the" or opening its sentence, no "and" or "is missing" after the language)."""
    ws = tokens.words
    n = len(ws)
    if i + 2 >= n or ws[i + 1] not in ("for", "za", "from", "sa"):
        return None
    if not (i > 0 and ws[i - 1] == "the") and not tokens.sentence_initial(i):
        # A case form mid-sentence is one person too ("Zahvalili smo se tumaču za rumunski"),
        # but not after "nema", "bez", "nijednog" (none) or "jednog" (any one).
        if ws[i] in _INTERPRETERS_NOMINATIVE or (i > 0 and ws[i - 1] in _NONE_OR_ANY):
            return None
    lang = ws[i + 2]
    if not (lang in _LANGUAGE_NAMES or (lang.endswith("ski") and tokens.serbian)):
        return None
    if i + 3 < n and ws[i + 3] in ("i", "and", "ili", "or", "nema", "nedostaje"):
        # "Tumač za farsi i paštu nedostaje": a post wanted, not a person; "Tumač za dari i
        # paštu kaže": the one who speaks both.
        if ws[i + 3] in ("i", "and") and i + 5 < n and _says_next(ws, i + 5):
            return i + 4
        return None
    return i + 2


def _says_next(ws: list[str], k: int) -> bool:
    """Whether a verb of speaking comes at word ``k`` or after "je"/"has" there."""
    if ws[k] in ("je", "has", "had", "se") and k + 1 < len(ws):
        k += 1
    return ws[k] in REPORT_VERBS


def _of_a_session(tokens: Tokens, i: int) -> int | None:
    """Last word of "the interpreter for the afternoon session" (``i`` at a person's noun
    after "the"): who served one part of the event; ``None`` without a session's word in the
    three words after "for"/"of"."""
    ws = tokens.words
    n = len(ws)
    if ws[i] in GENERIC_NOUNS or i + 2 >= n:
        return None  # "the participants of the session" are everyone
    if tokens.serbian and tokens.sentence_initial(i) and ws[i + 1] in ("na", "u", "tokom"):
        # Serbian has no article: "Tumač na jutarnjoj sesiji morao je ...".
        return next((k for k in range(i + 2, min(n, i + 4)) if ws[k] in _SESSION_WORDS), None)
    if i == 0 or ws[i - 1] != "the" or ws[i + 1] not in ("for", "of", "at"):
        return None
    return next((k for k in range(i + 2, min(n, i + 5)) if ws[k] in _SESSION_WORDS), None)


# Comparatives that tell one of two apart (folded; "more senior" in English).
_COMPARATIVES = _words("""
mladji mladja stariji starija visi visa iskusniji iskusnija younger older elder senior junior
taller
""")


def _comparative_of_a_few(tokens: Tokens, i: int) -> tuple[int, int] | None:
    """First and last word of "Mlađi od dvoje novinara", "the more senior of the two
    journalists" (``i`` at the number)."""
    ws = tokens.words
    n = len(ws)
    k = i - 1
    if k >= 0 and ws[k] == "the":
        k -= 1
    if k < 1 or ws[k] not in ("od", "of"):
        return None
    if ws[k - 1] not in _COMPARATIVES and ws[k - 1] not in _COUNTED_ORDINALS | _ORDINALS:
        return None
    first = k - 1
    while first > 0 and ws[first - 1] in ("the", "more", "most"):
        first -= 1
    noun = next((m for m in range(i + 1, min(n, i + 4)) if _people_counted(ws[m])), None)
    return None if noun is None else (first, noun)


def _of_a_few_then_one(tokens: Tokens, i: int) -> tuple[int, int] | None:
    """First and last word of "Of the two moderators, the woman", "Od troje lekara, samo je
    doktorka iz Šapca" (``i`` at the number): a sentence opening on a handful of people, then
    the one of them it is about, up to four words after the comma."""
    ws = tokens.words
    n = len(ws)
    if i > 1 and ws[i - 1] == "the" and ws[i - 2] == "of" and tokens.sentence_initial(i - 2):
        first = i - 2
    elif i > 0 and ws[i - 1] == "od" and tokens.sentence_initial(i - 1):
        first = i - 1
    else:
        return None
    noun = next((k for k in range(i + 1, min(n, i + 4)) if _people_counted(ws[k])), None)
    if noun is None:
        return None
    end = min(n - 1, _sentence_end(tokens, i))
    # The comma after the group, perhaps after where its people come from ("Od dvoje kolega
    # iz iste organizacije, Dankinja je bila za").
    comma = next(
        (k for k in range(noun, min(end, noun + 7)) if tokens.gap(k, k + 1).strip() == ","), None
    )
    if comma is None:
        return None
    return first, min(end, comma + 4)


def _the_one_after(tokens: Tokens, last: int) -> int | None:
    """Last word of ", onaj iz humanitarne organizacije" right after a small group's noun at
    ``last``: the one of the few told apart by where they come from."""
    ws = tokens.words
    k = last + 1
    if k + 1 >= len(ws) or tokens.gap(last, k).strip() != ",":
        return None
    if ws[k] in ("onaj", "ona") and ws[k + 1] in ("iz", "sa"):
        return _description_end(tokens, k)
    if ws[k : k + 3] == ["the", "one", "from"]:
        return _description_end(tokens, k + 1)  # "One of the two judges, the one from Niš"
    return None


def _after_a_few(tokens: Tokens, i: int) -> bool:
    """Whether "onaj"/"ona" at word ``i`` opens a clause after a small group named earlier in
    its sentence ("Od dvojice verskih poglavara, onaj iz Preševa ..."), as at its start."""
    ws = tokens.words
    if i == 0 or tokens.gap(i - 1, i).strip() != "," or i + 1 >= len(ws):
        return False
    if ws[i + 1] not in ("iz", "sa"):
        return False
    lo = max(0, i - 6)
    return any(ws[k] in _SMALL_NUMBERS and ws[k - 1] == "od" for k in range(max(1, lo), i))


def _both_did(tokens: Tokens, i: int) -> int | None:
    """Last word of "Both prosecutors (stayed ...)", "Both interpreters for Farsi and Pashto"
    opening a sentence that says what the two did: the pair the room knows."""
    ws = tokens.words
    n = len(ws)
    if not tokens.sentence_initial(i) or i + 1 >= n:
        return None
    # "Both Bulgarian border officers", "Oba bugarska granična policajca": two words may
    # stand before the noun.
    noun = next((k for k in range(i + 1, min(n, i + 4)) if _people_counted(ws[k])), None)
    if noun is None:
        return None
    stop = min(_sentence_end(tokens, i), noun + 6)
    for m in range(noun + 1, stop + 1):
        if ws[m] in _DID_HERE or ws[m] in REPORT_VERBS:
            last = m - 1
            while last > noun and ws[last] in ("have", "had", "su", "je", "all", "also"):
                last -= 1
            return last
    return None


def _counted_group(tokens: Tokens, i: int) -> int | None:
    """Last word of a counted handful of people from one named body: "njih dvojica iz MUP-a",
    "the two of them from the Commissariat", "both of them at Caritas". A count of people
    from one organisation is as good as their names to everyone who saw who came from
    where; a count from a kind of place ("njih dvoje iz sela") identifies nobody."""
    ws = tokens.words
    n = len(ws)
    k = i + 1
    if ws[i] in ("two", "three", "four", "both") and k + 1 < n and ws[k] == "of":
        if ws[k + 1] != "them":
            return None  # "the two of us" is the speaker's own: see selfref
        k += 2
    elif ws[i] not in _COLLECTIVE or not (i > 0 and ws[i - 1] in _GROUP_LEADS):
        return None
    if k + 1 >= n or ws[k] not in _GROUP_FROM:
        return None
    j = k + 1
    article = ws[j] == "the" and j + 1 < n
    if article:
        j += 1
    # A town is one capitalised word without an article ("from Belgrade", "iz Niša"); a body
    # is an acronym, a kind of institution, or a name with an article or of several words.
    named = tokens.is_upper(j) or (
        tokens.is_capitalised(j)
        and (article or (j + 1 < n and tokens.is_capitalised(j + 1) and tokens.joined(j, j + 1)))
    )
    if not (named or is_organisation_word(ws[j])):
        return None
    return j


_INDEFINITE = _words("""
a an one some another any each every jedan jedna jedno neki neka neko nekoliko many several
most all svi sve mnogi mnoge vise drugi druga jednog jednoj svaki svaka svako svakog svakoj
svakom svakim svaku nijedan nijedna nijednog nijednoj ijedan ijedna ijednog bilo
""")
_DEFINITE = _words("the this that our onaj ona taj ta ovaj ova")
_DESCRIPTORS = _words("""
who whose that from of in at with representing working right just after before iz sa u za koja
ciji cija ciju cije cijeg cijem responsible zaduzen zaduzena odgovoran odgovorna present
koji sto ko na pri kod posle pre
sitting seated standing next beside opposite across to pored levo desno preko
""")
_STOP = _words("""
and or but said says is are was were has have had will would can could should must not no
i ili ali je su smo da se ne nije
""")
REPORT_VERBS = _words("""
said says admitted admits asked asks raised raises thanked thanks read told tells explained
explains noted notes argued argues reminded reminds shared shares warned warns insisted
insists added adds stressed stresses mentioned mentions pointed suggested suggests proposed
proposes complained complains recalled recalls remembered remembers described describes
presented presents agreed agrees disagreed confirmed confirms acknowledged opened closed
urged urges wants wanted thinks thought believes believed claimed claims got gave showed
spoke speaks talked talks reported reports wrote promised offered answered replied responded
called estimated emphasised emphasized objected questioned welcomed criticised criticized
rekao rekla kaze kazu priznao priznala priznaje pitao pitala pita procitao procitala
zahvalio zahvalila otvorio otvorila smatra tvrdi tvrdio tvrdila insistira insistirao
insistirala upozorio upozorila upozorava podsetio podsetila podseca istakao istakla istice
naveo navela navodi objasnio objasnila objasnjava predlozio predlozila predlaze prikazao
prikazala govorio govorila govori dodao dodala dodaje napomenuo napomenula seca pamti
postavio postavila pricao pricala prica izjavio izjavila zalio zalila zali pozvao pozvala
trazi trazio trazila potvrdio potvrdila opisao opisala primetio primetila naglasio naglasila
misli veruje zna obecao obecala podelio podelila ispricao ispricala ukazao ukazala pokazao
pokazala predstavio predstavila odgovorio odgovorila preneo prenela vidi rekli pitali
zahvalili zamolili poslali pisali cestitali objasnili predlozili pozvali zamolio zamolila
moli molio molila ponudio ponudila pozdravio pozdravila slozio slozila nasmejao nasmejala
laughed laughs smiled joked jokes nodded conceded concedes announced announces stated states
observed observes cautioned cautions countered counters revealed reveals disclosed lamented
recounted recounts acknowledges izvestio izvestila izvestili najavio najavila najavili najavljuje
prisetio prisetila
praised praises criticised criticises criticized criticizes echoed defended defends
highlighted highlights outlined outlines clarified clarifies translated translates summarised
summarized summarises summarizes opposed opposes complimented apologised apologized
conceded questioned countered objected protested protests flagged flags
izneo iznela izneli iznosi iznosio iznosila izlozio izlozila izlagao izlagala pohvalio
pohvalila pohvalili kritikovao kritikovala ponovio ponovila preveo prevela obrazlozio
obrazlozila porucio porucila protivio protivila usprotivio usprotivila zalagao zalagala
apelovao apelovala branio branila pojasnio pojasnila sumirao sumirala
osvrnuo osvrnula prigovorio prigovorila zamerio zamerila interpreted interprets prevodio
prevodila nudi offers citirao citirala citirali
""")
REPORT_VERBS = ijekavian(REPORT_VERBS)
_THE_ONE_WHO = _words("onaj ona onoga onu")
# Running one thing: "who runs the Roma inclusion desk", "inspektor koji ga vodi", "koja
# rukovodi odeljenjem". One person runs a desk, a case, a unit: everyone knows who.
_RUNS_EN = _words("""
runs heads leads manages coordinates directs ran headed led managed coordinated edits edited
commands commanded
""")
_RUNS = _RUNS_EN | _words("""
vodi rukovodi koordinira upravlja uredjuje komanduje vodio vodila rukovodio rukovodila
koordinirao koordinirala upravljao upravljala predvodio predvodila predsedavao predsedavala
""")
# Between "onaj što je" and the verb: "Ona što je juče vodila radnu grupu".
_WHEN_WORDS = _words("juce danas sinoc jutros prekjuce tada ranije")


def _one_who_before(ws: list[str], i: int) -> int | None:
    """Index of "onaj"/"ona" in "onaj ko je (juče) vodio", "ona što vodi" before the verb at
    word ``i``; ``None`` when the verb has no such subject."""
    k = i - 1
    if k >= 0 and ws[k] in _WHEN_WORDS:
        k -= 1
    if k >= 0 and ws[k] in ("je", "ga", "ih"):
        k -= 1
    if k >= 1 and ws[k] in ("ko", "koji", "koja", "sto") and ws[k - 1] in _THE_ONE_WHO:
        return k - 1
    if k >= 2 and ws[k] == "da" and ws[k - 1] == "god" and ws[k - 2] == "ko":
        return k - 2  # "Ko god da je juče predsedavao": whoever chaired it
    return None


# "Žena koja vodi SOS liniju", "koleginica koja vodi sigurnu kuću": a woman, a man or a
# colleague who runs one thing is as plain as a named one.
_SOMEONES_SEX = _words("zena muskarac covek gospodja gospodin kolega koleginica")


def _runs_one_thing(tokens: Tokens, i: int) -> int | None:
    """Last word of "who runs the X" (English: "who" is said of a person only, and "the"
    makes the thing one) or of "<person noun> koji/koja (ga/je) vodi X" (Serbian "koji" is
    also said of things, so a person noun must come first); ``None`` otherwise."""
    ws = tokens.words
    n = len(ws)
    w = ws[i]
    if w in _RUNS_EN:
        if i < 2 or ws[i - 1] != "who" or i + 2 >= n or ws[i + 1] not in ("the", "our", "this"):
            return None
        # A relative "who" after someone ("Dušan, who runs", "the colleague who runs"), not
        # the question "nobody knows who runs the country".
        after_comma = tokens.gap(i - 2, i - 1).strip() == ","
        # English says "who" of people only: "the mountain rescuer who led the operation".
        definite = any(ws[k] in ("the", "our") for k in range(max(0, i - 4), i - 2))
        if not (after_comma or ws[i - 2] in PERSON_NOUNS or definite):
            return None
        if not w.endswith("s") and ws[i - 2].endswith("s") and not tokens.is_capitalised(i - 2):
            return None  # "participants, who led the workshops": a past verb after a plural
        end = min(_sentence_end(tokens, i), i + 6)
        for k in range(i + 2, end + 1):
            if ws[k] in REPORT_VERBS or ws[k] in _STOP:
                return k - 1  # "who runs the night shelter asked ...": the object ends
            if tokens.text.folded[tokens.ends[k] : tokens.ends[k] + 1] in (",", ";", ")"):
                return k
        return end
    who = i - 1
    if who > 0 and ws[who] in ("ga", "je", "ih", "njom", "njime"):
        who -= 1
    if _one_who_before(ws, i) is not None:
        # "Onaj ko je vodio obilazak", "Ona što je juče vodila radnu grupu": the one who ran it
        return _clause_end(tokens, i, min(_sentence_end(tokens, i), i + 2)) if i + 1 < n else i
    if who < 1 or ws[who] not in ("koji", "koja") or ws[who - 1] not in PERSON_NOUNS:
        return None
    if ws[who - 1] in GENERIC_NOUNS and ws[who - 1] not in _SOMEONES_SEX:
        return None
    if i + 1 < n and ws[i + 1] in ("racuna", "brigu"):
        return None  # "vodi računa", "vodi brigu": takes care, runs nothing
    return min(_sentence_end(tokens, i), i + 2) if i + 1 < n else i


# Duties of one office, after "as someone who" / "kao neko ko": "kao neko ko vodi sigurnu kuću",
# "as someone who signs every placement decision" place the speaker in that office.
_DUTIES = _RUNS | _words("""
signs sign decides decide supervises supervise represents represent chairs issues issue
potpisuje odlucuje nadzire predstavlja izdaje donosi
wrote drafted authored pisao pisala napisao napisala izradio izradila
""")
_SOMEONE = _words("someone somebody neko")


def _clause_end(tokens: Tokens, first: int, end: int) -> int:
    """The first word from ``first`` on that a comma, semicolon, colon or closing bracket
    follows, or ``end`` (the last word allowed) when none does before it."""
    for k in range(first, end):
        if tokens.gap(k, k + 1).strip()[:1] in (",", ";", ":", ")"):
            return k
    return end


# A past deed of one person ("plakala je", "nije htela", "refused", "left early") tells of
# someone in particular, as a verb of speaking does; a modal or "every" makes it anyone's
# ("The person who runs the shelter should be trained", "svaka žena koja vodi ...").
_SR_PAST = re.compile(r"\w{2,}(?:la|lo|li|le|ao|eo|io|uo)$")
_SR_AUXILIARY = _words("je su nije nisu bio bila bili")
_EN_PAST_IRREGULAR = _words("""
said told went came took gave left brought spoke sat stood got made had knew thought wrote found
kept began wept ran led
""")
_ANYONE = _words("""
should must can could would may might needs need every any each whoever treba trebalo trebaju
mora moraju moze mogu bi svaki svaka svako svi god
""")


def _did_something(tokens: Tokens, i: int) -> bool:
    """Whether the sentence of word ``i`` (a verb of running) tells of a past deed: a
    Serbian past participle with its auxiliary, an English past tense after "who runs X"."""
    ws = tokens.words
    ends = tokens.sentence_ends()
    s = bisect.bisect_left(ends, i)
    lo, hi = (ends[s - 1] + 1 if s else 0), ends[s]
    if not _ANYONE.isdisjoint(ws[lo : hi + 1]):
        return False
    for k in range(i + 2, hi + 1):
        w = ws[k]
        if tokens.serbian:
            if _SR_PAST.match(w) and (
                ws[k - 1] in _SR_AUXILIARY or (k < hi and ws[k + 1] in _SR_AUXILIARY)
            ):
                return True
        elif (len(w) > 4 and w.endswith("ed")) or w in _EN_PAST_IRREGULAR:
            return True
    return False


def _as_someone_who(tokens: Tokens, i: int) -> int | None:
    """Last word of "As someone who runs the shelter", "Kao neko ko vodi sigurnu kuću za
    žrtve" (word ``i`` is "someone"/"neko"): the duty and its object, to the end of the
    clause."""
    ws = tokens.words
    n = len(ws)
    if i == 0 or ws[i - 1] not in ("as", "kao") or i + 2 >= n:
        return None
    if ws[i + 1] not in ("who", "ko", "koji", "koja"):
        return None
    verb = i + 2
    if ws[verb] in ("je", "sam", "has", "is") and verb + 1 < n:
        verb += 1
    if ws[verb] not in _DUTIES or verb + 1 >= n or ws[verb + 1] in ("racuna", "brigu"):
        return None  # "kao neko ko vodi računa o deci": who takes care, not who runs a place
    if ws[verb + 1] in ("o", "about", "on"):
        return None  # "kao neko ko je pisao o migracijama": a topic, not a duty
    end = min(_sentence_end(tokens, i), verb + 8)
    return _clause_end(tokens, verb + 1, end)


# The people in the room, after "among" or "only one": "the former deportee among the
# speakers", "Only one participant works in a prison".
_THE_ROOM = _words("""
speakers participants panellists panelists us attendees ucesnicima govornicima panelistima nama
""")
_ROOM_ONE = _words("participant speaker panellist panelist attendee")
_MODALS = _words("can could may might must should shall will would")


def _among_the_room(tokens: Tokens, i: int) -> tuple[int, int] | None:
    """First and last word of "The former deportee among the speakers" (word ``i`` is
    "among"/"među"): a definite noun phrase opening the sentence, placed in the room."""
    ws = tokens.words
    n = len(ws)
    k = i + 1
    if k < n and ws[k] == "the":
        k += 1
    if k >= n or ws[k] not in _THE_ROOM:
        return None
    for start in range(i - 1, max(-1, i - 5), -1):
        if tokens.sentence_initial(start):
            return (start, k) if ws[start] in _DEFINITE else None
        if ws[start] in _STOP or ws[start] in _INDEFINITE:
            return None
    return None


def _according_to(tokens: Tokens, i: int) -> int | None:
    """Last word of "According to the prosecutor," (word ``i`` is "according"): a definite
    person noun the remark is attributed to, up to the comma."""
    ws = tokens.words
    n = len(ws)
    if i + 3 >= n or ws[i + 1] != "to" or ws[i + 2] not in ("the", "our"):
        return None
    k = i + 3
    if ws[k] not in PERSON_NOUNS:
        return None
    if ws[k] in GENERIC_NOUNS:
        if not (k + 2 < n and ws[k + 1] == "who" and ws[k + 2] in _RUNS_EN):
            return None
        # "according to the man who edits the daily": he runs one thing
        return _runs_one_thing(tokens, k + 2) or k + 2
    end = min(_sentence_end(tokens, i), k + 6)
    comma = _clause_end(tokens, k, end)
    return comma if comma < end else k


def _only_one_of_the_room(tokens: Tokens, i: int) -> int | None:
    """Last word of "Only one participant works inside a correctional facility" (word ``i``
    is "only"): one person of the room, told apart by what follows, to the end of the
    clause."""
    ws = tokens.words
    n = len(ws)
    if i + 3 >= n or ws[i + 1] != "one":
        return None
    k = i + 2
    if ws[k] == "of" and k + 1 < n and ws[k + 1] in ("us", "the"):
        k += 1 if ws[k + 1] == "us" else 2
        if ws[k] not in _THE_ROOM:
            return None
    elif ws[k] not in _ROOM_ONE:
        return None
    if k + 1 < n and ws[k + 1] in _MODALS:
        return None  # "Only one participant can speak at a time": a rule of the room
    end = min(_sentence_end(tokens, i), k + 8)
    return _clause_end(tokens, k + 1, end)


# "The person chairing the data-protection session", "the woman moderating the panel": a
# participle of an event role after a person, with the session it is of.
_ROLE_GERUNDS = _words("""
chairing moderating hosting facilitating convening presiding running leading opening closing
interpreting
""")
# "Voditelj(ka)" is any leader or a TV presenter; of a workshop or a working group, one person.
_LEADERS = _words("""
voditelj voditelja voditelju voditeljem voditeljka voditeljke voditeljki voditeljku voditeljkom
""")
_GROUP_OF_THE_EVENT = _words("radionice radne sesije panela diskusije okruglog skupa konferencije")
_SESSION_ORDINALS = _words("prve druge trece cetvrte poslednje zavrsne uvodne jutarnje popodnevne")
# Who kept the record: "(our colleague ...) who took the minutes".
_MINUTES_VERBS = _words("took takes taking")
_TRIGGERS = (
    PERSON_NOUNS | EVENT_ROLES | _AMBIGUOUS_ROLES | _ROLE_VERBS | _ROLE_GERUNDS | _UNIQUE
    | _ORDINALS | _COUNTED_ORDINALS
    | _SMALL_NUMBERS | _COLLECTIVE | _words("whoever onaj ona jedino among medju according")
    | _RUNS | _words("she he celu glavni glavna") | _MINUTES_VERBS | _INTERPRETERS
    | _SOMEONE | _words("most") | _LEADERS
)  # fmt: skip
_MAX_DESCRIPTION = 12


def elimination_candidate(
    tokens: Tokens,
    first: int,
    last: int,
    rank: int,
    why: str,
    suggestion: str | None = "a participant",
) -> Candidate:
    """The candidate of an identification by elimination over words ``first``..``last``,
    its reason quoting (at most 60 characters of) the words; ``suggestion`` None when the
    words are to be deleted rather than reworded."""
    a, b = tokens.text.span(tokens.starts[first], tokens.ends[last])
    shown = " ".join(tokens.text.original[a:b].split())
    if len(shown) > 60:
        shown = shown[:57] + "…"
    return Candidate(
        tokens.starts[first],
        tokens.ends[last],
        "indirect",
        "medium",
        f"may identify a participant by elimination ({why}): '{shown}'",
        suggestion,
        rank,
    )


def _sentence_end(tokens: Tokens, i: int) -> int:
    """Index of the last word of the sentence word ``i`` is in (an apostrophe or a dash does
    not end it, unlike :meth:`Tokens.sentence_initial`)."""
    ends = tokens.sentence_ends()
    return ends[bisect.bisect_left(ends, i)]


# Holders of an office whose deeds are the office's acts: "Sudija je odbio žalbu".
_OFFICE_ACTS = _words("""
sudija sutkinja sudije tuzilac tuziteljka tuzioca inspektor inspektorka policajac policajka
nacelnik nacelnica direktor direktorka upravnik upravnica ministar ministarka predsednik
predsednica gradonacelnik gradonacelnica lekar lekarka komandir
""")


def _verb_after(tokens: Tokens, i: int) -> int | None:
    """Index of the first verb of speaking after word ``i`` in its sentence."""
    ws = tokens.words
    end = min(_sentence_end(tokens, i), i + _MAX_DESCRIPTION + 3)
    deed = None  # without a verb of speaking, a past deed only people do (Serbian)
    # (not an office's act: "Sudija je odbio žalbu", "Inspektor je doneo rešenje")
    if (
        tokens.serbian
        and ws[i] not in _OFFICE_ACTS
        and REPORT_VERBS.isdisjoint(ws[i + 1 : end + 1])
    ):
        deed = next(
            (k for k in range(i + 1, end + 1)
             if ws[k] in HUMAN_ACTS and ws[k - 1] in ("je", "su", "nije")),
            None,
        )  # fmt: skip
        if deed is not None:
            return deed
    for k in range(i + 1, end + 1):
        if ws[k] in REPORT_VERBS:
            return k
        other = ws[k] in _OTHER_SPEAKERS or (ws[k] in ("a", "an") and not tokens.serbian)
        if other and tokens.gap(k - 1, k).strip() == ",":
            # "..., one participant noted", "..., someone recalled": the remark is told by
            # someone unnamed, and the one described is its topic, not its source.
            verb = k + 1 if k + 1 < len(ws) and ws[k + 1] not in PERSON_NOUNS else k + 2
            if verb <= end and ws[verb] in REPORT_VERBS:
                return None
    return None


# An indefinite speaker after a comma takes the verb of speaking from a description before it.
_OTHER_SPEAKERS = _words("one someone somebody another neko jedan jedna nekoliko")


def _head_start(tokens: Tokens, i: int) -> int | None:
    """Where the noun phrase ending in word ``i`` starts, when it is definite: "The Hungarian
    colleague", "Socijalna radnica", "Ja kao advokatica"; ``None`` for an indefinite or
    embedded one ("one psychologist", "a lawyer", "of the lawyer")."""
    ws = tokens.words
    k = i
    steps = 0
    while k > 0 and steps < 3 and not tokens.sentence_initial(k) and tokens.joined(k - 1, k, " -'"):
        prev = ws[k - 1]
        if prev in _INDEFINITE:
            return None
        if prev in _DEFINITE:
            return k - 1
        if prev in ("kao", "as"):
            return k  # "ja kao advokatica koja ...", "as the only lawyer"
        if prev in _STOP or prev in _DESCRIPTORS or prev.isdigit():
            return None
        k -= 1
        steps += 1
    if tokens.sentence_initial(k) or (k > 0 and ws[k - 1] in ("kao", "as")):
        if ws[k] in _INDEFINITE:
            return None
        return k
    return None


_ONE_DESCRIBED = _words("who wearing with sitting from in at standing dressed")


_ONE_PARTICIPANT = _words("ucesnici ucesniku ucesnicu ucesnikom ucesnicom")
_SUPERLATIVES = _UNIQUE - _words("only sole lone jedini jedina jedinog jedinoj jedinom jedinu")
_NOT_ONE_PERSON = _words("""
thing things way time place question issue problem point idea word option reason day
stvar nacin put mesto pitanje problem ideja rec razlog dan
""")


# Nouns that put a unique person among those at the event, whatever the rest of the sentence.
_AT_THE_EVENT = _ROOM_ONE | _words("""
ucesnik ucesnica ucesnika ucesnice ucesniku ucesnici ucesnikom ucesnicom ucesnicu govornik
govornica govornika govornice govornikom govornicom
panelista panelistkinja prisutni prisutna prisutan gost gosca guest guests
kolega koleginica kolegu koleginicu kolegom koleginicom colleague
""")


# Who comes from a body, and the event's own time: a unique person said to be from somewhere
# or doing something on a day of the event is someone at it.
_OF_THE_MEETING = _words("""
from iz ispred day days dana dan break pauze pauzi pauza session sesije sesiji panel panela
lunch rucka rucak workshop radionice radionici visit posete poseti
""")


_FIRST_PERSON_SR = _words("ja mi")
_FIRST_PERSON_EN = _words("i we my")


_DECLINED = _words("odbio odbila odbili declined refused")
_WOULD_NOT = _words("hteo htela hteli")  # after "nije": "nije hteo da se obaveže"


def _unique_elsewhere(tokens: Tokens, i: int, last: int, speaks: bool) -> bool:
    """Whether "the only paediatrician in Preševo is due to retire", "Najmlađi dečak u centru
    ima jedanaest godina" describe someone outside the room: nobody speaks in the sentence,
    the room is not named and the noun is no participant's. Such a person is a topic."""
    if speaks and any(w in REPORT_VERBS for w in tokens.words[i : _sentence_end(tokens, i) + 1]):
        return False
    ws = tokens.words
    sentence = ws[i : _sentence_end(tokens, i) + 1]
    if any(
        (w in _DECLINED or (w in _WOULD_NOT and k > 0 and sentence[k - 1] in ("nije", "nisu")))
        and ("da" in sentence[k + 1 : k + 3] or "to" in sentence[k + 1 : k + 3])
        for k, w in enumerate(sentence)
    ):
        return False  # "odbio je da komentariše", "declined to comment": a refusal said here
    if not HUMAN_ACTS.isdisjoint(sentence) and CHILDREN.isdisjoint(sentence):
        return False  # "Najnoviji volonter u kuhinji doneo je kolač": a deed done here
    if i > 0 and ws[i - 1] in ("kao", "as") or (i > 1 and ws[i - 1] == "the" and ws[i - 2] == "as"):
        return False  # "Kao jedini pravnik za strance u ovom gradu, tražim ...": the speaker
    end = min(_sentence_end(tokens, i), last + 4)
    span = ws[max(0, i - 2) : end + 1]
    if any(w in _AT_THE_EVENT or w in _IN_THE_ROOM or w in _THE_ROOM for w in span):
        return False
    if any(w in _OF_THE_MEETING for w in ws[i : _sentence_end(tokens, i) + 1]):
        return False  # "Jedini čovek iz ministarstva je prvog dana otišao posle pauze"
    # The first person ("I'm the only lawyer who...") is the speaker, here (Serbian "i" is
    # "and").
    first_person = _FIRST_PERSON_SR if tokens.serbian else _FIRST_PERSON_EN
    return first_person.isdisjoint(ws[max(0, i - 4) : end + 1])


# A superlative adjective (an adverb ends in -e or -o: "najviše", "najčešće", "najbolje").
# The two words after it in a lookahead, so that "najglasniji i najiskusniji učesnik" tries
# the second superlative too.
_SUPERLATIVE_WORD = re.compile(r"\b(naj[a-z]{4,}(?<![eo]))\b(?=(?:,? (\w+)(?: (\w+))?)?)")
_EMPTY: frozenset[str] = frozenset()


def _superlative_words(folded: str) -> list[tuple[str, ...]]:
    """``_SUPERLATIVE_WORD.findall(folded)``, tried only where "naj" occurs: the pattern opens
    with \\b, which leaves the regular expression no literal to skip to, so findall would try
    it at every offset of the text."""
    found: list[tuple[str, ...]] = []
    k = folded.find("naj")
    while k != -1:
        m = _SUPERLATIVE_WORD.match(folded, k)
        if m is None:
            k = folded.find("naj", k + 1)
        else:
            found.append(m.groups(""))
            k = folded.find("naj", m.end())
    return found


# What a superlative must be near to say something of one person.
_NEAR_ONE = PERSON_NOUNS | EVENT_ROLES | _ONE_PARTICIPANT | _IN_THE_ROOM
# Words in "naj-" that are no superlatives: "najavio" (announced), "najam", "najmodavac",
# "unajmljen" (rent, hire), "najezda".
_NOT_SUPERLATIVE = ("najav", "najam", "najmod", "najmop", "najmit", "najmlj", "najed", "najez",
                    "najur", "najah",
                    # Fame is a public figure's: "najpoznatija Bosanka u Srbiji" (Lepa Brena).
                    "najpoznat", "najslavn", "najpopularn", "najomiljen")  # fmt: skip
# Endings of nouns and adjectives of nationality: "Kanađanka", "Holanđanin", "Canadian",
# "Danish", "Japanese", "Iraqi".
_NATIONALITY_ENDINGS = ("anka", "anin", "ka", "ac", "ec", "an", "ian", "ese", "ish", "i")


_ONE_WHO = ("ko", "sto", "koji", "koja", "iz", "sa")


def _took_the_minutes(tokens: Tokens, i: int) -> int | None:
    """First word of "(our colleague ...) who took the minutes" (``i`` at the verb): whoever
    kept the record of the event; ``None`` for other things taken."""
    ws = tokens.words
    if i + 2 >= len(ws) or ws[i + 1] != "the" or ws[i + 2] not in ("minutes", "notes"):
        return None
    if i == 0 or ws[i - 1] not in _WHO:
        return None
    first = i - 1
    for k in range(i - 2, max(-1, i - 9), -1):
        if tokens.gap(k, k + 1).strip(" ,'\"") or ws[k] in _STOP:
            break  # the sentence before, or a clause of its own
        if ws[k] in PERSON_NOUNS:
            first = k - 1 if k > 0 and ws[k - 1] in _DEFINITE else k
            break
    return first


def _after_possessive(tokens: Tokens, i: int) -> bool:
    """Whether word ``i`` follows an English possessive: "the city's only representative"."""
    return i > 1 and tokens.words[i - 1] == "s" and tokens.gap(i - 2, i - 1) in ("'", "’")


def _unique_near_person(tokens: Tokens, i: int) -> int | None:
    """Last word of "the only judge", "jedina Romkinja u sali", "jedini na skupu", "koja
    jedina radi" (a person noun within a few words), else ``None``."""
    ws = tokens.words
    n = len(ws)
    if ws[i] == "najvise":
        # "Najviše rangirani predstavnik Ministarstva": the highest-ranking, not "najviše" (most)
        if i + 2 < n and ws[i + 1].startswith(("rangiran", "pozicionir")):
            return i + 2 if ws[i + 2] in PERSON_NOUNS else i + 1
        return None
    if ws[i] in ("only", "sole", "lone") and i + 2 < n and tokens.sentence_initial(i):
        # "Only lawyer in the room asked...": the article dropped, as notes do; a singular person
        # noun with a description or a verb after it ("Only lawyers can...", "Only a judge
        # may..." are general statements).
        noun = i + 1
        if ws[noun] not in PERSON_NOUNS and i + 3 < n and ws[i + 2] in PERSON_NOUNS:
            noun = i + 2  # one adjective between: "Only Roma participant said..."
        after = ws[noun + 1] if noun + 1 < n else ""
        if (
            ws[noun] in PERSON_NOUNS
            and noun + 1 < n
            and (after in _DESCRIPTORS or after in REPORT_VERBS or after in ("on", "among", "here"))
        ):
            end = _description_end(tokens, i)
            return noun if end is None else max(noun, end)
    if ws[i] in ("only", "sole", "lone", "one") and (
        i == 0 or (ws[i - 1] not in ("the", "an", "our") and not _after_possessive(tokens, i))
    ):
        return None  # "not only", "only if", "Only one psychiatrist visits": a quantity
    if ws[i] == "only" and i + 2 < n and ws[i + 1] == "one" and ws[i + 2] in ("here", "present"):
        # "the only one here who works nights at the bus station"
        return _clause_end(tokens, i + 2, min(_sentence_end(tokens, i), i + 12))
    if ws[i] == "only" and i + 3 < n and ws[i + 1] == "one" and ws[i + 2] == "from":
        # "the only one from Tuzla": the one participant from a place or a body
        return _clause_end(tokens, i + 3, min(_sentence_end(tokens, i), i + 6))
    if i + 1 < n and ws[i + 1] == "one" and ws[i] == "only":
        return None
    if ws[i] == "one" and (i == 0 or ws[i - 1] != "the"):
        return None
    if ws[i] in _SUPERLATIVES and i + 2 < n and ws[i + 1] in ("of", "among", "medju", "iz"):
        # "The youngest of the imams present", "Najstariji među sveštenim licima".
        return min(_sentence_end(tokens, i), i + 4)
    if (
        ws[i] in _SUPERLATIVES
        and i + 2 < n
        and (
            ws[i + 1] == "po"
            or (ws[i + 1] == "od" and (_people_counted(ws[i + 2]) or ws[i + 2] in ("svih", "nas")))
        )
    ):
        # "Najviši po funkciji iz ministarstva", "Najstariji po činu", "Najmlađi od tumača".
        return min(_sentence_end(tokens, i), i + 4)
    if ws[i] in ("one", "only") and i + 1 < n and ws[i + 1] in _NOT_ONE_PERSON:
        return None  # "the one thing everyone in the room shared", "the only way"
    if ws[i] == "only" and i + 2 < n and ws[i + 1] == "one" and ws[i + 2] in _NOT_ONE_PERSON:
        return None
    if (
        i + 2 < n
        and tokens.is_capitalised(i + 1)
        and not tokens.sentence_initial(i + 1)
        and ws[i + 1].endswith(_NATIONALITY_ENDINGS)
        and (ws[i + 2] in REPORT_VERBS or ws[i + 2] in ("je", "has", "was"))
    ):
        return i + 1  # "Jedina Kanađanka je rekla", "The only Canadian said": one of a nation
    for k in range(i + 1, min(n, i + 4)):
        if ws[k] in _STOP and ws[k] not in ("i",):
            break
        if ws[k] in PERSON_NOUNS or ws[k] in EVENT_ROLES or ws[k] in _ONE_PARTICIPANT:
            return k  # "Najmlađoj učesnici": after a uniqueness word, the dative of one
        if ws[k] in ("na", "u", "in", "at", "medju", "among") and k + 1 < n:
            if ws[k + 1] in _IN_THE_ROOM or (k + 2 < n and ws[k + 2] in _IN_THE_ROOM):
                return min(n - 1, k + 2 if ws[k + 1] in ("the", "this") else k + 1)
        if ws[k] in _IN_THE_ROOM and ws[k] != "nama":
            return k
    if (
        ws[i].startswith("jedin")
        and i + 2 < n
        and ws[i + 1] in ("iz", "sa")
        and tokens.is_capitalised(i + 2)
    ):
        # "Jedini iz Novog Sada je predstavio": the one participant from a town or a body.
        last = i + 2
        while last + 1 < n and tokens.is_capitalised(last + 1) and tokens.joined(last, last + 1):
            last += 1
        return last
    if ws[i].startswith("jedin") and i + 2 < n and ws[i + 1] in ("koji", "koja", "ko"):
        # "Jedina koja govori dari": the one person who does something; a plural verb
        # ("jedini koji mogu da odluče su sudovi") is a class, not a person.
        verb = ws[i + 2]
        if verb == "je" or (verb.endswith(("i", "a")) and not verb.endswith(("ju", "su"))):
            return min(_sentence_end(tokens, i), i + 3)
    for k in range(max(0, i - 3), i):
        if ws[k] in PERSON_NOUNS and ws[k] not in GENERIC_NOUNS:
            return i  # "psihološkinja koja jedina radi noćne smene"
    return None


# Verbs of running or working somewhere, in the first person: "I run the only safe house",
# "vodim jedinu sigurnu kuću", "we manage the only shelter".
_OWN_VERBS = _words("""
run manage head lead direct coordinate work vodim vodimo radim radimo rukovodim upravljam
koordiniram drzim drzimo
""")
_FIRST_SINGULAR = _words("i we ja mi")
# "I am the one who ...": "ja sam ta koja", "ja sam onaj koji".
_THE_ONE = _words("ta taj ona onaj")
# What may stand between the verb and "only": "I work at the only", "radim u jedinoj"; not
# "we work with the only data".
_TO_THE_PLACE = _words("the at in for a u na za")
# Places everyone shares, not workplaces: being in the only one of them identifies nobody.
_PLACES_OF_ALL = _words("""
country countries region state city town place world zemlja zemlji zemlju drzava drzavi
drzavu region regionu regiona grad gradu grada mesto mestu sela selo selu
""")


def _own_unique_place(tokens: Tokens, i: int) -> int | None:
    """Where "I run the only ...", "Ja vodim jedinu ...", "Ja sam ta koja ... u jedino ..."
    starts: the speaker places themselves at the one place of its kind, which names them to
    everyone who knows it. ``None`` without a first person running it."""
    ws = tokens.words
    if not _PLACES_OF_ALL.isdisjoint(ws[i + 1 : i + 3]):
        return None  # "I work in the only country in the region without ...": no workplace
    ends = tokens.sentence_ends()
    k = bisect.bisect_left(ends, i)
    lo = ends[k - 1] + 1 if k > 0 else 0
    for m in range(max(lo, i - 8), i):
        w = ws[m]
        if (
            w in _OWN_VERBS
            and m - 1 >= lo
            and ws[m - 1] in _FIRST_SINGULAR
            and i - m <= 4
            and all(x in _TO_THE_PLACE for x in ws[m + 1 : i])
        ):
            return m - 1
        if w in _OWN_VERBS and tokens.serbian and w.endswith(("m", "mo")) and i - m <= 2:
            return m  # "Vodim jedinu sigurnu kuću": the verb says who
        if (
            w == "sam"
            and m + 2 < i
            and ws[m + 1] in _THE_ONE
            and ws[m + 2] in ("koja", "koji", "sto")
        ):
            return m - 1 if m - 1 >= lo and ws[m - 1] == "ja" else m
    return None


def _unique_end(tokens: Tokens, i: int) -> int:
    """The last word of "the only safe house", "jedinu sigurnu kuću" after uniqueness word
    ``i``: up to two words, not ending on a preposition or a conjunction."""
    end = min(len(tokens.words) - 1, _sentence_end(tokens, i), i + 2)
    while end > i and tokens.words[end] in _DESCRIPTORS | _STOP:
        end -= 1
    return end


def indirect_candidates(tokens: Tokens, rank: int = 5) -> list[Candidate]:
    """Candidates (folded offsets) for identification by elimination."""
    ws = tokens.words
    # Any Serbian superlative ("najiskusniji u sali", "najglasnija učesnica"), not only the
    # listed ones; found in C, and only when a person or the room may follow.
    superlatives = _EMPTY
    if "naj" in tokens.text.folded:
        superlatives = frozenset(
            m[0]
            for m in _superlative_words(tokens.text.folded)
            if (m[1] in _NEAR_ONE or m[2] in _NEAR_ONE) and not m[0].startswith(_NOT_SUPERLATIVE)
        )
    if _TRIGGERS.isdisjoint(tokens.vocab) and not superlatives:
        return []
    out: list[Candidate] = []
    n = len(ws)
    # A description needs a verb of speaking (or "as"/"kao" before it): decided once, in C.
    speaks = not REPORT_VERBS.isdisjoint(tokens.vocab)
    # (or a Serbian past deed only people do: "Slovakinja iz Kovačice je donela priručnik")
    deeds = tokens.serbian and not HUMAN_ACTS.isdisjoint(tokens.vocab)
    describes = speaks or deeds or "kao" in tokens.vocab or "as" in tokens.vocab
    at = tokens.positions(_TRIGGERS)
    if superlatives:
        at = sorted(set(at).union(tokens.positions(superlatives)))
    for i in at:
        w = ws[i]
        if w == "according" and (said_by := _according_to(tokens, i)) is not None:
            out.append(
                elimination_candidate(tokens, i, said_by, rank, "a description of one person")
            )
            continue
        if w in ("among", "medju"):
            if speaks and (room := _among_the_room(tokens, i)) is not None:
                out.append(
                    elimination_candidate(tokens, *room, rank, "a description of one person")
                )
            continue
        if w == "only" and (last := _only_one_of_the_room(tokens, i)) is not None:
            out.append(elimination_candidate(tokens, i, last, rank, "uniqueness"))
            continue
        if w in _SOMEONE:
            last = _as_someone_who(tokens, i)
            if last is not None:
                out.append(
                    elimination_candidate(tokens, i - 1, last, rank, "a description of one person")
                )
            continue
        if w == "jedino":
            # Neuter "jedino sklonište" is also the adverb "only" ("jedino tako"): it counts
            # only where the speaker puts themselves at the one place.
            own = _own_unique_place(tokens, i)
            if own is not None:
                out.append(
                    elimination_candidate(tokens, own, _unique_end(tokens, i), rank, "uniqueness")
                )
            continue
        if (
            w == "only"
            and i > 0
            and ws[i - 1] == "the"
            and i + 2 < n
            and ws[i + 1] == "one"
            and ws[i + 2] in _ONE_DESCRIBED
            and speaks
        ):
            end = _description_end(tokens, i + 1)
            if end is not None:  # "The only one wearing a clerical collar said ..."
                out.append(elimination_candidate(tokens, i - 1, end, rank, "uniqueness"))
                continue
        if w in superlatives and w not in _UNIQUE:
            # Any other superlative: only of a person or of someone in the room ("najteži
            # problem" is neither), found by the same rule as "najstariji".
            last = _unique_near_person(tokens, i)
            if last is not None and not _unique_elsewhere(tokens, i, last, speaks):
                out.append(elimination_candidate(tokens, i, last, rank, "uniqueness"))
            continue
        if w in _UNIQUE or (w == "one" and i > 0 and ws[i - 1] == "the"):
            last = _unique_near_person(tokens, i)
            own = _own_unique_place(tokens, i) if last is None else None
            if own is not None:
                out.append(
                    elimination_candidate(tokens, own, _unique_end(tokens, i), rank, "uniqueness")
                )
                continue
            if last is not None and not _unique_elsewhere(tokens, i, last, speaks):
                first = i - 1 if i > 0 and ws[i - 1] in _DEFINITE else i
                if _after_possessive(tokens, i):
                    # "The city's only representative": the possessor tells whose
                    first = i - 3 if i > 2 and ws[i - 3] in _DEFINITE else i - 2
                out.append(elimination_candidate(tokens, first, last, rank, "uniqueness"))
                continue
            if last is not None or w != "one":
                continue
            # "The one with the red scarf said...": not unique by a word, but described.
        if w == "most" and i > 0 and ws[i - 1] == "the":
            # "The most senior police officer present admitted ...": a superlative of one;
            # without a verb of speaking only when placed ("The most senior official from
            # Belgrade left after the opening").
            noun = next((k for k in (i + 2, i + 3) if k < n and ws[k] in PERSON_NOUNS), None)
            described = (
                noun is not None
                and noun + 1 < n
                and ws[noun + 1] in ("from", "of", "at", "in", "present", "here")
            )
            if (
                noun is not None
                and (speaks or described)
                and (ws[noun] not in GENERIC_NOUNS | {"one"} or described)
                and ws[i + 1] not in _FAME
            ):
                end = _description_end(tokens, noun)
                out.append(
                    elimination_candidate(tokens, i - 1, max(noun, end or noun), rank, "uniqueness")
                )
                continue
        if (
            w in _COUNTED_ORDINALS
            and tokens.serbian
            and tokens.sentence_initial(i)
            and i + 2 < n
            and ws[i + 1] in PERSON_NOUNS
            and ws[i + 1] not in GENERIC_NOUNS
            and ws[i + 1] not in _SPEAKER_NOUNS
        ):
            # "Drugi sudija se nije složio": the other (or second) of a few, told apart.
            out.append(elimination_candidate(tokens, i, i + 1, rank, "a small group"))
            continue
        if (
            w in _COUNTED_ORDINALS
            and i > 0
            and ws[i - 1] == "the"
            and i + 2 < n
            and ws[i + 1] in PERSON_NOUNS
            and ws[i + 1] not in GENERIC_NOUNS
            and tokens.gap(i + 1, i + 2).strip() == ","
        ):
            # "The second prosecutor, from Šabac, was more optimistic": one of a few, told apart.
            end = min(_clause_end(tokens, i + 2, min(n - 1, i + 8)), n - 1)
            out.append(elimination_candidate(tokens, i - 1, end, rank, "a small group"))
            continue
        if (
            (w in _ORDINALS or w in _COUNTED_ORDINALS)
            and i + 1 < n
            and ws[i + 1] in _SPEAKER_NOUNS
            and not _another_speaker(tokens, i)
        ):
            first = i - 1 if i > 0 and ws[i - 1] in _DEFINITE else i
            out.append(elimination_candidate(tokens, first, i + 1, rank, "order of speaking"))
            continue
        if w in _ORDINALS:
            last = _took_the_floor(tokens, i)
            if last is not None:
                first = i - 1 if i > 0 and ws[i - 1] in _DEFINITE else i
                out.append(elimination_candidate(tokens, first, last, rank, "order of speaking"))
                continue
        if w in _SMALL_NUMBERS and (last := _one_of_a_few(tokens, i)) is not None:
            # "One of the two police officers", "Jedan od dvoje tužilaca": one of a handful;
            # with the one told apart after it ("Jedan od dvojice lekara, onaj iz ...").
            told_apart = _the_one_after(tokens, last)
            if told_apart is not None:
                last = told_apart
            out.append(elimination_candidate(tokens, i - 2 - (ws[i - 1] == "the"), last, rank,
                                             "a small group"))  # fmt: skip
            continue
        if w in _SMALL_NUMBERS and (span := _comparative_of_a_few(tokens, i)) is not None:
            # "Mlađi od dvoje novinara", "The more senior of the two journalists": one of two.
            out.append(elimination_candidate(tokens, *span, rank, "a small group"))
            continue
        if w in _SMALL_NUMBERS and (span := _of_a_few_then_one(tokens, i)) is not None:
            # "Of the two moderators, the woman was stricter", "Od troje lekara, samo je
            # doktorka iz Šapca bila u centru noću": one of a handful, told apart.
            out.append(elimination_candidate(tokens, *span, rank, "a small group"))
            continue
        if w in _BOTH and i + 1 < n and (last := _both_did(tokens, i)) is not None:
            out.append(elimination_candidate(tokens, i, last, rank, "a small group"))
            continue
        if w in _SMALL_GROUP and i + 2 < n and _people_counted(ws[i + 1]):
            # "Both representatives of the Ombudsperson", and in Serbian the genitive of a
            # name with no preposition: "obe predstavnice Zaštitnika građana".
            if ws[i + 2] in ("from", "of", "at", "iz", "sa", "u") or (
                tokens.serbian and (tokens.is_capitalised(i + 2) or tokens.is_upper(i + 2))
            ):
                first = i - 1 if i > 0 and ws[i - 1] in _DEFINITE else i
                out.append(
                    elimination_candidate(tokens, first, min(n - 1, i + 4), rank, "a small group")
                )
            continue
        if w in _SMALL_GROUP or w in _COLLECTIVE:
            last = _counted_group(tokens, i)
            if last is not None:
                first = i - 1 if i > 0 and ws[i - 1] in _GROUP_LEADS else i
                out.append(elimination_candidate(tokens, first, last, rank, "a small group"))
                continue
            if w in _COLLECTIVE:
                continue
        if w in EVENT_ROLES or w in _AMBIGUOUS_ROLES:
            if (
                i + 1 < n
                and ws[i + 1] in _NOT_A_PERSON
                and not (tokens.serbian and ws[i + 1] in _OF_A_SESSION)
            ):
                continue  # "the keynote session", "moderator training"; not "moderator sesije"
            if i > 0 and ws[i - 1] in _INDEFINITE:
                continue  # "a moderator who speaks Romani", "a keynote on wage theft": any one
            if i + 1 < n and ws[i + 1].endswith("ih") and tokens.serbian:
                continue  # "Predsedavajući opštinskih veća": the chairs of many bodies
            if w in HEAD_OF_HOUSE and not host_of_the_event(tokens, i):
                continue  # "Domaćin u romskoj porodici odlučuje": the head of a household
            if i > 0 and tokens.is_capitalised(i) and tokens.is_capitalised(i - 1):
                if not tokens.sentence_initial(i - 1) or ws[i - 1] not in _DEFINITE:
                    continue  # a public office: "the UN Special Rapporteur on trafficking"
            if _event_role(tokens, i):
                first = i - 1 if i > 0 and ws[i - 1] in _DEFINITE | {"our", "nas", "nasa"} else i
                if w == "taker" or (w == "chair" and ws[i - 1] in ("session", "panel")):
                    first = i - 2
                out.append(elimination_candidate(tokens, first, i, rank, "an event role"))
                continue
        if w in _ROLE_VERBS and i > 0:
            who = i - 1 if ws[i - 1] in _WHO else i - 2 if i > 1 and ws[i - 2] in _WHO else -1
            if who < 0 and i > 2 and ws[i - 2] == "god" and ws[i - 3] == "ko":
                who = i - 3  # "Ko god je vodio jutarnji panel": whoever it was, the chair
            if who < 0 and i >= 4 and ws[i - 3 : i - 1] == ["god", "da"] and ws[i - 4] == "ko":
                who = i - 4  # "Ko god da je vodio popodnevni panel"
            if who < 0 and i >= 4 and ws[i - 4 : i - 1] == ["ko", "god", "nas"]:
                who = i - 4  # "Ko god nas je vodio kroz centar"
            if who < 0 and i >= 4 and ws[i - 1] == "je" and ws[i - 2] in ("nas", "nam"):
                if ws[i - 3] in _WHO and ws[i - 4] in PERSON_NOUNS:
                    who = i - 3  # "Paroh koji nas je ugostio na ručku" (not "put koji nas je")
            through = _through_a_place(tokens, i)
            if (
                who >= 0
                and through is not None
                and (ws[who] == "ko" or (who > 0 and ws[who - 1] in PERSON_NOUNS))
            ):
                # A site visit's guide: "Ko god nas je vodio kroz centar u Preševu".
                first = who - 1 if who > 0 and ws[who - 1] in PERSON_NOUNS | _HEADS else who
                out.append(elimination_candidate(tokens, first, through, rank, "an event role"))
                continue
            if who >= 0 and (ws[who] != "that" or (who > 0 and ws[who - 1] in PERSON_NOUNS)):
                if (
                    ws[i]
                    not in ("vodio", "vodila", "opened", "otvorio", "otvorila", "drzao", "drzala")
                    or (i + 1 < n and ws[i + 1] in _SESSION_WORDS)
                    or (i + 2 < n and ws[i + 2] in _SESSION_WORDS)
                ):
                    first = who - 1 if who > 0 and ws[who - 1] in PERSON_NOUNS | _HEADS else who
                    last = next(
                        (k for k in (i + 2, i + 1) if k < n and ws[k] in _SESSION_WORDS), i + 1
                    )  # "Ko god je vodio popodnevni panel": the session it was
                    if (
                        last + 1 < n
                        and ws[last] in ("uvodno", "uvodnu")
                        and ws[last + 1] in ("predavanje", "izlaganje", "obracanje")
                    ):
                        last += 1
                    out.append(
                        elimination_candidate(
                            tokens, first, min(n - 1, last), rank, "an event role"
                        )
                    )
                    continue
        if w in _LEADERS and i + 1 < n and ws[i + 1] in _GROUP_OF_THE_EVENT:
            # "voditelju radionice", "Водитељка радне групе": who led one part of the event.
            last = i + 2 if i + 2 < n and ws[i + 1] == "radne" else i + 1
            out.append(elimination_candidate(tokens, i, last, rank, "an event role"))
            continue
        if (
            w in _LEADERS
            and i + 2 < n
            and ws[i + 1] in _SESSION_ORDINALS
            and ws[i + 2] in _GROUP_OF_THE_EVENT
        ):
            # "Voditelj prve sesije", "voditeljka druge radionice": an ordinal between.
            out.append(elimination_candidate(tokens, i, i + 2, rank, "an event role"))
            continue
        if (
            w in ("glavni", "glavna")
            and tokens.sentence_initial(i)
            and i + 2 < n
            and ws[i + 1] == "za"
        ):
            # "Glavni za graničnu policiju u Kikindi negirao je": the one in charge.
            end = min(n - 1, _sentence_end(tokens, i), i + 6)
            out.append(elimination_candidate(tokens, i, end, rank, "who runs something"))
            continue
        if (
            w == "celu"
            and 1 < i < n - 1
            and ws[i - 1] == "na"
            and (ws[i - 2] in PERSON_NOUNS or ws[i - 2] in ("ona", "onaj"))
        ):
            # "Žena na čelu leskovačkog centra", "Ona na čelu centra u Leskovcu": who heads it.
            end = min(n - 1, _sentence_end(tokens, i), i + 5)
            out.append(elimination_candidate(tokens, i - 2, end, rank, "who runs something"))
            continue
        if (
            w in _ROLE_GERUNDS
            and 1 < i < n - 1
            and tokens.is_capitalised(i - 1)
            and tokens.is_capitalised(i - 2)
            and tokens.joined(i - 2, i - 1, " ")
            and ws[i - 2] not in _STOP | _DESCRIPTORS | _DEFINITE
            and tokens.gap(i - 1, i).strip() == ","
            and tokens.gap(i, i + 1).strip() == ","
            and ws[i + 1] not in _ROLE_GERUNDS
            and ws[i + 1] not in ("and", "i", "or", "ili")
        ):
            # "Bojan Marković, moderating, cut the discussion short": the name's event role.
            out.append(elimination_candidate(tokens, i, i, rank, "an event role"))
            continue
        if w in _ROLE_GERUNDS and i > 0 and ws[i - 1] in _GERUND_HEADS:
            # "The person chairing the data-protection session said": the session's chair.
            stop = min(_sentence_end(tokens, i), i + 5)
            last = next((m for m in range(i + 1, stop + 1) if ws[m] in _SESSION_WORDS), None)
            if w == "interpreting" and i + 2 < len(ws) and ws[i + 1] in ("into", "for"):
                last = i + 2  # "The woman interpreting into Albanian": the session's interpreter
            before = ws[i - 2] if i > 1 else ""
            if last is not None and before not in _INDEFINITE:  # "a person chairing ..."
                first = i - 2 if before in _DEFINITE else i - 1
                out.append(elimination_candidate(tokens, first, last, rank, "an event role"))
                continue
        if w in _MINUTES_VERBS and (keeper := _took_the_minutes(tokens, i)) is not None:
            # "Our colleague from the organising team who took the minutes": the rapporteur.
            out.append(elimination_candidate(tokens, keeper, i + 2, rank, "an event role"))
            continue
        if w in _RUNS and (
            speaks
            or (i > 1 and ws[i - 1] in _WHO and ws[i - 2] in ("ona", "onaj", "she", "he"))
            or _one_who_before(ws, i) is not None
            or _did_something(tokens, i)
        ):
            # With a verb of speaking, as a description needs: "The person who runs the
            # shelter should be trained" is said of whoever it may be; "Ona koja vodi centar u
            # Zaječaru ćutala je" points at her without one.
            last = _runs_one_thing(tokens, i)
            if last is not None:
                first = i - 1 if ws[i - 1] in _WHO else i - 2
                if first > 0 and (ws[first - 1] in PERSON_NOUNS or ws[first - 1] in _THE_ONE_WHO):
                    first -= 1
                one = _one_who_before(ws, i)
                if one is not None:
                    first = one
                out.append(elimination_candidate(tokens, first, last, rank, "who runs something"))
                continue
        if w in ("onaj", "ona", "whoever", "she", "he") and (
            tokens.sentence_initial(i) or _after_a_few(tokens, i)
        ):
            # "Ona iz Šapca, iz ženske mreže, rekla je", "Ona sa Pravnog fakulteta ...": the
            # one from a town or a body, as "onaj koji" is the one who; "She who heads the
            # centre in Bujanovac said".
            if w == "whoever" or (
                i + 1 < n and ws[i + 1] in (("who",) if w in ("she", "he") else _ONE_WHO)
            ):
                end = _description_end(tokens, i)
                if end is not None:
                    out.append(
                        elimination_candidate(tokens, i, end, rank, "a description of one person")
                    )
            continue
        if (
            w in PERSON_NOUNS
            and i > 2
            and ws[i - 2] == "s"
            and ws[i - 3] in _SESSION_WORDS
            and tokens.gap(i - 3, i - 2) in ("'", "’")
        ):
            # "The session's Dari interpreter": who served that part of the event.
            first = i - 4 if i > 3 and ws[i - 4] == "the" else i - 3
            out.append(elimination_candidate(tokens, first, i, rank, "an event role"))
            continue
        if w in _INTERPRETERS and (last := _for_a_language(tokens, i)) is not None:
            # "Tumač za rumunski je morao da pravi pauze", "The interpreter for Romanian had
            # to ...": the one interpreting that language ("nema tumača za farsi" is none).
            first = i - 1 if i > 0 and ws[i - 1] == "the" else i
            out.append(elimination_candidate(tokens, first, last, rank, "an event role"))
            continue
        if w in PERSON_NOUNS and (last := _of_a_session(tokens, i)) is not None:
            # "The interpreter for the afternoon session", "the rapporteur of panel two".
            first = i - 1 if i > 0 and ws[i - 1] == "the" else i
            out.append(elimination_candidate(tokens, first, last, rank, "an event role"))
            continue
        if describes and w in PERSON_NOUNS and w not in CHILDREN:
            found = _description(tokens, i, rank)
            if found is None and speaks:
                found = _told_apart_by_origin(tokens, i, rank)
            if found is not None:
                out.append(found)
    return out


# Words after a capitalised first part that make it a person's origin, faith or language:
# "the Pakistani-born interpreter", "the Hungarian-speaking participant", "the Greek-Catholic
# priest".
_ORIGIN_SUFFIXES = _words("born speaking catholic orthodox")


def _told_apart_by_origin(tokens: Tokens, i: int, rank: int) -> Candidate | None:
    """ "The Greek-Catholic priest said", "the Pakistani-born interpreter said", "The Roma
    participants said": a definite person noun (word ``i``) told apart by a capitalised
    adjective of origin, faith or language, then a verb of speaking: one of the room."""
    ws = tokens.words
    if tokens.serbian or i < 2 or ws[i] in GENERIC_NOUNS - {"participant", "participants"}:
        return None
    k = i - 1
    if ws[k] in _ORIGIN_SUFFIXES and tokens.gap(k - 1, k) == "-":
        k -= 1  # "Pakistani-born", "Greek-Catholic"
    if not tokens.is_capitalised(k) or tokens.is_upper(k) or tokens.sentence_initial(k):
        return None
    if k < 1 or ws[k - 1] != "the":
        return None
    verb = _verb_after(tokens, i)
    if verb is None or verb > i + 3:
        return None  # the verb of speaking is the noun's: "The Greek-Catholic priest said"
    return elimination_candidate(tokens, k - 1, i, rank, "a description of one person")


_SESSION_WORDS = _words("""
session sessions panel panels workshop debate meeting conference day sesiju sednicu panel
diskusiju diskusija raspravu lecture lectures speech talk address
radionicu debatu sastanak konferenciju skup prvi drugi treci uvod uvodno uvodnu predavanje
sesiji panelu radionici sastanku konferenciji skupu diskusiji raspravi debati predavanju
""")
_HEADS = _words("the person one onaj ona")
# Who a role's participle follows: "the person chairing", "the woman moderating" (not "the
# closing session"); built once, not at every trigger word.
_GERUND_HEADS = PERSON_NOUNS | (_HEADS - {"the"})
# A Serbian genitive after a role is what the role is of: "predsedavajući sesije" is the
# session's chair, where "the keynote session" is a session.
_OF_A_SESSION = _words("sesije panela")
_NOT_A_PERSON = _words("""
session sessions panel slot hall room time address speech lecture training trainings sesija
sesije sesiji sesiju panela predavanje obuka obuke addresses speeches lectures talks slots
panels format formats free less style role roles
""")
# Nouns of a sector, not a person: "predstavnica lokalne samouprave je istakla" says which
# kind of institution spoke (affiliation, see :mod:`affiliation`), not who.
_SECTOR_NOUNS = _words("""
representative official officer delegate member employee staff predstavnik predstavnica
sluzbenik sluzbenica clan clanica zaposleni zaposlena
""")
_RELATIVE = _words("who that koja koji sto ko")
_LEADS = _DEFINITE | {"kao", "as"}
_INDEFINITE_INSIDE = _words("a an one jedne jednog jednoj jednom neke nekog nekoj")


# Nouns of a whole sector: "učesnik iz državne institucije", "the participant from civil
# society" says which kind of body spoke (affiliation, when the event is strict), not who.
_SECTOR_WORDS = ("institucij", "organizacij", "sektor", "drustv", "agencij", "samouprav",
                 "institution", "organization", "organisation", "sector", "society", "ngo",
                 "nvo", "vlast", "government", "vlad",
                 # Whole fields of work: "kolega iz zdravstva", "someone from education".
                 "zdravstv", "prosvet", "skolstv", "pravosudj", "sudstv", "obrazovanj",
                 "healthcare", "health sector", "education", "judiciary", "academia",
                 "akademsk", "medij", "media", "civiln")  # fmt: skip


def _sector_only(tokens: Tokens, first: int, last: int) -> bool:
    """Whether words ``first..last`` are just "from a <kind of> institution/sector"."""
    ws = tokens.words
    if last < first or last - first > 3 or ws[first] not in ("iz", "from", "sa", "of", "u"):
        return False
    if not ws[last].startswith(_SECTOR_WORDS):
        return False
    return not any(tokens.is_capitalised(k) or tokens.is_upper(k) for k in range(first, last + 1))


# A role in every group, not one person's: "its own moderator", "svog izvestioca".
_EACH_OWN = _words("own svog svoj svoju svojim svojeg sopstveni sopstvenog sopstvenu")
# "Keynote" as the talk: "the keynote address", "the keynote was followed by ...".
_TALKS = _words("address speech talk lecture session presentation slot")
_TALK_WENT = _words("followed over long short delayed cancelled canceled moved recorded")


def _event_role(tokens: Tokens, i: int) -> bool:
    """Whether word ``i`` (an event role) names the person holding it here."""
    ws = tokens.words
    w = ws[i]
    nxt = ws[i + 1] if i + 1 < len(ws) else ""
    prev = ws[i - 1] if i > 0 else ""
    if prev in _EACH_OWN:
        return False  # "each working group chose its own moderator": one per group
    if w == "keynote" and (
        nxt in _TALKS or (nxt in ("was", "is") and i + 2 < len(ws) and ws[i + 2] in _TALK_WENT)
    ):
        return False  # "the keynote was followed by questions": the talk, not the speaker
    if w == "taker":  # "the note-taker for the housing group": its group's one note-taker
        return prev == "note" and i > 1 and ws[i - 2] in ("the", "our")
    if w in ("host", "hostess", "hosts"):
        return prev in ("our", "the") and nxt not in _NOT_AFTER_HOST
    if w == "chair":
        # "the chair said", "the chair of the panel"; not "a chair", "the chair by the door"
        if prev in ("session", "panel") and i > 1 and ws[i - 2] in ("the", "our"):
            return True  # "the session chair ruled"
        if (
            prev == "the"
            and tokens.sentence_initial(i - 1)
            and (
                nxt.endswith("ed") or nxt in ("cut", "let", "kept", "took", "gave", "made", "ruled")
            )
        ):
            return True  # "The chair cut the discussion short"
        return prev in ("the", "our") and (nxt in REPORT_VERBS or nxt in ("of", "asked"))
    if w == "organizator":
        return prev in _DEFINITE or nxt in REPORT_VERBS or nxt == "je"
    if w in ("organiser", "organizer", "convener", "convenor", "facilitator", "panellist",
             "panelist", "panellists", "panelists", "panelisti"):  # fmt: skip
        later = ws[i + 1 : min(len(ws), i + 4)]
        plural = [w[:-2] + "la" for w in later if w.endswith("li")]  # "su se složili"
        return (
            prev in ("the", "our")
            or nxt in REPORT_VERBS
            or not REPORT_VERBS.isdisjoint(later)
            or not REPORT_VERBS.isdisjoint(plural)
        )
    return True


def _description_end(tokens: Tokens, i: int) -> int | None:
    """Last word of a description starting at word ``i``: up to the verb of speaking (or a
    few words when there is none), ``None`` when nothing is said by the one described."""
    verb = _verb_after(tokens, i)
    if verb is None:
        return None
    end = verb - 1
    while end > i and tokens.words[end] in ("je", "has", "had", "is", "was", "se", "su"):
        end -= 1
    return min(end, i + _MAX_DESCRIPTION)


def _description(tokens: Tokens, i: int, rank: int) -> Candidate | None:
    """A definite description of one participant who says something (see the module)."""
    ws = tokens.words
    n = len(ws)
    if _LEADS.isdisjoint(ws[max(0, i - 3) : i]) and not any(
        tokens.sentence_initial(k) for k in range(max(0, i - 3), i + 1)
    ):
        # Cheap test first: without "the"/"as"/"kao" just before, the noun must open its
        # sentence (after at most three modifiers) to head a description.
        return None
    start = _head_start(tokens, i)
    if start is None:
        return None
    if ws[i] == "imam" and tokens.serbian and i + 1 < n and _have_object(tokens, i + 1):
        return None  # "Imam utisak da ...": "I have", not the imam ("Imam je rekao")
    if ws[start] in _IF or (start > 0 and ws[start - 1] in _IF):
        return None  # "if the person who answers speaks ...": whoever it will be
    if start > 1 and ws[start - 1] == "as" and ws[start - 2] in _TENURE:
        return None  # "Rasim Ljajić's years as minister": an office held, not a description
    generic = ws[i] in GENERIC_NOUNS
    nxt = ws[i + 1] if i + 1 < n else ""
    if nxt in PERSON_NOUNS:
        return None  # the first of two nouns: "the interpreter colleague" is found at the second
    if nxt in _A_THING_OF:
        return None  # "the Roma health mediator programme": a programme, not a mediator
    if ws[i] == "one" and nxt in ("that", "which") and (i == 0 or ws[i - 1] != "the"):
        return None  # "cited as one that has kept its class": a thing, not a person
    if nxt and i > 0 and ws[i - 1] in FORMER and tokens.is_capitalised(i + 1):
        return None  # "the former president Tomislav Nikolić": an office of public record
    if i > 0 and ws[i - 1] in FORMER and ws[i] in _OFFICES:
        return None  # "The former Minister of Interior announced ... in 2018": history
    if (
        ws[i] in _OFFICES
        and nxt
        and tokens.is_capitalised(i + 1)
        and nxt.endswith(("ske", "ije", "ke"))
    ):
        return None  # "Predsednik Mađarske je 2017. obišao ogradu": another country's office
    # A title before a name ("Advokat Ramadani ... najavio"): the description ends at the name.
    named = nxt != "" and tokens.is_capitalised(i + 1) and tokens.joined(i, i + 1, " ")
    described = nxt in _DESCRIPTORS and tokens.joined(i, i + 1, " ")
    modified = start < i and ws[start] not in _DEFINITE or start < i - 1
    if generic and not (described or modified):
        return None
    if not tokens.serbian and ws[start] not in _DEFINITE and not described:
        return None  # English needs "the": "Lawyers say", "Judges must" are general statements
    self_described = start > 0 and ws[start - 1] in ("kao", "as") and nxt in _RELATIVE
    end = _description_end(tokens, i)
    if end is None:
        if not self_described:
            return None
        end = min(_sentence_end(tokens, i), i + _MAX_DESCRIPTION)
    if named:
        last = i + 1
        while last + 1 <= end and tokens.is_capitalised(last + 1) and tokens.joined(last, last + 1):
            last += 1
        if last + 1 < n and ws[last + 1] in _PREDICATE_STARTS and tokens.joined(last, last + 1):
            end = min(end, last)  # the predicate starts right after the name
    inside = ws[i + 1 : end + 1]
    if not _INDEFINITE_INSIDE.isdisjoint(inside[:2]) and not _in_a_town(tokens, i + 1, end):
        # "predstavnik jedne međunarodne organizacije": one of many; not "direktorka jedne
        # škole u Sjenici", "the head of a small school in Sjenica" (a town has few).
        return None
    if (
        ws[i] in _SECTOR_NOUNS
        and _RELATIVE.isdisjoint(inside)
        and "charge" not in inside
        and "responsible" not in inside
    ):
        return None  # "the officer in charge of the station" runs one thing
    if _sector_only(tokens, i + 1, end):
        return None
    return elimination_candidate(tokens, start, max(end, i), rank, "a description of one person")


def _in_a_town(tokens: Tokens, first: int, last: int) -> bool:
    """Whether words ``first``..``last`` place something in a named town: "u Sjenici", "in
    Tutin" (a preposition of place, then a capitalised word)."""
    ws = tokens.words
    return any(ws[k] in ("u", "in") and tokens.is_capitalised(k + 1) for k in range(first, last))


# A condition names whoever it will be: "if the person who answers ...", "Ako žena traži
# smeštaj noću, ...", "Svaka žena koja ..." ("when" opens past narrative too: "When the
# director spoke, the room went quiet" is one person).
_IF = _words("if unless whether ako ukoliko whenever svaki svaka svako every")
# Offices of public record: their former holders are history, not someone in the room.
_OFFICES = _words("""
minister president mayor ombudsperson ombudsman commissioner ambassador premier ministar
ministarka predsednik predsednica gradonacelnik gradonacelnica premijer premijerka ambasador
""")
# Nouns a person's noun only qualifies: "the mediator programme", "the volunteer network".
_A_THING_OF = _words("""
programme program programmes programs project projects scheme schemes network networks
service services position positions post posts system model training pool roster list
""")
_TENURE = _words("years year time term days tenure mandate career decade")
# Who held an office once: "the former president", "bivši ministar", "the late mayor".
# Before an office, a holder of it in the past (namesakes.py reads the same words).
FORMER = _words("former late bivsi bivsa bivseg bivsem bivsoj bivsu pokojni pokojna pokojnog")


def _have_object(tokens: Tokens, k: int) -> bool:
    """Whether word ``k`` reads as the object of the verb "imam" (I have) before it: a
    lower-case word that is neither the predicate of the imam ("je rekao") nor where he is
    from ("iz Tutina")."""
    w = tokens.words[k]
    return not (
        tokens.is_capitalised(k)
        or w in _PREDICATE_STARTS
        or w in REPORT_VERBS
        or w in _DESCRIPTORS
        or w in ("se", "nam", "mu")
    )


_PREDICATE_STARTS = _words("je su has have had is was were will would")
_HIS = _words(
    "his her their njegov njegova njegovog njegovom njen njena njenog njenom njihov njihova"
)
SIDEKICKS = _words("""
deputy assistant adviser advisor secretary colleague partner interpreter driver zamenik zamenica
pomocnik pomocnica savetnik savetnica sekretar sekretarica kolega koleginica prevodilac
prevoditeljka vozac
""")


def sidekick_speaking(tokens: Tokens, last: int, rank: int = 5) -> Candidate | None:
    """ "Poverenica nije stigla, ali je njen zamenik rekao ...": later in the sentence of a
    named person or a protected role, their deputy or assistant speaking is one known person
    too (word ``last`` ends the name or the role)."""
    ws = tokens.words
    stop = min(_sentence_end(tokens, last), last + _MAX_DESCRIPTION)
    for k in range(last + 1, stop):
        if ws[k] in _HIS and ws[k + 1] in SIDEKICKS:
            verb = k + 2
            while verb <= stop and ws[verb] in ("je", "has", "had", "then", "also", "takodje"):
                verb += 1
            if verb <= stop and ws[verb] in REPORT_VERBS:
                return elimination_candidate(tokens, k, k + 1, rank, "tied to a named person")
    return None


def tied_to_named(tokens: Tokens, last: int, rank: int = 5) -> Candidate | None:
    """ "Marko and his deputy", "Jelena i njena zamenica": after a name, whoever is said to
    be that person's deputy or assistant is one known person too."""
    ws = tokens.words
    k = last + 1
    if k + 2 >= len(ws) or ws[k] not in ("and", "i") or ws[k + 1] not in _HIS:
        return None
    if ws[k + 2] not in SIDEKICKS and ws[k + 2] not in PERSON_NOUNS - GENERIC_NOUNS:
        return None
    return elimination_candidate(tokens, k + 1, k + 2, rank, "tied to a named person")


# One organisation at the table by its kind, saying something: "The Romanian NGO said", "the
# disability organisation at the table argued", "Rumunsko udruženje kaže", "Udruženje za
# hraniteljstvo se protivi". The kind narrows the room to one body, as "the only judge" does
# a person; "an NGO said", "jedno udruženje smatra" (any of them) and a bare "the organisation
# said" (one named before) are not descriptions.
_ORG_HEADS = _words("""
ngo organisation organization association network charity foundation udruzenje organizacija
mreza fondacija nvo
""")
_NOT_DISTINCT = _words("""
same other whole new first second last such this that each every any either neither
""")
# "The NGO at the table said": where it sat (a preposition, then "the table", "this room").
_AT_THE = _words("at in around")
_AT_THE_TABLE = _words("table room")
_MAX_MODIFIERS = 3
_STANCE = _words("protivi zalaze trazi upozorava smatra tvrdi kaze")


def _says(w: str) -> bool:
    return w in REPORT_VERBS or w in _STANCE


def _org_verb(tokens: Tokens, k: int, hi: int) -> bool:
    """Whether a verb of speaking or of a stance comes at word ``k`` (after "se", "je")."""
    ws = tokens.words
    while k <= hi and ws[k] in ("se", "je", "has", "had", "also", "takodje"):
        k += 1
    return k <= hi and _says(ws[k])


def organisation_described(tokens: Tokens, rank: int = 5) -> list[Candidate]:
    """Candidates (folded offsets) for a definite description of one organisation followed
    by a verb of speaking or of a stance ("The Roma women's network at the table said",
    "Romska ženska mreža se protivi"); none where no organisation's head noun occurs."""
    out: list[Candidate] = []
    if _ORG_HEADS.isdisjoint(tokens.vocab):
        return out
    ws = tokens.words
    n = len(ws)
    ends = tokens.sentence_ends()
    for i in tokens.positions(_ORG_HEADS):
        s = bisect.bisect_left(ends, i)
        lo = ends[s - 1] + 1 if s else 0
        hi = ends[s]
        if not tokens.serbian:
            # "The <modifiers> NGO": the article opens the sentence or follows a comma.
            start = next((k for k in range(i - 1, max(lo, i - _MAX_MODIFIERS - 1) - 1, -1)
                          if ws[k] == "the"), None)  # fmt: skip
            if start is None or (start > lo and tokens.gap(start - 1, start).strip() != ","):
                continue
            modifiers = ws[start + 1 : i]
            if not _NOT_DISTINCT.isdisjoint(modifiers) or any(w in _STOP for w in modifiers):
                continue
            k = i + 1
            at_table = (
                k + 2 < n
                and ws[k] in _AT_THE
                and ws[k + 1] in ("the", "this")
                and ws[k + 2] in _AT_THE_TABLE
            )
            if at_table:
                k += 3
            if not (modifiers or at_table) or not _org_verb(tokens, k, min(hi, k + 2)):
                continue
            first, last = start, k - 1
        else:
            if not any(tokens.sentence_initial(k) for k in range(max(lo, i - 2), i + 1)):
                continue
            before = ws[lo:i]
            if before and (len(before) > 2 or not all(w.endswith(("o", "a", "i")) for w in before)):
                continue  # adjectives only: "Rumunsko udruženje", "Romska ženska mreža"
            if any(w in ("jedno", "jedna", "neko", "neka", "nijedno", "nijedna", "svako",
                         "svaka") for w in before):  # fmt: skip
                continue
            k = i + 1
            if k < n and ws[k] == "za":  # "Udruženje za pravnu pomoć se protivi"
                k += 1
                while k < n and k <= i + 4 and ws[k] not in ("se", "je") and not _says(ws[k]):
                    k += 1
            if not (before or k > i + 1) or not _org_verb(tokens, k, min(hi, k + 2)):
                continue
            first, last = lo, k - 1
        out.append(
            elimination_candidate(
                tokens, first, last, rank, "a description of one organisation",
                suggestion="an organisation",
            )
        )  # fmt: skip
    return out
