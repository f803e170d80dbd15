"""The nineteenth held-out set (tests/guard/heldout19), written by someone who had read
neither the guard's code nor any earlier set: another event (Pirot and Dimitrovgrad on the
Bulgarian border, with a delegation from Sofia and Kalotina: the eastern border, the Bulgarian
minority, child marriage and school drop-out, elderly people alone, trauma care), its own 110
terms, 689 labelled remarks in English and Serbian (both scripts), 137 of them identification
by elimination, 295 clean and written to be hard (NGOs named by ordinary words, Bulgarian
national heroes and former presidents sharing listed names, public bodies as topics).

It was written while the sixteenth round was being fixed and scored, unread, on the guard
after rounds 11 to 16:

    after round 11: caught 341/394 (86.5%), flagged 44/295 (14.9%)
    after round 12: caught 347/394 (88.1%), flagged 30/295 (10.2%)
    after round 13: caught 346/394 (87.8%), flagged 20/295 (6.8%)
    after round 14: caught 346/394 (87.8%), flagged 20/295 (6.8%)
        en       caught 150/171 (87.7%), flagged 8/111 (7.2%)
        sr-Latn  caught 131/149 (87.9%), flagged 3/92 (3.3%)
        sr-Cyrl  caught 65/74 (87.8%), flagged 9/92 (9.8%)
        identification by elimination: caught 114/137 (83.2%)
    after round 15: caught 350/394 (88.8%), flagged 20/295 (6.8%)

    after round 16: caught 358/394 (90.9%), flagged 18/295 (6.1%)
        en       caught 154/171 (90.1%), flagged 8/111 (7.2%)
        sr-Latn  caught 136/149 (91.3%), flagged 3/92 (3.3%)
        sr-Cyrl  caught 68/74 (91.9%), flagged 7/92 (7.6%)
        identification by elimination: caught 125/137 (91.2%)

Round 16's rules, fitted to held-out 18, carried well to this set's eliminations (83% to 91%
caught) and a little to its false alarms.

**Read while fixing round 17** (after the figures above were recorded): its failures were
grouped by phenomenon and fixed by general rules, each pinned by cases of our own in
test_guard_round17.py, so it is no longer an unseen measure (heldout20 is the next one). After
round 17, an upper bound: caught 376/394 (95.4%), flagged 11/295 (3.7%). The floors below are
these figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout19"
CAUGHT_FLOOR = 376 / 394
FLAGGED_CEILING = 11 / 295


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout19_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout19_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout19") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
