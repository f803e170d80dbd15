"""The welcome window's "Join an event from a kit…": a note-taker's vault made from the event
kit the organiser sent, so that its themes and agenda carry the same ids on every laptop.

The kit is decrypted and checked before anything is created; a wrong kit passphrase or a
damaged kit leaves no file behind. Passphrase fields are cleared after every attempt.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from roundtable_app.errors import UnlockError
from roundtable_app.ui.common import close_vault, show_message
from roundtable_app.ui.file_menu.work_dialog import PathField, WorkDialog
from roundtable_app.ui.i18n import QT_TRANSLATE_NOOP, tr
from roundtable_app.ui.welcome.new_vault_form import (
    passphrase_problem,
    target_problem,
    vault_target,
)
from roundtable_app.vault.types import BUNDLE_SUFFIX, VAULT_SUFFIX

if TYPE_CHECKING:
    from roundtable_app.vault import Vault

# File filters, translated where shown; %1 is the suffix.
_KITS = QT_TRANSLATE_NOOP("JoinKitDialog", "Event kits (*%1);;All files (*)")
_VAULTS = QT_TRANSLATE_NOOP("JoinKitDialog", "Roundtable vaults (*%1)")


def _join(kit: Path, kit_passphrase: str, target: Path, passphrase: str) -> Vault:
    from roundtable_app.vault.bundles import create_from_kit, read_bundle

    return create_from_kit(target, passphrase, read_bundle(kit, kit_passphrase))


def _secret(name: str, parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class JoinKitDialog(WorkDialog):
    """Kit file and its passphrase, the new vault's file and passphrase (twice); emits
    ``created(vault)`` with the new vault open."""

    created = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("JoinKitDialog", "Join an event from a kit"),
            tr("JoinKitDialog", "&Join the event"),
            parent,
        )
        self.kit = PathField(
            "open",
            tr("JoinKitDialog", "Open the event kit"),
            tr("JoinKitDialog", "Event kit"),
            tr("JoinKitDialog", _KITS).replace("%1", BUNDLE_SUFFIX),
            self,
        )
        self.kit.edit.setPlaceholderText(
            tr("JoinKitDialog", "The kit the organiser sent (*%1)").replace("%1", BUNDLE_SUFFIX)
        )
        self.kit_pass = _secret(tr("JoinKitDialog", "Kit passphrase"), self)
        self.target = PathField(
            "save",
            tr("JoinKitDialog", "Save the new vault as"),
            tr("JoinKitDialog", "New vault file"),
            tr("JoinKitDialog", _VAULTS).replace("%1", VAULT_SUFFIX),
            self,
        )
        self.target.edit.setPlaceholderText(
            tr("JoinKitDialog", "Where to save your vault for this event")
        )
        self.new_pass = _secret(tr("JoinKitDialog", "Vault passphrase"), self)
        self.repeat = _secret(tr("JoinKitDialog", "Repeat the vault passphrase"), self)
        intro = QLabel(
            tr(
                "JoinKitDialog",
                "The organiser's kit holds the event's details, themes, agenda, protected terms "
                "and participants list, and no remarks. Your vault gets its own passphrase; the "
                "kit's passphrase is only for opening the kit.",
            ),
            self,
        )
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(tr("JoinKitDialog", "&Kit:"), self.kit)
        form.addRow(tr("JoinKitDialog", "Kit pass&phrase:"), self.kit_pass)
        form.addRow(tr("JoinKitDialog", "&New vault:"), self.target)
        form.addRow(tr("JoinKitDialog", "&Vault passphrase:"), self.new_pass)
        form.addRow(tr("JoinKitDialog", "&Repeat:"), self.repeat)
        self.body.addWidget(intro)
        self.body.addLayout(form)
        self.body.addStretch(1)
        self.inputs += [self.kit, self.kit_pass, self.target, self.new_pass, self.repeat]
        self.kit.changed.connect(self.update_state)
        self.target.changed.connect(self.update_state)
        self.kit_pass.returnPressed.connect(self.new_pass.setFocus)
        self.new_pass.returnPressed.connect(self.repeat.setFocus)
        self.repeat.returnPressed.connect(self.start)
        self.update_state()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter moves from field to field and joins from the last one; the dialog's own
        handling would press the default button on the first Enter, half the form empty."""
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.focusWidget() is not self.go
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    def update_state(self) -> None:
        """Joining needs a kit and a place for the vault."""
        ready = self.kit.path() is not None and self.target.path() is not None
        self.go.setEnabled(not self.is_busy and ready)

    def _problem(self, target: Path | None) -> str:
        if self.kit.path() is None or target is None:
            return tr("JoinKitDialog", "Choose the kit and where to save your vault.")
        if not self.kit_pass.text():
            return tr("JoinKitDialog", "Type the kit's passphrase.")
        # The same rules as a new vault made on the welcome window.
        return target_problem(target) or passphrase_problem(
            self.new_pass.text(), self.repeat.text()
        )

    def start(self) -> None:
        """Check the form, then decrypt the kit and create the vault (in a worker)."""
        if self.is_busy:
            return
        target = vault_target(self.target.edit.text())
        problem = self._problem(target)
        kit, kit_pass, passphrase = self.kit.path(), self.kit_pass.text(), self.new_pass.text()
        for field in (self.kit_pass, self.new_pass, self.repeat):
            field.clear()
        if problem:
            show_message(self.message, problem)
            return
        assert kit is not None and target is not None
        self.run(
            tr("JoinKitDialog", "Opening the kit and creating your vault…"),
            lambda: _join(kit, kit_pass, target, passphrase),
            self._on_created,
            self._on_failed,
        )

    def _on_created(self, vault: Vault) -> None:
        if not self.isVisible():  # closed meanwhile: nobody will use it
            close_vault(vault)
            return
        self.created.emit(vault)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.show_error(exc)
        if isinstance(exc, UnlockError):
            self.kit_pass.setFocus()
