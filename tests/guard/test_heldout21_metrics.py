"""The twenty-first held-out set (tests/guard/heldout21), written by someone who had read
neither the guard's code nor any earlier set: another event (Vranje, with visits to the
Bujanovac and Preševo centres: pushbacks at the North Macedonian border, gender-based violence,
unaccompanied children, Roma and Albanian communities, statelessness and birth registration,
trauma care), its own 119 terms, 754 labelled remarks in English and Serbian (both scripts), 143
of them identification by elimination, 294 clean and written to be hard (schools, streets and
an airport named after people, public figures sharing a participant's surname, given names that
are ordinary words, public bodies as topics). Its brief named two kinds the terms reader does
not know; they were mapped before scoring, unread: event_role to role, contact to other.

It was written while the eighteenth round was being checked and scored, unread, on the guard
after rounds 14 to 18:

    after round 14: caught 427/460 (92.8%), flagged 27/294 (9.2%)
    after round 15: caught 429/460 (93.3%), flagged 27/294 (9.2%)
    after round 16: caught 431/460 (93.7%), flagged 27/294 (9.2%)
    after round 17: caught 431/460 (93.7%), flagged 24/294 (8.2%)

    after round 18: caught 431/460 (93.7%), flagged 24/294 (8.2%)
        en       caught 138/146 (94.5%), flagged 9/100 (9.0%)
        sr-Latn  caught 143/151 (94.7%), flagged 8/99 (8.1%)
        sr-Cyrl  caught 150/163 (92.0%), flagged 7/95 (7.4%)
        identification by elimination: caught 131/143 (91.6%)

Issue 12's targets (95% caught, 2.5% flagged) are not met on it.

**Read while fixing round 19** (after the figures above were recorded): its failures were
grouped by phenomenon and fixed by general rules, each pinned by cases of our own in
test_guard_round19.py, so it is no longer an unseen measure. After round 19, an upper bound:
caught 452/460 (98.3%), flagged 1/294 (0.3%). Left failing: a listed UN agency in the
locative of a remark about it ("U UNICEFu niko ne čita izveštaje", "U IOM-u, kaže kolega,
...": a public body as its topic), a municipality acting by letter, "Gorani families" (an
ethnonym spelt like a given name's plural), an English spelling of an Albanian surname's
ending, "докторки из Врања". The floors below are these figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout21"
CAUGHT_FLOOR = 452 / 460
FLAGGED_CEILING = 1 / 294


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout21_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout21_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout21") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
