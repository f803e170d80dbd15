"""Serbian Latin to Cyrillic, exact where it can be and told by a list where it cannot.

Cyrillic to Latin is one letter for one letter. The other way is ambiguous in two places: foreign
words and names that stay in Latin (Roundtable, PDF, Chatham House), and ``nj``/``lj``/``dž``
that are two letters across a morpheme boundary (``konjunkcija`` is конјункција, not
коњункција). Both are kept in lists here, checked by tests; placeholders (``%1``, ``%n``,
``{count}``), markup and key names pass through untouched. Qt-free.
"""

from __future__ import annotations

import re

_SINGLE = dict(
    zip(
        "abvgdđežzijklmnoprstćufhcčšABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ",
        "абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ",
        strict=True,
    )
)
_DIGRAPHS = {
    "lj": "љ", "Lj": "Љ", "LJ": "Љ",
    "nj": "њ", "Nj": "Њ", "NJ": "Њ",
    "dž": "џ", "Dž": "Џ", "DŽ": "Џ",
}  # fmt: skip

# Words (lower case) whose n+j, l+j or d+ž are two letters: prefix + root, or a loanword.
SPLIT_DIGRAPHS: dict[str, str] = {
    "konjunkcija": "конјункција",
    "konjunkcije": "конјункције",
    "konjunktura": "конјунктура",
    "injekcija": "инјекција",
    "injekcije": "инјекције",
    "injektirati": "инјектирати",
    "tanjug": "танјуг",
    "vanjezički": "ванјезички",
    "nadživeti": "надживети",
    "nadživeo": "надживео",
    "odžaliti": "оджалити",
    "podžanr": "поджанр",
    "podžanrovi": "поджанрови",
    "džuboks": "џубокс",
}

# Words that stay in Latin inside a Cyrillic text: names of the product, formats and tools.
KEEP_LATIN: frozenset[str] = frozenset(
    {
        "Roundtable",
        "Chatham",
        "House",
        "Rule",
        "PDF",
        "DOCX",
        "Markdown",
        "Word",
        "SQLCipher",
        "Qt",
        "CSV",
        "Enchant",
        "Hunspell",
        "REFI",
        "QDA",
        "Ctrl",
        "Shift",
        "Alt",
        "Enter",
        "Esc",
        "Tab",
        "OK",
        "Syncthing",
        "replaced",  # the ".replaced-…" suffix of a file kept aside
    }
)

# What is never transliterated: placeholders, markup, entities, file patterns, key names.
_PROTECTED = re.compile(
    r"%L?\d+|%n|\{[^{}]*\}|<[^<>]*>|&[a-zA-Z]+;|&#\d+;|\*\.[A-Za-z0-9]+|"
    r"\b(?:(?:Ctrl|Shift|Alt|Meta)\+)+(?:[A-Z0-9](?![A-Za-z])|F\d{1,2}\b|Enter\b|Tab\b|Esc\b)?|"
    r"\bF\d{1,2}\b|https?://\S+"
)
_WORD = re.compile(r"[A-Za-zČĆŽŠĐčćžšđ]+")


def _letters(word: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(word):
        pair = word[i : i + 2]
        if pair in _DIGRAPHS:
            out.append(_DIGRAPHS[pair])
            i += 2
            continue
        out.append(_SINGLE.get(word[i], word[i]))
        i += 1
    return "".join(out)


def _match_case(model: str, cyrillic: str) -> str:
    if model.isupper() and len(model) > 1:
        return cyrillic.upper()
    if model[:1].isupper():
        return cyrillic[:1].upper() + cyrillic[1:]
    return cyrillic


def _is_acronym(word: str) -> bool:
    # Short capitals without a vowel (PDF, CSV, HTML) cannot be a Serbian word; a longer
    # word in capitals (UPOZORENJE) is Serbian and is transliterated.
    return word.isascii() and word.isupper() and 1 < len(word) <= 4 and not set(word) & set("AEIOU")


def _word(word: str) -> str:
    if word in KEEP_LATIN or _is_acronym(word):
        return word  # names and acronyms (PDF, CSV) are written in Latin in Serbian Cyrillic too
    exception = SPLIT_DIGRAPHS.get(word.lower())
    if exception is not None:
        return _match_case(word, exception)
    return _letters(word)


def _plain(text: str) -> str:
    return _WORD.sub(lambda m: _word(m.group(0)), text)


def latin_to_cyrillic(text: str) -> str:
    """Serbian Latin ``text`` in Cyrillic, keeping placeholders, markup and listed words."""
    out: list[str] = []
    last = 0
    for match in _PROTECTED.finditer(text):
        out.append(_plain(text[last : match.start()]))
        out.append(match.group(0))
        last = match.end()
    out.append(_plain(text[last:]))
    return "".join(out)


_BACK = {c: lat for lat, c in _SINGLE.items()} | {
    "љ": "lj", "Љ": "Lj", "њ": "nj", "Њ": "Nj", "џ": "dž", "Џ": "Dž",
}  # fmt: skip


def cyrillic_to_latin(text: str) -> str:
    """Serbian Cyrillic ``text`` in Latin (exact, one letter for one letter)."""
    return "".join(_BACK.get(ch, ch) for ch in text)
