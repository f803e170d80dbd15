"""A listed organisation as a voice in the room, or only as a topic or a source.

The Rule protects who was in the room, not which bodies exist. "IOM runs the only transit
shelter", "prema podacima UNHCR-a", "the role of the Ombudsperson", "ask the Ministry of
Education to publish the data" tell a reader nothing about who spoke or who was there. What
does is a frame that puts the body in the room:

- someone from it, for it, with it, in its name: "a colleague from UNHCR", "koleginica iz
  IOM-a", "speaking for UNICEF", "who is with the border police", "u ime Zaštitnika
  građana", "representing KIRS", "predstavnica Đerdana", "the representative of OSCE";
- its people after it: "the IOM team", "UNICEF's representative", "UNICEF-ov tim", "the
  OSCE's national officer", "the Ombudsperson's office, where she works";
- the body itself speaking or present: "UNICEF said", "KIRS je naglasio", "UNHCR was
  represented", "IOM attended", "the proposal of UNICEF", "UNICEF's point";
- "we" or "our" next to it: "we at IOM", "our UNHCR colleagues", "mi u UNICEF-u";
- a person named, described or speaking for themselves in the same sentence: "Vasić said
  that KIRS only counts those who register" (the pair says who works where).

Elsewhere a listed organisation's name is a topic; the guard leaves it alone. A protected
*role* is never excused this way: a role is one person.
"""

from __future__ import annotations

from roundtable_app.guard.indirect import DEMONYMS, PERSON_NOUNS
from roundtable_app.guard.matcher import NEUTER_PARTICIPLE, PERSON_VERBS
from roundtable_app.guard.serbian import inflections
from roundtable_app.guard.tokens import Tokens


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# People and groups of people a body sends: every case form of the Serbian nouns (the body
# follows them in the genitive: "predstavnici UNICEF-a", "kolegama iz"), the English plural.
_GROUPS = _words("""
team teams staff delegation delegate delegates colleagues people representatives officials
officers experts members workers rep reps adviser advisers advisor advisors secretary
spokesperson spokeswoman spokesman tim tima timu timom delegacija delegacije delegaciju ekipa
ekipe ekipu osoblje osoblja ljudi kolege kolegama koleginice koleginicama predstavnici
predstavnicima predstavnice zaposleni zaposlenih savetnik savetnika savetnica savetnicu
""")
# People no body sends: those it serves, or anyone by origin ("Program IOM-a retko biraju
# Avganistanci" is about the Afghans).
_NOT_STAFF = DEMONYMS | _words("""
rom romkinja returnee deportee detainee mladic devojka devojcica decak student studentkinja
guest gost gosca woman man lady gentleman guy zena muskarac momak
""")
_PEOPLE = (
    frozenset(
        form
        for noun in PERSON_NOUNS - _NOT_STAFF
        for form in inflections(noun, plural=True) | {noun + "s"}
    )
    | _GROUPS
)
# What a body says or puts to the room ("UNICEF's point", "predlog UNICEF-a").
_CONTRIBUTIONS = _words("""
point points position view views proposal proposals suggestion remark remarks comment comments
intervention question questions statement concern concerns presentation input contribution
stance objection reply answer
predlog predloga predlogu stav stava stavu pitanje pitanja primedba primedbu primedbe
izlaganje izlaganja izlaganju prezentacija prezentaciji prezentaciju komentar komentara
intervencija intervenciju odgovor odgovora
""")
# Being there or sending someone: "UNHCR was represented", "IOM attended", "KIRS je
# učestvovao", "the ministry did not send anyone", "Zaštitnik je poslao savetnika".
_PRESENT = _words("""
attended attends participated participates joined represented present sent send brought
prisustvovao prisustvovala prisustvovali prisustvuje ucestvovao ucestvovala ucestvovali
ucestvuje ucestvuju predstavljen predstavljena predstavljeni prisutan prisutna prisutni
poslao poslala poslali poslalo doveo dovela doveli dovelo
dosao dosla dosli doslo stigao stigla stigli stiglo came arrived
""")
# The most words a body's name runs to before the comma after it.
_BODY_WORDS = 6
# "at the meeting", in Serbian after "na": "UNFPA-u je na skupu povereno ...".
_THE_MEETING = _words("skupu sastanku konferenciji okruglom radionici panelu")
# A sentence about who attended puts every body it names in the room ("Those present included
# people from UN Women and Terre Commune").
ATTENDANCE = _words("""
present attended attending participated prisustvovali prisustvovao prisustvovala ucestvovali
ucestvovao ucestvovala prisutni prisutan prisutna
""")
# Serbian institutions are neuter ("Ministarstvo je odgovorilo", "Udruženje je najavilo"):
# the neuter past of every verb of speaking, made from the feminine.
_VERBS = PERSON_VERBS | frozenset(w[:-1] + "o" for w in PERSON_VERBS if w.endswith("la"))
# A body refusing the speaker's request acts on them ("KPM je odbio zahtev"); said of a judge
# it is the judge's office, no voice ("Sudija je odbio žalbu"), so no verb of speaking.
_VERBS |= frozenset({"odbio", "odbila", "odbili", "odbija", "refused"})
# A body committing itself at the table: "UNHCR committed to funding", "UNHCR se obavezao".
_VERBS |= frozenset({"committed", "pledged", "promised", "obavezao", "obavezala", "obavezali",
                     "obecao", "obecala", "obecali", "dogovoreno", "dogovorio", "dogovorila",
                     "dogovorili"})  # fmt: skip
