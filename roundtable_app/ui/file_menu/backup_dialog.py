"""File → Back up: an encrypted, consistent copy of the open vault (same passphrase).

The destination is a folder (a dated name is chosen inside it) or a new file name; a backup
never overwrites a file. The copy is written by ``roundtable_app.vault.backup`` in a worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from roundtable_app.ui.common import show_message
from roundtable_app.ui.file_menu.rules import default_folder
from roundtable_app.ui.file_menu.work_dialog import PathField, WorkDialog
from roundtable_app.ui.i18n import tr
from roundtable_app.vault.types import VAULT_SUFFIX

if TYPE_CHECKING:
    from roundtable_app.vault import Vault


def _backup(vault: Vault, dest: Path) -> Path:
    from roundtable_app.vault import backup

    return backup(vault, dest)


def _save_as(vault: Vault, dest: Path, draft: tuple[str, int | None, str, int | None]) -> Path:
    from roundtable_app.vault.maintenance import save_as

    return save_as(vault, dest, draft)


class BackupDialog(WorkDialog):
    """Back up ``vault`` to a folder or a new file; ``written`` is the copy's path once done."""

    def __init__(self, vault: Vault, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("BackupDialog", "Back up the vault"), tr("BackupDialog", "&Back up"), parent
        )
        self.vault, self.vault_path = vault, Path(vault_path)
        self.written: Path | None = None
        intro = QLabel(
            tr(
                "BackupDialog",
                "A complete copy of the vault, encrypted with the same passphrase. Choose a folder "
                "(the copy gets a dated name) or a new file name; nothing is ever overwritten. "
                "Keep it on another disk.",
            ),
            self,
        )
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        self.destination = PathField(
            "folder",
            tr("BackupDialog", "Back up into this folder"),
            tr("BackupDialog", "Backup destination"),
            parent=self,
        )
        self.destination.set_path(default_folder(self.vault_path))
        self.file_button = QPushButton(tr("BackupDialog", "File name…"), self)
        self.file_button.setAccessibleName(tr("BackupDialog", "Choose a file name for the backup"))
        self.destination.button.setText(tr("BackupDialog", "Folder…"))
        self.destination.button.setAccessibleName(
            tr("BackupDialog", "Choose a folder for the backup")
        )
        row = QHBoxLayout()
        row.addWidget(self.destination, 1)
        row.addWidget(self.file_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(tr("BackupDialog", "Back up to:"), row)
        self.body.addWidget(intro)
        self.body.addLayout(form)
        self.body.addStretch(1)
        self.inputs += [self.destination, self.file_button]
        self._connect_signals()
        self.update_state()

    def _connect_signals(self) -> None:
        self.destination.changed.connect(self.update_state)
        self.file_button.clicked.connect(self._choose_file)

    def _choose_file(self) -> None:
        self.destination.mode, self.destination.file_filter = (
            "save",
            tr("BackupDialog", "Roundtable vaults (%1)").replace("%1", f"*{VAULT_SUFFIX}"),
        )
        try:
            self.destination.choose()
        finally:
            self.destination.mode = "folder"

    def update_state(self) -> None:
        """Back up needs a destination."""
        self.go.setEnabled(not self.is_busy and self.destination.path() is not None)

    def start(self) -> None:
        """Write the copy (in a worker)."""
        dest = self.destination.path()
        if dest is None:
            return
        if not dest.is_dir() and dest.suffix == "":
            dest = dest.with_suffix(VAULT_SUFFIX)
        vault = self.vault
        self.run(
            tr("BackupDialog", "Writing the backup…"),
            lambda: _backup(vault, dest),
            self._on_written,
        )

    def _on_written(self, path: Path) -> None:
        self.written = path
        show_message(
            self.message,
            tr("BackupDialog", "Backed up to %1. It opens with this vault's passphrase.").replace(
                "%1", str(path)
            ),
            error=False,
        )
        self.go.setEnabled(False)  # another press would only make a second copy
        self.close_button.setFocus()


class SaveAsDialog(BackupDialog):
    """File → Save as…: the open vault written to a new file, with the words being typed
    kept as its draft; offered when the vault's own file was deleted or moved while open."""

    def __init__(
        self,
        vault: Vault,
        vault_path: Path,
        parent: QWidget | None = None,
        draft: tuple[str, int | None, str, int | None] | None = None,
    ) -> None:
        super().__init__(vault, vault_path, parent)
        self.draft = draft
        self.setWindowTitle(tr("BackupDialog", "Save the vault as…"))
        self.go.setText(tr("BackupDialog", "&Save"))
        if vault.file_missing:
            show_message(
                self.message,
                tr(
                    "BackupDialog",
                    "%1 was deleted or moved while open, so nothing more can be "
                    "saved to it. Everything open here, and the text you are typing, is still "
                    "safe in memory: save it to a new file.",
                ).replace("%1", vault_path.name),
                error=True,
            )

    def start(self) -> None:
        """Write the copy (in a worker), the typed text as its draft."""
        dest = self.destination.path()
        if dest is None:
            return
        if dest.is_dir():
            dest = dest / f"{self.vault_path.stem}-saved{VAULT_SUFFIX}"
        elif dest.suffix == "":
            dest = dest.with_suffix(VAULT_SUFFIX)
        vault, draft = self.vault, self.draft or ("", None, "observation", None)
        self.run(
            tr("BackupDialog", "Saving…"), lambda: _save_as(vault, dest, draft), self._on_saved
        )

    def _on_saved(self, path: Path) -> None:
        self.written = path
        show_message(
            self.message,
            tr(
                "BackupDialog",
                "Saved to %1. Lock (Ctrl+L) and open that file to carry on; the text you "
                "were typing comes back as its draft.",
            ).replace("%1", str(path)),
            error=False,
        )
        self.go.setEnabled(False)
        self.close_button.setFocus()
