"""File → Export bundle / Import bundle: captured remarks moved between laptops in one
encrypted file, under a bundle passphrase of its own.

A refused passphrase stays in its field, selected, so typing replaces it; the fields are
cleared once the work is done. Enter in a passphrase field moves on or starts the work, and
never reaches the dialog's buttons. Both operations run in a worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from roundtable_app.errors import UnlockError
from roundtable_app.ui.common import on_enter, select_for_retry, show_message
from roundtable_app.ui.file_menu.rules import (
    MIN_BUNDLE_PASSPHRASE,
    bundle_written_text,
    default_bundle_path,
    default_folder,
    merge_text,
    new_passphrase_problem,
    preview_lines,
)
from roundtable_app.ui.file_menu.work_dialog import PathField, WorkDialog
from roundtable_app.ui.i18n import QT_TRANSLATE_NOOP, tr
from roundtable_app.vault.types import BUNDLE_SUFFIX

if TYPE_CHECKING:
    from roundtable_app.vault import Vault
    from roundtable_app.vault.bundles import MergeCounts

# The file filter, translated where shown; %1 is the suffix.
_FILTER = QT_TRANSLATE_NOOP("BundleDialogs", "Roundtable bundles (*%1);;All files (*)")


def _filter() -> str:
    return tr("BundleDialogs", _FILTER).replace("%1", BUNDLE_SUFFIX)


def _export(vault: Vault, out: Path, passphrase: str) -> int:
    from roundtable_app.vault import export_bundle

    return export_bundle(vault, out, passphrase)


def _preview(vault: Vault, source: Path, passphrase: str) -> tuple[object, MergeCounts]:
    from roundtable_app.vault.bundles import merge_bundles, read_bundle

    contents = read_bundle(source, passphrase)
    return contents, merge_bundles(vault, [contents], dry_run=True)


def _import(vault: Vault, contents: object) -> MergeCounts:
    from roundtable_app.vault.bundles import merge_bundles

    return merge_bundles(vault, [contents])  # type: ignore[list-item]


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
            _filter(),
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
        on_enter(self.passphrase, self.again.setFocus)
        on_enter(self.again, self.start)
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
        if problem:
            show_message(self.message, problem)
            # Which of the two is mistyped cannot be told: both are typed again.
            self.again.clear()
            select_for_retry(self.passphrase)
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
        self.passphrase.clear()
        self.again.clear()
        self.count, self.target = result
        show_message(self.message, bundle_written_text(*result), error=False)
        self.go.setEnabled(False)  # a bundle never overwrites: a second press would fail
        self.close_button.setFocus()


class BundleImportDialog(WorkDialog):
    """Preview, then merge, a bundle into ``vault``: the first press shows what the import
    would do (nothing written), the second imports it after a backup. Emits ``imported``
    with the counts once it is in."""

    imported = Signal(object)

    def __init__(self, vault: Vault, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("BundleDialogs", "Import a bundle"), tr("BundleDialogs", "&Preview import"), parent
        )
        self.vault = vault
        self.counts: MergeCounts | None = None
        self.preview: MergeCounts | None = None
        self._contents: object | None = None
        self.source = PathField(
            "open",
            tr("BundleDialogs", "Import this bundle"),
            tr("BundleDialogs", "Bundle file"),
            _filter(),
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
        self.preview_text = QLabel(self)
        self.preview_text.setWordWrap(True)
        self.preview_text.setAccessibleName(tr("BundleDialogs", "What the import will do"))
        self.preview_text.setVisible(False)
        self.body.addWidget(
            _intro(
                tr(
                    "BundleDialogs",
                    "Merge the remarks another laptop exported. You see what the import will do "
                    "before anything changes: new remarks, newer edits, deletions, and any "
                    "conflict with how it is resolved. A backup is taken before the import, and "
                    "importing the same bundle twice adds nothing.",
                ),
                self,
            )
        )
        self.body.addLayout(form)
        self.body.addWidget(self.preview_text)
        self.body.addStretch(1)
        self.inputs += [self.source, self.passphrase]
        self.source.changed.connect(self._forget_preview)
        on_enter(self.passphrase, self.start)
        self.update_state()

    def update_state(self) -> None:
        """Import needs a bundle file."""
        source = self.source.path()
        self.go.setEnabled(not self.is_busy and source is not None and not source.is_dir())

    def _forget_preview(self) -> None:
        self._contents, self.preview = None, None
        self.preview_text.setVisible(False)
        self.go.setText(tr("BundleDialogs", "&Preview import"))
        self.passphrase.setEnabled(True)
        self.update_state()

    def start(self) -> None:
        """First press: decrypt and preview (in a worker); second press: import it."""
        source = self.source.path()
        if source is None or self.is_busy:
            return
        vault = self.vault
        if self._contents is not None:
            contents = self._contents
            self.run(
                tr("BundleDialogs", "Backing up the vault and merging the bundle…"),
                lambda: _import(vault, contents),
                self._on_imported,
                self._on_failed,
            )
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            show_message(self.message, tr("BundleDialogs", "Type the bundle's passphrase."))
            self.passphrase.setFocus()
            return
        self.run(
            tr("BundleDialogs", "Decrypting the bundle and working out the merge…"),
            lambda: _preview(vault, source, passphrase),
            self._on_preview,
            self._on_failed,
        )

    def _on_preview(self, result: tuple[object, MergeCounts]) -> None:
        self._contents, self.preview = result
        self.preview_text.setText("\n".join(preview_lines(self.preview)))
        self.preview_text.setVisible(True)
        self._grow_to_fit()
        self.passphrase.setEnabled(False)
        self.go.setText(tr("BundleDialogs", "&Import"))
        self.go.setFocus()

    def _on_imported(self, counts: MergeCounts) -> None:
        self.passphrase.clear()
        self.counts = counts
        self._contents = None
        self.preview_text.setVisible(False)
        show_message(self.message, merge_text(counts), error=False)
        self.go.setText(tr("BundleDialogs", "&Preview import"))
        self.go.setEnabled(False)  # done: another import starts from a new preview
        self.imported.emit(counts)
        self.close_button.setFocus()

    def _on_failed(self, exc: BaseException) -> None:
        self.show_error(exc)
        if isinstance(exc, UnlockError):
            select_for_retry(self.passphrase)
