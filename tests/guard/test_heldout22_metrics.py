"""The twenty-second held-out set (tests/guard/heldout22), written by someone who had read
neither the guard's code nor any earlier set: another event (Sombor, with visits to Apatin and
the Bački Breg crossing: informal camps at the Croatian and Hungarian borders, gender-based
violence, unaccompanied children, Hungarian, Croatian, Bunjevac and Roma communities,
trafficking, trauma care), its own 120 terms, 752 labelled remarks in English and Serbian (both
scripts), 157 of them identification by elimination, 304 clean and written to be hard (a
gymnasium and streets named after people, public figures sharing a participant's surname,
given names and aliases that are ordinary words, public bodies as topics).

It was written while the nineteenth round was being fixed and scored, unread, on the guard
after rounds 14, 18 and 19:

    after round 14: caught 427/448 (95.3%), flagged 23/304 (7.6%)
    after round 18: caught 427/448 (95.3%), flagged 24/304 (7.9%)

    after round 19: caught 429/448 (95.8%), flagged 24/304 (7.9%)
        en       caught 136/144 (94.4%), flagged 8/99 (8.1%)
        sr-Latn  caught 162/169 (95.9%), flagged 7/95 (7.4%)
        sr-Cyrl  caught 131/135 (97.0%), flagged 9/110 (8.2%)
        identification by elimination: caught 141/157 (89.8%)

Issue 12's 95% caught is met on it unseen, its 2.5% flagged is not.

**Read while fixing round 20** (after the figures above were recorded): its failures were
grouped by phenomenon and fixed by general rules, each pinned by cases of our own in
test_guard_round20.py, so it is no longer an unseen measure. After round 20, an upper bound:
caught 436/448 (97.3%), flagged 4/304 (1.3%). Left failing: a fictional character ("Sister Nada
... a character in a novel"), an English poster's title ("The Kiss of Life"), "the Dan Kamp
summer school", a city's name quoted beside its country, and among the leaks a definite
community representative ("The Bunjevac representative reminded"), "Nas dvojica iz Apatina" (a
town, not a body), a title and an initial ("gđa P."), a listed body after a person in a
sentence of its own clause. The floors below are these figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout22"
CAUGHT_FLOOR = 436 / 448
FLAGGED_CEILING = 4 / 304


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout22_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout22_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout22") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
