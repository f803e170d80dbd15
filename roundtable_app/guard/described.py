"""What a remark says about a person it names, and who else it says was there.

After a name, the words that describe its bearer give away their role, workplace or origin
as surely as the name does: "Dejan Pavlović, a lawyer in Niš, listed...", "Amira Hadad,
prevoditeljka za arapski, rekla je...", "Branka Jeremić iz škole u Bujanovcu", "Mrs Rakić
(health centre, Vranje)". Removing the name alone would leave the description to identify
the speaker, so the description is a finding of its own. These rules run only after a name
was found, so they never flag a remark that names nobody.

A description of someone followed by a clause saying they were present ("Her deputy, who
also attended, disagreed", "Njen muž, koji je takođe bio na skupu", "The mother of a boy held
at Kruševac, who attended as an observer") tells the reader who else was in the room, which
the Rule forbids as much as naming the speaker.
"""

from __future__ import annotations

import bisect
import re

from roundtable_app.guard.finding import Candidate
from roundtable_app.guard.indirect import (
    GENERIC_NOUNS,
    PERSON_NOUNS,
    REPORT_VERBS,
    elimination_candidate,
)
from roundtable_app.guard.selfref import is_organisation_word
from roundtable_app.guard.tokens import Tokens

_ARTICLES = frozenset({"a", "an", "the", "one"})
# Relative words opening a clause about the person named just before: "who works as",
# "koja se uključila onlajn", "kod koje smo bili", "čiju je kancelariju".
_RELATIVE = frozenset({"who", "whose", "whom", "koji", "koja", "koje", "kojeg", "kojega",
                       "kojoj", "kojem", "kojim", "ciji", "cija", "ciju", "cije", "kod",
                       "sa"})  # fmt: skip
# Serbian appositions often open with an adjective ("socijalna radnica iz Čačka",
# "predsednik mesne zajednice"): a person noun among their first three words will do.
_HEAD_WORDS = 3
_MAX_WORDS = 12
_OPENERS = frozenset({",", "—", "–", "-", "("})
_CLOSERS = (",", "—", "–", " - ", ")")
# Words after which a comma does not open a description: "Petrović, however, said".
_NOT_DESCRIPTION = frozenset({"however", "though", "too", "also", "and", "but", "then", "i",
                              "a", "ali", "medjutim", "takodje", "pak", "ipak", "naravno",
                              "inace", "please", "thanks"})  # fmt: skip
# Words that may open a description when a person noun follows: "herself a former social
# worker", "inače socijalni radnik iz Tutina".
_LEADS_IN = frozenset({"herself", "himself", "inace", "sama", "sam", "also", "takodje"})
_FROM = frozenset({"from", "at", "iz"})
# What may stand between a name and the body after "from": an article, adjectives.
_BODY_STOP = frozenset({"said", "says", "told", "asked", "noted", "argued", "added", "and",
                        "but", "who", "that", "je", "su", "i", "a", "ali", "koji", "koja",
                        "kaze", "rekla", "rekao", "smatra", "tvrdi", "on", "ona"})  # fmt: skip
_MAX_BODY = 5


def _candidate(tokens: Tokens, first: int, last: int, rank: int, what: str) -> Candidate:
    # Deleted with the name, not reworded (see replacements.replacement_choices).
    return elimination_candidate(tokens, first, last, rank, what, suggestion=None)


def _person_word(w: str) -> bool:
    return w in PERSON_NOUNS and w not in ("one", "person")


