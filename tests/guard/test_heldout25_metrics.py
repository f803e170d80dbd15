"""The twenty-fifth held-out set (tests/guard/heldout25), written by someone who had read
neither the guard's code nor any earlier set: another event (Niš, with visits to the Leskovac
Roma settlements and the Dimitrovgrad crossing: pushbacks at the Bulgarian border,
gender-based violence, child marriage, unaccompanied children, Roma women's health,
statelessness, trauma care), its own 113 terms, 652 labelled remarks in English and Serbian
(both scripts), 161 of them identification by elimination, 265 clean and written to be hard.
Its terms listed "zaštitnik građana" twice (an organisation and a role); before scoring, unread,
the second was merged into the first.

It was written while the twentieth round was being fixed and scored, unread, on the guard
after rounds 18, 19 and 20:

    after round 18: caught 343/387 (88.6%), flagged 15/265 (5.7%)
    after round 19: caught 344/387 (88.9%), flagged 13/265 (4.9%)

    after round 20: caught 344/387 (88.9%), flagged 12/265 (4.5%)
        en       caught 117/125 (93.6%), flagged 0/86 (0.0%)
        sr-Latn  caught 114/134 (85.1%), flagged 5/88 (5.7%)
        sr-Cyrl  caught 113/128 (88.3%), flagged 7/91 (7.7%)
        identification by elimination: caught 129/161 (80.1%)

Issue 12's targets are not met on it.

**Read while fixing round 21** (after the figures above were recorded): its failures were
grouped by phenomenon and fixed by general rules, each pinned by cases of our own in
test_guard_round21.py, so it is no longer an unseen measure. After round 21, an upper bound:
caught 360/387 (93.0%), flagged 8/265 (3.0%). Left failing: a listed body in a sentence of its
own after a name ("Jonas Lindqvist said Sweden would ..."), public figures not on the shipped
list ("Enver Hoxha", "Tito", "the UN Secretary-General"), a singer's name for her songs, and
eliminations told by what someone did ("the participant who crossed that border at sixteen",
"the woman the health centre pays to visit Roma families"). The floors below are these figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout25"
CAUGHT_FLOOR = 362 / 387  # after round 23
FLAGGED_CEILING = 8 / 265


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout25_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout25_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout25") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
