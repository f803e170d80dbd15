"""The guard as the capture workspace uses it (no Qt): built once per term list.

The editor's unsaved text keeps its dismissals in memory only (they are about text that does
not exist yet anywhere); a saved remark's dismissals are the vault's decisions for
``remark:<id>``.
"""

from __future__ import annotations

from collections.abc import Iterable

from roundtable_app.export.findings import (
    Dismissals,
    OpenFindings,
    dismissal_key,
    remark_target,
)
from roundtable_app.export.model import is_exported
from roundtable_app.guard import Finding, Guard, Term
from roundtable_app.vault.types import DecisionInfo, RemarkInfo

__all__ = ["CaptureChecks", "remark_target"]


class CaptureChecks:
    """Findings for the editor's text and for saved remarks, minus what was dismissed (by
    :class:`~roundtable_app.export.findings.OpenFindings`, the export's own rule)."""

    def __init__(
        self,
        terms: Iterable[Term],
        decisions: Iterable[DecisionInfo] = (),
        *,
        affiliation: bool = False,
    ) -> None:
        self.guard = Guard(terms, affiliation=affiliation)
        self.dismissals = Dismissals(decisions)
        self.open = OpenFindings(self.guard, self.dismissals)
        self._editor_dismissed: set[tuple[str, str]] = set()

    # ------------------------------------------------------------------ the editor
    def editor_findings(self, text: str) -> list[Finding]:
        """What the highlighter should underline in the editor's text."""
        if not text.strip():
            return []
        return [
            f
            for f in self.guard.scan(text)
            if dismissal_key(f.text, f.category) not in self._editor_dismissed
        ]

    def dismiss_in_editor(self, finding: Finding) -> None:
        """Stop underlining this wording (of this category) in the text being typed."""
        self._editor_dismissed.add(dismissal_key(finding.text, finding.category))

    def reset_editor(self) -> None:
        """The editor's text became a remark (or was discarded): its dismissals go with it."""
        self._editor_dismissed.clear()

    # ------------------------------------------------------------------ saved remarks
    def record_decision(self, target: str, text: str, category: str) -> None:
        """Remember a dismissal the vault holds."""
        self.dismissals.record(target, text, category)

    def remark_findings(self, remark: RemarkInfo) -> list[Finding]:
        """A saved remark's findings that nobody dismissed, in its current wording; none for
        a remark the summary leaves out (deleted or excluded), as the export pre-flight."""
        if not is_exported(remark):
            return []
        return self.text_findings(remark_target(remark.id), remark.current_text)

    def text_findings(self, target: str, text: str) -> list[Finding]:
        """Findings in ``text`` minus those dismissed for ``target`` (a rewording being
        typed for a remark, a synthesis for its theme)."""
        return list(self.open.of(target, text))
