"""Names that name a thing: a street, a school, a gallery, a town named after someone, a king.

A participant's name on the list, or a name the gazetteer knows, is often also the name of a
place or an institution: "Ulica Milana Rakića", "OŠ „Branko Radičević“", "the gallery named after
the painter Nadežda Petrović", "Jagodina se zvala Svetozarevo, po Svetozaru Markoviću", "Knez
Miloš", "King Peter I Street". In those places the name says nothing about the room. The rules
read the words just around the name, never the name itself, so they hold for any event.
"""

from __future__ import annotations

import re
from functools import lru_cache

from roundtable_app.guard.indirect import CHILDREN, FORMER
from roundtable_app.guard.lexicon import public_figures
from roundtable_app.guard.matcher import SAINTS
from roundtable_app.guard.normalise import QUOTES
from roundtable_app.guard.serbian import inflections
from roundtable_app.guard.tokens import Tokens

# Streets, squares and boulevards take the name of their patron in the genitive after them
# ("Ulica Milana Rakića", "na Bulevaru dr Zorana Đinđića", "Трг Николе Пашића").
_STREETS = frozenset({"ulica", "ulice", "ulici", "ulicu", "ulicom", "ulicama", "bulevar",
                      "bulevara", "bulevaru", "bulevarom", "trg", "trga", "trgu", "trgom",
                      "setaliste", "setalista", "setalistu", "kej", "keja", "keju", "most",
                      "mosta", "mostu", "park", "parka", "parku"})  # fmt: skip
# A memorial to someone, their name in the dative or genitive after it (folded; not "biste",
# the conditional "you would", nor "ploči", also a board one writes on).
MEMORIALS = frozenset({"spomenik", "spomenika", "spomeniku", "spomenikom", "bista", "bistu",
                       "ploca", "ploce", "plocu", "plocom"})  # fmt: skip
# A word between a patron's name and the kind of school: "the X primary school".
_KIND_OF_SCHOOL = frozenset({"primary", "elementary", "secondary", "high", "music", "medical",
                             "art", "grammar", "technical", "nursery", "public"})  # fmt: skip
_MEMORIALS_EN = frozenset({"statue", "monument", "bust", "memorial", "grave", "tomb",
                           "portrait", "plaque"})  # fmt: skip
# In English the street's kind comes after the name: "King Peter I Street".
_AFTER_NAME = frozenset({"street", "st", "boulevard", "blvd", "square", "avenue", "road",
                         "bridge", "park", "school", "gymnasium", "gallery", "library",
                         "museum", "hospital", "theatre", "theater", "university",
                         "stadium", "airport", "institute", "foundation", "prize", "award",
                         "monument", "memorial", "statue", "street's", "ulica", "ulice",
                         "kindergarten", "hall", "clinic", "centre", "center",
                         "ulici", "ulicu", "ulicom", "bulevar", "bulevaru",
                         "bulevara"})  # fmt: skip
# Institutions named after a patron, the name in quotes after them: "OŠ „Branko Radičević“",
# "Gimnazija „Bora Stanković“", "galeriji „Nadežda Petrović“" (word beginnings, folded).
_INSTITUTIONS = ("os", "ss", "skol", "gimnazij", "galerij", "bibliotek", "muzej", "dom", "vrtic",
                 "sal", "hall", "amfiteat",
                 "kbc", "kc", "ukc", "klinik", "porodilist", "clinic",
                 "bolnic", "ustanov", "pozorist", "teat", "fondacij", "zaduzbin", "centar",
                 "centr", "klub", "udruzenj", "fakultet", "univerzitet", "institut", "nagrad",
                 "school", "gymnasium", "gallery", "library", "museum", "kindergarten",
                 "hospital", "theatre", "theater", "foundation", "club", "faculty",
                 "university", "institute", "prize", "award")  # fmt: skip
# Works whose titles are in quotes, the title after the noun or after the author's name:
# "Pesma Laze Kostića „Santa Maria della Salute“", "the film 'Vera'".
_WORKS = ("pesm", "poem", "song", "knjig", "book", "film", "roman", "novel", "predstav", "play",
          "slik", "painting", "oper", "serij", "series", "album", "emisij", "dokumentar",
          "documentary", "story", "stih", "verse")  # fmt: skip
