"""Summary tab: the executive summary and one synthesis per theme, written by the dialog's Save.

One editor serves every text: the list on the left picks which (the executive summary first,
then the themes in their order); what was typed is kept in memory while another is picked, and
Save writes every changed text after all of them were checked, so a text that is too long
leaves nothing half-saved. The editor underlines possible attributions as the capture editor
does, scanned against the dismissals the export pre-flight honours for that text.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roundtable_app.errors import InputError, RoundtableError
from roundtable_app.export.findings import EVENT_TARGET, theme_target
from roundtable_app.guard import Finding
from roundtable_app.ui.capture.checks import CaptureChecks
from roundtable_app.ui.guarded_text.dismiss import DismissDialog
from roundtable_app.ui.guarded_text.editor import plain_editor
from roundtable_app.ui.guarded_text.highlighter import LiveGuard
from roundtable_app.ui.i18n import tr
from roundtable_app.vault import ThemeInfo, Vault

#: The list's key for the executive summary (themes are keyed by their id).
EVENT = "event"
MAX_CHARS = 200_000  # the vault's limit, checked before anything is written
Key = str | int


def decision_target(key: Key) -> str:
    """The decision key the export pre-flight uses for a text (``event`` or ``theme:<id>``)."""
    return EVENT_TARGET if key == EVENT else theme_target(int(key))


class SummaryTab(QWidget):
    """The facilitator's texts; :meth:`changes` validates, :meth:`saved` records a write."""

    changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.checks = CaptureChecks(
            vault.terms(), vault.dismissals(), affiliation=vault.strict_affiliation()
        )
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("SummaryTab", "Summary texts"))
        self.list.setMaximumWidth(self.fontMetrics().averageCharWidth() * 40)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)  # wrapped theme names read as separate entries
        list_label = QLabel(tr("SummaryTab", "&Texts:"), self)
        list_label.setBuddy(self.list)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.editor = plain_editor(self, tr("SummaryTab", "Summary text"))
        self.editor.setTabChangesFocus(False)
        self.caption.setBuddy(self.editor)
        self.live = LiveGuard(self.editor.document(), self._scan, self)
        self.editor.attach(self.live)
        self.findings_label = QLabel(self)
        self.findings_label.setAccessibleName(
            tr("SummaryTab", "Guard findings in the summary text")
        )
        left = QVBoxLayout()
        left.addWidget(list_label)
        left.addWidget(self.list, 1)
        right = QVBoxLayout()
        right.addWidget(self.caption)
        right.addWidget(self.editor, 1)
        right.addWidget(self.findings_label)
        row = QHBoxLayout(self)
        row.addLayout(left, 2)
        row.addLayout(right, 5)
        self._texts: dict[Key, str] = {EVENT: vault.event_summary()}
        self._saved: dict[Key, str] = {}
        self._key: Key | None = None
        self._names: dict[Key, str] = {EVENT: tr("SummaryTab", "Executive summary")}
        self.set_themes(vault.themes())
        self._saved = dict(self._texts)
        self._connect_signals()
        self.list.setCurrentRow(0)

    def _connect_signals(self) -> None:
        self.editor.dismiss_requested.connect(self._ask_dismissal)
        self.list.currentItemChanged.connect(self._show_item)
        self.live.scanned.connect(self._show_findings)
        self.editor.textChanged.connect(self._typed)

    # ------------------------------------------------------------------ contents
    def set_themes(self, themes: list[ThemeInfo]) -> None:
        """List these themes (after the Themes tab changed them); typed texts are kept."""
        self._remember()
        current = self._key
        for theme in themes:
            if theme.id not in self._texts:
                text = self.vault.theme_summary(theme.id)
                self._texts[theme.id] = text
                self._saved[theme.id] = text
        keep = {EVENT, *(t.id for t in themes)}
        for key in [k for k in self._texts if k not in keep]:
            del self._texts[key]
            self._saved.pop(key, None)
        self._names = {
            EVENT: tr("SummaryTab", "Executive summary"),
            **{t.id: t.name for t in themes},
        }
        self.list.blockSignals(True)
        self.list.clear()
        for key, name in self._names.items():
            item = QListWidgetItem(
                name if key == EVENT else tr("SummaryTab", "Synthesis: %1").replace("%1", name)
            )
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = list(self._names).index(current) if current in self._names else 0
        self._key = None
        self.list.setCurrentRow(row)
        self._show_item(self.list.currentItem())

    def select(self, key: Key) -> None:
        """Show one text in the editor (``EVENT`` or a theme id)."""
        self.list.setCurrentRow(list(self._names).index(key))

    def text(self, key: Key) -> str:
        """The text as typed so far (saved or not)."""
        self._remember()
        return self._texts.get(key, "")

    @property
    def dirty(self) -> bool:
        """Whether any text differs from what the vault holds."""
        self._remember()
        return any(self._texts[k].strip() != self._saved.get(k, "").strip() for k in self._texts)

    def changes(self) -> dict[Key, str]:
        """Every changed text, checked: raises InputError naming the first one too long."""
        self._remember()
        out: dict[Key, str] = {}
        for key, text in self._texts.items():
            if text.strip() == self._saved.get(key, "").strip():
                continue
            if len(text.strip()) > MAX_CHARS:
                raise InputError(self._too_long(key).replace("%1", QLocale().toString(MAX_CHARS)))
            out[key] = text
        return out

    def saved(self, written: dict[Key, str]) -> None:
        """These texts reached the vault."""
        for key, text in written.items():
            self._saved[key] = text

    def refresh_guard(self) -> None:
        """Rebuild the guard (the protected terms were saved) and rescan."""
        self.checks = CaptureChecks(
            self.vault.terms(),
            self.vault.dismissals(),
            affiliation=self.vault.strict_affiliation(),
        )
        self.live.scan_now(force=True)

    def clear(self) -> None:
        """Forget every text (the dialog is closing over a lock)."""
        self.live.stop()
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.document().clearUndoRedoStacks()
        self.editor.blockSignals(False)
        self._texts.clear()

    def dismiss(self, finding: Finding, reason: str) -> bool:
        """Record in the vault that a finding in the text shown is harmless; False on failure."""
        if self._key is None:
            return False
        target = decision_target(self._key)
        try:
            self.vault.dismiss_finding(target, finding.text, finding.category, reason)
        except RoundtableError as exc:
            self.findings_label.setText(
                tr("SummaryTab", "Could not dismiss the finding: %1").replace("%1", exc.message)
            )
            return False
        self.checks.record_decision(target, finding.text, finding.category)
        self.live.scan_now(force=True)
        return True

    # ------------------------------------------------------------------ internals
    def _ask_dismissal(self, finding: Finding) -> None:
        dialog = DismissDialog(finding.text, finding.reason, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.dismiss(finding, dialog.reason())
        dialog.deleteLater()

    def _too_long(self, key: Key) -> str:
        # One sentence per case, as Serbian inflects the text's name differently in each.
        if key == EVENT:
            return tr("SummaryTab", "the executive summary is too long (%1 characters at most)")
        return tr(
            "SummaryTab", "the synthesis of “%2” is too long (%1 characters at most)"
        ).replace("%2", self._names.get(key, ""))

    def _scan(self, text: str) -> list[Finding]:
        if self._key is None:
            return []
        return self.checks.text_findings(decision_target(self._key), text)

    def _remember(self) -> None:
        if self._key is not None and self._key in self._texts:
            self._texts[self._key] = self.editor.toPlainText()

    def _show_item(self, item: QListWidgetItem | None) -> None:
        self._remember()
        if item is None:
            return
        key: Key = item.data(Qt.ItemDataRole.UserRole)
        if key == self._key:
            return
        self._key = key
        self.caption.setText(
            # Alt+E is the Event tab and Alt+S is Save; "&" in a theme name is not a mnemonic.
            tr("SummaryTab", "E&xecutive summary (opens the document):")
            if key == EVENT
            else tr("SummaryTab", "S&ynthesis of “%1” (printed before its remarks):").replace(
                "%1", self._names[key].replace("&", "&&")
            )
        )
        self.editor.blockSignals(True)
        self.editor.setPlainText(self._texts.get(key, ""))
        self.editor.blockSignals(False)
        self.live.scan_now(force=True)

    def _typed(self) -> None:
        self._remember()
        self.changed.emit()

    def _show_findings(self, findings: list[Finding]) -> None:
        n = len(findings)
        self.findings_label.setText(
            ""
            if not n
            else tr(
                "Guard", "⚠ %n possible attributions: hover the underline, right-click", None, n
            )
        )
