"""The fifteenth held-out set (tests/guard/heldout15), written by someone who had read neither
the guard's code nor any earlier set: another event (Vranje, with a visit to Bujanovac and
Preševo: asylum seekers in reception centres, statelessness and birth registration of Roma
children, child marriage, domestic violence in villages, unaccompanied minors' mental health,
Albanian-language schooling, health care without documents), its own 100 terms, 805 labelled
remarks in English and Serbian (both scripts), 163 of them identification by elimination. Its
clean remarks were written to be hard (ordinary words that are names of the event's people and
NGOs, listed bodies as topics, public figures and eponyms, saints' days, streets).

It was written while the twelfth round was being fixed (against heldout13's and heldout14's
failures) and scored, unread, on the guard after the eleventh round and after the twelfth:

    after round 11: caught 402/441 (91.2%), flagged 50/364 (13.7%)
        en       caught 174/194 (89.7%), flagged 23/167 (13.8%)
        sr-Latn  caught 145/160 (90.6%), flagged 14/119 (11.8%)
        sr-Cyrl  caught 83/87 (95.4%), flagged 13/78 (16.7%)
        identification by elimination: caught 140/163 (85.9%)

    after round 12: caught 405/441 (91.8%), flagged 37/364 (10.2%)
        en       caught 176/194 (90.7%), flagged 19/167 (11.4%)
        sr-Latn  caught 146/160 (91.2%), flagged 10/119 (8.4%)
        sr-Cyrl  caught 83/87 (95.4%), flagged 8/78 (10.3%)
        identification by elimination: caught 140/163 (85.9%)

The honest figure of round 12 on text the guard has never seen: about 92% caught, 10% flagged
(issue 12's targets: 95% and 2.5%).

**Read while fixing round 13** (after the figures above were recorded): its failures were
grouped by phenomenon and fixed by general rules, each pinned by cases of our own in
test_guard_round13.py, so it is no longer an unseen measure (heldout16 is the next one). After
round 13, an upper bound: caught 425/441 (96.4%), flagged 11/364 (3.0%). The floors below are
these figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout15"
CAUGHT_FLOOR = 433 / 441  # after round 19
FLAGGED_CEILING = 11 / 364


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout15_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout15_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout15") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
