"""Find the event's protected terms in a text, however they are written.

Every spelling of every term is folded (case, diacritics, Cyrillic), expanded into its Serbian
case forms and written into one dictionary keyed by word form. Scanning a text is then one
dictionary look-up per word, whatever the number of terms, instead of one regular expression per
term. Multi-word terms are confirmed by checking the following words against that term's sets.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from roundtable_app.guard.finding import Candidate
from roundtable_app.guard.names import AMBIGUOUS_WORDS, SPEECH_VERBS
from roundtable_app.guard.serbian import inflections, spelling_variants, words
from roundtable_app.guard.terms import Term
from roundtable_app.guard.tokens import Tokens

_PARTICLES = frozenset({"van", "von", "de", "da", "di", "del", "la", "le", "al", "el", "bin",
                        "ibn", "abu", "ben", "mc"})  # fmt: skip

_GOVERNMENT = ("ministry", "ministarstv", "government", "vlad", "komesarijat", "commissariat",
               "police", "policij", "municipality", "opstin", "uprav", "directorate", "agency",
               "agencij", "office", "kancelarij", "court", "sud", "parliament", "skupstin",
)  # fmt: skip
_INTERNATIONAL = ("international", "medjunarodn", "united", "unhcr", "iom", "unicef", "european",
                  "evrops", "world", "svetsk", "council of europe", "osce", "frontex")  # fmt: skip
_CIVIL = ("ngo", "council", "centre", "center", "centar", "association", "udruzenj", "fund",
          "foundation", "fondacij", "initiative", "inicijativ", "network", "mrez", "committee",
          "komitet", "aid", "pomoc", "rescue", "refugee", "izbeglic", "cross", "krst")  # fmt: skip


def organisation_suggestion(folded_words: Iterable[str]) -> str:
    """A neutral stand-in for an organisation, guessed cheaply from the words of its name."""
    joined = " ".join(folded_words)
    if any(k in joined for k in _INTERNATIONAL) or joined.startswith("un "):
        return "an international organisation"
    if any(k in joined for k in _GOVERNMENT):
        return "a government institution"
    if any(k in joined for k in _CIVIL):
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
class _Entry:
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


def _is_acronym(spelling: str) -> bool:
    letters = [c for c in spelling if c.isalpha()]
    return " " not in spelling.strip() and len(letters) >= 2 and all(c.isupper() for c in letters)


def _entries_for(term: Term) -> list[_Entry]:
    category, severity, prefix, suggestion = _KIND_INFO.get(term.kind, _KIND_INFO["other"])
    entries: list[_Entry] = []
    seen: set[tuple[str, ...]] = set()
    for spelling in term.spellings():
        acronym = _is_acronym(spelling)
        person = term.kind == "person"
        if person and "," in spelling:
            # "Jovanović, Milica" is entered surname first: store it given name first.
            surname, _, given = spelling.partition(",")
            spelling = f"{given.strip()} {surname.strip()}"
        for variant in spelling_variants(spelling):
            ws = tuple(words(variant))
            if not ws or ws in seen:
                continue
            seen.add(ws)
            n = len(ws)
            if acronym:
                forms: tuple[frozenset[str], ...] = (frozenset(ws),)
                alone, caps, given = (True,), (True,), (False,)
            elif person and n > 1:
                forms = tuple(frozenset(inflections(w, possessive=True)) for w in ws)
                alone = tuple(len(w) > 1 and w not in _PARTICLES for w in ws)
                # Given names only count alone when capitalised; a surname counts in any case
                # unless it is short or an ordinary word.
                caps = tuple(
                    k < n - 1 or len(w) <= 3 or w in AMBIGUOUS_WORDS for k, w in enumerate(ws)
                )
                given = tuple(k < n - 1 for k in range(n))
            else:
                forms = tuple(frozenset(inflections(w, possessive=person)) for w in ws)
                alone = (n == 1,) * n
                # A single word entered capitalised ("Praxis") must be capitalised in the text,
                # so that the ordinary word ("praxis") is not flagged.
                caps = (n == 1 and spelling.strip()[:1].isupper(),) * n
                given = (person and n == 1,) * n
            hint = organisation_suggestion(ws) if term.kind == "organisation" else suggestion
            entries.append(
                _Entry(
                    term,
                    ws,
                    forms,
                    acronym,
                    alone,
                    caps,
                    given,
                    category,
                    severity,
                    f"{prefix}: {term.term}",
                    hint,
                )
            )
    return entries


class TermMatcher:
    """Matches one list of protected terms; build once, reuse for every text."""

    def __init__(self, terms: Iterable[Term] = ()) -> None:
        self.entries: list[_Entry] = []
        self.index: dict[str, list[tuple[int, int]]] = {}
        for term in terms:
            for entry in _entries_for(term):
                e = len(self.entries)
                self.entries.append(entry)
                for k, forms in enumerate(entry.forms):
                    # Later words of an organisation are only checked after its first word.
                    if not (k == 0 or entry.alone[k] or entry.category == "person"):
                        continue
                    for form in forms:
                        self.index.setdefault(form, []).append((e, k))

    def candidates(self, tokens: Tokens, rank: int = 10) -> list[Candidate]:
        """Candidates (in folded offsets) for every protected term found among ``tokens``."""
        index = self.index
        out: list[Candidate] = []
        ws = tokens.words
        hits = [i for i, w in enumerate(ws) if w in index]
        for i in hits:
            for e, k in index[ws[i]]:
                found = self._match_at(tokens, i, self.entries[e], k)
                if found is None:
                    continue
                first, last, strength = found
                start, end = self._extend(tokens, first, last)
                entry = self.entries[e]
                out.append(
                    Candidate(
                        start,
                        end,
                        entry.category,
                        entry.severity,
                        entry.reason,
                        entry.suggestion,
                        rank + strength,
                    )
                )
        return out

    @staticmethod
    def _match_at(tokens: Tokens, i: int, entry: _Entry, k: int) -> tuple[int, int, int] | None:
        """(first word, last word, strength) of a match of ``entry`` whose word ``k`` is word
        ``i`` of the text, or None."""
        ws = tokens.words
        n = len(entry.words)
        if k == 0 and n > 1:
            j = 1
            while j < n and i + j < len(ws):
                if ws[i + j] not in entry.forms[j] or not tokens.joined(i + j - 1, i + j):
                    break
                j += 1
            if j == n:
                return i, i + n - 1, 3
        if entry.category == "person" and n > 1 and k == n - 1 and i + 1 < len(ws):
            # Surname first: "Jovanović Milica", "Jovanović, Milica".
            if ws[i + 1] in entry.forms[0] and tokens.joined(i, i + 1, " ,-'."):
                return i, i + 1, 3
        if not entry.alone[k]:
            return None
        if entry.acronym:
            return (i, i, 2) if tokens.is_upper(i) else None
        if entry.needs_capital[k] and not tokens.is_capitalised(i):
            return None
        if entry.given[k] and entry.words[k] in AMBIGUOUS_WORDS and tokens.sentence_initial(i):
            # "Nada je poslednja umire": at the start of a sentence an ordinary word looks like
            # a name; only take it for one when a verb of speaking follows.
            nxt = ws[i + 1 : i + 3]
            if not nxt or not (nxt[0] in SPEECH_VERBS or nxt[-1] in SPEECH_VERBS):
                return None
        return i, i, 2 if not entry.given[k] else 1

    @staticmethod
    def _extend(tokens: Tokens, first: int, last: int) -> tuple[int, int]:
        """Folded span of words ``first..last``, widened to an initial before ("J. Petrović")
        and an English possessive after ("Petrović's")."""
        start, end = tokens.starts[first], tokens.ends[last]
        if first > 0 and len(tokens.words[first - 1]) == 1 and tokens.joined(first - 1, first):
            if tokens.is_capitalised(first - 1):
                start = tokens.starts[first - 1]
        folded = tokens.text.folded
        if folded.startswith("'s", end) and not folded[end + 2 : end + 3].isalnum():
            end += 2
        return start, end