_AUXILIARIES = _words("""
su je smo ste has have had were was is are also takodje nam isto jos will would did does do not
nije nisu ne nece didn t jer se
""")
# Words that end the phrase after a body: a preposition starts another one ("UNICEF's support
# for social workers" is about the workers).
_PHRASE_END = _words("""
for of to in on at with by from za o na u od sa s iz prema kod and i ili or
""")
_FROM = _words("from iz ispred")
_WITH = _words("sa s with")
_WORK_VERBS = _words("""
speaking speaks spoke speak works work worked working here volunteers volunteer writes
writing radi rade radim radimo radila radio radili
""")
_REPRESENTING = _words("""
representing represents represented represent predstavlja predstavljao predstavljala
predstavljaju predstavljam predstavljamo
""")
_WE = _words("we us i mi ja sam smo am")
_OUR = _words("""
our my nas nasa nase naseg nasem nasoj nasi nasih nasim nasu nasom moj moja moje mog mom mojoj
""")
# "their director", "njihova direktorka": a body's own people, said of the body named.
_THEIR = _words("""
their its njihov njihova njihovo njihovi njihove njihovog njihovom njihovoj njegov njen
njihovih njihovim njihovu njegovi njegovih njeni njenih
""")
# The people of a body, as a verb with "u" before it: "U Oazi rade dva psihologa", "u MOST-u
# imaju sedam terapeuta".
_THEY_DO = _words("rade radi imaju kazu smatraju misle tvrde")
# Parts of a body that stand for it: "iz kancelarije Poverenika", "from the office of X".
_OFFICES = _words("""
office offices kancelarija kancelarije kancelariji kancelariju sluzba sluzbe sluzbi odeljenje
odeljenja sektor sektora
""")
_ARTICLES = _words("the a an")
_BE = _words("was were is are been being be")
_WHERE = _words("where gde gdje")


# The speaker as "we": "As UNHCR, we ...", "Kao UNICEF, ne možemo ..." (a Serbian verb in the
# first person plural ends in "-mo"). Not selfref's test of the first person, whose "i" (I)
# is the Serbian "and" here: "Kao UNHCR, i druge agencije ...".
_WE_WORDS = _words("we our us mi nas nama nasa nase nasi nasem nasoj nasu")
_NOT_WE_VERBS = _words("samo tamo ovamo onamo kamo nikamo jedino svejedno")
_FIRST_PERSON_REACH = 6


def _first_person_after(tokens: Tokens, first: int) -> bool:
    """Whether the clause after a comma following the body at ``first`` is said by "we"."""
    ws = tokens.words
    n = len(ws)
    k = first
    while k + 1 < n and tokens.gap(k, k + 1).strip()[:1] != ",":
        k += 1
        if k > first + _BODY_WORDS:
            return False
    for j in range(k + 1, min(n, k + 1 + _FIRST_PERSON_REACH)):
        w = ws[j]
        if w in _WE_WORDS or (
            tokens.serbian and len(w) > 4 and w.endswith("mo") and w not in _NOT_WE_VERBS
        ):
            return True
    return False


