"""The guard itself: one object per list of protected terms, one call per text."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable

from roundtable_app.guard.affiliation import affiliation_candidates, named_persons_body
from roundtable_app.guard.described import (
    attendance_candidates,
    described_after_name,
    in_room_candidates,
    may_describe,
    present_candidates,
)
from roundtable_app.guard.entries import PUBLIC_BODIES
from roundtable_app.guard.finding import Candidate, Finding, resolve
from roundtable_app.guard.indirect import (
    PERSON_NOUNS,
    SIDEKICKS,
    indirect_candidates,
    organisation_described,
    sidekick_speaking,
    tied_to_named,
)
from roundtable_app.guard.kinds import BodyKinds
from roundtable_app.guard.lexicon import english_words, known_given_names
from roundtable_app.guard.matcher import (
    FROM_WORDS,
    PERSON_VERBS,
    SAINTS,
    TermMatcher,
    unlisted_acronym_candidates,
)
from roundtable_app.guard.names import (
    gazetteer_candidates,
    inflected_name_candidates,
    lone_name_candidates,
    name_before_body,
    name_candidates,
    person_predicate,
    possessive_name_candidates,
    speaker_label_candidates,
)
from roundtable_app.guard.namesakes import (
    MEMORIALS,
    MENTIONED,
    build_figure_indexes,
    described_as_a_figure,
    figure_words,
    names_a_thing,
    namesake_possible,
    public_figure_spans,
)
from roundtable_app.guard.normalise import QUOTES, Folded, fold, fold_str
from roundtable_app.guard.patterns import (
    SPOKEN_HINTS,
    contact_candidates,
    spoken_contacts,
    title_candidates,
)
from roundtable_app.guard.presence import about_people, in_the_room
from roundtable_app.guard.selfref import self_reference_candidates
from roundtable_app.guard.serbian import inflections
from roundtable_app.guard.serbian import words as serbian_words
from roundtable_app.guard.sources import (
    acts_by_mandate,
    cited_as_source,
    mentions_impersonal_report,
    mentions_mandate,
    mentions_publication_in,
    possessed_document,
    topic_of_an_impersonal_report,
)
from roundtable_app.guard.terms import Term
from roundtable_app.guard.tokens import Tokens

# Ranks order explanations when candidates overlap: the event's own list first, then
# patterns (contact, titles, self-identification), then name heuristics.
_TERM_RANK = 10
_PATTERN_RANK = 5
_HEURISTIC_RANK = 0
_CONTACT_RANK = 20
_AUTHORS = frozenset({"organisation", "role"})
# "Given Surname" from the names gazetteer, for names not on the list (see names.py): on once
# its false alarms on the team's clean cases were measured (README, "The attribution guard").
UNLISTED_NAMES = True


def _to_original(text: Folded, candidates: Iterable[Candidate]) -> list[Candidate]:
    """Re-express candidates found in folded offsets in offsets of the original text."""
    if text.starts is None:
        return list(candidates)  # folding was one-to-one: offsets already agree
    out = []
    for c in candidates:
        start, end = text.span(c.start, c.end)
        out.append(Candidate(start, end, c.category, c.severity, c.reason, c.suggestion, c.rank))
    return out


def _words_of(tokens: Tokens, c: Candidate) -> tuple[int, int]:
    """The first and last word a candidate covers (the last is the last word that starts
    inside it: initials end on their full stop, "N.T.")."""
    first = bisect.bisect_left(tokens.starts, c.start)
    last = max(first, bisect.bisect_left(tokens.starts, c.end) - 1)
    return first, min(last, len(tokens.words) - 1)


def _cited(tokens: Tokens, c: Candidate) -> bool:
    """Whether an organisation's or a role's candidate is the author of a cited publication
    (a role's office: its annual report is published by law)."""
    first, last = _words_of(tokens, c)
    public_body = c.category == "organisation" and c.suggestion in PUBLIC_BODIES
    return cited_as_source(tokens, first, last, public_body, office=c.category == "role")


def _by_mandate(tokens: Tokens, c: Candidate) -> bool:
    """Whether a public body's candidate is the topic of a sentence about its legal powers;
    a role's too when the sentence says it speaks of the office as an institution
    ("Zaštitnik građana kao institucija ima mandat ...")."""
    if c.category == "role":
        if "institucij" not in tokens.text.folded and "institution" not in tokens.text.folded:
            return False
    elif c.category != "organisation" or c.suggestion not in PUBLIC_BODIES:
        return False
    first, last = _words_of(tokens, c)
    return acts_by_mandate(tokens, first, last, PERSON_VERBS)


# A cited author's work: "Hannah Arendt's phrase", "Khaled Hosseini's novels" (see _cited_author
# for whose names may be an author's).
_WORKS = frozenset({"phrase", "novel", "novels", "book", "books", "research", "study", "studies",
                    "work", "works", "theory", "essay", "essays", "poem", "poems", "concept",
                    "words", "quote", "article", "articles", "film", "memoir", "report",
                    "definition", "idea", "famous", "classic", "seminal"})  # fmt: skip


# "Meša Selimović je citiran", "X was quoted": the name of someone quoted, not of a speaker.
_QUOTED = (("je", "citiran"), ("je", "citirana"), ("was", "quoted"), ("was", "cited"),
           ("is", "quoted"), ("were", "quoted"))  # fmt: skip


# Before an author's name: the verb quoting them ("quoted Hannah Arendt", "citirala je ...")
# or the work in the genitive ("stihove Desanke Maksimović", "knjige Olivera Saksa").
_CITING = frozenset({"quoted", "cited", "citing", "quoting", "citirao", "citirala", "citirali",
                     "citirajuci", "citat", "citata", "stihove", "stihova", "stihovi",
                     "knjige", "knjigu", "knjiga", "knjigama", "pesmu", "pesme", "roman",
                     "romana", "romane", "delo", "dela", "reci", "misao", "izreku"})  # fmt: skip
# Before another bearer's given name: a verb of citing or a work (_CITING), an era, a memorial.
_BEFORE_ANOTHER = (
    _CITING
    | MEMORIALS
    | frozenset({"vreme", "vremena", "doba", "era", "ere", "eri", "eru", "vladavina",
                 "vladavine", "vladavini", "rezim", "rezima", "rezimu"})
)  # fmt: skip
_CITING_GATE = _BEFORE_ANOTHER - {"reci", "dela", "delo"}


def _name_words(tokens: Tokens, c: Candidate) -> tuple[int, int]:
    """The first and last word of a person's candidate, without the possessive's "s" it
    took along ("Jelena Janković's")."""
    first, last = _words_of(tokens, c)
    if tokens.words[last] == "s" and last > first:
        last -= 1
    return first, last


def _cited_author(tokens: Tokens, c: Candidate, given: dict[str, frozenset[str]]) -> bool:
    """Whether a person's candidate is an author cited or quoted: the possessive before a work
    ("Hannah Arendt's phrase", "X's 'Title'") or the subject of "je citiran", "was quoted". An
    unlisted name only, or a listed surname after a given name none of its bearers has
    ("Meša Selimović" when Amra Selimović is listed): a participant is one whatever they
    wrote."""
    if c.category != "person":
        return False
    ws = tokens.words
    first, last = _name_words(tokens, c)
    if c.rank != _HEURISTIC_RANK:
        names = given.get(c.reason)
        if names is None or first == 0 or first != last:
            return False
        prev = ws[first - 1]
        if not (tokens.is_capitalised(first - 1) and tokens.joined(first - 1, first, " ")):
            return False
        if prev in names or not _a_given_name(prev):
            return False
    folded = tokens.text.folded
    if first > 0 and ws[first - 1] in _CITING and c.rank == _HEURISTIC_RANK:
        return True  # "quoted Hannah Arendt", "stihove Desanke Maksimović"
    if c.rank != _HEURISTIC_RANK and first > 1 and ws[first - 2] in _BEFORE_ANOTHER:
        # Another bearer of a listed surname (the given name is none of theirs) after a verb
        # of citing, an era or a memorial: "citirao Stjepana Radića", "vreme Envera Hodže",
        # "spomen-ploča Veljku Petroviću".
        return True
    k = last + 1
    if folded.startswith("'s", tokens.ends[last]):
        if k < len(ws) and ws[k] == "s":
            k += 1
        if k < len(ws) and ws[k] in _WORKS:
            return True
        if (
            c.rank == _HEURISTIC_RANK
            and k + 1 < len(ws)
            and tokens.is_capitalised(k)
            and tokens.is_capitalised(k + 1)
            and ws[k] in english_words()
        ):
            return True  # "Atul Gawande's Being Mortal": a title of ordinary words
        return folded[tokens.ends[last] + 2 :].lstrip()[:1] in ("'", "\u2018", '"', "\u201c")
    return tuple(ws[k : k + 2]) in _QUOTED


@functools.lru_cache(maxsize=1 << 12)
def _a_given_name(word: str) -> bool:
    """Whether a folded word is a known given name in one of its Serbian case forms
    ("Stjepana", "Veljku", "Enverom")."""
    names = known_given_names()
    if word in names:
        return True
    if word in PERSON_NOUNS or len(word) < 5:
        return False  # "kolega", "lekara", "tada": nobody's name
    for cut in (1, 2, 3):
        stem = word[:-cut]
        for base in (stem, stem + "o", stem + "a"):
            if len(base) >= 3 and base in names and word in inflections(base, possessive=True):
                return True
    return False


def _given_names_by_reason(terms: Iterable[Term]) -> dict[str, frozenset[str]]:
    """Folded given names (every case form) of each listed person, keyed by the reason of the
    person's findings ("names a protected person: Amra Selimović")."""
    out: dict[str, frozenset[str]] = {}
    for term in terms:
        if term.kind != "person":
            continue
        forms: set[str] = set()
        for spelling in term.spellings():
            ws = serbian_words(fold_str(spelling))
            if len(ws) > 1:
                forms |= inflections(ws[0], possessive=True)
        out[f"names a protected person: {term.term}"] = frozenset(forms)
    return out


def _reported_topic(tokens: Tokens, c: Candidate) -> bool:
    """Whether an organisation's candidate is the topic of a remark told impersonally."""
    if c.category != "organisation":
        return False
    first, last = _words_of(tokens, c)
    return topic_of_an_impersonal_report(tokens, first, last, PERSON_VERBS)


# Words after a name that may say more about its bearer: "from the ... centre", "and his
# deputy" (tested against the words in C before anything else).
_AROUND_NAMES = frozenset({"from", "at", "his", "her", "njegov", "njegova", "njen", "njena",
                           "njihov", "njihova", "njegovog", "njenog", "njegovom",
                           "njenom"})  # fmt: skip
_NAMED = frozenset({"person", "honorific"})
_RARE_WORDS = _AROUND_NAMES | SPOKEN_HINTS | FROM_WORDS
_NO_KINDS: frozenset[str] = frozenset()


def _around_names(tokens: Tokens, candidates: list[Candidate]) -> list[Candidate]:
    """What the words after a name say about its bearer: the body they are from, described
    ("Mirjana from the child rights centre"), or their deputy ("Marko and his deputy"). Only
    after a name, so neither ever flags a remark that names nobody."""
    out: list[Candidate] = []
    ws = tokens.words
    n = len(ws)
    for c in candidates:
        if c.category not in _NAMED:
            continue
        last = min(bisect.bisect_left(tokens.ends, c.end), n - 1)
        nxt = ws[last + 1] if last + 1 < n else ""
        if nxt in ("from", "at"):
            body = named_persons_body(tokens, last, _HEURISTIC_RANK)
            if body is not None:
                out.append(body)
        elif nxt in ("and", "i"):
            tied = tied_to_named(tokens, last, _PATTERN_RANK)
            if tied is not None:
                out.append(tied)
    return out


def _described(tokens: Tokens, candidates: list[Candidate]) -> list[Candidate]:
    """The descriptions after each name found (see described.py)."""
    out = []
    n = len(tokens.words)
    sidekicks = not SIDEKICKS.isdisjoint(tokens.vocab)
    for c in candidates:
        if c.category not in _NAMED and c.category not in ("role", "indirect"):
            continue
        last = min(bisect.bisect_left(tokens.ends, c.end), n - 1)
        if c.category == "indirect":
            # "The rapporteur of the health group, a nurse by training, ...": the apposition
            # follows the whole description.
            k = last
            while k + 1 < n and k - last < 6 and not tokens.gap(k, k + 1).strip():
                k += 1
            last = k
        if c.category != "role" and may_describe(tokens, last):
            # After a name, and after an event role or a unique person: "The moderator,
            # herself a former social worker in Sjenica, ..."
            # Below every other rule: "from the legal aid clinic" says which body, already.
            found = described_after_name(tokens, last, _HEURISTIC_RANK - 1)
            if found is not None:
                out.append(found)
        if c.category == "indirect":
            continue
        if sidekicks and (deputy := sidekick_speaking(tokens, last, _PATTERN_RANK)) is not None:
            out.append(deputy)
    return out


# A court case is cited by its parties: "Kurić and Others v. Slovenia", "presuda Zorica
# Jovanović protiv Srbije", "N.D. and N.T. v. Spain". "v." says so by itself; "protiv"
# (against) only in a sentence about a court's judgment.
_VERSUS = frozenset({"v", "vs", "versus", "protiv"})
_AND_OTHERS = (("and", "others"), ("i", "drugi"), ("i", "ostali"), ("et", "al"))
_LEGAL = ("presud", "slucaj", "predmet", "sud", "case", "ruling", "judgment", "judgement",
          "court", "echr", "ecthr", "eslj", "strazbur", "strasbourg")  # fmt: skip


def _party_of_a_case(tokens: Tokens, c: Candidate) -> bool:
    """Whether a person's candidate is a party in the name of a court case."""
    if c.category != "person":
        return False
    ws = tokens.words
    n = len(ws)
    k = _words_of(tokens, c)[1] + 1
    if k + 1 < n and (ws[k], ws[k + 1]) in _AND_OTHERS:
        k += 2
    elif k + 3 < n and ws[k] in ("and", "i") and len(ws[k + 1]) == len(ws[k + 2]) == 1:
        k += 3  # a second applicant by initials: "N.D. and N.T. v. Spain"
    if k + 1 >= n or ws[k] not in _VERSUS or not tokens.is_capitalised(k + 1):
        return False
    if ws[k] == "protiv":
        return any(w.startswith(_LEGAL) for w in ws)
    return ws[k] != "v" or tokens.text.folded.startswith(".", tokens.ends[k])


# A name used for a kind of thing: "Campbell-style soup cans", "Lantern-type networks",
# "Iskra-like shelters", "Magyar Nemzeti Tanács style councils" say what the thing is like,
# not who was there. After a space only "style" and "type" do ("Ana Petrović like many
# others said no" is Ana Petrović).
_KIND_WORDS = frozenset({"style", "type", "styled", "like", "model", "inspired"})
_KIND_AFTER_SPACE = frozenset({"style", "type", "styled"})


def _a_kind_of(tokens: Tokens, c: Candidate) -> bool:
    """Whether a person's or organisation's candidate is followed by "-style", "-type",
    "-like" (or "style"/"type" after a space) and a noun: the name says what something is
    like."""
    if c.category not in ("person", "honorific", "organisation"):
        return False
    ws = tokens.words
    k = _words_of(tokens, c)[1] + 1
    return (
        k + 1 < len(ws)
        and ws[k] in _KIND_WORDS
        and (
            tokens.gap(k - 1, k) == "-"
            or (tokens.gap(k - 1, k) == " " and ws[k] in _KIND_AFTER_SPACE)
        )
        and tokens.gap(k, k + 1) == " "
        and not tokens.is_capitalised(k + 1)
        and ws[k + 1].isalpha()
    )


def _another_office(tokens: Tokens, c: Candidate, candidates: list[Candidate]) -> bool:
    """Whether a role's candidate is the start of the capitalised title of another office:
    "the Commissioner" listed, "The Commissioner for Human Rights of the Council of Europe"
    written (a listed title that long is matched whole, and that candidate stays)."""
    if c.category != "role":
        return False
    ws = tokens.words
    k = _words_of(tokens, c)[1] + 1
    if not (
        k + 1 < len(ws)
        and ws[k] in ("for", "on")
        and tokens.is_capitalised(k - 1)
        and tokens.is_capitalised(k + 1)
        and tokens.gap(k, k + 1) == " "
    ):
        return False
    return not any(o is not c and o.start <= c.start and o.end > c.end for o in candidates)


# Said of a changed or made-up name: "„Sara“, 17, from Afrin - name changed -", "(ime je
# promenjeno)", "Marko je izmišljen".
_PSEUDONYM = ("name changed", "names changed", "ime promenjeno", "promenjeno ime",
              "imena promenjena", "promenjena imena", "ime je promenjeno", "imena su promenjena",
              "not her real name", "not his real name", "pseudonym", "pseudonim", "izmisljen",
              "fictional name", "fictional character", "made-up name", "made up name",
              "invented name", "name was changed", "names were changed", "ime je izmenjeno",
              "imena su izmenjena", "ime izmenjeno",
              # A name given for the telling: "a boy we will call 'Samir'", "devojčica koju
              # ćemo ovde zvati Nada", "daćemo joj ime Vera".
              "we will call", "we'll call", "we shall call", "let's call", "let us call",
              "cemo zvati", "cemo ovde zvati", "zvacemo", "nazvacemo", "dacemo ime",
              "dacemo joj ime", "dacemo mu ime", "nazovimo", "zovimo")  # fmt: skip
# A word of every phrase of _PSEUDONYM and of _NAMES_INVENTED: one set intersection spares
# most remarks the phrases' many searches.
_PSEUDONYM_WORDS = frozenset(
    {"changed", "real", "pseudonym", "pseudonyms", "pseudonim", "pseudonimom", "pseudonima",
     "fictional", "made", "invented", "call", "zvati", "zvacemo", "nazvacemo", "dacemo",
     "nazovimo", "zovimo"}
    | {stem + e for stem in ("promenjen", "izmenjen", "izmisljen")
       for e in ("", "a", "o", "i", "e", "ih", "im")}
)  # fmt: skip


# "Names in this summary such as 'Karim' are invented", "Имена деце у овом запису су
# промењена": the names and what was done to them, a few words apart (folded).
_NAMES_INVENTED = re.compile(
    r"\b(?:names?|imena|ime)\b(?:\W+\w+){0,10}?\W+(?:invented|changed|made up|fictional|"
    r"promenjen\w*|izmenjen\w*|izmisljen\w*)"
)


def _pseudonym(tokens: Tokens, c: Candidate) -> bool:
    """Whether a person's candidate is a name in quotes, or a given name alone, in a remark
    that says names were changed or made up: an anonymised case, nobody in the room (a
    surname stays: "Petrović said the names were changed")."""
    if c.category not in _NAMED:
        return False
    folded = tokens.text.folded
    if c.start > 0 and folded[c.start - 1] in QUOTES and folded[c.end : c.end + 1] in tuple(QUOTES):
        return True
    first, last = _words_of(tokens, c)
    return (
        first == last
        and tokens.words[first] in known_given_names()
        and person_predicate(tokens, last) is None  # "Milan said the names were changed"
    )


# A sentence that says its person was not at the event: "Ruža Šulman je pomenuta kao autorka
# ..., ali nije bila prisutna", "who was not present" (folded).
_ABSENT = re.compile(
    r"\b(?:nije|nisu) (?:bio|bila|bili|bile) (?:prisutn\w*|na skupu|tu|ovde)|\b(?:was|were) "
    r"not (?:present|there|at the (?:meeting|event|roundtable))|\b(?:wasn|weren)'t (?:present|"
    r"there)"
)
_ACCORDING = frozenset({"according", "prema", "po"})
_ABSENCE_WORDS = frozenset({"nije", "nisu", "not", "wasn", "weren"})


def _said_absent(tokens: Tokens, c: Candidate) -> bool:
    """Whether a person's or a description's candidate is the one a sentence says was not
    there: the absence comes after it and nobody speaks in the sentence ("According to X, the
    police were not present", "X was not there at first but said ..." keep X)."""
    if c.category != "indirect" and not (c.category in _NAMED and c.rank == _HEURISTIC_RANK):
        return False  # a listed person said to be absent is still a participant named
    first, last = _words_of(tokens, c)
    lo_word, hi = tokens.sentence_of(first)
    hi_word = hi - 1
    # A verb of speaking outside the candidate (its own "koja piše o ..." is its description;
    # being mentioned is no speaking).
    outside = tokens.words[lo_word:first] + tokens.words[last + 1 : hi_word + 1]
    if any(w in PERSON_VERBS and not w.startswith(MENTIONED) for w in outside):
        return False
    if lo_word < first and tokens.words[lo_word] in _ACCORDING:
        return False
    m = _ABSENT.search(tokens.text.folded, tokens.starts[first], tokens.ends[hi_word])
    return m is not None


# Events in general, not this one: "the moderator's job at these events should ...", "na
# ovakvim skupovima moderator treba ...": a role of any such event.
_EVENTS_IN_GENERAL = ("these events", "such events", "events like this", "events like these",
                      "such meetings", "these meetings", "such interviews", "ovakvim skupovima",
                      "takvim skupovima", "ovakvih skupova", "takvih skupova", "ovakvi skupovi",
                      "takvi skupovi", "ovakvim sastancima", "takvim sastancima",
                      "ovakvim intervjuima", "takvim intervjuima", "ovakvim razgovorima",
                      "takvim razgovorima", "ovakvim sesijama", "takvim sesijama",
                      "ovakvim radionicama", "takvim radionicama", "ovakvim panelima",
                      "takvim panelima", "ovakvim dogadjajima", "takvim dogadjajima",
                      "such sessions", "these sessions", "such workshops",
                      "such panels")  # fmt: skip


# A part of every phrase of _EVENTS_IN_GENERAL ("ovakvim", "takvih", ... hold "kvi").
_EVENTS_IN_GENERAL_PARTS = (
    "events",
    "meetings",
    "interviews",
    "sessions",
    "workshops",
    "panels",
    "kvi",
)
_ROLE_ITSELF = frozenset({"role", "uloga"})


def _role_of_any_event(tokens: Tokens, c: Candidate) -> bool:
    """Whether an event role's candidate is in a sentence about such events in general."""
    if not (c.category == "role" or (c.category == "indirect" and "(an event role)" in c.reason)):
        return False
    ends = tokens.sentence_ends()
    s = bisect.bisect_left(ends, _words_of(tokens, c)[0])
    lo = tokens.starts[ends[s - 1] + 1] if s else 0
    hi = tokens.ends[ends[s]] if s < len(ends) else len(tokens.text.folded)
    sentence = tokens.text.folded[lo:hi]
    if any(p in sentence for p in _EVENTS_IN_GENERAL):
        return True
    # The role itself, not its holder: "the moderator role in child interviews", "the role of
    # the keynote", "uloga moderatora".
    first, last = _words_of(tokens, c)
    ws = tokens.words
    return (
        (last + 1 < len(ws) and ws[last + 1] == "role")
        or (
            first > 0
            and (
                ws[first - 1] == "uloga" or (first > 1 and ws[first - 2 : first] == ["role", "of"])
            )
        )
        or (first > 2 and ws[first - 3 : first] == ["role", "of", "the"])
    )


def _namesake(tokens: Tokens, c: Candidate) -> bool:
    """Whether a person's candidate names a street, an institution or a ruler after someone,
    or someone described as a figure every reader knows (see namesakes.py)."""
    first, last = _words_of(tokens, c)
    if c.category == "organisation":
        # "Sveti Sava je slava škola": the saint, not an association named Sava.
        return first == last and first > 0 and tokens.words[first - 1] in SAINTS
    if c.category not in _NAMED:
        return False
    return names_a_thing(tokens, first, last) or described_as_a_figure(tokens, first, last)


def _public_figures(
    tokens: Tokens, candidates: list[Candidate], listed: frozenset[tuple[str, ...]]
) -> list[Candidate]:
    """The candidates without the names inside a public figure's full name ("Stefan Nemanja",
    "Jelena Janković's tennis career"), unless the event lists a person of that full name."""
    spans = [(a, b) for a, b, name in public_figure_spans(tokens) if name not in listed]
    if not spans:
        return candidates
    out = []
    for c in candidates:
        if c.category in _NAMED:
            first, last = _name_words(tokens, c)
            if c.category == "honorific" and first < last:
                first += 1  # a title before the figure's name: "Dr Tedros"
            if any(a <= first and last <= b for a, b in spans):
                continue
        out.append(c)
    return out


# Findings that say who is in a sentence: with one of them, a listed organisation in the same
# sentence says where they work ("Vasić said KIRS only counts ...").
_PEOPLE_FOUND = frozenset({"person", "honorific", "self_reference", "indirect", "role",
                           "affiliation"})  # fmt: skip


_PRONOUNS = frozenset({"she", "he", "they", "ona", "on", "oni", "one"})


def _listed_public_body(c: Candidate) -> bool:
    """Whether a candidate names a public body from the event's list (a ministry, an agency)."""
    return c.category == "organisation" and c.rank >= _TERM_RANK and c.suggestion in PUBLIC_BODIES


def _inside(c: Candidate, start: int, end: int) -> bool:
    """Whether candidate ``c`` lies within ``start``..``end``, give or take an article before."""
    return c.end <= end and (start <= c.start or (c.category == "organisation" and start < c.end))


def _topics_left_alone(tokens: Tokens, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates without a listed public body named only as a topic or a source: one
    that nothing in its sentence puts in the room (see presence.py). Any other organisation
    (an association, a project) is kept wherever it is named: that it came up at all may
    say it was there."""
    ends = tokens.sentence_ends()
    public = [c for c in candidates if _listed_public_body(c)]
    if not public:
        return candidates
    # A protected role spelled like the public body it heads ("the Commissioner for the
    # Protection of Equality" is the office and its holder), or another body's short alias
    # inside the public body's name ("the Centre" in "the Centre for Social Work"): the words
    # name the public body, and go with it.
    spans = [(c.start, c.end) for c in public]
    same_words = {
        id(c)
        for c in candidates
        if c.category in ("role", "organisation")
        and not _listed_public_body(c)
        and any(_inside(c, a, b) for a, b in spans)
    }
    in_room: set[int] = set()  # sentences that put every body they name in the room
    for c in candidates:
        other_body = c.category == "organisation" and not _listed_public_body(c)
        if id(c) in same_words:
            continue
        if c.category in _PEOPLE_FOUND or other_body:
            # Every sentence the finding runs over: "Present: UNHCR, UNICEF" is one list.
            first, last = _words_of(tokens, c)
            in_room.update(
                range(bisect.bisect_left(ends, first), bisect.bisect_left(ends, last) + 1)
            )
    for c in public:
        first, last = _words_of(tokens, c)
        if in_the_room(tokens, first, last):
            in_room.add(bisect.bisect_left(ends, first))
    # A sentence that goes on about the person just found ("Ana Petrović walked through the
    # protocol. She said UNICEF would pay ...") is that person's too.
    ws = tokens.words
    for s in range(1, len(ends)):
        if ends[s - 1] + 1 < len(ws) and ws[ends[s - 1] + 1] in _PRONOUNS:
            if any(s - k in in_room for k in (1, 2, 3)):
                in_room.add(s)
    dropped = set()
    for c in public:
        first = _words_of(tokens, c)[0]
        s = bisect.bisect_left(ends, first)
        if s in in_room:
            continue
        lo = ends[s - 1] + 1 if s else 0
        if not about_people(tokens, lo, ends[s]):
            dropped.add(id(c))
            dropped.update(
                id(r) for r in candidates if id(r) in same_words and _inside(r, c.start, c.end)
            )
    return [c for c in candidates if id(c) not in dropped]


class Guard:
    """Finds what may attribute a remark: protected terms, contact details, titles, names,
    self-identification.

    Build one per list of protected terms (building indexes every spelling and case form once)
    and call :meth:`scan` for every text; a Guard is read-only after construction, so one
    instance may be shared between threads.
    """

    def __init__(self, terms: Iterable[Term] = (), *, affiliation: bool = False) -> None:
        self.terms: tuple[Term, ...] = tuple(terms)
        # The event's strict setting: sector-level affiliation ("a UN official") is a finding.
        self.affiliation = affiliation
        self._matcher = TermMatcher(self.terms)
        self._kinds = BodyKinds(self.terms)
        # A person's given names by the reason their findings give (see _cited_author).
        self._given = _given_names_by_reason(self.terms)
        # Every case form of every word of every listed spelling, as the matcher built them.
        self._term_words = frozenset(
            form for entry in self._matcher.entries for forms in entry.forms for form in forms
        )
        # Every listed person's full spellings as folded words: a public figure of the same
        # full name stays a finding (see _public_figures).
        build_figure_indexes()  # once per process, here rather than on the first scan
        self._listed_names = frozenset(
            tuple(serbian_words(fold_str(spelling)))
            for term in self.terms
            if term.kind == "person"
            for spelling in term.spellings()
        )

    def _another_bearer(self, tokens: Tokens, c: Candidate) -> bool:
        """Whether a listed person's given name, found alone, is followed by a surname that
        is no word of any listed term: "Milan Kundera's line", "Jelena Dokić, teniserka", "Dan
        Brown novels" name someone else of the same given name (whom the rules for names not
        on the list then judge)."""
        first, last = _words_of(tokens, c)
        ws = tokens.words
        k = first + 1
        return (
            c.category == "person"
            and first == last
            and k < len(ws)
            and ws[first] in self._given.get(c.reason, ())
            and tokens.joined(first, k, " ")
            and tokens.is_capitalised(k)
            and not tokens.is_upper(k)
            and len(ws[k]) > 2
            and ws[k] not in self._term_words
        )

    def scan(self, text: str) -> list[Finding]:
        """Findings in ``text``, sorted by start and non-overlapping.

        Offsets are code-point indices into ``text`` itself (not a normalised copy), so
        ``text[f.start:f.end] == f.text`` always holds.
        """
        if not text:
            return []
        folded = fold(text)
        tokens = Tokens.of(folded)
        in_folded = self._matcher.candidates(tokens, _TERM_RANK)
        # The few words the later rules start from, found in one pass in C.
        rare = _RARE_WORDS & tokens.vocab
        kinds = {c.category for c in in_folded} if in_folded else _NO_KINDS
        # An office's publication is public whether the office is named as an organisation or
        # as its (protected) role: "the Children's Ombudsperson's 2022 annual report".
        # Computed once, when a rule first needs it.
        publication: bool | None = None
        if not _AUTHORS.isdisjoint(kinds) and (publication := mentions_publication_in(tokens)):
            in_folded = [
                c for c in in_folded if c.category not in _AUTHORS or not _cited(tokens, c)
            ]
        if ("organisation" in kinds or "role" in kinds) and mentions_mandate(folded.folded):
            in_folded = [c for c in in_folded if not _by_mandate(tokens, c)]
        if "organisation" in kinds and mentions_impersonal_report(tokens.vocab):
            in_folded = [c for c in in_folded if not _reported_topic(tokens, c)]
        if "person" in kinds:
            in_folded = [c for c in in_folded if not self._another_bearer(tokens, c)]
        # Words already matched as protected terms need no guessing.
        covered = frozenset([c.start for c in in_folded])
        bodies = (
            [_words_of(tokens, c)[0] for c in in_folded if c.category == "organisation"]
            if "organisation" in kinds
            else []
        )
        in_folded += title_candidates(tokens, _PATTERN_RANK)
        in_folded += self_reference_candidates(tokens, _PATTERN_RANK)
        described = indirect_candidates(tokens, _PATTERN_RANK)
        if described and (
            publication if publication is not None else mentions_publication_in(tokens)
        ):
            described = [
                c for c in described if not possessed_document(tokens, *_words_of(tokens, c))
            ]
        in_folded += described
        in_folded += organisation_described(tokens, _PATTERN_RANK)
        in_folded += self._kinds.candidates(tokens, _PATTERN_RANK)
        if self.affiliation:
            in_folded += affiliation_candidates(tokens, _HEURISTIC_RANK)
        in_folded += name_candidates(tokens, _HEURISTIC_RANK, covered)
        if UNLISTED_NAMES:
            in_folded += gazetteer_candidates(tokens, _HEURISTIC_RANK, covered)
            in_folded += lone_name_candidates(tokens, _HEURISTIC_RANK, covered)
            in_folded += possessive_name_candidates(tokens, _HEURISTIC_RANK, covered)
            in_folded += inflected_name_candidates(tokens, _HEURISTIC_RANK, covered)
            in_folded += speaker_label_candidates(tokens, _HEURISTIC_RANK, covered)
            acronyms = unlisted_acronym_candidates(tokens, _HEURISTIC_RANK, covered, rare)
            in_folded += acronyms
            bodies += [_words_of(tokens, c)[0] for c in acronyms]
            if bodies:
                in_folded += name_before_body(tokens, bodies, _HEURISTIC_RANK, covered)
        if not _AROUND_NAMES.isdisjoint(rare):
            in_folded += _around_names(tokens, in_folded)
        in_folded += present_candidates(tokens, _PATTERN_RANK)
        in_folded += attendance_candidates(tokens, _PATTERN_RANK)
        in_folded += in_room_candidates(tokens, _PATTERN_RANK)
        if namesake_possible(tokens):
            in_folded = [c for c in in_folded if not _namesake(tokens, c)]
        if not figure_words().isdisjoint(tokens.vocab) and any(
            c.category in _NAMED for c in in_folded
        ):
            in_folded = _public_figures(tokens, in_folded, self._listed_names)
        if "role" in kinds and ("for" in tokens.vocab or "on" in tokens.vocab):
            in_folded = [c for c in in_folded if not _another_office(tokens, c, in_folded)]
        if not _ABSENCE_WORDS.isdisjoint(tokens.vocab) and (
            _ABSENT.search(folded.folded) is not None
        ):
            in_folded = [c for c in in_folded if not _said_absent(tokens, c)]
        if not _PSEUDONYM_WORDS.isdisjoint(tokens.vocab) and (
            any(p in folded.folded for p in _PSEUDONYM)
            or _NAMES_INVENTED.search(folded.folded) is not None
        ):
            in_folded = [c for c in in_folded if not _pseudonym(tokens, c)]
        if (
            any(p in folded.folded for p in _EVENTS_IN_GENERAL_PARTS)
            and any(p in folded.folded for p in _EVENTS_IN_GENERAL)
        ) or not _ROLE_ITSELF.isdisjoint(tokens.vocab):
            in_folded = [c for c in in_folded if not _role_of_any_event(tokens, c)]
        if not _KIND_WORDS.isdisjoint(tokens.vocab):
            in_folded = [c for c in in_folded if not _a_kind_of(tokens, c)]
        if not _VERSUS.isdisjoint(tokens.vocab):
            in_folded = [c for c in in_folded if not _party_of_a_case(tokens, c)]
        if (
            "'s" in folded.folded
            or "citiran" in tokens.vocab
            or "citirana" in tokens.vocab
            or ("quoted" in tokens.vocab or "cited" in tokens.vocab)
            or not _CITING_GATE.isdisjoint(tokens.vocab)
        ):
            in_folded = [c for c in in_folded if not _cited_author(tokens, c, self._given)]
        if "organisation" in kinds:
            in_folded = _topics_left_alone(tokens, in_folded)
        # After every filter, so that an author or a namesake left alone brings nothing along.
        in_folded += _described(tokens, in_folded)
        candidates = _to_original(folded, in_folded)
        # An e-mail address often holds a name; "contact" is the better explanation of the whole.
        candidates += contact_candidates(text, _CONTACT_RANK)
        if not SPOKEN_HINTS.isdisjoint(rare):
            candidates += spoken_contacts(text, _CONTACT_RANK)
        return resolve(text, candidates)


def scan_text(text: str, terms: Iterable[Term] = ()) -> list[Finding]:
    """Scan one text against ``terms``; builds a :class:`Guard` each time, so prefer a Guard
    when scanning many texts."""
    return Guard(terms).scan(text)
