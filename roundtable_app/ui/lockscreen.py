"""The lock screen: covers the window while the vault is locked.

It shows only the vault's file name and a passphrase field: no event title, no theme, no remark.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from roundtable_app.ui.common import icon
from roundtable_app.ui.i18n import tr
from roundtable_app.ui.unlock import PassphraseForm


class LockScreen(QWidget):
    """Emits ``unlocked(vault)`` once the passphrase opens the vault again, or
    ``close_requested`` when the user gives up and closes the vault instead."""

    unlocked = Signal(object)
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAccessibleName(tr("LockScreen", "Vault locked"))
        self.path: Path | None = None

        card = QFrame(self)
        card.setObjectName("card")
        badge = QLabel(card)
        badge.setPixmap(icon("lock").pixmap(QSize(48, 48)))
        badge.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        heading = QLabel(tr("LockScreen", "Locked"), card)
        heading.setObjectName("title")
        heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.file_label = QLabel(card)
        self.file_label.setObjectName("muted")
        self.file_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.form = PassphraseForm(Path(), card)
        self.close_button = QPushButton(tr("LockScreen", "Close vault"), card)
        self.close_button.setObjectName("flat")
        self.close_button.setAccessibleName(
            tr("LockScreen", "Close the vault instead of unlocking it")
        )

        box = QVBoxLayout(card)
        box.setContentsMargins(32, 28, 32, 28)
        box.setSpacing(12)
        box.addWidget(badge)
        box.addWidget(heading)
        box.addWidget(self.file_label)
        box.addWidget(self.form)
        box.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignHCenter)
        card.setMinimumWidth(self.fontMetrics().averageCharWidth() * 52)

        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(3)

        self.form.opened.connect(self.unlocked)
        self.close_button.clicked.connect(self.close_requested)

    def show_for(self, path: str | Path) -> None:
        """Lock onto ``path``: only its file name is shown."""
        self.path = Path(path)
        self.form.reset(self.path)
        self.file_label.setText(self.path.name)
        self.form.field.setFocus()

    def abandon(self) -> None:
        """The vault is being closed instead: a late unlock is closed again at once."""
        self.form.reset()
        self.form.abandon()
