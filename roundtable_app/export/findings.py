"""The one rule for which guard findings are still open: "findings of this text, minus what
the user dismissed, for this target".

Every caller uses it: the export pre-flight and ``roundtable check``, the capture workspace's
editor and list marks, and the setup dialog's summary texts. A dismissal is recorded for a
target (``remark:<id>``, ``theme:<id>``, ``theme-heading:<id>``, ``event``) with the words
and the category of the finding; it covers any later finding of that category whose words
are the same once case and runs of white space are ignored ("Jelena  Petrović" at a line
break is the same words as "jelena petrović"). Before this module the pre-flight ignored
case only and the capture list also white space, so the list could show a remark as clean
that the export then refused.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from roundtable_app.guard import Finding, Guard
    from roundtable_app.vault.types import DecisionInfo

EVENT_TARGET = "event"
DismissalKey = tuple[str, str]


def remark_target(remark_id: str) -> str:
    """The decision key of a remark."""
    return f"remark:{remark_id}"


def theme_target(theme_id: int) -> str:
    """The decision key of a theme's synthesis."""
    return f"theme:{theme_id}"


def theme_heading_target(theme_id: int) -> str:
    """The decision key of a theme's name and description."""
    return f"theme-heading:{theme_id}"


def dismissal_key(text: str, category: str) -> DismissalKey:
    """What a dismissal matches: the words (case and white space ignored) and the category."""
    return (" ".join(text.split()).casefold(), category)


class Dismissals:
    """The dismissed findings of a vault, by target, with the one matching rule."""

    def __init__(self, decisions: Iterable[DecisionInfo] = ()) -> None:
        self._by_target: dict[str, set[DismissalKey]] = {}
        for d in decisions:
            self.record(d.target, d.text, d.category)

    def record(self, target: str, text: str, category: str) -> None:
        """Remember a dismissal (as the vault holds it, or one just made)."""
        self._by_target.setdefault(target, set()).add(dismissal_key(text, category))

    def covers(self, target: str, finding: Finding) -> bool:
        """Whether the user dismissed this finding for this target."""
        return dismissal_key(finding.text, finding.category) in self._by_target.get(target, ())

    def open_findings(self, target: str, findings: Iterable[Finding]) -> tuple[Finding, ...]:
        """``findings`` minus those dismissed for ``target``, in their order."""
        keys = self._by_target.get(target)
        if not keys:
            return tuple(findings)
        return tuple(f for f in findings if dismissal_key(f.text, f.category) not in keys)


class OpenFindings:
    """A guard and the dismissals: the open findings of any text for its target."""

    def __init__(self, guard: Guard, dismissals: Dismissals) -> None:
        self.guard = guard
        self.dismissals = dismissals

    def of(self, target: str, text: str) -> tuple[Finding, ...]:
        """The findings of ``text`` that nobody dismissed for ``target`` (none for blank
        text)."""
        if not text.strip():
            return ()
        return self.dismissals.open_findings(target, self.guard.scan(text))
