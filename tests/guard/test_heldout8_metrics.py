"""The eighth held-out set (tests/guard/heldout8), written by someone who had read neither the
guard's code nor any earlier set: another event (Niš: labour exploitation and trafficking,
disability rights and deinstitutionalisation, juvenile justice, the mental health of returnees,
Roma housing and forced evictions), its own 66 terms, 492 labelled remarks in English and
Serbian (both scripts), 104 of them identification by elimination. Its clean remarks were
written to be hard (ordinary words that are names of the event's NGOs and people, documents of
listed bodies, places as topics). Nobody fixing the guard has read it.

It was written while the sixth round was being fixed against heldout7, and scored on the guard
as it stood before that round (main at the WAL-check commit) and after it:

    before round 6: caught 273/293 (93.2%), flagged 29/199 (14.6%)
        en       caught 104/113 (92.0%), flagged 12/76 (15.8%)
        sr-Latn  caught 99/105 (94.3%), flagged 9/71 (12.7%)
        sr-Cyrl  caught 70/75 (93.3%), flagged 8/52 (15.4%)
        identification by elimination: caught 97/104 (93.3%)
    after round 6:  caught 276/293 (94.2%), flagged 25/199 (12.6%)
        en       caught 105/113 (92.9%), flagged 10/76 (13.2%)
        sr-Latn  caught 99/105 (94.3%), flagged 8/71 (11.3%)
        sr-Cyrl  caught 72/75 (96.0%), flagged 7/52 (13.5%)
        identification by elimination: caught 98/104 (94.2%)

Its failures were then read for the seventh round (so from here on it is an upper bound, as
every set read while fixing is):

    after round 7:  caught 292/293 (99.7%), flagged 4/199 (2.0%)
        en       caught 113/113 (100.0%), flagged 1/76 (1.3%)
        sr-Latn  caught 104/105 (99.0%), flagged 0/71 (0.0%)
        sr-Cyrl  caught 75/75 (100.0%), flagged 3/52 (5.8%)
        identification by elimination: caught 104/104 (100.0%)

After the eighth round it flags 3/199 (1.5%). Before it was read it was the honest figure
for unseen text (close to issue 12's 95% caught, far from its 2.5% flagged); the ninth
held-out set took over that role.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout8"
CAUGHT_FLOOR = 293 / 293
FLAGGED_CEILING = 1 / 199


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout8_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout8_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout8") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