_OPEN_QUOTES = tuple(QUOTES)
# A ruler or a noble, never a participant at a roundtable: "Knez Miloš", "King Peter I",
# "kralja Aleksandra", "car Dušan" (every case form, folded).
_RULERS = frozenset({"king", "queen", "prince", "princess", "tsar", "czar", "emperor",
                     "empress", "sultan", "duke", "kralj", "kralja", "kralju", "kraljem",
                     "kraljica", "kraljice", "kraljici", "kraljicu", "knez", "kneza", "knezu",
                     "knezom", "kneginja", "kneginje", "kneginji", "knjeginja", "car", "cara",
                     "caru", "carem", "carica", "carice", "princ", "princa", "princu",
                     "princeza", "princeze", "despot", "despota", "despotu", "zupan",
                     "zupana", "vozd", "vozda", "pope", "pontiff", "patriarch",
                     "patrijarh", "patrijarha", "patrijarhu", "patrijarhom", "papa", "pape",
                     "papi", "papu", "papom"})  # fmt: skip
# A village named by a family in the genitive plural and an ordinary noun: "Karajukića
# Bunari", "Jovanovića Brdo" (the noun's word beginnings, folded).
_PLACE_NOUNS = ("bunar", "brd", "pol", "potok", "dol", "kul", "vod", "luk", "selo", "sel",
                "mahal", "kraj", "most", "ravn", "livad", "gaj", "stan", "glav", "vrh",
                "kuc")  # fmt: skip
# Naming something after someone: "named after", "nazvana po", "zvala se ... po", "ime po".
_NAMED = frozenset({"named", "renamed", "called", "nazvan", "nazvana", "nazvano", "nazvanoj",
                    "nazvanom", "nazvanu", "nazvani", "nazvane", "preimenovan", "preimenovana",
                    "preimenovano", "zvala", "zvao", "zvalo", "zove", "zovu", "ime", "imena",
                    "nosi"})  # fmt: skip
_AFTER = frozenset({"after", "po"})
_BETWEEN = frozenset({"the", "painter", "writer", "poet", "hero", "heroine", "scientist",
                      "king", "queen", "prince", "saint", "slikarki", "slikaru", "pesniku",
                      "pesnikinji", "piscu", "junaku", "junakinji", "kralju", "knezu",
                      "naucniku", "dr", "famous", "poznatom", "poznatoj"})  # fmt: skip
_NAMED_SPAN = 6  # how far before "after"/"po" the naming verb may be


def _quoted_after_institution(tokens: Tokens, first: int) -> bool:
    """Whether the name starting at word ``first`` opens a quotation right after an
    institution's noun: "OŠ „Branko Radičević“", "the gallery 'Nadežda Petrović'"."""
    folded = tokens.text.folded
    before = folded[: tokens.starts[first]].rstrip()
    if not before.endswith(_OPEN_QUOTES) or first == 0:
        return False
    # The institution's noun right before the quote, or its kind a few words before it:
    # "Specijalna bolnica za psihijatrijske bolesti „Dr Slavoljub Bakalović“".
    for prev in tokens.words[max(0, first - 6) : first]:
        if prev.startswith(_INSTITUTIONS) and (
            len(prev) > 3 or prev in ("os", "ss", "dom", "kbc", "kc", "ukc")
        ):
            return True
    return any(w.startswith(_WORKS) for w in tokens.words[max(0, first - 4) : first])


def _named_after(tokens: Tokens, first: int) -> bool:
    """Whether the name at word ``first`` follows "after"/"po" in a sentence naming something
    ("named after the painter X", "nazvanoj po X", "zvala se Svetozarevo, po X")."""
    ws = tokens.words
    k = first - 1
    while k >= 0 and first - k <= 3 and ws[k] in _BETWEEN:
        k -= 1
    if k < 0 or ws[k] not in _AFTER:
        return False
    return any(ws[m] in _NAMED for m in range(max(0, k - _NAMED_SPAN), k))


def _name_starts(tokens: Tokens, first: int) -> list[int]:
    """Where the whole name may begin: ``first`` and up to two capitalised words before it
    ("Bora" before a listed surname "Stanković")."""
    starts = [first]
    k = first
    while k > 0 and first - k < 2 and tokens.is_capitalised(k - 1):
        if not tokens.joined(k - 1, k, " "):
            break
        k -= 1
        starts.append(k)
    return starts


