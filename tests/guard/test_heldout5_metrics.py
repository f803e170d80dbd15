"""The fifth held-out set (tests/guard/heldout5), written, like heldout4, by someone who had
read neither the guard's code nor any earlier set: another event (Niš, domestic violence
services, juvenile justice, child marriage, unaccompanied minors), its own terms, 357 labelled
remarks in English and Serbian (both scripts), 50 of them identification by elimination. Its
failures are never read while rules are written: it measures how the guard generalises.

Scored with the guard of main after issue 12's second round (commit 67257b5's rules), before
the third round (branch guard3, fixed against heldout4) was merged:

    all 357 remarks (211 leaking, 146 clean): caught 187/211 (88.6%), flagged 8/146 (5.5%)
        en       caught 79/87 (90.8%), flagged 3/59 (5.1%)
        sr-Latn  caught 61/70 (87.1%), flagged 3/50 (6.0%)
        sr-Cyrl  caught 47/54 (87.0%), flagged 2/37 (5.4%)
        identification by elimination: caught 40/50 (80.0%)

After the third round (rules written against heldout4's failures, never this set's):

    all 357 remarks: caught 196/211 (92.9%), flagged 8/146 (5.5%)
        en       caught 82/87 (94.3%), flagged 3/59 (5.1%)
        sr-Latn  caught 63/70 (90.0%), flagged 3/50 (6.0%)
        sr-Cyrl  caught 51/54 (94.4%), flagged 2/37 (5.4%)
        identification by elimination: caught 43/50 (86.0%)

Those two scorings were the honest measure of how the guard generalised: issue 12's targets
(95% caught, 2.5% flagged) were not met on text it had never seen.

**This set was then read while fixing round 4** (branch guard4): its failures were grouped by
phenomenon and fixed by general rules, each pinned by cases of our own in
test_guard_round4.py. It is therefore no longer an unseen measure; the figures after round 4
are an upper bound, and tests/guard/heldout6 (written meanwhile, never read here) is the next
honest one.

After the fourth round (rules written against this set's failures):

    all 357 remarks: caught 210/211 (99.5%), flagged 0/146 (0.0%)
        en       caught 87/87 (100.0%), flagged 0/59 (0.0%)
        sr-Latn  caught 69/70 (98.6%), flagged 0/50 (0.0%)
        sr-Cyrl  caught 54/54 (100.0%), flagged 0/37 (0.0%)
        identification by elimination: caught 49/50 (98.0%)

The one miss left is a participant described by age and origin ("a young man of 19 who came
alone from ..."): no rule for ages was written, since case stories about people who are not in
the room have the same shape.

Round 12 counts a centre for social work as a public body by its name's shape, so one more
leak of this set is lost: "ГЦСР-у су потребна још три водитеља случаја" (the city's centre
needs three more case managers), a public body as a topic, which this early set labels a leak
and the later sets label clean (as round 11 decided for every listed public body): caught
209/211 (99.1%), flagged 0/146. The floors below are those figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout5"
CAUGHT_FLOOR = 209 / 211
FLAGGED_CEILING = 0 / 146


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout5_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout5_metrics(score: Score) -> None:
    """No worse than after the fourth round: 99.5% caught, no clean remark flagged (read while
    fixing, so an upper bound)."""
    print("\n" + score.breakdown("heldout5") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
