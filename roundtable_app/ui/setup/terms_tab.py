"""Protected terms tab: a table over :class:`TermsTableModel`, rows added, deleted or imported."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from roundtable_app.errors import InputError
from roundtable_app.guard import TERM_KINDS, read_terms_csv
from roundtable_app.ui.error_words import plain_error
from roundtable_app.ui.guard_words import term_kind_text
from roundtable_app.ui.i18n import tr
from roundtable_app.ui.theme import error_css

from .terms_model import KIND, TermsTableModel

_Index = QModelIndex | QPersistentModelIndex


class KindDelegate(QStyledItemDelegate):
    """A combo box for the kind column."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: _Index,
    ) -> QWidget:
        """A combo of the term kinds."""
        combo = QComboBox(parent)
        combo.setAccessibleName(tr("TermsTab", "Kind of term"))
        for kind in TERM_KINDS:
            combo.addItem(term_kind_text(kind), kind)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        """Select the cell's kind."""
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: _Index,
    ) -> None:
        """Write the chosen kind."""
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class TermsTab(QWidget):
    """Names, organisations, roles and places the guard warns about (never exported)."""

    #: Terms read from a CSV file and merged into the table (the dialog saves them at once).
    imported = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TermsTableModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(tr("TermsTab", "Protected terms"))
        # Tab leaves the table for the next control; the arrow keys move between cells.
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(KIND, KindDelegate(self.table))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(tr("TermsTab", "&Add term"), self)
        self.add_button.setAccessibleName(tr("TermsTab", "Add a protected term"))
        self.delete_button = QPushButton(tr("TermsTab", "&Delete term"), self)
        self.delete_button.setAccessibleName(tr("TermsTab", "Delete the selected term"))
        self.import_button = QPushButton(tr("TermsTab", "&Import CSV…"), self)
        self.import_button.setAccessibleName(
            tr("TermsTab", "Import protected terms from a CSV file")
        )
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("TermsTab", "Import result"))
        note = QLabel(
            tr(
                "TermsTab",
                "The guard warns when these appear in a remark. They are never exported.",
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.delete_button, self.import_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._add)
        self.delete_button.clicked.connect(self._delete)
        self.import_button.clicked.connect(self._choose_csv)

    def _add(self) -> None:
        row = self.model.add_row()
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def _delete(self) -> None:
        self.model.remove_row(self.table.currentIndex().row())

    def _choose_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("TermsTab", "Import protected terms"),
            "",
            tr("TermsTab", "CSV files (*.csv);;All files (*)"),
        )
        if path:
            self.import_csv(path)

    def import_csv(self, path: str) -> bool:
        """Merge a terms CSV into the table (saved with the dialog); False and a plain message
        naming the file and line when it cannot be read."""
        try:
            terms = read_terms_csv(path)
        except InputError as exc:
            self.say(tr("TermsTab", "Nothing imported: %1").replace("%1", plain_error(exc)), True)
            return False
        added, updated = self.model.merge(terms)
        self.say(
            tr("TermsTab", "%n terms added, %1 updated and saved.", None, added).replace(
                "%1", str(updated)
            )
        )
        self.imported.emit(list(terms))
        return True

    def say(self, text: str, error: bool = False) -> None:
        """Show a note under the table (red for an error)."""
        self.message.setStyleSheet(error_css() if error else "")
        self.message.setText(text)
