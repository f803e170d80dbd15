"""File → Drop folder…: watch a folder the user picks for other laptops' bundles, offer to
import the new ones (with the same preview as Import bundle), and write this laptop's own
bundle there at the end of each session. Roundtable never opens a network connection: the
folder is moved by whatever the user already uses (a USB stick, Syncthing, a network drive).

The folder's path lives in the encrypted vault, not in the settings. The bundle passphrase
for writing at the end of a session is held in memory only while the vault is open, and
only when the user asks for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from roundtable_app.errors import UnlockError
from roundtable_app.ui.common import show_message
from roundtable_app.ui.error_words import plain_error
from roundtable_app.ui.file_menu.rules import merge_text, preview_lines
from roundtable_app.ui.file_menu.work_dialog import PathField, WorkDialog
from roundtable_app.ui.i18n import tr
from roundtable_app.vault.types import MIN_PASSPHRASE_LENGTH

if TYPE_CHECKING:
    from roundtable_app.vault import Vault


class DropFolder(QObject):
    """The open vault's drop folder: watches it and says when new bundles arrive."""

    arrived = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.folder: Path | None = None
        self.write_at_end = False
        self._passphrase = ""  # for the bundle written at the end of the session only
        self._watcher: QFileSystemWatcher | None = None
        self.pending: list[Path] = []

    def start(self, vault: Vault) -> None:
        """Begin a session on ``vault``: watch its drop folder, if it has one."""
        self.vault = vault
        folder, write, _ = vault.drop_folder_state()
        self.write_at_end = write
        self._watch(Path(folder) if folder else None)

    def _watch(self, folder: Path | None) -> None:
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None
        self.folder = folder if folder is not None and folder.is_dir() else None
        if self.folder is not None:
            self._watcher = QFileSystemWatcher([str(self.folder)], self)
            self._watcher.directoryChanged.connect(self.scan)
        self.scan()

    def choose(self, folder: Path | None, *, write_at_end: bool, passphrase: str = "") -> None:
        """Set (or clear) the folder and whether to write this laptop's bundle there."""
        if self.vault is None:
            return
        self.vault.set_drop_folder(str(folder) if folder else None, write_at_end=write_at_end)
        self.write_at_end = write_at_end
        if passphrase:
            self._passphrase = passphrase
        self._watch(folder)

    @property
    def can_write_at_end(self) -> bool:
        """Whether the session's end will write a bundle (a folder, the choice, a passphrase)."""
        return self.write_at_end and self.folder is not None and bool(self._passphrase)

    def scan(self, *_: Any) -> None:
        """Look for bundles not offered before; emits ``arrived`` when there are some."""
        from roundtable_app.vault.drop_folder import new_bundles

        if self.vault is None or self.folder is None or not self.vault.is_open:
            self.pending = []
            return
        found = new_bundles(self.vault, self.folder)
        if found != self.pending:
            self.pending = found
            if found:
                self.arrived.emit(found)

    def mark_offered(self, paths: list[Path]) -> None:
        """Offered and imported (or declined): never offered again."""
        from roundtable_app.vault.drop_folder import fingerprint

        if self.vault is None:
            return
        prints = []
        for p in paths:
            try:
                prints.append(fingerprint(p))
            except OSError:
                continue
        self.vault.mark_drop_seen(prints)
        self.scan()

    def session_ended(self) -> str:
        """Write this laptop's bundle (when asked for), stop watching, forget the passphrase.
        Returns what happened, for the status line ('' if nothing)."""
        from roundtable_app.vault.drop_folder import write_own_bundle

        note = ""
        vault, folder = self.vault, self.folder
        if self.can_write_at_end and vault is not None and vault.is_open and folder is not None:
            try:
                written = write_own_bundle(vault, folder, self._passphrase)
                note = tr("DropFolder", "Bundle written to the drop folder: %1").replace(
                    "%1", written.name
                )
            except Exception as exc:  # noqa: BLE001 - the session ends regardless
                note = tr(
                    "DropFolder", "The bundle could not be written to the drop folder: %1"
                ).replace("%1", plain_error(exc))
        self._passphrase = ""
        self.vault, self.pending = None, []
        self._watch(None)
        return note


