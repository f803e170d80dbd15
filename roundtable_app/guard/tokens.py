"""Words of a folded text with their positions, shared by every part of the guard."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import accumulate, compress
from operator import add

from roundtable_app.guard.normalise import Folded

# Letters and digits; underscores and marks split words (the folding already removed the
# combining accents that would otherwise cut a Latin word in two).
_SEPARATOR = re.compile(r"([\W_]+)")
# The same split for an ASCII text without a regular expression: every ASCII character that
# is not a letter or a digit (what [\W_] is in ASCII) becomes a space, then str.split in C.
_ASCII_SEPARATORS = bytes(c if chr(c).isalnum() else 32 for c in range(128)) + bytes(128)
_ONE_MORE = (1).__add__
_SERBIAN_LETTERS = re.compile("[čćšžđČĆŠŽĐ\u0400-\u04ff\u030c\u0301]")
# Small words that occur in almost any Serbian sentence and (nearly) never in English ones
# ("i", "u" and "sam" are left out: English "I", text-speak "u", the name Sam).
_SERBIAN_WORDS = frozenset({
    "je", "su", "sa", "se", "da", "od", "smo", "ste", "nije", "nisu", "kod", "iz", "po",
    "pa", "ali", "ili", "kao", "koji", "koja", "koje", "sto", "jer", "bi", "bio", "bila",
    "bilo", "treba", "ima", "nema", "vec", "jos", "samo", "ovo", "taj", "tu", "ne", "li", "mi",
    "vi", "oni", "ona", "ja", "ga", "mu", "joj", "im", "ih", "nas", "vas", "sve", "svi", "kada",
    "kad", "gde", "kako", "zato", "onda", "bez", "prema", "posle", "pre", "preko", "za", "na",
    "o", "sta", "ko", "ce", "cu", "nam", "vam", "njih", "njega", "nje", "zbog",
    # Numbers, pronouns and adverbs, for short sentences without any of the above ("U Oazi
    # rade dva psihologa").
    "rade", "radi", "dva", "dve", "tri", "jedan", "jedna", "jedno", "ovaj", "ova", "ove", "ovi",
    "sada", "sad", "tamo", "ovde", "uvek", "nikad", "nikada", "mnogo", "vise", "dok", "ako",
    "neki", "neko", "nesto", "nisam", "takodje", "posto", "jedini", "svaki", "svake",
})  # fmt: skip
SERBIAN_SMALL_WORDS = _SERBIAN_WORDS
# A capital followed by a small letter: a word written with a capital, not an acronym.
_TITLE_CASE = re.compile(r"(?<![^\W\d_])[^\W\d_](?<=[A-ZÀ-ÞĀ-ŽА-ЯЂЈЉЊЋЏ])[a-zß-ÿā-žа-яђјљњћџ]")
_CAPITAL_LETTER_OPENING = re.compile(r"[\W\d_]*[A-ZČĆŠŽĐА-ЯЂЈЉЊЋЏ](?![^\W\d_])")
_FULL_STOP = re.compile(r"[.!?;:\n]")
_SENTENCE_END = frozenset(".!?:;\n\r\u2026•·*-–—\"'“”„«»()[]")


@dataclass(slots=True)
class Tokens:
    """The words of a folded text: ``words[i]`` spans ``folded[starts[i]:ends[i]]``."""

    text: Folded
    words: list[str]
    starts: list[int]
    ends: list[int]
    # The distinct words: every rule's "does any trigger word occur" test against it is one
    # set operation in C over the smaller side, not a pass over the list.
    vocab: frozenset[str]
    _serbian: bool | None = None
    _sentence_ends: list[int] | None = None
    _lower: bool | None = None

    @classmethod
    def of(cls, text: Folded) -> Tokens:
        """Tokenise ``text.folded``."""
        if text.folded.isascii():
            # The usual case (folding writes Cyrillic and diacritics in ASCII), and several
            # times cheaper than the regular expression below: parts are words or empty
            # strings, each followed by one space, so their offsets are sums of lengths + 1.
            spaced = text.folded.encode("ascii").translate(_ASCII_SEPARATORS).decode("ascii")
            pieces = spaced.split(" ")
            at = list(accumulate(map(_ONE_MORE, map(len, pieces)), initial=0))
            found = list(compress(pieces, pieces))
            begins = list(compress(at, pieces))
            ends = list(map(add, begins, map(len, found)))
            return cls(text, found, begins, ends, frozenset(found))
        # Splitting with a captured separator and summing lengths keeps the whole loop in C:
        # parts alternate word, separator, word... (the first and last word may be empty).
        parts = _SEPARATOR.split(text.folded)
        offsets = list(accumulate(map(len, parts), initial=0))
        words = parts[0::2]
        starts = offsets[0::2]
        ends = offsets[1::2]
        if words and not words[-1]:
            del words[-1], starts[-1], ends[-1]
        if words and not words[0]:
            del words[0], starts[0], ends[0]
        return cls(text, words, starts, ends, frozenset(words))

    def positions(self, vocab: frozenset[str]) -> list[int]:
        """Indices, in order, of the words that are in ``vocab`` (a rule's trigger words).

        The rules used to find these with a pass of their own over every word in Python; the
        few words present are found by a set intersection, their places by list searches in C.
        """
        hits = self.vocab & vocab
        if not hits:
            return []
        ws = self.words
        if len(hits) > 3:
            return [i for i, w in enumerate(ws) if w in hits]
        out: list[int] = []
        for w in hits:
            i = -1
            for _ in range(ws.count(w)):
                i = ws.index(w, i + 1)
                out.append(i)
        if len(hits) > 1:
            out.sort()
        return out

    @property
    def serbian(self) -> bool:
        """Whether the text looks Serbian (its letters or its small words), so that Serbian
        case endings are to be expected in it."""
        if self._serbian is None:
            self._serbian = bool(_SERBIAN_LETTERS.search(self.text.original)) or not (
                _SERBIAN_WORDS.isdisjoint(self.vocab)
            )
        return self._serbian

    @property
    def lower_case(self) -> bool:
        """Whether the text is written without capitals (acronyms aside): quick notes ("ramiza
        kaze da ..."), where a missing capital says nothing about a name."""
        if self._lower is None:
            # A one-letter word in capitals opening the text ("U bašti kraj salaša ...", "A
            # boy ...") is a sentence written with capitals, as a title-case word would be.
            self._lower = (
                _TITLE_CASE.search(self.text.original) is None
                and _CAPITAL_LETTER_OPENING.match(self.text.original) is None
            )
        return self._lower

    def sentence_ends(self) -> list[int]:
        """Indices of the last word of every sentence (a full stop, question or exclamation
        mark, colon, semicolon or line break after it; an apostrophe or a dash ends none)."""
        if self._sentence_ends is None:
            n = len(self.words)
            # The word before each stop: one search in C, then a bisection per stop.
            found = {
                bisect.bisect_right(self.starts, m.start()) - 1
                for m in _FULL_STOP.finditer(self.text.folded)
                if not self._ordinal_dot(m.start()) and not self._initial_dot(m.start())
            }
            self._sentence_ends = sorted(j for j in found if 0 <= j < n - 1) + [n - 1]
        return self._sentence_ends

    def sentence_of(self, i: int) -> tuple[int, int]:
        """The first word and one past the last of the sentence word ``i`` is in."""
        ends = self.sentence_ends()
        k = bisect.bisect_left(ends, i)
        lo = ends[k - 1] + 1 if k > 0 else 0
        hi = ends[k] + 1 if k < len(ends) else len(self.words)
        return lo, hi

    def _ordinal_dot(self, k: int) -> bool:
        """Whether the full stop at folded offset ``k`` marks a Serbian ordinal number, not
        the end of a sentence: "2024. upao", "1. juna" (a number, then a small letter)."""
        folded = self.text.folded
        if folded[k] != "." or k == 0 or not folded[k - 1].isdigit():
            return False
        m = k + 1
        while m < len(folded) and folded[m] == " ":
            m += 1
        if m == k + 1 or m >= len(folded):
            return False
        return self.text.original[self.text.orig_index(m)].islower()

    def _initial_dot(self, k: int) -> bool:
        """Whether the full stop at folded offset ``k`` closes a name's initial, not a
        sentence: "Ivana M. (Kancelarija za azil): ...", "Nenad I. iz tužilaštva", "S.L.
        (UNHCR) je tražila" (a capital letter alone after a capitalised word or after another
        initial, and no capital after the stop)."""
        folded = self.text.folded
        if folded[k] != "." or k < 2 or not folded[k - 1].isalpha() or folded[k - 2] not in " .":
            return False
        original = self.text.original
        if not original[self.text.orig_index(k - 1)].isupper():
            return False
        if folded[k - 2] == ".":
            # "S.L.": another capital initial right before, a word's start before that
            if not (folded[k - 3].isalpha() and original[self.text.orig_index(k - 3)].isupper()):
                return False
            if k > 3 and folded[k - 4].isalnum():
                return False
        else:
            if k < 3:
                return False
            j = k - 3
            while j > 0 and folded[j - 1].isalpha():
                j -= 1
            if not folded[j].isalpha() or not original[self.text.orig_index(j)].isupper():
                return False
        m = k + 1
        while m < len(folded) and folded[m] == " ":
            m += 1
        return m < len(folded) and not original[self.text.orig_index(m)].isupper()

    def original(self, i: int) -> str:
        """The original spelling of word ``i`` (with its case and diacritics)."""
        a, b = self.text.span(self.starts[i], self.ends[i])
        return self.text.original[a:b]

    def is_capitalised(self, i: int) -> bool:
        """Whether word ``i`` starts with an upper-case letter in the original text."""
        # Folded.orig_index inlined: this runs for nearly every candidate word.
        text = self.text
        k = self.starts[i]
        if text.starts is not None:
            k = text.starts[k] if k < len(text.starts) else len(text.original)
        return text.original[k].isupper()

    def is_upper(self, i: int) -> bool:
        """Whether word ``i`` is written all in capitals (an acronym) in the original text."""
        word = self.original(i)
        return word.isupper() and len(word) > 1

    def gap(self, i: int, j: int) -> str:
        """The folded text between the end of word ``i`` and the start of word ``j``."""
        return self.text.folded[self.ends[i] : self.starts[j]]

    def joined(self, i: int, j: int, allowed: str = " -'.") -> bool:
        """Whether words ``i`` and ``j`` (adjacent) are separated only by a short run of
        ``allowed`` characters, i.e. belong to the same name."""
        if j >= len(self.words) or i < 0:
            return False
        g = self.gap(i, j)
        return 0 < len(g) <= 3 and not g.strip(allowed + "\t")

    def sentence_initial(self, i: int) -> bool:
        """Whether word ``i`` opens a sentence (or a line, list item or quotation)."""
        folded = self.text.folded
        k = self.starts[i] - 1
        while k >= 0 and folded[k] in " \t":
            k -= 1
        return k < 0 or folded[k] in _SENTENCE_END
