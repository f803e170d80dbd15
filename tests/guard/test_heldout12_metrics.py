"""The twelfth held-out set (tests/guard/heldout12), written by someone who had read neither the
guard's code nor any earlier set: another event (Šabac and Loznica, on the Drina: migrants
crossing the river and pushbacks, child marriage and school drop-out among Roma girls, shelters
for women survivors of violence, children with disabilities in school, households displaced by
the 2014 floods), its own 90 terms, 721 labelled remarks in English and Serbian (both scripts),
134 of them identification by elimination and 33 sector-level self-identification. Its clean
remarks were written to be hard (ordinary words that are names of the event's NGOs and people,
listed bodies as topics and sources, places, generic roles). Nobody fixing the guard has read
it.

It was written while nothing was being fixed, and scored on the guard as it stood after the
ninth round (before the tenth):

    after round 9:  caught 408/429 (95.1%), flagged 31/292 (10.6%)
        en       caught 153/163 (93.9%), flagged 15/125 (12.0%)
        sr-Latn  caught 154/161 (95.7%), flagged 11/92 (12.0%)
        sr-Cyrl  caught 101/105 (96.2%), flagged 5/75 (6.7%)
        identification by elimination: caught 129/134 (96.3%)

    after round 10 (fixed against heldout11's failures; nobody had read this set):
                    caught 414/429 (96.5%), flagged 31/292 (10.6%)

    after round 11 (fixed against this set's failures; it now counts as read):
                    caught 414/429 (96.5%), flagged 11/292 (3.8%)

Before round 11 this was the honest figure for text the guard had never seen: at issue 12's
95% caught, far from its 2.5% flagged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout12"
CAUGHT_FLOOR = 418 / 429  # after round 21
FLAGGED_CEILING = 6 / 292


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout12_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout12_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout12") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
