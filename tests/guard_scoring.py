"""Scoring the guard on labelled remarks, as the shared sample's README defines it.

A leaking remark counts as caught when every ``expect`` substring (any occurrence of it) is
overlapped by at least one finding; a clean remark passes only with no finding at all. Used by
the metrics tests of the sample, the team's own cases and the held-out sets.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from roundtable_app.guard import Finding, Guard, Term, read_terms_csv


@dataclass(frozen=True)
class Case:
    """One labelled remark: the substrings a finding must overlap, empty when clean."""

    id: str
    text: str
    expect: tuple[str, ...]
    why: str
    lang: str = ""  # "en", "sr-Latn", "sr-Cyrl" where the set says

    @property
    def by_elimination(self) -> bool:
        """Whether the leak identifies someone by elimination (the set's ``why`` says so)."""
        return bool(self.expect) and self.why.lower().startswith("elimination")

    @property
    def phenomenon(self) -> str:
        """What the case shows, for grouping failures: the label before ``:`` in ``why``
        (clean traps are grouped by the trap, before any parenthesis)."""
        if self.why.startswith("clean"):
            return self.why.split("(", 1)[0].strip()
        return self.why.split(":", 1)[0].strip()


@dataclass(frozen=True)
class Outcome:
    """A case, what the guard found in it, and what it missed."""

    case: Case
    findings: tuple[Finding, ...]
    missed: tuple[str, ...]

    @property
    def passed(self) -> bool:
        """Caught (a leak) or quiet (a clean remark)."""
        return not self.missed if self.case.expect else not self.findings


def load_cases(path: Path) -> list[Case]:
    """The labelled remarks of a JSON Lines file (``id``, ``text``, ``expect``, ``why``)."""
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            cases.append(
                Case(
                    raw["id"],
                    raw["text"],
                    tuple(raw["expect"]),
                    raw.get("why", ""),
                    raw.get("lang", ""),
                )
            )
    return cases


def load_terms(path: Path) -> list[Term]:
    """The protected terms of a ``term,kind,aliases`` CSV."""
    return read_terms_csv(path)


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    spans, start = [], text.find(needle)
    while start != -1:
        spans.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return spans


def judge(case: Case, findings: list[Finding]) -> Outcome:
    """Score one case by the README's rule."""
    missed = tuple(
        sub
        for sub in case.expect
        if not any(f.start < e and s < f.end for s, e in _spans(case.text, sub) for f in findings)
    )
    return Outcome(case, tuple(findings), missed)


@dataclass(frozen=True)
class Score:
    """Every case's outcome over one labelled set, and the two rates the targets are about."""

    outcomes: tuple[Outcome, ...]

    @classmethod
    def of(cls, terms: list[Term], cases: list[Case], *, affiliation: bool = False) -> Score:
        """Run one guard over every case."""
        guard = Guard(terms, affiliation=True) if affiliation else Guard(terms)
        return cls(tuple(judge(c, guard.scan(c.text)) for c in cases))

    def subset(self, keep: Callable[[Case], bool]) -> Score:
        """The outcomes of the cases ``keep`` selects (a language, the eliminations...)."""
        return Score(tuple(o for o in self.outcomes if keep(o.case)))

    def breakdown(self, name: str) -> str:
        """The summary line, then one per language and one for identification by elimination."""
        lines = [self.summary(name)]
        for lang in sorted({o.case.lang for o in self.outcomes if o.case.lang}):
            lines.append("  " + self.subset(lambda c, lang=lang: c.lang == lang).summary(lang))
        elimination = self.subset(lambda c: c.by_elimination)
        if elimination.outcomes:
            lines.append("  " + elimination.summary("identification by elimination"))
        return "\n".join(lines)

    @property
    def leaks(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.case.expect]

    @property
    def cleans(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.case.expect]

    @property
    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.passed]

    @property
    def caught_rate(self) -> float:
        leaks = self.leaks
        return sum(o.passed for o in leaks) / len(leaks) if leaks else 1.0

    @property
    def clean_flag_rate(self) -> float:
        cleans = self.cleans
        return sum(not o.passed for o in cleans) / len(cleans) if cleans else 0.0

    def summary(self, name: str) -> str:
        """Both figures in one line."""
        leaks, cleans = self.leaks, self.cleans
        caught = sum(o.passed for o in leaks)
        flagged = sum(not o.passed for o in cleans)
        return (
            f"{name}: caught {caught}/{len(leaks)} leaking remarks ({self.caught_rate:.1%}), "
            f"flagged {flagged}/{len(cleans)} clean remarks ({self.clean_flag_rate:.1%})"
        )

    def report(self) -> str:
        """Every failing case with what the guard returned, grouped by phenomenon."""
        groups: dict[str, list[Outcome]] = defaultdict(list)
        for o in self.failures:
            groups[o.case.phenomenon].append(o)
        lines = []
        for name in sorted(groups):
            lines.append(f"== {name} ({len(groups[name])})")
            for o in groups[name]:
                got = [(f.text, f.category) for f in o.findings]
                lines.append(f"  {o.case.id}: {o.case.text}")
                lines.append(f"      expected {list(o.case.expect)}  got {got}")
        return "\n".join(lines)


def check_well_formed(cases: list[Case]) -> None:
    """Ids are unique and every expected substring occurs in its remark."""
    assert len({c.id for c in cases}) == len(cases), "duplicate ids"
    for c in cases:
        for sub in c.expect:
            assert sub in c.text, (c.id, sub)
