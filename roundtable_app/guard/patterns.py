"""Attribution that needs no list: contact details and titles before a name.

Contact details are found in the original text (they are ASCII and case does not matter);
titles are found in the folded text, so one pattern covers English, Serbian Latin with or
without diacritics, and Serbian Cyrillic. Self-identification is in :mod:`selfref`.
"""

from __future__ import annotations

import re

from roundtable_app.guard.finding import Candidate
from roundtable_app.guard.tokens import Tokens

# ---------------------------------------------------------------- contact details (original)

# Lookbehinds make every match start at the beginning of a run, keeping the search linear
# even on a long unbroken string (otherwise each position of the run is a new start).
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}")
# An address written to dodge harvesters: "m.lukic [at] gmail.com", "dragana.s(at)yahoo.com",
# "ana at example dot rs". The bracketed "at" is unmistakable; a plain " at " also joins the
# words of ordinary sentences, so then the domain must end in a usual mail domain.
# In Serbian the dot is "tačka" and @ "majmunče" (a little monkey): "prijem (at) x (tačka) rs".
_AT = r"(?:\s*[\[({<]\s*(?:at|majmun[cč]e|мајмунче)\s*[\])}>]\s*|\s+at\s+)"
_DOT = (r"(?:\.|\s*[\[({<]\s*(?:dot|ta[cč]ka|тачка)\s*[\])}>]\s*|\s+dot\s+|"
        r"\s+ta[cč]ka\s+)")  # fmt: skip
# Anchored on the "at": the domain is matched forwards from it and the local part is read
# backwards, so an ordinary "at" costs one failed match of a few characters.
_AT_ANCHOR = re.compile(_AT, re.IGNORECASE)
# Greedy, so that "unicef dot example dot org" ends at its top-level domain, not at "example".
_OBFUSCATED_DOMAIN = re.compile(rf"[\w-]+(?:{_DOT}[\w-]+)*{_DOT}([^\W\d_]{{2,}})\b", re.IGNORECASE)
# What each spelling of _DOT but the plain "." holds (on the lower-cased text), tested as
# substrings in C, several times faster than one regular expression of them.
_SPELLED_DOTS = ("dot", "tacka", "tačka", "тачка")
_BRACKETED_AT = re.compile(r"[\[({<]\s*(?:at|majmun[cč]e|мајмунче)\s*[\])}>]", re.IGNORECASE)
_MAIL_TLDS = frozenset({"com", "org", "net", "rs", "info", "eu", "de", "uk", "ba", "hr", "me",
                        "mk", "si", "at", "ch", "fr", "it", "nl", "se", "no", "dk", "hu", "io",
                        "edu", "gov", "int", "ngo", "co", "us", "ca", "srb"})  # fmt: skip
_WEBMAIL = frozenset({"gmail", "yahoo", "hotmail", "outlook", "proton", "protonmail", "live",
                      "icloud", "gmx", "yandex", "eunet", "sbb", "mts", "aol", "mail"})  # fmt: skip
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'()\[\]]+", re.IGNORECASE)
# Instagram and TikTok handles may hold dots inside: "@romkinje.iz.sela" (never at the end).
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z][A-Za-z0-9_]{1,29}(?:\.[A-Za-z0-9_]{1,29}){0,3}")
# A handle written without its @, next to the network it is on: "message nada_svetlost on
# Instagram", "na TikToku: romkinje.iz.sela". Only a name no word is (an underscore, a dot or a
# digit inside), so "message us on Instagram" names nobody.
_NETWORKS = r"(?:instagram|tiktok|twitter|facebook|telegram|threads|youtube|linkedin)\w{0,3}"
_BARE_HANDLE = r"[A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)+|[A-Za-z]+\d+[A-Za-z0-9_]*"
_HANDLE_ON = re.compile(
    rf"(?<![\w@.])({_BARE_HANDLE})\s+(?:on|na|via|preko|at)\s+{_NETWORKS}\b"
    rf"|\b{_NETWORKS}\s*(?:account|profile|handle|page|nalog\w*|profil\w*|stranic\w*)?\s*:?\s+"
    rf"({_BARE_HANDLE})(?![\w@])",
    re.IGNORECASE,
)
_NETWORK_NAMES = ("instagram", "tiktok", "twitter", "facebook", "telegram", "threads", "youtube",
                  "linkedin")  # fmt: skip
