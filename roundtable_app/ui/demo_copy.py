"""Closing the demo deletes it; "Save a copy…" first writes it as a real vault, under a
passphrase of the user's own (the demo's passphrase is printed on the welcome page)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from roundtable_app.ui.common import on_enter, select_for_retry, show_message
from roundtable_app.ui.file_menu.work_dialog import PathField, WorkDialog
from roundtable_app.ui.i18n import tr
from roundtable_app.ui.welcome.new_vault_form import (
    passphrase_problem,
    target_problem,
    vault_target,
)
from roundtable_app.vault.types import DEMO_PASSPHRASE, MIN_PASSPHRASE_LENGTH, VAULT_SUFFIX

if TYPE_CHECKING:
    from roundtable_app.vault import Vault


def save_demo_copy(vault: Vault, target: Path, passphrase: str) -> Path:
    """Write an encrypted copy of the open demo to ``target`` (never over a file) and re-key
    the copy with ``passphrase``; returns the copy's path. Runs in a worker."""
    from roundtable_app.vault import Vault as VaultClass
    from roundtable_app.vault import backup
    from roundtable_app.vault.maintenance import change_passphrase

    written = backup(vault, target)
    copy = VaultClass.open(written, DEMO_PASSPHRASE)
    try:
        copy = change_passphrase(copy, passphrase)
    finally:
        copy.close()
    # The re-keyed file is written anew; it stays private to the user whatever the umask.
    os.chmod(written, 0o600)
    return written


class DemoCopyDialog(WorkDialog):
    """Save the demo as a vault of its own; ``written`` is the copy's path once done."""

    def __init__(self, vault: Vault, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("DemoCopyDialog", "Save a copy of the demo"),
            tr("DemoCopyDialog", "&Save copy"),
            parent,
        )
        self.vault = vault
        self.written: Path | None = None
        self.destination = PathField(
            "save",
            tr("DemoCopyDialog", "Save the demo as"),
            tr("DemoCopyDialog", "Vault file"),
            tr("DemoCopyDialog", "Roundtable vaults (*%1)").replace("%1", VAULT_SUFFIX),
            self,
        )
        self.destination.set_path(Path.home() / f"demo-copy{VAULT_SUFFIX}")
        self.passphrase = QLineEdit(self)
        self.again = QLineEdit(self)
        for field, name in (
            (self.passphrase, tr("DemoCopyDialog", "New passphrase")),
            (self.again, tr("DemoCopyDialog", "Again")),
        ):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(name)
        intro = QLabel(
            tr(
                "DemoCopyDialog",
                "The copy keeps everything done in the demo and gets a passphrase of its own "
                "(at least %1 characters). The demo itself is then closed and deleted.",
            ).replace("%1", str(MIN_PASSPHRASE_LENGTH)),
            self,
        )
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(tr("DemoCopyDialog", "Save to:"), self.destination)
        form.addRow(tr("DemoCopyDialog", "New passphrase:"), self.passphrase)
        form.addRow(tr("DemoCopyDialog", "Again:"), self.again)
        self.body.addWidget(intro)
        self.body.addLayout(form)
        self.body.addStretch(1)
        self.inputs += [self.destination, self.passphrase, self.again]
        on_enter(self.passphrase, self.again.setFocus)
        on_enter(self.again, self.start)
        self.destination.changed.connect(self.update_state)
        self.update_state()
        self.passphrase.setFocus()

    def update_state(self) -> None:
        """Saving needs a destination."""
        self.go.setEnabled(
            not self.is_busy and self.written is None and self.destination.path() is not None
        )

    def start(self) -> None:
        """Check the destination and the passphrases, then write the copy (in a worker)."""
        target = self.destination.path()
        if target is None or self.is_busy or self.written is not None:
            return
        target = vault_target(str(target))
        assert target is not None
        where = target_problem(target)  # the same rules as any new vault
        if where:
            show_message(self.message, where)
            return
        first, second = self.passphrase.text(), self.again.text()
        problem = passphrase_problem(first, second)
        if problem:
            show_message(self.message, problem)
            self.again.clear()
            select_for_retry(self.passphrase)
            return
        vault = self.vault
        self.run(
            tr("DemoCopyDialog", "Writing the copy…"),
            lambda: save_demo_copy(vault, target, first),
            self._done,
        )

    def _done(self, written: Path) -> None:
        self.passphrase.clear()
        self.again.clear()
        self.written = written
        self.update_state()
        self.accept()
