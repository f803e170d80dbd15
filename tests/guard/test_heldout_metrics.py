"""The first held-out set (tests/guard/heldout), written without reading the guard's code.

Its failures were later read while rules were fixed, so its figures are an upper bound.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout"
MIN_CAUGHT = 241 / 241  # the figure reached (round 17)
MAX_CLEAN_FLAGGED = 0 / 222


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every held-out case."""
    return Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))


def test_heldout_files_are_well_formed() -> None:
    """Ids are unique, every expected span occurs in its text, and both halves are substantial."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    leaking = sum(1 for c in cases if c.expect)
    assert leaking >= 100 and len(cases) - leaking >= 100
    kinds = {t.kind for t in load_terms(HERE / "terms.csv")}
    assert kinds == {"person", "organisation", "role", "place", "other"}


def test_heldout_leaks_are_caught(score: Score) -> None:
    """At least 95% of leaking remarks have every expected span covered by a finding."""
    print("\n" + score.summary("held-out") + "\n" + score.report())
    assert score.caught_rate >= MIN_CAUGHT


def test_heldout_clean_remarks_stay_quiet(score: Score) -> None:
    """At most 1 clean remark in 20 gets any finding."""
    assert score.clean_flag_rate <= MAX_CLEAN_FLAGGED, score.report()
