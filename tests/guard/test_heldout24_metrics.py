"""The twenty-fourth held-out set (tests/guard/heldout24), written by someone who had read
neither the guard's code nor any earlier set: another event (Šabac, with visits to the Loznica
centre and the Mali Zvornik crossing on the Drina: pushbacks across the river, gender-based
violence, unaccompanied children, Roma and Bosniak communities, missing persons, trauma care,
churches and the Islamic community), its own 121 terms, 609 labelled remarks in English and
Serbian (both scripts, each written on its own), 116 of them identification by elimination,
235 clean and written to be hard.

It was written while the twentieth round was being fixed and scored, unread, on the guard
after rounds 18, 19 and 20:

    after round 18: caught 322/374 (86.1%), flagged 20/235 (8.5%)
    after round 19: caught 323/374 (86.4%), flagged 19/235 (8.1%)

    after round 20: caught 324/374 (86.6%), flagged 18/235 (7.7%)
        en       caught 112/133 (84.2%), flagged 1/72 (1.4%)
        sr-Latn  caught 111/130 (85.4%), flagged 7/72 (9.7%)
        sr-Cyrl  caught 101/111 (91.0%), flagged 10/91 (11.0%)
        identification by elimination: caught 89/116 (76.7%)

A hard set, as held-outs 16 and 18 were: issue 12's targets are far from met on it.

**Read while fixing round 21** (after the figures above were recorded): its failures were
grouped by phenomenon and fixed by general rules, each pinned by cases of our own in
test_guard_round21.py, so it is no longer an unseen measure. After round 21, an upper bound:
caught 344/374 (92.0%), flagged 8/235 (3.4%). Left failing: a listed body described after a
name ("Kovács, writing for a Hungarian-language paper", "de Vries said the Jesuits will ..."),
nicknames opening a sentence, a book's title and an empress sharing given names, a passer-by
named in an apposition, people said not to have been at the event, and eliminations that need
knowledge of the room ("the one from Tuzla", "ona najtiša"). The floors below are these
figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout24"
CAUGHT_FLOOR = 345 / 374  # after round 23
FLAGGED_CEILING = 6 / 235  # after round 22


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout24_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert sum(c.by_elimination for c in cases) >= 40


def test_heldout24_metrics(score: Score) -> None:
    """No worse than the figures recorded above."""
    print("\n" + score.breakdown("heldout24") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_FLOOR, score.report()
    assert score.clean_flag_rate <= FLAGGED_CEILING, score.report()