def _apposition(tokens: Tokens, last: int, rank: int) -> Candidate | None:
    """ ", a lawyer in Niš," / ", who works as an Arabic interpreter," / ", zamenica tužioca u
    Kraljevu," after the name ending at word ``last``, up to the comma, dash or bracket that
    closes it (a description running to the sentence's end is left alone: it may be what
    was said)."""
    ws = tokens.words
    n = len(ws)
    k = last + 1
    if k >= n:
        return None
    gap = tokens.gap(last, k).strip()
    if gap not in _OPENERS:
        return None
    bracket = gap == "("
    article = ws[k] == "a" and any(_person_word(w) for w in ws[k + 1 : k + 1 + _HEAD_WORDS])
    lead_in = ws[k] in _LEADS_IN and any(_person_word(w) for w in ws[k + 1 : k + 5])
    if ws[k] in _NOT_DESCRIPTION and not bracket and not article and not lead_in:
        return None  # Serbian "a" is "and"; the English article opens a description
    if tokens.is_capitalised(k) and ws[k] not in _ARTICLES and not bracket:
        if not (tokens.serbian and _person_word(ws[k])):
            return None  # "Petrović, Jovanović and Ilić": another name, not a description
    opens = ws[k] in _ARTICLES or ws[k] in _RELATIVE or bracket or lead_in
    if bracket and any(ch.isdigit() for ch in ws[k]):
        return None  # "(2023)", "(42)": a year or an age, not where the person is from
    if not opens and not any(_person_word(w) for w in ws[k : k + _HEAD_WORDS]):
        return None
    if ws[k] in ("one",) and not (k + 1 < n and ws[k + 1] == "of"):
        return None
    stop = min(n - 1, k + _MAX_WORDS)
    for m in range(k, stop + 1):
        after = tokens.gap(m, m + 1) if m + 1 < n else tokens.text.folded[tokens.ends[m] :]
        closed = ")" in after if bracket else any(c in after for c in _CLOSERS)
        if closed:
            if m + 1 >= n or after.strip()[:1] in (".", "!", "?"):
                return None
            return _candidate(tokens, k, m, rank, "describes a named person")
        if any(c in after for c in ".!?;:\n"):
            return None
    return None


# Kinds of place a person works at that are no organisation by name (word beginnings).
_WORKPLACES = ("parohij", "crkv", "dzamij", "skol", "bolnic", "dom", "ambulant", "vrtic",
               "parish", "church", "mosque", "school", "hospital", "clinic", "embassy",
               "ambasad", "fakultet", "faculty", "univerzitet", "university", "redakcij",
               "newsroom", "station", "stanic", "administration", "council", "service",
               "authorit", "secretariat", "sekretarijat",
               # The town's or province's administration, its council, the nurses' rounds:
               # "Nikolić iz grada", "Đurićka iz veća", "Jagoda iz patronaže".
               "opstin", "grada", "gradsk", "pokrajin", "patronaz", "veca", "vecu")  # fmt: skip
# Genitives that complete a body's noun: "dom zdravlja", "dom kulture", "dom omladine".
_COMPLEMENTS = frozenset({"zdravlja", "kulture", "omladine", "penzionera", "ucenika"})
_AUXILIARIES = frozenset({"je", "su", "smo", "ste", "sam", "nije", "nisu", "nismo", "niste",
                          "ce", "cu", "bi", "is", "are", "was", "were", "has", "have", "had",
                          "will", "would", "can", "could"})  # fmt: skip


def _body_after(tokens: Tokens, last: int, rank: int) -> Candidate | None:
    """ "iz škole u Bujanovcu", "from the police", "iz bujanovačke parohije", "from Novi Sad"
    right after a name: where its bearer works or comes from (one word, a sector, is enough
    once a name stands before it). It ends at the body's noun or at the place's name, never
    in the verb after it."""
    ws = tokens.words
    n = len(ws)
    k = last + 1
    if k + 2 < n and ws[k] == "je" and ws[k + 1] == "iz" and tokens.joined(last, k, " "):
        last, k = k, k + 1  # "Adejemi je iz Ženeve donela smernice"
    if k + 1 >= n or ws[k] not in _FROM or not tokens.joined(last, k, " "):
        return None
    m = k + 1
    if ws[m] == "the":
        m += 1
    end = None
    for j in range(m, min(n, m + _MAX_BODY)):
        w = ws[j]
        if j > m and not tokens.joined(j - 1, j, " -'"):
            break
        if w in _BODY_STOP or w in _AUXILIARIES or (w.endswith("ed") and not tokens.serbian):
            break
        if is_organisation_word(w) or w.startswith(_WORKPLACES):
            end = j
            if tokens.serbian and end + 1 < n and ws[end + 1] in _COMPLEMENTS:
                end += 1  # "iz doma zdravlja", "iz zavoda za ..."
            if tokens.serbian and end + 1 < n and ws[end + 1] == "za":
                # "iz centra za socijalni rad": the body's purpose, up to a verb or a stop.
                k2 = end + 1
                while (
                    k2 + 1 < n
                    and k2 - end < 4
                    and tokens.joined(k2, k2 + 1, " ")
                    and not tokens.is_capitalised(k2 + 1)
                    and ws[k2 + 1] not in _BODY_STOP | _AUXILIARIES | {"u", "na"}
                    and ws[k2 + 1] not in REPORT_VERBS
                ):
                    k2 += 1
                end = max(end, k2)
            # "... škole u Bujanovcu", "the centre in Šumadija": the town it is in.
            if (
                end + 2 < n
                and ws[end + 1] in ("u", "in", "at", "na")
                and tokens.is_capitalised(end + 2)
            ):
                end += 2
            break
        if tokens.is_capitalised(j) or tokens.is_upper(j):
            end = j  # a town or a body's own name: "from Novi Sad", "iz UKC-a"
        elif end is not None:
            break  # a lower-case word after the name of a place is the sentence going on
    if end is None:
        return None
    if ws[k] == "at" and not any(is_organisation_word(w) for w in ws[m : end + 1]):
        return None  # "We met Nada at the border": where they met, not where she works
    return _candidate(tokens, k, end, rank, "where a named person is from")


