"""The thirtieth held-out set (tests/guard/heldout30), written by someone who had read neither the
guard's code nor any earlier set: another event (Valjevo, with visits to the Obrenovac centre
and to flood-affected Roma families: displacement after the floods, gender-based violence,
adolescent girls, unaccompanied children, school enrolment, trauma care, hospital and school
psychologists, the diocese), its own 120 terms, 803 labelled remarks in English and Serbian
(both scripts, each written on its own), 132 of them identification by elimination, 324 clean
and written to be hard.

It was written while the twenty-third round was being fixed and scored, unread, on the guard
after round 18, after round 23 and after the review that followed it:

    after round 18: caught 440/479 (91.9%), flagged 34/324 (10.5%)
    after round 23: caught 443/479 (92.5%), flagged 23/324 (7.1%)

    after round 23's review: caught 444/479 (92.7%), flagged 23/324 (7.1%)
        en       caught 144/154 (93.5%), flagged 10/109 (9.2%)
        sr-Latn  caught 154/165 (93.3%), flagged 8/107 (7.5%)
        sr-Cyrl  caught 146/160 (91.2%), flagged 5/108 (4.6%)
        identification by elimination: caught 110/132 (83.3%)

Issue 12's targets are not met on it. The floors below are these figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout30"
CAUGHT_FLOOR = 444 / 479
FLAGGED_CEILING = 23 / 324


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout30_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout30_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout30") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