def _before(tokens: Tokens, first: int) -> bool:
    """Whether the words before the body put it in the room."""
    ws = tokens.words
    k = first - 1
    while k >= 0 and ws[k] in _ARTICLES:
        k -= 1
    if k < 0:
        return False
    w = ws[k]
    prev = ws[k - 1] if k > 0 else ""
    if w in _WITH:
        # "dogovoreno je sa UNICEF-om", "agreed with UNHCR"; not a dated past ("Sa UNDP-om
        # je grad još 2022. potpisao memorandum"): a year makes it history, not the meeting.
        return not _dated(tokens)
    if w in _FROM or w in _REPRESENTING or w in _OUR or w in _PEOPLE or w in _CONTRIBUTIONS:
        return True
    if w in _OFFICES:
        return _before(tokens, k)  # "iz kancelarije Poverenika"
    if w == "ime" and prev == "u":
        return True  # "u ime Zaštitnika građana"
    if w == "of":
        if prev in _OFFICES:
            return _before(tokens, k - 1)  # "from the office of the Ombudsperson"
        return prev in _PEOPLE or prev in _CONTRIBUTIONS or prev == "behalf"
    if w == "for":
        return prev in _WORK_VERBS
    if w in ("at", "u", "kod", "in"):
        if prev in _PEOPLE or prev in _WORK_VERBS or prev in _WE or prev in _OUR:
            return True
        if k > 1 and ws[k - 2] in _OUR:
            return True  # "our mandate at the Ministry of Health", "naš posao u UNICEF-u"
        return w == "u" and _does_after(tokens, first)
    if w == "by":
        return prev in _VERBS  # "it was proposed by UNICEF"
    if w in ("as", "kao") and tokens.sentence_initial(k):
        return _first_person_after(tokens, first)  # "Kao UNHCR, mi ne ulazimo ..."
    if (w == "to" and prev == "according") or w == "prema":
        # "according to IAN, arrivals doubled": what it said, not what it wrote ("according
        # to UNHCR's latest monthly update" is a source)
        return not _document_after(tokens, first)
    return False


_SINCE = _words("od since")


def _dated(tokens: Tokens) -> bool:
    """Whether the text names a year ("2022.", "in 2019") as a date, not as the start of a
    tenure ("sa ILO-om od 2011." is someone who works there)."""
    ws = tokens.words
    return any(
        len(w) == 4 and w.isdigit() and w[:2] in ("19", "20") and not (k and ws[k - 1] in _SINCE)
        for k, w in enumerate(ws)
    )


# What a body publishes: after its name, it is the source cited ("UNHCR's latest update").
_DOCUMENTS = ("report", "update", "data", "figure", "statistic", "survey", "study", "bulletin",
              "guidance", "guideline", "factsheet", "map", "izvestaj", "izvjestaj", "podac",
              "podatak", "statistik", "studij", "analiz", "istrazivanj", "website", "web",
              "site", "sajt", "portal", "stranic", "register", "registar", "database",
              "baz")  # fmt: skip


def _document_after(tokens: Tokens, first: int) -> bool:
    """Whether a document or data word is among the five words after the body."""
    ws = tokens.words
    return any(w.startswith(_DOCUMENTS) for w in ws[first + 1 : first + 6])


def _does_after(tokens: Tokens, first: int) -> bool:
    """Whether a verb of the body's people follows "u <body>": "U Oazi rade dva psihologa"."""
    ws = tokens.words
    for j in range(first + 1, min(len(ws), first + 4)):
        if ws[j] in _THEY_DO:
            return True
    return False


_AND = _words("and i or ili")
_BOTH = _words("both oba obe")


def _past_coordinated(tokens: Tokens, k: int) -> int:
    """The word after "and <Name>" and "both" that follow a body ("WHO and the Ministry of
    Health both sent someone", "UNHCR i IOM su rekli"): the verb after the pair is said of
    both. ``k`` itself when neither follows."""
    ws = tokens.words
    n = len(ws)
    j = k
    if j < n and ws[j] in _AND:
        j += 1
        while j < n and ws[j] in _ARTICLES:
            j += 1
        if j < n and tokens.is_capitalised(j):
            j += 1
            while (
                j < n
                and tokens.joined(j - 1, j, " -")
                and (tokens.is_capitalised(j) or ws[j] in ("of", "for", "za"))
            ):
                j += 1  # "the Ministry of Health"
            if j < n and tokens.gap(j - 1, j) == "-" and len(ws[j]) <= 3:
                j += 1  # "i IOM-a"
        else:
            j = k
    while j < n and ws[j] in _BOTH:
        j += 1
    return j


