"""File → Restore from backup…, also offered by the unlock dialog when a vault is damaged.

Lists the vault's automatic backups (newest first, with their time and how many remarks each
holds, read from their names so no passphrase is needed to list them) and restores the one
chosen with ``roundtable_app.vault.maintenance.restore`` in a worker: the backup must open with
the passphrase typed here, and the current file is set aside under a clear name, never
overwritten.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
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
from roundtable_app.ui.i18n import QT_TRANSLATE_NOOP, tr

_REASONS = {
    "open": QT_TRANSLATE_NOOP("RestoreDialog", "when opened"),
    "close": QT_TRANSLATE_NOOP("RestoreDialog", "when closed"),
    "periodic": QT_TRANSLATE_NOOP("RestoreDialog", "while working"),
    "import": QT_TRANSLATE_NOOP("RestoreDialog", "before a bundle import"),
    "migration": QT_TRANSLATE_NOOP("RestoreDialog", "before an upgrade"),
}


def _restore(backup: Path, target: Path, passphrase: str) -> Path | None:
    from roundtable_app.vault.maintenance import restore

    return restore(backup, target, passphrase)


def _list(target: Path) -> list[tuple[Path, str]]:
    from roundtable_app.vault.backups import list_backups

    rows = []
    for b in list_backups(target):
        moment = b.taken_at
        when = QLocale().toString(
            QDateTime(
                QDate(moment.year, moment.month, moment.day),
                QTime(moment.hour, moment.minute, moment.second),
            ),
            "dd MMM yyyy, HH:mm:ss",
        )
        reason = tr("RestoreDialog", _REASONS.get(b.reason, b.reason))
        count = b.remarks
        remarks = tr("RestoreDialog", "%n remarks", None, count)
        rows.append((b.path, f"{when} · {remarks} · {reason}"))
    return rows


class RestoreDialog(QDialog):
    """Choose a backup of ``target`` and restore it; ``restored`` carries the vault's path."""

    restored = Signal(object)

    def __init__(self, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = Path(target)
        self.setWindowTitle(
            tr("RestoreDialog", "Restore %1 from a backup").replace("%1", self.target.name)
        )
        self.setAccessibleName(tr("RestoreDialog", "Restore from backup"))
        intro = QLabel(
            tr(
                "RestoreDialog",
                "Choose a backup. The current file is kept beside it under a name ending in "
                "“.replaced-…”, never overwritten. Type the passphrase the backup was made with.",
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("RestoreDialog", "Backups, newest first"))
        for path, label in _list(self.target):
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
        if self.list.count():
            self.list.setCurrentRow(0)
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(tr("RestoreDialog", "Passphrase"))
        self.field.setAccessibleName(tr("RestoreDialog", "Passphrase of the backup"))
        self.message = message_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.go = QPushButton(tr("RestoreDialog", "&Restore"), self)
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
            show_message(
                self.message,
                tr("RestoreDialog", "No automatic backups of %1 were found.").replace(
                    "%1", self.target.name
                ),
            )
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
            show_message(self.message, tr("RestoreDialog", "Type the backup's passphrase."))
            return
        self.field.clear()
        backup = Path(item.data(Qt.ItemDataRole.UserRole))
        target = self.target
        self._busy = True
        self._update()
        show_message(self.message, tr("RestoreDialog", "Restoring…"), error=False)
        run_in_worker(
            lambda: _restore(backup, target, passphrase), self._done, self._failed, owner=self
        )

    def _done(self, aside: Path | None) -> None:
        self._busy = False
        text = (
            tr("RestoreDialog", "Restored %1. The previous file was kept as %2.").replace(
                "%2", aside.name
            )
            if aside is not None
            else tr("RestoreDialog", "Restored %1.")
        ).replace("%1", self.target.name)
        show_message(self.message, text, error=False)
        self.restored.emit(self.target)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._update()
        show_message(self.message, error_text(exc))
        self.field.setFocus()
