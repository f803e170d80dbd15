"""The list of saved remarks: a table filtered to the current agenda session, with a menu."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from roundtable_app.ui.guard_words import reason_text
from roundtable_app.ui.i18n import QT_TRANSLATE_NOOP, tr
from roundtable_app.vault.types import REMARK_KINDS, RemarkInfo, ThemeInfo

from .controller import kind_label
from .remark_model import (
    KEY_POINT_MARK,
    KIND,
    REWORDED_MARK,
    STATUS,
    TEXT,
    THEME,
    TIME,
    RemarkTableModel,
)
from .shortcuts import (
    DELETE_KEYS,
    EDIT_KEYS,
    EXCLUDE_KEYS,
    KEY_POINT_KEYS,
    KIND_MENU_KEYS,
    MOVE_KEYS,
    REWORD_KEYS,
)

EXCLUDE_TEXT = QT_TRANSLATE_NOOP("RemarkList", "E&xclude from the summary")
INCLUDE_TEXT = QT_TRANSLATE_NOOP("RemarkList", "Include in the &summary")


def summary_marks_example() -> str:
    """The widest text the Summary column shows (for its width)."""
    return f"{tr('RemarkModel', KEY_POINT_MARK)}  {tr('RemarkModel', REWORDED_MARK)}"


class SessionFilter(QSortFilterProxyModel):
    """Only the remarks of one agenda session (or all, when no session is chosen)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.session_id: int | None = None

    def set_session(self, session_id: int | None) -> None:
        """Show the remarks of this session (None: every remark)."""
        self.beginFilterChange()
        self.session_id = session_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self,
        row: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """Keep a row when it belongs to the chosen session."""
        if self.session_id is None:
            return True
        index = self.sourceModel().index(row, 0, parent)
        return bool(index.data(RemarkTableModel.SessionRole) == self.session_id)


