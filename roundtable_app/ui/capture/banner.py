"""Small inline widgets of Capture: the draft-recovery banner and a message line."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from roundtable_app.ui.i18n import tr
from roundtable_app.ui.theme import error_css


class RecoveryBanner(QFrame):
    """“Unsaved text from HH:MM was recovered — Restore / Discard”."""

    restore_clicked = Signal()
    discard_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryBanner")
        self.setAccessibleName(tr("Banner", "Recovered text"))
        # Its colours come from the app stylesheet (ui/theme.py), so they follow the palette.
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.restore_button = QPushButton(tr("Banner", "&Restore"), self)
        self.restore_button.setAccessibleName(tr("Banner", "Restore the recovered text"))
        self.discard_button = QPushButton(tr("Banner", "&Discard"), self)
        self.discard_button.setAccessibleName(tr("Banner", "Discard the recovered text"))
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        row.addWidget(self.restore_button)
        row.addWidget(self.discard_button)
        self.restore_button.clicked.connect(self.restore_clicked)
        self.discard_button.clicked.connect(self.discard_clicked)
        self.hide()

    def offer(self, clock: str) -> None:
        """Show the banner for a draft last saved at ``clock`` (HH:MM)."""
        self.label.setText(
            tr("Banner", "Unsaved text from %1 was recovered — Restore / Discard").replace(
                "%1", clock
            )
        )
        self.show()


class MessageLine(QLabel):
    """One line saying what just happened; errors in red, kept until the next message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Banner", "Save status"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setWordWrap(True)

    def say(self, text: str, error: bool = False) -> None:
        """Show a message (an error stays visible and is styled as one)."""
        style = f"{error_css()} font-weight: bold;" if error else "color: palette(text);"
        self.setStyleSheet(style)
        self.setText(text)
        self.setProperty("error", error)