def may_describe(tokens: Tokens, last: int) -> bool:
    """Whether anything right after word ``last`` can open a description: a comma, a dash
    or a bracket, a word of origin, or "je"/"was" (the cheap test before
    :func:`described_after_name`)."""
    k = last + 1
    return k < len(tokens.words) and (
        tokens.gap(last, k).strip() in _OPENERS
        or tokens.words[k] in _FROM
        or tokens.words[k] in _IS
    )


def described_after_name(tokens: Tokens, last: int, rank: int) -> Candidate | None:
    """The description of the person whose name ends at word ``last``, if one follows it."""
    return (
        _apposition(tokens, last, rank)
        or _body_after(tokens, last, rank)
        or _the_only_one(tokens, last, rank)
    )


_IS = frozenset({"je", "was", "is", "bio", "bila"})
# "Joana je jedina Rumunka među volonterima", "Kureši je jedini znao ...", "Samir Haddad was
# the only Arabic interpreter on the first morning": what sets the person named apart
# identifies them even once the name is gone.
_ONLY = frozenset({"jedini", "jedina", "jedino", "jedinu", "only"})
_MAX_ONLY = 10


def _the_only_one(tokens: Tokens, last: int, rank: int) -> Candidate | None:
    """The uniqueness said of the person named at word ``last``: from "jedini"/"the only"
    to the end of its clause."""
    ws = tokens.words
    n = len(ws)
    k = last + 1
    if k + 1 >= n or ws[k] not in _IS:
        return None
    k += 1
    if ws[k] == "the" and k + 1 < n:
        k += 1
    if ws[k] not in _ONLY or k + 1 >= n:
        return None
    first = k - 1 if ws[k - 1] == "the" else k
    end = k
    for j in range(k + 1, min(n, k + _MAX_ONLY + 1)):
        if tokens.gap(j - 1, j).strip():
            break  # a comma, a colon, a full stop: the clause ends
        end = j
    return elimination_candidate(tokens, first, end, rank, "uniqueness")


# A clause saying someone was present: "who also attended", "also a participant", "sitting
# two seats away", "koji je takođe bio na skupu", "prisutna kao posmatrač", "who joined
# online" (folded text).
_PRESENT = re.compile(
    r", (?:(?:who|that) (?:had )?(?:also )?(?:attended|was (?:also )?(?:there|present|in the "
    r"room|at the (?:meeting|roundtable|event|workshop))|joined (?:us )?(?:online|remotely)|"
    r"came (?:along|with)|sat (?:next to|beside|behind))|also (?:a participant|present|"
    r"attending|in the room)|(?:sitting|seated) (?:\w+ )?(?:seats?|chairs?|rows?) (?:away|"
    r"behind|from)|koj[ia] (?:je |se )?(?:takodje |isto |i )?(?:bio|bila|"
    r"prisustvovao|prisustvovala|ucestvovao|ucestvovala|sedeo|sedela|ukljucio|ukljucila|"
    r"dosao|dosla)(?: je)?(?: takodje)? (?:na skupu|na sastanku|u sali|ovde|prisutan|prisutna|"
    r"skupu|sastanku|\w+ mesta|onlajn|online|putem|preko|sa njim|sa njom|kao)|(?:takodje )?"
    r"prisutn[aio]? (?:kao|na)|(?:i sam|i sama|takodje) (?:ucesnik|ucesnica))"
)
# Plural or indefinite subjects: "Some participants, who attended online, said": nobody.
_MANY = frozenset({"some", "several", "many", "all", "most", "two", "three", "participants",
                   "neki", "neke", "nekoliko", "svi", "sve", "mnogi", "ucesnici", "dva",
                   "dve", "tri", "a", "an", "one", "jedan", "jedna", "nijedan"})  # fmt: skip
