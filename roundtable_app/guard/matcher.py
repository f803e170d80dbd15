"""Find the event's protected terms in a text, however they are written.

Every spelling of every term is folded (case, diacritics, Cyrillic), expanded into its Serbian
case forms and written into one dictionary keyed by word form. Scanning a text is then one
dictionary look-up per word, whatever the number of terms, instead of one regular expression per
term. Multi-word terms are confirmed by checking the following words against that term's sets.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from roundtable_app.guard.entries import (
    _SURNAME_ENDINGS,
    Entry,
    entries_for,
    town_stems,
    town_words,
)
from roundtable_app.guard.finding import Candidate
from roundtable_app.guard.indirect import (
    CHILDREN,
    DAY_WORDS,
    DEMONYMS,
    HEAD_OF_HOUSE,
    HUMAN_ACTS,
    PERSON_NOUNS,
    REPORT_VERBS,
    _sentence_end,
    host_of_the_event,
)
from roundtable_app.guard.lexicon import (
    common_words,
    english_words,
    frequent_words,
    in_dictionary,
    known_given_names,
    place_names,
)
from roundtable_app.guard.names import (
    AMBIGUOUS_WORDS,
    GEOGRAPHIC_NAMES,
    LOWER_CASE_ORDINARY,
    ORDINARY_FORMS,
    PLACE_SURNAMES,
    PUBLIC_PREFIXES,
    SPEECH_VERBS,
    person_predicate,
)
from roundtable_app.guard.normalise import QUOTES
from roundtable_app.guard.selfref import is_organisation_word
from roundtable_app.guard.serbian import inflections
from roundtable_app.guard.terms import Term
from roundtable_app.guard.tokens import Tokens

# Verbs only a person does: speaking, reporting, showing, asking.
PERSON_VERBS = SPEECH_VERBS | REPORT_VERBS

# A trie node is identified by the words leading to it and their accepted forms.
_PathKey = tuple[tuple[str, ...], tuple[frozenset[str], ...]]


@dataclass(frozen=True, slots=True)
class _Alone:
    """What one word form means on its own (a surname, a given name, an acronym)."""

    acronym: bool
    needs_capital: bool
    ambiguous: bool  # a given name that is also an ordinary word ("Nada")
    inflected: bool  # a case form, not the word as entered ("Lazića" for "Lazić")
    lower_ok: bool  # an organisation's one-word name that is no word: "ternipe will ..."
    # A role's form that is also the masculine plural ("sveštenici": her dative, their
    # nominative): the class of officials unless a dative's preposition comes before.
    plural_like: bool
    strength: int
    category: str
    severity: str
    reason: str
    suggestion: str


class TermMatcher:
    """Matches one list of protected terms; build once, reuse for every text.

    Three dictionaries keyed by folded word form: ``first`` (the roots of a trie over the
    words of multi-word spellings), ``reverse`` (a person's surname, then given name:
    "Jovanović Milica") and ``alone`` (words that are a finding by themselves). Whatever the
    number of terms, a word of the text costs one look-up in each.
    """

    def __init__(self, terms: Iterable[Term] = ()) -> None:
        self.entries: list[Entry] = []
        # Multi-word spellings form a trie over word forms: word form -> nodes, each node
        # {next word form -> nodes} plus the entries that end there. Nodes are shared by base
        # words, so "Ministry of ..." is walked once however many ministries are listed.
        self.first: dict[str, list[_Node]] = {}
        nodes: dict[_PathKey, _Node] = {}
        # Surname first ("Jovanović Milica"): surname form -> groups of {given form -> ids}.
        self.reverse: dict[str, list[dict[str, list[int]]]] = {}
        reverse_groups: dict[str, dict[str, list[int]]] = {}
        alone: dict[
            str, dict[tuple[bool, bool, bool, bool, int, str, bool, bool], list[Entry]]
        ] = {}
        common = common_words()
        given_names = known_given_names()
        # Initials of listed persons ("B.J.", "Đ.L.", "Ђ.Л."): first letter of the given name
        # and of the surname, a Serbian digraph letter (Đ, Lj, Nj, Dž) as one or two letters.
        self.initials: dict[tuple[str, str], Entry] = {}
        terms = tuple(terms)
        towns = town_stems(terms)
        all_entries = _unique_shortenings([e for t in terms for e in entries_for(t, towns)])
        # Words of a surname, an alias or an organisation's one-word name that Serbian's
        # dictionary has and the frequency lists lack: "Zračak", "Kolijevka", "Sabah" are
        # ordinary words too, as "Kiss" or "Ravnoteža" are.
        rare_words = in_dictionary(
            w
            for entry in all_entries
            for k, w in enumerate(entry.words)
            if entry.alone[k]
            and not entry.given[k]
            and not entry.acronym
            # Not a role (an ordinary noun: "matičarka") or a place ("Trnovac" is a village
            # before it is a plant, in notes of the event held there).
            and entry.category in ("organisation", "person")
            and w not in common
        )
        # Whole words that name a listed body's staff or a listed person by themselves. The
        # staff of a body by its acronym and a member's ending ("Unicefovci", "Уницефовке":
        # see _MEMBER_ENDINGS), for acronyms of three letters or more (a shorter one and an
        # ending may spell an ordinary noun); the user names are added below.
        self.members: dict[str, Entry] = {
            entry.words[0] + ending: entry
            for entry in all_entries
            if entry.acronym and len(entry.words) == 1 and len(entry.words[0]) >= 3
            for ending in _MEMBER_ENDINGS
        }
        # A listed person's user name as e-mail and chat write it: "ntodorovic",
        # "nikolatodorovic" (the initial or the given name run into the surname).
        for entry in all_entries:
            if entry.category == "person" and len(entry.words) == 2 and not entry.acronym:
                own, family = entry.words
                for handle in (own[0] + family, own + family):
                    if len(handle) >= 6:
                        self.members.setdefault(handle, entry)
        for entry in all_entries:
            e = len(self.entries)
            self.entries.append(entry)
            n = len(entry.words)
            if n > 1:
                _add_path(self.first, nodes, entry, e)
            if n > 1 and entry.category == "person" and not entry.term.term.isupper():
                for a in _initials(entry.words[0]):
                    for b in _initials(entry.words[-1]):
                        # Initials that are also an abbreviation ("A.M.") count only
                        # where a person is plainly meant (see _initials_of_a_person).
                        self.initials.setdefault((a, b), entry)
            if n > 1 and entry.category == "person":
                # Surname first: "Jovanović Milica", "Jovanović, Milica".
                _link(
                    self.reverse, reverse_groups, entry.words[-1], entry.forms[-1],
                    entry.forms[0], e,
                )  # fmt: skip
            for k, forms in enumerate(entry.forms):
                if not entry.alone[k]:
                    continue
                for form in forms:
                    # A given name that is an ordinary word ("Nada") is doubtful at the
                    # start of a sentence; its case forms ("Nadi", "Nadin") much less so,
                    # unless they are ordinary words themselves ("Vere i nade").
                    given = entry.given[k]
                    derived = form != entry.words[k]
                    if given:
                        # The word list holds the case forms of common given names too
                        # ("Marka", "Jeleni"): given names keep their own lists.
                        # A first word that is an ordinary word and nobody's given name is
                        # a surname written first ("Kiss Erzsébet"): doubtful like one.
                        doubtful = (
                            form in ORDINARY_FORMS
                            or (
                                not derived
                                and (
                                    form in AMBIGUOUS_WORDS
                                    or (form in common and form not in given_names)
                                )
                            )
                            # The ordinary noun's own case forms ("Veru u pravosuđe", "Nadom
                            # se ne plaća"), not the possessive ("Nadin").
                            or (derived and form in _noun_forms_of_ordinary(entry.words[k]))
                            # A case form that is itself a given name and an ordinary word:
                            # "Nada" (hope) of the surname Nađ.
                            or (derived and form in AMBIGUOUS_WORDS)
                            # (One-word aliases come here too.) An alias that is nobody's
                            # given name (a surname: "Kiš") whose case form is an ordinary
                            # word: "Kiša je padala" (rain) needs a sign of a person at the
                            # start of a sentence ("Kiša to nije iznenadilo" passes).
                            or (
                                derived
                                and form in common
                                and entry.words[k] not in given_names
                                and form not in given_names
                                # Not a surname's own shape: the lists hold their case forms
                                # ("Petrovoj" of Petrova, "Jovanoviću").
                                and not entry.words[k].endswith(_SURNAME_SHAPES)
                            )
                        )
                    else:
                        # A surname, alias or one-word name that is (or whose case form is)
                        # an ordinary word: "Kiss", "Kler" (clergy), "Ravnoteža", "nađu" of
                        # "Nađ". It must be written as a name, and at the start of a
                        # sentence it needs a sign of a person.
                        # The case forms of such a word are its forms too: "sa salaša" of
                        # the surname Salaš (a farmstead).
                        base = entry.words[k]
                        doubtful = (
                            not entry.acronym
                            and (
                                form in common
                                or form in rare_words
                                or (
                                    derived
                                    and entry.category == "person"
                                    and (base in rare_words or base in common)
                                    # not the surname's possessive: "Kovačeva pitanja"
                                    and not _POSSESSIVE_ADJECTIVE.search(form[len(base) - 1 :])
                                )
                            )
                        )
                    lower_ordinary = given and form in LOWER_CASE_ORDINARY
                    lower_ok = (
                        entry.category == "organisation"
                        and n == 1
                        and not entry.acronym
                        and len(form) >= 5
                        and form.isalpha()
                        and form not in common
                        and form not in given_names
                    )
                    key = (
                        entry.acronym,
                        entry.needs_capital[k] or doubtful or lower_ordinary,
                        doubtful,
                        # The English plural of a name is no Serbian case form: "the Noorzais".
                        derived
                        and form != entry.words[k] + "s"
                        # An acronym declined as a noun (NADA → NADE) is written like it.
                        and not (entry.acronym and not form.startswith(entry.words[k])),
                        1 if entry.given[k] else 2,
                        entry.category,
                        lower_ok,
                        form in entry.sentence_plural,
                    )
                    alone.setdefault(form, {}).setdefault(key, []).append(entry)
        self.alone: dict[str, tuple[_Alone, ...]] = {
            form: tuple(_alone_rule(key, group) for key, group in rules.items())
            for form, rules in alone.items()
        }
        # Every form that can start a match, for a single membership test per word of a text.
        self.anywhere: frozenset[str] = frozenset(self.alone) | set(self.first) | set(self.reverse)
        # The event's town in its case forms ("Kragujevac", "Kragujevcu"), for local bodies
        # named by it ("the Kragujevac police", "bolnica u Kragujevcu").
        self.town_forms: frozenset[str] = frozenset(
            form for town in town_words(terms, towns) for form in inflections(town)
        )

    def candidates(self, tokens: Tokens, rank: int = 10) -> list[Candidate]:
        """Candidates (in folded offsets) for every protected term found among ``tokens``."""
        out: list[Candidate] = []
        ws = tokens.words
        first, reverse, alone = self.first, self.reverse, self.alone
        last_i = len(ws) - 1
        anywhere = self.anywhere
        if self.initials and "." in tokens.text.folded:
            out += self._initials(tokens, rank)
        if self.initials and "'s" in tokens.text.folded:
            out += self._initials_possessive(tokens, rank)
        if self.town_forms and not self.town_forms.isdisjoint(tokens.vocab):
            out += _local_bodies(tokens, self.town_forms, rank)
        if not self.members.keys().isdisjoint(tokens.vocab):
            for i in tokens.positions(frozenset(self.members.keys() & tokens.vocab)):
                c = self._candidate(tokens, i, i, self.members[ws[i]], rank)
                if c.category == "organisation":
                    # People, not the body: never left alone as a public body's topic, and
                    # replaced by who they are.
                    c = c._replace(suggestion="a participant")
                out.append(c)
        hits = tokens.positions(anywhere)
        if not hits:
            return out
        person_at = -2  # the word of the last person found alone, when the next may join it
        for i in hits:
            w = ws[i]
            full = False
            if i < last_i:
                nxt = ws[i + 1]
                for root in first.get(w, ()):
                    for last, e in _walk(tokens, root, i):
                        entry = self.entries[e]
                        if entry.common_phrase and (
                            not tokens.is_capitalised(i)
                            or (
                                tokens.sentence_initial(i)
                                and not any(map(tokens.is_capitalised, range(i + 1, last + 1)))
                            )
                        ):
                            continue  # "a new beginning for these families", not the programme
                        if (
                            w in entry.sentence_plural
                            and tokens.sentence_initial(i)
                            and not (last < last_i and ws[last + 1] in _OTHER_SUBJECT)
                        ):
                            # "Poverenici za izbeglice postoje svuda": the subject opening a
                            # sentence is the generic plural, not her dative; "Zamenici ...
                            # smo poslali" has another subject, so it is her dative.
                            continue
                        if entry.category == "role" and (
                            _quantified(tokens, i) or _none_of(ws, i) or _any_one(ws, i)
                        ):
                            continue  # "Sve sudije za maloletnike", "nijednog prevodioca"
                        if (
                            entry.category == "role"
                            and last < last_i
                            and ws[last + 1] in _PLACES_HOSTED
                        ):
                            continue  # "the host city", "the host country": no person
                        if entry.category in ("role", "organisation") and _law_on(ws, i):
                            continue  # "Zakon o zaštitniku građana": the law, not the office
                        out.append(self._candidate(tokens, i, last, entry, rank + 3))
                        full = True
                for group in reverse.get(w, ()):
                    for e in group.get(nxt, ()):
                        if tokens.joined(i, i + 1, " ,-'."):
                            entry = self.entries[e]
                            out.append(self._candidate(tokens, i, i + 1, entry, rank + 3))
                            full = True
            if full:
                continue
            for rule in alone.get(w, ()):
                if self._alone_ok(tokens, i, rule):
                    start, end = self._extend(tokens, i, i)
                    found = Candidate(
                        start,
                        end,
                        rule.category,
                        rule.severity,
                        rule.reason,
                        rule.suggestion,
                        rank + rule.strength,
                    )
                    if (
                        rule.category == "person"
                        and person_at == i - 1
                        and _same_term(out[-1].reason, found.reason)
                    ):
                        # A short form before the surname ("Tom Reed" of Thomas Reed): one
                        # name, one finding, named after the word that says more.
                        before = out[-1]
                        reason = before.reason if "(or " not in before.reason else found.reason
                        out[-1] = found._replace(start=before.start, reason=reason)
                        person_at = -2
                        break
                    out.append(found)
                    if rule.category == "person" and tokens.joined(i, i + 1, " "):
                        person_at = i
        return out

    def _initials_possessive(self, tokens: Tokens, rank: int) -> list[Candidate]:
        """Candidates for two initials written together with a possessive: "DM's estimate"
        (a listed person's initials, no acronym of the list, no word)."""
        out: list[Candidate] = []
        folded = tokens.text.folded
        for i, w in enumerate(tokens.words):
            if len(w) != 2 or (w[0], w[1]) not in self.initials or w in self.alone:
                continue
            if not tokens.is_upper(i) or not folded.startswith("'s", tokens.ends[i]):
                continue
            if w in _TWO_LETTERS or (w[0], w[1]) in _NOT_INITIALS:
                continue  # "UN's", "EU's": abbreviations everyone uses
            entry = self.initials[(w[0], w[1])]
            out.append(_initials_candidate(tokens.starts[i], tokens.ends[i] + 2, entry, rank))
        return out

    def _initials(self, tokens: Tokens, rank: int) -> list[Candidate]:
        """Candidates for initials of listed persons: "B.J.", "Đ. L.", "Ђ.Л."."""
        out: list[Candidate] = []
        ws = tokens.words
        folded = tokens.text.folded
        n = len(ws)
        for i in range(n - 1):
            a, b = ws[i], ws[i + 1]
            if len(a) > 2 or len(b) > 2 or (a, b) not in self.initials:
                continue
            if not (tokens.is_capitalised(i) and tokens.is_capitalised(i + 1)):
                continue
            if tokens.gap(i, i + 1).strip() != "." or not folded.startswith(
                ".", tokens.ends[i + 1]
            ):
                continue
            if (i > 0 and tokens.joined(i - 1, i, ".") and len(ws[i - 1]) <= 2) or (
                i + 2 < n and tokens.gap(i + 1, i + 2) == "." and len(ws[i + 2]) <= 2
            ):
                continue  # "U.N.H.C.R." and the like: an acronym written with full stops
            if (a, b) in _NOT_INITIALS and not _initials_of_a_person(tokens, i + 1):
                continue  # "at 9 a.m.", "U.S.", "e.g."
            entry = self.initials[(a, b)]
            out.append(_initials_candidate(tokens.starts[i], tokens.ends[i + 1] + 1, entry, rank))
        return out

    def _candidate(
        self, tokens: Tokens, first: int, last: int, entry: Entry, rank: int
    ) -> Candidate:
        start, end = self._extend(tokens, first, last)
        return Candidate(
            start, end, entry.category, entry.severity, entry.reason, entry.suggestion, rank
        )

    @staticmethod
    def _alone_ok(tokens: Tokens, i: int, rule: _Alone) -> bool:
        if rule.acronym:
            if _quantifier_in_capitals(tokens, i) or _shouted_words(tokens, i):
                return False
            if _acronym_in_lower_case_notes(tokens, i):
                return True
            if not rule.inflected:
                return tokens.is_upper(i) or (
                    tokens.is_capitalised(i) and affiliation_frame(tokens, i)
                )
            return tokens.serbian and (
                _acronym_with_ending(tokens.original(i))
                or (tokens.is_capitalised(i) and affiliation_frame(tokens, i))
            )
        if rule.needs_capital and not tokens.is_capitalised(i):
            if tokens.lower_case and _no_word(tokens.words[i]) and not rule.ambiguous:
                pass  # notes in lower case throughout: "bilja's shelter", "u marsicu"
            elif rule.category == "person" and _serbian_word_as_english_possessive(tokens, i):
                pass  # "bilja's shelter": no English word, so a name in any case
            elif (
                (tokens.lower_case or tokens.sentence_initial(i))
                and rule.category in ("person", "organisation")
                and not rule.acronym
                # "most said no" is the English word; "iskra offered" no English word
                and (rule.category == "person" or tokens.words[i] not in english_words())
                and person_predicate(tokens, i) is not None
            ):
                pass  # typed in haste, a verb of speaking after: "grace said the fund ..."
            elif rule.category == "role" and _role_of_one_person(tokens, i):
                pass  # "the interpreter's number", "Zoran (the judge)"
            elif not (
                rule.category == "organisation"
                and (
                    _institution_in_lower_case(tokens, i)
                    or (rule.lower_ok and _acts(tokens, i))
                    # In lower case only after a preposition of origin: "at home", "kod
                    # kuće" are places, whatever organisation is called Home.
                    or (tokens.words[i - 1] in _ORIGIN and affiliation_frame(tokens, i))
                )
            ):
                return False
        if (
            rule.category == "person"
            and rule.strength == 1
            and not tokens.is_capitalised(i)
            and not tokens.lower_case
            and tokens.serbian
            and tokens.words[i] in common_words()
        ):
            # A given name that is an ordinary word, in lower case among capitals: the word
            # ("rad na crno cveta", "trgovina cveta", "tek u maju" of Maja), unless the
            # context shows a person (never after a preposition of time or place, which
            # makes it no subject of the verb after it).
            return person_context(tokens, i) and not (
                i > 0 and tokens.words[i - 1] in _TIME_OR_PLACE
            )
        if (
            rule.category == "person"
            and rule.strength == 2
            and rule.inflected
            and not tokens.is_capitalised(i)
            and not tokens.lower_case
            and tokens.serbian
            and not _POSSESSIVE_ADJECTIVE.search(tokens.words[i])
        ):
            # A surname's case form in lower case among capitals is another word more often
            # than a typo ("idu pešice" of Pešić), unless the context shows a person; its
            # possessive ("po stojsicevim podacima") is no ordinary word.
            return person_context(tokens, i)
        if (
            rule.category == "organisation"
            and not rule.acronym
            and i + 1 < len(tokens.words)
            and tokens.words[i + 1] in _KINDS_OF_BODY
        ):
            return False  # "Ombudsperson institutions across the region": bodies of a kind
        if rule.category == "organisation" and _a_city_of_that_name(tokens, i):
            return False  # "konferencija u Atini": the city an association is named after
        if rule.category in ("role", "organisation") and _law_on(tokens.words, i):
            return False  # "the Law on the Ombudsperson", "Zakon o Komesarijatu"
        if rule.category == "role" and _none_of(tokens.words, i):
            return False  # "opštine bez ijednog pedijatra": a role nobody holds there
        if (
            rule.category == "role"
            and _any_one(tokens.words, i)
            and not (
                i + 1 < len(tokens.words)
                and tokens.words[i + 1] in FROM_WORDS | {"u", "at"}
                and tokens.joined(i, i + 1, " ")
            )
        ):
            # "Jedna psihološkinja (u sali ih je bilo pet) rekla je": any one of them; "jedna
            # psihološkinja iz Praxisa" is told apart by where she comes from.
            return False
        if rule.category == "role" and (_quantified(tokens, i) or _public_office(tokens, i)):
            return False  # "all juvenile judges", "the UN Special Rapporteur on housing"
        if (
            rule.category == "role"
            and tokens.words[i] in HEAD_OF_HOUSE
            and not host_of_the_event(tokens, i)
        ):
            return False  # "domaćica u selu": a housewife, not the event's host
        if rule.plural_like and not (i > 0 and _dative_before(tokens.words[i - 1])):
            return False  # "i hodže i sveštenici", not "pisali smo o sveštenici"
        if (
            rule.category == "person"
            and rule.strength == 1
            and rule.inflected
            and tokens.serbian
            and i > 0
            and tokens.words[i - 1] == "u"
            and tokens.words[i].endswith(("u", "i"))
        ):
            # A given name's locative after "u" is a place ("u Boru", "u Milanu"): one is not
            # "in" a person (the accusative "verujem u Marka" ends otherwise).
            return False
        if (
            rule.category == "person"
            and rule.inflected
            and tokens.serbian
            and i > 0
            and tokens.words[i - 1] in ("u", "na")
            and (
                tokens.words[i].endswith("i")
                or (
                    tokens.words[i].endswith("u")
                    and tokens.words[i][:-1] + "a" not in known_given_names()
                )
            )
        ):
            # A name's locative after "u" or "na" is a place named like it ("u Ristovcu",
            # "na Kozjaku"): one is not "in" or "on" a person, unless the context says so
            # ("misleći na Draganu" is her accusative).
            return person_context(tokens, i)
        if rule.category == "person" and tokens.words[i] in _DEMONYM_FORMS:
            # A surname that is a people's name ("Mađar", "Sremac"): "Jedan Mađar iz Sajana",
            # "Sremci kažu" are the people; the person only where the context says so.
            if i > 0 and tokens.words[i - 1] in _SOME:
                return False
            return person_context(tokens, i) and not tokens.words[i].endswith(_PLURAL_ENDS)
        if rule.category == "person" and tokens.words[i] in _place_forms():
            # A surname that is also a place ("na Paliću", "the Palić lake area") is the
            # person only when the context says so.
            return person_context(tokens, i)
        if rule.strength == 1 and _public_figure_follows(tokens, i):
            # "Nikola Tesla Airport", "ulica Zorana Đinđića": a listed given name before the
            # surname of a public figure is that figure (a listed full name matched already).
            return False
        if rule.category == "person" and _not_the_person(tokens, i):
            return False
        if rule.category == "person" and _common_noun_after_determiner(tokens, i):
            return False
        if rule.inflected and not tokens.serbian and _english(tokens):
            # A Serbian case ending in an English sentence is a different word: "Ilica street"
            # (Zagreb) is not the genitive of Ilić.
            return False
        if rule.ambiguous and tokens.sentence_initial(i):
            # "Nada je poslednja umire": at the start of a sentence an ordinary word looks like
            # a name; only take it for one when the context shows a person.
            if person_context(tokens, i):
                return True
            if rule.category == "organisation" and _quoted_inside_a_sentence(tokens, i):
                return True  # "kaže da „Kandilo“ deli pakete": a name in quotes
            # A vocative addresses the person: "Vuče, hoćeš li...", "Nado, pošalji..."; a
            # dative or accusative before a clitic is said to or of one: "Nadi je postavljeno
            # pitanje", "Zori smo obećali" ("Veru u pravosuđe gube" is the noun).
            # Only a vocative ("Nado,", "Vuče,") before a comma: "Srećom, nikome ništa" is
            # the instrumental ("luckily"), an ordinary word opening the sentence.
            return (
                rule.inflected
                and (
                    (
                        tokens.text.folded.startswith(",", tokens.ends[i])
                        and not tokens.words[i].endswith(("om", "em", "im", "ima", "ama"))
                    )
                    or (
                        # (not the instrumental, an adverb without "sa": "Zorom su krenuli")
                        tokens.words[i].endswith(("i", "u"))
                        and i + 1 < len(tokens.words)
                        and (
                            tokens.words[i + 1] in _CLITICS
                            # "Golubu se niko nije javio": a dative before "se"
                            or tokens.words[i + 1] == "se"
                        )
                        # "Golubovi su se ugnezdili", "Kovači su zanat": a plural subject, not
                        # a woman's dative ("Nadi su rekli")
                        and not (
                            tokens.words[i].endswith("i")
                            and tokens.words[i + 1] == "su"
                            and tokens.words[i][:-1] + "a" not in known_given_names()
                        )
                    )
                )
            )
        return True

    @staticmethod
    def _extend(tokens: Tokens, first: int, last: int) -> tuple[int, int]:
        """Folded span of words ``first..last``, widened to an initial before ("J. Petrović")
        and an English possessive after ("Petrović's")."""
        start, end = tokens.starts[first], tokens.ends[last]
        if first > 0 and _initial(tokens, first - 1):
            if tokens.is_capitalised(first - 1):
                start = tokens.starts[first - 1]
        folded = tokens.text.folded
        if folded.startswith("'s", end) and not folded[end + 2 : end + 3].isalnum():
            end += 2
        return start, end


_BOTH = frozenset({"both", "also", "together", "jointly", "oboje", "obojica", "obe", "oba",
                   "zajedno", "takodje"})  # fmt: skip
# Nouns an English role word modifies rather than names: "the host city", "host communities".
_PLACES_HOSTED = frozenset({"city", "cities", "country", "countries", "town", "towns",
                            "municipality", "community", "communities", "village", "villages",
                            "family", "families", "government", "state", "states",
                            "society", "region"})  # fmt: skip
_KINDS_OF_BODY = frozenset({"institutions", "offices", "bodies", "institucije", "institucija",
                            "institucijama", "kancelarije"})  # fmt: skip
_CLITICS = frozenset({"je", "su", "smo", "ste", "sam", "si", "cu", "ce", "cemo"})
# Words that give another subject to the verb after a sentence-initial role in the plural.
_OTHER_SUBJECT = frozenset({"smo", "ste", "sam", "si", "je", "cu", "ces", "cemo", "cete", "mi",
                            "ja", "vi", "ti", "nismo", "niste", "nisam"})  # fmt: skip
# Abbreviations of two capitals that take a possessive ("the UN's", "the EU's", "TV's").
_TWO_LETTERS = frozenset({"un", "eu", "us", "uk", "tv", "pr", "id", "hr", "it", "ok", "cv", "ai",
                          "ca", "mp", "pm", "dj", "gp", "ny", "la", "dc", "bh", "rs",
                          "ec", "ep", "uv", "db", "ip", "pc", "ad", "bc"})  # fmt: skip
# Pairs of initials that are common abbreviations rather than anyone's initials.
_NOT_INITIALS = frozenset({("u", "s"), ("u", "k"), ("e", "u"), ("u", "n"), ("d", "c"),
                           ("a", "m"), ("p", "m"), ("d", "o"), ("d", "r"), ("n", "b"),
                           ("p", "s"), ("i", "e"), ("e", "g"), ("s", "a"), ("o", "k"),
                           ("d", "d"), ("a", "d"), ("b", "c"), ("t", "v"), ("n", "n"),
                           ("j", "p")})  # fmt: skip


@functools.lru_cache(maxsize=4096)
def _noun_forms_of_ordinary(word: str) -> frozenset[str]:
    """The case forms of a given name that is also an ordinary noun (Vera: vere, veri, veru,
    verom), which are the noun's forms as well; empty for any other name."""
    if word not in AMBIGUOUS_WORDS:
        return frozenset()
    return frozenset(inflections(word, fleeting=False))


def _initials_of_a_person(tokens: Tokens, last: int) -> bool:
    """Whether initials ending at word ``last`` are said of a person: "A.M. from the ministry
    confirmed", "A.M. je rekla" (a body they come from, or a verb of speaking, after them)."""
    ws = tokens.words
    k = last + 1
    if k + 1 < len(ws) and ws[k] in ("iz", "from") and _body_follows(tokens, k + 1):
        return True
    return _named_subject(tokens, last) if k < len(ws) else False


def _initials(word: str) -> set[str]:
    """The folded initial(s) a word may be written with: "dj" of Đorđević is "Đ." or "D."."""
    out = {word[:1]}
    if word[:2] in ("dj", "lj", "nj", "dz"):
        out.add(word[:2])
    return out


# Prepositions before a river or a place: "na Drini", "uz Drinu", "along the Drina".
_PLACE_BEFORE = frozenset({"na", "u", "uz", "duz", "niz", "preko", "pored", "iza", "ka", "kod",
                           "blizu", "iznad", "ispod", "kraj", "oko",
                           "along", "across", "on", "near", "by", "the", "over", "beyond",
                           "reka", "reke", "reci", "river", "obala", "obali", "obale",
                           # crossing a river: "da pređu Savu", "people cross the Drina"
                           "predju", "predje", "preci", "presli", "presao", "presla",
                           "prelaze", "prelazi", "prelazili", "preplivaju", "cross",
                           "crossed", "crosses", "crossing", "swim", "swam"})  # fmt: skip
_PLACE_AFTER = frozenset({"river", "valley", "basin", "bank", "banks", "reka", "reke", "reci",
                          "dolina", "dolini"})  # fmt: skip
_ENGLISH_WORDS = frozenset({"the", "a", "an", "of", "and", "in", "on", "at", "to", "for",
                            "with", "is", "are", "was", "were", "by", "from", "this", "that",
                            "street", "road", "said", "has", "have", "will"})  # fmt: skip


def _stem(name: str) -> str:
    """A name without its final vowel, the part its case forms share ("drin" of "Drina")."""
    return name[:-1] if name[-1] in "aeiou" else name


# Case forms of given names that are rivers or places ("Drini", "Drinu", "Drinom").
_GEOGRAPHIC_FORMS = frozenset(
    _stem(g) + e
    for g in GEOGRAPHIC_NAMES
    for e in ("", "a", "e", "i", "u", "o", "om", "em", "oj", "ju", "ja", "ji", "jom", "s")
)


def _english(tokens: Tokens) -> bool:
    """Whether the text reads as English (its small words), not just as not Serbian."""
    return not _ENGLISH_WORDS.isdisjoint(tokens.vocab)


# Before a given name, a saint: "Sveti Sava", "St Sava's Day", "crkva Svetog Nikole".
SAINTS = frozenset({"sveti", "sveta", "svetog", "svetom", "svetoj", "svetu", "svete", "svetih",
                    "svetim", "sv", "st", "saint", "saints", "sainte", "san",
                    "santa"})  # fmt: skip
# After "called" or "named", a name is a thing's unless a person comes just before: "a bakery
# called Zora", not "a woman called Zora".
_CALLED = frozenset({"called", "named", "nazvan", "nazvana", "nazvano", "imenom"})
# Who is named before "called": "a woman called Zora" is a person.
_PEOPLE_CALLED = frozenset({"woman", "man", "girl", "boy", "someone", "colleague", "lady",
                            "zena", "devojka", "devojcica", "decak", "neko", "kolega"})  # fmt: skip
# Who phones someone: "we called Zora" is a call, not a name given.
_CALLERS = frozenset({"we", "i", "they", "she", "he", "you", "then", "also", "later", "just",
                      "never"})  # fmt: skip


def _named_thing(tokens: Tokens, i: int) -> bool:
    """Whether the listed given name at word ``i`` names a thing: a saint's day or church, a
    body named after someone ("the Vera Institute of Justice"), or a thing "called" so."""
    ws = tokens.words
    if i > 0 and ws[i - 1] in SAINTS and tokens.is_capitalised(i - 1):
        return True
    if (
        i + 1 < len(ws)
        and tokens.is_capitalised(i)
        and tokens.is_capitalised(i + 1)
        and tokens.joined(i, i + 1, " ")
        and is_organisation_word(ws[i + 1])
    ):
        return True  # "Vera Institute", "Zora Foundation": named after someone
    if i > 0 and ws[i - 1] in _CALLED and not (i > 1 and ws[i - 2] in _CALLERS):
        before = ws[max(0, i - 4) : i - 1]
        if any(w in CHILDREN for w in before):
            return True  # "a boy named Mohammad, 14": a child's case, nobody in the room
        return not any(w in PERSON_NOUNS or w in _PEOPLE_CALLED for w in before)
    return False


_WE_WORDS = frozenset({"mi", "we", "nas", "nasa", "nase", "nasem", "our", "us"})


def _a_city_of_that_name(tokens: Tokens, i: int) -> bool:
    """Whether a one-word organisation named like a city ("Atina", Athens) is the city: in
    its locative after "u"/"in", the speakers not putting themselves there ("U Atini
    radimo sa ženama" is the association's own)."""
    ws = tokens.words
    if ws[i] not in _GEOGRAPHIC_FORMS or i == 0 or ws[i - 1] not in ("u", "in"):
        return False
    if i + 1 < len(ws) and ws[i + 1].endswith("mo") and len(ws[i + 1]) > 3:
        return False  # "u Atini radimo"
    return _WE_WORDS.isdisjoint(ws)


# Endings of surnames (entries' own list and the -in possessive surnames: "Petrova", "Jovanić",
# "Kalinin").
_SURNAME_SHAPES = _SURNAME_ENDINGS + ("in", "ina")
# "Vlada" (Vladimir) is also the government: of a country in the genitive ("Vlada Srbije",
# "Vladi Norveške") it is the government.
_GOVERNMENT_FORMS = frozenset({"vlada", "vlade", "vladi", "vladu", "vladom"})
# What follows "Dan" when it is the day: "Dan posle posete", "Dan škole", "Dan D".
_DAY_WORDS_AFTER = frozenset({"posle", "pre", "nakon", "ranije", "kasnije", "skole", "d",
                              "drzavnosti", "secanja", "zena", "izbeglica"})  # fmt: skip
# "Dan" is also the Serbian day: with an ordinal it is a day of the programme.
# Serbian ordinals only: "Dan first presented the data" is Dan.
_ORDINAL_WORDS = frozenset({"prvi", "drugi", "treci", "cetvrti", "peti", "prvog", "drugog",
                            "treceg", "poslednji", "zavrsni"})  # fmt: skip


def _not_the_person(tokens: Tokens, i: int) -> bool:
    """Whether a listed given name standing alone is plainly not the person: a river or
    place in a locative or geographic context ("uz Drinu i Savu", "along the Drina"), a saint
    or a thing named after someone (see _named_thing), or a word quoted in lower case
    ("posters start with 'salam'")."""
    ws = tokens.words
    w = ws[i]
    folded = tokens.text.folded
    if _named_thing(tokens, i):
        return True
    if w in DAY_WORDS and (
        (i + 1 < len(ws) and ws[i + 1] in _ORDINAL_WORDS and tokens.joined(i, i + 1, " "))
        or (i > 0 and ws[i - 1] in _ORDINAL_WORDS and tokens.joined(i - 1, i, " "))
    ):
        return True  # "Dan drugi (day two) was devoted to ...", "drugi dan": a day of the event
    if (
        w in _GOVERNMENT_FORMS
        and i + 1 < len(ws)
        and tokens.is_capitalised(i + 1)
        and ws[i + 1].endswith("e")
        and tokens.joined(i, i + 1, " ")
    ):
        return True  # "Vlada Srbije je usvojila": a country's government, not Vlada (Vladimir)
    if w in _GOVERNMENT_FORMS and i + 2 < len(ws) and ws[i + 1] == "je":
        # "Vlada je (prošle godine) usvojila uredbu": the first past participle after "je" is
        # feminine, the government's ("Vlada je rekao da škola ..." is Vlada).
        verb = next((v for v in ws[i + 2 : i + 5] if v.endswith(("la", "ao", "eo", "io"))), "")
        if verb.endswith("la") and len(verb) > 4:
            return True
    if w in DAY_WORDS and i + 1 < len(ws) and ws[i + 1] in _DAY_WORDS_AFTER:
        return True  # "Dan posle posete", "Dan škole", "Dan je počeo kasno": the day
    if not tokens.is_capitalised(i):
        before = folded[tokens.starts[i] - 1 : tokens.starts[i]]
        after = folded[tokens.ends[i] : tokens.ends[i] + 1]
        if before in "'\"‘“„«" and before and after in "'\"’”»" and after:
            return True
    if w not in _GEOGRAPHIC_FORMS:
        return False
    if person_context(tokens, i):
        return False
    prev = ws[i - 1] if i > 0 else ""
    nxt = ws[i + 1] if i + 1 < len(ws) else ""
    if prev in _PLACE_BEFORE or nxt in _PLACE_AFTER:
        return True
    # "Drini i Tisi", "the Drina and the Tisa": two rivers or places side by side.
    return (
        nxt in ("i", "and")
        and i + 2 < len(ws)
        and ws[i + 2].startswith(("dunav", "danub", "drin", "tis", "morav"))
    )


# Articles and possessives: in English a personal name takes none of them, so a listed name
# that is also an ordinary word, in lower case after one, is the word ("their besa", "the
# olive harvest"). Serbian names may take a possessive ("naša Jelena"), so there only words
# that are nobody's given name count: "svoju kletvu" of a surname Kletva.
_EN_DETERMINERS = frozenset({
    "the", "a", "an", "their", "his", "her", "its", "our", "my", "your", "these", "those", "some",
    "any", "no", "every", "each",
})  # fmt: skip
_SR_POSSESSIVES = frozenset({
    "svoju", "svoja", "svoje", "svoj", "svog", "svom", "svojom", "njihovu", "njihova",
    "njihove", "njihov", "njegovu", "njegova", "njegove", "njenu", "njena", "njene", "nasu",
    "nasa", "nase", "moju", "moja", "moje", "tvoju", "tvoja", "vasu", "vasa", "ovu", "ova", "onu",
    "neku", "neka", "svaku", "svaka",
})  # fmt: skip


def _common_noun_after_determiner(tokens: Tokens, i: int) -> bool:
    """Whether word ``i`` (a listed given name or surname that is also an ordinary word) is
    written in lower case after an article or a possessive (see above): the ordinary word."""
    if i == 0 or tokens.is_capitalised(i) or not tokens.joined(i - 1, i, " "):
        return False
    w, prev = tokens.words[i], tokens.words[i - 1]
    if w not in common_words():
        return False
    if prev in _EN_DETERMINERS:
        return True
    return prev in _SR_POSSESSIVES and w not in known_given_names()


_ACTS = frozenset({"will", "would", "has", "have", "is", "was", "said", "says", "sent", "je",
                   "ce", "su", "jos", "takodje", "also", "can", "could", "plans", "planira",
                   "salje", "poslala", "poslao", "organizuje", "runs", "vodi"})  # fmt: skip


def _acronym_in_lower_case_notes(tokens: Tokens, i: int) -> bool:
    """Whether a listed acronym written in lower case is still it: with a Serbian case ending
    after a hyphen ("kolega iz unhcr-a", in any text), or in notes without a single capital
    ("milica iz ukc: lista cekanja") when the acronym is no ordinary word."""
    w = tokens.words[i]
    if len(w) < 3:
        return False
    if (
        i + 1 < len(tokens.words)
        and tokens.gap(i, i + 1) == "-"
        and tokens.words[i + 1] in _HYPHEN_ENDINGS
        and tokens.original(i).islower()
    ):
        return True  # a Serbian case ending after a hyphen: "kolega iz unhcr-a"
    # ``islower``: every cased letter of the text is small (one pass in C).
    return tokens.text.original.islower() and w not in common_words()


_HYPHEN_ENDINGS = frozenset({"a", "u", "om", "em", "e", "i", "ov", "ova", "ovog", "ovom", "ovoj",
                             "ovu", "ovi", "ove", "ovih", "ovim"})  # fmt: skip


# Bodies every town has one of: named by the town, each is one institution everyone knows.
_LOCAL_BODIES = frozenset({"police", "court", "hospital", "prosecutor", "prosecutors",
                           "municipality", "policija", "policije", "policiji", "policiju",
                           "bolnica", "bolnice", "bolnici", "bolnicu", "sud", "suda", "sudu",
                           "tuzilastvo", "tuzilastva", "tuzilastvu", "opstina", "opstine",
                           "opstini", "opstinu"})  # fmt: skip


def _local_bodies(tokens: Tokens, towns: frozenset[str], rank: int) -> list[Candidate]:
    """Candidates for a body every town has, named by the event's town: "the Kragujevac
    police", "Kragujevac court", "policija u Kragujevcu", "iz bolnice u Kragujevcu"."""
    ws = tokens.words
    n = len(ws)
    out: list[Candidate] = []
    for i in tokens.positions(towns):
        if not tokens.is_capitalised(i):
            continue
        span = None
        if i + 1 < n and ws[i + 1] in _LOCAL_BODIES and tokens.joined(i, i + 1, " "):
            span = (i, i + 1)
        elif i >= 2 and ws[i - 1] in ("u", "in") and ws[i - 2] in _LOCAL_BODIES:
            span = (i - 2, i)
        if span is not None:
            a, b = tokens.text.span(tokens.starts[span[0]], tokens.ends[span[1]])
            out.append(
                Candidate(
                    tokens.starts[span[0]],
                    tokens.ends[span[1]],
                    "organisation",
                    "medium",
                    f"names a local body by the event's town: {tokens.text.original[a:b]}",
                    "a government institution",  # public: its published reports are citable
                    rank,
                )
            )
    return out


def _serbian_word_as_english_possessive(tokens: Tokens, i: int) -> bool:
    """Whether a listed name that is an ordinary Serbian word only ("bilja": of plants) takes
    the English possessive in an English sentence: there it can only be the name."""
    w = tokens.words[i]
    folded = tokens.text.folded
    return (
        folded.startswith("'s", tokens.ends[i])
        and not tokens.serbian
        and len(w) >= 4
        and w not in english_words()
        and w not in AMBIGUOUS_WORDS
    )


def _role_of_one_person(tokens: Tokens, i: int) -> bool:
    """Whether a listed role that is an ordinary word ("judge", "interpreter") is said of the
    one person holding it: with "the" and a possessive ("the interpreter's phone"), or in
    apposition to a name ("Zoran (the judge)", "Ana, the interpreter, said")."""
    ws = tokens.words
    folded = tokens.text.folded
    first = i - 1 if i > 0 and ws[i - 1] in ("the", "our") else i
    if first < i and folded.startswith("'s", tokens.ends[i]):
        return True
    before = folded[: tokens.starts[first]].rstrip()
    after = folded[tokens.ends[i] : tokens.ends[i] + 1]
    if before.endswith("(") and after == ")" or before.endswith(",") and after == ",":
        name = bisect.bisect_right(tokens.ends, len(before) - 1) - 1
        return name >= 0 and tokens.is_capitalised(name)
    # The subject of a verb of speaking put before it: "Kako je rekao imam, ...", "said the
    # interpreter" ("rekao je imam" too, the auxiliary between).
    k = first - 1
    if k > 0 and ws[k] in ("je", "su") and ws[k - 1] in PERSON_VERBS:
        k -= 1
    return (
        k >= 0
        and ws[k] in PERSON_VERBS
        and all(not tokens.gap(m, m + 1).strip() for m in range(k, first))
    )


def _no_word(w: str) -> bool:
    """Whether a form of a listed name is no ordinary word nor anyone's given name, so that
    written in lower case it still can only be the name."""
    return len(w) >= 4 and w not in common_words() and w not in AMBIGUOUS_WORDS


def _acts(tokens: Tokens, i: int) -> bool:
    """Whether a name written in lower case is the subject acting ("ternipe will send
    ..."): the sentence opens with it and a verb follows, so the writer just skipped capitals."""
    return (
        tokens.sentence_initial(i)
        and i + 1 < len(tokens.words)
        and tokens.words[i + 1] in _ACTS
        and tokens.joined(i, i + 1, " ")
    )


# English quantifiers an acronym may spell ("MOST", "ALL", "SOME"), and what follows them when
# they are the word written in capitals for emphasis: "MOST of the victims", "ALL the money".
_QUANTIFIERS = frozenset({"most", "all", "any", "some", "none", "many", "more", "each", "both",
                          "few", "much", "several", "half", "every"})  # fmt: skip
_QUANTIFIED = frozenset({"of", "the", "these", "those", "our", "their", "its", "his", "her"})


def _quantifier_in_capitals(tokens: Tokens, i: int) -> bool:
    """Whether an acronym that spells an English quantifier is that word, written in capitals
    for emphasis: "MOST of the victims were men" (not the organisation MOST)."""
    ws = tokens.words
    if ws[i] not in _QUANTIFIERS or i + 1 >= len(ws) or not tokens.joined(i, i + 1, " "):
        return False
    # Only before "of" or a determiner: "MOST lawyers documented..." may be MOST's lawyers.
    return ws[i + 1] in _QUANTIFIED


# Words that say no one holds a role: "nijedan sudija", "no interpreter" right before it; or,
# after "bez"/"without"/"nema", "ijednog", "a single", "any" or nothing ("bez ijednog pedijatra").
_NO = frozenset({"no", "nijedan", "nijednog", "nijedna", "nijedne", "nijednom", "nijednu"})
_WITHOUT = frozenset({"bez", "without", "nema", "nemaju", "nemamo"})
_ANY = frozenset({"ijedan", "ijednog", "ijedne", "ijednom", "ijednu", "a", "an", "any",
                  "single"})  # fmt: skip


def _any_one(ws: tuple[str, ...] | list[str], i: int) -> bool:
    """Whether the role at word ``i`` follows an indefinite article: "jedan prevodilac za
    paštu bio je dostupan", "an interpreter for Pashto" is any holder of such a post."""
    return i > 0 and ws[i - 1] in ("a", "an", "jedan", "jedna", "jednog", "jednu", "jednom")


def _law_on(ws: tuple[str, ...] | list[str], i: int) -> bool:
    """Whether the term at word ``i`` names what a law is on: "Zakon o zaštitniku građana",
    "the Law on the Protector of Citizens" (a law's title names the office as a topic)."""
    k = i - 1
    if k >= 0 and ws[k] == "the":
        k -= 1
    if k < 1 or ws[k] not in ("o", "on"):
        return False
    return ws[k - 1] in _LAWS


_LAWS = frozenset({"zakon", "zakona", "zakonu", "zakonom", "zakoni", "law", "laws",
                   "act"})  # fmt: skip


def _none_of(ws: tuple[str, ...] | list[str], i: int) -> bool:
    """Whether the role at word ``i`` is denied: "nijedan ...", "no ...", or "bez ijednog
    ...", "without a single ...", "without ..." right before it."""
    k = i - 1
    if k < 0:
        return False
    if ws[k] in _NO:
        return True
    while k >= 0 and ws[k] in _ANY and i - k <= 2:
        k -= 1
    return k >= 0 and ws[k] in _WITHOUT


_DATIVE_PREPOSITIONS = frozenset({"ka", "k", "prema", "o", "u", "na", "po", "pri"})


# Quantifiers make a role the class of its holders: "all judges", "sve sudije", "svaki tužilac".
_QUANTIFIERS = frozenset({"all", "every", "any", "each", "many", "most", "several", "some", "no",
                          "sve", "svi", "svaki", "svaka", "svakog", "svakom", "mnogi", "mnoge",
                          "neki", "neke", "nijedan", "nijedna", "nekoliko", "vecina",
                          "vecinu"})  # fmt: skip


def _quantified(tokens: Tokens, i: int) -> bool:
    """Whether word ``i`` (a role) has a quantifier or an English indefinite article before it
    (Serbian "a" is "and": "a sudija je rekla")."""
    if i == 0:
        return False
    prev = tokens.words[i - 1]
    return prev in _QUANTIFIERS or (prev in ("a", "an") and not tokens.serbian)


def _public_office(tokens: Tokens, i: int) -> bool:
    """Whether a one-word role at ``i`` ends a longer capitalised title that is not the
    listed one: "the UN Special Rapporteur" is a public mandate, not the event's rapporteur."""
    return (
        i > 1
        and tokens.is_capitalised(i)
        and tokens.is_capitalised(i - 1)
        and not tokens.sentence_initial(i - 1)
        and tokens.joined(i - 1, i, " ")
    )


_QUOTE_MARKS = frozenset(QUOTES)


def _quoted_inside_a_sentence(tokens: Tokens, i: int) -> bool:
    """Whether word ``i`` is the whole of a quotation inside a sentence (a name in quotes, not
    the first word of a quoted remark or of a title: "„Luča mikrokozma“") or of a bracket."""
    start, end = tokens.starts[i], tokens.ends[i]
    folded = tokens.text.folded
    if start == 0:
        return False
    if folded[start - 1] == "(":
        return folded[end : end + 1] == ")"  # "Nada S. (Iskra)": a body in brackets
    if folded[start - 1] not in _QUOTE_MARKS:
        return False
    if folded[end : end + 1] not in _QUOTE_MARKS:  # closed right after the word
        return False
    k = start - 2
    while k >= 0 and folded[k] in " \t":
        k -= 1
    return k >= 0 and folded[k] not in ".!?:\n" and folded[k] not in _QUOTE_MARKS


def _dative_before(word: str) -> bool:
    """Whether ``word`` makes the next one a singular dative or locative: a preposition of
    those cases, or a feminine adjective or pronoun in them ("novoj", "toj")."""
    return word in _DATIVE_PREPOSITIONS or (len(word) > 3 and word.endswith("oj"))


def _same_term(a: str, b: str) -> bool:
    """Whether two reasons name the same protected term (whatever others share the word)."""
    return a.split(" (or ", 1)[0] == b.split(" (or ", 1)[0]


_LINKS = frozenset({"and", "or", "the", "of", "i", "ili", "a", "u", "na"})


def _shouted_words(tokens: Tokens, i: int) -> bool:
    """Whether an acronym that spells an ordinary word is that word among others written in
    capitals for emphasis: "WHO, WHEN and HOW a child is registered" (not the WHO). A
    conjunction in capitals does not count: "WHO AND UNICEF" are two organisations."""
    ws = tokens.words
    if ws[i] not in common_words():
        return False
    frequent = frequent_words()  # "WHEN", "HOW"; not "UNICEF", which wordfreq also lists
    return any(
        0 <= k < len(ws)
        and k != i
        and tokens.is_upper(k)
        and len(ws[k]) >= 3
        and ws[k].isalpha()
        and ws[k] in frequent
        and ws[k] not in _LINKS
        for k in range(i - 2, i + 3)
    )


# A body's people named after it: "Unicefovci su tražili", "jedna Unhcrovka" (folded).
_MEMBER_ENDINGS = ("ovac", "ovca", "ovcu", "ovcem", "ovci", "ovaca", "ovcima", "ovke", "ovka",
                   "ovki", "ovku", "ovkom", "ovkama", "ovce")  # fmt: skip


def _initials_candidate(start: int, end: int, entry: Entry, rank: int) -> Candidate:
    """The finding of a listed person's initials over ``start``..``end``."""
    return Candidate(
        start,
        end,
        "person",
        "medium",
        f"initials of a protected person: {entry.term.term}",
        "a participant",
        rank,
    )


def _acronym_with_ending(original: str) -> bool:
    """Whether a word is an acronym with a Serbian case ending: "UNHCRa", "KIRSu", "УНИЦЕФу"."""
    k = 0
    while k < len(original) and original[k].isupper():
        k += 1
    return k >= 2 and 0 < len(original) - k <= 4 and original[k:].islower()


# Prepositions of where someone comes from or works, and who may come from there.
_FROM = frozenset({"from", "at", "iz", "ispred", "kod"})
_ORIGIN = frozenset({"from", "iz", "ispred"})
_SOMEONE = PERSON_NOUNS | frozenset({"someone", "somebody", "people", "colleagues", "neko",
                                     "nekog", "nekoga", "ljudi", "kolege", "koleginice",
                                     "predstavnici", "predstavnice"})  # fmt: skip
_AUXILIARY = frozenset({"su", "je", "smo", "has", "have", "had", "were", "was", "also",
                        "takodje", "nam"})  # fmt: skip


def affiliation_frame(tokens: Tokens, i: int) -> bool:
    """Whether word ``i`` stands where only an organisation can: after "from"/"iz" with a
    person before ("someone from Most said") or a verb of speaking after ("iz lastavice su
    rekli"). There an organisation's name counts however it is written, even when it is also
    an ordinary word (most, lastavica) or an acronym written like one (Most for MOST)."""
    ws = tokens.words
    if i == 0 or ws[i - 1] not in _FROM or not tokens.joined(i - 1, i, " "):
        return False
    if i > 1 and ws[i - 2] in _SOMEONE and tokens.joined(i - 2, i - 1, " "):
        return True
    return _speaking_verb_after(tokens, i)


def _speaking_verb_after(tokens: Tokens, i: int) -> bool:
    """Whether a verb of speaking follows word ``i`` within three words, with nothing but
    auxiliaries ("su", "have") before it and no punctuation between."""
    ws = tokens.words
    n = len(ws)
    k = i + 1
    while k < n and k <= i + 3 and tokens.joined(k - 1, k, " "):
        if ws[k] in PERSON_VERBS:
            return True
        if ws[k] not in _AUXILIARY:
            return False
        k += 1
    return False


FROM_WORDS = _FROM  # for the guard's one look at the rare words of a text


def _speaker_from(tokens: Tokens, i: int) -> bool:
    """:func:`affiliation_frame` for an acronym that may carry a case ending after a hyphen
    ("iz CPDŠ-a su rekli"): the ending is skipped before looking for the verb."""
    ws = tokens.words
    n = len(ws)
    if affiliation_frame(tokens, i):
        return True
    j = i + 1
    if not (j < n and tokens.gap(i, j) == "-" and len(ws[j]) <= 3 and ws[j].isalpha()):
        return False
    return _speaking_verb_after(tokens, j)


def unlisted_acronym_candidates(
    tokens: Tokens,
    rank: int,
    covered: frozenset[int] = frozenset(),
    present: frozenset[str] | None = None,
) -> list[Candidate]:
    """Candidates for an acronym not on the list standing where only the speaker's
    organisation can ("Iz CPDŠ-a su rekli ...", "the colleague from ATAN said"): whoever it
    is, it says where the speaker works. Three letters at least ("iz EU", "from UN agencies"
    are sectors); words of the event's own list are found by the matcher already.
    ``present``: the words of the text among :data:`FROM_WORDS`, when the caller knows."""
    ws = tokens.words
    out: list[Candidate] = []
    preps = _FROM & tokens.vocab if present is None else _FROM & present
    if not preps:
        return out  # the usual case, decided in C
    original = tokens.text.original
    orig_index = tokens.text.orig_index
    n = len(ws)
    after: list[int] = []
    for prep in preps:  # list.index runs in C; most words are none of these
        k = ws.index(prep)
        while True:
            after.append(k + 1)
            try:
                k = ws.index(prep, k + 1)
            except ValueError:
                break
    for i in after:
        if i >= n or len(ws[i]) < 3 or tokens.starts[i] in covered:
            continue
        # Two capitals at its start before anything else: most words after "at" have none.
        a = orig_index(tokens.starts[i])
        if not original[a : a + 2].isupper() or not ws[i].isalpha() or not tokens.is_upper(i):
            continue
        if _speaker_from(tokens, i):
            a, b = tokens.text.span(tokens.starts[i], tokens.ends[i])
            out.append(
                Candidate(
                    tokens.starts[i],
                    tokens.ends[i],
                    "organisation",
                    "medium",
                    "names the speaker's organisation (not on the list): " + original[a:b],
                    "an organisation",
                    rank,
                )
            )
    return out


_INSTITUTION_NOUNS = frozenset({"team", "office", "staff", "people", "colleagues", "deputy",
                                "representatives", "representative", "lawyers"})  # fmt: skip


_TIME_OR_PLACE = frozenset({"u", "na", "od", "do", "posle", "pre", "tokom", "krajem", "pocetkom",
                            "sredinom", "iz", "kroz", "po"})  # fmt: skip


def _part_of(tokens: Tokens, j: int) -> bool:
    """Whether word ``j`` is a part or a person of an institution: "team", "office",
    "kancelarije", "predstavnica", "savetnik"."""
    w = tokens.words[j]
    return w in _INSTITUTION_NOUNS or w in PERSON_NOUNS or is_organisation_word(w)


def _institution_in_lower_case(tokens: Tokens, i: int) -> bool:
    """ "the ombudsman's team", "the office of the ombudsman", "kancelarija ombudsmana",
    "predstavnica ombudsmana": an institution's alias written in lower case, yet plainly the
    institution (one of its parts or its people before or after it, joined by a possessive,
    "of the" or a Serbian genitive)."""
    ws = tokens.words
    end = tokens.ends[i]
    if i == 0:
        return False
    if ws[i - 1] == "the":
        if (
            tokens.text.folded.startswith("'s ", end)
            and i + 2 < len(ws)
            and ws[i + 2] in _INSTITUTION_NOUNS
        ):
            return True
        return i > 2 and ws[i - 2] == "of" and _part_of(tokens, i - 3)
    # Serbian puts the owner in the genitive right after a noun: "tim ombudsmana" (not an
    # adjective, "školski krov").
    before = ws[i - 1]
    return (
        tokens.serbian
        and ws[i].endswith(("a", "e", "i"))
        and tokens.joined(i - 1, i, " ")
        and (
            before in PERSON_NOUNS
            or (is_organisation_word(before) and not _ADJECTIVE.search(before))
        )
    )


_ADJECTIVE = re.compile(r"(?:sk|ck|n|ov|ev|in)(?:i|a|o|e|u|og|oj|om|im|ih)$")


def _a_name_form(form: str, names: frozenset[str]) -> bool:
    """Whether a folded word may be a case form of a known given name ("marku" of Marko,
    "bori" of Bora)."""
    if form in names:
        return True
    for cut in (1, 2, 3):
        for v in ("", "o", "a", "e"):
            name = form[:-cut] + v
            if len(name) >= 3 and name in names and form in inflections(name):
                return True
    return False


@functools.cache
def _place_forms() -> frozenset[str]:
    """Case forms of surnames that are places as well (Palić, Palića, Paliću, Palićem; Banat,
    Banatu; Čoka, Čoki; Kos): the shipped list of places, less the forms of given names.
    Built on first use (a tenth of a second), not when the app starts."""
    names = known_given_names()
    forms = {p + e for p in PLACE_SURNAMES for e in ("", "a", "u", "em", "om", "e", "i", "s")}
    for place in place_names():
        for e in ("", "a", "e", "i", "u", "o", "om", "em", "oj", "ju", "ja", "ji", "jom", "s"):
            form = _stem(place) + e
            if not _a_name_form(form, names):
                forms.add(form)
    return frozenset(forms)


# The case forms of peoples' names: a surname "Mađar" or "Sremac" is the people first.
_DEMONYM_FORMS = frozenset(
    f
    for d in DEMONYMS
    | {"rom", "vlah", "rusin", "slovenac", "grk", "cinc", "sremac", "banacanin", "sumadinac",
       "vojvodjanin", "ercegovac", "licanin", "dalmatinac", "krajisnik", "bunjevac", "sokac"}
    for f in inflections(d)
)  # fmt: skip
_SOME = frozenset({"jedan", "jedna", "jednog", "jednom", "jednu", "neki", "neka", "nekog",
                   "mnogi", "mnoge", "svi", "sve", "dva", "dve", "tri", "cetiri", "oba", "a",
                   "an", "one", "two", "many", "some", "all", "most", "other",
                   "drugi"})  # fmt: skip
_PLURAL_ENDS = ("ci", "ri", "ari", "ovi", "evi")


# The possessive adjective of a surname: "Petrovićev", "stojsicevim", "Jovanovićevoj".
_POSSESSIVE_ADJECTIVE = re.compile(r"(?:ev|ov)(?:a|e|i|o|u|om|og|oj|im|ih|ima|oga|ome|omu)?$")


# What befalls someone, said in the neuter after their dative: "Breneru je odgovoreno",
# "Kiši je obećano", "Čoki je teško palo", "Bori je zamereno".
NEUTER_PARTICIPLE = re.compile(r"\w+(?:eno|ano|ato|eto|alo|ilo|elo|ulo)$")
_BEFORE_A_DATIVE = frozenset({"ka", "prema", "kod", "uz", "po", "nasuprot", "zahvaljujuci"})


# What someone says or has, after their possessive: "Golubova ideja", "Vukova poruka".
_SAID_THINGS = frozenset(
    f
    for w in ("ideja", "procena", "poruka", "izjava", "predlog", "pitanje", "stav", "misljenje",
              "ocena", "komentar", "primedba", "izlaganje", "analiza", "zahtev", "upozorenje",
              "tim", "kolega", "koleginica", "kancelarija", "prezentacija", "tabela")
    for f in inflections(w)
) | {"ljudi", "ljudima", "ljude", "reci", "recima", "kolege"}  # fmt: skip
_POSSESSIVE_FORM = re.compile(r"\w{3,}(?:ov|ev|in)(?:a|e|i|o|u|om|og|oj|im|ih|ima)?$")


def _said_by(tokens: Tokens, i: int) -> bool:
    """Whether word ``i`` is a possessive adjective of a name before something said or had
    by a person ("Golubova ideja", "po Ilićkinim rečima")."""
    ws = tokens.words
    return (
        i + 1 < len(ws)
        and ws[i + 1] in _SAID_THINGS
        and tokens.joined(i, i + 1, " ")
        and _POSSESSIVE_FORM.match(ws[i]) is not None
    )


_DATIVE_CLITICS = frozenset({"nam", "mi", "im", "joj", "mu", "vam", "ti"})
# How a person was, in English: "Grace was blunt", "Hope was furious".
_MOODS = frozenset({"blunt", "frank", "candid", "adamant", "firm", "emphatic", "sceptical",
                    "skeptical", "furious", "angry", "upset", "emotional", "direct", "clear",
                    "optimistic", "pessimistic", "critical", "unconvinced", "late", "absent",
                    "quiet", "silent", "uncomfortable", "worried", "surprised", "nervous",
                    "disappointed", "unhappy", "delighted", "tired"})  # fmt: skip
_HUMAN_ING = frozenset({"collecting", "gathering", "compiling", "drafting", "chairing",
                        "coordinating", "organising", "organizing", "taking", "sending",
                        "bringing", "visiting", "translating", "interpreting", "leading",
                        "preparing", "writing", "sitting", "waiting", "checking",
                        "calling", "phoning", "emailing"})  # fmt: skip


def _does_what_people_do(tokens: Tokens, i: int) -> bool:
    """Whether word ``i`` is the subject of what only a person does: "Mica je donela",
    "Zora je po ceo dan obilazila sobe" (an adverbial between), "Nada is collecting"."""
    ws = tokens.words
    n = len(ws)
    if ws[i] in CHILDREN:
        return False  # "Beba je plakala": a baby, whatever name is spelled the same
    k = i + 1
    while k < n and k <= i + 2 and ws[k] in _DATIVE_CLITICS:
        k += 1  # "Zec nam je lično pokazao ćelije"
    if k + 1 >= n or ws[k] not in ("je", "nije", "is", "was"):
        return False
    if ws[k] in ("is", "was"):
        m = k + 2 if ws[k + 1].endswith("ly") and k + 2 < n else k + 1  # "clearly upset"
        return ws[k + 1] in _HUMAN_ING or ws[m] in _MOODS
    subject = k - 1  # the name, with its clitics: the participle comes after "je"
    end = min(n, subject + 6, _sentence_end(tokens, subject) + 1)
    for k in range(subject + 2, end):
        if ws[k] in _CLAUSE_WORDS:
            return False  # "Sreća je što je voda došla": the verb is another subject's
        if ws[k] in HUMAN_ACTS:
            return True
    return False


_CLAUSE_WORDS = frozenset({"sto", "da", "koji", "koja", "koje", "jer", "kad", "kada", "ali", "pa",
                           "ako", "dok", "gde"})  # fmt: skip


def _dative_of_a_person(tokens: Tokens, i: int) -> bool:
    """Whether Serbian word ``i`` (in -u or -i, no preposition before it) is the dative of
    someone a neuter participle after "je" says something befell: "Breneru je odgovoreno"."""
    ws = tokens.words
    if not tokens.serbian or not ws[i].endswith(("u", "i")) or i + 2 >= len(ws):
        return False
    if i > 0 and (ws[i - 1] in _TIME_OR_PLACE or ws[i - 1] in _BEFORE_A_DATIVE):
        return False
    if ws[i + 1] not in ("je", "nije"):
        return False
    return any(NEUTER_PARTICIPLE.match(w) for w in ws[i + 2 : i + 4])


def person_context(tokens: Tokens, i: int) -> bool:
    """Whether word ``i`` is used of a person: a verb of speaking or reporting follows ("Vera
    je podsetila", "Grace reminded us"), a possessive ("Vera's point"), or an initial or a
    title comes before ("R. Thornton")."""
    ws = tokens.words
    if person_predicate(tokens, i) is not None:
        return True  # "Hope wasn't convinced", "Hope can be reached on ..."
    folded = tokens.text.folded
    end = tokens.ends[i]
    if folded.startswith(" (", end) and i + 1 < len(ws) and tokens.is_upper(i + 1):
        return True  # "Hope (KIRS): ...": a name with the affiliation in brackets
    if (
        i + 1 < len(ws)
        and len(ws[i + 1]) == 1
        and tokens.is_capitalised(i + 1)
        and folded.startswith(".", tokens.ends[i + 1])
        and tokens.gap(i, i + 1) == " "
    ):
        return True  # "Nada S. (Iskra)": a given name with the surname's initial
    if folded.startswith((" (", ", "), end) and _described_then_acts(tokens, i):
        return True  # "Nada (the school pedagogue) said", "Sanja, patronažna sestra, obilazi"
    if folded.startswith(":", end) and tokens.sentence_initial(i):
        return True  # "Nada: the shelters are full": a speaker's label
    if i + 2 < len(ws) and ws[i + 1] in ("iz", "from") and _body_follows(tokens, i + 2):
        return True  # "Mica iz PMS-a je podelila", "Zora from the social work centre"
    if (
        i + 2 < len(ws)
        and ws[i + 1] in ("and", "i")
        and tokens.is_capitalised(i)
        and tokens.is_capitalised(i + 2)
        and tokens.joined(i + 1, i + 2, " ")
        and _named_subject(tokens, i + 2)
    ):
        return True  # "Hope and Grace disagreed", "Whitaker and Brennan both argued"
    nxt = ws[i + 1 : i + 3]
    if nxt and (nxt[0] in PERSON_VERBS or (nxt[0] in ("je", "has", "had") and nxt[-1] in
                                            PERSON_VERBS)):  # fmt: skip
        return True
    if nxt and nxt[0] in ("su", "smo", "ste") and nxt[-1] in PERSON_VERBS:
        return True  # "Paliću su zahvalili": they thanked him
    if _dative_of_a_person(tokens, i):
        return True  # "Breneru je odgovoreno", "Čoki je teško palo"
    if _said_by(tokens, i):
        return True  # "Golubova ideja", "Вукова порука министарству", "Вукови људи"
    if _does_what_people_do(tokens, i):
        return True  # "Mica je donela spisak", "Zec je ćutao ceo dan", "Nada is collecting"
    if tokens.text.folded.startswith("'s", tokens.ends[i]):
        return True
    if i > 0 and ws[i - 1] in ("sa", "s", "with") and ws[i].endswith(("em", "om")):
        return True  # "razgovarali smo sa Palićem": one talks with a person, not a town
    return i > 0 and _initial(tokens, i - 1) and tokens.is_capitalised(i - 1)


# Words of one letter: without a full stop after them they are words, not initials ("U Boru",
# "A Nagy-style bakery", "S Jelenom").
_ONE_LETTER_WORDS = frozenset("auiskov")


def _initial(tokens: Tokens, i: int) -> bool:
    """Whether word ``i`` is an initial joined to the next word: one letter, with a full stop
    after it unless it is no word of one letter ("J Petrović" in hasty notes)."""
    w = tokens.words[i]
    if len(w) != 1 or not tokens.joined(i, i + 1):
        return False
    return w not in _ONE_LETTER_WORDS or "." in tokens.gap(i, i + 1)


def _described_then_acts(tokens: Tokens, i: int) -> bool:
    """Whether a bracket or an apposition of a few words, a person's noun among its first
    four, follows word ``i`` and closes ("Nada (the school pedagogue) said", "Sanja, patronažna
    sestra, obilazi porodice"), a verb coming right after it in the bracket's case."""
    ws = tokens.words
    n = len(ws)
    for k in range(i + 1, min(n - 1, i + 5)):
        if ws[k] in PERSON_VERBS:
            return False  # "Nada, kaže advokat, je sve što imaju": who says it, no apposition
        if ws[k] in PERSON_NOUNS and ws[k] != "one":
            for m in range(k, min(n - 1, i + 8)):
                gap = tokens.gap(m, m + 1).strip()
                if gap in (")", ","):
                    nxt = ws[m + 1]
                    return gap == "," or nxt in PERSON_VERBS or nxt in ("je", "has", "had")
                if gap:
                    return False
            return False
    return False


def _body_follows(tokens: Tokens, j: int) -> bool:
    """Whether words from ``j`` name a body a person comes from: an acronym ("iz PMS-a",
    "from the UN office") or, within a few words, a kind of organisation ("iz ministarstva",
    "from the social work centre")."""
    ws = tokens.words
    if ws[j] == "the" and j + 1 < len(ws):
        j += 1
    if tokens.is_upper(j):
        return True
    end = min(len(ws), j + 4, _sentence_end(tokens, j) + 1)
    for k in range(j, end):
        if is_organisation_word(ws[k]):
            return True
        if ws[k] in PERSON_VERBS or ws[k] in ("je", "su", "has", "had", "is", "was"):
            return False
    return False


def _named_subject(tokens: Tokens, i: int) -> bool:
    """Whether word ``i`` is followed by a verb of speaking (or "je"/"has" and one)."""
    k = i + 1
    if k < len(tokens.words) and tokens.words[k] in _BOTH:
        k += 1  # "Whitaker and Brennan both argued"
    nxt = tokens.words[k : k + 2]
    return bool(nxt) and (
        nxt[0] in PERSON_VERBS or (nxt[0] in ("je", "su", "has", "had") and nxt[-1] in PERSON_VERBS)
    )


def _public_figure_follows(tokens: Tokens, i: int) -> bool:
    """Whether word ``i`` is followed by the capitalised surname of a public figure."""
    j = i + 1
    return (
        j < len(tokens.words)
        and tokens.words[j].startswith(PUBLIC_PREFIXES)
        and tokens.is_capitalised(j)
        and tokens.joined(i, j, " ")
    )


class _Node:
    """A trie node: what may follow (by word form), and the entries complete here."""

    __slots__ = ("children", "entries")

    def __init__(self) -> None:
        self.children: dict[str, list[_Node]] = {}
        self.entries: list[int] = []


def _add_path(
    first: dict[str, list[_Node]], nodes: dict[_PathKey, _Node], entry: Entry, e: int
) -> None:
    """Record the multi-word entry ``e`` in the trie rooted at ``first``."""
    parent: _Node | None = None
    for k, forms in enumerate(entry.forms):
        # Nodes are shared by paths with the same words AND the same forms: a shortened role
        # that takes no plural must not be reached through the plural of the full one.
        key = (entry.words[: k + 1], entry.forms[: k + 1])
        node = nodes.get(key)
        if node is None:
            node = nodes[key] = _Node()
        for form in forms:
            edges = first if parent is None else parent.children
            targets = edges.setdefault(form, [])
            if node not in targets:
                targets.append(node)
        parent = node
    if parent is not None:
        parent.entries.append(e)


def _walk(tokens: Tokens, root: _Node, i: int) -> list[tuple[int, int]]:
    """(last word, entry id) of every multi-word entry that starts at word ``i`` from ``root``."""
    ws = tokens.words
    n = len(ws)
    folded, starts, ends = tokens.text.folded, tokens.starts, tokens.ends
    found: list[tuple[int, int]] = []
    stack = [(root, i)]
    while stack:
        node, j = stack.pop()
        if node.entries:
            found += [(j, e) for e in node.entries]
        if node.children and j + 1 < n:
            children = node.children.get(ws[j + 1])
            if children:
                # tokens.joined(j, j + 1, " -'./&") inlined (the walk's inner step); a slash
                # joins the parts of a reference as a hyphen does ("KP-443/24"), an ampersand
                # the words of a name ("Hope & Healing").
                gap = folded[ends[j] : starts[j + 1]]
                if 0 < len(gap) <= 3 and not gap.strip(" -'./&\t"):
                    stack += [(child, j + 1) for child in children]
    return found


def _link(
    index: dict[str, list[dict[str, list[int]]]],
    groups: dict[str, dict[str, list[int]]],
    base: str,
    forms: frozenset[str],
    next_forms: frozenset[str],
    e: int,
) -> None:
    """Record entry ``e``: any of ``forms`` followed by any of ``next_forms``."""
    group = groups.get(base)
    if group is None:
        group = groups[base] = {}
        for form in forms:
            index.setdefault(form, []).append(group)
    for form in next_forms:
        group.setdefault(form, []).append(e)


def _unique_shortenings(entries: list[Entry]) -> list[Entry]:
    """``entries`` without the shortened roles that are not unique: when several listed roles
    shorten to "Chief Inspector", or one is listed as such, the short form identifies nobody
    (or is matched as listed already)."""
    owners: dict[tuple[str, ...], set[str]] = {}
    for entry in entries:
        key = entry.words
        owners.setdefault(key, set()).add("" if not entry.shortened else entry.term.term)
    return [e for e in entries if not e.shortened or len(owners[e.words]) == 1]


def _alone_rule(
    key: tuple[bool, bool, bool, bool, int, str, bool, bool], group: list[Entry]
) -> _Alone:
    """One rule for a word form shared by several terms (many people are called Milan)."""
    acronym, caps, ambiguous, inflected, strength, _, lower_ok, plural_like = key
    entry = group[0]
    others = len({g.term.term for g in group}) - 1
    reason = entry.reason + (f" (or {others} other protected terms)" if others else "")
    return _Alone(
        acronym,
        caps,
        ambiguous,
        inflected,
        lower_ok,
        plural_like,
        strength,
        entry.category,
        entry.severity,
        reason,
        entry.suggestion,
    )
