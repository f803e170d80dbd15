"""The twenty-ninth held-out set (tests/guard/heldout29), written by someone who had read neither
the guard's code nor any earlier set: another event (Bor, with visits to Zaječar and Negotin:
migrant workers in the mines, labour trafficking, Vlach and Roma communities, gender-based
violence, child marriage, unaccompanied children, statelessness, trauma care, the churches,
local radio), its own 124 terms, 625 labelled remarks in English and Serbian (both scripts),
134 of them identification by elimination, 258 clean and written to be hard.

It was written while the twenty-second round was being fixed and scored, unread, on the guard
after rounds 18, 21 and 22:

    after round 18: caught 326/367 (88.8%), flagged 16/258 (6.2%)
    after round 21: caught 329/367 (89.6%), flagged 13/258 (5.0%)

    after round 22: caught 329/367 (89.6%), flagged 12/258 (4.7%)
        en       caught 109/117 (93.2%), flagged 7/88 (8.0%)
        sr-Latn  caught 106/125 (84.8%), flagged 4/80 (5.0%)
        sr-Cyrl  caught 114/125 (91.2%), flagged 1/90 (1.1%)
        identification by elimination: caught 108/134 (80.6%)

Issue 12's targets are not met on it.

**Read while fixing round 23** (after the figures above were recorded): its failures were
grouped by phenomenon and fixed by general rules, each pinned by cases of our own in
test_guard_round23.py, so it is no longer an unseen measure. After round 23, an upper bound:
caught 334/367 (91.0%), flagged 7/258 (2.7%). Left failing: "Felix Romuliane", "Serbian
Cyrillic", a surname in a case study said not to be related, "Nadu su polagali u zakon", a
hotline run by a body, "Praxis je objavio analizu", "Marka", and among the leaks descriptions
that need the room ("gde stanuje i jedan od govornika", "Ona koja vodi centar u Zaječaru"). The
floors below are these figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout29"
CAUGHT_FLOOR = 334 / 367
FLAGGED_CEILING = 7 / 258


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout29_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout29_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout29") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
