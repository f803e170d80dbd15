"""The thirty-first held-out set (tests/guard/heldout31), written by someone who had read neither
the guard's code nor any earlier set: another event (Užice, with visits to Prijepolje and the
Sandžak border area: Bosniak and Roma communities, migrants on the mountain routes, gender-
based violence, early marriage, unaccompanied children, winter deaths, trauma care, the Islamic
community and the Orthodox diocese), its own 116 terms, 673 labelled remarks in English and
Serbian (both scripts), 132 of them identification by elimination, 260 clean and written to be
hard.

It was written while the twenty-third round was being fixed and scored, unread, on the guard
after rounds 18, 22 and 23:

    after round 18: caught 378/413 (91.5%), flagged 8/260 (3.1%)
    after round 22: caught 384/413 (93.0%), flagged 7/260 (2.7%)

    after round 23: caught 385/413 (93.2%), flagged 7/260 (2.7%)
        en       caught 139/143 (97.2%), flagged 5/81 (6.2%)
        sr-Latn  caught 133/143 (93.0%), flagged 0/80 (0.0%)
        sr-Cyrl  caught 113/127 (89.0%), flagged 2/99 (2.0%)
        identification by elimination: caught 112/132 (84.8%)

Issue 12's targets are not met on it (its 2.5% flagged nearly). The floors below are these
figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout31"
CAUGHT_FLOOR = 385 / 413
FLAGGED_CEILING = 7 / 260


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout31_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout31_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout31") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
