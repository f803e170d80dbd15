"""The thirty-fifth held-out set (tests/guard/heldout35), written by someone who had read
neither the guard's code nor any earlier set: another event (Novi Pazar, with visits to Tutin,
Sjenica and the monastery near Ras: returnees from Germany, Roma and Bosniak families without
documents, early marriage, domestic violence in remote villages, child begging, winter
isolation, mental health care), its own 119 terms (names that are ordinary words: Nada, Vera,
Zora, Sloboda, Vuk, Golub, Zec, Hot; surnames from places: Bihorac, Pešterac, Kolašinac;
villages that are ordinary words: Draga, Ugao), 786 labelled remarks in English and Serbian
(both scripts), 153 of them identification by elimination, 318 clean and written to be hard.

It was written while round 24 was being fixed and has never been read: its figures are the
guard's on text it has never seen.

    after round 23: caught 417/468 (89.1%), flagged 28/318 (8.8%)
        en       caught 137/156 (87.8%), flagged 8/104 (7.7%)
        sr-Latn  caught 143/158 (90.5%), flagged 8/108 (7.4%)
        sr-Cyrl  caught 137/154 (89.0%), flagged 12/106 (11.3%)
        identification by elimination: caught 124/153 (81.0%)
    during round 24: caught 423/468 (90.4%), flagged 21/318 (6.6%)

    after round 24: caught 427/468 (91.2%), flagged 21/318 (6.6%)
        en       caught 138/156 (88.5%), flagged 7/104 (6.7%)
        sr-Latn  caught 147/158 (93.0%), flagged 5/108 (4.6%)
        sr-Cyrl  caught 142/154 (92.2%), flagged 9/106 (8.5%)
        identification by elimination: caught 131/153 (85.6%)

After round 25, scored again unread: the same figures. Issue 12's targets are not met on
it. The floors below are these figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout35"
CAUGHT_FLOOR = 427 / 468
FLAGGED_CEILING = 21 / 318


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout35_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout35_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout35") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
