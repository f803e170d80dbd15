"""Organisations cited as the authors of a published document, not as a voice in the room.

"UNHCR guidelines recommend ...", "According to UNICEF's 2023 report ...", "Prema izveštaju
UNICEF-a ...", "Zaštitnik građana je u godišnjem izveštaju naveo ...": the organisation wrote
something anyone can read; nothing says who in the room spoke. The guard leaves such a mention
alone, of an organisation or of a protected role ("the Children's Ombudsperson's 2022 annual
report"); a person's name is never excused this way.
"""

from __future__ import annotations

import functools
import re

from roundtable_app.guard.indirect import REPORT_VERBS
from roundtable_app.guard.tokens import Tokens

# Published guidance is public by nature: citing it says nothing about the room.
# A treaty, too ("the ILO Forced Labour Convention", "Konvencija MOR-a br. 29", "Protokol uz
# Konvenciju"): a body's convention is law anyone can read.
_GUIDANCE = ("guidelines", "guideline", "guidance", "handbook", "manual", "standards",
             "smernic", "prirucnik", "standard", "definition", "definicij", "classification",
             "klasifikacij", "convention", "konvencij", "protocol", "protokol", "treaty",
             "smjernic", "recommendation",
             "declaration", "deklaracij", "charter", "povelj")  # fmt: skip
# Other publications are public when dated or titled ("UNICEF's 2023 report", "IOM's
# Displacement Tracking Matrix"); "ATAN's annual report" or "podaci IAN-a" (data) may well have
# been shared in the room by the one who said it.
_PUBLICATIONS = frozenset({"report", "reports", "study", "survey", "matrix", "publication",
                           "factsheet", "analysis", "review", "izvestaj", "izvestaju",
                           "izvestaje",
                           "izvestaja", "izvestajem", "izvestaji", "izvestajima", "studija",
                           "studiji", "studiju", "analiza", "analizi", "analizu",
                           "publikacija", "publikaciji", "publikaciju", "istrazivanje",
                           "istrazivanja", "istrazivanju", "istrazivanjem", "istrazivanjima",
                           "uputstvo", "uputstva", "uputstvu", "uputstvom", "uputstvima",
                           "assessment", "census", "audit", "evaluation", "procena",
                           "procene", "proceni", "procenu", "campaign", "kampanja",
                           "kampanju", "kampanje", "kampanji", "izvjestaj", "izvjestaju",
                           "izvjestaja", "izvjestajem", "izvjestaji", "opinion", "misljenje",
                           "misljenju", "misljenja", "article", "articles", "clanak",
                           "clanku", "clanka", "clanci", "clancima"})  # fmt: skip
# Publishing as a habit (what a body does year after year is public); "X je objavio
# izveštaj" or "X documented pushbacks" may be what its member presented in the room, so the
# past tense counts only with a public publication ("in its public reports").
_PUBLISHES = frozenset({"objavljuje", "objavljuju", "publishes", "publish", "documents",
                        "dokumentuje", "dokumentuju"})  # fmt: skip
_DOCUMENTED = frozenset({"documented", "dokumentovao", "dokumentovala", "dokumentovali"})
_ANNUAL = frozenset({"annual", "godisnji", "godisnjem", "godisnjeg", "godisnjoj", "godisnju",
                    "godisnja", "yearly"})  # fmt: skip
# "UNICEF-supported", "EU-funded": a programme's backer, written into one word with it.
_BACKED = frozenset({"supported", "funded", "sponsored", "backed", "commissioned"})
# Words that may stand between the organisation and the publication: the possessive, a
# preposition, an adjective such as "annual" ("godišnjem").
_BETWEEN = frozenset({"s", "ove", "ova", "ovog", "ovom", "ovoj", "ovi", "ovu", "a", "je", "u",
                      "the", "its", "their", "in", "latest", "annual", "last", "new", "godisnjem",
                      "most", "recent",
                      "godisnji", "poslednjem", "novom", "novim", "najnovijem", "svom", "svojim",
                      "svojoj", "iz", "za", "od", "on", "o", "godine", "from",
                      # a possessive written after a hyphen: "Praxis-ov izveštaj"
                      "ov", "ovih", "ovim",
                      "led"}) | _BACKED  # fmt: skip
