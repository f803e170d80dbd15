"""The fourteenth held-out set (tests/guard/heldout14), written by someone who had read neither
the guard's code nor any earlier set: another event (Kragujevac, with a visit to Kraljevo:
juvenile justice, forced evictions of Roma settlements, people with intellectual disabilities
leaving institutions, elderly people alone in villages, trafficking, online violence against
women journalists, free legal aid), its own 95 terms, 853 labelled remarks in English and
Serbian (both scripts), 160 of them identification by elimination. Its clean remarks were
written to be hard (ordinary words that are names of the event's NGOs and people, listed bodies
as topics and sources, places, public figures, generic roles, laws). Nobody fixing the guard
had read it before round 12.

It was written while the eleventh round was being fixed, and scored on the guard as it stood
after the tenth round and after the eleventh (fixed against heldout12's failures):

    after round 10: caught 445/494 (90.1%), flagged 67/359 (18.7%)
        en       caught 202/222 (91.0%), flagged 36/173 (20.8%)
        sr-Latn  caught 156/176 (88.6%), flagged 20/111 (18.0%)
        sr-Cyrl  caught 87/96 (90.6%), flagged 11/75 (14.7%)
        identification by elimination: caught 142/160 (88.8%)

    after round 11: caught 445/494 (90.1%), flagged 39/359 (10.9%)
        en       caught 202/222 (91.0%), flagged 19/173 (11.0%)
        sr-Latn  caught 156/176 (88.6%), flagged 14/111 (12.6%)
        sr-Cyrl  caught 87/96 (90.6%), flagged 6/75 (8.0%)
        identification by elimination: caught 142/160 (88.8%)

With heldout13, the honest figure for text the guard has never seen: about 90% caught, under
issue 12's 95%; 5 to 11% flagged, above its 2.5%.

**Read while fixing round 12** (with heldout13): its failures were grouped by phenomenon and
fixed by general rules, each pinned by cases of our own in test_guard_round12.py, so it is no
longer an unseen measure (heldout15 is the next one). After round 12, an upper bound:

    caught 473/494 (95.7%), flagged 14/359 (3.9%)
        en       caught 213/222 (95.9%), flagged 6/173 (3.5%)
        sr-Latn  caught 168/176 (95.5%), flagged 5/111 (4.5%)
        sr-Cyrl  caught 92/96 (95.8%), flagged 3/75 (4.0%)
        identification by elimination: caught 152/160 (95.0%)

The floors below are these figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout14"
CAUGHT_FLOOR = 475 / 494
FLAGGED_CEILING = 12 / 359


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout14_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout14_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout14") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