class DropFolderDialog(WorkDialog):
    """Choose the drop folder, and import the new bundles found there (preview first)."""

    imported = Signal(object)

    def __init__(self, drop: DropFolder, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("DropFolderDialog", "Drop folder"), tr("DropFolderDialog", "&Preview import"), parent
        )
        self.drop = drop
        self.preview: Any = None
        self._contents: list[Any] | None = None
        self.folder = PathField(
            "folder",
            tr("DropFolderDialog", "Choose the drop folder"),
            tr("DropFolderDialog", "Drop folder"),
            "",
            self,
        )
        if drop.folder is not None:
            self.folder.set_path(drop.folder)
        self.write_at_end = QCheckBox(
            tr("DropFolderDialog", "Write this laptop's bundle here at the end of each session"),
            self,
        )
        self.write_at_end.setChecked(drop.write_at_end)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(tr("DropFolderDialog", "Bundle passphrase"))
        self.found = QLabel(self)
        self.found.setWordWrap(True)
        self.found.setAccessibleName(tr("DropFolderDialog", "Bundles found"))
        intro = QLabel(
            tr(
                "DropFolderDialog",
                "A folder your laptops share by USB stick, Syncthing or a network drive. "
                "Roundtable looks for other laptops' bundles there and offers to import them; it "
                "never connects to a network itself. The bundle passphrase opens their bundles "
                "and, if you tick the box, encrypts yours when you close or lock the vault.",
            ),
            self,
        )
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(tr("DropFolderDialog", "&Folder:"), self.folder)
        form.addRow("", self.write_at_end)
        form.addRow(tr("DropFolderDialog", "Bundle pass&phrase:"), self.passphrase)
        self.body.addWidget(intro)
        self.body.addLayout(form)
        self.body.addWidget(self.found)
        self.body.addStretch(1)
        self.inputs += [self.folder, self.write_at_end, self.passphrase]
        self.folder.changed.connect(self._apply_choice)
        self.write_at_end.toggled.connect(self._apply_choice)
        self.passphrase.returnPressed.connect(self.start)
        self.drop.arrived.connect(self._show_found)
        self._show_found()

    def _apply_choice(self, *_: Any) -> None:
        self.drop.choose(self.folder.path(), write_at_end=self.write_at_end.isChecked())
        self._contents, self.preview = None, None
        self.go.setText(tr("DropFolderDialog", "&Preview import"))
        self._show_found()

    def _show_found(self, *_: Any) -> None:
        names = [p.name for p in self.drop.pending]
        if self.drop.folder is None:
            text = tr("DropFolderDialog", "Choose a folder to watch.")
        elif names:
            count = len(names)
            text = tr("DropFolderDialog", "%n new bundles: %1", None, count).replace(
                "%1", ", ".join(names)
            )
        else:
            text = tr("DropFolderDialog", "No new bundles in the folder.")
        self.found.setText(text)
        self.update_state()

    def update_state(self) -> None:
        """Preview needs new bundles (or, to keep a passphrase for the session's end, the
        box ticked)."""
        ready = self.drop.pending or self._contents or self.write_at_end.isChecked()
        self.go.setEnabled(not self.is_busy and bool(ready))

    def start(self) -> None:
        """First press: decrypt the new bundles and preview; second press: import them."""
        if self.is_busy:
            return
        passphrase = self.passphrase.text()
        self.passphrase.clear()
        vault = self.drop.vault
        if vault is None:
            return
        if passphrase and self.write_at_end.isChecked():
            if len(passphrase) < MIN_PASSPHRASE_LENGTH:
                show_message(
                    self.message,
                    tr(
                        "DropFolderDialog", "The bundle passphrase needs at least %1 characters."
                    ).replace("%1", str(MIN_PASSPHRASE_LENGTH)),
                )
                return
            self.drop.choose(self.drop.folder, write_at_end=True, passphrase=passphrase)
            if not self.drop.pending and self._contents is None:
                self.show_result(
                    tr(
                        "DropFolderDialog",
                        "Your bundle will be written to the folder when you close or lock "
                        "the vault.",
                    )
                )
                return
        if self._contents is not None:
            contents, paths = self._contents, list(self.drop.pending)
            self.run(
                tr("DropFolderDialog", "Backing up the vault and merging the bundles…"),
                lambda: _import(vault, contents),
                lambda report: self._on_imported(report, paths),
                self._on_failed,
            )
            return
        if not passphrase:
            show_message(self.message, tr("DropFolderDialog", "Type the bundle passphrase."))
            self.passphrase.setFocus()
            return
        paths = list(self.drop.pending)
        self.run(
            tr("DropFolderDialog", "Decrypting the bundles and working out the merge…"),
            lambda: _preview(vault, paths, passphrase),
            self._on_preview,
            self._on_failed,
        )

    def _on_preview(self, result: tuple[list[Any], Any]) -> None:
        self._contents, self.preview = result
        self.found.setText("\n".join(preview_lines(self.preview)))
        self._grow_to_fit()
        self.go.setText(tr("DropFolderDialog", "&Import"))
        self.go.setFocus()
        self.update_state()

    def _on_imported(self, report: Any, paths: list[Path]) -> None:
        self._contents, self.preview = None, None
        self.drop.mark_offered(paths)
        self.go.setText(tr("DropFolderDialog", "&Preview import"))
        self._show_found()
        show_message(self.message, merge_text(report), error=False)
        self.imported.emit(report)

    def _on_failed(self, exc: BaseException) -> None:
        self.show_error(exc)
        if isinstance(exc, UnlockError):
            self.passphrase.setFocus()


def _preview(vault: Vault, paths: list[Path], passphrase: str) -> tuple[list[Any], Any]:
    from roundtable_app.vault.bundles import merge_bundles, read_bundle

    contents = [read_bundle(p, passphrase) for p in paths]
    return contents, merge_bundles(vault, contents, dry_run=True)


def _import(vault: Vault, contents: list[Any]) -> Any:
    from roundtable_app.vault.bundles import merge_bundles

    return merge_bundles(vault, contents)