_PHONE = re.compile(r"(?:\+|\(\+?)?\d[\d \t./()-]{5,}\d(?![\w.,]?\d)")
_DIGIT = re.compile(r"\d")
# The part of _PHONE every match holds: a digit and five more characters of a number. One
# search for it (the search skips to digits in C) spares most texts _PHONE's own search,
# which tries its optional prefix at every position.
_PHONE_CORE = re.compile(r"\d[\d \t./()-]{5}")
_AREA_CODE = re.compile(r"(?:\(\d{3}\) ?|\d{3}[-.])\d{3}[-.]\d{4}")
# A phone number does not continue a word, a number or a path ("v1.2.3", "12,345,678").
_NOT_BEFORE_PHONE = frozenset("+/.,-_")
_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\.?")
_PHONE_WORDS = re.compile(
    r"(?:tel|phone|call|mob|mobile|cell|fax|whatsapp|viber|signal|telefon|pozovite|broj)\W{0,4}$",
    re.IGNORECASE,
)


# Toll-free lines (0800 in Serbia and most of Europe, 1-800 in North America) belong to public
# services, not to anyone in the room: "the national hotline, 0800 123 456".
_TOLL_FREE = ("0800", "1800", "00800")


def _is_phone(text: str, number: str, start: int) -> bool:
    digits = sum(c.isdigit() for c in number)
    if digits > 15 or _DATE.fullmatch(number):
        return False
    if "".join(c for c in number if c.isdigit()).startswith(_TOLL_FREE):
        return False
    # Numbers written like phone numbers start with a trunk or international prefix; counts,
    # years and article numbers never do ("+381 64...", "064/...", "(021) 555-0199").
    prefixed = number.startswith(("+", "00", "0", "(0", "(+"))
    if prefixed and digits >= 8:
        return True
    # North American style: "(555) 123-4567", "555-123-4567".
    if _AREA_CODE.fullmatch(number):
        return True
    # Without a prefix, only when the text says it is a number to call.
    return digits >= 6 and bool(_PHONE_WORDS.search(text[max(0, start - 20) : start]))


def _plain_at_is_address(found: str) -> bool:
    """Whether "x at y.z" is an address rather than a sentence ("works at gmail.com" is not
    clear; "m.lukic at gmail.com", "ana at gmail dot com" are)."""
    parts = re.split(r"\s+at\s+", found, maxsplit=1, flags=re.IGNORECASE)
    local, domain = parts[0], parts[-1].lower()
    labels = re.split(_DOT, domain)
    if labels[-1] not in _MAIL_TLDS:
        return False
    spelled_dot = any(d in domain for d in (" dot ", "dot]", "dot)", " tacka ", " tačka "))
    return (
        spelled_dot
        or labels[0] in _WEBMAIL
        or any(c in local for c in "._+")
        or any(c.isdigit() for c in local)
    )


def _at_anchors(text: str, lowered: str) -> list[tuple[int, int]]:
    """(start, end) of every "at" that may join the halves of an address: found with
    ``str.find`` for the plain " at " (a regular expression would try every position)."""
    anchors = []
    k = lowered.find(" at ")
    while k != -1:
        anchors.append((k, k + 4))
        k = lowered.find(" at ", k + 3)
    if (
        "at)" in lowered
        or "at]" in lowered
        or "at}" in lowered
        or "at>" in lowered
        or "majmun" in lowered
        or "мајмун" in lowered
    ):
        anchors += [m.span() for m in _AT_ANCHOR.finditer(text)]
    return anchors


def _obfuscated_emails(text: str, rank: int, lowered: str) -> list[Candidate]:
    """E-mail addresses with "at"/"dot" spelled out (original offsets); ``lowered`` is
    ``text.lower()``."""
    out: list[Candidate] = []
    if "." not in text and not any(d in lowered for d in _SPELLED_DOTS):
        return out  # every domain has a dot, plain or spelled out: most texts have neither
    seen: set[int] = set()
    for at_start, at_end in _at_anchors(text, lowered):
        domain = _OBFUSCATED_DOMAIN.match(text, at_end)
        if domain is None:
            continue
        start = at_start
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "._+-"):
            start -= 1
        if start == at_start or start in seen:
            continue
        found = text[start : domain.end()]
        bracketed = _BRACKETED_AT.search(found) is not None
        if not bracketed and not _plain_at_is_address(found):
            continue
        seen.add(start)
        out.append(
            Candidate(
                start,
                domain.end(),
                "contact",
                "high",
                "gives an e-mail address",
                "[contact details removed]",
                rank,
            )
        )
    return out


