"""Entries of the term matcher: every spelling of a protected term, folded and expanded.

One :class:`Entry` per folded spelling: its words, the set of accepted forms of each word
(Serbian case forms, possessives, adjective endings), and when a word may match on its own.
Variants a writer produces without thinking are added here too: the article left out, the
apostrophe of a possessive dropped ("Childrens Fund"), a long role shortened to its leading
words ("the Deputy Ombudsperson").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from roundtable_app.guard.lexicon import common_words, known_given_names, short_forms
from roundtable_app.guard.names import AMBIGUOUS_WORDS, ORDINARY_SURNAMES
from roundtable_app.guard.normalise import cyrillic_to_latin, fold_str
from roundtable_app.guard.patterns import ANY_TITLE
from roundtable_app.guard.selfref import is_organisation_word
from roundtable_app.guard.serbian import (
    A_ENDINGS as _A_ENDINGS,
)
from roundtable_app.guard.serbian import (
    inflections,
    plural_lookalikes,
    spelling_variants,
    words,
)
from roundtable_app.guard.terms import Term, name_parts

_SURNAME_ENDINGS = ("ic", "ich", "ski", "ska", "sky", "ov", "ova", "ev", "eva")
_ARTICLES = frozenset({"the", "a", "an"})
_ACRONYM_CASES = ("a", "u", "om", "em", "e", "i", "ov", "ova", "ove", "ovi", "ovu", "ovo", "ovog",
                  "ovom", "ovoj", "ja", "ju", "jem", "ovim", "ovih")  # fmt: skip
_PARTICLES = frozenset({"van", "von", "de", "da", "di", "del", "la", "le", "al", "el", "bin",
                        "ibn", "abu", "ben", "mc"})  # fmt: skip

_GOVERNMENT = ("ministry", "ministarstv", "government", "vlad", "komesarijat", "commissariat",
               "police", "policij", "municipality", "opstin", "uprav", "directorate", "agency",
               "agencij", "office", "kancelarij", "court", "sud", "parliament", "skupstin",
               "commission", "komisij", "ombuds", "zastitnik", "protector",
               "poverenik", "commissioner", "zavod", "sluzb", "komor", "chamber", "inspectorate",
               "inspekcij", "inspektorat")  # fmt: skip
# Public bodies whose names are made of words an association could use too: a centre for
# social work is the state's social services, a bar association a body of public law, the
# Council of Europe an international organisation in Serbian as in English.
_GOVERNMENT_PHRASES = ("socijalni rad", "socijalnog rada", "social work", "bar association",
                       "employment service",
                       # Public health care and the state's reception of asylum seekers.
                       "dom zdravlja", "doma zdravlja", "domu zdravlja", "health centre",
                       "health center", "hospital", "bolnic", "klinicki centar",
                       "klinickog centra", "clinical centre", "clinical center",
                       "javno zdravlje", "javnog zdravlja", "public health",
                       "reception centre", "reception center", "asylum centre",
                       "asylum center", "prihvatni centar", "prihvatnog centra",
                       "transit centre", "transit center", "tranzitni centar",
                       "tranzitnog centra",
                       "centar za azil", "centra za azil",
                       # A state university: "Državni univerzitet u Novom Pazaru".
                       "state university", "drzavni univerzitet", "drzavnog univerziteta",
                       "public university")  # fmt: skip
# Religious communities are institutions, not associations: named as a topic ("imams are
# appointed by the Islamic Community"), they say nothing about the room.
_RELIGIOUS = ("islamic community", "islamska zajednica", "islamske zajednice", "eparhij",
              "eparchy", "diocese", "church", "crkv", "patrijarsij", "patriarchate",
              "mesihat", "rijaset", "biskupij", "jevrejska opstina",
              "jewish community")  # fmt: skip
_INTERNATIONAL_PHRASES = ("council of europe", "savet evrope", "saveta evrope",
                          "savjet evrope", "savjeta evrope")  # fmt: skip
# Word beginnings (folded) that suggest the kind of organisation.
_INTERNATIONAL = ("international", "medjunarodn", "united", "unhcr", "iom", "unicef", "european",
                  "evrops", "world", "svetsk", "osce", "frontex", "icrc", "undp")  # fmt: skip
_CIVIL = ("ngo", "council", "centre", "center", "centar", "association", "udruzenj", "fund",
          "foundation", "fondacij", "initiative", "inicijativ", "network", "mrez", "committee",
          "komitet", "aid", "pomoc", "rescue", "refugee", "izbeglic", "cross", "krst")  # fmt: skip


# The stand-ins of public bodies: a state institution or an international agency publishes
# its reports and holds its powers by law, so citing either says nothing about the room.
# The Red Cross (a public-law humanitarian body in Serbia, as in most countries) as well.
PUBLIC_BODIES = frozenset({"an international organisation", "a government institution",
                           "a humanitarian organisation", "a religious community"})  # fmt: skip
_HUMANITARIAN = ("red cross", "crveni krst", "crvenog krsta", "red crescent",
                 "crveni polumesec")  # fmt: skip


def organisation_suggestion(folded_words: Iterable[str], acronym: bool = False) -> str:
    """A neutral stand-in for an organisation, guessed cheaply from the words of its name
    (``acronym`` when the name is one, so that "UNFPA" reads as a UN agency)."""
    ws = list(folded_words)

    def has(keys: tuple[str, ...]) -> bool:
        # Short keys must be whole words: "sud" (court) is not "Sudanese".
        return any(w == k or (len(k) > 3 and w.startswith(k)) for w in ws for k in keys)

    # The UN's agencies go by acronyms of "United Nations ...": UNFPA, UNDP, UNOPS.
    un_agency = acronym and len(ws) == 1 and ws[0].startswith("un")
    joined = " ".join(ws)
    if (
        has(_INTERNATIONAL)
        or "un" in ws
        or un_agency
        or any(p in joined for p in _INTERNATIONAL_PHRASES)
    ):
        return "an international organisation"
    if has(_GOVERNMENT) or any(p in joined for p in _GOVERNMENT_PHRASES):
        return "a government institution"
    if any(h in joined for h in _RELIGIOUS):
        return "a religious community"
    if any(h in joined for h in _HUMANITARIAN):
        return "a humanitarian organisation"
    if has(_CIVIL):
        return "a civil society organisation"
    return "an organisation"


_KIND_INFO = {
    # kind: (category, severity, reason prefix, suggestion)
    "person": ("person", "high", "names a protected person", "a participant"),
    "organisation": ("organisation", "high", "names a protected organisation", "an organisation"),
    "role": ("role", "high", "names a protected role", "an official"),
    "place": ("place", "medium", "names a protected place", "a location"),
    "other": ("other", "medium", "names a protected term", "[identifying detail removed]"),
}


@dataclass(frozen=True, slots=True)
class Entry:
    """One folded spelling of one term."""

    term: Term
    words: tuple[str, ...]
    forms: tuple[frozenset[str], ...]
    acronym: bool
    alone: tuple[bool, ...]  # may this word match on its own?
    needs_capital: tuple[bool, ...]  # ...and then only when capitalised?
    given: tuple[bool, ...]  # is it a given name (ambiguous at the start of a sentence)?
    category: str
    severity: str
    reason: str
    suggestion: str
    # Forms of the first word that, opening a sentence, read as a generic plural (see
    # serbian.plural_lookalikes); empty where the plural is allowed anyway.
    sentence_plural: frozenset[str] = frozenset()
    shortened: bool = False  # the leading words of a longer role ("Deputy Ombudsperson")
    # A programme or project named with ordinary words ("Novi početak", "Bridges of Trust"):
    # it counts only when written as a name (capitalised, not opening a sentence).
    common_phrase: bool = False


# Words that make the leading words of a long role a title by themselves ("Deputy Ombudsperson",
# "zamenik zaštitnika građana"); folded.
_TITLE_WORDS = frozenset({
    "deputy", "chief", "head", "senior", "assistant", "vice", "acting", "principal", "executive",
    "director", "commissioner", "ombudsperson", "ombudsman", "inspector", "secretary",
    "minister", "coordinator", "president", "chair", "chairperson", "rapporteur", "envoy",
    "zamenik", "zamenica", "pomocnik", "pomocnica", "nacelnik", "nacelnica", "direktor",
    "direktorka", "glavni", "glavna", "sef", "sefica", "komesar", "poverenik", "povrenica",
    "zastitnik", "zastitnica", "sekretar", "sekretarka", "ministar", "ministarka",
    "koordinator", "koordinatorka", "inspektor", "inspektorka", "predsednik", "predsednica",
    "potpredsednik", "potpredsednica", "specijalni", "posebni",
})  # fmt: skip
# Words that start the qualifying part of a role: "... for Children's Rights", "... za azil".
_QUALIFIERS = frozenset({"of", "for", "on", "in", "at", "to", "za", "u", "na", "pri", "iz", "od",
                         "kod", "sa"})  # fmt: skip
_POSSESSIVE_S = re.compile(r"'s\b")


def _leading_title(ws: tuple[str, ...]) -> tuple[str, ...] | None:
    """The words of a role before its qualifier, when they still read as a title of two or
    more words ("deputy ombudsperson" of "deputy ombudsperson for children's rights")."""
    for k, w in enumerate(ws):
        if w in _QUALIFIERS:
            head = ws[:k]
            if len(head) >= 2 and not _TITLE_WORDS.isdisjoint(head):
                return head
            return None
    return None


def _names_something(spelling: str) -> bool:
    """Whether the spelling holds a proper name after its first word: an acronym, or a
    capitalised word among lower-case ones ("Director of the Krnjača centre"). Title Case
    throughout ("Deputy Commissioner", "Poverenik za Izbeglice") says nothing either way."""
    rest = [w for w in cyrillic_to_latin(spelling).split()[1:] if w.casefold() not in _QUALIFIERS]
    rest = [w for w in rest if w.casefold() not in _ARTICLES]
    if any(len(w) > 1 and w.isupper() for w in rest):
        return True
    capitals = sum(w[:1].isupper() for w in rest)
    return 0 < capitals < len(rest)


def _apostrophe_variants(variants: set[str]) -> set[str]:
    """ "Childrens Fund" and "Children Fund" for "Children's Fund" (folded spellings)."""
    out: set[str] = set()
    for v in variants:
        if "'s" in v:
            out.add(_POSSESSIVE_S.sub("s", v))
            out.add(" ".join(_POSSESSIVE_S.sub("", v).split()))
    return out


def _sentence_case(spelling: str, ws: tuple[str, ...], common: frozenset[str]) -> bool:
    """Whether a name is written in sentence case from ordinary words ("Glas devojčica",
    "Сигурни кораци"): Serbian capitalises only the first word of such a name, so the words
    in lower case are common words whatever a frequency list says, and the name reads as
    ordinary words wherever its capital is that of the sentence."""
    rest = spelling.split()[1:]
    return (
        ws[0] in common
        and bool(rest)
        and all(w[:1].islower() and w.replace("-", "").isalpha() for w in rest)
    )


def _is_acronym(spelling: str) -> bool:
    letters = [c for c in spelling if c.isalpha()]
    return " " not in spelling.strip() and len(letters) >= 2 and all(c.isupper() for c in letters)


_IN_TOWN = frozenset({"u", "in", "at", "iz", "from"})
_SMALL_WORDS = frozenset({"of", "for", "and", "the", "on", "to", "za", "i", "na", "o", "od"})


def _town_tail(spelling: str, towns: frozenset[str] | None = None) -> tuple[str, str] | None:
    """(the name before it, the folded town's beginning) when a spelling ends in a town.

    Without ``towns``, only where the shape shows a proper name appended to the name: after
    small letters, a preposition or an acronym ("Centar za socijalni rad Kragujevac", "Viši
    sud u Kragujevcu", "UKC Kragujevac"). With ``towns``, any spelling ending in one of them
    ("Higher Court in Kragujevac", "Centre for Social Work Kragujevac")."""
    ws = spelling.split()
    if len(ws) < 2 or not ws[-1][:1].isupper() or ws[-1].isupper():
        return None
    stem = fold_str(ws[-1])[:5]
    k = len(ws) - 1
    before = cyrillic_to_latin(ws[k - 1])
    if before.casefold() in _IN_TOWN:
        k -= 1
    elif towns is None and not (
        (before[:1].islower() and before.casefold() not in _SMALL_WORDS) or _is_acronym(before)
    ):
        return None  # "... for Migration", "... and Migration": a word of an English title
    if k < 1 or (towns is not None and stem not in towns):
        return None
    return " ".join(ws[:k]), stem


def town_stems(terms: Iterable[Term]) -> frozenset[str]:
    """Beginnings of the town names that end the names of two or more listed organisations
    ("... Kragujevac", "... u Kragujevcu"): the event's town, which local bodies carry in
    their names and speakers leave out ("the Centre for Social Work", "Višeg suda")."""
    owners: dict[str, set[str]] = {}
    for term in terms:
        if term.kind != "organisation":
            continue
        for spelling in term.spellings():
            tail = _town_tail(spelling)
            if tail is not None:
                owners.setdefault(tail[1], set()).add(term.term)
    return frozenset(stem for stem, names in owners.items() if len(names) >= 2)


def town_words(terms: Iterable[Term], towns: frozenset[str]) -> frozenset[str]:
    """The folded town names (as written in the list) whose beginnings are ``towns``."""
    out: set[str] = set()
    for term in terms:
        for spelling in term.spellings() if term.kind == "organisation" else ():
            ws = spelling.split()
            if len(ws) > 1 and fold_str(ws[-1])[:5] in towns and ws[-1][:1].isupper():
                out.add(fold_str(ws[-1]))
    return frozenset(out)


def _extra_spellings(
    term: Term, towns: frozenset[str], shorts: list[str]
) -> list[tuple[str, bool]]:
    """The term's spellings (with False), plus spellings that are names only when written as
    names (with True): an organisation's name without the event's town ("Centar za socijalni
    rad" of "Centar za socijalni rad Kragujevac"), and the acronym that opens a name ("UKC" of
    "UKC Kragujevac"; with a case ending it is split from the town anyway: "iz CSR-a
    Kragujevac"). Two letters ("PU", "DZ") say too little on their own."""
    spellings = [(s, False) for s in term.spellings()]
    if term.kind == "person":
        return spellings + [(s, False) for s in shorts]
    if term.kind != "organisation":
        return spellings
    seen = set(term.spellings())
    for spelling in term.spellings():
        head, _, rest = spelling.strip().partition(" ")
        if rest and _is_acronym(head) and sum(c.isalpha() for c in head) >= 3 and head not in seen:
            seen.add(head)
            spellings.append((head, False))
        tail = _town_tail(spelling, towns) if towns else None
        if tail is not None and len(tail[0].split()) >= 2:
            if tail[0] not in seen:
                seen.add(tail[0])
                spellings.append((tail[0], True))
    return spellings


def _short_forms_of(term: Term) -> list[str]:
    """The usual short forms of a listed person's given name (Jelena → Jeca, Ljiljana →
    Ljilja) from the shipped table: colleagues call each other so in a room, and note-takers
    write what they hear. A list that already carries one of them (a participants import,
    where the user kept the ones wanted) is taken as it is."""
    parts = [
        w
        for w in name_parts(term.term)
        if fold_str(w).strip(".") not in ANY_TITLE and not w.endswith(".")
    ]
    if len(parts) < 2:
        return []
    shorts = short_forms(parts[0])
    listed = {fold_str(a) for a in term.spellings()}
    if any(fold_str(s) in listed for s in shorts):
        return []
    return shorts


def entries_for(term: Term, towns: frozenset[str] = frozenset()) -> list[Entry]:
    """Every folded spelling of ``term`` as a matcher entry (shortened roles included; the
    matcher keeps a shortened one only when no other term shortens the same way); ``towns``
    from :func:`town_stems` lets a local body's name be found without its town."""
    category, severity, prefix, suggestion = _KIND_INFO.get(term.kind, _KIND_INFO["other"])
    if term.kind == "organisation":
        # Guessed from the full name, so that the acronym gets the same stand-in; an acronym
        # listed as the term says more through its aliases ("WHO": World Health Organization).
        guesses = (
            organisation_suggestion(words(fold_str(s)), s.isupper()) for s in term.spellings()
        )
        suggestion = next((g for g in guesses if g != "an organisation"), "an organisation")
    entries: list[Entry] = []
    # An acronym and a word spelled alike are two entries: "KLER" wants capitals, "Kler" (the
    # same organisation, written as a word) wants a capital and a sign of a name.
    seen: set[tuple[tuple[str, ...], bool]] = set()
    common = common_words()
    # The table's short forms were not written by the user: their case forms and possessives
    # that are ordinary words ("Većina" of Veca, majority) are left to the word.
    shorts = _short_forms_of(term) if term.kind == "person" else []
    for spelling, without_town in _extra_spellings(term, towns, shorts):
        acronym = _is_acronym(spelling)
        person = term.kind == "person"
        if person and "," in spelling:
            # "Jovanović, Milica" is entered surname first: store it given name first.
            spelling = " ".join(name_parts(spelling))
        variants = spelling_variants(spelling)
        role = term.kind == "role"
        # A role in the plural is the class of officials ("Poverenici za izbeglice postoje
        # svuda"), unless the spelling names something specific: "Directors of the Krnjača
        # centre" are still the people of one place.
        plural = term.kind not in ("role", "other") or _names_something(spelling)
        if not person:
            # "Director of the Krnjača centre" is also written without the article.
            bare = {" ".join(w for w in v.split() if w not in _ARTICLES) for v in variants}
            variants |= {v for v in bare if len(v.split()) > 1}
            variants |= _apostrophe_variants(variants)
        word_lists = [(tuple(words(v)), plural, False) for v in sorted(variants)]
        if role:
            # "the Deputy Ombudsperson" for the listed "Deputy Ombudsperson for Children's
            # Rights"; shortened, it is never taken in the plural.
            word_lists += [
                (short, False, True) for ws, _, _ in word_lists if (short := _leading_title(ws))
            ]
        for ws, plural, shortened in word_lists:
            if not ws or (ws, acronym) in seen:
                continue
            seen.add((ws, acronym))
            n = len(ws)
            forms: tuple[frozenset[str], ...]
            alone: tuple[bool, ...]
            caps: tuple[bool, ...]
            given: tuple[bool, ...]
            if acronym and n == 1:  # "U.N." is two words: matched like any other term
                # Serbian case endings, with a hyphen (two words: "UNHCR-a") or without
                # ("UNHCRa", "KIRSu"); the matcher wants the acronym's part in capitals.
                cases = {ws[0], *(ws[0] + e for e in _ACRONYM_CASES)}
                if ws[0].endswith("a") and len(ws[0]) >= 4:
                    # Read as a word, an acronym in -a declines like a noun: NADA → "iz NADE".
                    cases |= {ws[0][:-1] + e for e in _A_ENDINGS}
                forms = (frozenset(cases),)
                alone, caps, given = (True,), (True,), (False,)
            elif person and n > 1:
                # A given name keeps its a (Slobodan → Slobodana, never "slobodna").
                # The English plural of a given name ("two Jelenas") that is also an ordinary
                # word ("wills" of Will) is the word.
                forms = tuple(
                    frozenset(
                        # (Petar, Aleksandar and Dimitar drop it: "Petru Čoki", "Aleksandra
                        # Jovanovića"; "-ar" shortened is never a word.)
                        inflections(w, possessive=True, fleeting=k == n - 1 or w.endswith("ar"))
                        - ({w + "s"} if k < n - 1 and w + "s" in common else set())
                    )
                    for k, w in enumerate(ws)
                )
                # A title written into an alias ("prof. Ilić", "sudija Todorović") names
                # nobody alone: "Dr. and Prof. titles should be dropped".
                # An abbreviation with its full stop ("doc.", "mr.") is a title too.
                titled = ws[0] in ANY_TITLE or spelling.split()[0].endswith(".")
                alone = tuple(
                    len(w) > 1 and w not in _PARTICLES and not (k == 0 and titled)
                    for k, w in enumerate(ws)
                )
                # A given name counts in lower case too ("razgovarali smo sa milicom"), unless
                # it is also an ordinary word ("nada", "vera") or very short ("ian", "ana").
                # A surname counts in any case when it is unmistakably a surname (Serbian -ić,
                # Slavic -ov/-ski, or written with Serbian letters); "Brown" or "Rahimi" alone
                # must be capitalised.
                distinctive = not spelling.isascii() or ws[-1].endswith(_SURNAME_ENDINGS)
                names = known_given_names()
                caps = tuple(
                    len(w) <= 3
                    or w in AMBIGUOUS_WORDS
                    or w in ORDINARY_SURNAMES
                    or (w in common and w not in names)
                    or (k == n - 1 and not distinctive)
                    for k, w in enumerate(ws)
                )
                given = tuple(k < n - 1 for k in range(n))
            else:
                # Inside a multi-word name every word takes its case ending, adjectives too:
                # "Pokrajinskoj kancelariji za inkluziju", "glavnog graničnog inspektora".
                # A given name's English plural may be an ordinary word ("wills" of Will).
                forms = tuple(
                    frozenset(
                        inflections(
                            w, possessive=person, feminine=role, adjective=n > 1, plural=plural
                        )
                        - ({w + "s"} if person and w + "s" in common else set())
                    )
                    for w in ws
                )
                if spelling in shorts:
                    names = known_given_names()
                    forms = tuple(
                        frozenset(f for f in fs if f == w or f not in common or f in names)
                        for w, fs in zip(ws, forms, strict=True)
                    )
                alone = (n == 1,) * n
                # A single word entered capitalised ("Praxis") must be capitalised in the text,
                # so that the ordinary word ("praxis") is not flagged.
                caps = (n == 1 and spelling.strip()[:1].isupper(),) * n
                given = (person and n == 1,) * n
            entries.append(
                Entry(
                    term,
                    ws,
                    forms,
                    acronym and n == 1,
                    alone,
                    caps,
                    given,
                    category,
                    severity,
                    f"{prefix}: {term.term}",
                    suggestion,
                    frozenset(plural_lookalikes(ws[0])) if role and not plural else frozenset(),
                    shortened,
                    # Without its town a local body's name counts only written as a name.
                    (without_town and n > 1)
                    or term.kind == "other"
                    and n > 1
                    and (
                        all(w in common or w in _QUALIFIERS or w in _ARTICLES for w in ws)
                        or _sentence_case(spelling, ws, common)
                    )
                    # An association named by a common phrase ("Sigurno mesto", "Safe
                    # Passage") as well, unless it is a public body ("Zaštitnik građana") or
                    # a word of it says it is an institution.
                    or term.kind == "organisation"
                    and suggestion not in PUBLIC_BODIES
                    and n > 1
                    and not acronym
                    and all(w in common or w in _ARTICLES for w in ws)
                    and not any(is_organisation_word(w) for w in ws),
                )
            )
    return entries