# Things of history named by a possessive adjective of a name: "Dušanov zakonik", "Milošev
# konak", "Vukova azbuka", "Titovo doba" (the noun after the adjective, folded).
_HISTORIC_THINGS = frozenset({"zakonik", "zakonika", "zakoniku", "azbuka", "azbuke", "azbuci",
                              "azbuku", "konak", "konaka", "konaku", "dvor", "dvora", "dvoru",
                              "spomenik", "spomenika", "spomeniku", "grob", "groba", "kula",
                              "kule", "tvrdjava", "tvrdjave", "crkva", "crkve", "crkvi",
                              "manastir", "manastira", "zaduzbina", "zaduzbine", "doba",
                              "vreme", "vremena", "vladavina", "vladavine", "vladavini",
                              "ustanak", "ustanka", "nagrada", "nagrade", "nagradu",
                              "reforme", "reformi", "reforma"})  # fmt: skip


def _possessive_of_a_thing(tokens: Tokens, first: int, last: int) -> bool:
    """Whether a one-word name is the possessive adjective naming a thing of history."""
    ws = tokens.words
    if first != last or last + 1 >= len(ws) or ws[last + 1] not in _HISTORIC_THINGS:
        return False
    w = ws[first]
    return any(
        w.endswith(stem + end)
        for stem in ("ov", "ev", "in")
        for end in ("", "a", "o", "og", "oj", "om", "e", "u")
    )


# A word spoken of as a word: "the Albanian word drita, light", "reč „drita“" (folded).
_WORD_NOUNS = frozenset({"word", "words", "term", "expression", "rec", "reci", "recju",
                         "termin", "izraz", "izrazom", "izraza"})  # fmt: skip


# A name spoken of as a name: "Milan je ime polovine konobara", "Mladen, Nenad i Nikola su
# najčešća imena", "Jovanović je najčešće prezime u Srbiji", "Vesna, ime cveta", "Zora is a
# common name" (folded; "u ime opštine", on behalf of, has no verb before it).
_NAME_NOUNS = ("ime", "imena", "prezime", "prezimena", "name", "names", "surname", "surnames",
               "grad", "city", "town", "selo", "village", "reka", "river")  # fmt: skip
_AS_A_NAME = re.compile(
    r"(?:(?:,? (?:i|and|or|ili) |, )[a-z]+)*(?: (?:je|su|is|are|was|were)(?: (?:najcesce|"
    r"najcesca|najcesci|cesto|cesta|cest|obicno|obicna|tipicno|tipicna|prilicno|vrlo|veoma|"
    r"jako|a|the|most|very|quite|common|popular|typical)){0,3} (?:"
    + "|".join(_NAME_NOUNS)
    + r")|, (?:ime|name))\b(?!'s)"
)
_NAME_WORDS = frozenset(_NAME_NOUNS)


def _a_word(tokens: Tokens, i: int) -> bool:
    """Whether the one-word name at ``i`` is a word spoken of as a word: in lower case or in
    quotes after "word"/"reč", an adjective of language perhaps between ("dali smo reč
    Hodžiću" gives the floor to someone)."""
    ws = tokens.words
    quoted = tokens.text.folded[: tokens.starts[i]].endswith(_OPEN_QUOTES)
    if tokens.is_capitalised(i) and not quoted:
        return False
    return any(w in _WORD_NOUNS for w in ws[max(0, i - 2) : i])


