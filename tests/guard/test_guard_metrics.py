"""Caught-leak and clean-flag rates on labelled remarks (the shared sample and our own).

Scoring follows the sample's README: a leaking remark counts as caught when every ``expect``
substring is overlapped by at least one finding; a clean remark passes with no finding at all.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from roundtable_app.guard import Finding, Guard, read_terms_csv

DATA = Path(__file__).resolve().parent / "data"


@dataclass
class Score:
    """Caught-leak and clean-flag figures over a set of labelled cases."""

    leaks: int = 0
    caught: int = 0
    cleans: int = 0
    flagged: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def caught_rate(self) -> float:
        return self.caught / self.leaks if self.leaks else 1.0

    @property
    def clean_flag_rate(self) -> float:
        return self.flagged / self.cleans if self.cleans else 0.0

    def summary(self, name: str) -> str:
        return (
            f"{name}: caught {self.caught}/{self.leaks} leaking remarks "
            f"({self.caught_rate:.1%}), flagged {self.flagged}/{self.cleans} clean remarks "
            f"({self.clean_flag_rate:.1%})"
        )


def load_cases(name: str) -> list[dict]:
    """The labelled cases of ``tests/guard/data/NAME`` (JSON Lines)."""
    with (DATA / name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def overlaps(finding: Finding, start: int, end: int) -> bool:
    return finding.start < end and start < finding.end


def score(guard: Guard, cases: list[dict]) -> Score:
    """Score with the sample README's rule: a leaking case passes when every ``expect``
    substring is overlapped by at least one finding; a clean case passes with no finding."""
    s = Score()
    for case in cases:
        text = case["text"]
        findings = guard.scan(text)
        if case["expect"]:
            s.leaks += 1
            missed = []
            for expected in case["expect"]:
                at = text.find(expected)
                assert at >= 0, f"{case['id']}: {expected!r} is not in the text"
                if not any(overlaps(f, at, at + len(expected)) for f in findings):
                    missed.append(expected)
            if missed:
                s.failures.append(f"{case['id']} missed {missed}: {text}")
            else:
                s.caught += 1
        else:
            s.cleans += 1
            if findings:
                s.flagged += 1
                s.failures.append(
                    f"{case['id']} clean but flagged {[f.text for f in findings]}: {text}"
                )
    return s


def guard_for(terms_csv: str) -> Guard:
    """A guard for one of the terms files in ``tests/guard/data``."""
    return Guard(read_terms_csv(DATA / terms_csv))


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
