"""The thirteenth held-out set (tests/guard/heldout13), written by someone who had read neither
the guard's code nor any earlier set: another event (Niš, with visits to Preševo and Bujanovac:
reception and asylum centres, unaccompanied children and guardianship, Roma and
Albanian-speaking communities' documents and schooling, domestic violence and safe houses,
trauma care for survivors of torture, the employment service), its own 97 terms, 814 labelled
remarks in English and Serbian (both scripts), 142 of them identification by elimination. Its
clean remarks were written to be hard (ordinary words that are names of the event's NGOs and
people, listed bodies as topics and sources, places, public figures, generic roles, laws).
Nobody fixing the guard has read it.

It was written while the eleventh round was being fixed, and scored on the guard as it stood
after the tenth round (before the eleventh):

    after round 10: caught 425/476 (89.3%), flagged 48/338 (14.2%)
        en       caught 186/207 (89.9%), flagged 19/153 (12.4%)
        sr-Latn  caught 146/165 (88.5%), flagged 17/119 (14.3%)
        sr-Cyrl  caught 93/104 (89.4%), flagged 12/66 (18.2%)
        identification by elimination: caught 128/142 (90.1%)

    after round 11 (fixed against heldout12's failures; nobody had read this set):
                    caught 424/476 (89.1%), flagged 17/338 (5.0%)
        en       caught 186/207 (89.9%), flagged 5/153 (3.3%)
        sr-Latn  caught 145/165 (87.9%), flagged 7/119 (5.9%)
        sr-Cyrl  caught 93/104 (89.4%), flagged 5/66 (7.6%)
        identification by elimination: caught 127/142 (89.4%)

Round 11's rule for public bodies named as topics carried over: false alarms fell from 14.2%
to 5.0% on text it had never seen, for one leak lost. The honest figure for text the guard has
never seen: under issue 12's 95% caught, twice its 2.5% flagged.

**Read while fixing round 12** (with heldout14): its failures were grouped by phenomenon and
fixed by general rules, each pinned by cases of our own in test_guard_round12.py, so it is no
longer an unseen measure (heldout15 is the next one). After round 12, an upper bound:

    caught 453/476 (95.2%), flagged 2/338 (0.6%)
        en       caught 200/207 (96.6%), flagged 1/153 (0.7%)
        sr-Latn  caught 155/165 (93.9%), flagged 1/119 (0.8%)
        sr-Cyrl  caught 98/104 (94.2%), flagged 0/66 (0.0%)
        identification by elimination: caught 138/142 (97.2%)

The floors below are these figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout13"
CAUGHT_FLOOR = 453 / 476
FLAGGED_CEILING = 2 / 338


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout13_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout13_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout13") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
