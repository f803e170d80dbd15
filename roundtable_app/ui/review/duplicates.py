"""Possible duplicates: remarks that say nearly the same (after bundles from several laptops).

Qt-free. Texts are compared folded (case, diacritics, script), as the sorted set of their
words (so word order and repetition do not matter), with rapidfuzz's bit-parallel ``ratio``;
only remarks of the same theme are compared, and ``cdist`` does the pairwise work in C on
every core. (``token_set_ratio`` says much the same but costs forty times more per pair.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from roundtable_app.guard.normalise import fold
from roundtable_app.vault.types import RemarkInfo

THRESHOLD = 88
_WORD = re.compile(r"[^\W_]+")


def possible_duplicates(
    remarks: Sequence[RemarkInfo], threshold: int = THRESHOLD
) -> list[list[str]]:
    """Groups (two or more ids) of remarks of one theme whose folded wordings are at least
    ``threshold`` (0-100) alike; each group in capture order."""
    import numpy as np  # rapidfuzz returns numpy arrays
    from rapidfuzz import fuzz, process

    by_theme: dict[int, list[RemarkInfo]] = {}
    for r in remarks:
        if not r.deleted and r.merged_into is None:
            by_theme.setdefault(r.theme_id, []).append(r)
    groups: list[list[str]] = []
    for items in by_theme.values():
        if len(items) < 2:
            continue
        texts = [" ".join(sorted(set(_WORD.findall(fold(r.current_text).folded)))) for r in items]
        scores = process.cdist(
            texts, texts, scorer=fuzz.ratio, score_cutoff=threshold, workers=-1, dtype=np.uint8
        )
        parent = list(range(len(items)))
        rows, cols = np.nonzero(scores)
        for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
            if i < j:
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