# "Istraživanje koje je podržao UNICEF": a relative clause that says who paid for or carried
# out a publication; "koje je UNHCR predstavio" (presented, perhaps in the room) is not one.
_RELATIVE = frozenset({"koje", "koju", "koji", "kojeg", "kojem", "which", "that"})
_BACKING = frozenset({"podrzao", "podrzala", "podrzali", "finansirao", "finansirala",
                      "finansirali", "narucio", "narucila", "narucili", "sproveo", "sprovela",
                      "sproveli", "objavio", "objavila", "objavili", "pokrenuo", "pokrenula",
                      "pokrenuli"})  # fmt: skip
_BEFORE = frozenset({"prema", "according", "to", "per", "u", "po", "na", "osnovu", "by"})
# An association's data and figures are public only when the sentence says they were published
# ("prema podacima KIRS-a objavljenim u martu"); a public body's dated ones are official
# statistics ("IOM data from 2021", "statistika MUP-a iz 2019."), though "podaci KPM-a" alone
# may be what its official in the room brought.
_DATA = frozenset({"data", "figures", "statistics", "statistic", "podaci", "podacima", "podataka",
                   "statistika", "statistici", "statistike", "brojke", "brojkama"})  # fmt: skip
_PUBLISHED = ("objavljen", "published", "publicly", "public", "javno", "zvanicn", "official")


# Substring tests in C decide whether any of the above occurs at all.
_STEMS = ("guid", "handbook", "manual", "standard", "smernic", "prirucnik", "report", "stud",
          "definition", "definicij", "classification", "klasifikacij", "supported", "funded",
          "convention", "konvencij", "protocol", "protokol", "treaty", "declaration",
          "deklaracij", "charter", "povelj",
          "sponsored", "backed", "commissioned",
          "survey", "matrix", "publi", "factsheet", "analy", "review", "izvestaj",
          "analiz", "podac", "podatak", "statisti", "figures", "data", "istrazivanj",
          "uputstv", "assessment", "census", "audit", "evaluation", "procen", "campaign",
          "kampanj", "izvjestaj", "smjernic", "recommendation", "opinion", "misljenj",
          "article", "clanak", "clank", "clanc", "dokument", "objavljuj")  # fmt: skip


_AUTHOR_DATE = re.compile(r"[,\s](?:19|20)\d\d\s*[)\]:;]")


def mentions_publication(folded: str) -> bool:
    """Whether a folded text may cite a publication (a cheap test before the real one)."""
    return any(stem in folded for stem in _STEMS) or _AUTHOR_DATE.search(folded) is not None


@functools.lru_cache(maxsize=1 << 16)
def _holds_stem(word: str) -> bool:
    """Whether one folded word contains a stem of :data:`_STEMS` (pure, so cached)."""
    return any(stem in word for stem in _STEMS)


def mentions_publication_in(tokens: Tokens) -> bool:
    """:func:`mentions_publication` of the tokens' folded text, decided per distinct word.

    The stems are letters only, so one occurs in the text exactly when it occurs inside one
    of its words; a word's answer is cached, which makes the test a pass in C over the
    text's vocabulary instead of a substring search of the whole text per stem."""
    folded = tokens.text.folded
    return any(map(_holds_stem, tokens.vocab)) or (
        ("19" in folded or "20" in folded) and _AUTHOR_DATE.search(folded) is not None
    )


def _kind(word: str) -> str | None:
    if word.startswith(_GUIDANCE):
        return "guidance"
    if word in _PUBLICATIONS:
        return "publication"
    if word in _DATA:
        return "data"
    return None


