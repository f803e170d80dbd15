"""Themes tab: add, rename, reorder, colour, shortcut and delete; each one a single vault write."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from roundtable_app.errors import RoundtableError
from roundtable_app.ui.error_words import plain_error
from roundtable_app.ui.i18n import tr
from roundtable_app.ui.theme import error_css
from roundtable_app.vault import ThemeInfo, Vault


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class ThemesTab(QWidget):
    """Each button is one atomic vault call, so nothing is ever half-saved."""

    changed = Signal()
    #: A description was typed (the dialog's status line follows it).
    descriptions_changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("ThemesTab", "Themes"))
        self.add_button = self._button(tr("ThemesTab", "&Add…"), tr("ThemesTab", "Add a theme"))
        self.rename_button = self._button(
            tr("ThemesTab", "Re&name…"), tr("ThemesTab", "Rename the selected theme")
        )
        self.up_button = self._button(
            tr("ThemesTab", "Move &up"), tr("ThemesTab", "Move the selected theme up")
        )
        self.down_button = self._button(
            tr("ThemesTab", "Move do&wn"), tr("ThemesTab", "Move the selected theme down")
        )
        self.colour_button = self._button(
            tr("ThemesTab", "&Colour…"), tr("ThemesTab", "Choose the selected theme's colour")
        )
        self.delete_button = self._button(
            tr("ThemesTab", "De&lete"), tr("ThemesTab", "Delete the selected theme")
        )
        self.shortcut_spin = QSpinBox(self)
        self.shortcut_spin.setRange(0, 9)
        self.shortcut_spin.setSpecialValueText(tr("ThemesTab", "none"))
        self.shortcut_spin.setAccessibleName(tr("ThemesTab", "Shortcut digit (Ctrl+digit)"))
        # The spin box hands its focus to its line edit: a screen reader announces that one.
        self.shortcut_spin.lineEdit().setAccessibleName(self.shortcut_spin.accessibleName())
        shortcut_label = QLabel(tr("ThemesTab", "Shortcut Ctrl+&digit:"), self)
        shortcut_label.setBuddy(self.shortcut_spin)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setAccessibleName(
            tr("ThemesTab", "Description of the selected theme")
        )
        self.description_edit.setPlaceholderText(
            tr(
                "ThemesTab",
                "A sentence or two the summary prints under the theme's name (optional)",
            )
        )
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        description_label = QLabel(
            tr("ThemesTab", "Descr&iption (printed under the theme's name):"), self
        )
        description_label.setBuddy(self.description_edit)
        #: Typed descriptions not yet saved, by theme id (Save writes them).
        self.pending: dict[int, str] = {}
        self._shown: int | None = None
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(error_css())
        side = QVBoxLayout()
        for b in (
            self.add_button,
            self.rename_button,
            self.up_button,
            self.down_button,
            self.colour_button,
        ):
            side.addWidget(b)
        side.addWidget(shortcut_label)
        side.addWidget(self.shortcut_spin)
        side.addWidget(self.delete_button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(description_label)
        layout.addWidget(self.description_edit)
        layout.addWidget(self.message)
        # Tab follows the side column as it reads: the digit sits between Colour and Delete.
        QWidget.setTabOrder(self.colour_button, self.shortcut_spin)
        QWidget.setTabOrder(self.shortcut_spin, self.delete_button)
        self._connect_signals()
        self.load()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        return button

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._ask_add)
        self.rename_button.clicked.connect(self._ask_rename)
        self.up_button.clicked.connect(
            lambda: self._with_current(lambda t: self.move_theme(t.id, -1))
        )
        self.down_button.clicked.connect(
            lambda: self._with_current(lambda t: self.move_theme(t.id, 1))
        )
        self.colour_button.clicked.connect(self._ask_colour)
        self.delete_button.clicked.connect(lambda: self._with_current(lambda t: self.delete(t.id)))
        self.shortcut_spin.editingFinished.connect(
            lambda: self._with_current(
                lambda t: self.set_shortcut(t.id, self.shortcut_spin.value() or None)
            )
        )
        self.list.currentRowChanged.connect(self._show_current)
        self.description_edit.textChanged.connect(self._typed_description)

    # ------------------------------------------------------------------ state
    def load(self, select: int | None = None) -> None:
        """Re-read the themes; select ``select`` (a theme id) or keep the current one."""
        current = self.current()
        wanted = select if select is not None else (current.id if current else None)
        self.themes: list[ThemeInfo] = self.vault.themes()
        self.pending = {k: v for k, v in self.pending.items() if k in {t.id for t in self.themes}}
        self.list.blockSignals(True)
        self.list.clear()
        for t in self.themes:
            key = f"Ctrl+{t.shortcut}" if t.shortcut else "no shortcut"
            item = QListWidgetItem(_swatch(t.colour), f"{t.name}   ({key}, {t.remark_count})")
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            self.list.addItem(item)
        ids = [t.id for t in self.themes]
        self.list.setCurrentRow(ids.index(wanted) if wanted in ids else (0 if ids else -1))
        self.list.blockSignals(False)
        self._show_current()

    def current(self) -> ThemeInfo | None:
        """The selected theme."""
        row = self.list.currentRow()
        themes = getattr(self, "themes", [])
        return themes[row] if 0 <= row < len(themes) else None

    def _show_current(self, *_: object) -> None:
        t = self.current()
        self.shortcut_spin.blockSignals(True)
        self.shortcut_spin.setValue(t.shortcut or 0 if t else 0)
        self.shortcut_spin.blockSignals(False)
        self._shown = None  # the text shown next belongs to ``t``, not to the theme before
        self.description_edit.setEnabled(t is not None)
        self.description_edit.setPlainText(
            "" if t is None else self.pending.get(t.id, t.description)
        )
        self._shown = t.id if t is not None else None

    def _typed_description(self) -> None:
        theme = next((t for t in getattr(self, "themes", []) if t.id == self._shown), None)
        if theme is None:
            return
        text = self.description_edit.toPlainText()
        if text.strip() == theme.description.strip():
            self.pending.pop(theme.id, None)
        else:
            self.pending[theme.id] = text
        self.descriptions_changed.emit()

    @property
    def descriptions_dirty(self) -> bool:
        """Whether a typed description is not in the vault yet."""
        return bool(self.pending)

    def save_descriptions(self) -> None:
        """Write every typed description (raises RoundtableError on the first that fails;
        those written before it stay written and are no longer pending)."""
        for theme_id, text in list(self.pending.items()):
            self.vault.update_theme(theme_id, description=text)
            del self.pending[theme_id]
        self.themes = self.vault.themes()

    def _with_current(self, action: Callable[[ThemeInfo], object]) -> None:
        t = self.current()
        if t is not None:
            action(t)

    def _write(self, write: Callable[[], object], select: int | None = None) -> bool:
        try:
            result = write()
        except RoundtableError as exc:
            self.message.setText(plain_error(exc))
            return False
        self.message.clear()
        if select is None and isinstance(result, ThemeInfo):
            select = result.id
        self.load(select)
        self.changed.emit()
        return True

    # ------------------------------------------------------------------ operations
    def add(self, name: str) -> bool:
        """Add a theme at the end."""
        return self._write(lambda: self.vault.add_theme(name))

    def rename(self, theme_id: int, name: str) -> bool:
        """Rename a theme."""
        return self._write(lambda: self.vault.update_theme(theme_id, name=name))

    def move_theme(self, theme_id: int, delta: int) -> bool:
        """Move a theme up (-1) or down (+1)."""
        index = next(i for i, t in enumerate(self.themes) if t.id == theme_id)
        if not 0 <= index + delta < len(self.themes):
            return False
        return self._write(lambda: self.vault.move_theme(theme_id, index + delta), theme_id)

    def set_colour(self, theme_id: int, colour: str) -> bool:
        """Give a theme a colour (#RRGGBB)."""
        return self._write(lambda: self.vault.update_theme(theme_id, colour=colour))

    def set_shortcut(self, theme_id: int, digit: int | None) -> bool:
        """Give a theme Ctrl+digit (taken from any theme that had it), or none."""
        return self._write(lambda: self.vault.update_theme(theme_id, shortcut=digit))

    def delete(self, theme_id: int) -> bool:
        """Delete a theme that holds no remarks."""
        return self._write(lambda: self.vault.delete_theme(theme_id), -1)

    def _ask_add(self) -> None:
        name, ok = QInputDialog.getText(
            self, tr("ThemesTab", "Add a theme"), tr("ThemesTab", "Theme name:")
        )
        if ok:
            self.add(name)

    def _ask_rename(self) -> None:
        t = self.current()
        if t is None:
            return
        name, ok = QInputDialog.getText(
            self, tr("ThemesTab", "Rename the theme"), tr("ThemesTab", "Theme name:"), text=t.name
        )
        if ok:
            self.rename(t.id, name)

    def _ask_colour(self) -> None:
        t = self.current()
        if t is None:
            return
        colour = QColorDialog.getColor(QColor(t.colour), self, tr("ThemesTab", "Theme colour"))
        if colour.isValid():
            self.set_colour(t.id, colour.name())
