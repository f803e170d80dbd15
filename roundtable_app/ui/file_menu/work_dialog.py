"""Pieces the File menu's dialogs share: a path field with a Choose button, and a dialog base
that runs one piece of long work in a worker behind a busy bar.

A dialog can be dismissed while its worker runs (the window locks): the result that arrives
later is then dropped, never shown, and the dialog's widgets are long gone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roundtable_app.ui.common import message_label, run_in_worker, show_message
from roundtable_app.ui.error_words import plain_error
from roundtable_app.ui.i18n import tr


class PathField(QWidget):
    """A file or folder path: typed, or picked with the platform's dialog.

    ``mode`` is ``save`` (a new file), ``open`` (an existing file) or ``folder``.
    """

    changed = Signal()

    def __init__(
        self,
        mode: str,
        caption: str,
        name: str,
        file_filter: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.mode, self.caption = mode, caption
        self.file_filter = file_filter or tr("WorkDialog", "All files (*)")
        #: A path the platform dialog already asked "replace?" about.
        self.confirmed: Path | None = None
        #: Where the platform dialog starts while the field is empty.
        self.start_dir: Path = Path.home()
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(name)
        self.edit.setClearButtonEnabled(True)
        self.button = QPushButton(tr("WorkDialog", "Choose…"), self)
        self.button.setAccessibleName(tr("WorkDialog", "Choose: %1").replace("%1", name))
        self.setFocusProxy(self.edit)  # focusing the field means its text
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.button.clicked.connect(self.choose)
        self.edit.textChanged.connect(self.changed)

    def path(self) -> Path | None:
        """The path in the field, with ``~`` expanded (None while it is empty)."""
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_path(self, path: Path) -> None:
        """Put ``path`` in the field."""
        self.edit.setText(str(path))

    def choose(self) -> None:
        """Pick the path with the platform's file dialog."""
        current = self.edit.text().strip() or str(self.start_dir)
        if self.mode == "folder":
            chosen = QFileDialog.getExistingDirectory(self, self.caption, current)
        elif self.mode == "open":
            chosen, _ = QFileDialog.getOpenFileName(self, self.caption, current, self.file_filter)
        else:
            chosen, _ = QFileDialog.getSaveFileName(self, self.caption, current, self.file_filter)
            # The platform dialog asked before picking an existing file: no second question.
            self.confirmed = Path(chosen) if chosen else self.confirmed
        if chosen:
            self.edit.setText(chosen)


class WorkDialog(QDialog):
    """A dialog with one primary button whose work runs in a worker behind a busy bar."""

    def __init__(self, title: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._busy = False
        self._abandoned = False
        self._blocking = False
        self._focus: QWidget | None = None
        #: What the user fills in: disabled while the work runs.
        self.inputs: list[QWidget] = []
        self.heading = QLabel(title, self)
        self.heading.setObjectName("heading")
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # indeterminate: the work has no steps worth counting
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(tr("WorkDialog", "Working"))
        self.busy.setVisible(False)
        self.busy_caption = QLabel(self)
        self.busy_caption.setObjectName("muted")
        self.busy_caption.setVisible(False)
        self.message = message_label(self)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.go = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.go.setProperty("primary", True)
        self.go.setDefault(True)
        self.go.setAccessibleName(action.replace("&", ""))
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.addWidget(self.heading)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.busy_caption)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        # Wide enough for a full path in the field without scrolling it sideways.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)
        self.buttons.rejected.connect(self.reject)
        self.go.clicked.connect(self.start)

    # ------------------------------------------------------------------ for subclasses
    def start(self) -> None:
        """The primary button: subclasses check their fields and call :meth:`run`."""
        raise NotImplementedError

    def update_state(self) -> None:
        """Enable or disable the primary button from the fields (subclasses extend)."""
        self.go.setEnabled(not self._busy)

    def run(
        self,
        caption: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        *,
        blocking: bool = True,
    ) -> None:
        """Run ``work()`` (which must never touch a widget) in a worker; ``on_done`` or
        ``on_error`` gets its outcome on the GUI thread unless the dialog was dismissed.

        Blocking work (it writes) holds the fields and Close until it reports; other work
        (a check) leaves them usable, and closing the dialog simply drops its outcome.
        """
        self._blocking = blocking
        self._set_busy(True, caption)
        show_message(self.message, "")

        def done(value: Any) -> None:
            if self._abandoned:
                return
            self._set_busy(False)
            on_done(value)

        def failed(exc: BaseException) -> None:
            if self._abandoned:
                return
            self._set_busy(False)
            (on_error or self.show_error)(exc)

        run_in_worker(work, done, failed, owner=self)

    def show_error(self, exc: BaseException) -> None:
        """Show a failure in plain words."""
        show_message(self.message, plain_error(exc))

    def show_result(self, text: str) -> None:
        """Show what the work did (as a note, not an error)."""
        show_message(self.message, text, error=False)

    def _grow_to_fit(self) -> None:
        """Make the dialog tall enough for text that just appeared (a preview, a longer
        translation), rather than leaving it cut; never shrink what the user sized."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        need = self.sizeHint().height()
        if need > self.height():
            self.resize(self.width(), need)

    def showEvent(self, event: QShowEvent) -> None:
        """Start in the first field unless a subclass chose a widget: the buttons come first
        in the focus chain (they are built before the fields), and Close as the first focus
        would make Enter close the dialog."""
        focus = self.focusWidget()
        if focus is None or focus is self.close_button:
            first = next((w for w in self.inputs if w.isEnabled() and not w.isHidden()), None)
            if first is not None:
                first.setFocus()
        super().showEvent(event)

    # ------------------------------------------------------------------ state
    @property
    def is_busy(self) -> bool:
        """Whether the work is running."""
        return self._busy

    def _set_busy(self, busy: bool, caption: str = "") -> None:
        if busy:
            # Disabling the fields moves the focus away; it comes back when the work is done.
            self._focus = self.focusWidget()
        self._busy = busy
        self.busy.setVisible(busy)
        self.busy_caption.setText(caption)
        self.busy_caption.setVisible(busy)
        hold = busy and self._blocking
        self.close_button.setEnabled(not hold)
        for widget in self.inputs:
            widget.setEnabled(not hold)
        self.update_state()
        if not busy and self._focus is not None and self._focus.isEnabled():
            self._focus.setFocus()

    def reject(self) -> None:
        """Close, except while the work runs (its outcome is about to be shown)."""
        if self._busy and self._blocking:
            return
        self._abandoned = True  # a check still running reports to nobody
        super().reject()

    def dismiss(self) -> None:
        """Close now, work or not (the window is locking): a late outcome is dropped."""
        self._abandoned = True
        super().reject()