def _year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def cited_as_source(
    tokens: Tokens, first: int, last: int, public_body: bool = False, office: bool = False
) -> bool:
    """Whether the organisation named by words ``first..last`` is the author of a published
    document the sentence cites: guidance, or a publication with a year or a title. A public
    body's (a state institution's, an international agency's) reports are published by its
    nature, so any report of one counts; data need a title or a word that they were published
    ("UNICEF's MICS data", "figures published by UNHCR") or a date if they are a public
    body's ("IOM data from 2021")."""
    ws = tokens.words
    n = len(ws)

    def dated(reach: int = 9) -> bool:
        # A year, or the year before said of the publication: "za prošlu godinu", "last
        # year's report" ("presented here last year" is when someone brought it).
        span = ws[max(0, first - 2) : min(n, last + reach)]
        folded = tokens.text.folded
        return any(_year(w) for w in span) or any(
            p in folded for p in ("za proslu godinu", "last year's", "za prethodnu godinu")
        )

    def published() -> bool:
        # "IAN published figures" has the organisation do the publishing, perhaps in the room;
        # "figures published by", "podacima KIRS-a objavljenim" describe the public data.
        lo, hi = max(0, first - 4), min(n, last + 7)
        return any(
            ws[k].startswith(_PUBLISHED) and not (k == last + 1 and ws[k] == "published")
            for k in range(lo, hi)
        )  # ("UNHCR's published figures": the possessive's "s" comes first)

    def said_published() -> bool:
        # "the report, published in June": "published", "objavljen" themselves (not "public
        # health", a topic).
        lo, hi = max(0, first - 4), min(n, last + 9)
        return any(ws[k].startswith(("objavljen", "published")) for k in range(lo, hi))

    def annual() -> bool:
        # An office's yearly report is published by law: "Godišnji izveštaj Zaštitnika
        # građana" ("ATAN's annual report" may be what its member brought to the room).
        return office and any(w in _ANNUAL for w in ws[max(0, first - 4) : min(n, last + 4)])

    def public(kind: str, titled: int = 0) -> bool:
        if kind == "data":
            return published() or titled >= 2 or public_body and dated()
        # A publication's title may run long before its year: "Praxis-ov izveštaj o licima u
        # riziku od apatridije iz 2021".
        return (
            kind == "guidance"
            or titled >= 2
            or public_body
            or dated(12)
            or annual()
            or said_published()
        )

    if last + 1 < n and ws[last + 1] in _BACKED and tokens.joined(last, last + 1, "-"):
        return True  # "UNICEF-supported programmes": its money or name, not its voice
    after = ws[last + 1 : last + 8]
    habit = any(w in _PUBLISHES for w in after) and any(
        _kind(w) or w.startswith(("javno", "public")) for w in after
    )
    documented = any(w in _DOCUMENTED for w in after) and (
        any(_kind(w) for w in after) and any(w.startswith(("javn", "public")) for w in after)
    )
    if habit or documented:
        # "Mađarski helsinški odbor javno dokumentuje vraćanja", "X has documented pushbacks in
        # its public reports", "godinama objavljuje izveštaje": what it publishes is public.
        return True
    for k in (first - 1, first - 2, first - 3, first - 4):
        if (
            k >= 0
            and (kind := _kind(ws[k]))
            and all(
                w in _BEFORE
                or w in _BETWEEN
                or _kind(w)
                or w.startswith(_PUBLISHED)
                or w in _RELATIVE
                or w in _BACKING
                for w in ws[k + 1 : first]
            )
            and (
                _RELATIVE.isdisjoint(ws[k + 1 : first])
                or not _BACKING.isdisjoint(ws[k + 1 : first])
                # "kampanja koju je UNICEF pokrenuo": the verb after the organisation
                or (last + 1 < n and ws[last + 1] in _BACKING)
            )
        ):
            return public(kind)
    if _author_date(tokens, first, last):
        return True
    k = last + 1
    titled = 0
    while k < n and k - last <= 6:
        w = ws[k]
        kind = _kind(w)
        if kind == "data" and titled and tokens.is_capitalised(k):
            titled += 1  # a word of the title: "IOM's Migration Data Report"
        elif kind:
            return public(kind, titled)
        elif tokens.is_upper(k) and w.isalpha():
            titled += 2  # an acronym names the publication by itself: "UNICEF's MICS survey"
        elif tokens.is_capitalised(k) and not w.isdigit():
            titled += 1
        elif _modifier(tokens, k):
            pass  # a noun modifying the publication: "UNICEF's 2023 situation analysis"
        elif not (w in _BETWEEN or w.isdigit() or w.startswith(_PUBLISHED)):
            return False
        k += 1
    return False


