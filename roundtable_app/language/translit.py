"""Serbian transliteration: Cyrillic to Latin (exact) and Latin to Cyrillic (with exceptions).

The one home of the rule, used by the exports (``--transliterate``, the Cyrillic wording of
the summary) and by ``make ts``, which derives the Cyrillic catalogues from the Latin ones.

Cyrillic to Latin is a letter-for-letter mapping (љ → lj, њ → nj, џ → dž). The other way is
ambiguous in two ways, both handled by keeping words as they are or splitting them:

- foreign words and names (``Chatham``, ``UNHCR``, ``www.example.org``) stay in Latin: a word
  with a letter Serbian Latin does not have (q, w, x, y, ä, é …), an acronym in capitals, an
  address, a key combination (``Ctrl+S``) or a word in :data:`KEEP_LATIN`;
- ``nj``, ``lj`` and ``dž`` across a morpheme boundary are two letters (``konjunkcija`` is
  ``конјункција``, not ``коњункција``; ``nadživeti`` is ``надживети``): the stems in
  :data:`SPLIT_STEMS` say where.

A UI string (``markup=True``) also keeps what Qt reads: placeholders (``%1``, ``%n``,
``{count}``), markup and entities, file patterns (``*.roundtable``) and key names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LAT_TO_CYR: dict[str, str] = {
    "a": "а", "b": "б", "c": "ц", "č": "ч", "ć": "ћ", "d": "д", "đ": "ђ", "e": "е", "f": "ф",
    "g": "г", "h": "х", "i": "и", "j": "ј", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о",
    "p": "п", "r": "р", "s": "с", "š": "ш", "t": "т", "u": "у", "v": "в", "z": "з", "ž": "ж",
}  # fmt: skip
_DIGRAPHS: dict[str, str] = {"lj": "љ", "nj": "њ", "dž": "џ"}
# The single-character digraph letters some keyboards and old documents produce.
_DIGRAPH_CHARS: dict[str, str] = {
    "ǆ": "dž", "ǅ": "Dž", "Ǆ": "DŽ", "ǉ": "lj", "ǈ": "Lj", "Ǉ": "LJ", "ǌ": "nj", "ǋ": "Nj",
    "Ǌ": "NJ",
}  # fmt: skip
_CYR_TO_LAT: dict[str, str] = {cyr: lat for lat, cyr in _LAT_TO_CYR.items()}
_CYR_TO_LAT.update({cyr: lat for lat, cyr in _DIGRAPHS.items()})

#: Stems (lower case, Latin) in which a digraph is two letters; "|" marks the boundary.
SPLIT_STEMS: tuple[str, ...] = (
    "kon|jug", "kon|junk", "kon|jektur", "in|jekc", "in|jekt", "in|junkc", "van|jezi",
    "van|jug", "nad|žnje", "nad|živ", "nad|žanj", "pod|žanr", "pod|žel", "od|žal", "od|živ",
    "pod|žup", "tan|jug",
)  # fmt: skip
#: Words (lower case, matched in any case) kept in Latin although they are written with
#: Serbian Latin letters: names of the product, the Rule, formats and tools. Most of the
#: formats would stay Latin anyway (a foreign letter, an acronym); they are listed so that
#: they stay so whatever the rules above decide.
KEEP_LATIN: frozenset[str] = frozenset(
    {
        "chatham", "house", "rule", "online", "offline", "email", "e-mail", "roundtable",
        "pdf", "docx", "markdown", "word", "sqlcipher", "qt", "csv", "refi", "qda", "enchant",
        "hunspell", "syncthing", "sqlite", "office",
        "replaced",  # the ".replaced-…" suffix of a file kept aside
    }
)  # fmt: skip
#: Keyboard keys, written in Latin on every keyboard. In any text they stay Latin inside a key
#: combination (``Ctrl+Shift+E``); alone (``Enter``) only in a UI string, where they can only
#: mean the key.
KEY_NAMES: tuple[str, ...] = ("Ctrl", "Shift", "Alt", "Meta", "Enter", "Tab", "Esc")

_SERBIAN_LATIN = frozenset(_LAT_TO_CYR)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# An address ends before the punctuation that follows it in a sentence.
_ADDRESS = r"(?:\S+@|https?://|www\.)\S*?(?=[.,;:!?)\]]*(?:\s|$))"
_COMBINATION = (
    r"\b(?:(?:Ctrl|Shift|Alt|Meta)\+)+(?:[A-Z0-9](?![A-Za-z])|F\d{1,2}\b|Enter\b|Tab\b|Esc\b)?"
)
# What Qt reads in a UI string: placeholders, markup, entities, file patterns.
_MARKUP = r"%L?\d+|%n|\{[^{}]*\}|<[^<>]*>|&[a-zA-Z]+;|&#\d+;|\*\.[A-Za-z0-9]+"
_BARE_KEYS = r"\bF\d{1,2}\b|\b(?:" + "|".join(KEY_NAMES) + r")\b"
_KEPT_IN_TEXT = re.compile(f"(?i:{_ADDRESS})|{_COMBINATION}")
# Markup first (an address inside a tag belongs to the tag), a whole combination before a
# bare key name; key names are matched in their case.
# What a user types as written, quoted in a UI message: a command line (``--force``,
# „roundtable bundle export …“, "(roundtable restore)"), a language tag, a CSV header
# (``term,kind,aliases``) or one of its columns.
_CSV_COLUMNS = "term|kind|aliases|name|organisation|role|email|phone|theme|session|text"
UI_LITERAL = (
    r"--[a-z][a-z-]*|\b[a-z_]+(?:,[a-z_]+)+\b|„roundtable [^“]*“|\(roundtable [a-z ]+\)"
    rf"|\bsr-(?:Latn|Cyrl)\b|„(?:{_CSV_COLUMNS})“"
)
_KEPT_IN_UI = re.compile(f"{_MARKUP}|{UI_LITERAL}|{_COMBINATION}|{_BARE_KEYS}|(?i:{_ADDRESS})")
_COMBINATION_ONLY = re.compile(_COMBINATION)


@dataclass(frozen=True)
class Transliterated:
    """A text in the other script, and the words left as they were (for the preview)."""

    text: str
    kept: tuple[str, ...] = ()


def cyrillic_to_latin(text: str) -> str:
    """Serbian Cyrillic to Latin, letter for letter (exact); other characters unchanged.
    In a word written in capitals, Љ Њ Џ become LJ NJ DŽ; elsewhere Lj Nj Dž."""

    def word(match: re.Match[str]) -> str:
        w = match.group(0)
        caps = len(w) > 1 and w.isupper()
        out = []
        for ch in w:
            lat = _CYR_TO_LAT.get(ch.lower())
            if lat is None:
                out.append(ch)
            elif ch.isupper():
                out.append(lat.upper() if caps else lat[0].upper() + lat[1:])
            else:
                out.append(lat)
        return "".join(out)

    return _WORD.sub(word, text)


def _letters_to_cyrillic(word: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(word):
        pair = word[i : i + 2]
        cyr = _DIGRAPHS.get(pair.lower())
        if cyr is not None:
            out.append(cyr.upper() if pair[0].isupper() else cyr)
            i += 2
            continue
        ch = word[i]
        cyr = _LAT_TO_CYR.get(ch.lower())
        out.append(ch if cyr is None else (cyr.upper() if ch.isupper() else cyr))
        i += 1
    return "".join(out)


def _keeps_latin(word: str, *, acronyms: bool = True) -> bool:
    low = word.lower()
    if low in KEEP_LATIN:
        return True
    if any(ch.isalpha() and ch.lower() not in _SERBIAN_LATIN for ch in low.replace("-", "")):
        return True  # a letter Serbian does not write (q, w, x, y, é …), or Cyrillic already
    # UNHCR, NGO: an acronym keeps its letters; a word in capitals with č ć đ š ž is Serbian,
    # and so is one with LJ or NJ (LJUBAV, NJIVA), which no acronym spells.
    letters = word.replace("-", "")
    return (
        acronyms
        and 1 < len(letters) <= 6
        and letters.isupper()
        and letters.isascii()
        and "LJ" not in letters
        and "NJ" not in letters
    )


def word_to_cyrillic(word: str) -> str:
    """One Serbian Latin word in Cyrillic, honouring :data:`SPLIT_STEMS`."""
    low = word.lower()
    for stem in SPLIT_STEMS:
        head, tail = stem.split("|")
        if low.startswith(head + tail):
            cut = len(head)
            return _letters_to_cyrillic(word[:cut]) + word_to_cyrillic(word[cut:])
    return _letters_to_cyrillic(word)


def latin_to_cyrillic(
    text: str, *, keep_foreign: bool = True, markup: bool = False
) -> Transliterated:
    """Serbian Latin to Cyrillic; foreign words, acronyms, addresses and key combinations stay
    as typed (listed in ``kept``). ``keep_foreign=False`` converts every word (for text known
    to be Serbian, such as the summary's own wording). ``markup=True`` is for a UI string:
    placeholders, markup, entities, file patterns and key names pass through untouched."""
    if not keep_foreign:
        return Transliterated(_WORD.sub(lambda m: word_to_cyrillic(m.group(0)), text))
    for char, digraph in _DIGRAPH_CHARS.items():
        text = text.replace(char, digraph)
    kept: list[str] = []
    pieces: list[str] = []
    last = 0
    for span in (_KEPT_IN_UI if markup else _KEPT_IN_TEXT).finditer(text):
        pieces.append(_convert_words(text[last : span.start()], kept))
        piece = span.group(0)
        pieces.append(piece)
        # Placeholders and markup are not words of the text; addresses and keys are.
        if re.fullmatch(_ADDRESS, piece, re.IGNORECASE) or _COMBINATION_ONLY.fullmatch(piece):
            kept.append(piece)
        last = span.end()
    pieces.append(_convert_words(text[last:], kept))
    return Transliterated("".join(pieces), tuple(kept))


def _convert_words(text: str, kept: list[str]) -> str:
    words = _WORD.findall(text)
    # In a line written in capitals every word is in capitals: none of them is an acronym.
    shouting = len(words) > 2 and sum(w.isupper() for w in words) * 2 > len(words)

    def word(match: re.Match[str]) -> str:
        w = match.group(0)
        if _keeps_latin(w, acronyms=not shouting):
            if any(ch.isascii() and ch.isalpha() for ch in w):
                kept.append(w)
            return w
        return word_to_cyrillic(w)

    return _WORD.sub(word, text)


def to_script(text: str, language: str) -> Transliterated:
    """``text`` in the script of ``language``: Cyrillic for ``sr-Cyrl``, Latin for
    ``sr-Latn``; unchanged for any other language."""
    if language == "sr-Cyrl":
        return latin_to_cyrillic(text)
    if language == "sr-Latn":
        return Transliterated(cyrillic_to_latin(text))
    return Transliterated(text)
