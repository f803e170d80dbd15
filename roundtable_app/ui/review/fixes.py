"""Fixing a finding in place from the findings panel: the neutral wording spliced into its text,
and the undo step for a theme's name and description (remarks have the curation's own)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from roundtable_app.guard.replacements import Replacement
from roundtable_app.ui.error_words import plain_reason
from roundtable_app.ui.i18n import tr
from roundtable_app.vault import Vault


def replaced(text: str, choice: Replacement) -> str:
    """``text`` with the span ``choice`` names replaced by its neutral words."""
    return text[: choice.start] + choice.words + text[choice.end :]


def heading_text(name: str, description: str) -> str:
    """A theme's heading as the export pre-flight scans it (the finding offsets refer to it)."""
    return f"{name}\n{description}".strip()


def split_heading(text: str) -> tuple[str, str]:
    """The name and description back out of :func:`heading_text`."""
    name, _sep, description = text.partition("\n")
    return name.strip(), description.strip()


class ThemeTextCommand(QUndoCommand):
    """A theme's name and description changed by a fix; undo puts the old wording back.

    ``notify`` is told after each change (the views show theme names); ``report`` hears a
    failure in words (the vault keeps what it had: ``update_theme`` is one transaction).
    """

    def __init__(
        self,
        vault: Vault,
        theme_id: int,
        before: tuple[str, str],
        after: tuple[str, str],
        notify: Callable[[], None],
        report: Callable[[str], None],
    ) -> None:
        super().__init__(tr("ReviewFixes", "Replace wording in a theme heading"))
        self.vault, self.theme_id = vault, theme_id
        self.before, self.after = before, after
        self.notify, self.report = notify, report
        self.failed = False

    def _apply(self, wording: tuple[str, str]) -> None:
        name, description = wording
        try:
            self.vault.update_theme(self.theme_id, name=name, description=description)
        except Exception as exc:  # noqa: BLE001 - Qt would swallow it; say it instead
            self.failed = True
            self.setObsolete(True)  # a failed first redo: push() drops the command
            self.report(
                tr("ReviewFixes", "Could not change the theme: %1").replace("%1", plain_reason(exc))
            )
            return
        self.notify()

    def redo(self) -> None:
        """Write the fixed wording (also on the first push)."""
        self._apply(self.after)

    def undo(self) -> None:
        """Write the wording from before the fix."""
        self._apply(self.before)
