"""Privacy of the desktop: what Qt and the clipboard would otherwise keep about an event.

* Text copied from Roundtable is marked so clipboard managers and Windows clipboard history
  skip it (``x-kde-passwordManagerHint``, ``ExcludeClipboardContentFromMonitorProcessing``) and
  is cleared after a timeout if the clipboard still holds it.
* Qt's file dialogs remember the last folders visited in their own settings file
  (``QtProject``); that history (which names where vaults live) is forgotten when the app quits.
* The vault is locked when the platform suspends the application.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QMimeData, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 45_000
_HINTS = {
    "x-kde-passwordManagerHint": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": b"\x01\x00\x00\x00",
    "CanIncludeInClipboardHistory": b"\x00\x00\x00\x00",
    "CanUploadToCloudClipboard": b"\x00\x00\x00\x00",
}


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardGuard(QObject):
    """Marks what Roundtable puts on the clipboard and clears it after ``clear_after_ms``."""

    def __init__(self, clipboard: QClipboard, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(clipboard)
        self._clipboard = clipboard
        self._marking = False
        self._ours: bytes | None = None  # a digest, never the text itself
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_unchanged)
        clipboard.dataChanged.connect(self._on_changed)

    def _on_changed(self) -> None:
        if self._marking:
            return
        # Where the platform cannot say who owns the clipboard (Wayland, offscreen), a change
        # while one of our windows has the focus is taken as a copy from Roundtable.
        ours = self._clipboard.ownsClipboard() or QGuiApplication.focusWindow() is not None
        if not ours:
            self._ours = None  # someone else copied something: never clear theirs
            self._timer.stop()
            return
        data = self._clipboard.mimeData()
        if data is None or not data.hasText():
            return
        if all(data.hasFormat(f) for f in _HINTS):
            return
        text = data.text()
        marked = QMimeData()
        marked.setText(text)
        for fmt, value in _HINTS.items():
            marked.setData(fmt, QByteArray(value))
        self._marking = True
        try:
            self._clipboard.setMimeData(marked)
        finally:
            self._marking = False
        self._ours = _digest(text)
        self._timer.start()

    def clear_if_unchanged(self) -> None:
        """Empty the clipboard if it still holds what Roundtable put there."""
        if self._ours is not None and _digest(self._clipboard.text()) == self._ours:
            self._clipboard.clear()
        self._ours = None


def forget_file_dialog_history() -> None:
    """Remove the folders Qt's file dialogs remember (its ``QtProject`` settings)."""
    store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "QtProject")
    store.remove("FileDialog")
    store.remove("Qt/filedialog")
    store.sync()


def lock_on_suspend(app: QGuiApplication, lock: Callable[[], None]) -> None:
    """Call ``lock`` when the platform suspends the application (where it tells)."""

    def changed(state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            lock()

    app.applicationStateChanged.connect(changed)
