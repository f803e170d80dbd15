"""Neutral replacements for a finding that read correctly where they land.

The guard's ``suggestion`` is one English phrase ("a participant"). Put into a sentence as it
is, it breaks twice: lowercase at the start of a sentence, and English inside Serbian. This
module turns a finding into a short list of choices that follow the sentence's case and the
text's language and script, and, in Serbian, the grammatical case a preceding preposition asks
for ("sa jednim učesnikom", "od jednog učesnika"); where the case cannot be told, a form that
reads correctly on its own ("jedan od učesnika").

It never changes what the guard finds; it only words the fix. No Qt, no SQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from roundtable_app.guard.finding import Finding
from roundtable_app.language.translit import cyrillic_to_latin, latin_to_cyrillic

#: How many choices a menu shows at most.
MAX_CHOICES = 4

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_SERBIAN_LATIN_LETTERS = re.compile(r"[čćžšđČĆŽŠĐ]")
# Short, frequent Serbian words that English text does not use (folded, Latin script).
_SERBIAN_WORDS = frozenset(
    "i je da se u na sa su za od smo nije što sto kao ali ili koji koja koje bi bio bila "
    "ovo to taj ta pa kod iz bez prema kroz posle nakon pre tokom o ka uz više jos još".split()
)
_ENGLISH_WORDS = frozenset(
    "the and of to is that with was were for on we they said from this be are it not an "
    "at as by has have had".split()
)

# Serbian case forms of each neutral phrase: nom, gen, dat, acc, ins, loc.
_CASES = ("nom", "gen", "dat", "acc", "ins", "loc")
_SR_PHRASES: dict[str, tuple[str, str, str, str, str, str]] = {
    "participant": (
        "jedan od učesnika", "jednog učesnika", "jednom učesniku", "jednog učesnika",
        "jednim učesnikom", "jednom učesniku",
    ),
    "speaker": (
        "jedan govornik", "jednog govornika", "jednom govorniku", "jednog govornika",
        "jednim govornikom", "jednom govorniku",
    ),
    "another": (
        "drugi učesnik", "drugog učesnika", "drugom učesniku", "drugog učesnika",
        "drugim učesnikom", "drugom učesniku",
    ),
    "colleague": (
        "jedan kolega", "jednog kolege", "jednom kolegi", "jednog kolegu",
        "jednim kolegom", "jednom kolegi",
    ),
    "person": (
        "jedna osoba", "jedne osobe", "jednoj osobi", "jednu osobu",
        "jednom osobom", "jednoj osobi",
    ),
    "organisation": (
        "jedna organizacija", "jedne organizacije", "jednoj organizaciji", "jednu organizaciju",
        "jednom organizacijom", "jednoj organizaciji",
    ),
    "international": (
        "jedna međunarodna organizacija", "jedne međunarodne organizacije",
        "jednoj međunarodnoj organizaciji", "jednu međunarodnu organizaciju",
        "jednom međunarodnom organizacijom", "jednoj međunarodnoj organizaciji",
    ),
    "government": (
        "jedna državna institucija", "jedne državne institucije", "jednoj državnoj instituciji",
        "jednu državnu instituciju", "jednom državnom institucijom", "jednoj državnoj instituciji",
    ),
    "civil": (
        "jedna organizacija civilnog društva", "jedne organizacije civilnog društva",
        "jednoj organizaciji civilnog društva", "jednu organizaciju civilnog društva",
        "jednom organizacijom civilnog društva", "jednoj organizaciji civilnog društva",
    ),
    "humanitarian": (
        "jedna humanitarna organizacija", "jedne humanitarne organizacije",
        "jednoj humanitarnoj organizaciji", "jednu humanitarnu organizaciju",
        "jednom humanitarnom organizacijom", "jednoj humanitarnoj organizaciji",
    ),
    "religious": (
        "jedna verska zajednica", "jedne verske zajednice", "jednoj verskoj zajednici",
        "jednu versku zajednicu", "jednom verskom zajednicom", "jednoj verskoj zajednici",
    ),
    "official": (
        "jedan predstavnik institucije", "jednog predstavnika institucije",
        "jednom predstavniku institucije", "jednog predstavnika institucije",
        "jednim predstavnikom institucije", "jednom predstavniku institucije",
    ),
    "place": (
        "jedno mesto", "jednog mesta", "jednom mestu", "jedno mesto", "jednim mestom",
        "jednom mestu",
    ),
    "city": (
        "jedan grad", "jednog grada", "jednom gradu", "jedan grad", "jednim gradom",
        "jednom gradu",
    ),
}  # fmt: skip

_EN_CHOICES: dict[str, tuple[str, ...]] = {
    "person": ("a participant", "one speaker", "another participant", "a colleague"),
    "role": ("an official", "a participant", "one speaker", "a colleague"),
    "place": ("a location", "one town", "another place"),
    "organisation": ("an organisation", "one organisation", "another organisation"),
}
_SR_CHOICES: dict[str, tuple[str, ...]] = {
    "person": ("participant", "speaker", "another", "colleague", "person"),
    "role": ("official", "participant", "speaker", "colleague"),
    "place": ("place", "city"),
    "organisation": ("organisation",),
}
# The guard's organisation suggestions and the Serbian phrase that says the same.
_SR_ORGANISATION = {
    "an international organisation": "international",
    "a government institution": "government",
    "a civil society organisation": "civil",
    "a humanitarian organisation": "humanitarian",
    "a religious community": "religious",
}

# The case a preposition governs, when it governs only one (folded to Latin, lowercase).
# "u", "na", "o" before a person are locative in speech about people ("o njemu"); "za" and
# "kroz" take the accusative.
_PREPOSITION_CASE = {
    "sa": "ins", "s": "ins", "pod": "ins", "nad": "ins", "među": "ins", "medju": "ins",
    "od": "gen", "do": "gen", "iz": "gen", "kod": "gen", "bez": "gen", "preko": "gen",
    "posle": "gen", "nakon": "gen", "pre": "gen", "tokom": "gen", "oko": "gen", "protiv": "gen",
    "umesto": "gen", "osim": "gen", "zbog": "gen", "ispred": "gen", "iza": "gen",
    "ka": "dat", "ke": "dat", "prema": "dat", "uprkos": "dat",
    "o": "loc", "po": "loc", "pri": "loc", "u": "loc", "na": "loc",
    "za": "acc", "kroz": "acc",
}  # fmt: skip
_ENGLISH_ARTICLES = frozenset({"the", "a", "an"})


@dataclass(frozen=True)
class Replacement:
    """Replace ``text[start:end]`` with ``text``'s new words; the span may be wider than the
    finding's (an English article before it goes too: "the UNHCR" -> "an organisation")."""

    start: int
    end: int
    words: str


