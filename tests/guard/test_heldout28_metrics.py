"""The twenty-eighth held-out set (tests/guard/heldout28), written by someone who had read neither
the guard's code nor any earlier set: another event (Kragujevac, with visits to a Roma
settlement in Jagodina and the Bosilegrad asylum centre: integration of recognised refugees,
the labour inspectorate, gender-based violence, child labour and begging, guardianship, Roma
housing, trauma care), its own 118 terms, 632 labelled remarks in English and Serbian (both
scripts, partly parallel in their clean remarks), 142 of them identification by elimination,
254 clean and written to be hard.

It was written while the twenty-second round was being fixed and scored, unread, on the guard
after rounds 18, 21 and 22:

    after round 18: caught 348/378 (92.1%), flagged 24/254 (9.4%)
    after round 21: caught 354/378 (93.7%), flagged 20/254 (7.9%)

    after round 22: caught 354/378 (93.7%), flagged 19/254 (7.5%)
        en       caught 117/126 (92.9%), flagged 8/83 (9.6%)
        sr-Latn  caught 121/127 (95.3%), flagged 6/84 (7.1%)
        sr-Cyrl  caught 116/125 (92.8%), flagged 5/87 (5.7%)
        identification by elimination: caught 123/142 (86.6%)

Issue 12's targets are not met on it.

**Read while fixing round 23** (after the figures above were recorded): its failures were
grouped by phenomenon and fixed by general rules, each pinned by cases of our own in
test_guard_round23.py, so it is no longer an unseen measure. After round 23, an upper bound:
caught 355/378 (93.9%), flagged 8/254 (3.1%). Left failing: "Zoru su dočekali", "Nada je, rekli
su, ...", a cartoon character, "Vera Pavladoljska's old hotel", a given name in a church's
title, "Preporuka ... upućena je Vladi", "the Dr Milan Jovanović Batut Institute", and among
the leaks descriptions that need the room. The floors below are these figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout28"
CAUGHT_FLOOR = 355 / 378
FLAGGED_CEILING = 8 / 254


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout28_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout28_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout28") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
