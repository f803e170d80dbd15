"""Attribution that needs no list: contact details, titles before a name, self-identification.

Contact details are found in the original text (they are ASCII and case does not matter);
titles and self-identification are found in the folded text, so one pattern covers English,
Serbian Latin with or without diacritics, and Serbian Cyrillic.
"""

from __future__ import annotations

import bisect
import re

from roundtable_app.guard.finding import Candidate
from roundtable_app.guard.tokens import Tokens

# ---------------------------------------------------------------- contact details (original)

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}")
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'()\[\]]+", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z][A-Za-z0-9_]{1,30}")
_PHONE = re.compile(r"(?<![\w+/.,-])(?:\+|\(\+?)?\d[\d \t./()-]{5,}\d(?![\w.,]?\d)")
_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\.?")
_PHONE_WORDS = re.compile(
    r"(?:tel|phone|call|mob|mobile|cell|fax|whatsapp|viber|signal|telefon|pozovite|broj)\W{0,4}$",
    re.IGNORECASE,
)


def _is_phone(text: str, number: str, start: int) -> bool:
    digits = sum(c.isdigit() for c in number)
    if digits > 15 or _DATE.fullmatch(number):
        return False
    # Numbers written like phone numbers start with a trunk or international prefix; counts,
    # years and article numbers never do ("+381 64...", "064/...", "(021) 555-0199").
    prefixed = number.startswith(("+", "00", "0", "(0", "(+"))
    if prefixed and digits >= 8:
        return True
    # Without a prefix, only when the text says it is a number to call.
    return digits >= 6 and bool(_PHONE_WORDS.search(text[max(0, start - 20) : start]))


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
    for m in _URL.finditer(text):
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
    for m in _PHONE.finditer(text):
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


# ---------------------------------------------------------------- titles (folded)

_TITLE_ABBREV = frozenset({"mr", "ms", "mrs", "mx", "dr", "prof", "g", "gdja", "gdje", "gdji",
                           "gdjo", "gosp"})  # fmt: skip
_TITLES = frozenset({
    "professor", "minister", "ambassador", "judge", "sir", "dame", "madam", "madame", "senator",
    "mayor", "commissioner", "director", "doctor", "gospodin", "gospodine", "gospodina",
    "gospodinu", "gospodinom", "gospodja", "gospodje", "gospodji", "gospodjo", "gospodju",
    "gospodjom", "ministar", "ministarka", "ministarke", "ministra", "ministru", "ministrom",
    "ambasador", "ambasadorka", "ambasadora", "ambasadoru", "sudija", "sudije", "sudiji",
    "profesor", "profesorka", "profesora", "profesoru", "direktor", "direktorka", "direktora",
    "direktoru", "komesar", "komesara", "komesaru", "gradonacelnik", "gradonacelnica",
    "doktor", "doktorka", "doktora",
})  # fmt: skip
# Capitalised words that follow a title without being a name ("Director General").
_NOT_NAMES = frozenset({
    "the", "a", "an", "of", "for", "and", "in", "on", "general", "office", "department",
    "ministry", "council", "commission", "committee", "centre", "center", "directorate",
    "said", "says", "noted", "who", "whose", "i", "za", "u", "je", "su", "iz", "kancelarije",
    "ministarstva", "centra", "sektora", "odeljenja", "generalni", "pomocnik", "zamenik",
    "prime", "deputy", "assistant", "state", "foreign", "interior", "justice", "labour",
})  # fmt: skip


def title_candidates(tokens: Tokens, rank: int = 5) -> list[Candidate]:
    """Candidates (folded offsets) for a title or honorific followed by a capitalised name."""
    out: list[Candidate] = []
    ws = tokens.words
    n = len(ws)
    folded = tokens.text.folded
    for i, w in enumerate(ws):
        if w not in _TITLES and w not in _TITLE_ABBREV or i + 1 >= n:
            continue
        dot = folded.startswith(".", tokens.ends[i])
        if w in _TITLE_ABBREV:
            original = tokens.original(i)
            if original.isupper() and len(original) > 1 and not dot:
                continue  # "MS Teams", "DR Congo"
            if w == "g" and not dot:
                continue
            if w == "gdje" and "đ" not in original.lower() and "ђ" not in original.lower():
                continue  # Croatian "gdje" (where)
            if w == "dr" and i > 0 and ws[i - 1] in {"i", "itd"}:
                continue  # Serbian "i dr." (and others)
        if not tokens.joined(i, i + 1, " ."):
            continue
        j = i + 1
        if ws[j] in _NOT_NAMES or not tokens.is_capitalised(j) or tokens.is_upper(j):
            continue
        if not ws[j].isalpha():
            continue
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


# ---------------------------------------------------------------- self-identification (folded)

_EN_ORG = (r"(?:organi[sz]ations?|ministry|agency|office|team|ngo|institution|department|unit|"
           r"embassy|municipality|association|institute|centre|center|shelter|directorate|"
           r"delegation|staff|union|company|organi[sz]ation's|foundation|network|firm)"
)  # fmt: skip
_SR_ORG = (r"(?:organizacij\w*|institucij\w*|ministarstv\w*|kancelarij\w*|sluzb\w*|agencij\w*|"
           r"ustanov\w*|udruzenj\w*|opstin\w*|tim|timu|timom|tima|centr[aueo]m?|centar|nvo|"
           r"odeljenj\w*|uprav[aeiu]|upravom|kolektiv\w*|delegacij\w*|komesarijat\w*|"
           r"policij\w*|mrez[aeiu]|mrezom|fondacij\w*)")  # fmt: skip
_SR_MY = (r"(?:nas|nasa|nase|nasoj|nasem|naseg|nasu|nasom|nasim|nasih|nasi|moj|moja|moje|"
          r"mojoj|mom|mome|mog|moga|mojem|moju|mojim|mojih|moji)")  # fmt: skip