def language_of(text: str) -> str:
    """``sr-Cyrl``, ``sr-Latn`` or ``en``: the script, then a count of telltale words."""
    if _CYRILLIC.search(text):
        return "sr-Cyrl"
    if _SERBIAN_LATIN_LETTERS.search(text):
        return "sr-Latn"
    tokens = [w.lower() for w in re.findall(r"\w+", text)]
    serbian = sum(w in _SERBIAN_WORDS for w in tokens)
    english = sum(w in _ENGLISH_WORDS for w in tokens)
    return "sr-Latn" if serbian > english else "en"


def starts_sentence(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence: only spaces, quotes or brackets between it and the
    beginning of the text, a line break, or a full stop, question or exclamation mark."""
    i = start - 1
    while i >= 0 and (text[i] in " \t\"'“”„‘’«»(["):
        i -= 1
    return i < 0 or text[i] in ".!?…\n\r:"


def _word_before(text: str, start: int) -> tuple[str, int]:
    """The word just before ``start`` (lowercase, Cyrillic folded) and where it starts."""
    m = re.search(r"(\w+)\s+$", text[:start])
    if m is None:
        return "", start
    return cyrillic_to_latin(m.group(1).lower()), m.start(1)


def _case_from_ending(found: str) -> str | None:
    """A case told by the found word's own ending, where Serbian leaves no doubt."""
    word = cyrillic_to_latin(found.split()[-1].lower()) if found else ""
    if word.endswith(("om", "em")) and len(word) > 4:
        return "ins"
    return None


def _capitalise(words: str) -> str:
    return words[:1].upper() + words[1:]


def _kind(finding: Finding) -> str:
    if finding.category == "indirect" and finding.suggestion == "an organisation":
        return "organisation"  # "the Romanian NGO" reads as any organisation once reworded
    if finding.category in ("person", "honorific", "self_reference", "indirect"):
        # A description of one participant ("the youngest participant") reads as any
        # participant once reworded, in the text's own language.
        return "person"
    if finding.category in _EN_CHOICES:
        return finding.category
    return "other"


def replacement_choices(text: str, finding: Finding) -> list[Replacement]:
    """Up to :data:`MAX_CHOICES` neutral wordings for ``finding`` in ``text``, best first.

    Nothing is offered for a finding with no suggestion (an e-mail address is removed, not
    reworded by the guard) unless its category has neutral phrases of its own.
    """
    start, end = finding.start, finding.end
    if finding.category == "indirect" and finding.suggestion is None:
        return []  # what a name's description says is deleted, not reworded
    # The name itself says nothing of the language around it ("Petrović" in English).
    language = language_of(text[:start] + " " + text[end:])
    kind = _kind(finding)
    if kind == "other":
        if not finding.suggestion:
            return []
        phrases = [finding.suggestion]
    elif language == "en":
        phrases = list(_EN_CHOICES[kind])
        if finding.suggestion and finding.suggestion not in phrases:
            phrases.insert(0, finding.suggestion)
        elif finding.suggestion:
            phrases.remove(finding.suggestion)
            phrases.insert(0, finding.suggestion)
        before, before_at = _word_before(text, start)
        if before in _ENGLISH_ARTICLES:
            start = before_at  # "the Ministry" -> "a government institution", not "the a ..."
    else:
        phrases = _serbian_phrases(text, finding, kind)
        if language == "sr-Cyrl":
            # The phrases are Serbian wording of our own: every word is converted.
            phrases = [latin_to_cyrillic(p, keep_foreign=False).text for p in phrases]
    if starts_sentence(text, start):
        phrases = [_capitalise(p) for p in phrases]
    unique = list(dict.fromkeys(phrases))[:MAX_CHOICES]
    return [Replacement(start, end, p) for p in unique]


def _serbian_phrases(text: str, finding: Finding, kind: str) -> list[str]:
    before, _ = _word_before(text, finding.start)
    case = _PREPOSITION_CASE.get(before) or _case_from_ending(finding.text)
    keys = list(_SR_CHOICES[kind])
    if kind == "organisation" and finding.suggestion in _SR_ORGANISATION:
        keys.insert(0, _SR_ORGANISATION[finding.suggestion or ""])
    index = _CASES.index(case) if case else 0
    # With no case to go by, the nominative reads as a subject: right for the usual
    # "Jelena said ...", and the first choice ("jedan od učesnika") stays correct on its own.
    return [_SR_PHRASES[key][index] for key in keys]
