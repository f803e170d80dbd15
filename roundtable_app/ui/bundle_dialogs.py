"""File → Export bundle / Import bundle: captured remarks moved between laptops in one
encrypted file, under a bundle passphrase of its own.

The passphrase fields are cleared after every attempt, so a passphrase lives no longer than
the attempt it was typed for. Both operations run in a worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from roundtable_app.errors import UnlockError
from roundtable_app.ui.common import show_message
from roundtable_app.ui.file_logic import (
    BUNDLE_SUFFIX,
    MIN_BUNDLE_PASSPHRASE,
    bundle_written_text,
    default_bundle_path,
    default_folder,
    merge_text,
    new_passphrase_problem,
)
from roundtable_app.ui.file_widgets import PathField, WorkDialog
from roundtable_app.ui.i18n import tr

if TYPE_CHECKING:
    from roundtable_app.vault import Vault
    from roundtable_app.vault.bundles import MergeCounts

_FILTER = f"Roundtable bundles (*{BUNDLE_SUFFIX});;All files (*)"


def _export(vault: Vault, out: Path, passphrase: str) -> int:
    from roundtable_app.vault import export_bundle

    return export_bundle(vault, out, passphrase)


def _import(vault: Vault, source: Path, passphrase: str) -> MergeCounts:
    from roundtable_app.vault import import_bundle

    return import_bundle(vault, source, passphrase)


def _passphrase_field(name: str, parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setPlaceholderText(name)
    return field


def _intro(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


class BundleExportDialog(WorkDialog):
    """Write every remark of ``vault`` into a new bundle; ``count`` says how many once done."""

    def __init__(self, vault: Vault, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("BundleDialogs", "Export a bundle"), tr("BundleDialogs", "&Export bundle"), parent
        )
        self.vault = vault
        self.count: int | None = None
        self.target: Path | None = None
        self.destination = PathField(
            "save",
            tr("BundleDialogs", "Write the bundle to"),
            tr("BundleDialogs", "Bundle file"),
            _FILTER,
            self,
        )
        self.destination.set_path(default_bundle_path(Path(vault_path)))
        self.passphrase = _passphrase_field(tr("BundleDialogs", "Bundle passphrase"), self)
        self.again = _passphrase_field(tr("BundleDialogs", "Bundle passphrase again"), self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(tr("BundleDialogs", "Save to:"), self.destination)
        form.addRow(tr("BundleDialogs", "Bundle passphrase:"), self.passphrase)
        form.addRow(tr("BundleDialogs", "Again:"), self.again)
        self.body.addWidget(
            _intro(
                tr(
                    "BundleDialogs",
                    "Every captured remark (deletions too) in one encrypted file, to merge into "
                    "the vault on another laptop. It has its own passphrase, at least "
                    "%1 characters: give it to the other note-taker in "
                    "person, not with the file. No protected terms or summaries travel.",
                ).replace("%1", str(MIN_BUNDLE_PASSPHRASE)),
                self,
            )
        )
        self.body.addLayout(form)
        self.body.addStretch(1)
        self.inputs += [self.destination, self.passphrase, self.again]
        self.destination.changed.connect(self.update_state)
        self.passphrase.returnPressed.connect(self.again.setFocus)
        self.again.returnPressed.connect(self.start)
        self.update_state()
        self.passphrase.setFocus()

    def update_state(self) -> None:
        """Export needs a destination."""
        self.go.setEnabled(not self.is_busy and self.destination.path() is not None)

    def start(self) -> None:
        """Check the two passphrases, then write the bundle (in a worker)."""
        out = self.destination.path()
        if out is None or self.is_busy:
            return
        first, second = self.passphrase.text(), self.again.text()
        problem = new_passphrase_problem(first, second)
        self.passphrase.clear()
        self.again.clear()
        if problem:
            show_message(self.message, problem)
            self.passphrase.setFocus()
            return
        if out.suffix == "":
            out = out.with_suffix(BUNDLE_SUFFIX)
        vault = self.vault
        self.run(
            tr("BundleDialogs", "Encrypting the bundle…"),
            lambda: (_export(vault, out, first), out),
            self._on_written,
        )

    def _on_written(self, result: tuple[int, Path]) -> None:
        self.count, self.target = result
        show_message(self.message, bundle_written_text(*result), error=False)
        self.go.setEnabled(False)  # a bundle never overwrites: a second press would fail
        self.close_button.setFocus()


class BundleImportDialog(WorkDialog):
    """Merge a bundle into ``vault``; emits ``imported`` with the counts once it is in."""

    imported = Signal(object)

    def __init__(self, vault: Vault, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("BundleDialogs", "Import a bundle"), tr("BundleDialogs", "&Import"), parent
        )
        self.vault = vault
        self.counts: MergeCounts | None = None
        self.source = PathField(
            "open",
            tr("BundleDialogs", "Import this bundle"),
            tr("BundleDialogs", "Bundle file"),
            _FILTER,
            self,
        )
        self.source.start_dir = default_folder(Path(vault_path))
        self.source.edit.setPlaceholderText(
            tr("BundleDialogs", "Choose the bundle file (%1)").replace("%1", f"*{BUNDLE_SUFFIX}")
        )
        self.passphrase = _passphrase_field(tr("BundleDialogs", "Bundle passphrase"), self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(tr("BundleDialogs", "Bundle:"), self.source)
        form.addRow(tr("BundleDialogs", "Bundle passphrase:"), self.passphrase)
        self.body.addWidget(
            _intro(
                tr(
                    "BundleDialogs",
                    "Merge the remarks another laptop exported. New remarks are added, newer edits "
                    "and deletions are taken, and importing the same bundle twice adds nothing. "
                    "Nothing changes unless the whole bundle can be read.",
                ),
                self,
            )
        )
        self.body.addLayout(form)
        self.body.addStretch(1)
        self.inputs += [self.source, self.passphrase]
        self.source.changed.connect(self.update_state)
        self.passphrase.returnPressed.connect(self.start)
        self.update_state()

    def update_state(self) -> None:
        """Import needs a bundle file."""
        source = self.source.path()
        self.go.setEnabled(not self.is_busy and source is not None and not source.is_dir())

    def start(self) -> None:
        """Decrypt and merge the bundle (in a worker)."""
        source = self.source.path()
        if source is None or self.is_busy:
            return
        passphrase = self.passphrase.text()
        self.passphrase.clear()
        if not passphrase:
            show_message(self.message, tr("BundleDialogs", "Type the bundle's passphrase."))
            self.passphrase.setFocus()
            return
        vault = self.vault
        self.run(
            tr("BundleDialogs", "Decrypting and merging the bundle…"),
            lambda: _import(vault, source, passphrase),
            self._on_imported,
            self._on_failed,
        )

    def _on_imported(self, counts: MergeCounts) -> None:
        self.counts = counts
        show_message(self.message, merge_text(counts), error=False)
        self.imported.emit(counts)
        self.close_button.setFocus()

    def _on_failed(self, exc: BaseException) -> None:
        self.show_error(exc)
        if isinstance(exc, UnlockError):
            self.passphrase.setFocus()
