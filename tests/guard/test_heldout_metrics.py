"""Held-out judge for the attribution guard.

The cases in ``heldout/`` were written without reading the guard's code or its own test data,
for a fictional event unlike the public sample, so these figures measure how the guard generalises.
A leaking remark counts as caught only when every expected span is overlapped by some finding; a
clean remark counts as flagged when it has any finding at all. Run with ``-s`` to see every miss.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

from roundtable_app.guard import Finding, Guard, Term

HERE = Path(__file__).parent / "heldout"
TERMS_CSV = HERE / "terms.csv"
CASES_JSONL = HERE / "cases.jsonl"

MIN_CAUGHT = 0.95
MAX_CLEAN_FLAGGED = 0.05


@dataclass(frozen=True)
class Case:
    """One labelled remark: ``expect`` is empty for a clean remark."""

    id: str
    text: str
    expect: tuple[str, ...]
    why: str

    @property
    def phenomenon(self) -> str:
        """The label before the colon in ``why``, used to group failures."""
        return self.why.split(":", 1)[0]


@dataclass(frozen=True)
class Outcome:
    """A case, what the guard found, and whether the case passed."""

    case: Case
    findings: tuple[Finding, ...]
    passed: bool
    missed: tuple[str, ...]


def load_terms(path: Path = TERMS_CSV) -> list[Term]:
    """Read a ``term,kind,aliases`` CSV (aliases separated by ``;``) into guard terms."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [
        Term(
            term=row["term"].strip(),
            kind=row["kind"].strip(),
            aliases=tuple(a.strip() for a in (row["aliases"] or "").split(";") if a.strip()),
        )
        for row in rows
    ]


def load_cases(path: Path = CASES_JSONL) -> list[Case]:
    """Read the labelled remarks, one JSON object a line."""
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        obj = json.loads(line)
        cases.append(Case(obj["id"], obj["text"], tuple(obj["expect"]), obj["why"]))
    return cases


def _spans(text: str, sub: str) -> list[tuple[int, int]]:
    """Every occurrence of ``sub`` in ``text`` as (start, end)."""
    out, i = [], text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def judge(case: Case, findings: list[Finding]) -> Outcome:
    """Score one case: every expected substring must be overlapped (any of its occurrences)."""
    if not case.expect:
        return Outcome(case, tuple(findings), not findings, ())
    missed = tuple(
        sub
        for sub in case.expect
        if not any(f.start < e and s < f.end for s, e in _spans(case.text, sub) for f in findings)
    )
    return Outcome(case, tuple(findings), not missed, missed)


@pytest.fixture(scope="module")
def outcomes() -> list[Outcome]:
    """The guard run once over every held-out case."""
    guard = Guard(load_terms())
    return [judge(c, guard.scan(c.text)) for c in load_cases()]


def _show(o: Outcome) -> str:
    found = (
        ", ".join(f"{f.text!r}[{f.start}:{f.end}] {f.category}/{f.severity}" for f in o.findings)
        or "nothing"
    )
    miss = f" missed {list(o.missed)}" if o.missed else ""
    return (
        f"  {o.case.id} {o.case.text!r}\n      expect {list(o.case.expect)}{miss}; guard: {found}"
    )


def _report(title: str, failed: list[Outcome]) -> None:
    by_phenomenon: dict[str, list[Outcome]] = defaultdict(list)
    for o in failed:
        by_phenomenon[o.case.phenomenon].append(o)
    print(f"\n{title}: {len(failed)} failing")
    for phenomenon in sorted(by_phenomenon):
        print(f" [{phenomenon}]")
        for o in by_phenomenon[phenomenon]:
            print(_show(o))


def test_heldout_files_are_well_formed() -> None:
    """Ids are unique, every expected span occurs in its text, and both halves are substantial."""
    cases = load_cases()
    assert len({c.id for c in cases}) == len(cases)
    for c in cases:
        for sub in c.expect:
            assert sub in c.text, (c.id, sub)
    leaking = sum(1 for c in cases if c.expect)
    assert leaking >= 100 and len(cases) - leaking >= 100
    kinds = {t.kind for t in load_terms()}
    assert kinds == {"person", "organisation", "role", "place", "other"}


def test_heldout_leaks_are_caught(outcomes: list[Outcome]) -> None:
    """At least 95% of leaking remarks have every expected span covered by a finding."""
    leaks = [o for o in outcomes if o.case.expect]
    failed = [o for o in leaks if not o.passed]
    rate = (len(leaks) - len(failed)) / len(leaks)
    print(f"\nheld-out caught-leak rate: {rate:.3f} ({len(leaks) - len(failed)}/{len(leaks)})")
    _report("leaking remarks not fully caught", failed)
    assert rate >= MIN_CAUGHT


def test_heldout_clean_remarks_stay_quiet(outcomes: list[Outcome]) -> None:
    """At most 1 clean remark in 20 gets any finding."""
    clean = [o for o in outcomes if not o.case.expect]
    flagged = [o for o in clean if not o.passed]
    rate = len(flagged) / len(clean)
    print(f"\nheld-out clean-flag rate: {rate:.3f} ({len(flagged)}/{len(clean)})")
    _report("clean remarks flagged", flagged)
    assert rate <= MAX_CLEAN_FLAGGED
