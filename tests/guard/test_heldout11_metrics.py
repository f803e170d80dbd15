"""The eleventh held-out set (tests/guard/heldout11), written by someone who had read neither the
guard's code nor any earlier set: another event (Zrenjanin and Kikinda: labour trafficking of
foreign workers, dementia care and women carers, Roma settlements without water or address,
services in Hungarian and Romanian, children leaving foster care, flood-displaced households,
data protection in social services), its own 92 terms, 621 labelled remarks in English and
Serbian (both scripts), 119 of them identification by elimination and 28 sector-level
self-identification. Its clean remarks were written to be hard (ordinary words that are names
of the event's NGOs and people, listed bodies as topics, documents, places, generic roles,
public emergency numbers). Nobody fixing the guard has read it.

It was written while the eighth round was being fixed, and scored on the guard as it stood
before the seventh round (after the sixth), after the eighth (the guard as it stood before
the ninth round) and after the ninth:

    after round 6:  caught 335/373 (89.8%), flagged 38/248 (15.3%)
        en       caught 131/142 (92.3%), flagged 13/95 (13.7%)
        sr-Latn  caught 120/134 (89.6%), flagged 11/89 (12.4%)
        sr-Cyrl  caught 84/97 (86.6%), flagged 14/64 (21.9%)
        identification by elimination: caught 105/119 (88.2%)
    after round 8 (before round 9): caught 340/373 (91.2%), flagged 31/248 (12.5%)
        en       caught 133/142 (93.7%), flagged 12/95 (12.6%)
        sr-Latn  caught 122/134 (91.0%), flagged 7/89 (7.9%)
        sr-Cyrl  caught 85/97 (87.6%), flagged 12/64 (18.8%)
        identification by elimination: caught 107/119 (89.9%)

    after round 9 (fixed against heldout10's failures; nobody had read this set):
                    caught 344/373 (92.2%), flagged 31/248 (12.5%)
        en       caught 133/142 (93.7%), flagged 12/95 (12.6%)
        sr-Latn  caught 124/134 (92.5%), flagged 7/89 (7.9%)
        sr-Cyrl  caught 87/97 (89.7%), flagged 12/64 (18.8%)
        identification by elimination: caught 109/119 (91.6%)

    after round 10 (fixed against this set's failures; it now counts as read):
                    caught 360/373 (96.5%), flagged 24/248 (9.7%)
    after round 11: caught 360/373 (96.5%), flagged 6/248 (2.4%)

Before round 10 this was the honest figure for text the guard had never seen: under issue
12's 95% caught, far from its 2.5% flagged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout11"
CAUGHT_FLOOR = 363 / 373  # after round 19
FLAGGED_CEILING = 6 / 248


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout11_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout11_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout11") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
