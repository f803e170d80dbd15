"""The sixteenth held-out set (tests/guard/heldout16), written by someone who had read neither
the guard's code nor any earlier set: another event (Novi Pazar, with visits to the Tutin
asylum centre and the villages of the Pešter plateau: asylum, readmission, child marriage,
protection orders, elderly people alone, trauma care, religious charities, free legal aid,
winter emergencies), its own 99 terms, 833 labelled remarks in English and Serbian (both
scripts), 142 of them identification by elimination, half of them clean and written to be hard.

It was written while the thirteenth round was being fixed and scored, unread, on the guard
after the eleventh, twelfth and thirteenth rounds:

    after round 11: caught 349/419 (83.3%), flagged 73/414 (17.6%)
        en       caught 130/165 (78.8%), flagged 28/207 (13.5%)
        sr-Latn  caught 134/157 (85.4%), flagged 30/137 (21.9%)
        sr-Cyrl  caught 85/97 (87.6%), flagged 15/70 (21.4%)
        identification by elimination: caught 94/142 (66.2%)

    after round 12: caught 353/419 (84.2%), flagged 65/414 (15.7%)
        en       caught 132/165 (80.0%), flagged 27/207 (13.0%)
        sr-Latn  caught 136/157 (86.6%), flagged 26/137 (19.0%)
        sr-Cyrl  caught 85/97 (87.6%), flagged 12/70 (17.1%)
        identification by elimination: caught 96/142 (67.6%)

    after round 13: caught 356/419 (85.0%), flagged 49/414 (11.8%)
        en       caught 134/165 (81.2%), flagged 19/207 (9.2%)
        sr-Latn  caught 137/157 (87.3%), flagged 21/137 (15.3%)
        sr-Cyrl  caught 85/97 (87.6%), flagged 9/70 (12.9%)
        identification by elimination: caught 99/142 (69.7%)

The hardest set so far: two rounds fitted to other sets took a third of its false alarms away
and caught seven more of its leaks; issue 12's targets (95% caught, 2.5% flagged) are far off
on it.

**Read while fixing round 14** (after the figures above were recorded): its failures were
grouped by phenomenon and fixed by general rules, each pinned by cases of our own in
test_guard_round14.py, so it is no longer an unseen measure (heldout17 is the next one). After
round 14, an upper bound: caught 377/419 (90.0%), flagged 32/414 (7.7%). What is left is
mostly ordinary words of Bosnian and Serbian that name the event's associations ("Sabah je bio
leden", "Sadaka se deli", "Kolijevka kulture", "Zračak nade"), which the shipped word lists do
not hold, and descriptions that only those in the room could decode.

Read again for round 15 (its remaining failures, with held-out 17's): a Serbian dictionary's
words for one-word association names, a profession alone in the first person, an indefinite
description placed in a named town, lower-case acronyms with a hyphenated case ending. After
round 16: caught 382/419 (91.2%), flagged 26/414 (6.3%). The floors below are these figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout16"
CAUGHT_FLOOR = 382 / 419
FLAGGED_CEILING = 26 / 414


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout16_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout16_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout16") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
