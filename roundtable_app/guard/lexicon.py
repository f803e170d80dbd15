"""Word lists shipped under ``resources/guard`` (see ``make_lists.py`` there for their
sources): ordinary Serbian and English words, and given names of the languages expected at
the events Roundtable is used for. Loaded once per process, on first use.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from functools import lru_cache

from roundtable_app.guard.normalise import fold_str
from roundtable_app.paths import resources_dir


def _lines(name: str) -> list[str]:
    path = resources_dir() / "guard" / name
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Folded ordinary words of Serbian and English ("nađu", "kiša", "kiss", "balance"):
    a form of a protected term that is one of them must be written as a name to count."""
    return frozenset(_lines("common_sr.txt")) | frozenset(_lines("common_en.txt"))


def in_dictionary(words: Iterable[str]) -> frozenset[str]:
    """Which of the folded ``words`` are Serbian dictionary words the frequency lists lack
    ("zracak", "kolijevka", "sabah"). Read through once per call, not kept: the list is
    large and the guard asks only about its terms' own words, once per list of terms."""
    wanted = set(words)
    if not wanted:
        return frozenset()
    path = resources_dir() / "guard" / "dictionary_sr.txt"
    with path.open(encoding="utf-8") as fh:
        return frozenset(w for w in map(str.rstrip, fh) if w in wanted)


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Folded ordinary English words: a Serbian word that is none of them cannot be an
    ordinary word of an English sentence ("bilja's shelter" is Bilja's)."""
    return frozenset(_lines("common_en.txt"))


@lru_cache(maxsize=1)
def frequent_words() -> frozenset[str]:
    """The 1,500 most frequent words of Serbian and of English, folded ("said", "ali")."""
    return frozenset(_lines("frequent_words.txt"))


# Transcriptions a Serbian writer uses for foreign names: Yusuf → Jusuf, Shirin → Širin.
_TRANSCRIBE = (("sh", "s"), ("ch", "c"), ("kh", "h"), ("y", "j"), ("w", "v"), ("q", "k"),
               ("x", "ks"), ("ou", "u"), ("ee", "i"), ("oo", "u"), ("th", "t"))  # fmt: skip


@lru_cache(maxsize=1)
def known_given_names() -> frozenset[str]:
    """Folded given names (Serbian, Hungarian, Roma, Albanian, Arabic, Farsi, Pashto, Dari,
    Urdu, English, French...) with their Serbian transcriptions."""
    names: set[str] = set()
    for line in _lines("given_names.tsv"):
        folded = fold_str(line.split("\t", 1)[0])
        if len(folded) < 3 or not folded.isalpha():
            continue
        names.add(folded)
        serbian = folded
        for a, b in _TRANSCRIBE:
            serbian = serbian.replace(a, b)
        names.add(serbian)
    return frozenset(names)


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Folded one-word names of towns, regions, rivers, islands and passes of the Balkans and
    the routes (resources/guard/places.txt): "banat", "coka", "kos", "brenner"."""
    return frozenset(_lines("places.txt"))


@lru_cache(maxsize=1)
def public_figures() -> tuple[tuple[str, ...], ...]:
    """Folded full names of people every reader knows (Stefan Nemanja, Nadežda Petrović,
    Nelson Mandela), each as its words: never participants unless an event lists them."""
    out = []
    for line in _lines("public_figures.txt"):
        if not line.startswith("#"):
            out.append(tuple(w for w in re.split(r"[^0-9a-z]+", fold_str(line)) if w))
    return tuple(out)


@lru_cache(maxsize=1)
def hypocoristics_table() -> dict[str, tuple[tuple[str, str], ...]]:
    """Folded given name -> ((language, short form), ...), Serbian first, from the shipped
    table."""
    path = resources_dir() / "guard" / "hypocoristics.csv"
    table: dict[str, list[tuple[str, str]]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            key = fold_str(row["name"].strip())
            for short in row["hypocoristics"].split(";"):
                if short.strip():
                    table.setdefault(key, []).append((row["language"].strip(), short.strip()))
    order = {"sr": 0}
    return {
        k: tuple(dict.fromkeys(sorted(v, key=lambda p: order.get(p[0], 1))))
        for k, v in table.items()
    }


def short_forms(given: str) -> list[str]:
    """The usual short forms of a given name (Aleksandar → Saša, Aca, …), Serbian first."""
    return list(dict.fromkeys(s for _, s in hypocoristics_table().get(fold_str(given), ())))