def contact_candidates(text: str, rank: int = 5) -> list[Candidate]:
    """Candidates (in ORIGINAL offsets) for e-mail addresses, phone numbers, URLs, handles."""
    out: list[Candidate] = []
    if "@" in text:
        for m in _EMAIL.finditer(text):
            out.append(
                Candidate(
                    m.start(),
                    m.end(),
                    "contact",
                    "high",
                    "gives an e-mail address",
                    "[contact details removed]",
                    rank,
                )
            )
        for m in _HANDLE.finditer(text):
            out.append(
                Candidate(
                    m.start(),
                    m.end(),
                    "contact",
                    "medium",
                    "gives a social media handle",
                    "[contact details removed]",
                    rank,
                )
            )
    lowered_all = text.lower()
    if any(name in lowered_all for name in _NETWORK_NAMES):
        for m in _HANDLE_ON.finditer(text):
            group = 1 if m.group(1) else 2
            if len(m.group(group)) < 5 or "@" in text[max(0, m.start(group) - 1) : m.start(group)]:
                continue  # "i.e.", or an @handle (found above)
            out.append(
                Candidate(
                    m.start(group),
                    m.end(group),
                    "contact",
                    "medium",
                    "gives a social media handle",
                    "[contact details removed]",
                    rank,
                )
            )
    out += _obfuscated_emails(text, rank, lowered_all)
    lowered = lowered_all if "://" in text or "ww" in text or "WW" in text else ""
    for m in _URL.finditer(text) if "://" in lowered or "www." in lowered else ():
        end = m.end()
        while end > m.start() and text[end - 1] in ".,;:!?":
            end -= 1
        out.append(
            Candidate(
                m.start(),
                end,
                "contact",
                "medium",
                "gives a web address",
                "[contact details removed]",
                rank,
            )
        )
    # A phone number has at least six digits; counting them is far cheaper than the search.
    phones = (
        _PHONE.finditer(text)
        if _PHONE_CORE.search(text) is not None and len(_DIGIT.findall(text)) >= 6
        else ()
    )
    for m in phones:
        before = text[m.start() - 1] if m.start() else " "
        if before.isalnum() or before in _NOT_BEFORE_PHONE:
            continue
        number = m.group()
        if _is_phone(text, number, m.start()):
            out.append(
                Candidate(
                    m.start(),
                    m.end(),
                    "contact",
                    "high",
                    "gives a phone number",
                    "[contact details removed]",
                    rank,
                )
            )
    return out


# Contact details dictated and noted word by word: "oh-six-three, five-five-one, two-nine..."
# (seven digits or more spoken one by one after a trunk prefix, "oh"/"nula", or "plus", as a
# written one has; a count starts at one), and "ana tačka
# pavlovic et primer org rs", an address read aloud with "at"/"et" and "dot"/"tačka" or the
# dots left out.
_DIGIT_WORDS = (r"zero|oh|one|two|three|four|five|six|seven|eight|nine|nula|jedan|jedna|dva|"
                r"dve|tri|[cč]etiri|pet|[sš]est|sedam|osam|devet|нула|један|једна|два|две|"
                r"три|четири|пет|шест|седам|осам|девет")  # fmt: skip
_SPOKEN_PHONE = re.compile(
    rf"(?<![\w-])(?:zero|oh|nula|нула|plus)(?:[ ,-]{{1,3}}(?:{_DIGIT_WORDS})){{6,14}}(?![\w-])",
    re.IGNORECASE,
)
_SPOKEN_DOT = r"\s+(?:dot|ta[cč]ka|тачка)\s+"
_SPOKEN_EMAIL = re.compile(
    rf"(?<![\w.])[^\W\d_]+(?:{_SPOKEN_DOT}[^\W\d_]+)*\s+(?:et|at|majmun[cč]e|мајмунче|ет)\s+"
    rf"[^\W\d_]+(?:(?:{_SPOKEN_DOT}|\s+)[^\W\d_]+){{1,3}}\b",
    re.IGNORECASE,
)
# Folded words of which a spoken contact has at least one: the caller tests them in C first.
SPOKEN_HINTS = frozenset({"zero", "nula", "plus", "oh", "dot", "tacka", "et", "majmunce"})
_SPOKEN_AT = re.compile(r"\s(?:et|majmun[cč]e|мајмунче|ет)\s", re.IGNORECASE)