_ORG_WORD = re.compile(_EN_ORG + "|" + _SR_ORG)
_MY_WORD = re.compile(r"(?:my|our)|" + _SR_MY)


def _p(pattern: str) -> re.Pattern[str]:
    # Patterns are written with single spaces for readability; any run of spaces matches.
    return re.compile(r"\b" + pattern.replace(" ", r"\s+") + r"\b")


# (pattern, what the object after it must be: "any", "org" or None for nothing to check)
_SELF: list[tuple[re.Pattern[str], str | None]] = [
    (_p(r"(?:(?:in|at|from|for|with|within) )?(?:my|our) (?:own )?" + _EN_ORG), None),
    (_p(r"(?:my|our) (?:colleagues|co-workers|coworkers) (?:at|from|in)"), "any"),
    (_p(r"(?:(?:u|iz|za|na|sa|ispred) )?" + _SR_MY + " " + _SR_ORG), None),
    (_p(_SR_MY + r" koleg\w* (?:iz|u|sa)"), "any"),
    (_p(r"we (?:at|in|from)(?: the)?"), "org"),
    (_p(r"mi (?:u|iz|sa)"), "org"),
    (_p(r"(?:i|we) (?:represent|am representing|are representing)|i'm representing"), "any"),
    (_p(r"speaking (?:as|for|on behalf of)"), "any"),
    (_p(r"as (?:a |an |the )?representatives? of"), "any"),
    (_p(r"on behalf of(?: the)?"), "org"),
    (_p(r"(?:i|we) (?:work|worked|am working|are working) (?:for|at)"), "any"),
    (_p(r"i'm working (?:for|at)"), "any"),
    (_p(r"(?:i|we) (?:work|worked) in(?: the| an| a)?"), "org"),
    (_p(r"in my capacity as"), "any"),
    (_p(r"as (?:the )?(?:head|director|chair|coordinator|spokesperson|manager) of"), "any"),
    (_p(r"i(?:'m| am) (?:here )?(?:from|with)(?: the)?"), "org"),
    (_p(r"i(?:'m| am) (?:a |an |the )?(?:representative|member|employee|director|head) (?:of|at)"),
     "any"),
    (_p(r"predstavlja(?:m|mo)"), "notvam"),
    (_p(r"kao predstavni(?:k|ca|ci|ce)"), "any"),
    (_p(r"u ime"), "org"),
    (_p(r"ispred"), "ispred"),
    (_p(r"(?:radim|radimo|radio sam|radila sam) (?:u|za)"), "org"),
    (_p(r"(?:radim|radio sam|radila sam) kao"), "any"),
    (_p(r"govor(?:im|imo) (?:kao|u ime|ispred)"), "any"),
]  # fmt: skip

_OBJECT_STOP = frozenset({
    "and", "but", "that", "which", "who", "where", "when", "we", "i", "is", "are", "was",
    "were", "has", "have", "can", "will", "would", "ali", "da", "koji", "koja", "koje", "sto",
    "jer", "pa", "a", "je", "su", "smo", "sam", "ste", "mi", "vi", "oni",
})  # fmt: skip
_SPEAKING_LEAD = frozenset({"govorim", "govoreci", "govorimo", "ja", "mi", "ovde", "danas"})


def _object_ok(tokens: Tokens, j: int, rule: str, trigger_start: int) -> bool:
    """Whether word ``j`` (the first after a trigger) makes the trigger self-identification."""
    if j >= len(tokens.words):
        return False
    w = tokens.words[j]
    if rule == "any":
        return True
    if rule == "notvam":
        return w not in {"vam", "vas", "sebe", "se"}
    named = (tokens.is_capitalised(j) or tokens.is_upper(j)) and w not in _OBJECT_STOP
    if rule == "org":
        return named or bool(_MY_WORD.fullmatch(w) or _ORG_WORD.fullmatch(w))
    # "ispred" is also "in front of": only "on behalf of" when followed by my/our, or by a
    # name at the start of a sentence or after "I speak".
    if _MY_WORD.fullmatch(w):
        return True
    i = bisect.bisect_left(tokens.starts, trigger_start)
    opening = tokens.sentence_initial(i) or (i > 0 and tokens.words[i - 1] in _SPEAKING_LEAD)
    return named and opening


def self_reference_candidates(tokens: Tokens, rank: int = 5) -> list[Candidate]:
    """Candidates (folded offsets) for a speaker identifying their own organisation or role."""
    out: list[Candidate] = []
    folded = tokens.text.folded
    for pattern, rule in _SELF:
        for m in pattern.finditer(folded):
            j = bisect.bisect_left(tokens.starts, m.end())
            if rule is not None:
                if j >= len(tokens.words) or folded[m.end() : tokens.starts[j]].strip():
                    continue  # the phrase ends at punctuation: nothing is being named
                if not _object_ok(tokens, j, rule, m.start()):
                    continue
            end = m.end()
            if rule is not None:
                # Take the object along: "as a representative of [the Asylum Office]".
                last = j - 1
                while (
                    last + 1 < len(tokens.words)
                    and last + 1 - j < 4
                    and tokens.words[last + 1] not in _OBJECT_STOP
                    and (last < j or tokens.joined(last, last + 1, " -'"))
                ):
                    last += 1
                if last >= j:
                    end = max(end, tokens.ends[last])
            out.append(
                Candidate(
                    m.start(),
                    end,
                    "self_reference",
                    "medium",
                    "the speaker identifies their own organisation or role",
                    "rephrase without the speaker's affiliation (e.g. \"a participant's "
                    'organisation")',
                    rank,
                )
            )
    return out
