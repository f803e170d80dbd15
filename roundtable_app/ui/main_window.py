"""The main window: welcome page, capture workspace or lock screen, with menus and a status bar."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from roundtable_app.ui.autolock import IDLE_CHOICES, AutoLock
from roundtable_app.ui.common import icon
from roundtable_app.ui.error_words import error_text, message_text
from roundtable_app.ui.file_menu.drop_folder import DropFolder
from roundtable_app.ui.i18n import tr
from roundtable_app.ui.language import language_menu
from roundtable_app.ui.lockscreen import LockScreen
from roundtable_app.ui.privacy import forget_file_dialog_history, lock_on_suspend
from roundtable_app.ui.settings import Settings
from roundtable_app.ui.shortcut_help import (
    Section,
    ShortcutRow,
    ShortcutsDialog,
    key_text,
    rows_for,
)
from roundtable_app.ui.welcome.page import WelcomePage, ask_vault_path

if TYPE_CHECKING:
    from roundtable_app.ui.capture.workspace import CaptureWorkspace
    from roundtable_app.ui.file_menu.work_dialog import WorkDialog
    from roundtable_app.ui.guarded_text.spelling import SpellingHub
    from roundtable_app.ui.review.workspace import ReviewWorkspace
    from roundtable_app.ui.setup.dialog import SetupDialog
    from roundtable_app.vault import Vault
    from roundtable_app.vault.types import Changes

APP_NAME = "Roundtable"


class MainWindow(QMainWindow):
    """One window per app: a stack of WelcomePage | CaptureWorkspace | LockScreen."""

    def __init__(
        self,
        settings: Settings | None = None,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else Settings()
        self.vault: Vault | None = None
        self.workspace: CaptureWorkspace | None = None
        self.review: ReviewWorkspace | None = None
        self.vault_path: Path | None = None
        self._demo_dir = ""
        self._setup: SetupDialog | None = None
        self._help: ShortcutsDialog | None = None
        self._file_dialog: WorkDialog | None = None
        #: The "Close the demo" question while it is up.
        self.demo_question: QMessageBox | None = None
        self._quitting = False
        self._restore_dialog: QWidget | None = None
        self.spelling: SpellingHub | None = None

        self.setWindowIcon(icon("app"))
        self.stack = QStackedWidget(self)
        self.welcome = WelcomePage(self.settings, self.stack)
        self.lock_screen = LockScreen(self.stack)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)
        self.statusBar().setSizeGripEnabled(False)
        # The last thing the workspace said ("Saved to disk at 10:42:07") stays until the next
        # one: a label, not a timed message, so it can be read whenever one looks down.
        self.status_text = QLabel(self)
        self.status_text.setObjectName("statusText")
        self.status_text.setAccessibleName(tr("MainWindow", "Status"))
        self.idle_note = QLabel(self)
        self.idle_note.setObjectName("muted")
        self.statusBar().addWidget(self.status_text, 1)
        self.statusBar().addPermanentWidget(self.idle_note)
        self.autolock = AutoLock(self.settings.idle_minutes, self, clock=clock)
        self.drop = DropFolder(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            lock_on_suspend(app, self.lock)  # the session suspends: nothing stays unlocked

        self._build_actions()
        self._build_menus()
        self._connect_signals()
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry) or self._too_small():
            self.place_for_first_start()
        self._update_state()

    # ------------------------------------------------------------------ size
    def _available(self) -> tuple[int, int, int, int]:
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        return area.x(), area.y(), area.width(), area.height()

    def _too_small(self) -> bool:
        # A saved size that cannot show the welcome page (a bad save, a smaller screen now).
        _x, _y, width, height = self._available()
        return self.width() < min(900, width * 0.6) or self.height() < min(560, height * 0.6)

    def place_for_first_start(self) -> None:
        """Size the window for the screen it is on (no size saved yet) and centre it."""
        x, y, width, height = self._available()
        w, h = first_start_size(width, height)
        self.resize(w, h)
        self.move(x + (width - w) // 2, y + (height - h) // 2)

    # ------------------------------------------------------------------ view
    def _action(
        self,
        text: str,
        keys: str | QKeySequence.StandardKey | None,
        name: str,
        icon_name: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        # Shortcut text for screen readers and the menus' tooltips alike, in the UI's language:
        # the menu text without its mnemonic and ellipsis (``name`` stays the object name).
        words = text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
        action.setToolTip(words)
        action.setStatusTip(words)
        action.setObjectName(name.lower().replace(" ", "_"))
        if icon_name:
            action.setIcon(icon(icon_name))
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            tr("MainWindow", "&New vault…"), "Ctrl+N", "New vault", "new"
        )
        self.open_action = self._action(
            tr("MainWindow", "&Open vault…"), "Ctrl+O", "Open vault", "open"
        )
        self.demo_action = self._action(
            tr("MainWindow", "Try the &demo"), None, "Try the demo", "demo"
        )
        self.close_action = self._action(
            tr("MainWindow", "&Close vault"), "Ctrl+W", "Close vault", "close"
        )
        # Ctrl+E is the workspace's "Go to editor"; the shortcut test guards against clashes.
        self.export_action = self._action(
            tr("MainWindow", "&Export summary…"), "Ctrl+Shift+E", "Export summary"
        )
        self.backup_action = self._action(tr("MainWindow", "&Back up…"), "Ctrl+Shift+B", "Back up")
        self.save_as_action = self._action(tr("MainWindow", "Save &as…"), None, "Save as")
        self.restore_action = self._action(
            tr("MainWindow", "&Restore from backup…"), None, "Restore from backup"
        )
        self.bundle_export_action = self._action(
            tr("MainWindow", "Export &bundle…"), None, "Export bundle"
        )
        self.bundle_import_action = self._action(
            tr("MainWindow", "&Import bundle…"), None, "Import bundle"
        )
        self.drop_action = self._action(tr("MainWindow", "&Drop folder…"), None, "Drop folder")
        self.quit_action = self._action(tr("MainWindow", "&Quit"), "Ctrl+Q", "Quit")
        self.setup_action = self._action(
            tr("MainWindow", "Event &setup…"), "Ctrl+,", "Event setup", "setup"
        )
        self.lock_action = self._action(tr("MainWindow", "&Lock now"), "Ctrl+L", "Lock now", "lock")
        self.about_action = self._action(tr("MainWindow", "&About Roundtable"), None, "About")
        self.keys_action = self._action(
            tr("MainWindow", "&Keyboard shortcuts"), "F1", "Keyboard shortcuts", "help"
        )
        # One key flips between the note-taker's and the facilitator's workspace.
        self.review_action = self._action(
            tr("MainWindow", "&Review"), "F9", "Capture / Review (F9)"
        )
        self.review_action.setCheckable(True)
        self.review_action.setIconText(tr("MainWindow", "Capture ⇄ Review (F9)"))
        self.idle_group = QActionGroup(self)
        self.idle_group.setExclusive(True)
        for minutes in IDLE_CHOICES:
            act = QAction(tr("MainWindow", "%n minutes", None, minutes), self.idle_group)
            act.setCheckable(True)
            act.setData(minutes)
            act.setChecked(minutes == self.settings.idle_minutes)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("MainWindow", "&File"))
        file_menu.addActions([self.new_action, self.open_action, self.demo_action])
        file_menu.addSeparator()
        file_menu.addActions([self.export_action, self.backup_action, self.save_as_action])
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addActions(
            [self.bundle_export_action, self.bundle_import_action, self.drop_action]
        )
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        event_menu = bar.addMenu(tr("MainWindow", "&Event"))
        event_menu.addAction(self.setup_action)
        event_menu.addSeparator()
        event_menu.addAction(self.lock_action)
        idle_menu = event_menu.addMenu(tr("MainWindow", "Lock after &idle"))
        idle_menu.addActions(self.idle_group.actions())
        view_menu = bar.addMenu(tr("MainWindow", "&View"))
        view_menu.addAction(self.review_action)
        switch = self.addToolBar("Workspace")
        switch.setObjectName("workspace-switch")
        switch.setMovable(False)
        switch.addAction(self.review_action)
        help_menu = bar.addMenu(tr("MainWindow", "&Help"))
        help_menu.addActions([self.keys_action, self.about_action])
        help_menu.addSeparator()
        help_menu.addMenu(language_menu(self.settings, self))

    # ------------------------------------------------------------------ wiring
    def _connect_signals(self) -> None:
        self.new_action.triggered.connect(self.new_vault)
        self.open_action.triggered.connect(self.open_vault_dialog)
        self.demo_action.triggered.connect(self.try_demo)
        self.close_action.triggered.connect(self.close_asked)
        self.export_action.triggered.connect(self.show_export)
        self.backup_action.triggered.connect(self.show_backup)
        self.save_as_action.triggered.connect(self.show_save_as)
        self.restore_action.triggered.connect(self.show_restore)
        self.bundle_export_action.triggered.connect(self.show_bundle_export)
        self.bundle_import_action.triggered.connect(self.show_bundle_import)
        self.drop_action.triggered.connect(self.show_drop_folder)
        self.drop.arrived.connect(self._on_bundles_arrived)
        self.quit_action.triggered.connect(self.close)
        self.setup_action.triggered.connect(self.show_setup)
        self.lock_action.triggered.connect(self.lock)
        self.about_action.triggered.connect(self._show_about)
        self.keys_action.triggered.connect(self._show_shortcuts)
        self.idle_group.triggered.connect(self._on_idle_choice)
        self.review_action.toggled.connect(self.show_review)
        self.welcome.opened.connect(self.open_vault)
        self.lock_screen.unlocked.connect(self._on_unlocked)
        self.lock_screen.close_requested.connect(self._close_from_lock)
        self.autolock.lock_requested.connect(self.lock)

    def _update_state(self) -> None:
        is_open = self.vault is not None
        locked = self.vault is None and self.vault_path is not None
        self.close_action.setEnabled(is_open or locked)
        self.lock_action.setEnabled(is_open)
        self.setup_action.setEnabled(is_open)
        self.review_action.setEnabled(is_open)
        for action in (
            self.export_action,
            self.backup_action,
            self.save_as_action,
            self.bundle_export_action,
            self.bundle_import_action,
            self.drop_action,
        ):
            action.setEnabled(is_open)
        minutes = self.settings.idle_minutes
        self.idle_note.setText(
            tr("MainWindow", "Locks after %n min idle · Ctrl+L locks now", None, minutes)
            if is_open
            else ""
        )
        name = self.vault_path.name if self.vault_path is not None else ""
        # The file name only: the event's title could itself be identifying.
        self.setWindowTitle(f"{name} — {APP_NAME}" if name else APP_NAME)

    # ------------------------------------------------------------------ vault lifecycle
    def open_vault(self, vault: Vault, demo_dir: str = "") -> None:
        """Show the capture workspace on an open vault (closing any other first)."""
        if self.vault is not None or self.vault_path is not None:
            self.close_vault()
        self.vault, self.vault_path, self._demo_dir = vault, Path(vault.path), demo_dir
        self._show_workspace(resume_draft=False)
        self._tell_notices()

    def _tell_notices(self) -> None:
        # What opening did (leftovers of a crash removed, a passphrase migrated, a backup
        # that failed): file names and plain sentences only, never remark text.
        if self.vault is not None and self.vault.notices:
            self._show_status(
                tr("MainWindow", "Note: %1").replace(
                    "%1", "; ".join(map(message_text, self.vault.notices))
                )
            )
            self.vault.notices.clear()

    def open_path(self, path: str | Path) -> None:
        """Ask for the passphrase of ``path`` and open it (``roundtable gui VAULT``)."""
        self.close_vault()
        self.welcome.open_path(path, remember=False)

    def _show_workspace(self, *, resume_draft: bool) -> None:
        assert self.vault is not None
        workspace = _workspace_class()(self.vault, resume_draft=resume_draft, parent=self.stack)
        workspace.status_message.connect(self._show_status)
        workspace.file_lost.connect(self.show_save_as)
        self.workspace = workspace
        self.stack.addWidget(workspace)
        self.stack.setCurrentWidget(workspace)
        self.autolock.arm()
        self._update_state()
        self.drop.start(self.vault)
        workspace.focus_editor()
        self._start_spelling()

    def show_review(self, on: bool = True) -> None:
        """Show the Review workspace (built on first use) or go back to Capture."""
        if self.workspace is None or self.vault is None:
            return
        if not on:
            self.stack.setCurrentWidget(self.workspace)
            self.workspace.focus_editor()
            return
        if self.review is None:
            from roundtable_app.ui.review.workspace import ReviewWorkspace

            self.workspace.ensure_loaded()
            self.review = ReviewWorkspace(
                self.vault,
                self.workspace.curation,
                self.workspace.undo_stack,
                reword=self.workspace.dialogs.ask_rewording,
                remarks=self.workspace.remark_model.remarks,
                themes=self.workspace.theme_model.themes,
                parent=self.stack,
            )
            self.review.status_message.connect(self._show_status)
            self.review.changes.connect(self._review_changed)
            self.review.overview.export_button.clicked.connect(self.show_export)
            self.stack.addWidget(self.review)
        self.stack.setCurrentWidget(self.review)
        self.review.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _review_changed(self, changes: Changes) -> None:
        # Review already shows its own change; Capture (and an open Event setup) catch up.
        if self.workspace is not None:
            self.workspace.apply_changes(changes)

    def _show_status(self, text: str) -> None:
        self.status_text.setText(text)

    def _drop_workspace(self) -> str:
        """Shut the workspace down (it saves the draft) and take it out of the window.

        Returns a problem to report ('' if none); the workspace goes regardless, because
        leaving remark text on screen is worse than an error message.
        """
        problem = ""
        note = self.drop.session_ended()  # writes this laptop's bundle, if asked for
        self._close_setup()
        self._close_file_dialog()  # a late export or import result then reports to nobody
        self._close_help()  # it may list the current theme keys: nothing stays over the lock
        self._stop_spelling()
        review, self.review = self.review, None
        self.review_action.blockSignals(True)
        self.review_action.setChecked(False)
        self.review_action.blockSignals(False)
        if review is not None:
            try:
                review.shutdown()
            except Exception as exc:  # noqa: BLE001 - report, and lock anyway
                problem = error_text(exc)
            self.stack.removeWidget(review)
            review.setParent(None)
            review.deleteLater()
        workspace, self.workspace = self.workspace, None
        if workspace is not None:
            try:
                workspace.shutdown()
            except Exception as exc:  # noqa: BLE001 - report, and lock anyway
                problem = error_text(exc)
            self.stack.removeWidget(workspace)
            workspace.setParent(None)  # out of the window's tree at once, deleted soon after
            workspace.deleteLater()
        self.statusBar().clearMessage()
        self.status_text.setText(note)
        return problem

    def _close_vault_object(self) -> None:
        vault, self.vault = self.vault, None
        if vault is not None:
            vault.close()

    def lock(self) -> None:
        """Save the draft, close the vault and cover the window until the passphrase is given."""
        if self.vault is None or self.vault_path is None:
            return
        self.autolock.disarm()
        problem = self._drop_workspace()
        self._close_vault_object()
        self.lock_screen.show_for(self.vault_path)
        self.stack.setCurrentWidget(self.lock_screen)
        if problem:
            self.lock_screen.form.say(problem)
        self._update_state()

    def _on_unlocked(self, vault: Vault) -> None:
        self.vault = vault
        self._show_workspace(resume_draft=True)
        self._tell_notices()

    def close_vault(self) -> None:
        """Save the draft, close the vault (or abandon the lock screen) and show the welcome."""
        self.autolock.disarm()
        if self.stack.currentWidget() is self.lock_screen:
            self.lock_screen.abandon()
        self._drop_workspace()
        self._close_vault_object()
        if self._demo_dir:
            # The demo is fictional and lives in a temporary folder of its own.
            shutil.rmtree(self._demo_dir, ignore_errors=True)
        self._demo_dir = ""
        self.vault_path = None
        self.welcome.refresh_recent()
        self.stack.setCurrentWidget(self.welcome)
        self._update_state()

    def _demo_question(self, advice: str) -> QMessageBox:
        """The "Close the demo" question (its buttons are the caller's), held while it is up."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("MainWindow", "Close the demo"))
        box.setText(tr("MainWindow", "Closing the demo deletes it, with everything done in it."))
        box.setInformativeText(advice)
        self.demo_question = box
        return box

    def _close_from_lock(self) -> None:
        """Close vault on the lock screen: a locked demo cannot be copied (it is closed), but
        it is not deleted without a question either; unlocking it first offers the copy."""
        if not self._demo_dir:
            self.close_vault()
            return
        if self.demo_question is not None:
            return
        box = self._demo_question(
            tr("MainWindow", "To keep a copy, unlock it first and choose Save a copy….")
        )
        delete = box.addButton(
            tr("MainWindow", "Close and &delete"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(
            box.addButton(tr("MainWindow", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        )

        def answered() -> None:
            self.demo_question = None
            clicked = box.clickedButton()
            box.deleteLater()
            if clicked is delete:
                self.close_vault()

        box.finished.connect(answered)
        box.open()

    def close_asked(self) -> None:
        """File → Close (Ctrl+W): the demo is deleted on closing, so it asks first."""
        self._leave_then(self.close_vault)

    def _ask_about_demo(self, then: Callable[[], None]) -> None:
        """Close and delete / Save a copy… / Cancel; ``then`` runs once the demo may go."""
        if self.demo_question is not None:
            return
        box = self._demo_question(tr("MainWindow", "Save a copy as a vault of your own first?"))
        copy = box.addButton(tr("MainWindow", "&Save a copy…"), QMessageBox.ButtonRole.AcceptRole)
        delete = box.addButton(
            tr("MainWindow", "Close and &delete"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(tr("MainWindow", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(copy)

        def answered() -> None:
            self.demo_question = None
            clicked = box.clickedButton()
            box.deleteLater()
            if clicked is delete:
                then()
            elif clicked is copy:
                self._save_demo_copy(then)

        box.finished.connect(answered)
        box.open()

    def _save_demo_copy(self, then: Callable[[], None]) -> None:
        from roundtable_app.ui.demo_copy import DemoCopyDialog

        dialog = self._show_file_dialog(DemoCopyDialog)
        if dialog is None:
            return

        def finished() -> None:
            if dialog.written is not None:
                written = dialog.written
                then()
                self.status_text.setText(
                    tr("MainWindow", "The demo was saved as %1.").replace("%1", str(written))
                )

        dialog.finished.connect(finished)

    def _leave_then(self, then: Callable[[], None]) -> None:
        """Run ``then`` (which closes the vault); an open demo asks first."""
        if self._demo_dir and self.vault is not None:
            self._ask_about_demo(then)
        else:
            then()

    def new_vault(self) -> None:
        """Close any vault and go to the new-vault form."""

        def go() -> None:
            self.close_vault()
            self.welcome.focus_create()

        self._leave_then(go)

    def open_vault_dialog(self) -> None:
        """Pick a vault file, then ask for its passphrase."""
        path = ask_vault_path(self)
        if path:

            def go() -> None:
                self.close_vault()
                self.welcome.open_path(path)

            self._leave_then(go)

    def try_demo(self) -> None:
        """Close any vault and open a fresh demo."""

        def go() -> None:
            self.close_vault()
            self.welcome.open_demo()

        self._leave_then(go)

    # ------------------------------------------------------------------ dialogs
    def show_setup(self) -> None:
        """Open the event setup dialog; the workspace reloads whenever it changes something."""
        if self.vault is None or self._setup is not None:
            return
        from roundtable_app.ui.setup.dialog import SetupDialog

        dialog = SetupDialog(self.vault, self)
        dialog.changes.connect(self._apply_changes)
        dialog.finished.connect(self._on_setup_finished)
        dialog.review_requested.connect(self.show_synthesis)
        self._setup = dialog
        dialog.open()

    def show_synthesis(self) -> None:
        """Review with the synthesis editor focused ("Write the syntheses in Review")."""
        if self.workspace is None or self.vault is None:
            return
        if self.review_action.isChecked():
            self.show_review(True)
        else:
            self.review_action.setChecked(True)  # shows Review, as F9 does
        if self.review is not None:
            self.review.focus_synthesis()

    def _apply_changes(self, changes: Changes) -> None:
        # Each workspace updates only what changed: a renamed theme reads no remark.
        if self.workspace is not None:
            self.workspace.apply_changes(changes)
        if self.review is not None:
            self.review.apply_changes(changes)

    def _on_setup_changed(self) -> None:
        if self.workspace is not None:
            self.workspace.reload()
        if self.review is not None:
            self.review.reload()

    def _on_setup_finished(self) -> None:
        dialog, self._setup = self._setup, None
        if dialog is not None:
            dialog.deleteLater()
        if self.stack.currentWidget() is self.review:
            pass  # Qt gives the keyboard back to Review's widget (or the synthesis editor)
        elif self.workspace is not None:
            self.workspace.focus_editor()

    def _close_setup(self) -> None:
        dialog, self._setup = self._setup, None
        if dialog is not None:
            dialog.finished.disconnect(self._on_setup_finished)
            dialog.dismiss()  # saves what is valid: a lock cannot ask about unsaved edits
            dialog.setParent(None)  # it shows themes and terms: out of the window at once
            dialog.deleteLater()

    def show_export(self) -> None:
        """File → Export summary: the pre-flight, then the export, in a dialog."""
        from roundtable_app.ui.file_menu.export_dialog import ExportDialog

        dialog = self._show_file_dialog(ExportDialog)
        if dialog is not None:
            dialog.go_to_remark.connect(self.go_to_remark)

    def go_to_remark(self, remark_id: str) -> None:
        """Close the dialog in front and select one remark in the list of saved remarks."""
        self._close_file_dialog()
        self.activateWindow()
        if self.workspace is not None:
            self.workspace.show_remark(remark_id)

    def show_backup(self) -> None:
        """File → Back up: an encrypted copy of the open vault."""
        from roundtable_app.ui.file_menu.backup_dialog import BackupDialog

        self._show_file_dialog(BackupDialog)

    def show_save_as(self) -> None:
        """File → Save as…: the open vault (and the text being typed) to a new file."""
        from roundtable_app.ui.file_menu.backup_dialog import SaveAsDialog

        draft = self.workspace.draft_state() if self.workspace is not None else None
        self._show_file_dialog(lambda v, p, w: SaveAsDialog(v, p, w, draft))

    def show_restore(self, path: Path | None = None) -> None:
        """File → Restore from backup…: pick one of a vault's automatic backups."""
        from roundtable_app.ui.file_menu.restore_dialog import RestoreDialog

        target = path or self.vault_path
        if target is None:
            return
        if self.vault is not None:
            self.close_vault()  # a restore replaces the file: the vault must be closed
        dialog = RestoreDialog(Path(target), self)
        dialog.restored.connect(lambda p: self.welcome.open_path(p, remember=False))
        self._restore_dialog = dialog
        dialog.open()

    def show_bundle_export(self) -> None:
        """File → Export bundle: every remark into an encrypted bundle."""
        from roundtable_app.ui.file_menu.bundle_dialogs import BundleExportDialog

        self._show_file_dialog(BundleExportDialog)

    def show_bundle_import(self) -> None:
        """File → Import bundle: merge another laptop's remarks; the workspace reloads."""
        from roundtable_app.ui.file_menu.bundle_dialogs import BundleImportDialog

        dialog = self._show_file_dialog(BundleImportDialog)
        if dialog is not None:
            dialog.imported.connect(self._on_setup_changed)

    def show_drop_folder(self) -> None:
        """File → Drop folder: watch a shared folder for bundles and write ours there."""
        from roundtable_app.ui.file_menu.drop_folder import DropFolderDialog

        dialog = self._show_file_dialog(lambda _v, _p, parent: DropFolderDialog(self.drop, parent))
        if dialog is not None:
            dialog.imported.connect(self._on_setup_changed)

    def _on_bundles_arrived(self, paths: list[Path]) -> None:
        count = len(paths)
        self._show_status(
            tr(
                "MainWindow",
                "%n new bundles in the drop folder: File → Drop folder… to import",
                None,
                count,
            )
        )

    def _show_file_dialog(self, kind: Callable[[Vault, Path, QWidget], WorkDialog]) -> Any:
        if self.vault is None or self.vault_path is None or self._file_dialog is not None:
            return None
        dialog = kind(self.vault, self.vault_path, self)
        dialog.finished.connect(self._on_file_dialog_finished)
        self._file_dialog = dialog
        dialog.open()
        return dialog

    def _on_file_dialog_finished(self) -> None:
        dialog, self._file_dialog = self._file_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if self.workspace is not None:
            self.workspace.focus_editor()

    def _close_file_dialog(self) -> None:
        dialog, self._file_dialog = self._file_dialog, None
        if dialog is not None:
            dialog.finished.disconnect(self._on_file_dialog_finished)
            dialog.dismiss()
            dialog.setParent(None)  # it may list findings' words: out of the window at once
            dialog.deleteLater()

    def _on_idle_choice(self, action: QAction) -> None:
        minutes = int(action.data())
        self.settings.idle_minutes = minutes
        self.autolock.set_minutes(minutes)
        self._update_state()

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            tr("MainWindow", "About %1").replace("%1", APP_NAME),
            f"<h3>{APP_NAME}</h3>"
            + tr(
                "MainWindow",
                "<p>Capture and publish unattributed summaries of meetings "
                "held under the Chatham House Rule.</p><p>Everything stays in one encrypted file "
                "per event; nothing goes over the network.</p>",
            ),
        )

    def shortcut_sections(self) -> list[Section]:
        """What Help → Keyboard shortcuts lists: the window's actions, then the workspace's."""
        sections: list[Section] = [(tr("MainWindow", "Anywhere"), rows_for(self.actions()))]
        if self.workspace is not None:
            sections += self.workspace.shortcut_sections()
        else:
            # No workspace yet: its key table (no themes exist to bind) says what will work.
            from roundtable_app.ui.capture.shortcuts import ShortcutMap

            rows = [ShortcutRow(key_text(b.keys), b.label) for b in ShortcutMap([]).bindings()]
            sections.append((tr("MainWindow", "Capturing (once a vault is open)"), rows))
        return sections

    def _show_shortcuts(self) -> None:
        self._close_help()
        dialog = ShortcutsDialog(self.shortcut_sections(), self)
        self._help = dialog
        dialog.finished.connect(self._close_help)
        dialog.show()

    def _close_help(self) -> None:
        dialog, self._help = self._help, None
        if dialog is not None:
            dialog.finished.disconnect(self._close_help)
            dialog.close()
            dialog.deleteLater()

    # ------------------------------------------------------------------ spelling
    def _start_spelling(self) -> None:
        from roundtable_app.ui.guarded_text.spelling import SpellingHub

        self._stop_spelling()
        if self.vault is not None:
            self.spelling = SpellingHub(self.vault, self)
            self.spelling.unavailable.connect(self.statusBar().showMessage)

    def _stop_spelling(self) -> None:
        hub = self.spelling
        self.spelling = None
        if hub is not None:
            hub.shutdown()
            hub.deleteLater()

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the draft and close the vault before the window goes (the demo asks first)."""
        if self._demo_dir and self.vault is not None and not self._quitting:
            event.ignore()

            def quit_now() -> None:
                self._quitting = True
                self.close()

            self._ask_about_demo(quit_now)
            return
        self.close_vault()
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.sync()
        self.autolock.stop()
        forget_file_dialog_history()  # where the vaults live is not kept by Qt's dialogs
        event.accept()


def first_start_size(available_width: int, available_height: int) -> tuple[int, int]:
    """The window's size on a first start: 80% of the screen's free area, at least 1100×700
    where that fits, never more than the free area."""
    width = max(int(available_width * 0.8), min(1100, available_width))
    height = max(int(available_height * 0.8), min(700, available_height))
    return min(width, available_width), min(height, available_height)


def _workspace_class() -> type[CaptureWorkspace]:
    # Imported late: the workspace (and the guard behind it) is not needed for the welcome page.
    from roundtable_app.ui.capture.workspace import CaptureWorkspace

    return CaptureWorkspace
