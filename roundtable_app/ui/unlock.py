"""Unlocking a vault: a passphrase form (shared with the lock screen) and the unlock dialog.

Key derivation takes a noticeable moment, so ``Vault.open`` runs in a worker behind a busy
indicator. Every expected failure is shown in plain words and the form stays open for another
try, the typed passphrase selected so that typing replaces it; it is cleared once the vault is
open. Enter in the field is the Unlock button and nothing else: the key never reaches the
dialog, so it cannot cancel it.
"""

from __future__ import annotations

from contextlib import suppress
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

from roundtable_app.errors import DamagedError
from roundtable_app.ui.common import (
    close_vault,
    message_label,
    on_enter,
    run_in_worker,
    select_for_retry,
    show_message,
)
from roundtable_app.ui.error_words import error_text
from roundtable_app.ui.i18n import tr
from roundtable_app.ui.vault_access import open_vault

if TYPE_CHECKING:
    from roundtable_app.vault import Vault


class PassphraseForm(QWidget):
    """A passphrase field with an Unlock button; emits ``opened`` with the unlocked vault."""

    opened = Signal(object)
    busy_changed = Signal(bool)
    # (done, total) from the worker while the first open after an update indexes remarks
    _indexing = Signal(int, int)

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
        self.restore_button = QPushButton(tr("Unlock", "Restore from &backup…"), self)
        self.restore_button.setAccessibleName(
            tr("Unlock", "Restore the vault from one of its backups")
        )
        self.restore_button.setVisible(False)  # offered when the vault is damaged

        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.restore_button)

        on_enter(self.field, self.submit)
        self._indexing.connect(self._show_indexing)
        self.restore_button.clicked.connect(self._offer_restore)
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
        self.say("")
        self._abandoned = False

    def abandon(self) -> None:
        """The caller went away: a vault unlocked after this is closed again at once."""
        self._abandoned = True

    def say(self, text: str) -> None:
        """Show a message under the field, whole: a word-wrapped label inside a centred
        layout is otherwise given one line's height and cut in half."""
        show_message(self.message, text)
        if not text:
            self.message.setMinimumHeight(0)
            return
        width = max(self.message.width(), self.width(), self.field.width() + self.button.width())
        self.message.setMinimumHeight(self.message.heightForWidth(width))
        self.updateGeometry()
        top = self.window()
        if isinstance(top, QDialog):
            top.adjustSize()

    def submit(self) -> None:
        """Try the passphrase in the field (in a worker)."""
        passphrase = self.field.text()
        if self._busy:
            return
        if not passphrase:
            self.say(tr("Unlock", "Type the vault's passphrase."))
            self.field.setFocus()
            return
        self._set_busy(True)
        self.say("")
        path = self.path
        emit = self._indexing.emit  # a signal: safe to emit from the worker thread

        def report(done: int, total: int) -> None:
            with suppress(RuntimeError):  # the form was closed meanwhile
                emit(done, total)

        def unlock() -> Vault:
            from roundtable_app.vault import search as search_index

            # The first open after an update may index every remark for search (seconds at
            # 100,000 remarks): the migration reports how far it is, the form shows it.
            search_index.index_progress = report
            try:
                return open_vault(path, passphrase)
            finally:
                search_index.index_progress = None

        run_in_worker(
            unlock,
            self._on_opened,
            self._on_failed,
            owner=self,
            orphan=close_vault,
        )

    def _show_indexing(self, done: int, total: int) -> None:
        if not self._busy:
            return
        self.busy.setRange(0, total)
        self.busy.setValue(done)
        self.say(
            tr("Unlock", "Preparing search after the update: %1 of %2 remarks…")
            .replace("%1", f"{done:,}")
            .replace("%2", f"{total:,}")
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setRange(0, 0)  # indeterminate until (and unless) indexing reports
        # Read-only, not disabled: a disabled field hands the focus to the next button
        # (Cancel in the dialog), where the next Enter would land.
        self.field.setReadOnly(busy)
        if busy and self.button.hasFocus():
            self.field.setFocus()
        self.button.setEnabled(not busy)
        self.busy.setVisible(busy)
        self.busy_changed.emit(busy)

    def _on_opened(self, vault: Vault) -> None:
        self._set_busy(False)
        self.say("")  # a progress line of the indexing, if there was one
        self.field.clear()  # the passphrase stays no longer than it is needed
        if self._abandoned:
            vault.close()
            return
        self.opened.emit(vault)

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if self._abandoned:
            self.field.clear()
            return
        self.say(error_text(exc))
        self.restore_button.setVisible(isinstance(exc, DamagedError))
        select_for_retry(self.field)

    def _offer_restore(self) -> None:
        from roundtable_app.ui.file_menu.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.path, self)
        dialog.restored.connect(self._on_restored)
        self._restore_dialog = dialog
        dialog.open()

    def _on_restored(self, _path: object) -> None:
        self.restore_button.setVisible(False)
        show_message(
            self.message,
            tr("Unlock", "Restored from the backup. Type the passphrase to open it."),
            error=False,
        )
        # the passphrase that met the damaged file is kept selected: typing replaces it
        select_for_retry(self.field)


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
        # The folder in full: a vault opened by a relative name would otherwise show ".".
        where = QLabel(_escape(str(Path(path).expanduser().absolute().parent)), self)
        where.setObjectName("muted")
        where.setWordWrap(True)
        self.form = PassphraseForm(path, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self._cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        # Unlock is the dialog's default: Enter anywhere but on Cancel itself unlocks.
        self._cancel.setAutoDefault(False)
        self.form.button.setDefault(True)

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
