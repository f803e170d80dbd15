"""Spell-checking, Qt-free: which words of a text are misspelt, and what to suggest.

Dictionaries are the Hunspell ones the system provides, through Enchant (``pyenchant``; on
Debian ``libenchant-2-2``, ``hunspell-en-us``, ``hunspell-sr``). Words written in Cyrillic are
checked against the Serbian Cyrillic dictionary and words in Latin against the language's Latin
one (plus English for a Serbian event, whose notes carry English terms), so a Latin word in a
Cyrillic text is not marked wrong for its script alone. The event's own words (names, jargon)
come from the vault. When no dictionary can be loaded the service says why, once, and marks
nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

# Hunspell dictionary names, by BCP 47 tag, in the order they are tried.
DICTIONARIES: dict[str, tuple[str, ...]] = {
    "en": ("en_GB", "en_US"),
    "sr-Latn": ("sr_Latn_RS", "sr_Latn"),
    "sr-Cyrl": ("sr_RS", "sr_Cyrl_RS", "sr"),
}
# Letters, with an apostrophe or hyphen inside a word (don't, Bosne-i-Hercegovine).
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
MAX_SUGGESTIONS = 6


class Dictionary(Protocol):
    """What the service needs of a dictionary (an ``enchant.Dict`` or a test's fake)."""

    def check(self, word: str) -> bool:
        """Whether ``word`` is spelt correctly."""
        ...

    def suggest(self, word: str) -> list[str]:
        """Spellings close to ``word``."""
        ...


@dataclass(frozen=True)
class Misspelling:
    """A misspelt word at ``start``..``end`` (Python string indices) of the checked text."""

    start: int
    end: int
    word: str


def _enchant_loader(name: str) -> Dictionary | None:
    try:
        import enchant  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    try:
        # Not enchant.dict_exists: it normalises "sr_Latn_RS" into a tag no provider matches,
        # while asking for the dictionary by its file name finds it.
        return enchant.Dict(name)  # type: ignore[no-any-return]
    except enchant.errors.Error:
        return None


def enchant_available() -> bool:
    """Whether the Enchant library and its Python binding can be loaded at all."""
    try:
        import enchant  # type: ignore[import-not-found,unused-ignore]  # noqa: F401
    except ImportError:
        return False
    return True


class SpellingService:
    """Checks text for one language tag (``en``, ``sr-Latn``, ``sr-Cyrl``).

    ``loader`` turns a Hunspell dictionary name into a dictionary (Enchant by default; tests
    give fakes). ``event_words`` are accepted as correct (the event's dictionary).
    """

    def __init__(
        self,
        tag: str,
        event_words: Iterable[str] = (),
        *,
        loader: Callable[[str], Dictionary | None] = _enchant_loader,
    ) -> None:
        self.tag = tag
        self._loader = loader
        self._words = {self._key(w) for w in event_words}
        serbian = tag.startswith("sr")
        self._latin = self._load(DICTIONARIES["sr-Latn" if serbian else "en"])
        self._latin_extra = self._load(DICTIONARIES["en"]) if serbian else []
        self._cyrillic = self._load(DICTIONARIES["sr-Cyrl"]) if serbian else []
        self._cache: dict[str, bool] = {}

    def _load(self, names: Iterable[str]) -> list[Dictionary]:
        for name in names:
            found = self._loader(name)
            if found is not None:
                return [found]
        return []

    @staticmethod
    def _key(word: str) -> str:
        return unicodedata.normalize("NFC", word).casefold()

    @property
    def available(self) -> bool:
        """True when the main dictionary of the language loaded."""
        if self.tag == "sr-Cyrl":
            return bool(self._cyrillic)
        return bool(self._latin)

    def unavailable_reason(self) -> str:
        """Why nothing is checked ('' when the dictionaries are there), in plain English words
        for the UI to translate around."""
        if self.available:
            return ""
        if not enchant_available():
            return "enchant"
        return "dictionary"

    def add_word(self, word: str) -> None:
        """Accept ``word`` from now on (it was added to the event's dictionary)."""
        self._words.add(self._key(word))
        self._cache.clear()

    def is_correct(self, word: str) -> bool:
        """Whether ``word`` is accepted (dictionary, event's words, or not checkable)."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        result = self._check(word)
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[word] = result
        return result

    def _check(self, word: str) -> bool:
        if self._key(word) in self._words or len(word) < 2:
            return True
        if word.isupper() and len(word) <= 5:
            return True  # acronyms (UNHCR, NVO) are not the spell-checker's business
        dictionaries = (
            self._cyrillic if _CYRILLIC.search(word) else [*self._latin, *self._latin_extra]
        )
        if not dictionaries:
            return True  # no dictionary for this script: mark nothing rather than everything
        candidates = {word, word.replace("’", "'")}
        return any(d.check(w) for d in dictionaries for w in candidates)

    def misspellings(self, text: str) -> list[Misspelling]:
        """The misspelt words of ``text``, in order."""
        if not self.available:
            return []
        return [
            Misspelling(m.start(), m.end(), m.group(0))
            for m in _WORD.finditer(text)
            if not self.is_correct(m.group(0))
        ]

    def suggestions(self, word: str, limit: int = MAX_SUGGESTIONS) -> list[str]:
        """Up to ``limit`` spellings close to ``word``, from the dictionary of its script."""
        dictionaries = (
            self._cyrillic if _CYRILLIC.search(word) else [*self._latin, *self._latin_extra]
        )
        out: list[str] = []
        for dictionary in dictionaries:
            for suggestion in dictionary.suggest(word):
                if suggestion not in out and suggestion != word:
                    out.append(suggestion)
        return out[:limit]
