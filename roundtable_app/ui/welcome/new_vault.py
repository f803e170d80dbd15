"""The welcome page's "New event vault" card: location, title, passphrase twice, themes.

The card lays out and reports; what is allowed (and the creation itself) is
:class:`~roundtable_app.ui.welcome.new_vault_form.NewVaultForm`'s.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

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
from roundtable_app.ui.settings import Settings
from roundtable_app.ui.vault_access import create_vault
from roundtable_app.vault.types import VAULT_SUFFIX

from .new_vault_form import PASSPHRASE, NewVaultForm, passphrase_strength

__all__ = ["NewVaultCard", "passphrase_strength"]

if TYPE_CHECKING:
    from roundtable_app.vault import Vault


class NewVaultCard(QFrame):
    """Creates a vault (in a worker) from the form; emits ``created(vault)`` once it is open."""

    created = Signal(object)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setObjectName("card")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(10)
        heading = QLabel(tr("NewVaultCard", "New event vault"), self)
        heading.setObjectName("heading")
        self._layout.addWidget(heading)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        frame, layout = self, self._layout
        self.location = QLineEdit(frame)
        self.location.setPlaceholderText(tr("NewVaultCard", "Where to save the vault"))
        self.location.setAccessibleName(tr("NewVaultCard", "Vault file location"))
        self.browse_new = QPushButton(tr("NewVaultCard", "Choose…"), frame)
        self.browse_new.setAccessibleName(tr("NewVaultCard", "Choose where to save the vault"))
        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(self.browse_new)
        self.event_title = QLineEdit(frame)
        self.event_title.setAccessibleName(tr("NewVaultCard", "Event title"))
        self.new_pass = QLineEdit(frame)
        self.new_pass.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pass.setAccessibleName(tr("NewVaultCard", "Passphrase"))
        self.repeat_pass = QLineEdit(frame)
        self.repeat_pass.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_pass.setAccessibleName(tr("NewVaultCard", "Repeat the passphrase"))
        self.strength = QLabel(frame)
        self.strength.setObjectName("muted")
        self.strength.setWordWrap(True)
        self.themes = QPlainTextEdit(frame)
        self.themes.setAccessibleName(tr("NewVaultCard", "Themes, one per line (optional)"))
        self.themes.setPlaceholderText(
            tr("NewVaultCard", "One theme per line (optional; you can add them later)")
        )
        self.themes.setTabChangesFocus(True)
        self.themes.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.remember_new = QCheckBox(
            tr("NewVaultCard", "Remember this vault in the recent list"), frame
        )
        self.create_button = QPushButton(tr("NewVaultCard", "Create vault"), frame)
        self.create_button.setProperty("primary", True)
        self.create_button.setAccessibleName(tr("NewVaultCard", "Create the vault"))
        self.create_busy = QProgressBar(frame)
        self.create_busy.setRange(0, 0)
        self.create_busy.setTextVisible(False)
        self.create_busy.setVisible(False)
        self.create_message = message_label(frame)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        file_label = QLabel(tr("NewVaultCard", "&File:"), frame)
        file_label.setBuddy(self.location)  # a layout has no buddy of its own
        form.addRow(file_label, where)
        form.addRow(tr("NewVaultCard", "&Title:"), self.event_title)
        form.addRow(tr("NewVaultCard", "&Passphrase:"), self.new_pass)
        form.addRow(tr("NewVaultCard", "&Repeat:"), self.repeat_pass)
        form.addRow("", self.strength)
        form.addRow(tr("NewVaultCard", "T&hemes:"), self.themes)
        layout.addLayout(form)
        layout.addWidget(self.remember_new)
        layout.addWidget(self.create_message)
        layout.addWidget(self.create_busy)
        layout.addStretch(1)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        self._update_strength()

    def _connect_signals(self) -> None:
        self.browse_new.clicked.connect(self._choose_new_location)
        self.new_pass.textChanged.connect(self._update_strength)
        self.repeat_pass.textChanged.connect(self._update_strength)
        self.create_button.clicked.connect(self.create_vault)
        on_enter(self.new_pass, self.repeat_pass.setFocus)
        on_enter(self.repeat_pass, self.create_vault)

    def focus(self) -> None:
        """Put the cursor in the first field."""
        self.location.setFocus()

    def form(self) -> NewVaultForm:
        """The fields as they are now, as plain values."""
        return NewVaultForm(
            location=self.location.text(),
            title=self.event_title.text(),
            passphrase=self.new_pass.text(),
            repeat=self.repeat_pass.text(),
            themes_text=self.themes.toPlainText(),
        )

    def _update_strength(self) -> None:
        score, hint = self.form().strength_hint()
        self.strength.setText(hint)
        self.strength.setProperty("strength", score)

    def _choose_new_location(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("NewVaultCard", "Save the new vault as"),
            str(Path.home() / f"event{VAULT_SUFFIX}"),
            tr("NewVaultCard", "Roundtable vaults (%1)").replace("%1", f"*{VAULT_SUFFIX}"),
        )
        if path:
            self.location.setText(path if path.endswith(VAULT_SUFFIX) else path + VAULT_SUFFIX)

    def create_vault(self) -> None:
        """Validate the form and create the vault (in a worker)."""
        if self.create_busy.isVisible():
            return
        form = self.form()
        problem = form.first_problem()
        if problem is not None:
            show_message(self.create_message, problem.message)
            if problem.field == PASSPHRASE:  # refused passphrases are both typed again
                self.repeat_pass.clear()
                select_for_retry(self.new_pass)
            return
        target = form.target()
        assert target is not None  # no problem means a target
        show_message(self.create_message, "")
        self._set_create_busy(True)
        remember = self.remember_new.isChecked()

        def done(vault: Vault) -> None:
            self._set_create_busy(False)
            self.new_pass.clear()
            self.repeat_pass.clear()
            if remember:
                self._settings.remember_path(target)
            self.location.clear()
            self.event_title.clear()
            self.themes.clear()
            self.created.emit(vault)

        def failed(exc: BaseException) -> None:
            self._set_create_busy(False)
            show_message(self.create_message, error_text(exc))

        run_in_worker(
            lambda: form.create(create_vault),
            done,
            failed,
            owner=self,
            orphan=close_vault,
        )

    def _set_create_busy(self, busy: bool) -> None:
        self.create_busy.setVisible(busy)
        self.create_button.setEnabled(not busy)
