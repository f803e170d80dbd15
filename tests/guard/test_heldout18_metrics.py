"""The eighteenth held-out set (tests/guard/heldout18), written by someone who had read
neither the guard's code nor any earlier set: another event (Loznica and Banja Koviljača on
the Drina, with a delegation from Zvornik and Bijeljina: the asylum centre, pushbacks across
the river, statelessness, gender-based violence, children on the move, trauma care), its own
110 terms, 725 labelled remarks in English and Serbian (both scripts), 157 of them
identification by elimination, 300 clean and written to be hard (names that are words, public
figures and places sharing listed names, topics in the same styles as leaks).

It was written while the fifteenth round was being fixed and scored, unread, on the guard
after rounds 11 to 15:

    after round 11: caught 361/425 (84.9%), flagged 33/300 (11.0%)
    after round 12: caught 366/425 (86.1%), flagged 20/300 (6.7%)
    after round 13: caught 364/425 (85.6%), flagged 18/300 (6.0%)

    after round 14: caught 365/425 (85.9%), flagged 17/300 (5.7%)
        en       caught 142/172 (82.6%), flagged 5/118 (4.2%)
        sr-Latn  caught 128/148 (86.5%), flagged 9/105 (8.6%)
        sr-Cyrl  caught 95/105 (90.5%), flagged 3/77 (3.9%)
        identification by elimination: caught 126/157 (80.3%)

    after round 15: caught 373/425 (87.8%), flagged 18/300 (6.0%)
        en       caught 143/172 (83.1%), flagged 6/118 (5.1%)
        sr-Latn  caught 133/148 (89.9%), flagged 9/105 (8.6%)
        sr-Cyrl  caught 97/105 (92.4%), flagged 3/77 (3.9%)
        identification by elimination: caught 130/157 (82.8%)

Round 15's rules, fitted to held-outs 16 and 17, carried about a fifth of what they fixed
there to this set: +8 leaks caught, one more false alarm.

**Read while fixing round 16** (after the figures above were recorded): its failures were
grouped by phenomenon and fixed by general rules, each pinned by cases of our own in
test_guard_round16.py, so it is no longer an unseen measure (heldout19 is the next one). After
round 17, an upper bound: caught 413/425 (97.2%), flagged 13/300 (4.3%). The floors below are
these figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout18"
CAUGHT_FLOOR = 413 / 425
FLAGGED_CEILING = 11 / 300  # after round 22


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout18_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout18_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout18") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