_RELATIONS = frozenset({"boss", "husband", "wife", "partner", "mother", "father", "son",
                        "daughter", "brother", "sister", "deputy", "assistant", "colleague",
                        "sef", "sefica", "muz", "supruga", "zena", "majka", "otac", "sin",
                        "cerka", "kci", "brat", "sestra", "zamenik", "zamenica", "pomocnik",
                        "pomocnica", "asistent", "asistentkinja", "kolega", "koleginica",
                        "former", "bivsi", "bivsa"})  # fmt: skip
_MAX_SUBJECT = 12


# The words every clause of presence holds one of: without one, the pattern is not tried.
_PRESENT_WORDS = frozenset({"attended", "participant", "present", "seats", "chairs", "rows",
                            "online", "remotely", "bio", "bila", "prisutan", "prisutna",
                            "prisutni", "prisustvovao", "prisustvovala", "ucestvovao",
                            "ucestvovala", "sedeo", "sedela", "ukljucio", "ukljucila",
                            "ucesnik", "ucesnica", "there", "room", "along", "sat",
                            "dosao", "dosla"})  # fmt: skip


def present_candidates(tokens: Tokens, rank: int) -> list[Candidate]:
    """A singular description of someone followed by a clause saying they were there."""
    out: list[Candidate] = []
    if _PRESENT_WORDS.isdisjoint(tokens.vocab):
        return out
    folded = tokens.text.folded
    ws = tokens.words
    ends = tokens.sentence_ends()
    for match in _PRESENT.finditer(folded):
        comma = bisect.bisect_right(tokens.ends, match.start()) - 1  # the word before ","
        if comma < 0:
            continue
        s = bisect.bisect_left(ends, comma)
        first = ends[s - 1] + 1 if s else 0
        if comma - first >= _MAX_SUBJECT:
            continue
        subject = ws[first : comma + 1]
        if _MANY.intersection(subject[:1]) or "participants" in subject:
            continue
        if not any(w in PERSON_NOUNS or w in _RELATIONS for w in subject):
            continue
        end_word = bisect.bisect_left(tokens.starts, match.end()) - 1
        # Run on to the clause's own end: the next comma, dash or verb-free stop.
        stop = ends[s]
        last = end_word
        for m in range(end_word, stop):
            if tokens.gap(m, m + 1).strip():
                break
            last = m + 1
            if last - end_word >= 4:
                break
        out.append(_candidate(tokens, first, max(last, end_word), rank,
                              "who else was there"))  # fmt: skip
    return out


# Where someone sat or what they did in the room, after a definite description of them: "the
# judge in the room", "the police officer sitting across the table", "upravnik centra koji je
# sedeo preko puta", "dok je sudija sedela u prvom redu", "kada je predstavnik policije izašao
# iz sale" (folded).
_IN_ROOM = re.compile(
    r"\b(?:in the room|at the table|(?:sitting|seated) (?:across|opposite|next to|beside|in "
    r"the front row)|(?:sitting|seated) (?:\w+ )?(?:seats?|rows?|chairs?) (?:away|behind|from)|"
    r"(?:was|were) listening|left the room|(?:was|were) (?:also )?there(?: too)?|u sali|za "
    r"stolom|preko puta|u prvom redu|(?:izasao|izasla) iz sale|(?:napustio|napustila) salu|"
    r"(?:je )?(?:slusao|slusala)|(?:sedeo|sedela) (?:do|pored|kraj) (?:nje|njega|mene|nas)|"
    r"(?:je )?(?:bio|bila) (?:tu|ovde|prisutan|prisutna)|"
    # Who came to a part of the event: "Čak je i sudija došao na popodnevnu sesiju", "the
    # judge came to the afternoon session".
    r"(?:dosao|dosla) na (?:\w+ )?(?:sesiju|sastanak|skup|panel|rucak|radionicu|vecer\w*)|"
    r"came to the (?:\w+ )?(?:session|meeting|panel|lunch|workshop|dinner))\b"
)
# The words every place in the room holds one of: without one, the pattern is not tried.
_ROOM_WORDS = frozenset({"room", "table", "sitting", "seated", "listening", "sali", "stolom",
                         "preko", "redu", "sale", "salu", "slusao", "slusala", "there",
                         "sedeo", "sedela", "bio", "bila", "dosao", "dosla",
                         "came"})  # fmt: skip
