"""Unlocking a vault: a passphrase form (shared with the lock screen) and the unlock dialog.

Key derivation takes a noticeable moment, so ``Vault.open`` runs in a worker behind a busy
indicator. Every expected failure is shown in plain words and the form stays open for another
try; the passphrase field is cleared after each attempt.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roundtable_app.errors import UnlockError
from roundtable_app.ui.common import (
    close_vault,
    error_text,
    message_label,
    run_in_worker,
    show_message,
)
from roundtable_app.ui.i18n import tr
from roundtable_app.ui.vault_access import open_vault

if TYPE_CHECKING:
    from roundtable_app.vault import Vault


class PassphraseForm(QWidget):
    """A passphrase field with an Unlock button; emits ``opened`` with the unlocked vault."""

    opened = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self._busy = False
        self._abandoned = False

        self.field = QLineEdit(self)
        self.field.setObjectName("passphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(tr("Unlock", "Passphrase"))
        self.field.setAccessibleName(tr("Unlock", "Passphrase"))
        self.button = QPushButton(tr("Unlock", "Unlock"), self)
        self.button.setObjectName("unlock")
        self.button.setProperty("primary", True)
        self.button.setAccessibleName(tr("Unlock", "Unlock the vault"))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # indeterminate: key derivation has no progress to report
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(tr("Unlock", "Unlocking"))
        self.busy.setVisible(False)
        self.message = message_label(self)

        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)

        self.field.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)

    @property
    def is_busy(self) -> bool:
        """Whether an unlock is running."""
        return self._busy

    def reset(self, path: str | Path | None = None) -> None:
        """Clear the field and message (and optionally point at another file)."""
        if path is not None:
            self.path = Path(path)
        self.field.clear()
        show_message(self.message, "")
        self._abandoned = False

    def abandon(self) -> None:
        """The caller went away: a vault unlocked after this is closed again at once."""
        self._abandoned = True

    def submit(self) -> None:
        """Try the passphrase in the field (in a worker)."""
        passphrase = self.field.text()
        if self._busy:
            return
        if not passphrase:
            show_message(self.message, tr("Unlock", "Type the vault's passphrase."))
            return
        self.field.clear()  # the passphrase lives no longer than this attempt
        self._set_busy(True)
        show_message(self.message, "")
        path = self.path
        run_in_worker(
            lambda: open_vault(path, passphrase),
            self._on_opened,
            self._on_failed,
            owner=self,
            orphan=close_vault,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.field.setEnabled(not busy)
        self.button.setEnabled(not busy)
        self.busy.setVisible(busy)
        self.busy_changed.emit(busy)

    def _on_opened(self, vault: Vault) -> None:
        self._set_busy(False)
        if self._abandoned:
            vault.close()
            return
        self.opened.emit(vault)

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if self._abandoned:
            return
        show_message(self.message, error_text(exc))
        if isinstance(exc, UnlockError):
            self.field.setFocus()


class UnlockDialog(QDialog):
    """Asks for a vault's passphrase; on success ``vault`` holds the open vault and the
    dialog is accepted. A wrong passphrase keeps it open for another try."""

    def __init__(self, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        name = Path(path).name
        self.setWindowTitle(tr("Unlock", "Unlock %1").replace("%1", name))
        self.setAccessibleName(tr("Unlock", "Unlock vault"))
        heading = QLabel(tr("Unlock", "Unlock <b>%1</b>").replace("%1", _escape(name)), self)
        heading.setObjectName("heading")
        where = QLabel(_escape(str(Path(path).parent)), self)
        where.setObjectName("muted")
        where.setWordWrap(True)
        self.form = PassphraseForm(path, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self._cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(where)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

        buttons.rejected.connect(self.reject)
        self.form.opened.connect(self._on_opened)
        self.form.field.setFocus()

    def _on_opened(self, vault: Vault) -> None:
        self.vault = vault
        self.accept()

    def reject(self) -> None:
        """Cancel; if an unlock is still running, its vault is closed when it arrives."""
        if self.form.is_busy:
            self.form.abandon()
        super().reject()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