class RemarkListView(QTableView):
    """Saved remarks; F2 edits in place, Delete deletes, Ctrl+T moves, Ctrl+K changes the kind;
    Ctrl+Shift+X excludes from (or includes in) the summary, Ctrl+Shift+K marks a key point,
    Ctrl+R rewords for the summary."""

    delete_requested = Signal(str)
    #: The selected remark's whole current text ('' when none is selected).
    preview_changed = Signal(str)
    refile_requested = Signal(str, object, object)  # remark id, theme id or None, kind or None
    dismiss_requested = Signal(str, object)  # remark id, Finding
    status_requested = Signal(str, str)  # remark id, "excluded" or "included"
    key_point_requested = Signal(str, bool)  # remark id, whether it is a key point
    reword_requested = Signal(str)  # remark id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("RemarkList", "Saved remarks"))
        # Tab leaves the table for the next control; the arrow keys move between cells.
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setWordWrap(False)
        self.verticalHeader().hide()
        # Fixed row heights: the view never measures ten thousand rows.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setAlternatingRowColors(True)
        self._themes: list[ThemeInfo] = []
        # F2 is also Qt's edit key; as an action it shows in the menu and in Help → Keyboard.
        self.edit_action = self._action(tr("RemarkList", "&Edit text"), EDIT_KEYS, self._edit)
        self.delete_action = self._action(
            tr("RemarkList", "&Delete remark"), DELETE_KEYS, self._delete
        )
        self.move_action = self._action(
            tr("RemarkList", "&Move to theme…"), MOVE_KEYS, self._popup_move
        )
        self.kind_action = self._action(
            tr("RemarkList", "Change &kind…"), KIND_MENU_KEYS, self._popup_kind
        )
        self.exclude_action = self._action(
            tr("RemarkList", EXCLUDE_TEXT), EXCLUDE_KEYS, self._toggle_excluded
        )
        self.key_point_action = self._action(
            tr("RemarkList", "Key &point"), KEY_POINT_KEYS, self._toggle_key_point
        )
        self.key_point_action.setCheckable(True)
        self.reword_action = self._action(
            tr("RemarkList", "&Reword for the summary…"), REWORD_KEYS, self._reword
        )

    def _action(self, text: str, keys: tuple[str, ...], slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        name = text.replace("&", "").rstrip("…")
        # Tooltip and status tip are what screen readers and Help read for an action.
        action.setToolTip(f"{name} ({keys[0]})")
        action.setStatusTip(name)
        action.setObjectName(name.lower().replace(" ", "_"))
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    def sync_actions(self, remark: RemarkInfo | None = None) -> None:
        """Name the toggles for a remark's state ("Include" for an excluded one, …)."""
        remark = remark if remark is not None else self.current_remark()
        self.preview_changed.emit("" if remark is None else remark.current_text)
        excluded = remark is not None and remark.status == "excluded"
        self.exclude_action.setText(tr("RemarkList", INCLUDE_TEXT if excluded else EXCLUDE_TEXT))
        self.key_point_action.setChecked(remark is not None and remark.key_point)
        # A key point of a remark the summary leaves out would mean nothing.
        self.key_point_action.setEnabled(not excluded)
        self.reword_action.setEnabled(not excluded)

    def configure_columns(self) -> None:
        """Size the columns once a model is set: the text takes what is left."""
        header = self.horizontalHeader()
        fm = self.fontMetrics()
        em = fm.averageCharWidth()
        longest_kind = max(fm.horizontalAdvance(kind_label(k)) for k in REMARK_KINDS)
        # Fixed widths, not ResizeToContents: long theme names would squeeze the remark text,
        # and measuring contents means visiting rows. The theme column can still be dragged.
        marks = fm.horizontalAdvance(summary_marks_example())
        # the day and time ("Wed 14:05", "sre 14:05"), with room to spare for the padding
        clock = fm.horizontalAdvance("Www 00:00") + em * 3
        widths = {TIME: clock, THEME: em * 34, KIND: longest_kind + em * 3, STATUS: marks + em * 3}
        for col, width in widths.items():
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(col, width)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        # The summary marks sit at the right edge, after the text that stretches.
        header.setStretchLastSection(False)

    def set_themes(self, themes: list[ThemeInfo]) -> None:
        """The themes a remark can be moved to."""
        self._themes = list(themes)

    def current_remark(self) -> RemarkInfo | None:
        """The selected remark."""
        index = self.currentIndex()
        if not index.isValid():
            return None
        remark = index.data(RemarkTableModel.RemarkRole)
        return remark if isinstance(remark, RemarkInfo) else None

    # ------------------------------------------------------------------ menus
    def move_menu(self, remark: RemarkInfo) -> QMenu:
        """Themes to move a remark to, numbered for the keyboard."""
        menu = QMenu(tr("RemarkList", "Move to theme"), self)
        for i, theme in enumerate(self._themes, start=1):
            label = f"&{i} {theme.name}" if i < 10 else theme.name
            action = menu.addAction(label)
            action.setEnabled(theme.id != remark.theme_id)
            action.triggered.connect(
                lambda _=False, t=theme.id: self.refile_requested.emit(remark.id, t, None)
            )
        return menu

    def kind_menu(self, remark: RemarkInfo) -> QMenu:
        """Kinds to give a remark, numbered as Alt+1 … Alt+6 are."""
        menu = QMenu(tr("RemarkList", "Kind"), self)
        for i, kind in enumerate(REMARK_KINDS, start=1):
            action = menu.addAction(f"&{i} {kind_label(kind)}")
            action.setCheckable(True)
            action.setChecked(kind == remark.kind)
            action.triggered.connect(
                lambda _=False, k=kind: self.refile_requested.emit(remark.id, None, k)
            )
        return menu

    def context_menu(self, remark: RemarkInfo) -> QMenu:
        """Everything one can do to a saved remark."""
        menu = QMenu(self)
        self.sync_actions(remark)
        menu.addAction(self.edit_action)
        menu.addMenu(self.move_menu(remark))
        menu.addMenu(self.kind_menu(remark))
        menu.addSeparator()
        menu.addAction(self.reword_action)
        menu.addAction(self.key_point_action)
        menu.addAction(self.exclude_action)
        findings = self.currentIndex().siblingAtColumn(TEXT).data(RemarkTableModel.FindingsRole)
        if findings:
            sub = menu.addMenu(tr("RemarkList", "Dismiss a &finding"))
            for f in findings:
                action = sub.addAction(f"“{f.text}” — {reason_text(f.reason)}".replace("&", "&&"))
                action.triggered.connect(
                    lambda _=False, f=f: self.dismiss_requested.emit(remark.id, f)
                )
        menu.addSeparator()
        menu.addAction(self.delete_action)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Right-click or the menu key."""
        remark = self.current_remark()
        if remark is None:
            return
        menu = self.context_menu(remark)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _popup(self, menu: QMenu) -> None:
        rect = self.visualRect(self.currentIndex())
        menu.exec(self.viewport().mapToGlobal(rect.bottomLeft()))
        menu.deleteLater()

    def _edit(self) -> None:
        if self.currentIndex().isValid():
            self.edit(self.currentIndex().siblingAtColumn(TEXT))

    def _delete(self) -> None:
        remark = self.current_remark()
        if remark is not None:
            self.delete_requested.emit(remark.id)

    def _popup_move(self) -> None:
        remark = self.current_remark()
        if remark is not None:
            self._popup(self.move_menu(remark))

    def currentChanged(
        self,
        current: QModelIndex | QPersistentModelIndex,
        previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Keep the toggles' names in step with the selected remark."""
        super().currentChanged(current, previous)
        self.sync_actions()

    def _toggle_excluded(self) -> None:
        remark = self.current_remark()
        if remark is not None:
            excluded = remark.status == "excluded"
            self.status_requested.emit(remark.id, "included" if excluded else "excluded")
        self.sync_actions()

    def _toggle_key_point(self) -> None:
        remark = self.current_remark()
        if remark is not None and remark.status != "excluded":
            self.key_point_requested.emit(remark.id, not remark.key_point)
        self.sync_actions()  # a checkable action flips itself; the vault has the last word

    def _reword(self) -> None:
        remark = self.current_remark()
        if remark is not None and remark.status != "excluded":
            self.reword_requested.emit(remark.id)

    def _popup_kind(self) -> None:
        remark = self.current_remark()
        if remark is not None:
            self._popup(self.kind_menu(remark))