def spoken_contacts(text: str, rank: int = 5) -> list[Candidate]:
    """Phone numbers and e-mail addresses spelled out in words (original offsets); worth
    calling only when the text has one of :data:`SPOKEN_HINTS` among its folded words."""
    out: list[Candidate] = []
    lowered = text.lower()
    for m in _SPOKEN_PHONE.finditer(text):
        out.append(
            Candidate(
                m.start(),
                m.end(),
                "contact",
                "high",
                "gives a phone number (in words)",
                "[contact details removed]",
                rank,
            )  # fmt: skip
        )
    spoken_dot = (
        " dot " in lowered or "tačka" in lowered or "tacka" in lowered or ("тачка" in lowered)
    )
    if not (spoken_dot or _SPOKEN_AT.search(lowered)):
        return out  # a plain "at" needs a spoken dot to be an address (see below)
    for m in _SPOKEN_EMAIL.finditer(text):
        found = m.group()
        at = re.search(r"\s(?:et|at|majmun[cč]e|мајмунче|ет)\s", found, re.IGNORECASE)
        if at is None:
            continue
        # The address ends at its last mail domain ("... org rs do petka" ends at "rs").
        labels = [
            (w.end(), w.group().lower())
            for w in re.finditer(r"[^\W\d_]+", found[at.end() :])
            if w.group().lower() not in ("dot", "tacka", "tačka", "тачка")
        ]
        ends = [e for k, (e, w) in enumerate(labels) if k and w in _MAIL_TLDS]
        if not ends:
            continue
        end_in_found = at.end() + ends[-1]
        # Something says it is an address: a spoken dot, or an "at" no English sentence uses
        # ("et", "majmunče").
        spoken = re.search(_SPOKEN_DOT, found[:end_in_found], re.IGNORECASE) is not None
        if not (spoken or at.group().strip().lower() != "at"):
            continue
        end = m.start() + end_in_found
        out.append(
            Candidate(
                m.start(),
                end,
                "contact",
                "high",
                "gives an e-mail address (in words)",
                "[contact details removed]",
                rank,
            )  # fmt: skip
        )
    return out


# ---------------------------------------------------------------- titles (folded)

_TITLE_ABBREV = frozenset({"mr", "ms", "mrs", "mx", "dr", "prof", "g", "gdja", "gdje", "gdji",
                           "gdjo", "gosp", "gdjica", "gdjice"})  # fmt: skip
