"""The capture workspace's widgets and layout (no wiring: see ``workspace.py``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from roundtable_app.ui.guarded_text.editor import CaptureEditor
from roundtable_app.ui.i18n import QT_TRANSLATE_NOOP, tr
from roundtable_app.vault.types import REMARK_KINDS, SessionInfo

from .banner import MessageLine, RecoveryBanner
from .controller import kind_label, kind_shortcut
from .remark_list import RemarkListView
from .shortcuts import FOCUS_LIST_KEYS

NO_SESSION = QT_TRANSLATE_NOOP("CaptureView", "(no agenda session)")


def session_label(s: SessionInfo) -> str:
    """An agenda item as listed in the combo."""
    day = tr("CaptureView", "Day %1").replace("%1", str(s.day)) if s.day else ""
    when = " ".join(p for p in (day, s.time_label) if p)
    return f"{s.title} — {when}" if when else s.title


class CaptureView(QWidget):
    """Themes on the left; kind, session, editor, save line and saved remarks on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = RecoveryBanner(self)

        self.theme_list = QListView(self)
        self.theme_list.setAccessibleName(tr("CaptureView", "Themes"))
        self.theme_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.theme_list.setWordWrap(True)
        self.theme_list.setSpacing(2)
        self.theme_list.setMinimumWidth(self.fontMetrics().averageCharWidth() * 28)
        themes_label = QLabel(tr("CaptureView", "&Themes (Ctrl+1 … Ctrl+9)"), self)
        themes_label.setBuddy(self.theme_list)

        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(tr("CaptureView", "Kind of remark"))
        for kind in REMARK_KINDS:
            self.kind_combo.addItem(f"{kind_label(kind)}   {kind_shortcut(kind)}", kind)
        kind_caption = QLabel(
            tr("CaptureView", "&Kind (Alt+1 … Alt+6; stays until you change it)"), self
        )
        kind_caption.setBuddy(self.kind_combo)

        self.session_combo = QComboBox(self)
        self.session_combo.setAccessibleName(tr("CaptureView", "Agenda session"))
        self.session_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.session_combo.setMinimumContentsLength(24)
        session_caption = QLabel(tr("CaptureView", "Agenda &session (Ctrl+Shift+S)"), self)
        session_caption.setBuddy(self.session_combo)

        self.theme_caption = QLabel(self)
        self.theme_caption.setAccessibleName(tr("CaptureView", "Current theme"))
        font = self.theme_caption.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.theme_caption.setFont(font)

        self.editor = CaptureEditor(self)
        self.save_button = QPushButton(tr("CaptureView", "Save remark (Ctrl+Enter)"), self)
        self.save_button.setAccessibleName(tr("CaptureView", "Save remark"))
        self.saved_label = QLabel(tr("CaptureView", "Nothing saved yet"), self)
        self.saved_label.setAccessibleName(tr("CaptureView", "Last saved"))
        self.message = MessageLine(self)

        self.remarks_caption = QLabel(
            tr("CaptureView", "&Remarks (%1)").replace("%1", FOCUS_LIST_KEYS[0]), self
        )
        self.remark_list = RemarkListView(self)
        self.remarks_caption.setBuddy(self.remark_list)
        self.findings_label = QLabel(self)
        self.findings_label.setAccessibleName(tr("CaptureView", "Guard findings in the editor"))

        self._lay_out(themes_label, kind_caption, session_caption)

    def _lay_out(self, themes_label: QLabel, kind_caption: QLabel, session_caption: QLabel) -> None:
        left = QWidget(self)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(themes_label)
        left_box.addWidget(self.theme_list)

        choices = QGridLayout()
        choices.addWidget(kind_caption, 0, 0)
        choices.addWidget(session_caption, 0, 1)
        choices.addWidget(self.kind_combo, 1, 0)
        choices.addWidget(self.session_combo, 1, 1)
        choices.setColumnStretch(1, 1)

        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved_label)
        save_row.addWidget(self.findings_label, 1, Qt.AlignmentFlag.AlignRight)

        top = QWidget(self)
        top_box = QVBoxLayout(top)
        top_box.setContentsMargins(0, 0, 0, 0)
        top_box.addLayout(choices)
        top_box.addWidget(self.theme_caption)
        top_box.addWidget(self.editor, 1)
        top_box.addLayout(save_row)
        top_box.addWidget(self.message)

        bottom = QWidget(self)
        bottom_box = QVBoxLayout(bottom)
        bottom_box.setContentsMargins(0, 0, 0, 0)
        bottom_box.addWidget(self.remarks_caption)
        bottom_box.addWidget(self.remark_list)
        # The selected remark whole: its column shows only the first words, and the list keeps
        # fixed row heights so that ten thousand rows stay fast.
        self.preview = QLabel(self)
        self.preview.setObjectName("muted")
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(tr("CaptureView", "The selected remark in full"))
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setVisible(False)
        bottom_box.addWidget(self.preview)
        self.remark_list.preview_changed.connect(self._show_preview)

        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(top)
        right.addWidget(bottom)
        # Even halves: at 720 pixels high a 3:2 split left five saved remarks in view.
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        right.setChildrenCollapsible(False)

        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.addWidget(left)
        main.addWidget(right)
        main.setStretchFactor(0, 1)
        main.setStretchFactor(1, 3)
        main.setSizes([self.fontMetrics().averageCharWidth() * 36, 900])
        main.setChildrenCollapsible(False)

        outer = QVBoxLayout(self)
        outer.addWidget(self.banner)
        outer.addWidget(main, 1)

    def _show_preview(self, text: str) -> None:
        self.preview.setText(text)
        self.preview.setVisible(bool(text))

    def fill_sessions(self, sessions: list[SessionInfo], current: int | None) -> None:
        """List the agenda; select ``current``."""
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        self.session_combo.addItem(tr("CaptureView", NO_SESSION), None)
        for s in sessions:
            self.session_combo.addItem(session_label(s), s.id)
        index = self.session_combo.findData(current) if current is not None else 0
        self.session_combo.setCurrentIndex(max(0, index))
        self.session_combo.blockSignals(False)

    def show_kind(self, kind: str) -> None:
        """Select a kind in the combo without re-announcing it."""
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self.kind_combo.blockSignals(False)
