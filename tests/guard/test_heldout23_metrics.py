"""The twenty-third held-out set (tests/guard/heldout23), written by someone who had read
neither the guard's code nor any earlier set: another event (Kraljevo, with visits to a
collective centre for people displaced from Kosovo and a Roma settlement near Čačak: durable
housing, gender-based violence, unaccompanied children, Roma inclusion, statelessness and civil
registration, trauma care), its own 116 terms, 719 labelled remarks in English and Serbian
(both scripts, written from shared templates, so many are close translations of each other),
150 of them identification by elimination, 276 clean and written to be hard.

It was written while the nineteenth round was being fixed and scored, unread, on the guard
after rounds 14, 18 and 19:

    after round 14: caught 412/443 (93.0%), flagged 18/276 (6.5%)
    after round 18: caught 420/443 (94.8%), flagged 13/276 (4.7%)

    after round 19: caught 424/443 (95.7%), flagged 11/276 (4.0%)
        en       caught 139/145 (95.9%), flagged 1/91 (1.1%)
        sr-Latn  caught 147/151 (97.4%), flagged 4/94 (4.3%)
        sr-Cyrl  caught 138/147 (93.9%), flagged 6/91 (6.6%)
        identification by elimination: caught 141/150 (94.0%)

Issue 12's 95% caught is met on it unseen, its 2.5% flagged is not.

**Read while fixing round 20** (after the figures above were recorded): its failures were
grouped by phenomenon and fixed by general rules, each pinned by cases of our own in
test_guard_round20.py, so it is no longer an unseen measure. After round 20, an upper bound:
caught 436/443 (98.4%), flagged 6/276 (2.2%). Left failing: cartoon and fairy-tale characters
("Mikija Mausa", "Snežana i sedam patuljaka"), a politician as a speech's author, "Elvis
Presley", and among the leaks three initials ("С.И.П."), a nickname opening a sentence before a
parenthesis, "the field office in Kraljevo" after initials, "The Čačak Centre for Social Work
reported". The floors below are these figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout23"
CAUGHT_FLOOR = 438 / 443  # after round 22
FLAGGED_CEILING = 6 / 276


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout23_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout23_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout23") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
