"""Someone from a listed organisation named by its kind: "Neko iz ambasade je pitao", "the
gynaecologist from the health centre", "Šefica centra u Prijepolju", "Жена из канцеларије
омбудсмана".

The remark does not name the organisation, yet when the event's list holds one embassy, one
health centre in Prijepolje, the kind of body (with the place or the adjective that comes with
it) points at that organisation as surely as its name, and at its person in the room. Where the
list holds several bodies of the kind ("someone from the ministry" with three ministries
listed), the words say only the sector, which is the event's strict setting's business
(affiliation.py), not this rule's.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from roundtable_app.guard.finding import Candidate
from roundtable_app.guard.indirect import PERSON_NOUNS, elimination_candidate
from roundtable_app.guard.normalise import fold_str
from roundtable_app.guard.selfref import is_organisation_word
from roundtable_app.guard.serbian import inflections
from roundtable_app.guard.serbian import words as serbian_words
from roundtable_app.guard.terms import Term
from roundtable_app.guard.tokens import Tokens


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Kinds of body the self-identification lexicon does not hold: church bodies, faculties, the
# ombudsman's office (by either of its names), communities ("Islamska zajednica").
_MORE_KINDS = _words("""
eparhija eparchy diocese biskupija mitropolija fakultet faculty univerzitet university
ombudsman ombudsperson ombudsmanka zajednica community
""")
# Kinds that need a word of their own before them: "the Islamic community", "islamske
# zajednice", not "someone from the community".
_NEEDS_MODIFIER = frozenset(
    f for w in ("zajednica", "community") for f in inflections(w) | {w + "s", "communities"}
)
# The parts of a body between "from" and its kind: "iz kancelarije ombudsmana".
_A_PART = re.compile(r"kancelarij\w*|office|tim|tima|timu|team|sluzb\w*|odeljenj\w*|sektor\w*")
_MAX_MODIFIERS = 3
# What a list of who attended says ("Present: …", "Prisutni su bili …", "Attending were …").
ATTENDANCE_WORDS = frozenset({"present", "attended", "attending", "attendance", "prisutni",
                              "prisutne", "prisustvovali", "prisustvovale"})  # fmt: skip
# After "present" when it opens a list: "Present for the session:", "Present in the room
# were", "Prisutni su bili", "Those present included" (not "Present problems: …").
_LIST_NEXT = frozenset({"for", "in", "at", "were", "included", "su", "bili", "na", "u"})


def _opens_a_list(tokens: Tokens, a: int) -> bool:
    """Whether the word of attending at ``a`` opens a list of who attended."""
    ws = tokens.words
    if a + 1 < len(ws) and (ws[a + 1] in _LIST_NEXT or ":" in tokens.gap(a, a + 1)):
        return True
    return a > 0 and ws[a - 1] in ("those", "all")


# Before a kind in such a list: "the police", "dva centra", "both centres".
_LISTED_AS = frozenset({"the", "i", "and", "dva", "dve", "tri", "oba", "obe", "both", "two"})
# One kind in both languages (and by its other names): a note in Serbian says "ambasada" of
# a body listed only as "the Norwegian Embassy".
_SAME_KIND = [
    _words("ombudsman ombudsperson ombudsmanka"),
    _words("embassy ambasada"),
    _words("court sud"),
    _words("eparchy eparhija diocese"),
    _words("commissariat komesarijat"),
    _words("faculty fakultet"),
    _words("university univerzitet"),
    _words("centre center centar"),
    _words("clinic klinika"),
    _words("hospital bolnica"),
    _words("school skola"),
    _words("shelter skloniste prihvatiliste"),
]
_KIND_OF = {w: group for group in _SAME_KIND for w in group}
# Kinds too general to point at one body ("an international organisation", "a UN agency"),
# and the levels of government: "someone from the municipality", "neko iz ministarstva" say
# the sector (the strict setting's affiliation), as "a government official" does.
_TOO_GENERAL = re.compile(
    r"organi[sz]ation\w*|organizacij\w*|agenc\w*|agencij\w*|institu\w*|ustanov\w*|uprav\w*|"
    r"sektor\w*|sector\w*|sistem\w*|system\w*|tim\w*|team\w*|mrez\w*|network\w*|sluzb\w*|"
    r"service\w*|opstin\w*|municipal\w*|ministar\w*|ministr\w*|vlad\w*|government\w*|"
    r"grad\w*|city|town|pokrajin\w*|province\w*|samouprav\w*|polic\w*|interpret\w*|"
    r"staff|people|colleagues|volonter\w*|volunteer\w*|body|bodies|office|kancelarij\w*"
)
_MIN_KIND = 3  # "sud", not "un"
# Any one of several: "from an embassy", "from another municipality", "iz jedne škole".
_ANY_ONE = _words("""
a an another any some several other one jedne jednog jedna jedan neke nekog neka druge drugog
drugih nekih
""")
# Who comes from the body: a person noun, or one of these ("Neko iz ambasade", "one of us
# from the Commissariat", "jedina iz kancelarije").
_SOMEONE = _words("""
someone somebody one us neko nekoga nekome jedan jedna jedini jedina jednog jedne onaj ona oni
mi nas
""")
_FROM = _words("from at of iz sa")
_ARTICLES = _words("the our a an")
# Words that narrow the kind no further ("the centre in town", "centra za ..."): too short or
# too common to tell one listed body from another.
_MIN_NARROWING = 4
_NARROWING_REACH = 4
_NOT_NARROWING = _words("""
the and for from with that this which who where when said says about also their there then
koji koja koje kada gde sto ovde tamo bila bilo bili
""")


def _a_kind(w: str) -> bool:
    """Whether folded word ``w`` names a kind of body narrow enough to count."""
    return (
        len(w) >= _MIN_KIND
        and (is_organisation_word(w) or w in _MORE_KINDS)
        and not _TOO_GENERAL.fullmatch(w)
    )


class BodyKinds:
    """The listed organisations by the kinds of body their spellings name, built once per
    Guard."""

    def __init__(self, terms: Iterable[Term]) -> None:
        # Every case form of a kind word -> the organisations (by index) of that kind.
        self._by_kind: dict[str, set[int]] = {}
        # Every case form of every word of an organisation's spellings.
        self._forms: list[frozenset[str]] = []
        self._names: list[str] = []
        # Every case form of any kind word, general ones too ("the police"), for lists of
        # who attended.
        self._by_any_kind: dict[str, set[int]] = {}
        # The case forms of the kinds each body's name opens with.
        self._bare: dict[int, set[str]] = {}
        for term in terms:
            if term.kind != "organisation":
                continue
            index = len(self._forms)
            forms: set[str] = set()
            for spelling in term.spellings():
                spelled = serbian_words(fold_str(spelling))
                if spelled and _a_kind(spelled[0]):
                    # The kind opens the name: "Komesarijat za izbeglice", "Commissariat
                    # for Refugees" (not "Visoki komesarijat"), the body a bare kind means.
                    self._bare.setdefault(index, set()).update(
                        f
                        for kind in _KIND_OF.get(spelled[0], {spelled[0]})
                        for f in inflections(kind)
                    )
                for w in spelled:
                    inflected = inflections(w, adjective=True)
                    forms |= inflected
                    if is_organisation_word(w) or w in _MORE_KINDS:
                        for f in inflected:
                            self._by_any_kind.setdefault(f, set()).add(index)
                    if _a_kind(w):
                        for kind in _KIND_OF.get(w, {w}):
                            for f in inflected if kind == w else inflections(kind):
                                self._by_kind.setdefault(f, set()).add(index)
            self._forms.append(frozenset(forms))
            self._names.append(term.term)
        self.words = frozenset(self._by_kind)
        self.any_words = frozenset(self._by_any_kind)

    def attended(self, tokens: Tokens, rank: int) -> list[Candidate]:
        """Candidates for a listed body named by its kind in a sentence saying who attended
        ("Present for the closed session: the police, the Commissariat and Atina",
        "Prisutni su bili KIRS … i dva centra za socijalni rad"): who else was there."""
        out: list[Candidate] = []
        if not ATTENDANCE_WORDS & tokens.vocab or self.any_words.isdisjoint(tokens.vocab):
            return out
        ws = tokens.words
        ends = tokens.sentence_ends()
        for j in tokens.positions(self.any_words):
            s = bisect.bisect_left(ends, j)
            lo = ends[s - 1] + 1 if s else 0
            if s and ":" in tokens.gap(ends[s - 1], lo):
                lo = ends[s - 2] + 1 if s > 1 else 0  # "Present for the session: the police"
            if not any(
                ws[a] in ATTENDANCE_WORDS and _opens_a_list(tokens, a) for a in range(lo, j)
            ):
                continue  # the list comes after "present": "The police were present" is not one
            if j == 0 or ws[j - 1] not in _LISTED_AS:
                continue  # "the police", "dva centra": a body of the list, not a word
            out.append(elimination_candidate(tokens, j - 1, j, rank, "who else was there"))
        return out

    def candidates(self, tokens: Tokens, rank: int) -> list[Candidate]:
        """Candidates (folded offsets) for a person from a listed body named by its kind."""
        out: list[Candidate] = self.attended(tokens, rank)
        if not self.words or self.words.isdisjoint(tokens.vocab):
            return out
        for j in tokens.positions(self.words):
            before = self._someone_before(tokens, j) or self._whose_person(tokens, j)
            if before is None:
                continue
            first, modifiers = before
            one = self._the_one(tokens, j, modifiers)
            if one is None:
                continue
            index, last = one
            if first > j:
                first, last = j - len(modifiers), first  # "the Commissariat's man"
                if first > 0 and tokens.words[first - 1] == "the":
                    first -= 1
            out.append(
                elimination_candidate(
                    tokens,
                    first,
                    last,
                    rank,
                    f"the only body of its kind on the list, {self._names[index]}",
                )
            )
        return out

    @staticmethod
    def _someone_before(tokens: Tokens, j: int) -> tuple[int, list[str]] | None:
        """First word of the person the kind word ``j`` belongs to ("Neko iz ambasade", "the
        gynaecologist from the health centre", "Predstavnica ambasade", "Gordana Lukić sa
        Filozofskog fakulteta") and the words between that and the kind word (its
        modifiers); ``None`` when no person comes before."""
        ws = tokens.words
        k = j - 1
        # Modifiers of the kind: "the health centre", "obrenovačkim centrom", "kancelarije".
        while k >= 0 and j - k <= _MAX_MODIFIERS and ws[k] not in _FROM and ws[k] not in _ARTICLES:
            if k == j - 1 and tokens.serbian and ws[k] in PERSON_NOUNS:
                return k, []  # "Predstavnica ambasade": the Serbian genitive of the body
            if not tokens.joined(k, k + 1, " "):
                return None
            k -= 1
        modifiers = ws[k + 1 : j]
        if not _ANY_ONE.isdisjoint(modifiers) or (k >= 0 and ws[k] in _ANY_ONE):
            return None
        while k >= 0 and ws[k] in _ARTICLES:
            k -= 1
        if k < 1 or ws[k] not in _FROM or not tokens.joined(k - 1, k, " "):
            return None
        h = k - 1
        if ws[h] in PERSON_NOUNS or (ws[k] != "of" and ws[h] in _SOMEONE):
            first = h - 1 if h > 0 and ws[h - 1] in _ARTICLES else h
            return first, modifiers
        # A name before: "Gordana Lukić sa Filozofskog fakulteta", "Nenad Petrović of the
        # Commissariat" (not a sentence's first word, which is capitalised anyway).
        if tokens.is_capitalised(h) and not tokens.is_upper(h) and not tokens.sentence_initial(h):
            return h, modifiers
        return None

    @staticmethod
    def _whose_person(tokens: Tokens, j: int) -> tuple[int, list[str]] | None:
        """The person after the English possessive of the kind word ``j`` ("the
        Commissariat's man", "the embassy's representative"), as (the person's word, the
        kind's modifiers); ``None`` when none follows."""
        ws = tokens.words
        if (
            j + 2 >= len(ws)
            or ws[j + 1] != "s"
            or tokens.gap(j, j + 1) not in ("'", "\u2019")
            or ws[j + 2] not in PERSON_NOUNS
        ):
            return None
        k = j - 1
        while k >= 0 and j - k <= _MAX_MODIFIERS and ws[k] not in _ARTICLES:
            k -= 1
        if k < 0 or ws[k] != "the":
            return None  # "a ministry's official": any one
        modifiers = ws[k + 1 : j]
        if not _ANY_ONE.isdisjoint(modifiers):
            return None
        return j + 2, modifiers

    def _the_one(self, tokens: Tokens, j: int, modifiers: list[str]) -> tuple[int, int] | None:
        """The one listed body the kind word ``j``, its ``modifiers`` and the words after it
        point at, and the last of those words; ``None`` when they fit several or none."""
        ws = tokens.words
        bodies = self._by_kind.get(ws[j], set())
        # Every modifier is the body's own word or a part of a body ("kancelarije"): "the
        # Swedish embassy" is not the Norwegian one.
        fitting = set(bodies)
        for w in modifiers:
            if _A_PART.fullmatch(w):
                continue
            fitting = {b for b in fitting if w in self._forms[b]}
        if not modifiers and ws[j] in _NEEDS_MODIFIER:
            return None  # "someone from the community": any community
        last = j
        for k in range(j + 1, min(len(ws), j + 1 + _NARROWING_REACH)):
            if not tokens.joined(k - 1, k, " "):
                break  # a comma or a full stop ends the description
            w = ws[k]
            if len(w) < _MIN_NARROWING or w in _NOT_NARROWING:
                continue
            of_it = {b for b in fitting if w in self._forms[b]}
            if of_it:
                fitting = of_it
                last = k
        if len(fitting) > 1 and not modifiers:
            # A bare kind means the body whose name opens with it: "the Commissariat".
            fitting = {b for b in fitting if ws[j] in self._bare.get(b, ())}
        if len(fitting) != 1:
            return None
        return next(iter(fitting)), last
