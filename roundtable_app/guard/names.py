"""Word lists and heuristics for personal names that are *not* on the event's list.

Precision matters more than recall here (a guard that cries wolf gets switched off), so only
strong signals are used: a Serbian surname shape (-ić, -ović, -ević, in any case ending), and a
common given name written as a name next to a surname or a verb of speaking.
"""

from __future__ import annotations

import functools
import re

from roundtable_app.guard.finding import Candidate
from roundtable_app.guard.indirect import PERSON_NOUNS, REPORT_VERBS
from roundtable_app.guard.lexicon import (
    common_words,
    english_words,
    frequent_words,
    known_given_names,
    place_names,
)
from roundtable_app.guard.tokens import SERBIAN_SMALL_WORDS, Tokens

# Given names that are also ordinary words (Serbian "nada" = hope, "vera" = faith, "vuk" = wolf;
# English "Will", "Grace"). A capitalised one at the start of a sentence is not taken for a name
# unless a surname or a verb of speaking follows it.
AMBIGUOUS_WORDS = frozenset({
    "nada", "vera", "vuk", "zora", "mira", "sanja", "rada", "slava", "jasna", "bora", "luka",
    "ruza", "mila", "zlata", "danica", "srecko", "sreca", "dusa", "zvezda", "ljubav", "cvijeta",
    "will", "mark", "grace", "hope", "faith", "joy", "rose", "bill", "pat", "frank", "may",
    "june", "april", "august", "art", "rob", "don", "ray", "sunny", "dawn", "iris", "lily",
    "amber", "crystal", "summer", "autumn", "holly", "ivy", "miles", "chance", "max", "sky",
    "sue", "jack", "nick", "guy", "dean", "gene", "chase", "drew", "carol", "robin", "jay",
    "bob", "penny", "sandy", "victor", "earnest", "ernest", "angel", "destiny", "patience",
    "drago", "draga", "dragi", "sava", "ljubica", "neven", "zvezdana", "bisera", "jagoda",
    "visnja", "dunja", "vida", "mirna", "tiha", "blaga", "nevena", "sladjana", "sloboda",
    "zlatan", "dobrila", "radost", "vesela", "spasenija", "snezana", "biser", "slobodan",
    # English given names that are ordinary nouns or verbs (round 12: "a small grant", "Grant
    # applications close in March").
    "grant", "bliss", "heath", "wade", "cliff", "hunter", "rich", "sterling", "lance", "glen",
    # Albanian given names that are ordinary words: "besa" (a pledge), "shpresa" (hope).
    "besa", "shpresa",
    # Hungarian Réka is the Serbian "reka" (river).
    "reka",
})  # fmt: skip

# Case forms of listed given names that are ordinary words as well ("Vere i nade" is "of faith
# and hope", "vuci" are wolves): like AMBIGUOUS_WORDS, they need a capital and, at the start of
# a sentence, more evidence.
ORDINARY_FORMS = frozenset(
    {w[:-1] + "e" for w in AMBIGUOUS_WORDS if w.endswith("a")} | {"vuci", "vukovi", "vuce"}
)
# Case forms that are ordinary words mostly in lower case ("jeleni" are deer, "marke" stamps,
# "stana" of a flat); capitalised, even at the start of a sentence, they are the name.
LOWER_CASE_ORDINARY = frozenset({
    "jeleni", "jelenu", "jelenom", "marka", "marke", "marku", "markom", "stana", "stanu",
    "stanom", "stane", "marina", "marine", "jasmina", "milana", "milanu", "milanom", "vesne",
    "vesni", "ruze", "lazara",
})  # fmt: skip
# Surnames (folded) that are ordinary nouns in lower case ("svako je kovač svoje sreće"): even
# when written with Serbian letters they count alone only when capitalised.
ORDINARY_SURNAMES = frozenset({
    "kovac", "kralj", "knez", "zec", "lovac", "ribar", "pekar", "kolar", "stolar", "tesar",
    "mlinar", "golub", "sokol", "vrabac", "kos", "car", "pop", "kovacs", "cvet", "zima",
    "jez", "grof", "vojvoda", "sudija", "kosac", "cobanin", "cuvar",
})  # fmt: skip

# Folded verbs of speaking; "X said", "said X", "X je rekla", "kaže X".
SPEECH_VERBS = frozenset({
    "said", "says", "noted", "notes", "argued", "argues", "explained", "explains", "added",
    "adds", "stressed", "stresses", "asked", "asks", "told", "mentioned", "suggested",
    "replied", "warned", "warns", "pointed", "emphasised", "emphasized", "claimed", "claims",
    "insisted", "observed", "recalled", "remarked", "reported", "described", "presented",
    "proposed", "thinks", "believes", "agreed", "disagreed", "admitted", "confirmed",
    "rekao", "rekla", "kaze", "kazu", "istakao", "istakla", "naveo", "navela", "objasnio",
    "objasnila", "dodao", "dodala", "smatra", "upozorio", "upozorila", "pitao", "pitala",
    "primetio", "primetila", "napomenuo", "napomenula", "predlozio", "predlozila", "tvrdi",
    "izjavio", "izjavila", "govorio", "govorila", "opisao", "opisala", "predstavio",
    "predstavila", "potvrdio", "potvrdila", "misli", "veruje",
})  # fmt: skip

