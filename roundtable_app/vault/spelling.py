"""The event's spelling dictionary: words the spell-checker accepts in this vault only."""

from __future__ import annotations

import unicodedata

from sqlalchemy import delete, select

from roundtable_app.errors import InputError
from roundtable_app.vault.base import VaultBase, now
from roundtable_app.vault.models import SpellingWord

MAX_WORD_CHARS = 100


def clean_word(word: str) -> str:
    """One word, NFC-normalised and stripped; refuses spaces, digits-only and long input."""
    if not isinstance(word, str):
        raise InputError("the word must be text")
    value = unicodedata.normalize("NFC", word.strip())
    if not value:
        raise InputError("the word is empty")
    if len(value) > MAX_WORD_CHARS:
        raise InputError(f"the word is longer than {MAX_WORD_CHARS} characters")
    if any(ch.isspace() or ch == "\x00" for ch in value) or not any(ch.isalpha() for ch in value):
        raise InputError("only a single word (letters, with - or ' inside) can be added")
    return value


class SpellingMixin(VaultBase):
    """Words added to the event's dictionary (add, list, remove)."""

    def dictionary_words(self) -> list[str]:
        """The event's own words, sorted."""
        with self._session() as s:
            return sorted(s.scalars(select(SpellingWord.word)))

    def add_dictionary_word(self, word: str) -> str:
        """Add ``word`` (idempotent); returns it as stored."""
        value = clean_word(word)
        with self._session() as s:
            if s.get(SpellingWord, value) is None:
                s.add(SpellingWord(word=value, added_at=now()))
        return value

    def remove_dictionary_word(self, word: str) -> None:
        """Take ``word`` out of the event's dictionary (no error if it was not there)."""
        value = unicodedata.normalize("NFC", word.strip())
        with self._session() as s:
            s.execute(delete(SpellingWord).where(SpellingWord.word == value))