_INDEFINITE = frozenset({"a", "an", "one", "any", "every", "each", "jedan", "jedna", "jednog",
                         "neki", "neka", "nekog", "svaki", "svaka", "no", "nijedan"})  # fmt: skip
_LOOK_BACK = 7


def in_room_candidates(tokens: Tokens, rank: int) -> list[Candidate]:
    """A definite description of one person with where they sat or what they did in the
    room."""
    ws = tokens.words
    out: list[Candidate] = []
    if _ROOM_WORDS.isdisjoint(tokens.vocab):
        return out
    for match in _IN_ROOM.finditer(tokens.text.folded):
        at = bisect.bisect_left(tokens.starts, match.start())
        end = bisect.bisect_left(tokens.starts, match.end()) - 1
        ends = tokens.sentence_ends()
        s = bisect.bisect_left(ends, at)
        lo = ends[s - 1] + 1 if s else 0
        noun = next(
            (k for k in range(at - 1, max(lo, at - _LOOK_BACK) - 1, -1)
             if ws[k] in PERSON_NOUNS and ws[k] not in GENERIC_NOUNS),
            None,
        )  # fmt: skip
        if noun is None:
            continue
        first = noun
        while (
            first > lo
            and first > noun - 3
            and ws[first - 1] not in ("the", "je", ",")
            and (not tokens.gap(first - 1, first).strip())
        ):
            if ws[first - 1] in _INDEFINITE or ws[first - 1] in _MANY:
                break
            first -= 1
        if (first > 0 and ws[first - 1] in _INDEFINITE) or ws[first] in _INDEFINITE:
            continue  # "a judge in the room would say": anyone
        if first > 0 and ws[first - 1] == "the":
            first -= 1
        out.append(_candidate(tokens, first, end, rank, "who else was there"))
    return out


# Who attended, said outright: "Participants included the Commissariat, ...", "the border
# police and the Interior Ministry were in the room", "A delegation from the OSCE joined us",
# "bila su prisutna oba nacionalna saveta", "Na okruglom stolu su učestvovali i ...", "U
# Kikindu su sa nama išli i granična policija i Komesarijat" (folded text). Whether the
# sentence names anyone or any body is checked after (see _names_someone).
_ATTENDED = re.compile(
    r"\b(?:(?:participants|attendees|those present|guests) (?:also )?included|(?:was|were) "
    r"(?:also |both )?(?:represented|in the room|at the table|present at)|joined us|"
    r"(?:(?:bio|bila|bili|bile|bilo) (?:je|su) (?:i |takodje )?prisutn\w*|prisutn\w* (?:je|su)"
    r" (?:bio|bila|bili|bile|bilo)|(?:je|su) (?:bio|bila|bili|bile|bilo) (?:i )?prisutn\w*)|"
    r"(?:je|su) (?:i |takodje )?(?:ucestvoval[aei]|ucestvovao|prisustvoval[aei]|prisustvovao)|"
    r"(?:ucestvoval[aei]|ucestvovao|prisustvoval[aei]|prisustvovao) (?:je|su) i|"
    r"sa nama (?:su )?(?:bil[aei]|isl[aei]|dosl[aei]|putoval[aei])|su sa nama|"
    r"(?:bili|bile) su i|su (?:bili|bile) i|(?:bio|bila) je i|je (?:bio|bila) i|"
    # Whom a body sent or brought: "The police sent its deputy chief", "Policija je poslala
    # zamenika načelnika", "the Bulgarian side brought their border police".
    r"(?:sent|brought) (?:only )?(?:its|their|his|her)|(?:poslala|poslao|poslali|"
    r"poslalo|dovela|doveo|doveli) (?:je |su )?(?:samo )?(?:svog |svoju |svoje )?(?:zamenik\w*|"
    r"predstavni\w*|delegacij\w*|nacelni\w*|sef\w*|direktor\w*|savetni\w*|pripravni\w*|"
    r"asistent\w*|pomocni\w*|dva|dve|tri)|"
    # The one a body sent: "Žena koju je poslala ambasada", "the woman the embassy sent".
    r"(?:koju|kojeg|kog|koga|koji|koja|koje) (?:je|su) (?:\w+ )?(?:poslal[aoi]|poslao|dovel[aoi]|"
    r"doveo)|(?:who|whom) (?:was|were) sent by|(?:one|person|woman|man|colleague)s? sent by|"
    r"(?:women|men|people) sent by|"
    r"(?:one|person|woman|man|colleague) (?:whom |that )?"
    r"(?:the|our) \w+(?: \w+)? sent\b|"
    # Who sat at the table: "za stolom su sedeli i SZO i UNFPA", "WHO sat at the table".
    r"za (?:istim |okruglim )?stolom (?:su |je )?(?:sedel[aeio]|sedeo)|(?:sedel[aeio]|sedeo) "
    r"(?:su |je )?(?:i )?za (?:istim |okruglim )?stolom|sat at the (?:same )?table|"
    # Who came: "Delegacija iz BiH je došla", "gostima iz Bijeljine", "guests from Zvornik",
    # "Sa bosanske strane došli su iz Zvornika" (the sentence's verb is checked below).
    r"(?:delegacij\w*|delegation|gost\w*|guests?) (?:iz|sa|from|of)|(?:dosli|dosle|stigli|"
    r"stigle) (?:su )?(?:i )?(?:iz|sa)|su (?:dosli|dosle|stigli|stigle) (?:iz|sa)|"
    # A list of who was there: "Present from the Ombudsperson's office: ...", "Prisutni: ...".
    r"(?:present|prisutni|prisutne|prisutna|attending|attendees|participants|ucesnici)"
    r"(?: (?:from|at|on|day|dana|iz|na|sa|of|in|prvog|drugog|treceg|\d)\b[^.:\n]{0,40})?:)"
    r"(?!\w)"
)
_SENT_RELATIVES = frozenset({"koju", "kojeg", "kog", "koga", "koji", "koja", "koje", "who",
                             "whom"})  # fmt: skip