# Common given names (folded) seen at events of this kind: ex-Yugoslav, English, and names from
# the main countries of origin of people on the move. Names that are ordinary words are left out
# (see AMBIGUOUS_WORDS), as are names of places (Milan, Sofia, Jordan, Sava).
KNOWN_GIVEN_NAMES = frozenset({
    "aleksandar", "aleksandra", "ana", "andrija", "biljana", "bojan", "bojana", "boris",
    "branislav", "branko", "dejan", "darko", "dragan", "dragana", "dusan", "dusko", "djordje",
    "goran", "gordana", "ivan", "ivana", "jelena", "jovan", "jovana", "katarina", "kosta",
    "ljiljana", "ljubica", "maja", "marija", "marko", "milica", "milena", "milos", "milorad",
    "miroslav", "mladen", "natasa", "nebojsa", "nemanja", "nenad", "nikola", "olivera",
    "petar", "predrag", "radovan", "sasa", "snezana", "srdjan", "stefan", "svetlana",
    "tamara", "tanja", "uros", "vesna", "vladimir", "vojislav", "zeljko", "zoran", "zorana",
    "dragoljub", "slobodan", "tijana", "teodora", "vuk", "jasmina", "emina", "amra", "edin",
    "adnan", "ahmed", "amir", "hassan", "hasan", "hussein", "ibrahim", "karim",
    "mohammad", "mohammed", "muhammad", "mustafa", "omar", "reza", "farid", "fatima",
    "zahra", "mariam", "maryam", "aisha", "layla", "khalid", "yusuf", "abdullah", "tariq",
    "john", "james", "david", "michael", "peter", "paul", "sarah", "anna", "emma", "laura",
    "thomas", "daniel", "robert", "richard", "elizabeth", "helen", "catherine", "maria",
    "martin", "andrew", "stephen", "susan", "jennifer", "rebecca", "lucy", "sophie", "oliver",
    "jonathan", "nicholas", "christopher", "matthew", "philip", "hans", "klaus", "pierre",
    "giovanni", "francesca", "ingrid", "lars", "sven", "anders", "henrik", "jens", "mette",
    "ahmad", "mohamed", "mahmoud", "mehdi", "hamid", "rashid", "samir", "nasir", "jamal",
    "bilal", "idris", "yasin", "zainab", "nadia", "fatma", "hussain", "abdul", "sayed",
    "ljubisa", "zivko", "velimir", "radomir", "miodrag", "zarko", "ognjen", "andrej", "filip",
    "mihajlo", "sinisa", "zeljka", "jovanka", "dragica", "milka", "radmila", "mirjana",
    "danijela", "aleksa", "vanja", "ivona", "kristina", "natalija", "andjela", "anja", "nina",
})  - AMBIGUOUS_WORDS  # fmt: skip

# Public figures (folded surname stems) whose names appear in remarks as history or context
# ("Milošević-era laws", "Bulevar Zorana Đinđića"), not as attribution of a participant.
PUBLIC_FIGURES = frozenset({
    "milosevic", "vucic", "djindjic", "karadzic", "mladic", "tadic", "dacic", "brnabic",
    "andric", "djokovic", "obrenovic", "karadjordjevic", "nemanjic", "pasic", "tesic",
    "stojkovic", "kostunica", "seselj", "izetbegovic", "tudjman", "plenkovic", "vulin",
    "mihajlovic", "dinkic", "vucinic", "djukanovic", "dodik", "cvijic", "kraljevic",
    # Not people at all: Božić is Christmas.
    "bozic",
})  # fmt: skip

# Surnames of public figures that follow a given name in street, airport and prize names.
PUBLIC_NAMES = frozenset({"tesla", "pupin", "njegos", "crnjanski", "karadzic", "djindjic",
                          "andric", "cvijic", "milankovic", "polo"})  # fmt: skip

# Case forms too: "Bulevar Zorana Đinđića", "ulica Nikole Tesle".
PUBLIC_PREFIXES = tuple(sorted(PUBLIC_NAMES | PUBLIC_FIGURES | {"tesl"}))

# Places whose names have the shape of a Serbian surname (folded, without the case ending): the
# surname heuristic leaves them alone unless they are written as a person (a given name before,
# or a title, which the title pattern catches).
PLACE_SURNAMES = frozenset({"palic", "bogatic", "kosjeric", "mrkonjic"})
# Prepositions of place: "u Paliću", "na Paliću" (locative), "iz/do/blizu Palića" (genitive),
# "in/near Palić"; a person is "kod Petrovića" or "od Petrovića", not "iz Petrovića".
_LOCATIVE_PREPS = frozenset({"u", "na"})
_GENITIVE_PREPS = frozenset({"iz", "do", "blizu", "kroz", "oko"})
_ENGLISH_PLACE_PREPS = frozenset({"in", "near", "around"})
_NEAR_A_PLACE = (
    _LOCATIVE_PREPS | _GENITIVE_PREPS | _ENGLISH_PLACE_PREPS | {"kod", "pored", "preko", "kraj"}
)

_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "our", "their", "its", "his", "her"})

# Serbian surname shape on folded text: -ić (written -ic) and its case endings / possessives.
_IC_ENDINGS = ("", "a", "u", "em", "om", "e", "i", "ima", "ev", "eva", "evo", "evog", "evom",
               "evoj", "evih", "eve", "evu", "evi")  # fmt: skip
_IC_SURNAME = re.compile(r"([a-z]{2,}ic)(?:" + "|".join(_IC_ENDINGS) + ")")
# Cheap C-level pre-filter before the regular expression.
_IC_TAILS = tuple("ic" + e for e in _IC_ENDINGS)
# -ović and -ević typed in haste: the ć left out or its neighbouring key ("Stojanovć",
# "Ђорђевиђ"), folded.
_TYPO_TAILS = ("ovc", "evc", "ovidj", "evidj")
# English words in -ic that are written capitalised mid-sentence in remarks of this kind.
_ENGLISH_IC = frozenset({
    "arabic", "public", "republic", "baltic", "arctic", "celtic", "slavic", "civic", "ethnic",
    "clinic", "music", "magic", "logic", "topic", "panic", "comic", "basic", "tonic", "toxic",
    "titanic", "olympic", "islamic", "pacific", "semitic", "nordic", "gothic", "mystic",
    "adriatic", "atlantic", "catholic", "hispanic", "germanic", "balkanic", "democratic",
    "metric", "critic", "garlic", "traffic", "specific", "electric", "organic", "classic",
})  # fmt: skip
_ENGLISH_IC_ENDINGS = ("atic", "etic", "istic", "ific", "onic", "olic", "antic", "ectic",
                       "phic", "logic", "nomic", "demic", "ntic", "otic")  # fmt: skip