def _modifier(tokens: Tokens, k: int) -> bool:
    """Whether word ``k`` is a noun compounded with the publication after it ("situation
    analysis", "baseline survey"), not a verb with the publication as its object ("UNICEF
    presented a report")."""
    ws = tokens.words
    # English stacks such nouns: "protection monitoring report" (two before the publication).
    for m in (k, k + 1):
        w = ws[m] if m < len(ws) else ""
        if not (
            w.isalpha()
            and not w.endswith("ed")
            and w not in REPORT_VERBS
            and tokens.joined(m, m + 1, " -")
        ):
            return False
        if _kind(ws[m + 1]) is not None:
            return True
    return False


def _author_date(tokens: Tokens, first: int, last: int) -> bool:
    """Whether words ``first..last`` are the author of an author-date citation in brackets:
    "(UNICEF, 2019)", "(UNHCR 2021: 14)", the way a bibliography cites a publication."""
    folded = tokens.text.folded
    before = folded[: tokens.starts[first]].rstrip()
    if not before.endswith(("(", "[")):
        return False
    rest = folded[tokens.ends[last] : tokens.ends[last] + 12]
    return re.match(r"(?:-[a-z]{1,3})?,?\s*(?:19|20)\d\d\b", rest) is not None


# A public body's powers under law: what it may do is a fact about the institution, not about
# anyone in the room ("Zaštitnik građana može ... po mandatu NPM-a", "the Ombudsperson can
# visit any institution under the NPM mandate", "je kao institucija dobio nove nadležnosti").
# The law itself, too: "Prema zakonu, Zaštitnik građana ima pravo da ...", "Under the law, the
# court may extend them".
_MANDATE = ("mandat", "nadleznost", "ovlascenj", "competenc", "jurisdiction", "powers", "zakon",
            "law")  # fmt: skip
_AS_INSTITUTION = (("as", "an", "institution"), ("kao", "institucija"), ("kao", "institucije"),
                   ("as", "institutions"))  # fmt: skip
_FIRST_PERSON = frozenset({"i", "we", "our", "my", "us", "ja", "mi", "nas", "nasa", "nase",
                           "nasi", "nasem", "naseg", "nasoj", "moja", "moje", "moj"})  # fmt: skip


def mentions_mandate(folded: str) -> bool:
    """Whether a folded text may speak of an institution's legal powers (a cheap test)."""
    # One by one, which is cheaper than a generator over _MANDATE.
    return (
        "mandat" in folded
        or "nadleznost" in folded
        or "ovlascenj" in folded
        or "competenc" in folded
        or "jurisdiction" in folded
        or "powers" in folded
        or "zakon" in folded
        or "law" in folded
        or " institucij" in folded
        or " institution" in folded
    )


def acts_by_mandate(tokens: Tokens, first: int, last: int, person_verbs: frozenset[str]) -> bool:
    """Whether the public body named by words ``first..last`` is the topic of a sentence about
    its legal powers, with no one speaking for it: no first person in the sentence and no verb
    of speaking right after the name ("Zaštitnik građana je rekao" is someone in the room)."""
    ws = tokens.words
    lo, hi = tokens.sentence_of(last)
    sentence = ws[lo:hi]
    if not _FIRST_PERSON.isdisjoint(sentence):
        return False
    if not person_verbs.isdisjoint(ws[last + 1 : last + 4]):
        return False
    if any(w.startswith(_MANDATE[:-1]) or w in ("law", "laws") for w in sentence):
        return True
    return any(
        tuple(sentence[m : m + len(p)]) == p for p in _AS_INSTITUTION for m in range(len(sentence))
    )