def names_a_thing(tokens: Tokens, first: int, last: int) -> bool:
    """Whether the name over words ``first``..``last`` is the name of a street, an institution,
    a place or a ruler rather than of someone who could have been in the room."""
    ws = tokens.words
    n = len(ws)
    if _possessive_of_a_thing(tokens, first, last):
        return True
    if (
        tokens.serbian
        and ws[last].endswith("ica")
        and last + 1 < n
        and tokens.is_capitalised(last + 1)
        and tokens.joined(last, last + 1, " ")
        and ws[last + 1].startswith(_PLACE_NOUNS)
    ):
        return True  # "u Karajukića Bunarima": a village named by a family
    if last > first and ws[last] in _AFTER_NAME and tokens.is_capitalised(last):
        return True  # "Elizabeth Square" taken for a name and a surname: the square
    k = last + 1
    while k < n and k <= last + 2 and ws[k] in ("i", "ii", "iii", "iv", "v", "s"):
        k += 1  # a regnal number, a possessive's "s": "King Peter I Street", "X's Street"
    if k < n and ws[k] in _AFTER_NAME and tokens.is_capitalised(k) and tokens.joined(k - 1, k):
        return True  # not "Ana Petrović, Centre for Social Work, said": her affiliation
    if any(start > 0 and ws[start - 1] == "the" for start in _name_starts(tokens, first)):
        # English puts no article before a person: "the Nikola Vukićević school", "the Vera
        # Cruz bridge", "the Grace Hopper quote", "the Milan Mijalković primary school" name a
        # thing after someone.
        k = last + 1
        while k < n and k <= last + 2 and tokens.is_capitalised(k):
            k += 1
        if k + 1 < n and ws[k] in _KIND_OF_SCHOOL:
            k += 1
        if k < n and (ws[k] in _AFTER_NAME or ws[k] in _OEUVRE or ws[k] in ("quote", "quotes")):
            return True
    if (
        last + 1 < n
        and ws[last + 1] in ("street", "square", "boulevard")
        and any(ws[k].endswith(("a", "e")) for k in [last, *_name_starts(tokens, first)])
        and tokens.serbian
    ):
        return True  # "to Đure Đakovića street": the Serbian genitive of the street's patron
    if first == last and (
        _a_word(tokens, first) or _AS_A_NAME.match(tokens.text.folded, tokens.ends[last])
    ):
        return True  # "the word drita", "Milan je ime polovine konobara", "Milan je grad"
    if (
        first == last
        and last + 2 < n
        and tokens.sentence_initial(first)
        and tokens.gap(last, last + 1).strip() == ","
    ):
        k = last + 2 if ws[last + 1] in ("a", "an") else last + 1
        if (
            ws[k] in CHILDREN
            and k + 1 < n
            and (
                ws[k + 1] in ("from", "of", "iz", "od", "sa", "with", "aged") or ws[k + 1].isdigit()
            )
        ):
            return True  # "Saša, a boy from the case study, ...": a child's case
    if last > first and ws[first] in _STREETS and tokens.is_capitalised(first):
        return True  # "Ulica Miletićeva": the street's noun taken into the name
    for start in _name_starts(tokens, first):
        if start > 0:
            prev = ws[start - 1]
            if prev in _STREETS and (tokens.serbian or tokens.is_capitalised(start - 1)):
                return True
            if prev in MEMORIALS:
                return True  # "Spomenik Miki Mitroviću", "bista Vuku Karadžiću"
            if prev == "of" and start > 1 and ws[start - 2] in _MEMORIALS_EN:
                return True  # "the statue of Đorđe Vajfert"
            if (
                prev == "of"
                and start > 3
                and ws[start - 2] == "name"
                and ws[start - 3] == "the"
                and ws[start - 4] in ("bore", "bears", "carries", "carried", "has", "had", "took")
            ):
                return True  # "The hall bore the name of Slobodan Jovanović"
            if (
                prev == "kod"
                and tokens.is_capitalised(start - 1)
                and tokens.text.folded[: tokens.starts[start - 1]].endswith(_OPEN_QUOTES)
            ):
                return True  # "Kafana „Kod Zorana“": a place named by its owner
            if prev in _RULERS and (
                tokens.is_capitalised(start - 1)
                or tokens.serbian
                or (start > 1 and ws[start - 2] in _STREETS)  # "Bulevar kralja Aleksandra"
            ):
                # Serbian writes the title in lower case: "na Trgu kralja Milana", "kneza Miloša"
                return True
            if prev in SAINTS and (tokens.is_capitalised(start - 1) or prev.startswith("svet")):
                # "Sveti Nikola je zaštitnik putnika", "St Nicholas Day", "slava svetog Nikole"
                return True
            if prev in ("and", "i") and start > 2 and ws[start - 3] in SAINTS:
                return True  # "the church of St Peter and Paul"
            if prev == "dr" and start > 1 and ws[start - 2] in _STREETS:
                return True
        if ws[start] == "dr" and start > 0 and ws[start - 1] in _STREETS:
            return True  # "na Bulevaru dr Zorana Đinđića": the title is the street's
        if _quoted_after_institution(tokens, start) or _named_after(tokens, start):
            return True
        if (
            start > 1
            and ws[start - 1] in ("named", "called", "imenom")
            and any(w in CHILDREN for w in ws[max(0, start - 4) : start - 1])
        ):
            return True  # "a boy named Mohammad, 14": a child's case, nobody in the room
    return False