_TITLES = frozenset({
    "professor", "minister", "ambassador", "judge", "sir", "dame", "madam", "madame", "senator",
    "mayor", "commissioner", "director", "doctor", "gospodin", "gospodine", "gospodina",
    "gospodinu", "gospodinom", "gospodja", "gospodje", "gospodji", "gospodjo", "gospodju",
    "gospodjom", "gospodjica", "gospodjice", "gospodjici", "gospodjicu",
    "ministar", "ministarka", "ministarke", "ministra", "ministru", "ministrom",
    "ambasador", "ambasadorka", "ambasadora", "ambasadoru", "sudija", "sudije", "sudiji",
    "profesor", "profesorka", "profesora", "profesoru", "direktor", "direktorka", "direktora",
    "direktoru", "komesar", "komesara", "komesaru", "gradonacelnik", "gradonacelnica",
    "doktor", "doktorka", "doktora",
    # Religious titles: "Sister Ana", "Father Ivan", "Imam Ahmed", "sestra Marija", "otac Petar",
    # "hodža Ramiz", "fra Ivo".
    "sister", "father", "brother", "reverend", "rev", "pastor", "rabbi", "sheikh", "shaykh",
    "mullah", "imam", "fra", "sestra", "sestre", "sestri", "sestru", "sestrom", "otac", "oca",
    "ocu", "ocem", "hodza", "hodze", "hodzi", "hodzu", "hodzom", "svestenik", "svestenika",
    "monahinja", "iguman", "igumanija",
    # Professions written as titles: "Advokatica Tešić", "inspektor Marić".
    "advokat", "advokatica", "advokatice", "advokata", "advokatu", "inspektor", "inspektorka",
    "inspektora", "tuzilac", "tuziteljka", "sutkinja", "sutkinje", "psiholog", "psiholoskinja",
    "officer", "inspector", "justice", "advocate",
    # Kinship words before the name of an older person met on a visit: "baba Stana", "teta
    # Ruža", "čika Pera", "deda Mile".
    "baba", "babe", "babi", "babu", "babom", "baka", "bake", "baki", "baku", "deda", "dede",
    "dedi", "dedu", "dedom", "deka", "teta", "tete", "teti", "tetu", "tetom", "tetka", "tetke",
    "tetki", "cika", "cike", "ciki", "ciku", "cikom", "strina", "ujna", "ujka", "kuma", "kum",
})  # fmt: skip
_ANY_TITLE = _TITLES | _TITLE_ABBREV
# For the matcher: a title inside a listed spelling ("prof. Ilić") is never a name by itself.
ANY_TITLE = _ANY_TITLE
# Capitalised words that follow a title without being a name ("Director General").
_NOT_NAMES = frozenset({
    "the", "a", "an", "of", "for", "and", "in", "on", "general", "office", "department",
    "ministry", "council", "commission", "committee", "centre", "center", "directorate",
    "said", "says", "noted", "who", "whose", "i", "za", "u", "je", "su", "iz", "kancelarije",
    "ministarstva", "centra", "sektora", "odeljenja", "generalni", "pomocnik", "zamenik",
    "prime", "deputy", "assistant", "state", "foreign", "interior", "justice", "labour",
    "president", "chair", "chairman", "chairwoman", "chairperson", "speaker", "secretary",
    "ambassador", "minister", "mayor", "director", "commissioner", "rapporteur", "moderator",
    "predsedavajuci", "predsednice", "predsednik", "ministre", "ambasadore",
    # Figures of folklore after a kinship word: "Deda Mraz" (Father Christmas), "Baba Roga".
    "mraz", "mraza", "mrazu", "mrazom", "roga", "roge", "rogu", "vanga",
})  # fmt: skip


def title_candidates(tokens: Tokens, rank: int = 5) -> list[Candidate]:
    """Candidates (folded offsets) for a title or honorific followed by a capitalised name."""
    out: list[Candidate] = []
    ws = tokens.words
    n = len(ws)
    folded = tokens.text.folded
    if _ANY_TITLE.isdisjoint(tokens.vocab):
        return out  # the usual case, decided in C
    for i in tokens.positions(_ANY_TITLE):
        w = ws[i]
        if i + 1 >= n:
            continue
        dot = folded.startswith(".", tokens.ends[i])
        if w in _TITLE_ABBREV:
            original = tokens.original(i)
            if original.isupper() and len(original) > 1 and not dot:
                continue  # "MS Teams", "DR Congo"
            if w == "g" and (not dot or (i > 0 and ws[i - 1].isdigit())):
                continue  # "g." is also "godine" (year): "2016. g. Vlada je..."
            if w == "gdje" and "đ" not in original.lower() and "ђ" not in original.lower():
                continue  # Croatian "gdje" (where)
            if w == "dr" and i > 0 and ws[i - 1] in {"i", "itd"}:
                continue  # Serbian "i dr." (and others)
        if w == "imam" and tokens.serbian:
            continue  # Serbian "imam" is "I have": "Imam Marka u timu"
        if not tokens.joined(i, i + 1, " ."):
            continue
        j = i + 1
        if ws[j] in _NOT_NAMES or not tokens.is_capitalised(j) or tokens.is_upper(j):
            continue
        if not ws[j].isalpha():
            continue
        if len(ws[j]) == 1 and not (j + 1 < n and tokens.is_capitalised(j + 1)):
            continue  # "Officer X", "gospodin N.": a placeholder, no name
        last = j
        if j + 1 < n and tokens.joined(j, j + 1, " -") and tokens.is_capitalised(j + 1):
            if ws[j + 1] not in _NOT_NAMES and not tokens.is_upper(j + 1):
                last = j + 1
        a, b = tokens.text.span(tokens.starts[i], tokens.ends[last])
        out.append(
            Candidate(
                tokens.starts[i],
                tokens.ends[last],
                "honorific",
                "high",
                f"a title followed by a name: {tokens.text.original[a:b]}",
                "a participant",
                rank,
            )
        )
    return out
