"""Possible duplicates: remarks that say nearly the same (after bundles from several laptops).

Qt-free. Texts are compared folded (case, diacritics, script), as the sorted set of their
words (so word order and repetition do not matter), with rapidfuzz's bit-parallel ``ratio``;
only remarks of the same theme that share one of their rarest words are compared, so ten
thousand remarks cost a few candidate pairs each rather than fifty million comparisons.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from roundtable_app.guard.normalise import fold
from roundtable_app.vault.types import RemarkInfo

THRESHOLD = 88
RARE_WORDS = 3
_WORD = re.compile(r"[^\W_]+")


def possible_duplicates(
    remarks: Sequence[RemarkInfo], threshold: int = THRESHOLD
) -> list[list[str]]:
    """Groups (two or more ids) of remarks of one theme whose folded wordings are at least
    ``threshold`` (0-100) alike; each group in capture order."""
    from rapidfuzz import fuzz

    by_theme: dict[int, list[RemarkInfo]] = {}
    for r in remarks:
        if not r.deleted and r.merged_into is None:
            by_theme.setdefault(r.theme_id, []).append(r)
    groups: list[list[str]] = []
    for items in by_theme.values():
        if len(items) < 2:
            continue
        words = [set(_WORD.findall(fold(r.current_text).folded)) for r in items]
        texts = [" ".join(sorted(w)) for w in words]
        # Blocking: remarks this alike share most of their words, so they share at least
        # one of each other's rarest words. Only such pairs are scored, instead of all
        # n-squared of them.
        postings: dict[str, list[int]] = {}
        for i, ws in enumerate(words):
            for w in ws:
                postings.setdefault(w, []).append(i)
        parent = list(range(len(items)))
        for i, ws in enumerate(words):
            rare = sorted(ws, key=lambda w: len(postings[w]))[:RARE_WORDS]
            candidates: set[int] = set()
            for w in rare:
                candidates.update(postings[w])
            for j in candidates:
                if j > i and fuzz.ratio(texts[i], texts[j], score_cutoff=threshold):
                    parent[_root(parent, i)] = _root(parent, j)
        clusters: dict[int, list[int]] = {}
        for i in range(len(items)):
            clusters.setdefault(_root(parent, i), []).append(i)
        for members in clusters.values():
            if len(members) > 1:
                groups.append([items[i].id for i in sorted(members)])
    return groups


def _root(parent: list[int], i: int) -> int:
    # union-find with path halving: pairs above the threshold join one group
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i