# A public figure's name, with every case form of each of its words.
_Figure = tuple[tuple[str, ...], tuple[frozenset[str], ...]]


@lru_cache(maxsize=1)
def _figures_by_first_form() -> dict[str, tuple[_Figure, ...]]:
    """Every case form of each public figure's first word -> (the name, each word's forms)."""
    index: dict[str, list[_Figure]] = {}
    for name in public_figures():
        forms = tuple(frozenset(inflections(w, possessive=True)) | {w} for w in name)
        for form in forms[0]:
            index.setdefault(form, []).append((name, forms))
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=1)
def figure_words() -> frozenset[str]:
    """Every word a public figure's name may start with, in every case form."""
    return frozenset(_figures_by_first_form())


def build_figure_indexes() -> None:
    """Build the public figures' indexes (by first word and by surname) once per process, so
    that no keystroke pays for them."""
    figure_words()
    _figures_by_last_form()


def public_figure_spans(tokens: Tokens) -> list[tuple[int, int, tuple[str, ...]]]:
    """The word spans (first, last, the name) where a public figure is named in full."""
    index = _figures_by_first_form()
    present = figure_words() & tokens.vocab
    if not present:
        return []
    ws = tokens.words
    n = len(ws)
    out = []
    for i in tokens.positions(present):
        for name, forms in index[ws[i]]:
            last = i + len(forms) - 1
            if last < n and all(ws[i + j] in forms[j] for j in range(1, len(forms))):
                out.append((i, last, name))
    return out


# What describes someone every reader knows of, right before or after their name: "the poet
# Dragana Popović", "Jovan Ristić, the nineteenth-century statesman,", "former president X",
# "pesnik iz 19. veka" (folded).
_FIGURE_NOUNS = frozenset({"statesman", "stateswoman", "poet", "poetess", "writer", "novelist",
                           "painter", "composer", "philosopher", "scientist", "inventor",
                           "king", "queen", "emperor", "saint", "hero", "heroine",
                           "revolutionary", "century", "centuries", "pesnik", "pesnikinja",
                           "pisac", "spisateljica", "slikar", "slikarka", "kompozitor",
                           "filozof", "naucnik", "pronalazac", "kralj", "kraljica",
                           "svetac", "junak", "junakinja", "drzavnik", "vojskovodja", "vek",
                           "veka", "veku", "vojvoda", "vladar", "ruler", "pokojni",
                           "pokojna", "late", "singer", "pevac", "pevacica", "guslar",
                           "epic", "coach", "selektor", "footballer", "fudbaler",
                           "athlete", "sportista", "historian", "istoricar",
                           "founder", "osnivac", "actor", "actress", "glumac", "glumca",
                           "glumcu", "glumcem", "glumica", "glumice", "glumici", "glumicom",
                           "ethnologist", "ethnographer", "anthropologist", "etnolog",
                           "etnologa", "etnograf", "antropolog", "teniser", "teniserka",
                           "tennis", "architect", "arhitekta", "arhitekte", "arhitekti",
                           "arhitektom", "sculptor", "vajar", "knjizevnica", "knjizevnik",
                           "knjizevnice", "knjizevnika"})  # fmt: skip
# Being mentioned or cited, not speaking (word beginnings, folded; the guard's absence rule
# reads them too).
MENTIONED = ("pomenut", "spomenut", "pominj", "spominj", "mentioned", "described", "cited",
             "citiran", "naveden")  # fmt: skip
