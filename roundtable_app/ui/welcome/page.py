"""The welcome page: create a vault, open one (recent files kept by choice), or try the demo."""

from __future__ import annotations

import shutil
import tempfile
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from roundtable_app.ui.common import close_vault, message_label, run_in_worker, show_message
from roundtable_app.ui.error_words import error_text
from roundtable_app.ui.i18n import tr
from roundtable_app.ui.language import LanguageCombo
from roundtable_app.ui.settings import Settings
from roundtable_app.ui.unlock import UnlockDialog
from roundtable_app.ui.vault_access import (
    DEMO_PASSPHRASE,
    create_demo_vault,
)
from roundtable_app.ui.welcome.new_vault import NewVaultCard
from roundtable_app.vault.types import VAULT_SUFFIX

if TYPE_CHECKING:
    from roundtable_app.vault import Vault


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


def ask_vault_path(parent: QWidget) -> str:
    """The platform's Open dialog for a vault file ('' when cancelled); the welcome window
    and File → Open both ask with it."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        tr("WelcomePage", "Open a vault"),
        str(Path.home()),
        tr("WelcomePage", "Roundtable vaults (%1);;All files (*)").replace(
            "%1", f"*{VAULT_SUFFIX}"
        ),
    )
    return path


class WelcomePage(QWidget):
    """Shown when no vault is open. Emits ``opened(vault, demo_folder)``; ``demo_folder`` is
    the temporary folder of a demo vault ('' otherwise) so the window can remove it later."""

    opened = Signal(object, str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._dialog: UnlockDialog | None = None
        self.new_card = NewVaultCard(settings, self)
        self._build()
        self._connect_signals()
        self.refresh_recent()

    # ------------------------------------------------------------------ view
    def _build(self) -> None:
        title = QLabel("Roundtable", self)
        title.setObjectName("title")
        tagline = QLabel(
            tr(
                "WelcomePage",
                "Capture what was said under the Chatham House Rule — never who said it.",
            ),
            self,
        )
        tagline.setObjectName("muted")
        tagline.setWordWrap(True)

        cards = QHBoxLayout()
        cards.setSpacing(18)
        cards.addWidget(self.new_card, 5)
        cards.addWidget(self._build_open(), 4)
        cards.addWidget(self._build_demo(), 3)

        inner = QWidget(self)
        inner.setObjectName("welcomeInner")
        box = QVBoxLayout(inner)
        box.setContentsMargins(36, 28, 36, 28)
        box.setSpacing(6)
        head = QHBoxLayout()
        head.addWidget(title, 1)
        self.language = LanguageCombo(self._settings, inner)
        head.addWidget(self.language, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(head)
        box.addWidget(tagline)
        box.addSpacing(14)
        box.addLayout(cards, 1)
        self.join_button = QPushButton(tr("WelcomePage", "Join an event from a kit…"), inner)
        self.join_button.setAccessibleName(tr("WelcomePage", "Join an event from a kit"))
        box.addWidget(self.join_button, 0, Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(tr("WelcomePage", "Welcome"))
        # Not a Tab stop of its own: it scrolls to whichever field gets the focus.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        # Tab reads each card top to bottom (a card's check box before the buttons under it),
        # the kit button after the cards; the language picker beside the title closes the round.
        chain = [
            self.recent,
            self.remember_open,
            self.browse_open,
            self.forget_button,
            self.open_button,
            self.demo_pass,
            self.demo_button,
            self.join_button,
            self.language,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _build_open(self) -> QFrame:
        frame, layout = _card(tr("WelcomePage", "Open a vault"), self)
        self.recent = QListWidget(frame)
        self.recent.setAccessibleName(tr("WelcomePage", "Recent vaults"))
        self.recent_empty = QLabel(
            tr(
                "WelcomePage",
                "No recent vaults. Tick “Remember this vault” to keep "
                "one here; only its location is stored.",
            ),
            frame,
        )
        self.recent_empty.setObjectName("muted")
        self.recent_empty.setWordWrap(True)
        self.open_button = QPushButton(tr("WelcomePage", "Open selected"), frame)
        self.open_button.setProperty("primary", True)
        self.forget_button = QPushButton(tr("WelcomePage", "Forget"), frame)
        self.forget_button.setAccessibleName(tr("WelcomePage", "Forget the selected vault"))
        self.browse_open = QPushButton(tr("WelcomePage", "Browse…"), frame)
        self.browse_open.setAccessibleName(tr("WelcomePage", "Open a vault file"))
        self.remember_open = QCheckBox(
            tr("WelcomePage", "Remember this vault in the recent list"), frame
        )
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
        frame, layout = _card(tr("WelcomePage", "Try the demo"), self)
        text = QLabel(
            tr(
                "WelcomePage",
                "A fictional roundtable (Subotica, June 2016) with themes, an agenda, remarks "
                "and protected names. It is created in a temporary folder and removed when you "
                "close it.",
            ),
            frame,
        )
        text.setWordWrap(True)
        pass_label = QLabel(tr("WelcomePage", "Its passphrase, if you lock it:"), frame)
        self.demo_pass = QLineEdit(DEMO_PASSPHRASE, frame)
        self.demo_pass.setReadOnly(True)
        self.demo_pass.setAccessibleName(tr("WelcomePage", "Demo passphrase"))
        self.demo_button = QPushButton(tr("WelcomePage", "Open the demo"), frame)
        self.demo_button.setAccessibleName(tr("WelcomePage", "Try the demo"))
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
        self.new_card.created.connect(self._on_created)
        self.browse_open.clicked.connect(self.browse_for_vault)
        self.open_button.clicked.connect(self._open_selected)
        self.recent.itemActivated.connect(lambda item: self.open_path(item.data(_PATH_ROLE)))
        self.forget_button.clicked.connect(self._forget_selected)
        self.demo_button.clicked.connect(self.open_demo)
        self.join_button.clicked.connect(self.join_from_kit)

    def join_from_kit(self) -> None:
        """Open the "Join an event from a kit" dialog; its new vault opens like a created one."""
        from roundtable_app.ui.welcome.join_kit import JoinKitDialog

        self.join_dialog = JoinKitDialog(self)
        self.join_dialog.created.connect(self._on_created)
        self.join_dialog.open()

    def focus_create(self) -> None:
        """Put the cursor in the new-vault form."""
        self.new_card.focus()

    def _on_created(self, vault: Vault) -> None:
        self.refresh_recent()  # the card may have remembered the new file
        self.opened.emit(vault, "")

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
    # ------------------------------------------------------------------ open
    def browse_for_vault(self) -> None:
        """Pick a vault file and unlock it."""
        path = ask_vault_path(self)
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
            show_message(
                self.open_message, tr("WelcomePage", "%1: no such file.").replace("%1", target.name)
            )
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
            lambda: create_demo_vault(Path(folder) / f"demo{VAULT_SUFFIX}"),
            done,
            failed,
            owner=self,
            orphan=close_vault,
        )


_PATH_ROLE = Qt.ItemDataRole.UserRole + 1
