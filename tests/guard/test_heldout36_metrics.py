"""The thirty-sixth held-out set (tests/guard/heldout36), written by someone who had read
neither the guard's code nor any earlier set: another event (Pirot and Dimitrovgrad, the
Bulgarian border: pushbacks, the reception centre, the Bulgarian minority and its bilingual
school, trafficking of women through the mountain villages, Roma settlements, old people
alone in villages, children's mental health, a kilim cooperative), its own 117 terms (names
that are ordinary words: Nada, Vera, Zora, Mira, Rada, Stana, Vuk, Zec, Ponor, Kačamak; the
village Brlog), 729 labelled remarks in English and Serbian (both scripts), 139 of them
identification by elimination, 287 clean and written to be hard.

It was written while round 24 was being fixed and has never been read: its figures are the
guard's on text it has never seen.

    after round 23: caught 388/442 (87.8%), flagged 40/287 (13.9%)
        en       caught 133/140 (95.0%), flagged 10/93 (10.8%)
        sr-Latn  caught 167/185 (90.3%), flagged 17/80 (21.2%)
        sr-Cyrl  caught 88/117 (75.2%), flagged 13/114 (11.4%)
        identification by elimination: caught 102/139 (73.4%)
    during round 24: caught 394/442 (89.1%), flagged 38/287 (13.2%)

    after round 24: caught 395/442 (89.4%), flagged 38/287 (13.2%)
        en       caught 133/140 (95.0%), flagged 9/93 (9.7%)
        sr-Latn  caught 170/185 (91.9%), flagged 16/80 (20.0%)
        sr-Cyrl  caught 92/117 (78.6%), flagged 13/114 (11.4%)
        identification by elimination: caught 108/139 (77.7%)

After round 25, scored again unread: the same figures. Issue 12's targets are not met on
it. The floors below are these figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout36"
CAUGHT_FLOOR = 395 / 442
FLAGGED_CEILING = 38 / 287


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout36_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout36_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout36") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
