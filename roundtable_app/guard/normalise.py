"""Fold text to one comparable form and keep a map back to the original string.

The folded form is lower case, has no diacritics and writes Serbian Cyrillic in ASCII Latin
(``Ђукић`` and ``Đukić`` and ``Djukic`` all become ``djukic``). Most characters fold to exactly
one character, so offsets are the identity; only the few that expand (``đ`` → ``dj``) or vanish
(combining accents, soft hyphens, zero-width characters) need an explicit map, and that map is
built only for texts that contain them. That keeps the common case a single ``str.translate``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Serbian Cyrillic (plus the few Russian/Macedonian letters people paste in) to Serbian Latin
# *with* diacritics. Used as is when building term variants, and folded further for matching.
CYRILLIC_TO_LATIN: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž",
    "з": "z", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n",
    "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "ć", "у": "u",
    "ф": "f", "х": "h", "ц": "c", "ч": "č", "џ": "dž", "ш": "š", "й": "j", "ы": "y",
    "э": "e", "ю": "ju", "я": "ja", "щ": "šč", "ё": "e", "ѓ": "đ", "ќ": "ć", "ѕ": "dz",
    "і": "i", "ї": "ji", "є": "je", "ґ": "g",
}  # fmt: skip


def cyrillic_to_latin(text: str) -> str:
    """Transliterate Serbian Cyrillic to Serbian Latin, keeping diacritics and letter case."""
    out = []
    for ch in text:
        low = ch.lower()
        rep = CYRILLIC_TO_LATIN.get(low)
        if rep is None:
            out.append(ch)
        elif ch != low:
            out.append(rep[:1].upper() + rep[1:])
        else:
            out.append(rep)
    return "".join(out)


def _strip_marks(ch: str) -> str:
    decomposed = unicodedata.normalize("NFD", ch)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _build_tables() -> tuple[dict[int, str], str]:
    """Return the translate table and the characters whose folding is not one-to-one."""
    table: dict[int, str] = {}
    irregular: list[str] = []

    def put(ch: str, rep: str) -> None:
        table[ord(ch)] = rep
        if len(rep) != 1:
            irregular.append(ch)

    # Latin letters with diacritics: strip the marks. Ranges cover Latin-1 to Latin Extended-B
    # and Latin Extended Additional (Vietnamese and friends).
    for cp in (*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)):
        ch = chr(cp)
        base = _strip_marks(ch).lower()
        if len(base) == 1 and base != ch:
            put(ch, base)
    special = {
        "đ": "dj", "Đ": "dj", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ß": "ss", "ı": "i",
        "İ": "i", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ǆ": "dz", "ǅ": "dz", "Ǆ": "dz",
        "ǉ": "lj", "ǈ": "lj", "Ǉ": "lj", "ǌ": "nj", "ǋ": "nj", "Ǌ": "nj",
        # Typographic apostrophes, hyphens and spaces: one form each, so patterns stay simple.
        "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'",
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ",
        # Invisible characters someone may (deliberately or not) type inside a name vanish.
        "\u00ad": "", "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "",
    }  # fmt: skip
    for ch, rep in special.items():
        put(ch, rep)
    for cyr, lat in CYRILLIC_TO_LATIN.items():
        folded = "".join(_strip_marks(c) for c in lat).replace("đ", "dj").lower()
        put(cyr, folded)
        put(cyr.upper(), folded)
    return table, "".join(irregular)


_TABLE, _IRREGULAR_CHARS = _build_tables()
# What str.translate is given: _TABLE plus ASCII mapped to itself. A character missing from
# the table costs a caught KeyError per occurrence once the text is not pure ASCII; an entry
# for it is a plain look-up, with the same result.
_TRANSLATE: dict[int, str] = {**{c: chr(c) for c in range(128)}, **_TABLE}
# Combining marks vanish (their base letter keeps the offset); see fold().
_COMBINING_RANGES = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_IRREGULAR = re.compile("[" + re.escape(_IRREGULAR_CHARS) + _COMBINING_RANGES + "]")


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded text and the way back: ``folded[i]`` came from ``original[start_of(i)]``."""

    original: str
    folded: str
    # None when folding was one-to-one (the usual case): offsets are then the identity.
    starts: list[int] | None = None
    ends: list[int] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a non-empty folded span ``[start, end)`` to the original string's span."""
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]

    def orig_index(self, i: int) -> int:
        """Index into the original of the character that produced folded character ``i``."""
        if self.starts is None:
            return i
        if i >= len(self.starts):
            return len(self.original)
        return self.starts[i]


