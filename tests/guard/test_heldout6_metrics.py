"""The sixth held-out set (tests/guard/heldout6), written by someone who had read neither the
guard's code nor any earlier set: another event (Kragujevac: trafficking and labour
exploitation, Roma children's education, push-backs at the borders, psychosocial support,
child protection in social care), its own terms, 464 labelled remarks in English and Serbian
(both scripts), 69 of them identification by elimination. Nobody fixing the guard reads it: it
measures how the guard generalises.

Scored with the guard of main after the third round (commit e1d8464), before the fourth round
(branch guard4, fixed against heldout5's failures) was merged:

    all 464 remarks (272 leaking, 192 clean): caught 228/272 (83.8%), flagged 13/192 (6.8%)
        en       caught 81/94 (86.2%), flagged 7/84 (8.3%)
        sr-Latn  caught 80/101 (79.2%), flagged 4/62 (6.5%)
        sr-Cyrl  caught 67/77 (87.0%), flagged 2/46 (4.3%)
        identification by elimination: caught 56/69 (81.2%)

After the fourth round (twelve general rules written against heldout5's failures, which took
heldout5 from 92.9% / 5.5% to 99.5% / 0.0%), this set, never read while fixing:

    all 464 remarks: caught 229/272 (84.2%), flagged 13/192 (6.8%)
        en       caught 81/94 (86.2%), flagged 7/84 (8.3%)
        sr-Latn  caught 81/101 (80.2%), flagged 4/62 (6.5%)
        sr-Cyrl  caught 67/77 (87.0%), flagged 2/46 (4.3%)
        identification by elimination: caught 56/69 (81.2%)

So rules fixed against one set's failures barely carry to the next set's text: the honest
figure for unseen text is this one, far from issue 12's 95% / 2.5%.

After the fifth round (branch guard5), whose general rules were written while READING THIS
SET'S FAILURES (each rule with cases of our own in tests/guard/test_guard_round5.py, none of
this set's words in any list), so these are upper bounds, not a measure of generalisation:

    all 464 remarks: caught 267/272 (98.2%), flagged 1/192 (0.5%)
        en       caught 92/94 (97.9%), flagged 1/84 (1.2%)
        sr-Latn  caught 99/101 (98.0%), flagged 0/62 (0.0%)
        sr-Cyrl  caught 76/77 (98.7%), flagged 0/46 (0.0%)
        identification by elimination: caught 69/69 (100.0%)

Left unfixed, because no rule would apply to any event without a list of this one's words:
"Dr Google" (a brand after a title reads like "Dr Smith"), the nickname "Сале" (also the
ordinary word "sale"), "MoL" (an English abbreviation of a Serbian ministry's name), "vodi
medijatorka" (a role's head noun alone, after its verb) and a parish kitchen in a named
quarter as a workplace (twice). The next unseen set (heldout7) is the honest measure.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout6"
# Raised to the figures after round 5 (read while fixing): no rule may lose them again.
CAUGHT_FLOOR = 268 / 272
FLAGGED_CEILING = 1 / 192


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout6_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout6_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout6") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
