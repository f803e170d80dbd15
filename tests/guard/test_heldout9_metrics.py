"""The ninth held-out set (tests/guard/heldout9), written by someone who had read neither the
guard's code nor any earlier set: another event (Vranje and Bujanovac: statelessness and late
birth registration of Roma children, child marriage, migrants and asylum seekers at the southern
border, LGBTI asylum seekers, elderly people alone in depopulated villages, domestic violence
shelters), its own 74 terms, 679 labelled remarks in English and Serbian (both scripts), 118 of
them identification by elimination and 25 sector-level self-identification. Its clean remarks
were written to be hard (ordinary words that are names of the event's NGOs and people,
documents of listed bodies, places as topics, generic roles). Nobody fixing the guard has read
it.

It was written while the seventh round was being fixed against heldout8, and scored on the
guard as it stood before that round (main after the sixth round's review mends):

    before round 7: caught 388/412 (94.2%), flagged 31/267 (11.6%)
        en       caught 140/149 (94.0%), flagged 12/107 (11.2%)
        sr-Latn  caught 144/151 (95.4%), flagged 9/89 (10.1%)
        sr-Cyrl  caught 104/112 (92.9%), flagged 10/71 (14.1%)
        identification by elimination: caught 106/118 (89.8%)

and after it (its rules fixed against heldout8's failures; nobody had read this set):

    after round 7:  caught 386/412 (93.7%), flagged 31/267 (11.6%)
        en       caught 140/149 (94.0%), flagged 12/107 (11.2%)
        sr-Latn  caught 143/151 (94.7%), flagged 9/89 (10.1%)
        sr-Cyrl  caught 103/112 (92.0%), flagged 10/71 (14.1%)
        identification by elimination: caught 104/118 (88.1%)

Until then the honest figure for text the guard had never seen: close to issue 12's 95%
caught, far from its 2.5% flagged; the seventh round's rules moved none of its false alarms and
lost two of its catches. Its failures were then read for the eighth round (from here on an
upper bound, as every set read while fixing is; the tenth set took over as the unseen one):

    after round 8:  caught 406/412 (98.5%), flagged 8/267 (3.0%)
        en       caught 145/149 (97.3%), flagged 2/107 (1.9%)
        sr-Latn  caught 150/151 (99.3%), flagged 3/89 (3.4%)
        sr-Cyrl  caught 111/112 (99.1%), flagged 3/71 (4.2%)
        identification by elimination: caught 116/118 (98.3%)

After the ninth round it flags 7/267 (2.6%); after the eleventh 3/267 (1.1%). Four of the six
leaks still missed are a profession alone in the first person ("Kao sudija, ne mogu ..."),
which the guard leaves alone by design, as sector level (see the look-alikes of
test_guard_round3.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout9"
CAUGHT_FLOOR = 409 / 412
FLAGGED_CEILING = 3 / 267


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout9_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout9_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout9") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
