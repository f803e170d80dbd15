"""The welcome page: create a vault, open one (recent files kept by choice), or try the demo."""

from __future__ import annotations

import shutil
import tempfile
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
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from roundtable_app.ui.common import (
    close_vault,
    error_text,
    message_label,
    run_in_worker,
    show_message,
)
from roundtable_app.ui.settings import Settings
from roundtable_app.ui.unlock import UnlockDialog
from roundtable_app.ui.vault_access import (
    DEMO_PASSPHRASE,
    MIN_PASSPHRASE_LENGTH,
    create_demo_vault,
    create_vault,
)

if TYPE_CHECKING:
    from roundtable_app.vault import Vault

SUFFIX = ".roundtable"


def passphrase_strength(passphrase: str) -> tuple[int, str]:
    """A rough strength score (0-3) and a hint; 0 means it will be refused (too short).

    Length matters most for a passphrase; mixing kinds of characters helps a little.
    """
    n = len(passphrase)
    if n < MIN_PASSPHRASE_LENGTH:
        return 0, f"Too short: at least {MIN_PASSPHRASE_LENGTH} characters ({n} so far)."
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
        return 3, "Strong."
    if n >= 14 or kinds >= 3:
        return 2, "Fair. A few more words make it much stronger."
    return 1, "Weak. Use a longer passphrase, for example four unrelated words."


def _card(title: str, parent: QWidget) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent)
    frame.setObjectName("card")
    frame.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    layout = QVBoxLayout(frame)
    layout.setSpacing(10)
    heading = QLabel(title, frame)
    heading.setObjectName("heading")
    layout.addWidget(heading)
    return frame, layout