# Who a name is, said with "je"/"was", that only history holds: "X je pesnik", "X was a king".
_HISTORIC_FIGURES = frozenset({"pesnik", "pesnikinja", "pisac", "spisateljica", "knjizevnik",
                               "knjizevnica", "slikar", "slikarka", "kompozitor", "kralj",
                               "kraljica", "svetac", "junak", "junakinja", "vojskovodja",
                               "vladar", "poet", "writer", "novelist", "painter", "composer",
                               "king", "queen", "saint", "hero", "statesman"})  # fmt: skip
_FORMER_HEADS = frozenset({"president", "prime", "predsednik", "predsednica", "premijer",
                           "premijerka"})  # fmt: skip


# An artist's or author's body of work, after the English possessive ("Lukács György's
# essays", "X's memorial designs") or before the Serbian genitive ("koncert Nade Topčagić",
# "pesme Đure Jakšića"): a name known for its works, not someone in the room (folded words).
_OEUVRE = frozenset({"essays", "poem", "poems", "novel", "novels", "songs", "concert",
                     "concerts", "films",
                     "paintings", "designs", "lyrics", "albums", "symphonies", "memoirs",
                     "sculptures", "operas", "plays", "eseji", "eseja", "esejima", "pesme",
                     "pesama", "pesmama", "roman", "romani", "romana", "romanima", "koncert",
                     "koncerta", "koncertu", "koncerti", "filmovi", "filmova", "slike",
                     "slika", "stihovi", "stihova", "albumi", "memoari", "memoara",
                     "skulpture", "opere", "drame", "drama", "song", "album", "painting",
                     "film", "movie", "movies", "matches", "pesma", "pesmu", "knjiga",
                     "knjige", "knjigu", "mecevi", "meceve", "meceva", "century", "centuries",
                     "government", "cabinet", "presidency", "premiership"})  # fmt: skip
_ADJECTIVES_MAX = 2  # words between the possessive and the works: "X's early memorial designs"


def _known_for_works(tokens: Tokens, first: int, last: int) -> bool:
    """Whether the name over ``first``..``last`` is that of an author of the works named
    right after its possessive (English) or right before it (Serbian genitive)."""
    ws = tokens.words
    n = len(ws)
    if tokens.serbian and tokens.is_capitalised(first):
        if any(k > 0 and ws[k - 1] in _OEUVRE for k in _name_starts(tokens, first)):
            return True  # "pesme Ive Andrića": the works, then the author's whole name
        folded = tokens.text.folded
        for k in _name_starts(tokens, first):
            before = folded[: tokens.starts[k]].rstrip()
            # "„Maratonci trče počasni krug“ Dušana Kovačevića": a Serbian quotation closed
            # right before a name in the genitive is a title and its author.
            if (
                before.endswith(("”", "“"))
                and "„" in before
                and last > k
                and ws[last].endswith(("a", "e"))
                and ws[k].endswith(("a", "e"))
            ):
                return True
    if (
        last + 3 < n
        and ws[last + 1] in ("i", "and")
        and ws[last + 2] in ("njen", "njegov", "njena", "njegova", "her", "his")
        and ws[last + 3] in _OEUVRE
    ):
        return True  # "Magda Sabo i njen roman „Vrata“", "X and his novel"
    for k in _name_starts(tokens, first):
        if k > 1 and ws[k - 1] == "by":
            before = tokens.text.folded[: tokens.starts[k - 1]].rstrip()
            # "'The Ministry of Pain' by Dubravka Ugrešić": a title's author (two capitalised
            # words in the quotes; "'We need interpreters' by X" is a quote's speaker).
            if before.endswith(_OPEN_QUOTES) and tokens.is_capitalised(k - 2):
                if sum(tokens.is_capitalised(m) for m in range(max(0, k - 6), k - 1)) >= 2:
                    return True
    if last > first and ws[last] == "s" and tokens.gap(last - 1, last) in ("'", "’"):
        last -= 1  # the candidate holds the possessive: "Bogdanović's"
    folded = tokens.text.folded
    for m in range(last, min(n - 1, last + 2)):
        # The possessive of the name or of a word of it still to come ("Lukács György's").
        if m > last and not tokens.is_capitalised(m):
            return False
        if ws[m + 1] == "s" and tokens.gap(m, m + 1) in ("'", "’"):
            k = m + 2
        elif folded.startswith(("' ", "’ "), tokens.ends[m]):
            k = m + 1  # "Williams' essays"
        else:
            continue
        if k < n and _titled_quote(tokens, k):
            return True  # "Sven Lindqvist's 'Exterminate All the Brutes'": an author's title
        return any(w in _OEUVRE for w in ws[k : k + _ADJECTIVES_MAX + 1])
    return False


