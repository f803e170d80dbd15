"""The thirty-fourth held-out set (tests/guard/heldout34), written by someone who had read
neither the guard's code nor any earlier set: another event (Šid and Sremska Mitrovica, the
Croatian border: pushbacks, the Adaševci and Principovac centres, unaccompanied boys, sexual
violence on the route, Roma and Ruthenian villages, a prison visit, legal aid, volunteers'
burnout), its own 121 terms (names that are ordinary words and things: Nada, Zora, Golub,
Zec, Kruška, Lipa, Vuk), 685 labelled remarks in English and Serbian (both scripts), 127 of
them identification by elimination, 270 clean and written to be hard.

It was scored, unread, on the guard after round 23, after the first part of round 24 and
during its second part (rules from held-out sets 30 to 33):

    after round 23: caught 377/415 (90.8%), flagged 44/270 (16.3%)
        en       caught 128/136 (94.1%), flagged 4/88 (4.5%)
        sr-Latn  caught 120/140 (85.7%), flagged 18/90 (20.0%)
        sr-Cyrl  caught 129/139 (92.8%), flagged 22/92 (23.9%)
        identification by elimination: caught 106/127 (83.5%)
    after round 24's first part: caught 379/415 (91.3%), flagged 44/270 (16.3%)
    during its second part: caught 379/415 (91.3%), flagged 43/270 (15.9%)

Then read, and round 24 was finished with rules for what it showed as well (read figures in
the README). Issue 12's targets are not met on it. The floors below are the figures after
round 24.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout34"
CAUGHT_FLOOR = 400 / 415
FLAGGED_CEILING = 39 / 270


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout34_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout34_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout34") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