# -ić written with its diacritic, precomposed or decomposed, in either script.
_IC_WITH_MARK = re.compile("i(?:\u0107|c\u0301)|\u0438\u045b", re.IGNORECASE)
_OV_EV_IC = re.compile(r"[a-z]+[oe]vic")


def _name_candidate(tokens: Tokens, start: int, end: int, rank: int) -> Candidate:
    """A medium-severity finding for a span that looks like a personal name."""
    a, b = tokens.text.span(start, end)
    return Candidate(
        start,
        end,
        "person",
        "medium",
        f"looks like a personal name: {tokens.text.original[a:b]}",
        "a participant",
        rank,
    )


@functools.lru_cache(maxsize=1 << 16)
def _ic_shaped(word: str) -> bool:
    """Whether a folded word ends like an -ić surname, or like one typed in haste ("Stojanovć",
    "Ђорђевиђ": the neighbouring key), pure, so cached per word."""
    return ("ic" in word and word.endswith(_IC_TAILS)) or word.endswith(_TYPO_TAILS)


@functools.lru_cache(maxsize=1 << 16)
def _surname_stem(word: str) -> str | None:
    """The stem of a folded word shaped like an -ić surname, None when it is not one or is a
    public figure's (pure, so cached per word)."""
    m = _IC_SURNAME.fullmatch(word)
    return None if m is None or m.group(1) in PUBLIC_FIGURES else m.group(1)


# -ović typed in haste: "Stojanovć", "Jovanovc", "Стојановч" (the i dropped, č for ć).
_OVIC_TYPO = re.compile(r"[a-z]{3,}(?:" + "|".join(_TYPO_TAILS) + ")")


def _looks_like_serbian_surname(tokens: Tokens, i: int) -> bool:
    word = tokens.words[i]
    if (
        _OVIC_TYPO.fullmatch(word)
        and tokens.is_capitalised(i)
        and i + 1 < len(tokens.words)
        and (tokens.words[i + 1] in REPORT_VERBS or tokens.words[i + 1] in ("je", "has"))
    ):
        return True  # "Stojanovć je rekao", "Стојановч каже", "Ђорђевиђ је рекла"
    stem = _surname_stem(word)
    if stem is None or not tokens.is_capitalised(i):
        return False
    given_before = i > 0 and tokens.words[i - 1] in KNOWN_GIVEN_NAMES and tokens.joined(i - 1, i)
    if not given_before and _written_as_place(tokens, i, stem):
        return False
    original = tokens.original(i)
    if original.isupper() and len(original) <= 4:
        return False
    if _IC_WITH_MARK.search(original):
        return True
    # Without the diacritic, "Subotica", "Mitrovica" (places) and "Public", "Arabic" (English)
    # look the same, so only an uninflected -ic counts, and only when it cannot be English:
    # an -ović/-ević shape, a known given name before it, or mid-sentence and not English.
    if not word.endswith("ic"):
        return False
    if _OV_EV_IC.fullmatch(word):
        return True
    if i > 0 and tokens.words[i - 1] in KNOWN_GIVEN_NAMES and tokens.joined(i - 1, i):
        return True
    if len(word) < 5 or word in _ENGLISH_IC:
        return False
    if _adjective_in_a_title(tokens, i):
        return False
    if len(word) >= 8 and word.endswith(_ENGLISH_IC_ENDINGS):
        return False
    return not tokens.sentence_initial(i) or _speech_follows(tokens, i)


def _adjective_in_a_title(tokens: Tokens, i: int) -> bool:
    """Whether an -ic word without its diacritic is an English adjective inside a capitalised
    title: "the Law on Prevention of Domestic Violence" (an English word, capitalised, after
    it; a surname is followed by a verb or a lower-case word)."""

    ws = tokens.words
    j = i + 1
    return (
        j < len(ws)
        and not tokens.serbian
        and tokens.is_capitalised(j)
        and tokens.joined(i, j, " ")
        and (ws[j] in english_words() or ws[j] in frequent_words())
        and ws[j] not in KNOWN_GIVEN_NAMES
    )


def _written_as_place(tokens: Tokens, i: int, stem: str) -> bool:
    """Whether the -ić word ``i`` (stem ``stem``) reads as a place: a known place, or a case
    form that follows a preposition of place ("u Paliću", "iz Bogatića", "in Palić")."""
    if stem in PLACE_SURNAMES:
        return True
    if i == 0:
        return False
    if stem in place_names() and tokens.words[i - 1] in _NEAR_A_PLACE:
        return True  # "kod Morovića", "blizu Šida": a village of the shipped list
    word, prev = tokens.words[i], tokens.words[i - 1]
    if tokens.text.folded.startswith("'s", tokens.ends[i]):
        return False  # "in Petrović's view" is a person
    ending = word[len(stem) :]
    return (
        (prev in _LOCATIVE_PREPS and ending == "u")
        or (prev in _GENITIVE_PREPS and ending == "a")
        or (prev in _ENGLISH_PLACE_PREPS and ending == "")
    )


def _speech_follows(tokens: Tokens, i: int) -> bool:
    """Whether a verb of speaking follows word ``i`` ("Matic said", "Matic je rekao")."""
    nxt = tokens.words[i + 1 : i + 3]
    return bool(nxt) and (nxt[0] in SPEECH_VERBS or (nxt[0] == "je" and nxt[-1] in SPEECH_VERBS))


