"""The seventeenth held-out set (tests/guard/heldout17), written by someone who had read neither
the guard's code nor any earlier set: another event (Zrenjanin, with a visit to Kikinda and its
transit centre: the northern border, smuggling, Roma and Romanian-speaking villages, seasonal
farm work, foster and institutional care, women with disabilities, elderly people alone, the
Hungarian-language schools), its own 94 terms, 806 labelled remarks in English and Serbian
(both scripts), 128 of them identification by elimination, half of them clean and written to
be hard (Hungarian and Romanian names that are words, public figures who share listed names).

It was written while the fourteenth round was being fixed and scored, unread, on the guard
after the eleventh, twelfth, thirteenth and fourteenth rounds. Nobody fixing the guard has read
it:

    after round 11: caught 363/400 (90.8%), flagged 73/406 (18.0%)
        en       caught 137/154 (89.0%), flagged 38/184 (20.7%)
        sr-Latn  caught 141/157 (89.8%), flagged 23/142 (16.2%)
        sr-Cyrl  caught 85/89 (95.5%), flagged 12/80 (15.0%)
        identification by elimination: caught 99/128 (77.3%)

    after round 12: caught 364/400 (91.0%), flagged 43/406 (10.6%)
    after round 13: caught 366/400 (91.5%), flagged 36/406 (8.9%)

    after round 14: caught 366/400 (91.5%), flagged 32/406 (7.9%)
        en       caught 139/154 (90.3%), flagged 18/184 (9.8%)
        sr-Latn  caught 142/157 (90.4%), flagged 10/142 (7.0%)
        sr-Cyrl  caught 85/89 (95.5%), flagged 4/80 (5.0%)
        identification by elimination: caught 101/128 (78.9%)

Rounds 12 to 14 took more than half of this set's false alarms away and caught three more of
its leaks.

**Read while fixing round 15** (after the figures above were recorded): its failures were
grouped by phenomenon and fixed by general rules, each pinned by cases of our own in
test_guard_round15.py, so it is no longer an unseen measure (heldout18 is the next one). After
round 16, an upper bound: caught 396/400 (99.0%), flagged 12/406 (3.0%). What is left: given
names that are ordinary words at the start of a sentence ("Dan je počeo", "Kiša je padala"),
public figures the shipped list lacks, descriptions only the room could decode. The floors
below are these figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout17"
CAUGHT_FLOOR = 396 / 400
FLAGGED_CEILING = 9 / 406  # after round 20


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout17_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout17_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout17") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
