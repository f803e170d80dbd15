"""The second held-out set (tests/guard/heldout2), written later and independently.

It measured 94.6% caught and 2.3% flagged when written; its failures were then fixed as
general rules, so today's figures are an upper bound too.
"""

from __future__ import annotations

from pathlib import Path

from guard_scoring import Score, check_well_formed, load_cases, load_terms

HERE = Path(__file__).parent / "heldout2"
CAUGHT_TARGET = 220 / 221  # the figure reached (round 17)
FLAGGED_TARGET = 0 / 177


def test_labelled_files_are_consistent() -> None:
    """Every expected substring occurs in its remark, ids are unique, and the split is realistic."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    leaking = sum(1 for c in cases if c.expect)
    assert len(cases) >= 220
    assert 0.45 <= leaking / len(cases) <= 0.65
    kinds = {t.kind for t in load_terms(HERE / "terms.csv")}
    assert kinds == {"person", "organisation", "role", "place", "other"}


def test_heldout2_caught_and_flagged_rates_meet_targets() -> None:
    """At least 95% of leaking remarks fully caught, at most 5% of clean remarks flagged."""
    score = Score.of(load_terms(HERE / "terms.csv"), load_cases(HERE / "cases.jsonl"))
    print("\n" + score.summary("heldout2") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_TARGET, score.report()
    assert score.clean_flag_rate <= FLAGGED_TARGET, score.report()
