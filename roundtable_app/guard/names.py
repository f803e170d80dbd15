"""Word lists and heuristics for personal names that are *not* on the event's list.

Precision matters more than recall here (a guard that cries wolf gets switched off), so only
strong signals are used: a Serbian surname shape (-ić, -ović, -ević, in any case ending), and a
common given name written as a name next to a surname or a verb of speaking.
"""

from __future__ import annotations

import re

from roundtable_app.guard.finding import Candidate
from roundtable_app.guard.tokens import Tokens

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
                          "andric", "cvijic", "milankovic"})  # fmt: skip

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

_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "our", "their", "its", "his", "her"})

# Serbian surname shape on folded text: -ić (written -ic) and its case endings / possessives.
_IC_ENDINGS = ("", "a", "u", "em", "om", "e", "i", "ima", "ev", "eva", "evo", "evog", "evom",
               "evoj", "evih", "eve", "evu", "evi")  # fmt: skip
_IC_SURNAME = re.compile(r"([a-z]{2,}ic)(?:" + "|".join(_IC_ENDINGS) + ")")
# Cheap C-level pre-filter before the regular expression.
_IC_TAILS = tuple("ic" + e for e in _IC_ENDINGS)
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


def _looks_like_serbian_surname(tokens: Tokens, i: int) -> bool:
    word = tokens.words[i]
    m = _IC_SURNAME.fullmatch(word)
    if m is None or m.group(1) in PUBLIC_FIGURES or not tokens.is_capitalised(i):
        return False
    given_before = i > 0 and tokens.words[i - 1] in KNOWN_GIVEN_NAMES and tokens.joined(i - 1, i)
    if not given_before and _written_as_place(tokens, i, m.group(1)):
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
    if len(word) >= 8 and word.endswith(_ENGLISH_IC_ENDINGS):
        return False
    return not tokens.sentence_initial(i) or _speech_follows(tokens, i)


def _written_as_place(tokens: Tokens, i: int, stem: str) -> bool:
    """Whether the -ić word ``i`` (stem ``stem``) reads as a place: a known place, or a case
    form that follows a preposition of place ("u Paliću", "iz Bogatića", "in Palić")."""
    if stem in PLACE_SURNAMES:
        return True
    if i == 0:
        return False
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
    if "ic" not in tokens.text.folded and KNOWN_GIVEN_NAMES.isdisjoint(words):
        return out
    suspects = [
        i
        for i, w in enumerate(words)
        if w in KNOWN_GIVEN_NAMES or ("ic" in w and w.endswith(_IC_TAILS))
    ]
    for i in suspects:
        if tokens.starts[i] in covered:
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
                end = i + 1 if nxt_cap else i
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


def _gazetteer() -> frozenset[str]:
    from roundtable_app.guard.lexicon import frequent_words, known_given_names
    from roundtable_app.guard.tokens import SERBIAN_SMALL_WORDS

    # Names of the short list above are found by name_candidates already.
    return (
        known_given_names()
        - _FUNCTION_WORDS
        - SERBIAN_SMALL_WORDS
        - AMBIGUOUS_WORDS
        - KNOWN_GIVEN_NAMES
        - frequent_words()
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
    from roundtable_app.guard.lexicon import common_words

    given = gazetteer_names()
    words = tokens.words
    if given.isdisjoint(words):
        return []
    common = common_words()
    out: list[Candidate] = []
    n = len(words)
    for i in [i for i, w in enumerate(words) if w in given]:
        if tokens.starts[i] in covered or not tokens.is_capitalised(i) or tokens.is_upper(i):
            continue
        first = last = -1
        if i + 1 < n and tokens.joined(i, i + 1, " -") and _surname_like(tokens, i + 1, common):
            first, last = i, i + 1
        elif (
            i > 0
            and tokens.joined(i - 1, i, " ")
            and _surname_like(tokens, i - 1, common)
            and not (i + 1 < n and tokens.joined(i, i + 1, " ") and tokens.is_capitalised(i + 1))
        ):
            first, last = i - 1, i
        if first < 0 or tokens.starts[first] in covered:
            continue
        a, b = tokens.text.span(tokens.starts[first], tokens.ends[last])
        out.append(
            Candidate(
                tokens.starts[first],
                tokens.ends[last],
                "person",
                "medium",
                f"looks like a personal name: {tokens.text.original[a:b]}",
                "a participant",
                rank,
            )
        )
    return out


_GAZETTEER: frozenset[str] | None = None


def gazetteer_names() -> frozenset[str]:
    """The given names :func:`gazetteer_candidates` knows (built on first use)."""
    global _GAZETTEER
    if _GAZETTEER is None:
        _GAZETTEER = _gazetteer()
    return _GAZETTEER