# Who was sent, told by the clause itself ("The colleague the Commissariat sent said it will not
# close": the clause's "not" is what they said, not who came).
_SENT_PEOPLE = frozenset({"one", "person", "woman", "man", "colleague", "persons", "colleagues",
                          "women", "men", "people"})  # fmt: skip
_THE_ONE = frozenset({"onaj", "ona", "onoga", "onu", "one"})
# Arrivals and welcomes that make "a delegation from", "guests from" the event's own.
_CAME = frozenset({"dosla", "dosli", "doslo", "stigla", "stigli", "kasnila", "kasnili", "bila",
                   "bili", "arrived", "came", "joined", "was", "were", "welcomed", "thanked",
                   "pozdravila", "pozdravio", "pozdravili", "zahvalila", "zahvalio",
                   "zahvalili", "ugostili", "hosted"})  # fmt: skip
_GUESTS = ("delegac", "delegation", "gost", "guest")
_ATTENDED_WORDS = frozenset({"included", "represented", "room", "table", "present", "joined",
                             "delegacija", "delegacije", "delegaciji", "delegation", "gosti",
                             "gostima", "goste", "guests", "guest", "dosli", "dosle", "stigli",
                             "stigle", "bio", "bila", "attending", "attendees", "participants",
                             "ucesnici", "sent", "brought", "poslala", "poslao", "poslali",
                             "poslalo", "dovela", "doveo", "doveli",
                             "ucestvovali", "ucestvovale", "ucestvovala", "ucestvovao",
                             "prisustvovali", "prisustvovale", "prisustvovala",
                             "prisustvovao", "nama", "bili", "bile", "prisutni", "prisutna",
                             "prisutne", "prisutan", "prisutno", "stolom", "sat"})  # fmt: skip
# A word that every alternative of _ATTENDED holds as a whole word (a word its \b or a space
# bounds on both sides), but for the label's colon and for "delegacij\w*", "gost\w*",
# "guests?" (any ending: tested as text): a remark holding none of them (most of them, "the
# participants" alone) skips the regular expression, which has no literal prefix and so is
# tried at every offset of the text.
_ATTENDED_ANCHORS = frozenset({"included", "represented", "room", "table", "present", "joined",
                               "bio", "bila", "bili", "bile", "bilo", "ucestvovala",
                               "ucestvovale", "ucestvovali", "ucestvovao", "prisustvovala",
                               "prisustvovale", "prisustvovali", "prisustvovao", "nama", "sent",
                               "brought", "poslala", "poslao", "poslali", "poslalo", "dovela",
                               "doveo", "doveli", "dovelo", "dosli", "dosle", "stigli",
                               "stigle", "stolom"})  # fmt: skip