def name_candidates(
    tokens: Tokens, rank: int = 0, covered: frozenset[int] = frozenset()
) -> list[Candidate]:
    """Candidates (in folded offsets) for names that are not on the event's list.

    Words starting at a folded offset in ``covered`` (already explained by a protected term)
    are skipped.
    """
    out: list[Candidate] = []
    words = tokens.words
    n = len(words)
    folded = tokens.text.folded
    if (
        "ic" not in folded
        and not any(tail[1:] in folded for tail in _TYPO_TAILS)
        and KNOWN_GIVEN_NAMES.isdisjoint(tokens.vocab)
    ):
        return out
    vocab = tokens.vocab
    suspects = tokens.positions((KNOWN_GIVEN_NAMES & vocab).union(filter(_ic_shaped, vocab)))
    for i in suspects:
        # Both kinds of name below are written capitalised; most suspects are lower-case words
        # of the remark's own language ("ucesnici", "granici").
        if tokens.starts[i] in covered or not tokens.is_capitalised(i):
            continue
        word = words[i]
        if _looks_like_serbian_surname(tokens, i):
            start = i
            if i > 0 and tokens.joined(i - 1, i, " ") and tokens.is_capitalised(i - 1):
                prev = words[i - 1]
                if (
                    prev in KNOWN_GIVEN_NAMES
                    or len(prev) == 1
                    or not tokens.sentence_initial(i - 1)
                ):
                    start = i - 1
            out.append(
                Candidate(
                    tokens.starts[start],
                    tokens.ends[i],
                    "person",
                    "medium",
                    f"looks like a personal name (Serbian surname): {tokens.original(i)}",
                    "a participant",
                    rank,
                )
            )
        elif word in KNOWN_GIVEN_NAMES and tokens.is_capitalised(i) and not tokens.is_upper(i):
            nxt_cap = i + 1 < n and tokens.joined(i, i + 1, " ") and tokens.is_capitalised(i + 1)
            if nxt_cap and words[i + 1].startswith(PUBLIC_PREFIXES):
                continue  # "Nikola Tesla airport"
            # Names that are ordinary words were left out of the list, so a capitalised one is
            # a name even at the start of a sentence; after a determiner mid-sentence it more
            # likely names a thing ("the Martin Luther King centre", "a Maria Theresa coin").
            if not (i > 0 and words[i - 1] in _DETERMINERS and not tokens.sentence_initial(i)):
                end = i + 1 if nxt_cap else i + 2 if _particle_surname(tokens, i) else i
                out.append(
                    Candidate(
                        tokens.starts[i],
                        tokens.ends[end],
                        "person",
                        "medium",
                        f"looks like a personal name: {tokens.original(i)}",
                        "a participant",
                        rank,
                    )
                )
    return out


# ---------------------------------------------------------------- the names gazetteer
_FUNCTION_WORDS = frozenset({
    "the", "a", "an", "and", "or", "but", "if", "in", "on", "at", "to", "of", "for", "by", "as",
    "is", "it", "we", "he", "she", "they", "you", "my", "our", "all", "any", "no", "not", "so",
    "ali", "ana",  # "ali" is Serbian "but"; "Ana" is handled by the list above
    "will", "may", "june", "april", "august", "mark", "grace", "hope",
})  # fmt: skip


# Given names of one language that are ordinary nouns of the event's: Italian Roma is the
# people ("Readmitted Roma families"); Hungarian Réka, the Serbian "reka" (river), is among
# AMBIGUOUS_WORDS.
_NAME_LOOKALIKES = frozenset({"roma", "rom", "romi", "rome", "sinti", "gora", "polje"})


def _gazetteer() -> frozenset[str]:

    # Names of the short list above are found by name_candidates already.
    return (
        known_given_names()
        - _NAME_LOOKALIKES
        - _FUNCTION_WORDS
        - SERBIAN_SMALL_WORDS
        - AMBIGUOUS_WORDS
        - KNOWN_GIVEN_NAMES
        - frequent_words()
    )


# Particles inside a surname (Arabic, Dutch, German, Romance): "al-Masri", "bin Saleh", "van
# Dijk", "de Souza"; the surname after them is the part that must look like a name.
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "bint", "ben", "van", "von", "de",
                             "di", "du", "del", "ul", "ter", "abd"})  # fmt: skip


def _particle_surname(tokens: Tokens, i: int) -> bool:
    """Whether a particle and a capitalised word follow word ``i``: "al-Masri", "bin Tariq".
    The particle marks a surname, so the word after it may be any word but a frequent one
    (a given name too: "bin Tariq")."""

    ws = tokens.words
    return (
        i + 2 < len(ws)
        and ws[i + 1] in _NAME_PARTICLES
        and tokens.joined(i, i + 1, " ")
        and tokens.joined(i + 1, i + 2, " -'")
        and len(ws[i + 2]) >= 3
        and ws[i + 2].isalpha()
        and tokens.is_capitalised(i + 2)
        and not tokens.is_upper(i + 2)
        and ws[i + 2] not in frequent_words()
    )


def _surname_like(tokens: Tokens, j: int, common: frozenset[str]) -> bool:
    """Whether word ``j`` may be a surname: capitalised (not in capitals), letters only, and
    no ordinary word (a given name may be a surname too: "Tarik Mansur", "Ali Hassan")."""
    w = tokens.words[j]
    return (
        len(w) >= 3
        and w.isalpha()
        and tokens.is_capitalised(j)
        and not tokens.is_upper(j)
        and w not in common
        and not w.startswith(PUBLIC_PREFIXES)
    )