def _titled_quote(tokens: Tokens, k: int) -> bool:
    """Whether word ``k`` opens a quoted title of at least two words, the first capitalised
    ("'Exterminate All the Brutes'", "„Na Drini ćuprija“")."""
    folded = tokens.text.folded
    before = folded[: tokens.starts[k]]
    if not before.endswith(_OPEN_QUOTES) or not tokens.is_capitalised(k):
        return False
    return k + 1 < len(tokens.words) and tokens.joined(k, k + 1, " ")


# A film, a series or a play "with" someone: "the film night featured 'X', with Forest
# Whitaker", "film sa Gojkom Mitićem" (an actor in it, not a participant; folded words).
_SCREEN = frozenset({"film", "films", "filma", "filmu", "filmom", "movie", "movies", "series",
                     "serija", "serije", "seriji", "seriju", "play", "predstava", "predstave",
                     "predstavi", "predstavu", "cartoon", "crtani", "crtac"})  # fmt: skip
# ("s" is also the English possessive's: "the film screening, UNHCR's Ana said" is no cast.)
_WITH = frozenset({"with", "starring", "sa"})
_SCREEN_SPAN = 14  # how far before "with" the film may be: "the film night featured 'Title'"


def _actor_in_a_work(tokens: Tokens, first: int) -> bool:
    """Whether the name at word ``first`` follows "with"/"sa" right after a film, a series or
    a play ("film sa Gojkom Mitićem") or right after the quoted title of one named before it
    ("the film night featured 'Title', with X"); "the film screening, then we talked with X"
    is a conversation."""
    ws = tokens.words
    folded = tokens.text.folded
    for start in _name_starts(tokens, first):
        w = start - 1
        if w < 1 or ws[w] not in _WITH:
            continue
        if ws[w - 1] in _SCREEN or (w > 1 and ws[w - 2] in _SCREEN and tokens.joined(w - 2, w)):
            return True
        before = folded[: tokens.starts[w]].rstrip().rstrip(",").rstrip()
        if before.endswith(_OPEN_QUOTES):
            lo = max(0, w - _SCREEN_SPAN)
            if not _SCREEN.isdisjoint(ws[lo:w]):
                return True
    return False


# A public figure named by the surname alone: as a ruler ("when Milošević was still in power",
# "dok je Milošević bio na vlasti", "Milošević's regime") or with the given name just before
# it as that person's surname ("Karađorđe's surname was Petrović", "Karađorđe se prezivao
# Petrović"). Any case form, folded.
_POWER = frozenset({"power", "regime", "reign", "rule", "ruled", "era", "vlast", "vlasti",
                    "vlascu", "rezim", "rezima", "rezimu", "rezimom", "vladavina",
                    "vladavine", "vladavini", "vladao", "vladala"})  # fmt: skip
_IN_POWER = frozenset({"power", "vlast", "vlasti", "vlascu"})
_SURNAME = frozenset({"surname", "prezivao", "prezivala", "prezime", "prezimena", "prezimenom",
                      "preziva"})  # fmt: skip


@lru_cache(maxsize=1)
def _figures_by_last_form() -> dict[str, frozenset[str]]:
    """Every case form of a public figure's surname -> every form of their first words."""
    index: dict[str, set[str]] = {}
    for name in public_figures():
        if len(name) < 2:
            continue
        firsts = {f for w in name[:-1] for f in inflections(w, possessive=True) | {w}}
        for form in inflections(name[-1], possessive=True) | {name[-1]}:
            index.setdefault(form, set()).update(firsts)
    return {k: frozenset(v) for k, v in index.items()}


