"""Serbian morphology, just enough to recognise a protected word in any grammatical case.

Instead of stripping endings from every word of every remark (slow, and it makes "Petrovaradin"
look like "Petrović"), each protected word is expanded once, when the matcher is built, into the
closed set of its inflected forms. A word of a remark then matches only if it *is* one of those
forms: the stem must be the term's stem and the ending must be a known case ending.
All functions work on folded text (lower case ASCII, see :mod:`normalise`).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import product

from roundtable_app.guard.normalise import cyrillic_to_latin, fold_str

# Endings of nouns and names whose base form ends in a consonant (Petrović, Stefan, zamenik):
# genitive, dative/locative, instrumental (-om/-em after palatals, but we accept both),
# vocative, plural forms (and the English plural: "Deputy Commissioners").
_CONSONANT_ENDINGS = ("", "a", "u", "om", "em", "e", "i", "ima", "ovi", "ove", "ova", "ovima",
                      "evi", "eve", "eva", "evima", "s")  # fmt: skip
# Feminine and masculine a-stems (Milica, Jelena, Nikola, komisija).
_A_ENDINGS = ("a", "e", "i", "u", "om", "o", "ama")
A_ENDINGS = _A_ENDINGS  # for acronyms read as words (entries.py)
# o-stems and e-stems (Marko, Đorđe, centre in a Serbian sentence).
_O_ENDINGS = ("o", "a", "u", "om", "e")
_E_ENDINGS = ("e", "a", "u", "om", "em")
# Possessive adjectives built on a name: Petrovićev(a/o/og...), Jelenin(a/o/og...).
_ADJ_ENDINGS = ("", "a", "o", "e", "i", "u", "og", "oga", "om", "ome", "oj", "im", "ih", "ima")
# Endings of an adjective inside a multi-word name (Pokrajinska → Pokrajinskoj, glavni →
# glavnog/glavnim): the same set on the stem left once the ending of the base form is cut.
_ADJ_CASES = ("a", "e", "i", "o", "u", "og", "oga", "om", "ome", "omu", "oj", "im", "ih", "ima",
              "eg", "em", "emu")  # fmt: skip
# Surnames that are adjectives in form (folded: -čki is -cki), and their case endings by the
# last letter of the base form: masculine -ski, feminine -ska (-sky is the English spelling).
# Feminine surnames in -ova/-eva (Benková, Ivanova, Kovaleva) decline as adjectives too:
# "Benkovoj" (dative), which the noun endings of -a do not give.
_ADJ_SURNAMES = ("ski", "cki", "sky", "ska", "cka", "ova", "eva")
_ADJ_SURNAME_CASES = {
    "i": ("og", "oga", "om", "ome", "omu", "im", "ima", "ih", "e", "u", "oj", "a"),
    "y": ("og", "om", "im"),
    "a": ("e", "oj", "u", "om", "i"),
}
# Plural endings of a consonant-stem noun (and the English -s): a role in the plural is usually
# the class of officials, not the one person ("Poverenici za izbeglice postoje svuda").
_PLURAL_ENDINGS = frozenset({"i", "ima", "ovi", "ove", "ova", "ovima", "evi", "eve", "eva",
                             "evima", "s", "e"})  # fmt: skip

# Words too short to inflect safely, and function words inside multi-word names.
_NO_INFLECTION = frozenset({"of", "the", "for", "and", "on", "in", "at", "za", "i", "u", "na",
                            "od", "do", "sa", "s", "o", "po", "iz", "pri", "de", "la", "le",
                            "du", "des", "von", "van", "al", "el", "bin", "ibn"})  # fmt: skip


_VOWELS = frozenset("aeiou")


def inflections(
    word: str,
    *,
    possessive: bool = False,
    feminine: bool = False,
    adjective: bool = False,
    plural: bool = True,
    fleeting: bool = True,
) -> set[str]:
    """All folded forms of ``word`` (itself included) that the guard treats as the same word.

    ``possessive`` adds the possessive adjectives (Petrovićeva, Jelenin) for person names;
    ``feminine`` adds the feminine of a title (zamenik → zamenica, direktor → direktorka);
    ``adjective`` adds adjective case endings for a word inside a multi-word name
    (pokrajinska → pokrajinskoj, glavni → glavnog); ``plural=False`` leaves out the plural of a
    consonant-stem noun (poverenik → poverenici) and its palatalised forms; ``fleeting=False``
    leaves out the fleeting a (a given name keeps it: Slobodan → Slobodana, while "slobodna"
    is the adjective).
    """
    if len(word) < 3 or word in _NO_INFLECTION or not word.isalpha():
        return {word}
    forms = {word}
    if possessive:
        forms.add(word + "s")  # the English plural of a name: "both Noorzais"
    if feminine and word[-1] not in _VOWELS:
        female = word[:-2] + "ica" if word.endswith("ik") else word + "ka"
        female_forms = inflections(female)
        if not plural:
            female_forms -= {female[:-1] + "ama"}
        forms |= female_forms
    if feminine and len(word) >= 6 and word.endswith(("ica", "ka")):
        # The same role held by a man: poverenica → poverenik, direktorka → direktor.
        male = word[:-3] + "ik" if word.endswith("ica") else word[:-2]
        forms |= inflections(male, plural=plural)
        if not plural:
            forms.update(inflections(word) - {word[:-1] + "ama"})
            return forms
    if possessive and fleeting and len(word) >= 5 and word.endswith("ac"):
        # The fleeting a goes before the possessive too, and c turns into č (the same folded
        # letter): Mokranjac → Mokranjčev, Bihorac → Bihorčeva.
        forms.update(word[:-2] + "cev" + e for e in _ADJ_ENDINGS)
    if adjective and len(word) >= 4 and word[-1] in "aeio":
        forms.update(word[:-1] + e for e in _ADJ_CASES)
    if possessive and len(word) >= 6 and word.endswith(_ADJ_SURNAMES):
        # Petrovski, Stojanovska, Jelicki decline as adjectives: Petrovskog, Petrovskom,
        # Petrovskim, Stojanovskoj; the noun endings below do not produce these.
        forms.update(word[:-1] + e for e in _ADJ_SURNAME_CASES[word[-1]])
    last = word[-1]
    if last == "a":
        stem = word[:-1]
        forms.update(stem + e for e in _A_ENDINGS)
        if possessive:
            forms.update(stem + "in" + e for e in _ADJ_ENDINGS)
    elif last == "o":
        stem = word[:-1]
        forms.update(stem + e for e in _O_ENDINGS)
        if possessive:
            # Nicknames in -o decline like -a too: Ljubo → Ljube, Ljubi ("Ljubi je zahvaljeno").
            forms.add(stem + "i")
            forms.update(stem + "ov" + e for e in _ADJ_ENDINGS)
            # A foreign name keeps its o before the possessive: Szabó → Saboova, Kiko →
            # Kikoov (Serbian Marko → Markov drops it: both are kept); and before a case
            # ending: Sabou, Saboa, Saboom.
            forms.update(word + "ov" + e for e in _ADJ_ENDINGS)
            forms.update(word + e for e in ("a", "u", "om"))
    elif last == "e":
        stem = word[:-1]
        forms.update(stem + e for e in _E_ENDINGS)
        # Names in -e often decline with -t-, as "dete" does: Dule → Duleta, Duletu, Duletom.
        forms.update(word + "t" + e for e in ("a", "u", "om"))
        if possessive:
            # Đorđe → Đorđev (after a palatal), Pavle → Pavlov: both are cheap to keep; Dule
            # → Duletov.
            forms.update(stem + p + e for p in ("ov", "ev") for e in _ADJ_ENDINGS)
            forms.update(word + "tov" + e for e in _ADJ_ENDINGS)
    elif last in "iy":
        # Foreign names ending in a vowel take -j- before the ending: Rahimi → Rahimija.
        forms.update(word + "j" + e for e in ("a", "u", "em", "om", "e"))
        if possessive:
            forms.update(word + "jev" + e for e in _ADJ_ENDINGS)
    elif last == "u":
        forms.update(word + e for e in ("a", "om", "em", "ov", "ova"))
    else:
        endings: tuple[str, ...] = _CONSONANT_ENDINGS
        if not plural:
            endings = tuple(e for e in endings if e not in _PLURAL_ENDINGS)
        forms.update(word + e for e in endings)
        # Plural palatalisation: zamenik → zamenici, kolega-like changes are ignored.
        for hard, soft in (("k", "c"), ("g", "z"), ("h", "s")) if plural else ():
            if word.endswith(hard):
                forms.update(word[:-1] + soft + e for e in ("i", "ima"))
        if possessive and word.endswith("c") and len(word) >= 5:
            # The colloquial feminine of a surname: Jakšić → Jakšićka, Jakšićku, Jakšićkom,
            # and its possessive: Jakšićkin, Jakšićkinim; Lukač → Lukačka as well.
            forms.update(word + "k" + e for e in _A_ENDINGS)
            forms.update(word + "kin" + e for e in _ADJ_ENDINGS)
        if possessive:
            # Foreign women's names ending in a consonant take -in: Eszter → Eszterinim.
            forms.update(word + p + e for p in ("ov", "ev", "in") for e in _ADJ_ENDINGS)
            if word.endswith(("ov", "ev", "in")) and len(word) >= 5:
                # A surname that is itself a possessive (Petrov, Ivanov, Georgiev) takes -ljev:
                # Petrovljev predlog, Ivanovljevoj.
                forms.update(word + "ljev" + e for e in _ADJ_ENDINGS)
            # Vocative with palatalisation: Vuk → Vuče, Oleg → Olež, Vlah → Vlaše.
            for hard, soft in (("k", "c"), ("g", "z"), ("h", "s")):
                if word.endswith(hard):
                    forms.add(word[:-1] + soft + "e")
        if fleeting and len(word) >= 5 and word[-2] == "a" and word[-3] not in _VOWELS:
            # The fleeting a: centar → centra, Petrovac → Petrovca, projekat → projekta,
            # načelnik stays. Where the a does not drop, the extra forms are not words at all.
            shortened = word[:-2] + word[-1]
            cases = ("a", "u", "om", "em", "e", "i", "ima") if plural else ("a", "u", "om", "em")
            forms.update(shortened + e for e in cases)
            if word.endswith("lac") and len(word) >= 6:
                # Once the a drops, the l closing the syllable turns into o: tužilac →
                # tužioca, tužiocu; izvestilac → izvestioca; branilac → branioca.
                forms.update(word[:-3] + "oc" + e for e in cases)
                if not plural:
                    # ...so "tužilaca", "prevodilaca" keep the a only as the genitive plural.
                    forms.discard(word + "a")
    return forms


def plural_lookalikes(word: str) -> set[str]:
    """Forms of a role word that are also the masculine nominative plural: "zamenici" is her
    dative ("pisali smo zamenici") and their plural ("zamenici postoje svuda")."""
    if word.endswith("ik"):
        return {word[:-1] + "ci"}
    if word.endswith("ica"):
        return {word[:-1] + "i"}
    return set()


def spelling_variants(spelling: str) -> set[str]:
    """Folded spellings a writer may use for ``spelling``.

    Besides plain folding (which already merges case, diacritics and Cyrillic), cover the two
    common ways of writing Serbian letters on a keyboard without them: ``đ`` as plain ``d``
    (Dukić) and the English transcription (Jovanovich, Djukich, Shaban, Zhivko).
    """
    latin = cyrillic_to_latin(spelling)
    variants = {fold_str(latin)}
    lower = latin.lower()
    if "đ" in lower:
        variants.add(fold_str(lower.replace("đ", "d")))
        # Each đ is typed as d or dj on its own: Đorđević → Dordjević, Djordević.
        parts = lower.split("đ")
        if len(parts) <= 4:
            for mix in product(("d", "dj"), repeat=len(parts) - 1):
                joined = "".join(a + b for a, b in zip(mix, parts[1:], strict=True))
                variants.add(fold_str(parts[0] + joined))
    if "ć" in lower:
        # ć typed as tj, as on a keyboard without it: Vukmirović → Vukmirovitj.
        variants.add(fold_str(lower.replace("ć", "tj")))
    if any(c in lower for c in "čćšžđ"):
        english = (
            lower.replace("č", "ch").replace("ć", "ch").replace("š", "sh").replace("ž", "zh")
        ).replace("đ", "dj")
        variants.add(fold_str(english))
    return variants


def words(folded: str) -> list[str]:
    """Split a folded spelling into words (letters and digits), dropping punctuation."""
    out: list[str] = []
    cur: list[str] = []
    for ch in folded:
        if ch.isalnum():
            cur.append(ch)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


def all_forms(ws: Iterable[str], *, possessive: bool = False) -> list[frozenset[str]]:
    """One set of accepted forms per word."""
    return [frozenset(inflections(w, possessive=possessive)) for w in ws]