def possessed_document(tokens: Tokens, first: int, last: int) -> bool:
    """Whether a description ``first..last`` of "one person who says" ends in that person's
    document: "The Ombudsperson's annual report says ..." has the report speak, and an
    office's report is public (the person would be found by their words, not the report's)."""
    ws = tokens.words
    folded = tokens.text.folded
    if _kind(ws[last]) not in ("publication", "guidance"):
        return False
    return any(ws[k] == "s" and folded[tokens.starts[k] - 1] == "'" for k in range(first + 1, last))


# A remark told impersonally ("rečeno je", "pomenuto je da", "it was noted", "kako je rečeno")
# names no speaker: a listed body in it is what was spoken about, unless the sentence ties it
# to whoever spoke (a first person, "iz"/"from" before it, a person's noun, a verb of speaking
# after it).
_IMPERSONAL_PARTICIPLES = frozenset({
    "receno", "pomenuto", "spomenuto", "ocenjeno", "istaknuto", "napomenuto", "podseceno",
    "naglaseno", "konstatovano", "preporuceno", "predlozeno", "navedeno", "primeceno",
    "zakljuceno", "objasnjeno", "upozoreno", "culo",
})  # fmt: skip
_IMPERSONAL_EN = frozenset({"noted", "said", "mentioned", "suggested", "argued", "stressed",
                            "reported", "discussed", "recalled", "observed", "pointed",
                            "raised", "cited", "remarked"})  # fmt: skip
_TIES = frozenset({"iz", "from", "ispred", "sa", "at", "of", "behalf", "ime", "kod", "with",
                   "predstavnik", "predstavnica", "predstavnici", "representative",
                   "representatives", "colleague", "colleagues", "kolega", "koleginica",
                   "kolege"})  # fmt: skip


def mentions_impersonal_report(vocab: frozenset[str]) -> bool:
    """Whether the words hold a participle of an impersonal report (a cheap test)."""
    return (
        not _IMPERSONAL_PARTICIPLES.isdisjoint(vocab)
        or ("was" in vocab or "were" in vocab)
        and not _IMPERSONAL_EN.isdisjoint(vocab)
    )


def _impersonal(ws: list[str], lo: int, hi: int) -> bool:
    for k in range(lo, hi):
        w = ws[k]
        if w in _IMPERSONAL_PARTICIPLES and (
            (k + 1 < hi and ws[k + 1] in ("je", "se")) or (k > lo and ws[k - 1] in ("je", "se"))
        ):
            return True
        if w in ("was", "were") and k + 1 < hi and ws[k + 1] in _IMPERSONAL_EN:
            # "It was noted", "X was mentioned", not "what was said by UNHCR".
            return not (k + 2 < hi and ws[k + 2] == "by")
    return False


def topic_of_an_impersonal_report(
    tokens: Tokens, first: int, last: int, person_verbs: frozenset[str]
) -> bool:
    """Whether the organisation named by words ``first..last`` is the topic of a remark told
    impersonally, with nothing in its sentence tying it to a speaker."""
    ws = tokens.words
    lo, hi = tokens.sentence_of(last)
    if not _impersonal(ws, lo, hi) or not _FIRST_PERSON.isdisjoint(ws[lo:hi]):
        return False
    if first > lo and (ws[first - 1] in _TIES or (first - 2 >= lo and ws[first - 2] in _TIES)):
        return False
    nxt = ws[last + 1 : last + 3]
    return not (nxt and (nxt[0] in person_verbs or (nxt[0] in ("je", "su") and nxt[-1] in
                                                      person_verbs)))  # fmt: skip
