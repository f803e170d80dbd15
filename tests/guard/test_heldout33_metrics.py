"""The thirty-third held-out set (tests/guard/heldout33), written by someone who had read
neither the guard's code nor any earlier set: another event (Vranje, with field days in
Bujanovac and Preševo: asylum, returnees under readmission, statelessness and birth
registration among Roma and Egyptian families, child marriage, gender-based violence,
survivors of torture, a hotline), its own 117 terms, 695 labelled remarks in English and
Serbian (both scripts), 138 of them identification by elimination, 275 clean and written to
be hard.

It was scored, unread, on the guard after round 23 and during round 24 (rules from held-out
sets 30 to 32):

    after round 23: caught 363/420 (86.4%), flagged 40/275 (14.5%)
        en       caught 121/138 (87.7%), flagged 11/93 (11.8%)
        sr-Latn  caught 116/137 (84.7%), flagged 16/94 (17.0%)
        sr-Cyrl  caught 126/145 (86.9%), flagged 13/88 (14.8%)
        identification by elimination: caught 105/138 (76.1%)
    during round 24: caught 366/420 (87.1%), flagged 39/275 (14.2%)
        en       caught 122/138 (88.4%), flagged 10/93 (10.8%)
        sr-Latn  caught 116/137 (84.7%), flagged 16/94 (17.0%)
        sr-Cyrl  caught 128/145 (88.3%), flagged 13/88 (14.8%)
        identification by elimination: caught 108/138 (78.3%)

Then read, and round 24 was finished with rules for what it showed as well (read figures in
the README). Issue 12's targets are far from met on it. The floors below are the figures after
round 24.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout33"
CAUGHT_FLOOR = 378 / 420
FLAGGED_CEILING = 30 / 275


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout33_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout33_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout33") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
