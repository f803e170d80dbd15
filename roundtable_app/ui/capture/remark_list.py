"""The list of saved remarks: a table filtered to the current agenda session, with a menu."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from roundtable_app.vault.types import REMARK_KINDS, RemarkInfo, ThemeInfo

from .controller import kind_label
from .remark_model import KIND, TEXT, THEME, TIME, RemarkTableModel
from .shortcuts import DELETE_KEYS, EDIT_KEYS, KIND_MENU_KEYS, MOVE_KEYS


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
        row: int,  # noqa: N802
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """Keep a row when it belongs to the chosen session."""
        if self.session_id is None:
            return True
        index = self.sourceModel().index(row, 0, parent)
        return bool(index.data(RemarkTableModel.SessionRole) == self.session_id)


class RemarkListView(QTableView):
    """Saved remarks; F2 edits in place, Delete deletes, Ctrl+T moves, Ctrl+K changes the kind."""

    delete_requested = Signal(str)
    refile_requested = Signal(str, object, object)  # remark id, theme id or None, kind or None
    dismiss_requested = Signal(str, object)  # remark id, Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Saved remarks")
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
        self.edit_action = self._action("&Edit text", EDIT_KEYS, self._edit)
        self.delete_action = self._action("&Delete remark", DELETE_KEYS, self._delete)
        self.move_action = self._action("&Move to theme…", MOVE_KEYS, self._popup_move)
        self.kind_action = self._action("Change &kind…", KIND_MENU_KEYS, self._popup_kind)

    def _action(self, text: str, keys: tuple[str, ...], slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({keys[0]})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def configure_columns(self) -> None:
        """Size the columns once a model is set: the text takes what is left."""
        header = self.horizontalHeader()
        fm = self.fontMetrics()
        em = fm.averageCharWidth()
        longest_kind = max(fm.horizontalAdvance(kind_label(k)) for k in REMARK_KINDS)
        # Fixed widths, not ResizeToContents: long theme names would squeeze the remark text,
        # and measuring contents means visiting rows. The theme column can still be dragged.
        widths = {TIME: em * 8, THEME: em * 42, KIND: longest_kind + em * 3}
        for col, width in widths.items():
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(col, width)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)

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
        menu = QMenu("Move to theme", self)
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
        menu = QMenu("Kind", self)
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
        menu.addAction(self.edit_action)
        menu.addMenu(self.move_menu(remark))
        menu.addMenu(self.kind_menu(remark))
        findings = self.currentIndex().siblingAtColumn(TEXT).data(RemarkTableModel.FindingsRole)
        if findings:
            sub = menu.addMenu("Dismiss a &finding")
            for f in findings:
                action = sub.addAction(f"“{f.text}” — {f.reason}")
                action.triggered.connect(
                    lambda _=False, f=f: self.dismiss_requested.emit(remark.id, f)
                )
        menu.addSeparator()
        menu.addAction(self.delete_action)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
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

    def _popup_kind(self) -> None:
        remark = self.current_remark()
        if remark is not None:
            self._popup(self.kind_menu(remark))