def gazetteer_candidates(
    tokens: Tokens, rank: int = 0, covered: frozenset[int] = frozenset()
) -> list[Candidate]:
    """Candidates for "Given Surname" (and "Surname Given", as Hungarians write it) where the
    given name is in the shipped gazetteer and the other word is no ordinary word: "Samira
    Haidari shared...", "Kovács Zoltán je predložio...". Names on the list are left to it."""

    given = gazetteer_names()
    words = tokens.words
    if given.isdisjoint(tokens.vocab):
        return []
    common = common_words()
    out: list[Candidate] = []
    n = len(words)
    for i in tokens.positions(given):
        if tokens.starts[i] in covered or not tokens.is_capitalised(i) or tokens.is_upper(i):
            continue
        first = last = -1
        if i + 1 < n and tokens.joined(i, i + 1, " -") and _surname_like(tokens, i + 1, common):
            first, last = i, i + 1
        elif _particle_surname(tokens, i):
            first, last = i, i + 2  # "Hiba al-Masri", "Yasmin bin Tariq", "Jan van Dijk"
        elif (
            i > 0
            and tokens.joined(i - 1, i, " ")
            and _surname_like(tokens, i - 1, common)
            and not (i + 1 < n and tokens.joined(i, i + 1, " ") and tokens.is_capitalised(i + 1))
        ):
            first, last = i - 1, i
        if first < 0 or tokens.starts[first] in covered:
            continue
        out.append(_name_candidate(tokens, tokens.starts[first], tokens.ends[last], rank))
    return out


_GAZETTEER: frozenset[str] | None = None


def gazetteer_names() -> frozenset[str]:
    """The given names :func:`gazetteer_candidates` knows (built on first use)."""
    global _GAZETTEER
    if _GAZETTEER is None:
        _GAZETTEER = _gazetteer()
    return _GAZETTEER


# ---------------------------------------------------------------- a name standing alone
# What only a person does right after their name: verbs of speaking, reporting and opinion, in
# the forms a note-taker writes ("Farida doubted", "Senada kaže", "Aylin i Soraya su pitale").
OPINION_VERBS = frozenset({
    "thought", "thinks", "felt", "feels", "doubted", "doubts", "wondered", "wonders", "knew",
    "knows", "named", "listed", "questioned", "challenged", "countered", "objected", "hoped",
    "worried", "fears", "feared", "expects", "expected", "recommended", "recommends",
    "complained", "insisted", "wants", "wanted", "asked", "answered", "replied", "told",
    "brought", "raised", "shared", "described", "explained", "admitted", "cited", "quoted",
    "kaze", "kazu", "trazi", "traze", "trazio", "trazila", "trazili", "trazile", "rekle",
    "rekli", "pitale", "pitali", "kazala", "kazale", "mislila", "mislio", "misle", "smatraju",
    "smatrala", "smatrao", "sumnja", "sumnjao", "sumnjala", "predlaze", "predlazu", "navele",
    "naveli", "podsetile", "podsetili", "upozoravaju", "upozorile", "ispricala", "ispricao",
    "ispricale", "naglasila", "naglasio", "dodale", "dodali", "tvrde", "veruju", "znaju",
    "slozila", "slozio", "slozile", "slozili", "slaze", "slazu", "recounted", "recalls",
    "writes", "wrote", "agrees", "disagrees", "disagreed", "asking", "saying", "arguing",
    "insisting", "telling", "repeating", "complaining", "explaining", "warning",
    "pressed", "pushed", "demanded", "appealed", "objects", "presses", "pushes",
})  # fmt: skip
# "X wasn't sure", "X was not convinced", "X nije bila sigurna": doubt is a person's.
_NEGATED = frozenset({"wasn", "isn", "didn", "doesn", "wasnt", "isnt", "didnt", "doesnt"})
_DOUBT = frozenset({"sure", "convinced", "persuaded", "happy", "certain", "think", "believe",
                    "agree", "know", "buy", "siguran", "sigurna", "ubedjen", "ubedjena",
                    "uverena", "uveren", "saglasan", "saglasna", "zadovoljan",
                    "zadovoljna"})  # fmt: skip
_AUXILIARIES = frozenset({"je", "su", "has", "had", "have", "was", "is", "also", "takodje",
                          "then", "still", "onda", "jos", "i", "only", "just", "se", "kept",
                          "keeps", "again", "opet", "bila", "bio",
                          # "Ljubica nam je rekla", "Zec mi je lično rekao"
                          "nam", "mi", "im", "joj", "mu", "licno"})  # fmt: skip
# "Hope can be reached on 064...", "Vesna je dostupna na ...": contact details of a person.
_REACHED = frozenset({"reached", "contacted", "reachable", "dostupna", "dostupan", "dobiti"})


def person_predicate(tokens: Tokens, i: int, gap: str = " '") -> int | None:
    """Index of the last word showing that word ``i`` is a person acting (a verb of speaking,
    reporting or opinion after it, perhaps after an auxiliary or a negation), else ``None``.

    Shared by the unlisted-name rule here and the given-name homonyms of the term matcher.
    """
    ws = tokens.words
    n = len(ws)
    k = i + 1
    for _ in range(3):
        if k >= n or not tokens.joined(k - 1, k, gap if k == i + 1 else " '"):
            return None
        w = ws[k]
        if w in SPEECH_VERBS or w in REPORT_VERBS or w in OPINION_VERBS:
            return k
        if w in _DOUBT and k > i + 1:
            return k  # "Farida is convinced", "Senada je sigurna"
        if w in _NEGATED or w in ("not", "never", "nije", "nisu", "ne"):
            j = k + 1
            if j < n and ws[j] == "t":
                j += 1
            if j < n and ws[j] in ("be", "bila", "bio", "bile", "bili"):
                j += 1
            if j < n and (ws[j] in _DOUBT or ws[j] in OPINION_VERBS or ws[j] in REPORT_VERBS):
                return j
            return None
        if w in ("can", "could", "may", "moze", "mozete") and k + 2 < n:
            if ws[k + 1] in ("be", "se") and ws[k + 2] in _REACHED:
                return k + 2
            return None
        if w not in _AUXILIARIES:
            return None
        k += 1
    return None


