"""The capture workspace: the editor, the theme list and the saved remarks, wired to the vault.

The decisions live in :class:`CaptureController` (what to save, when a draft is due) and
:class:`CaptureChecks` (what the guard says); this class connects widgets to them in
``_connect_signals`` and keeps its slots private.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPaintEvent, QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from roundtable_app.guard import Finding
from roundtable_app.ui.capture.curation import CurationController
from roundtable_app.ui.common import shortcut_action
from roundtable_app.ui.error_words import plain_reason
from roundtable_app.ui.guarded_text.highlighter import LiveGuard
from roundtable_app.ui.i18n import tr
from roundtable_app.ui.shortcut_help import HELP_GROUP, Section, rows_for
from roundtable_app.vault import Vault
from roundtable_app.vault.types import Changes

from .checks import CaptureChecks, remark_target
from .controller import CaptureController, kind_label, local_clock
from .remark_list import SessionFilter
from .remark_model import TEXT, RemarkTableModel
from .saved_remarks import RemarkDialogs
from .shortcuts import FOCUS_LIST_KEYS, REDO_KEYS, UNDO_KEYS, ShortcutMap
from .theme_model import ThemeListModel
from .undo import ModelListener
from .view import CaptureView

DRAFT_INTERVAL_MS = 2000


class CaptureWorkspace(QWidget):
    """Where a note-taker types remarks; see the module docstring and the UI contract."""

    status_message = Signal(str)
    file_lost = Signal()  # the vault file vanished while open: the window offers Save as…
    #: A safety copy of the editor's text reached the vault.
    draft_saved = Signal()

    def __init__(
        self, vault: Vault, *, resume_draft: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Workspace", "Capture workspace"))
        self._vault: Vault | None = vault
        self.controller: CaptureController | None = CaptureController(vault)
        self.checks: CaptureChecks | None = None
        self._terms_key: tuple[object, ...] | None = None

        self.view = CaptureView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.editor = self.view.editor

        self.theme_model = ThemeListModel(self)
        self.remark_model = RemarkTableModel(self)
        self.remark_filter = SessionFilter(self)
        self.remark_filter.setSourceModel(self.remark_model)
        self.view.theme_list.setModel(self.theme_model)
        self.view.remark_list.setModel(self.remark_filter)
        self.view.remark_list.configure_columns()

        self.undo_stack = QUndoStack(self)
        self.curation = CurationController(
            vault,
            [ModelListener(self.remark_model, self.theme_model)],
            self.undo_stack,
            self._report_error,
            self.status_message.emit,
        )
        self.curation.on_dismissed.append(self._finding_dismissed)
        self.dialogs = RemarkDialogs(
            self, self.curation, lambda: self.checks, lambda: self.view.remark_list
        )
        self.live = LiveGuard(self.editor.document(), lambda _t: [], self)
        self.editor.attach(self.live)
        self.draft_timer = QTimer(self)
        self.draft_timer.setInterval(DRAFT_INTERVAL_MS)
        self._theme_actions: list[QAction] = []
        self._make_actions()
        self._connect_signals()
        # What the first frame shows comes now; the saved remarks and the guard (which folds
        # every term) come just after that frame is painted: see paintEvent and ensure_loaded.
        self._loaded = False
        self._load_queued = False
        self._show_choices_read()
        self._take_draft(resume_draft)
        self.draft_timer.start()

    # ------------------------------------------------------------------ contract
    def shutdown(self) -> None:
        """Save the draft, stop timers, clear everything holding remark text, drop the vault."""
        if self.controller is None:
            return
        self.draft_timer.stop()
        self._save_draft()
        controller, self.controller = self.controller, None
        controller.recovered = None
        self.live.stop()
        self.editor.blockSignals(True)
        self.editor.setPlainText("")
        self.editor.document().clearUndoRedoStacks()
        self.editor.blockSignals(False)
        self.live.stop()
        self.undo_stack.clear()
        self.remark_model.clear()
        self.theme_model.set_themes([])
        self.view.remark_list.set_themes([])
        self.view.banner.hide()
        self.view.findings_label.clear()
        self.checks = None
        self._vault = None
        self.curation.close()
        controller.vault = None  # type: ignore[assignment]
        self.setEnabled(False)

    def reload(self) -> None:
        """Re-read themes, sessions, terms and remarks (after the setup dialog changed them)."""
        if self.controller is None or self._vault is None:
            return
        self.controller.reload()
        self._show_choices_read()
        self._loaded = False
        self.ensure_loaded()

    def apply_changes(self, changes: Changes) -> None:
        """Update only what ``changes`` names; remarks are re-read only when they changed."""
        if self.controller is None or self._vault is None:
            return
        if changes.every_remark or changes.remarks:
            self.reload()
            return
        if changes.themes or changes.sessions:
            self.controller.reload()  # themes and sessions: no remark rows
            self._show_choices_read()
        if changes.terms and self._loaded:
            self._rebuild_checks()

    @property
    def is_loaded(self) -> bool:
        """Whether the saved remarks and the guard are in place (shortly after the first paint)."""
        return self._loaded

    def ensure_loaded(self) -> None:
        """Read the saved remarks and build the guard now, if that has not happened yet."""
        if self._loaded or self.controller is None or self._vault is None:
            return
        self._loaded = True
        self._rebuild_checks()
        # A remark merged into another is shown (in Review) with the merged one only.
        self.remark_model.set_remarks([r for r in self._vault.remarks() if r.merged_into is None])
        self._update_remarks_caption()

    def paintEvent(self, event: QPaintEvent) -> None:
        """After the first frame, queue the rest of the loading (ensure_loaded)."""
        super().paintEvent(event)
        if not self._loaded and not self._load_queued:
            self._load_queued = True
            QTimer.singleShot(0, self.ensure_loaded)

    def shortcut_sections(self) -> list[Section]:
        """The workspace's keys for Help → Keyboard shortcuts, from its real actions."""
        return [
            (tr("Workspace", "Capturing"), rows_for(self.actions())),
            (
                tr("Workspace", "In the list of saved remarks (%1)").replace(
                    "%1", FOCUS_LIST_KEYS[0]
                ),
                rows_for(self.view.remark_list.actions()),
            ),
        ]

    def _show_choices_read(self) -> None:
        # Show the themes and sessions the controller holds (it has just read them).
        c = self.controller
        assert c is not None
        self.theme_model.set_themes(c.themes)
        self.view.remark_list.set_themes(c.themes)
        self.view.fill_sessions(c.sessions, c.session_id)
        self.remark_filter.set_session(c.session_id)
        self._bind_theme_shortcuts()
        self.remark_model.set_theme_names({t.id: t.name for t in c.themes})
        self._show_theme()
        self._update_remarks_caption()

    def focus_editor(self) -> None:
        """Put the keyboard in the editor."""
        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_list(self) -> None:
        """F6: the keyboard into the saved remarks, on the newest one when none is selected
        (an empty selection leaves every remark action with nothing to act on)."""
        view = self.view.remark_list
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        selection = view.selectionModel()
        if view.currentIndex().isValid() and selection is not None and selection.hasSelection():
            return
        newest, when = -1, None
        for row in range(self.remark_filter.rowCount()):
            source = self.remark_filter.mapToSource(self.remark_filter.index(row, TEXT))
            remark = self.remark_model.remark_at(source.row())
            if remark is not None and (when is None or remark.created_at >= when):
                newest, when = row, remark.created_at
        if newest >= 0:
            index = self.remark_filter.index(newest, TEXT)
            view.setCurrentIndex(index)
            view.scrollTo(index)

    def show_remark(self, remark_id: str) -> bool:
        """Select one remark in the list and put the keyboard there (from the pre-flight);
        False, with a status message, when it is not in the list shown."""
        self.ensure_loaded()
        row = self.remark_model.row_of(remark_id)
        index = self.remark_filter.mapFromSource(self.remark_model.index(row, TEXT))
        if row < 0 or not index.isValid():
            self.status_message.emit(
                tr(
                    "Workspace",
                    "That remark is in another agenda session: choose the session (Ctrl+Shift+S).",
                )
            )
            return False
        view = self.view.remark_list
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        view.setCurrentIndex(index)
        view.scrollTo(index)
        return True

    # ------------------------------------------------------------------ setup
    def _make_actions(self) -> None:
        self.save_action = shortcut_action(
            self, tr("Workspace", "Save remark"), ("Ctrl+Return", "Ctrl+Enter"), self._save
        )
        self.session_action = shortcut_action(
            self, tr("Workspace", "Choose agenda session"), ("Ctrl+Shift+S",), self._choose_session
        )
        self.focus_editor_action = shortcut_action(
            self, tr("Workspace", "Go to editor"), ("Ctrl+E",), self.focus_editor
        )
        self.focus_list_action = shortcut_action(
            self,
            tr("Workspace", "Go to saved remarks"),
            FOCUS_LIST_KEYS,
            self.focus_list,
        )
        for binding in ShortcutMap([]).bindings():
            if binding.action == "kind":
                kind = str(binding.arg)
                shortcut_action(
                    self,
                    tr("Workspace", "Kind: %1").replace("%1", kind_label(kind)),
                    binding.keys,
                    partial(self._select_kind, kind),
                )
        self.undo_action = self.undo_stack.createUndoAction(self, tr("Workspace", "&Undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, tr("Workspace", "&Redo"))
        for action, keys in ((self.undo_action, UNDO_KEYS), (self.redo_action, REDO_KEYS)):
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def _bind_theme_shortcuts(self) -> None:
        for action in self._theme_actions:
            self.removeAction(action)
            action.deleteLater()
        self._theme_actions = []
        themes = self.controller.themes if self.controller else []
        for binding in ShortcutMap(themes).bindings():
            if binding.action == "theme":
                theme_id = int(binding.arg or 0)
                action = shortcut_action(
                    self,
                    tr("Workspace", "Theme: %1").replace("%1", binding.label),
                    binding.keys,
                    partial(self._select_theme, theme_id),
                )
                # Help lists these as one row, never by name (theme names are event data).
                action.setProperty(
                    HELP_GROUP, tr("Workspace", "Choose a theme (its key is shown beside it)")
                )
                self._theme_actions.append(action)

    def _connect_signals(self) -> None:
        v = self.view
        v.save_button.clicked.connect(self._save)
        v.kind_combo.currentIndexChanged.connect(
            lambda _i: self._select_kind(str(v.kind_combo.currentData()))
        )
        v.session_combo.currentIndexChanged.connect(
            lambda _i: self._select_session(v.session_combo.currentData())
        )
        v.theme_list.clicked.connect(
            lambda index: self._select_theme(int(index.data(ThemeListModel.IdRole)))
        )
        v.theme_list.activated.connect(
            lambda index: self._select_theme(int(index.data(ThemeListModel.IdRole)))
        )
        v.banner.restore_clicked.connect(self._restore_draft)
        v.banner.discard_clicked.connect(self._discard_draft)
        c = self.curation
        v.remark_list.delete_requested.connect(
            lambda rid: c.delete(rid, self.remark_model.row_of(rid))
        )
        v.remark_list.refile_requested.connect(c.refile)
        v.remark_list.dismiss_requested.connect(self.dialogs.ask_dismissal)
        v.remark_list.status_requested.connect(lambda rid, status: c.set_status([rid], status))
        v.remark_list.key_point_requested.connect(lambda rid, flag: c.set_key_point([rid], flag))
        v.remark_list.reword_requested.connect(self.dialogs.ask_rewording)
        self.editor.dismiss_requested.connect(self._dismiss_in_editor)
        self.remark_model.edit_requested.connect(c.edit)
        self.remark_filter.rowsInserted.connect(lambda *_: self._update_remarks_caption())
        self.remark_filter.rowsRemoved.connect(lambda *_: self._update_remarks_caption())
        self.remark_filter.modelReset.connect(self._update_remarks_caption)
        self.live.scanned.connect(self._show_findings_count)
        self.draft_timer.timeout.connect(self._save_draft)

    def _rebuild_checks(self) -> None:
        # Building the guard folds every spelling of every term: do it only when they changed.
        assert self._vault is not None
        terms = self._vault.terms()
        strict = self._vault.strict_affiliation()
        key = (*terms, strict)
        if self.checks is None or key != self._terms_key:
            self.checks = CaptureChecks(terms, self._vault.dismissals(), affiliation=strict)
            self._terms_key = key
            self.remark_model.set_findings_source(self.checks.remark_findings)
            self.live.set_scanner(self.checks.editor_findings)

    def _take_draft(self, resume: bool) -> None:
        assert self._vault is not None and self.controller is not None
        try:
            draft = self._vault.draft()
        except Exception as exc:  # noqa: BLE001
            self._report_error(
                tr("Workspace", "Could not read the recovered text: %1").replace(
                    "%1", plain_reason(exc)
                )
            )
            return
        if draft is None:
            return
        if resume:
            self.editor.setPlainText(self.controller.adopt_draft(draft))
            self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
            self._show_choices()
        else:
            self.controller.offer_draft(draft)
            self.view.banner.offer(local_clock(draft.updated_at, seconds=False))

    # ------------------------------------------------------------------ choices
    def _show_choices(self) -> None:
        c = self.controller
        if c is None:
            return
        self.view.show_kind(c.kind)
        self.view.fill_sessions(c.sessions, c.session_id)
        self.remark_filter.set_session(c.session_id)
        self._show_theme()
        self._update_remarks_caption()

    def _show_theme(self) -> None:
        c = self.controller
        theme = c.theme() if c else None
        self.view.theme_caption.setText(
            tr("Workspace", "Theme: %1").replace("%1", theme.name)
            if theme
            else tr("Workspace", "No theme yet: add one in Event setup")
        )
        row = self.theme_model.row_of(theme.id) if theme else -1
        if row >= 0:
            self.view.theme_list.selectionModel().setCurrentIndex(
                self.theme_model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _select_theme(self, theme_id: int) -> None:
        if self.controller is not None and self.controller.select_theme(theme_id):
            self._show_theme()
            self._save_draft()  # a theme switch is a natural pause: keep the text safe now

    def _select_kind(self, kind: str) -> None:
        if self.controller is not None and self.controller.select_kind(kind):
            self.view.show_kind(kind)

    def _select_session(self, session_id: int | None) -> None:
        if self.controller is not None and self.controller.select_session(session_id):
            self.remark_filter.set_session(session_id)
            self._update_remarks_caption()

    def _choose_session(self) -> None:
        self.view.session_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.view.session_combo.showPopup()

    def _update_remarks_caption(self) -> None:
        count = self.remark_filter.rowCount()
        caption = (
            tr("Workspace", "&Remarks in this session: %1 (%2)")
            if self.remark_filter.session_id is not None
            else tr("Workspace", "&Remarks in all sessions: %1 (%2)")
        )
        self.view.remarks_caption.setText(
            caption.replace("%1", str(count)).replace("%2", FOCUS_LIST_KEYS[0])
        )

    def _show_findings_count(self, findings: list[Finding]) -> None:
        n = len(findings)
        self.view.findings_label.setText(
            ""
            if not n
            else tr(
                "Guard", "⚠ %n possible attributions: hover the underline, right-click", None, n
            )
        )

    # ------------------------------------------------------------------ saving
    def _save(self) -> None:
        c = self.controller
        if c is None:
            return
        self.ensure_loaded()  # the new row goes after the ones already saved
        outcome = c.save(self.editor.toPlainText())
        if outcome is None:
            return
        if outcome.remark is None:
            if outcome.file_lost:
                # Never keep claiming "Saved" over a file that is gone.
                self.view.saved_label.setText(
                    tr("Workspace", "⚠ Not saved: the vault file was deleted or moved")
                )
            self._report_error(outcome.message)
            if outcome.file_lost:
                self.file_lost.emit()
            return
        remark = outcome.remark
        if self.checks is not None:
            self.checks.reset_editor()
        self.editor.clear()
        self.remark_model.append(remark)
        self.theme_model.add_to_count(remark.theme_id, +1)
        self.view.show_kind(c.kind)
        self.view.saved_label.setText(
            tr("Workspace", "✓ Saved %1").replace("%1", local_clock(remark.created_at))
        )
        self.view.message.say("")
        self.view.remark_list.scrollToBottom()
        self.status_message.emit(outcome.message)

    def draft_state(self) -> tuple[str, int | None, str, int | None]:
        """What is being typed, with its theme, kind and session (for "Save as…")."""
        c = self.controller
        text = self.editor.toPlainText()
        if c is None:
            return (text, None, "observation", None)
        return (text, c.theme_id, c.kind, c.session_id)

    def _save_draft(self) -> None:
        c = self.controller
        if c is None:
            return
        text = self.editor.toPlainText()
        if not c.draft_due(text):
            return
        error = c.save_draft(text)
        if error:
            self._report_error(error)
        else:
            self.draft_saved.emit()

    def _restore_draft(self) -> None:
        if self.controller is None:
            return
        self.editor.setPlainText(self.controller.restore_draft(self.editor.toPlainText()))
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        self.view.banner.hide()
        self._show_choices()
        self.focus_editor()

    def _discard_draft(self) -> None:
        if self.controller is None:
            return
        error = self.controller.discard_draft()
        self.view.banner.hide()
        if error:
            self._report_error(error)
        self.focus_editor()

    def _dismiss_in_editor(self, finding: Finding) -> None:
        if self.checks is not None:
            self.checks.dismiss_in_editor(finding)
            self.live.scan_now(force=True)

    def _finding_dismissed(self, remark_id: str, finding: Finding) -> None:
        if self.checks is not None:
            self.checks.record_decision(remark_target(remark_id), finding.text, finding.category)
        self.remark_model.forget_findings(remark_id)

    def _report_error(self, message: str) -> None:
        self.view.message.say(message, error=True)
        self.status_message.emit(message)
