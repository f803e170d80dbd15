"""The tenth held-out set (tests/guard/heldout10), written by someone who had read neither the
guard's code nor any earlier set: another event (Novi Pazar and Tutin: early marriage and
school drop-out of girls, disability and inclusive education, young people's mental health,
migrants in transit, labour migration, hate speech online, free legal aid), its own 85 terms,
663 labelled remarks in English and Serbian/Bosnian (both scripts), 129 of them identification
by elimination and 27 sector-level self-identification. Its clean remarks were written to be
hard (ordinary words that are names of the event's NGOs and people, documents of listed bodies,
places as topics, generic roles, public hotline numbers). Nobody fixing the guard has read it.

It was written while the seventh round was being fixed, and scored on the guard before that
round (main after the sixth round's review mends), after it (the guard as it stood before the
eighth round) and after the eighth round (fixed against heldout9's failures; nobody had read
this set):

    before round 7: caught 360/394 (91.4%), flagged 37/269 (13.8%)
        en       caught 132/143 (92.3%), flagged 13/110 (11.8%)
        sr-Latn  caught 132/145 (91.0%), flagged 14/93 (15.1%)
        sr-Cyrl  caught 96/106 (90.6%), flagged 10/66 (15.2%)
        identification by elimination: caught 113/129 (87.6%)
    after round 7 (before round 8): caught 360/394 (91.4%), flagged 32/269 (11.9%)
        en       caught 132/143 (92.3%), flagged 12/110 (10.9%)
        sr-Latn  caught 132/145 (91.0%), flagged 12/93 (12.9%)
        sr-Cyrl  caught 96/106 (90.6%), flagged 8/66 (12.1%)
        identification by elimination: caught 113/129 (87.6%)

    after round 8:  caught 365/394 (92.6%), flagged 28/269 (10.4%)
        en       caught 134/143 (93.7%), flagged 10/110 (9.1%)
        sr-Latn  caught 133/145 (91.7%), flagged 11/93 (11.8%)
        sr-Cyrl  caught 98/106 (92.5%), flagged 7/66 (10.6%)
        identification by elimination: caught 114/129 (88.4%)

Until then the honest figure for text the guard had never seen: under issue 12's 95% caught,
far from its 2.5% flagged. Its failures were then read for the ninth round (from here on an
upper bound; the eleventh set took over as the unseen one):

    after round 9:  caught 383/394 (97.2%), flagged 11/269 (4.1%)
        en       caught 139/143 (97.2%), flagged 4/110 (3.6%)
        sr-Latn  caught 142/145 (97.9%), flagged 4/93 (4.3%)
        sr-Cyrl  caught 102/106 (96.2%), flagged 3/66 (4.5%)
        identification by elimination: caught 125/129 (96.9%)
    after round 11: caught 383/394 (97.2%), flagged 9/269 (3.3%)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout10"
CAUGHT_FLOOR = 383 / 394
FLAGGED_CEILING = 3 / 269


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout10_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout10_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout10") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