# A word broken at the end of a line ("Milosav-\nljević"): the hyphen and the line break
# vanish when a lower-case letter goes on, so the word is whole again.
_LINE_BREAK_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[^\W\d_])")
_COMBINING = re.compile("[" + _COMBINING_RANGES + "]")


def _fold_joining(text: str, vanish: set[int]) -> Folded:
    """The slow path of :func:`fold`, for texts with words broken across lines."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for a, ch in enumerate(text):
        if a in vanish or _COMBINING.match(ch):
            if ends and ends[-1] == a:
                ends[-1] = a + 1
            continue
        rep = _TABLE.get(ord(ch))
        rep = ch.lower() if rep is None else rep.lower()
        if not rep:
            if ends and ends[-1] == a:
                ends[-1] = a + 1
            continue
        pieces.append(rep)
        starts.extend([a] * len(rep))
        ends.extend([a + 1] * len(rep))
    return Folded(text, "".join(pieces), starts, ends)


def fold(text: str) -> Folded:
    """Fold ``text`` (case, diacritics, Cyrillic to Latin) keeping an offset map to it."""
    if "-" in text and "\n" in text:
        # Any lower-case letter goes on: "Mure-\nșan" (Romanian) as well as "Milosav-\nljević".
        breaks = [m for m in _LINE_BREAK_HYPHEN.finditer(text) if text[m.end()].islower()]
        if breaks:
            return _fold_joining(text, {k for m in breaks for k in range(m.start(), m.end())})
    if text.isascii():
        # The common case for English remarks; str.translate would take its slow path.
        return Folded(text, text.lower())
    if not _IRREGULAR.search(text):
        return Folded(text, text.translate(_TRANSLATE).lower())
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _IRREGULAR.finditer(text):
        a = m.start()
        if a > pos:
            pieces.append(text[pos:a].translate(_TRANSLATE).lower())
            starts.extend(range(pos, a))
            ends.extend(range(pos + 1, a + 1))
        rep = _TABLE.get(ord(text[a]), "")
        if rep:
            pieces.append(rep)
            starts.extend([a] * len(rep))
            ends.extend([a + 1] * len(rep))
        elif ends and ends[-1] == a:
            # A vanishing mark belongs to the letter before it: a span ending on that letter
            # must include the mark, or "Petrovic\u0301" would be cut in two.
            ends[-1] = a + 1
        pos = a + 1
    if pos < len(text):
        pieces.append(text[pos:].translate(_TRANSLATE).lower())
        starts.extend(range(pos, len(text)))
        ends.extend(range(pos + 1, len(text) + 1))
    return Folded(text, "".join(pieces), starts, ends)


# fold()'s folded text in one str.translate: its table, with the combining marks deleted.
_PLAIN_TABLE: dict[int, str | None] = dict(_TRANSLATE)
for _a, _b in re.findall(r"(.)-(.)", _COMBINING_RANGES):
    _PLAIN_TABLE.update(dict.fromkeys(range(ord(_a), ord(_b) + 1)))


# Every quotation mark a remark may use, opening or closing (English, Serbian, French).
QUOTES = "\"'„“”‘’‚«»"


def fold_str(text: str) -> str:
    """The folded form of ``text`` alone, without offsets (for building indexes); the same
    string as ``fold(text).folded``, several times faster on Cyrillic and ``đ``."""
    if "\u03a3" in text or ("-" in text and "\n" in text):
        # Capital sigma lower-cases by its neighbours (fold() lower-cases in pieces), and a
        # word broken across lines is joined: both are fold()'s own business.
        return fold(text).folded
    if text.isascii():
        return text.lower()
    return text.translate(_PLAIN_TABLE).lower()
