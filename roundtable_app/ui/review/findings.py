"""The findings panel: every unresolved guard finding the export would refuse, fixed in place.

It lists what :func:`roundtable_app.export.preflight.preflight` returns (the export's own
rule for what is dismissed), so when the panel is empty the export goes through without
``--accept-findings``. Each row names the words, the reason and where they are (theme and the
text's first words, never an internal id). Enter jumps to the text; the buttons fix it:
replace with a neutral wording picked from a menu (the same choices as the capture editor's
right-click menu, in the text's case, language and script), reword, exclude the remark,
dismiss with a reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roundtable_app.guard import Finding
from roundtable_app.guard.replacements import Replacement, replacement_choices
from roundtable_app.ui.guard_words import category_text, reason_text, severity_text
from roundtable_app.ui.i18n import tr

FIRST_WORDS = 6


def first_words(text: str, count: int = FIRST_WORDS) -> str:
    """The first ``count`` words of ``text``, with an ellipsis when there are more."""
    words = text.split()
    head = " ".join(words[:count])
    return head + ("…" if len(words) > count else "")


@dataclass(frozen=True)
class FindingRow:
    """One finding and the text it is in: ``kind`` is ``remark``, ``synthesis``,
    ``executive`` or ``heading``; ``ref`` the remark id or theme id (never shown)."""

    kind: str
    ref: str
    target: str
    where: str
    text: str
    finding: Finding


class FindingsList(QListWidget):
    """The rows; Enter asks to jump to the selected one."""

    jump_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter or Return jumps to the finding's text."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.jump_requested.emit()
            return
        super().keyPressEvent(event)


class FindingsPanel(QWidget):
    """The list and its fixing buttons; the workspace does the fixing (it owns the vault)."""

    jump = Signal(object)  # FindingRow
    #: The user picked a neutral wording: (FindingRow, Replacement).
    replace = Signal(object, object)
    reword = Signal(object)
    exclude = Signal(object)
    dismiss = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.list = FindingsList()
        self.list.setAccessibleName(tr("FindingsPanel", "Unresolved findings"))
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)
        # Two rows, so that every button keeps its whole label in each language.
        replace_row, buttons = QHBoxLayout(), QHBoxLayout()
        self.replace_button = QPushButton(tr("FindingsPanel", "Re&place with…"))
        self.replace_button.setAccessibleName(
            tr("FindingsPanel", "Replace the words with a neutral wording")
        )
        #: The menu of neutral wordings while it is open (tests drive it by keyboard).
        self.menu: QMenu | None = None
        self.reword_button = QPushButton(tr("FindingsPanel", "Re&word…"))
        self.exclude_button = QPushButton(tr("FindingsPanel", "E&xclude remark"))
        self.dismiss_button = QPushButton(tr("FindingsPanel", "&Dismiss…"))
        replace_row.addWidget(self.replace_button)
        replace_row.addStretch(1)
        for b in (self.reword_button, self.exclude_button, self.dismiss_button):
            buttons.addWidget(b)
        layout.addLayout(replace_row)
        layout.addLayout(buttons)
        self.rows: list[FindingRow] = []
        self.list.jump_requested.connect(lambda: self._emit(self.jump))
        self.list.itemActivated.connect(lambda _i: self._emit(self.jump))
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.replace_button.clicked.connect(self.choose_replacement)
        self.reword_button.clicked.connect(lambda: self._emit(self.reword))
        self.exclude_button.clicked.connect(lambda: self._emit(self.exclude))
        self.dismiss_button.clicked.connect(lambda: self._emit(self.dismiss))
        self._update_buttons()

    def set_rows(self, rows: list[FindingRow]) -> None:
        """Show these findings (keeping the cursor near where it was)."""
        current = self.list.currentRow()
        self.rows = rows
        self.list.clear()
        for row in rows:
            f = row.finding
            item = QListWidgetItem(f"“{f.text}” · {reason_text(f.reason)}\n{row.where}")
            item.setToolTip(f"{category_text(f.category)}, {severity_text(f.severity)}")
            self.list.addItem(item)
        if rows:
            self.list.setCurrentRow(min(max(current, 0), len(rows) - 1))
        n = len(rows)
        self.summary.setText(
            tr("FindingsPanel", "No unresolved findings: the export will go through.")
            if n == 0
            else tr(
                "FindingsPanel",
                "%n unresolved findings the export would refuse. Enter jumps to one.",
                None,
                n,
            )
        )
        self._update_buttons()

    def current(self) -> FindingRow | None:
        """The selected finding."""
        i = self.list.currentRow()
        return self.rows[i] if 0 <= i < len(self.rows) else None

    def _emit(self, signal: SignalInstance) -> None:
        row = self.current()
        if row is not None:
            signal.emit(row)

    def choices(self, row: FindingRow | None = None) -> list[Replacement]:
        """The neutral wordings offered for a finding (the selected one by default)."""
        row = row if row is not None else self.current()
        if row is None:
            return []
        return replacement_choices(row.text, row.finding)

    def choose_replacement(self) -> None:
        """Replace: a menu of neutral wordings under the button, its first one active, so the
        arrow keys and Enter pick one (Escape keeps the text as it is)."""
        row = self.current()
        choices = self.choices(row)
        if row is None or not choices:
            return
        menu = QMenu(self)
        menu.setAccessibleName(tr("FindingsPanel", "Neutral wordings"))
        for choice in choices:
            action = menu.addAction(f"“{choice.words}”")
            action.setData(choices.index(choice))
        self.menu = menu
        at = self.replace_button.mapToGlobal(QPoint(0, self.replace_button.height()))
        first = menu.actions()[0]
        # Active once shown (a hidden menu forgets it): Enter alone takes the best wording.
        QTimer.singleShot(0, lambda: menu.setActiveAction(first) if menu.isVisible() else None)
        try:
            picked = menu.exec(at)
        finally:
            self.menu = None
            menu.deleteLater()
        if picked is not None:
            self.replace.emit(row, choices[int(picked.data())])

    def _update_buttons(self) -> None:
        row = self.current()
        choices = self.choices(row)
        self.replace_button.setEnabled(bool(choices))
        self.replace_button.setToolTip(
            tr("FindingsPanel", "For example “%1”").replace("%1", choices[0].words)
            if choices
            else ""
        )
        self.reword_button.setEnabled(bool(row and row.kind != "heading"))
        self.exclude_button.setEnabled(bool(row and row.kind == "remark"))
        self.dismiss_button.setEnabled(row is not None)
