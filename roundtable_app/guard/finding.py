"""The guard's output: a :class:`Finding`, and how overlapping candidates become one."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter
from typing import NamedTuple

CATEGORIES: tuple[str, ...] = (
    "person", "organisation", "role", "place", "honorific", "self_reference", "contact",
    "indirect", "affiliation", "other",
)  # fmt: skip
SEVERITIES: tuple[str, ...] = ("high", "medium", "low")

_SEVERITY_RANK = {"high": 3, "medium": 2, "low": 1}
# When two candidates overlap, the merged finding keeps the more specific explanation: a match
# against the event's own list beats a pattern, which beats a heuristic.
_CATEGORY_RANK = {
    "person": 8, "organisation": 7, "contact": 6, "role": 5, "place": 4, "honorific": 3,
    "self_reference": 2, "indirect": 2, "affiliation": 1, "other": 1,
}  # fmt: skip


@dataclass(frozen=True)
class Finding:
    """Something in a text that may attribute a remark.

    ``start``/``end`` are code-point offsets into the original text and ``text`` is exactly
    ``original[start:end]``. ``suggestion`` is a neutral replacement the UI may offer.
    """

    start: int
    end: int
    text: str
    category: str
    severity: str
    reason: str
    suggestion: str | None = None

    def to_json(self) -> dict[str, object]:
        """The CLI's JSON shape (see CLI.md); the suggestion is a UI nicety and is left out."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "category": self.category,
            "severity": self.severity,
            "reason": self.reason,
        }


class Candidate(NamedTuple):
    """A finding before overlaps are resolved; ``rank`` breaks ties between equal categories.

    A named tuple, not a frozen dataclass: every scan makes several, and a frozen dataclass
    costs three times as much to build (one ``object.__setattr__`` per field)."""

    start: int
    end: int
    category: str
    severity: str
    reason: str
    suggestion: str | None = None
    rank: int = 0

    def strength(self) -> tuple[int, int, int, int]:
        """Sort key of how good an explanation this candidate is (bigger is better)."""
        return (
            self.rank,
            _SEVERITY_RANK[self.severity],
            _CATEGORY_RANK[self.category],
            self.end - self.start,
        )


_START = attrgetter("start")


def resolve(text: str, candidates: Iterable[Candidate]) -> list[Finding]:
    """Merge overlapping candidates into sorted, non-overlapping findings over ``text``.

    Overlapping candidates become one finding covering their union (so a highlight never
    leaves half a name showing) explained by the strongest of them; its severity is the
    highest among them.
    """
    n = len(text)
    ordered = sorted((c for c in candidates if 0 <= c.start < c.end <= n), key=_START)
    groups: list[list[Candidate]] = []
    group_end = -1
    for c in ordered:
        if groups and c.start < group_end:
            groups[-1].append(c)
            group_end = max(group_end, c.end)
        else:
            groups.append([c])
            group_end = c.end
    findings: list[Finding] = []
    for group in groups:
        if len(group) == 1:
            # Most findings stand alone: nothing to merge or rank.
            c = group[0]
            findings.append(
                Finding(c.start, c.end, text[c.start : c.end], c.category, c.severity,
                        c.reason, c.suggestion)
            )  # fmt: skip
            continue
        best = max(group, key=Candidate.strength)
        start = group[0].start
        end = max(c.end for c in group)
        severity = max((c.severity for c in group), key=_SEVERITY_RANK.__getitem__)
        findings.append(
            Finding(
                start=start,
                end=end,
                text=text[start:end],
                category=best.category,
                severity=severity,
                reason=best.reason,
                suggestion=best.suggestion,
            )
        )
    return findings