# Every word person_predicate can end on or turn on: a cheap test before looking for names.
_PREDICATE_WORDS = (
    SPEECH_VERBS
    | REPORT_VERBS
    | OPINION_VERBS
    | _NEGATED
    | _DOUBT
    | {"not", "never", "nije", "nisu", "ne", "can", "could", "may", "moze", "mozete"}
)
_SPEAKER_WORDS = frozenset({"according", "ja", "i"})

# Places and rivers that are given names too: alone, they are a person only in person context.
GEOGRAPHIC_NAMES = frozenset({
    "sava", "drina", "morava", "tisa", "una", "neretva", "lika", "bosna", "jordan", "sofia",
    "sofija", "milan", "victoria", "viktorija", "florence", "georgia", "india", "israel",
    "paris", "sydney", "chelsea", "adelaide", "lima", "kenya", "nis", "tamis", "timok",
    "chad", "atina", "geneva", "rim",
})  # fmt: skip
_CONJUNCTIONS = frozenset({"i", "and", "&"})
_NOT_ALONE = GEOGRAPHIC_NAMES | frozenset({
    # Modal and ordinary words a capital at the start of a sentence makes look like names.
    "will", "may", "can", "june", "april", "august", "ali", "ana", "sun", "summer", "sunny",
    "art", "bill", "jack", "chase", "guy", "dean", "gene", "drew", "pat", "miles",
})  # fmt: skip


# Given names that are frequent words too and still mostly a name when capitalised before a
# verb ("John said", "Kim thinks"); every other frequent word is left out of the lone-name
# rule, since "Niko ne zna" (nobody knows), "Vlade traže" or "Sami kažu" are no names.
_NAMES_THOUGH_FREQUENT = frozenset({
    "tom", "kim", "george", "harry", "henry", "james", "john", "david", "michael", "paul",
    "peter", "robert", "william", "maja", "marta", "petra", "ivan", "ivana", "jovan", "marko",
    "nikola", "petar", "slobodan", "vladimir", "aleksandar", "marija",
})  # fmt: skip
_LONE: frozenset[str] | None = None


def _lone_names() -> frozenset[str]:
    """Given names that may stand alone before a verb (built on first use)."""
    global _LONE
    if _LONE is None:
        frequent = frequent_words() - _NAMES_THOUGH_FREQUENT - KNOWN_GIVEN_NAMES
        _LONE = known_given_names() - frequent - _NOT_ALONE
    return _LONE


def _given_anywhere(w: str) -> bool:
    return w in _lone_names()


def lone_name_candidates(
    tokens: Tokens, rank: int = 0, covered: frozenset[int] = frozenset()
) -> list[Candidate]:
    """Candidates for a given name of the gazetteer standing alone as the subject of a verb of
    speaking or opinion ("Farida doubted...", "Senada kaže...", "Aylin i Soraya su pitale..."),
    with a capitalised word after it taken as the surname ("Imre Szabo wants...")."""
    given = _lone_names()
    ws = tokens.words
    n = len(ws)
    out: list[Candidate] = []
    if _PREDICATE_WORDS.isdisjoint(tokens.vocab) and _SPEAKER_WORDS.isdisjoint(tokens.vocab):
        if "," not in tokens.text.folded:
            return out
    elif "," in tokens.text.folded:
        out += _appositive_names(tokens, rank, covered, given)
    if given.isdisjoint(tokens.vocab):
        return out
    done = -1
    starts = tokens.starts
    for i in tokens.positions(given):
        if (
            i <= done
            or starts[i] in covered
            or not tokens.is_capitalised(i)
            or tokens.is_upper(i)
            or (i > 0 and ws[i - 1] in _DETERMINERS)
        ):
            continue
        # The subject: a name, its surname, and names joined by "i"/"and".
        names = [(i, i)]
        k = i
        if (
            k + 1 < n
            and tokens.joined(k, k + 1, " ")
            and tokens.is_capitalised(k + 1)
            and not tokens.is_upper(k + 1)
        ):
            k += 1  # the surname, whatever it is: "Imre Szabo wants"
            names[-1] = (i, k)
        while (
            k + 2 < n
            and ws[k + 1] in _CONJUNCTIONS
            and tokens.joined(k, k + 1, " ,")
            and tokens.joined(k + 1, k + 2, " ")
            and _given_anywhere(ws[k + 2])
            and tokens.is_capitalised(k + 2)
        ):
            k += 2
            names.append((k, k))
        verb = person_predicate(tokens, k)
        if verb is None and len(names) > 1 and k + 1 < n and ws[k + 1] in ("su", "are", "were"):
            verb = person_predicate(tokens, k + 1)
        if verb is None:
            verb = _origin_then_verb(tokens, k)
        if verb is None:
            verb = _with_the_speaker(tokens, i, k)
        if verb is not None:
            for first, last in names:
                if tokens.starts[first] in covered:
                    continue
                out.append(_name_candidate(tokens, tokens.starts[first], tokens.ends[last], rank))
        done = k
    return out


_ORIGIN = frozenset({"iz", "from", "sa", "od"})


def _origin_then_verb(tokens: Tokens, k: int) -> int | None:
    """The verb after a name and where its bearer is from: "Dževdet iz naselja kaže", "Amal
    from the night shelter says" (an adjunct of origin between a subject and its verb)."""
    ws = tokens.words
    n = len(ws)
    if k + 2 >= n or ws[k + 1] not in _ORIGIN or not tokens.joined(k, k + 1, " "):
        return None
    for m in range(k + 2, min(n, k + 5)):
        if not tokens.joined(m - 1, m, " -"):
            return None
        verb = person_predicate(tokens, m)
        if verb is not None:
            return verb
    return None


