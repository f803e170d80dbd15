"""The twentieth held-out set (tests/guard/heldout20), written by someone who had read
neither the guard's code nor any earlier set: another event (Belgrade, with visits to the
Krnjača and Obrenovac centres and the airport transit zone: asylum procedures, refugees from
Ukraine, unaccompanied children, trafficking, LGBTI asylum seekers, trauma care), its own 109
terms, 745 labelled remarks in English and Serbian (both scripts), 124 of them identification
by elimination, 304 clean and written to be hard (streets, hospitals and schools named after
people, public figures, NGOs named by ordinary words, public bodies as topics).

It was written while the seventeenth round was being fixed and scored, unread, on the guard
after rounds 11 to 17:

    after round 11: caught 418/441 (94.8%), flagged 36/304 (11.8%)
    after round 12: caught 419/441 (95.0%), flagged 24/304 (7.9%)
    after round 13: caught 420/441 (95.2%), flagged 24/304 (7.9%)
    after round 14: caught 421/441 (95.5%), flagged 19/304 (6.2%)
        en       caught 161/165 (97.6%), flagged 8/112 (7.1%)
        sr-Latn  caught 150/162 (92.6%), flagged 7/101 (6.9%)
        sr-Cyrl  caught 110/114 (96.5%), flagged 4/91 (4.4%)
        identification by elimination: caught 116/124 (93.5%)
    after round 15: caught 422/441 (95.7%), flagged 19/304 (6.2%)
    after round 16: caught 426/441 (96.6%), flagged 18/304 (5.9%)

    after round 17: caught 426/441 (96.6%), flagged 15/304 (4.9%)
        en       caught 162/165 (98.2%), flagged 7/112 (6.2%)
        sr-Latn  caught 153/162 (94.4%), flagged 6/101 (5.9%)
        sr-Cyrl  caught 111/114 (97.4%), flagged 2/91 (2.2%)
        identification by elimination: caught 120/124 (96.8%)

An easier set than held-outs 16 to 19 (95% caught already after round 11): issue 12's 95%
is met on it, its 2.5% flagged is not.

**Read while fixing round 18** (after the figures above were recorded): its failures were
grouped by phenomenon and fixed by general rules, each pinned by cases of our own in
test_guard_round18.py, so it is no longer an unseen measure (heldout21 is the next one). After
round 18, an upper bound: caught 433/441 (98.2%), flagged 6/304 (2.0%). The floors below are
these figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout20"
CAUGHT_FLOOR = 433 / 441
FLAGGED_CEILING = 6 / 304


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout20_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout20_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout20") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
