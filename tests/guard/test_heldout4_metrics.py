"""The fourth held-out set (tests/guard/heldout4), written after issue 12's rules were done, by
someone who had read neither the guard's code nor any earlier set: a different event (Novi Sad,
labour exploitation, statelessness, asylum at the airport), its own terms, 350 labelled remarks
in English and Serbian (both scripts), 53 of them identification by elimination.

It is the one figure of this round that measures generalisation: heldout3's 99.7% / 0.0% was
reached while reading its failures. Scored with the guard of main at commit 67257b5 (issue 12's
rules merged), before anything was changed for it:

    all 350 remarks (205 leaking, 145 clean): caught 182/205 (88.8%), flagged 8/145 (5.5%)
        en       caught 75/85 (88.2%), flagged 3/57 (5.3%)
        sr-Latn  caught 64/72 (88.9%), flagged 4/50 (8.0%)
        sr-Cyrl  caught 43/48 (89.6%), flagged 1/38 (2.6%)
        identification by elimination: caught 49/53 (92.5%)

Issue 12's targets (95% caught, 2.5% flagged) were not met on it. Its failures were then read
and fixed by general rules (the third round, each rule with cases of our own and look-alikes in
tests/guard/test_guard_round3.py; no case of this set was copied into a rule, a word list or a
test). After those rules:

    all 350 remarks (205 leaking, 145 clean): caught 205/205 (100.0%), flagged 0/145 (0.0%)
        en       caught 85/85 (100.0%), flagged 0/57 (0.0%)
        sr-Latn  caught 72/72 (100.0%), flagged 0/50 (0.0%)
        sr-Cyrl  caught 48/48 (100.0%), flagged 0/38 (0.0%)
        identification by elimination: caught 53/53 (100.0%)

These "after" figures are an UPPER BOUND, not a measure of generalisation: they were reached
while reading this set's failures, exactly as heldout3's were. Only the "before" figures above
measured the guard on unseen text; a fifth set, written independently after this round, is the
next honest measure. The floors below are the after figures, so that a later change cannot
quietly undo the rules this set led to.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout4"
CAUGHT_FLOOR = 205 / 205
FLAGGED_CEILING = 0 / 145


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout4_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout4_metrics(score: Score) -> None:
    """No worse than after the third round's rules: 100% caught, no clean remark flagged
    (an upper bound: the set was read while fixing; first scored at 88.8% / 5.5%)."""
    print("\n" + score.breakdown("heldout4") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
