"""The twenty-sixth held-out set (tests/guard/heldout26), written by someone who had read
neither the guard's code nor any earlier set: another event (Kikinda, with visits to Horgoš
and to squats near the Hungarian fence: pushbacks from Hungary, smuggling and trafficking,
gender-based violence, unaccompanied children, Hungarian, Roma and Romanian communities,
winter shelter, trauma care), its own 118 terms, 676 labelled remarks in English and Serbian
(both scripts, each written on its own), 135 of them identification by elimination, 259 clean
and written to be hard.

It was written while the twenty-first round was being fixed and scored, unread, on the guard
after rounds 18, 20 and 21:

    after round 18: caught 384/417 (92.1%), flagged 28/259 (10.8%)
    after round 20: caught 388/417 (93.0%), flagged 25/259 (9.7%)

    after round 21: caught 390/417 (93.5%), flagged 23/259 (8.9%)
        en       caught 129/137 (94.2%), flagged 6/86 (7.0%)
        sr-Latn  caught 127/138 (92.0%), flagged 8/85 (9.4%)
        sr-Cyrl  caught 134/142 (94.4%), flagged 9/88 (10.2%)
        identification by elimination: caught 120/135 (88.9%)

Issue 12's targets are not met on it.

**Read while fixing round 22** (after the figures above were recorded): its failures were
grouped by phenomenon and fixed by general rules, each pinned by cases of our own in
test_guard_round22.py, so it is no longer an unseen measure. After round 22, an upper bound:
caught 395/417 (94.7%), flagged 15/259 (5.8%). Left failing: a stamp that is a given name's
case form ("Marka za pasoš"), an association named by a common phrase opening a sentence ("Bela
mreža protiv komaraca"), footballers and a founder named by given name and surname, a ship's
name in quotes, a generic movement ("Red Cross volunteers everywhere"), and among the leaks
bodies acting through their representative ("preko svoje predstavnice"), "Mi sudije", "Naš
sudija", nicknames opening a sentence. The floors below are these figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout26"
CAUGHT_FLOOR = 395 / 417
FLAGGED_CEILING = 15 / 259


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout26_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout26_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout26") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
