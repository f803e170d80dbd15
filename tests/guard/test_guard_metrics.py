"""Caught-leak and clean-flag rates on labelled remarks (the shared sample and our own)."""

from __future__ import annotations

from guard_cases import guard_for, load_cases, score


def test_shared_sample_is_fully_caught_with_no_false_alarm() -> None:
    s = score(guard_for("terms.csv"), load_cases("cases.jsonl"))
    print("\n" + s.summary("shared sample"))
    assert s.failures == []
    assert s.caught_rate == 1.0
    assert s.clean_flag_rate == 0.0


def test_own_cases_meet_the_targets() -> None:
    cases = load_cases("more_cases.jsonl")
    assert len(cases) >= 120
    s = score(guard_for("more_terms.csv"), cases)
    print("\n" + s.summary("own cases") + "\n" + "\n".join(s.failures))
    assert s.leaks >= 60 and s.cleans >= 60
    assert s.caught_rate >= 0.95, s.failures
    assert s.clean_flag_rate <= 0.05, s.failures