def _after(tokens: Tokens, last: int) -> bool:
    """Whether the words after the body put it in the room."""
    ws = tokens.words
    n = len(ws)
    k = last + 1
    # A case ending or possessive written apart: "UNICEF-ov", "UNHCR-a", "UNICEF's".
    if k < n and tokens.gap(last, k) in ("-", "'", "\u2019") and len(ws[k]) <= 3:
        k += 1
    k = _past_coordinated(tokens, k)
    between = 0  # words passed that are not auxiliaries
    for j in range(k, min(n, k + 4)):
        if not tokens.joined(j - 1, j, " -'\u2019"):
            break
        w = ws[j]
        if w in _PEOPLE:
            return True  # "the IOM team", "UNICEF's child protection officer"
        if w == "na" and j + 1 < n and ws[j + 1] in _THE_MEETING:
            return True  # "UNFPA-u je na skupu povereno"
        if w in ("nije", "nisu") and j + 1 < n and ws[j + 1] in ("bilo", "bio", "bila", "bili"):
            return True  # "UNHCR-a nije bilo trećeg dana": there on the others
        if (
            j == k + 1
            and ws[j - 1] == "je"
            and ws[k - 1].endswith("u")
            and NEUTER_PARTICIPLE.match(w)
        ):
            return True  # "IOM-u je prepušteno da organizuje", "Unicefu je palo na pamet"
        if w in _PRESENT or w in _CONTRIBUTIONS:
            return between == 0  # "UNHCR was represented", "UNICEF's point"
        if w in _VERBS:
            # "UNICEF je takođe rekao"; not a passive ("the border police were described as
            # unwilling", "the Higher Court was mentioned"): the body is spoken of.
            return between == 0 and ws[j - 1] not in _BE
        if j == k and (w in _WE or w in _WHERE):
            return True  # "at UNICEF we ...", "the office where she works"
        if w in _PHRASE_END:
            break
        if w not in _AUXILIARIES:
            between += 1
            if between > 2:
                break
    # "X's office, where she works": a comma before the relative clause.
    return any(
        ws[j] in _WHERE and tokens.gap(j - 1, j).strip() == "," for j in range(k, min(n, k + 3))
    )


def in_the_room(tokens: Tokens, first: int, last: int) -> bool:
    """Whether the listed organisation at words ``first``..``last`` is put in the room by the
    words around it (see the module's docstring)."""
    return _before(tokens, first) or _after(tokens, last)


# "they said", "rekli su": a body's people speaking as "they" (the plural of every Serbian
# verb of speaking, made from the feminine; English "they" before a verb of speaking).
_THEY_SAID = frozenset(w[:-1] + "i" for w in _VERBS if w.endswith("la"))
_THEY = _words("they oni one")
# What "they" do when they are a body's people speaking (not "the only option they were
# offered": a passive is done to them).
_THEY_VERBS = _THEY_SAID | _words("""
said told asked promised explained insisted stressed noted argued replied answered warned
confirmed proposed suggested admitted
""")
_THEY_AUXILIARIES = _words("su have had also then later takodje isto jos nam")


def _they_said(ws: list[str], j: int, hi: int) -> bool:
    """Whether word ``j`` starts "they said" / "rekli su" / "su rekli" / "oni su tražili"."""
    w = ws[j]
    if w in _THEY_SAID:
        return (j < hi and ws[j + 1] == "su") or (j > 0 and ws[j - 1] == "su")
    if w in _THEY:
        for k in range(j + 1, min(hi, j + 3) + 1):
            if ws[k] in _THEY_VERBS:
                return True
            if ws[k] not in _THEY_AUXILIARIES:
                return False
    return False


_HERE = _words("here ovde ovdje tu")
_WAS = _words("was were bio bila bili bilo bile")


def _was_near(ws: list[str], j: int, lo: int, hi: int) -> bool:
    """Whether a past "be" stands within two words of "here" at ``j``."""
    return any(ws[k] in _WAS for k in range(max(lo, j - 2), min(hi, j + 3) + 1) if k != j)


def _speech_in(ws: list[str], lo: int, hi: int) -> bool:
    """Whether a verb of speaking stands in words ``lo``..``hi``."""
    return any(ws[j] in _VERBS for j in range(lo, hi + 1))


def about_people(tokens: Tokens, lo: int, hi: int) -> bool:
    """Whether words ``lo``..``hi`` (a sentence) say who attended, speak of a body's own
    people ("rekla je njihova direktorka") or have its people speak as "they" ("rekli su da
    će ih prevesti"): every body named there is in the room."""
    ws = tokens.words
    for j in range(lo, hi + 1):
        w = ws[j]
        if w in ATTENDANCE:
            return True
        if w in _THEIR and j < hi and ws[j + 1] in _PEOPLE and _speech_in(ws, lo, hi):
            return True  # not "its volunteers were the first at the levee"
        if _they_said(ws, j, hi):
            return True
        if w in _HERE and _was_near(ws, j, lo, hi):
            return True  # "Ovde je bio i UNHCR", "UNICEF was here too"
    return False