_ATTENDED_STEMS = (":", "delega", "gost", "guest")
# Subjects or lists that count nobody in particular: "Most ministries were represented",
# "Svi sektori su učestvovali", "Some NGOs were present at the table".
_ANY_AT_ALL = frozenset({"some", "many", "most", "all", "several", "few", "no", "not", "never",
                         "svi", "sve", "mnogi", "mnoge", "vecina", "neki", "neke", "nekoliko",
                         "nije", "nisu", "niko", "nijedan", "nijedna"})  # fmt: skip


# Bodies the self-identification patterns do not need: "both national councils", "the border
# police", "the church".
_BODIES = frozenset({"council", "councils", "police", "church", "churches", "savet", "saveta",
                     "saveti", "savetu", "vece", "veca", "policija", "policije", "crkva",
                     "crkve", "parohija", "parohije",
                     # Counted: "bila su prisutna oba doma zdravlja", "two of the embassies".
                     "both", "two", "three", "oba", "obe", "dva", "dve", "tri"})  # fmt: skip


def _names_someone(tokens: Tokens, lo: int, hi: int) -> bool:
    """Whether words ``lo``..``hi`` hold a body or person of the room: a capitalised word
    inside the sentence, a word in capitals, an organisation's word or a person's noun."""
    ws = tokens.words
    for k in range(lo, hi + 1):
        if (tokens.is_capitalised(k) and k > lo) or tokens.is_upper(k):
            return True
        if _person_word(ws[k]) or is_organisation_word(ws[k]) or ws[k] in _BODIES:
            return True
        if len(ws[k]) > 4 and ws[k].endswith("a") and _person_word(ws[k][:-1]):
            return True  # the accusative: "poslala je savetnika"
    return False


def attendance_candidates(tokens: Tokens, rank: int) -> list[Candidate]:
    """A sentence saying which bodies or persons attended: who else was there."""
    out: list[Candidate] = []
    if _ATTENDED_WORDS.isdisjoint(tokens.vocab):
        return out
    folded = tokens.text.folded
    if _ATTENDED_ANCHORS.isdisjoint(tokens.vocab) and not any(w in folded for w in _ATTENDED_STEMS):
        return out
    ws = tokens.words
    ends = tokens.sentence_ends()
    for match in _ATTENDED.finditer(folded):
        first = bisect.bisect_left(tokens.starts, match.start())
        last = bisect.bisect_left(tokens.starts, match.end()) - 1
        s = bisect.bisect_left(ends, first)
        lo = ends[s - 1] + 1 if s else 0
        hi = ends[s]
        at = first
        if match.group().endswith(":"):
            if s + 1 >= len(ends) or not tokens.sentence_initial(at):
                continue  # a label opens its line: "Present:", "Attendees day 2:"
            # "Present: UNHCR, UNICEF, 4 CSWs": the list after the label, to its end.
            lo, hi = last + 1, ends[s + 1]
            if not _names_someone(tokens, lo, hi) and not tokens.is_capitalised(lo):
                continue
            out.append(_candidate(tokens, first, hi, rank, "who else was there"))
            continue
        sent_one = ws[at] in _SENT_RELATIVES or ws[at] in _SENT_PEOPLE
        if ws[at] in _SENT_RELATIVES and not (
            at > 0 and (_person_word(ws[at - 1]) or ws[at - 1] in _THE_ONE)
        ):
            continue  # "Pismo koje je poslala ambasada": a letter, not a person sent
        # The whole clause: its subject or the list it gives are the bodies and persons.
        while first > lo and not tokens.gap(first - 1, first).strip(" '\"’"):
            first -= 1
        while last < hi and not tokens.gap(last, last + 1).strip(" '\"’"):
            last += 1
        if ws[at] in ("participants", "attendees", "those", "guests") and match.group().endswith(
            "included"
        ):
            last = hi  # "Participants included the deputy X, the Y manager and ...": the list
        if not sent_one and not _ANY_AT_ALL.isdisjoint(ws[first : last + 1]):
            continue  # "Most ministries were represented", "nisu bili prisutni"
        if not _names_someone(tokens, lo, hi):
            continue
        if ws[at].startswith(_GUESTS) and _CAME.isdisjoint(ws[lo : hi + 1]):
            continue  # "a delegation from Bosnia will visit": not who came
        out.append(_candidate(tokens, first, last, rank, "who else was there"))
    return out
