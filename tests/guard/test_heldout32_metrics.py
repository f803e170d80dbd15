"""The thirty-second held-out set (tests/guard/heldout32), written by someone who had read
neither the guard's code nor any earlier set: another event (Kikinda, with visits to Mokrin and
Novi Kneževac: migrants in abandoned farmsteads, smuggling across the Romanian and Hungarian
borders, child labour in the harvests, Roma settlements, domestic violence and elder abuse in
villages), its own 119 terms (many of whose surnames are places or ordinary words: Banat,
Čoka, Tisa, Kos, Salaš, Zec, Sremac), 651 labelled remarks in English and Serbian (both
scripts), 133 of them identification by elimination, 263 clean and written to be hard.

It was scored, unread, on the guard after round 23 and while round 24 (rules from held-out
sets 30 and 31 only) was under way:

    after round 23: caught 340/388 (87.6%), flagged 64/263 (24.3%)
        en       caught 109/126 (86.5%), flagged 18/90 (20.0%)
        sr-Latn  caught 121/131 (92.4%), flagged 24/86 (27.9%)
        sr-Cyrl  caught 110/131 (84.0%), flagged 22/87 (25.3%)
        identification by elimination: caught 115/133 (86.5%)
    during round 24: caught 340/388 (87.6%), flagged 63/263 (24.0%)

Then read, and round 24 was finished with rules for what it showed as well (read figures in
the README). Issue 12's targets are far from met on it. The floors below are the figures after
round 24.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout32"
CAUGHT_FLOOR = 354 / 388
FLAGGED_CEILING = 46 / 263


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout32_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout32_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout32") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
