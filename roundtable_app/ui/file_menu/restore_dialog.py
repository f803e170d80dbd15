"""File → Restore from backup…, also offered by the unlock dialog when a vault is damaged.

Lists the vault's automatic backups (newest first, with their time and how many remarks each
holds, read from their names so no passphrase is needed to list them) and restores the one
chosen with ``roundtable_app.vault.maintenance.restore`` in a worker: the backup must open with
the passphrase typed here, and the current file is set aside under a clear name, never
overwritten.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roundtable_app.ui.common import message_label, run_in_worker, show_message
from roundtable_app.ui.error_words import error_text

_REASONS = {
    "open": "when opened",
    "close": "when closed",
    "periodic": "while working",
    "import": "before a bundle import",
    "migration": "before an upgrade",
}


def _restore(backup: Path, target: Path, passphrase: str) -> Path | None:
    from roundtable_app.vault.maintenance import restore

    return restore(backup, target, passphrase)


def _list(target: Path) -> list[tuple[Path, str]]:
    from roundtable_app.vault.backups import list_backups

    rows = []
    for b in list_backups(target):
        when = b.taken_at.strftime("%d %b %Y, %H:%M:%S")
        reason = _REASONS.get(b.reason, b.reason)
        noun = "remark" if b.remarks == 1 else "remarks"
        rows.append((b.path, f"{when} · {b.remarks} {noun} · {reason}"))
    return rows


class RestoreDialog(QDialog):
    """Choose a backup of ``target`` and restore it; ``restored`` carries the vault's path."""

    restored = Signal(object)

    def __init__(self, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = Path(target)
        self.setWindowTitle(f"Restore {self.target.name} from a backup")
        self.setAccessibleName("Restore from backup")
        intro = QLabel(
            "Choose a backup. The current file is kept beside it under a name ending in "
            "“.replaced-…”, never overwritten. Type the passphrase the backup was made with.",
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        self.list = QListWidget(self)
        self.list.setAccessibleName("Backups, newest first")
        for path, label in _list(self.target):
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
        if self.list.count():
            self.list.setCurrentRow(0)
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText("Passphrase")
        self.field.setAccessibleName("Passphrase of the backup")
        self.message = message_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.go = QPushButton("&Restore", self)
        self.go.setProperty("primary", True)
        buttons.addButton(self.go, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        if not self.list.count():
            show_message(self.message, f"No automatic backups of {self.target.name} were found.")
        self._busy = False
        buttons.rejected.connect(self.reject)
        self.go.clicked.connect(self.start)
        self.field.returnPressed.connect(self.start)
        self.field.setFocus()
        self._update()

    def _update(self) -> None:
        self.go.setEnabled(not self._busy and self.list.currentItem() is not None)

    def start(self) -> None:
        """Restore the chosen backup (in a worker)."""
        item = self.list.currentItem()
        passphrase = self.field.text()
        if self._busy or item is None:
            return
        if not passphrase:
            show_message(self.message, "Type the backup's passphrase.")
            return
        self.field.clear()
        backup = Path(item.data(Qt.ItemDataRole.UserRole))
        target = self.target
        self._busy = True
        self._update()
        show_message(self.message, "Restoring…", error=False)
        run_in_worker(
            lambda: _restore(backup, target, passphrase), self._done, self._failed, owner=self
        )

    def _done(self, aside: Path | None) -> None:
        self._busy = False
        kept = f" The previous file was kept as {aside.name}." if aside is not None else ""
        show_message(self.message, f"Restored {self.target.name}.{kept}", error=False)
        self.restored.emit(self.target)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._update()
        show_message(self.message, error_text(exc))
        self.field.setFocus()
