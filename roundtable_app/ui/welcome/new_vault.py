"""The welcome page's "New event vault" card: location, title, passphrase twice, themes."""

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
from roundtable_app.vault.types import MIN_PASSPHRASE_LENGTH, VAULT_SUFFIX

if TYPE_CHECKING:
    from roundtable_app.vault import Vault


def passphrase_strength(passphrase: str) -> tuple[int, str]:
    """A rough strength score (0-3) and a hint; 0 means it will be refused (too short).

    Length matters most for a passphrase; mixing kinds of characters helps a little.
    """
    n = len(passphrase)
    if n < MIN_PASSPHRASE_LENGTH:
        return 0, tr(
            "NewVaultCard", "Too short: at least %1 characters (%n so far).", None, n
        ).replace("%1", str(MIN_PASSPHRASE_LENGTH))
    kinds = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    words = len(passphrase.split())
    if n >= 20 or (n >= 14 and (kinds >= 3 or words >= 3)):
        return 3, tr("NewVaultCard", "Strong.")
    if n >= 14 or kinds >= 3:
        return 2, tr("NewVaultCard", "Fair. A few more words make it much stronger.")
    return 1, tr("NewVaultCard", "Weak. Use a longer passphrase, for example four unrelated words.")


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

    def _update_strength(self) -> None:
        score, hint = passphrase_strength(self.new_pass.text())
        if self.repeat_pass.text() and self.repeat_pass.text() != self.new_pass.text():
            hint += tr("NewVaultCard", " The two passphrases differ.")
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
        problem, target = self._check_create_form()
        if problem:
            show_message(self.create_message, problem)
            if target is not None:  # the passphrases were refused: both are typed again
                self.repeat_pass.clear()
                select_for_retry(self.new_pass)
            return
        assert target is not None
        passphrase, title = self.new_pass.text(), self.event_title.text()
        themes = [line.strip() for line in self.themes.toPlainText().splitlines() if line.strip()]
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

        unique = list(dict.fromkeys(themes))
        run_in_worker(
            lambda: create_vault(target, passphrase, title=title, themes=unique),
            done,
            failed,
            owner=self,
            orphan=close_vault,
        )

    def _check_create_form(self) -> tuple[str, Path | None]:
        # A problem with a target means the passphrases were refused (the rest was fine).
        raw = self.location.text().strip()
        if not raw:
            return tr("NewVaultCard", "Choose where to save the vault."), None
        target = Path(raw).expanduser()
        if target.suffix != VAULT_SUFFIX:
            target = target.with_name(target.name + VAULT_SUFFIX)
        if not target.parent.is_dir():
            return tr("NewVaultCard", "The folder %1 does not exist.").replace(
                "%1", str(target.parent)
            ), None
        if target.exists():
            return tr(
                "NewVaultCard", "%1 already exists; Roundtable never overwrites a file."
            ).replace("%1", target.name), None
        if not self.event_title.text().strip():
            return tr("NewVaultCard", "Give the event a title."), None
        if len(self.new_pass.text()) < MIN_PASSPHRASE_LENGTH:
            return (
                tr("NewVaultCard", "The passphrase must be at least %1 characters long.").replace(
                    "%1", str(MIN_PASSPHRASE_LENGTH)
                ),
                target,
            )
        if self.new_pass.text() != self.repeat_pass.text():
            return tr("NewVaultCard", "The two passphrases differ."), target
        return "", target

    def _set_create_busy(self, busy: bool) -> None:
        self.create_busy.setVisible(busy)
        self.create_button.setEnabled(not busy)