def _appositive_names(
    tokens: Tokens, rank: int, covered: frozenset[int], lone: frozenset[str]
) -> list[Candidate]:
    """Given names that are ordinary words too ("Hope", "Grace", "Nada"), when an apposition
    describing a person and a verb of speaking follow: "Hope, the British volunteer, asked".
    An apposition is the way one introduces a person, never a word."""

    names = known_given_names()
    ws = tokens.words
    out: list[Candidate] = []
    for i, w in enumerate(ws):
        if w in lone or w not in names or w in _NOT_ALONE or tokens.starts[i] in covered:
            continue
        if not tokens.is_capitalised(i) or tokens.is_upper(i):
            continue
        if (i > 0 and ws[i - 1] in _DETERMINERS) or not tokens.text.folded.startswith(
            ",", tokens.ends[i]
        ):
            continue
        if _with_the_speaker(tokens, i, i) is not None:
            out.append(_name_candidate(tokens, tokens.starts[i], tokens.ends[i], rank))
    return out


_APPOSITION = 6  # words between the commas of "Farida, a nurse from Kikinda, said"


def _with_the_speaker(tokens: Tokens, i: int, k: int) -> int | None:
    """Other signs that the name (words ``i..k``) is a participant: "Farida and I", "Farida i
    ja", "according to Farida", an apposition before the verb ("Farida, a nurse, said")."""
    ws = tokens.words
    n = len(ws)
    if k + 2 < n and (ws[k + 1], ws[k + 2]) in (("and", "i"), ("i", "ja")):
        if tokens.joined(k, k + 1, " ") and tokens.joined(k + 1, k + 2, " "):
            return k + 2
    if i >= 2 and (ws[i - 2], ws[i - 1]) == ("according", "to"):
        return k
    if tokens.text.folded.startswith(",", tokens.ends[k]):
        # The apposition must describe a person ("a nurse", "socijalna radnica"): "Zora, the
        # word for dawn, was suggested" is about the word.
        for m in range(k + 1, min(n - 1, k + _APPOSITION)):
            if tokens.text.folded.startswith(",", tokens.ends[m]):
                if PERSON_NOUNS.isdisjoint(ws[k + 1 : m + 1]):
                    return None
                return person_predicate(tokens, m, " ,")
    return None


# Prepositions after which a name in its Serbian case is a person one talks to or agrees with.
_WITH = frozenset({"sa", "s", "prema"})
_NAME_CASES = (("om", ""), ("em", ""), ("u", ""), ("a", ""), ("i", "a"), ("u", "a"),
               ("om", "a"), ("e", "a"), ("jom", "ja"), ("ji", "ja"))  # fmt: skip


def _name_in_case(word: str) -> bool:
    """Whether a folded word is a case form of a gazetteer name ("aminom", "ahmedu")."""
    names = _lone_names()
    for ending, base in _NAME_CASES:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            if word[: -len(ending)] + base in names:
                return True
    return False


def inflected_name_candidates(
    tokens: Tokens, rank: int = 0, covered: frozenset[int] = frozenset()
) -> list[Candidate]:
    """Candidates for a gazetteer name in a Serbian case after "sa"/"s"/"prema" ("slažem se sa
    Aminom", "prema Ahmedu"): one talks with, and cites, a person."""
    ws = tokens.words
    out: list[Candidate] = []
    if _WITH.isdisjoint(tokens.vocab) or not tokens.serbian:
        return out
    for i in [i for i, w in enumerate(ws[1:], start=1) if ws[i - 1] in _WITH]:
        if tokens.starts[i] in covered or not tokens.is_capitalised(i) or tokens.is_upper(i):
            continue
        if not tokens.joined(i - 1, i, " ") or not _name_in_case(ws[i]):
            continue
        out.append(_name_candidate(tokens, tokens.starts[i], tokens.ends[i], rank))
    return out


# Nouns of what a person says or thinks: "Yonas's question", "Dritanov predlog".
_SAYING_NOUNS = frozenset({
    "point", "question", "questions", "remark", "remarks", "comment", "comments", "view",
    "views", "concern", "concerns", "proposal", "suggestion", "story", "example", "argument",
    "objection", "idea", "answer", "intervention", "presentation", "account", "testimony",
    "experience", "warning", "complaint", "request", "reply", "response", "position",
    "komentar", "komentara", "komentaru", "pitanje", "pitanja", "pitanju", "predlog",
    "predloga", "predlogu", "primedba", "primedbu", "primedbe", "stav", "stava", "stavu",
    "misljenje", "misljenja", "prica", "pricu", "price", "poenta", "poentu", "izlaganje",
    "izlaganju", "izlaganja", "zahtev", "zahteva", "ideja", "ideju", "primer",
    "primera", "odgovor", "odgovora", "reakcija", "reakciju", "upozorenje", "svedocenje",
    "iskustvo", "intervencija", "intervenciju", "opaska", "opasku", "zamerka", "zamerku",
    # A person's people: "Farida's team", "Dritanove kolege".
    "team", "colleague", "colleagues", "organisation", "organization", "office", "sister",
    "brother", "husband", "wife", "daughter", "son", "family", "tim", "kolege", "kolega",
    "koleginica", "sestra", "brat", "muz", "zena", "cerka", "sin", "porodica",
})  # fmt: skip
# What only a person (not an agency) usually has: an unknown word before "'s" needs one of
# these ("Tesfay's question"), since "Frontex's view" or "Caritas's position" are bodies.
_PERSONAL_SAYING = frozenset({"point", "question", "questions", "remark", "remarks", "comment",
                              "comments", "story", "intervention", "testimony", "objection",
                              "example", "anecdote", "experience"})  # fmt: skip
