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

Issue 12's targets (95% caught, 2.5% flagged) are not met on it. The floors below are those
figures, so that a later change cannot make the guard worse on text it has never seen unnoticed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout4"
CAUGHT_FLOOR = 182 / 205
FLAGGED_CEILING = 8 / 145


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
    """No worse than when it was first scored: 88.8% caught, 5.5% of clean remarks flagged."""
    print("\n" + score.breakdown("heldout4") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
