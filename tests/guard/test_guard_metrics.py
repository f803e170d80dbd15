"""Caught-leak and clean-flag rates on labelled remarks (the shared sample and our own)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from guard_scoring import Score, check_well_formed, load_cases, load_terms

DATA = Path(__file__).resolve().parent / "data"


def test_shared_sample_is_fully_caught_with_no_false_alarm() -> None:
    cases = load_cases(DATA / "cases.jsonl")
    check_well_formed(cases)
    s = Score.of(load_terms(DATA / "terms.csv"), cases)
    print("\n" + s.summary("shared sample") + "\n" + s.report())
    assert s.failures == []
    assert s.caught_rate == 1.0
    assert s.clean_flag_rate == 0.0


def test_own_cases_meet_the_targets() -> None:
    cases = load_cases(DATA / "more_cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 120
    s = Score.of(load_terms(DATA / "more_terms.csv"), cases)
    print("\n" + s.summary("own cases") + "\n" + s.report())
    assert len(s.leaks) >= 60 and len(s.cleans) >= 60
    # Floors at the figures reached (round 17): 211 of 212 leaks caught, no clean case flagged.
    assert s.caught_rate >= 211 / 212, s.report()
    assert s.clean_flag_rate == 0.0, s.report()


# The sample as published in shared/samples/guard (checked against it where it is present).
SAMPLE_SHA256 = {
    "terms.csv": "d15062ebb1736d150394df384a070f69c711b645c4ad45a6751e5a88ec371069",
    "cases.jsonl": "56e2adf43e0bdeae5e271f8300dc641bccde68d2475a3eb15748ebe1ab26a9a0",
}


def test_copied_sample_is_the_published_one() -> None:
    shared = Path(__file__).resolve().parents[3] / "shared/samples/guard"
    for name, digest in SAMPLE_SHA256.items():
        assert hashlib.sha256((DATA / name).read_bytes()).hexdigest() == digest, name
        if shared.is_dir():
            assert (DATA / name).read_bytes() == (shared / name).read_bytes(), name