_POSSESSIVE_ENDINGS = ("ov", "ova", "ovo", "ove", "ovi", "ovu", "ovog", "ovom", "ovoj", "ev",
                       "eva", "evo", "eve", "evu", "evog", "evom", "evoj", "in", "ina", "ino",
                       "ine", "ini", "inu", "inog", "inom", "inoj")  # fmt: skip


def _possessed_name(word: str) -> str | None:
    """The given name a Serbian possessive adjective is made of ("dritanov" -> "dritan",
    "senadin" -> "senada"), when it is one of the gazetteer's."""
    for ending in _POSSESSIVE_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            for base in (stem + "a",) if ending[0] == "i" else (stem, stem + "o"):
                if _given_anywhere(base):
                    return base
    return None


def possessive_name_candidates(
    tokens: Tokens, rank: int = 0, covered: frozenset[int] = frozenset()
) -> list[Candidate]:
    """Candidates for a possessive of a name not on the list before a noun of what a person
    says: "Yonas's question", "Dritanov predlog", "Senadino pitanje". The English possessive
    takes a gazetteer name, or for a question, point or remark any capitalised word that is no
    ordinary word (not "Frontex's view"); the Serbian one a gazetteer name."""

    ws = tokens.words
    out: list[Candidate] = []
    if _SAYING_NOUNS.isdisjoint(tokens.vocab):
        return out
    folded = tokens.text.folded
    common = common_words()
    for j in [j for j, w in enumerate(ws) if w in _SAYING_NOUNS and j > 0]:
        i = j - 1
        english = ws[i] == "s" and i > 0 and folded.startswith("'s", tokens.ends[i - 1])
        if english:
            i -= 1  # the name without its "'s", as the other name rules give it
        end = tokens.ends[i]
        if tokens.starts[i] in covered or not tokens.is_capitalised(i) or tokens.is_upper(i):
            continue
        w = ws[i]
        if english:
            unknown = (
                ws[j] in _PERSONAL_SAYING
                and w not in common
                and w.isalpha()
                and len(w) >= 3
                and not w.startswith(PUBLIC_PREFIXES)
                and not (i > 0 and tokens.joined(i - 1, i, " ") and tokens.is_capitalised(i - 1))
            )
            if not (_given_anywhere(w) or unknown):
                continue
        elif not (tokens.serbian and _possessed_name(w)):
            continue
        out.append(_name_candidate(tokens, tokens.starts[i], end, rank))
    return out


_FROM_BODY = frozenset({"iz", "from", "ispred"})


def name_before_body(
    tokens: Tokens, bodies: list[int], rank: int = 0, covered: frozenset[int] = frozenset()
) -> list[Candidate]:
    """Candidates for the capitalised word just before "iz"/"from" and a listed or named
    organisation (word indices ``bodies``): "Saši iz Romano Droma su obećali", "Tamsin from
    IAN said". Only a person comes from an organisation, so the word is a name whether or not
    the gazetteer knows it (a nickname, a rare name), unless it is an ordinary word
    ("Ljudi iz ...", "Kolege from ...") that is nobody's given name."""

    ws = tokens.words
    out: list[Candidate] = []
    common = common_words()
    given = known_given_names()
    for j in bodies:
        i = j - 2
        if i < 0 or ws[j - 1] not in _FROM_BODY or tokens.starts[i] in covered:
            continue
        w = ws[i]
        if not (w.isalpha() and tokens.is_capitalised(i)) or tokens.is_upper(i):
            continue
        if not (tokens.joined(i, j - 1, " ") and tokens.joined(j - 1, j, " ")):
            continue
        if w in PERSON_NOUNS or (w in common and w not in given):
            continue
        out.append(_name_candidate(tokens, tokens.starts[i], tokens.ends[i], rank))
    return out


# English words that head a part of the notes, some of them also given names ("Case: ...");
# "Grace:" or "Mark:" before what was said is a speaker.
_HEADINGS = frozenset({"case", "note", "notes", "update", "summary", "action", "question",
                       "answer", "issue", "point", "topic", "comment", "example", "context",
                       "background", "reply", "response", "decision", "result", "results",
                       "proposal", "conclusion", "follow", "story", "quote"})  # fmt: skip


def speaker_label_candidates(
    tokens: Tokens, rank: int = 0, covered: frozenset[int] = frozenset()
) -> list[Candidate]:
    """Candidates for a speaker's label opening a note: a given name, perhaps with one more
    word (the surname), then a colon ("sasa ajdini: kad ima obroka...", "Imre: the buses").
    Notes are often taken as "who: what"; a given name in that place is whoever spoke, in
    capitals or not (a given name that is also an ordinary word needs more: see matcher)."""
    folded = tokens.text.folded
    out: list[Candidate] = []
    if ":" not in folded:
        return out

    ws = tokens.words
    given = known_given_names()
    for i, w in enumerate(ws):
        if w not in given or w in AMBIGUOUS_WORDS or tokens.starts[i] in covered:
            continue
        if w in _HEADINGS:
            continue  # "Case: an unaccompanied girl ...", "Note: ...": a heading of the notes
        if not tokens.sentence_initial(i) or tokens.is_upper(i):
            continue
        last = i
        if (
            i + 1 < len(ws)
            and tokens.gap(i, i + 1) == " "
            and ws[i + 1].isalpha()
            and (tokens.is_capitalised(i + 1) == tokens.is_capitalised(i))
        ):
            last = i + 1
        if folded[tokens.ends[last] : tokens.ends[last] + 1] != ":":
            if last == i or folded[tokens.ends[i] : tokens.ends[i] + 1] != ":":
                continue
            last = i
        out.append(_name_candidate(tokens, tokens.starts[i], tokens.ends[last], rank))
    return out
