"""Second held-out evaluation of the attribution guard (tests/guard/heldout2).

Written without looking at the guard's code or its other test data, so the figures measure how
well the guard generalises to a new event: new names, organisations, roles and places, and new
wordings of the same phenomena as the public sample in /work/shared/samples/guard.

Scoring follows the sample's README: a leaking remark passes when every expected substring is
overlapped by at least one finding; a clean remark passes when it has no finding at all.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from roundtable_app.guard import Finding, Guard, Term

HERE = Path(__file__).parent / "heldout2"
CAUGHT_TARGET = 0.95
FLAGGED_TARGET = 0.05


@dataclass(frozen=True)
class Case:
    """One labelled remark: the substrings a finding must overlap, empty when clean."""

    id: str
    text: str
    expect: tuple[str, ...]
    why: str


def load_terms(path: Path) -> list[Term]:
    """Read ``term,kind,aliases`` rows (aliases separated by ``;``) into guard terms."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [
        Term(
            row["term"].strip(),
            row["kind"].strip(),
            tuple(a.strip() for a in (row["aliases"] or "").split(";") if a.strip()),
        )
        for row in rows
    ]


def load_cases(path: Path) -> list[Case]:
    """Read one JSON case a line; blank lines are ignored."""
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            cases.append(Case(raw["id"], raw["text"], tuple(raw["expect"]), raw["why"]))
    return cases


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    """Every occurrence of ``needle`` in ``text`` as code-point spans."""
    spans, start = [], text.find(needle)
    while start != -1:
        spans.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return spans


def passes(case: Case, findings: list[Finding]) -> bool:
    """Apply the README's rule: every expected substring overlapped; clean means no finding."""
    if not case.expect:
        return not findings
    # Any occurrence of the substring counts; the sample labels substrings, not offsets.
    return all(
        any(
            f.start < end and start < f.end for f in findings for start, end in _spans(case.text, s)
        )
        for s in case.expect
    )


def _phenomenon(case: Case) -> str:
    # Clean remarks are all "clean: <kind of trap> (detail)", so group them by the trap.
    if case.why.startswith("clean"):
        return case.why.split("(", 1)[0].strip()
    return case.why.split(":", 1)[0].strip()


def _report(failures: list[tuple[Case, list[Finding]]]) -> str:
    groups: dict[str, list[tuple[Case, list[Finding]]]] = defaultdict(list)
    for case, findings in failures:
        groups[_phenomenon(case)].append((case, findings))
    lines = []
    for name in sorted(groups):
        lines.append(f"== {name} ({len(groups[name])})")
        for case, findings in groups[name]:
            got = [(f.text, f.category) for f in findings]
            lines.append(f"  {case.id}: {case.text}")
            lines.append(f"      expected {list(case.expect)}  got {got}  [{case.why}]")
    return "\n".join(lines)


def test_labelled_files_are_consistent() -> None:
    """Every expected substring occurs in its remark, ids are unique, and the split is realistic."""
    cases = load_cases(HERE / "cases.jsonl")
    assert len({c.id for c in cases}) == len(cases)
    assert all(s in c.text for c in cases for s in c.expect)
    leaking = sum(1 for c in cases if c.expect)
    assert len(cases) >= 220
    assert 0.45 <= leaking / len(cases) <= 0.65
    kinds = {t.kind for t in load_terms(HERE / "terms.csv")}
    assert kinds == {"person", "organisation", "role", "place", "other"}


def test_heldout2_caught_and_flagged_rates_meet_targets() -> None:
    """At least 95% of leaking remarks fully caught, at most 5% of clean remarks flagged."""
    guard = Guard(load_terms(HERE / "terms.csv"))
    cases = load_cases(HERE / "cases.jsonl")
    leaking = [c for c in cases if c.expect]
    clean = [c for c in cases if not c.expect]
    failures = []
    for case in cases:
        findings = guard.scan(case.text)
        if not passes(case, findings):
            failures.append((case, findings))
    missed = sum(1 for c, _ in failures if c.expect)
    flagged = sum(1 for c, _ in failures if not c.expect)
    caught_rate = 1 - missed / len(leaking)
    flagged_rate = flagged / len(clean)
    print(
        f"\nheldout2: caught {caught_rate:.3f} ({len(leaking) - missed}/{len(leaking)} leaking), "
        f"flagged {flagged_rate:.3f} ({flagged}/{len(clean)} clean)"
    )
    print(_report(failures))
    assert caught_rate >= CAUGHT_TARGET, f"caught {caught_rate:.3f}"
    assert flagged_rate <= FLAGGED_TARGET, f"flagged {flagged_rate:.3f}"