def _figure_by_surname(tokens: Tokens, first: int, last: int) -> bool:
    """Whether a one-word name is a public figure's surname, said of them as a ruler or as
    the surname of their given name just before it in the sentence."""
    ws = tokens.words
    if first != last:
        return False
    firsts = _figures_by_last_form().get(ws[first])
    if firsts is None:
        return False
    lo, hi = tokens.sentence_of(first)
    for k in range(first + 1, min(hi, first + 6)):
        if ws[k] in _IN_POWER and ws[k - 1] in ("na", "in", "u", "on", "to"):
            return True  # "dok je Milošević još bio na vlasti", "was still in power"
        if ws[k] in _POWER and ws[k] not in _IN_POWER and k <= first + 2:
            return True  # "Milošević's regime", "Miloševićev režim"
    before = ws[max(lo, first - 5) : first]
    return not _SURNAME.isdisjoint(before) and not firsts.isdisjoint(before)


def described_as_a_figure(tokens: Tokens, first: int, last: int) -> bool:
    """Whether the name over words ``first``..``last`` is described as someone every reader
    knows of: "the poet X", "former president X", "X, the nineteenth-century statesman,"."""
    ws = tokens.words
    n = len(ws)
    if _known_for_works(tokens, first, last) or _actor_in_a_work(tokens, first):
        return True
    if _figure_by_surname(tokens, first, last):
        return True
    for start in _name_starts(tokens, first):
        if start > 0 and ws[start - 1] in _FIGURE_NOUNS and ws[start - 1] not in ("century",):
            return True
        if (
            start > 1
            and ws[start - 1] in _FORMER_HEADS
            and (ws[start - 2] in FORMER or (start > 2 and ws[start - 3] in FORMER))
        ):
            return True  # "former president Tomislav Nikolić", "bivši makedonski predsednik"
    k = last + 1
    if k + 1 < n and ws[k] in ("je", "was", "is") and ws[k + 1] in _HISTORIC_FIGURES:
        return True  # "Vojislav Ilić je pesnik po kome je ulica dobila ime"
    for m in range(k, min(n - 1, k + 5)):
        # "X je pomenut(a) kao prva srpska književnica", "X was mentioned as a poet".
        if ws[m] in ("kao", "as") and (
            any(w.startswith(MENTIONED) for w in ws[k:m])
            or (
                m == k + 1
                and ws[k] == "je"
                and any(w.startswith(MENTIONED) for w in ws[m : min(n, m + 10)])
            )
        ):
            if any(w in _FIGURE_NOUNS for w in ws[m + 1 : m + 4]):
                return True
            break
    if k < n and ws[k] == "s":
        k += 1
    if k >= n or tokens.gap(k - 1, k).strip() not in (",", "—", "–", "("):
        return False
    clause: list[str] = []
    for m in range(k, min(n, k + 10)):
        clause.append(ws[m])
        if m + 1 < n and tokens.gap(m, m + 1).strip() not in ("", "-"):
            # Closed by a comma, a dash or a bracket: an apposition ("the nineteenth-century
            # statesman": a hyphen does not close it). "The late" is said before a name only.
            return any(w in _FIGURE_NOUNS and w != "late" for w in clause)
    return False


_TRIGGER_WORDS = (
    _STREETS | _RULERS | SAINTS | _AFTER | _AFTER_NAME | _FIGURE_NOUNS | _FORMER_HEADS
    | _HISTORIC_THINGS | _OEUVRE | {"dr", "named", "called", "imenom", "quote", "quotes"}
    | _SCREEN | _POWER | _SURNAME | _WORD_NOUNS | _NAME_WORDS | MEMORIALS | _MEMORIALS_EN
    | {"name", "street", "square", "boulevard"} | CHILDREN
)  # fmt: skip
# (The rules of "the X school", "X je pesnik" and "„Kod X“" need one of the words above, or
# a quotation mark, so "the", "je" and "kod" need not open the gate.)
_QUOTE = re.compile("[" + "".join(_OPEN_QUOTES) + "]")


def namesake_possible(tokens: Tokens) -> bool:
    """Whether any rule above can apply to the text at all (decided once per text, in C
    where it can be): one of their words, a quotation mark, a Serbian genitive plural in -ića
    before another word."""
    if not _TRIGGER_WORDS.isdisjoint(tokens.vocab):
        return True
    folded = tokens.text.folded
    if _QUOTE.search(folded) is not None:
        return True
    return "ica " in folded and tokens.serbian  # "Karajukića Bunari"
