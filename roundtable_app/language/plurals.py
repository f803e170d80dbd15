"""Plural forms: the one helper every count in an export or a CLI message goes through.

English has two forms (one, other); Serbian three (CLDR's one, few, other: 1 primedba,
2 primedbe, 5 primedbi; 21 primedba, 12 primedbi). A message gives one form per category of
its language, so a translation with three forms needs no change to the code that counts.
"""

from __future__ import annotations

from collections.abc import Sequence


def plural_index(n: int, language: str = "en") -> int:
    """Which of a language's plural forms ``n`` takes: English 0 (one) or 1 (other);
    Serbian 0 (one: 1, 21, 101…), 1 (few: 2–4, 22–24…, not 12–14) or 2 (other)."""
    n = abs(n)
    if language.startswith("sr"):
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else 1


def plural(n: int, forms: Sequence[str], language: str = "en") -> str:
    """The form of a word (or phrase) that goes with ``n``; ``forms`` holds one per plural
    category of ``language`` (two for English, three for Serbian)."""
    expected = 3 if language.startswith("sr") else 2
    if len(forms) != expected:
        raise ValueError(f"{language} needs {expected} plural forms, got {len(forms)}")
    return forms[plural_index(n, language)]


def counted(n: int, forms: Sequence[str], language: str = "en") -> str:
    """``n`` and the word in the form it takes: "1 remark", "5 remarks", "22 primedbe"."""
    return f"{n} {plural(n, forms, language)}"