class WelcomePage(QWidget):
    """Shown when no vault is open. Emits ``opened(vault, demo_folder)``; ``demo_folder`` is
    the temporary folder of a demo vault ('' otherwise) so the window can remove it later."""

    opened = Signal(object, str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._dialog: UnlockDialog | None = None
        self._build()
        self._connect_signals()
        self.refresh_recent()

    # ------------------------------------------------------------------ view
    def _build(self) -> None:
        title = QLabel("Roundtable", self)
        title.setObjectName("title")
        tagline = QLabel(
            "Capture what was said under the Chatham House Rule — never who said it.", self
        )
        tagline.setObjectName("muted")
        tagline.setWordWrap(True)

        cards = QHBoxLayout()
        cards.setSpacing(18)
        cards.addWidget(self._build_create(), 5)
        cards.addWidget(self._build_open(), 4)
        cards.addWidget(self._build_demo(), 3)

        inner = QWidget(self)
        inner.setObjectName("welcomeInner")
        box = QVBoxLayout(inner)
        box.setContentsMargins(36, 28, 36, 28)
        box.setSpacing(6)
        box.addWidget(title)
        box.addWidget(tagline)
        box.addSpacing(14)
        box.addLayout(cards, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _build_create(self) -> QFrame:
        frame, layout = _card("New event vault", self)
        self.location = QLineEdit(frame)
        self.location.setPlaceholderText("Where to save the vault")
        self.location.setAccessibleName("Vault file location")
        self.browse_new = QPushButton("Choose…", frame)
        self.browse_new.setAccessibleName("Choose where to save the vault")
        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(self.browse_new)
        self.event_title = QLineEdit(frame)
        self.event_title.setAccessibleName("Event title")
        self.new_pass = QLineEdit(frame)
        self.new_pass.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pass.setAccessibleName("Passphrase")
        self.repeat_pass = QLineEdit(frame)
        self.repeat_pass.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_pass.setAccessibleName("Repeat the passphrase")
        self.strength = QLabel(frame)
        self.strength.setObjectName("muted")
        self.strength.setWordWrap(True)
        self.themes = QPlainTextEdit(frame)
        self.themes.setAccessibleName("Themes, one per line (optional)")
        self.themes.setPlaceholderText("One theme per line (optional; you can add them later)")
        self.themes.setTabChangesFocus(True)
        self.themes.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.remember_new = QCheckBox("Remember this vault in the recent list", frame)
        self.create_button = QPushButton("Create vault", frame)
        self.create_button.setProperty("primary", True)
        self.create_button.setAccessibleName("Create the vault")
        self.create_busy = QProgressBar(frame)
        self.create_busy.setRange(0, 0)
        self.create_busy.setTextVisible(False)
        self.create_busy.setVisible(False)
        self.create_message = message_label(frame)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        file_label = QLabel("&File:", frame)
        file_label.setBuddy(self.location)  # a layout has no buddy of its own
        form.addRow(file_label, where)
        form.addRow("&Title:", self.event_title)
        form.addRow("&Passphrase:", self.new_pass)
        form.addRow("&Repeat:", self.repeat_pass)
        form.addRow("", self.strength)
        form.addRow("T&hemes:", self.themes)
        layout.addLayout(form)
        layout.addWidget(self.remember_new)
        layout.addWidget(self.create_message)
        layout.addWidget(self.create_busy)
        layout.addStretch(1)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        self._update_strength()
        return frame

    def _build_open(self) -> QFrame:
        frame, layout = _card("Open a vault", self)
        self.recent = QListWidget(frame)
        self.recent.setAccessibleName("Recent vaults")
        self.recent_empty = QLabel(
            "No recent vaults. Tick “Remember this vault” to keep "
            "one here; only its location is stored.",
            frame,
        )
        self.recent_empty.setObjectName("muted")
        self.recent_empty.setWordWrap(True)
        self.open_button = QPushButton("Open selected", frame)
        self.open_button.setProperty("primary", True)
        self.forget_button = QPushButton("Forget", frame)
        self.forget_button.setAccessibleName("Forget the selected vault")
        self.browse_open = QPushButton("Browse…", frame)
        self.browse_open.setAccessibleName("Open a vault file")
        self.remember_open = QCheckBox("Remember this vault in the recent list", frame)
        self.open_message = message_label(frame)
        buttons = QHBoxLayout()
        buttons.addWidget(self.browse_open)
        buttons.addStretch(1)
        buttons.addWidget(self.forget_button)
        buttons.addWidget(self.open_button)
        layout.addWidget(self.recent, 1)
        layout.addWidget(self.recent_empty, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.remember_open)
        layout.addWidget(self.open_message)
        layout.addLayout(buttons)
        return frame

    def _build_demo(self) -> QFrame:
        frame, layout = _card("Try the demo", self)
        text = QLabel(
            "A fictional roundtable (Subotica, June 2016) with themes, an agenda, remarks and "
            "protected names. It is created in a temporary folder and removed when you close it.",
            frame,
        )
        text.setWordWrap(True)
        pass_label = QLabel("Its passphrase, if you lock it:", frame)
        self.demo_pass = QLineEdit(DEMO_PASSPHRASE, frame)
        self.demo_pass.setReadOnly(True)
        self.demo_pass.setAccessibleName("Demo passphrase")
        self.demo_button = QPushButton("Open the demo", frame)
        self.demo_button.setAccessibleName("Try the demo")
        self.demo_busy = QProgressBar(frame)
        self.demo_busy.setRange(0, 0)
        self.demo_busy.setTextVisible(False)
        self.demo_busy.setVisible(False)
        self.demo_message = message_label(frame)
        layout.addWidget(text)
        layout.addWidget(pass_label)
        layout.addWidget(self.demo_pass)
        layout.addWidget(self.demo_message)
        layout.addWidget(self.demo_busy)
        layout.addStretch(1)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignRight)
        return frame

    # ------------------------------------------------------------------ wiring
    def _connect_signals(self) -> None:
        self.browse_new.clicked.connect(self._choose_new_location)
        self.new_pass.textChanged.connect(self._update_strength)
        self.repeat_pass.textChanged.connect(self._update_strength)
        self.create_button.clicked.connect(self.create_vault)
        self.repeat_pass.returnPressed.connect(self.create_vault)
        self.browse_open.clicked.connect(self.browse_for_vault)
        self.open_button.clicked.connect(self._open_selected)
        self.recent.itemActivated.connect(lambda item: self.open_path(item.data(_PATH_ROLE)))
        self.forget_button.clicked.connect(self._forget_selected)
        self.demo_button.clicked.connect(self.open_demo)

    def focus_create(self) -> None:
        """Put the cursor in the new-vault form."""
        self.location.setFocus()

    def refresh_recent(self) -> None:
        """Re-read the recent list from the settings."""
        self.recent.clear()
        for path in self._settings.recent_paths():
            item = QListWidgetItem(f"{Path(path).name}\n{Path(path).parent}")
            item.setData(_PATH_ROLE, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        has_any = self.recent.count() > 0
        self.recent.setVisible(has_any)
        self.recent_empty.setVisible(not has_any)
        self.open_button.setEnabled(has_any)
        self.forget_button.setEnabled(has_any)
        if has_any:
            self.recent.setCurrentRow(0)

    # ------------------------------------------------------------------ create
    def _update_strength(self) -> None:
        score, hint = passphrase_strength(self.new_pass.text())
        if self.repeat_pass.text() and self.repeat_pass.text() != self.new_pass.text():
            hint += " The two passphrases differ."
        self.strength.setText(hint)
        self.strength.setProperty("strength", score)

    def _choose_new_location(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Save the new vault as",
            str(Path.home() / f"event{SUFFIX}"),
            f"Roundtable vaults (*{SUFFIX})",
        )
        if path:
            self.location.setText(path if path.endswith(SUFFIX) else path + SUFFIX)

    def create_vault(self) -> None:
        """Validate the form and create the vault (in a worker)."""
        problem, target = self._check_create_form()
        if problem:
            show_message(self.create_message, problem)
            return
        assert target is not None
        passphrase, title = self.new_pass.text(), self.event_title.text()
        themes = [line.strip() for line in self.themes.toPlainText().splitlines() if line.strip()]
        self.new_pass.clear()
        self.repeat_pass.clear()
        show_message(self.create_message, "")
        self._set_create_busy(True)
        remember = self.remember_new.isChecked()

        def done(vault: Vault) -> None:
            self._set_create_busy(False)
            if remember:
                self._settings.remember_path(target)
                self.refresh_recent()
            self.location.clear()
            self.event_title.clear()
            self.themes.clear()
            self.opened.emit(vault, "")

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
        raw = self.location.text().strip()
        if not raw:
            return "Choose where to save the vault.", None
        target = Path(raw).expanduser()
        if target.suffix != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        if not target.parent.is_dir():
            return f"The folder {target.parent} does not exist.", None
        if target.exists():
            return f"{target.name} already exists; Roundtable never overwrites a file.", None
        if not self.event_title.text().strip():
            return "Give the event a title.", None
        if len(self.new_pass.text()) < MIN_PASSPHRASE_LENGTH:
            return f"The passphrase must be at least {MIN_PASSPHRASE_LENGTH} characters long.", None
        if self.new_pass.text() != self.repeat_pass.text():
            return "The two passphrases differ.", None
        return "", target

    def _set_create_busy(self, busy: bool) -> None:
        self.create_busy.setVisible(busy)
        self.create_button.setEnabled(not busy)

    # ------------------------------------------------------------------ open
    def browse_for_vault(self) -> None:
        """Pick a vault file and unlock it."""
        path, _ = QFileDialog.getOpenFileName(
            self, "Open a vault", str(Path.home()), f"Roundtable vaults (*{SUFFIX});;All files (*)"
        )
        if path:
            self.open_path(path, remember=self.remember_open.isChecked())

    def _open_selected(self) -> None:
        item = self.recent.currentItem()
        if item is not None:
            self.open_path(item.data(_PATH_ROLE), remember=True)

    def _forget_selected(self) -> None:
        item = self.recent.currentItem()
        if item is not None:
            self._settings.forget_path(item.data(_PATH_ROLE))
            self.refresh_recent()

    def open_path(self, path: str | Path, *, remember: bool | None = None) -> UnlockDialog | None:
        """Ask for the passphrase of ``path`` (a window-modal dialog) and open it.

        ``remember`` None means: as the "Remember this vault" box says. Returns the dialog.
        """
        target = Path(path)
        if not target.is_file():
            show_message(self.open_message, f"{target.name}: no such file.")
            return None
        show_message(self.open_message, "")
        keep = self.remember_open.isChecked() if remember is None else remember
        dialog = UnlockDialog(target, self.window())
        self._dialog = dialog

        def finished() -> None:
            vault = dialog.vault
            self._dialog = None
            dialog.deleteLater()
            if vault is None:
                return
            if keep:
                self._settings.remember_path(target)
                self.refresh_recent()
            self.opened.emit(vault, "")

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    @property
    def unlock_dialog(self) -> UnlockDialog | None:
        """The unlock dialog being shown, if any (for tests and screenshots)."""
        return self._dialog

    # ------------------------------------------------------------------ demo
    def open_demo(self) -> None:
        """Create the demo vault in a new temporary folder (in a worker) and open it."""
        folder = tempfile.mkdtemp(prefix="roundtable-demo-")
        self.demo_busy.setVisible(True)
        self.demo_button.setEnabled(False)
        show_message(self.demo_message, "")

        def done(vault: Vault) -> None:
            self.demo_busy.setVisible(False)
            self.demo_button.setEnabled(True)
            self.opened.emit(vault, folder)

        def failed(exc: BaseException) -> None:
            self.demo_busy.setVisible(False)
            self.demo_button.setEnabled(True)
            shutil.rmtree(folder, ignore_errors=True)
            show_message(self.demo_message, error_text(exc))

        run_in_worker(
            lambda: create_demo_vault(Path(folder) / f"demo{SUFFIX}"),
            done,
            failed,
            owner=self,
            orphan=close_vault,
        )


_PATH_ROLE = Qt.ItemDataRole.UserRole + 1
