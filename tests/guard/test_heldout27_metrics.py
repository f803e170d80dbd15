"""The twenty-seventh held-out set (tests/guard/heldout27), written by someone who had read
neither the guard's code nor any earlier set: another event (Novi Sad, with visits to a
women's shelter and the Sremski Karlovci asylum centre: gender-based and domestic violence,
refugee women and girls, guardianship, children in courts, LGBTI asylum seekers, Roma and
Slovak communities, legal clinics, the provincial Ombudsperson), its own 111 terms, 620
labelled remarks in English and Serbian (both scripts, partly written from one skeleton), 121
of them identification by elimination, 252 clean and written to be hard.

It was written while the twenty-first round was being fixed and scored, unread, on the guard
after rounds 18, 20 and 21:

    after round 18: caught 348/368 (94.6%), flagged 15/252 (6.0%)
    after round 20: caught 351/368 (95.4%), flagged 13/252 (5.2%)

    after round 21: caught 355/368 (96.5%), flagged 12/252 (4.8%)
        en       caught 116/122 (95.1%), flagged 2/85 (2.4%)
        sr-Latn  caught 117/119 (98.3%), flagged 6/84 (7.1%)
        sr-Cyrl  caught 122/127 (96.1%), flagged 4/83 (4.8%)
        identification by elimination: caught 114/121 (94.2%)

Issue 12's 95% caught is met on it unseen, its 2.5% flagged is not.

**Read while fixing round 22** (after the figures above were recorded): its failures were
grouped by phenomenon and fixed by general rules, each pinned by cases of our own in
test_guard_round22.py, so it is no longer an unseen measure. After round 22, an upper bound:
caught 358/368 (97.3%), flagged 3/252 (1.2%). Left failing: "Nada, vera i ljubav", "the
Icelandic child house model", a quoted title and its author, and among the leaks an apposition
with "our" ("Jovana, our English-Serbian interpreter"), "who gave the opening lecture", names
typed as they sound ("Krasniqui"). The floors below are these figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout27"
CAUGHT_FLOOR = 358 / 368
FLAGGED_CEILING = 3 / 252


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout27_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout27_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout27") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
