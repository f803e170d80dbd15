"""The theme list beside the editor: name, remark count and the Ctrl+digit that selects it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from roundtable_app.ui.i18n import tr
from roundtable_app.vault.types import ThemeInfo

_Index = QModelIndex | QPersistentModelIndex


class ThemeListModel(QAbstractListModel):
    """Themes in presentation order; counts change with ``dataChanged`` on their own roles."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    NameRole = Qt.ItemDataRole.UserRole + 2
    CountRole = Qt.ItemDataRole.UserRole + 3
    ShortcutRole = Qt.ItemDataRole.UserRole + 4
    ColourRole = Qt.ItemDataRole.UserRole + 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._themes: list[ThemeInfo] = []

    def set_themes(self, themes: list[ThemeInfo]) -> None:
        """Replace the whole list (after setup changed the themes; a handful of rows)."""
        self.beginResetModel()
        self._themes = list(themes)
        self.endResetModel()

    def themes(self) -> list[ThemeInfo]:
        """The themes shown, in order."""
        return list(self._themes)

    def row_of(self, theme_id: int) -> int:
        """The row of a theme, or -1."""
        return next((i for i, t in enumerate(self._themes) if t.id == theme_id), -1)

    def add_to_count(self, theme_id: int, delta: int) -> None:
        """Change one theme's count without touching the other rows."""
        row = self.row_of(theme_id)
        if row < 0:
            return
        t = self._themes[row]
        self._themes[row] = replace(t, remark_count=max(0, t.remark_count + delta))
        index = self.index(row, 0)
        self.dataChanged.emit(
            index,
            index,
            [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, self.CountRole],
        )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of themes (a flat list)."""
        return 0 if parent.isValid() else len(self._themes)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Theme values by role; the display shows the shortcut and the count."""
        if not index.isValid() or not 0 <= index.row() < len(self._themes):
            return None
        t = self._themes[index.row()]
        key = f"Ctrl+{t.shortcut}" if t.shortcut is not None else "—"
        n = t.remark_count  # a plain name: lupdate skips a tr() whose count is an attribute
        if role == Qt.ItemDataRole.DisplayRole:
            count = tr("ThemeModel", "%n remarks", None, n)
            return f"{t.name}\n{key} · {count}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            count = tr("ThemeModel", "%n remarks", None, n)
            return (
                tr("ThemeModel", "%1, %2, shortcut %3")
                .replace("%1", t.name)
                .replace("%2", count)
                .replace("%3", key)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            count = tr("ThemeModel", "%n remarks", None, n)
            return (
                tr("ThemeModel", "%1: %2. Select with %3.")
                .replace("%1", t.name)
                .replace("%2", count)
                .replace("%3", key)
            )
        if role == Qt.ItemDataRole.DecorationRole or role == self.ColourRole:
            return QColor(t.colour)
        if role == self.IdRole:
            return t.id
        if role == self.NameRole:
            return t.name
        if role == self.CountRole:
            return t.remark_count
        if role == self.ShortcutRole:
            return t.shortcut
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        """Role names, for anything that binds by name."""
        names = dict(super().roleNames())
        for role, name in (
            (self.IdRole, b"themeId"),
            (self.NameRole, b"name"),
            (self.CountRole, b"count"),
            (self.ShortcutRole, b"shortcut"),
            (self.ColourRole, b"colour"),
        ):
            names[role] = QByteArray(name)
        return names
