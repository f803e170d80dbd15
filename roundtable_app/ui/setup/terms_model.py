"""The protected terms as an editable table: term, kind, aliases (``; ``-separated)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from roundtable_app.errors import InputError
from roundtable_app.guard import TERM_KINDS, Term
from roundtable_app.ui.guard_words import term_kind_text
from roundtable_app.ui.i18n import QT_TRANSLATE_NOOP, tr

_Index = QModelIndex | QPersistentModelIndex
# Marked for translation here, translated where shown (headerData).
COLUMNS = (
    QT_TRANSLATE_NOOP("TermsModel", "Term"),
    QT_TRANSLATE_NOOP("TermsModel", "Kind"),
    QT_TRANSLATE_NOOP("TermsModel", "Other spellings (separated by ;)"),
)
TERM, KIND, ALIASES = range(3)


def split_aliases(text: str) -> tuple[str, ...]:
    """``"A; B;; A"`` → ``("A", "B")``."""
    return tuple(dict.fromkeys(" ".join(a.split()) for a in text.split(";") if a.strip()))


class TermsTableModel(QAbstractTableModel):
    """Rows being edited; :meth:`terms` validates them into :class:`Term` values."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[list[str]] = []  # [term, kind, aliases-text]
        self.dirty = False

    def set_terms(self, terms: list[Term]) -> None:
        """Show these terms (a reset: a new list)."""
        self.beginResetModel()
        self._rows = [[t.term, t.kind, "; ".join(t.aliases)] for t in terms]
        self.endResetModel()

    def merge(self, terms: list[Term]) -> tuple[int, int]:
        """Add imported terms, or update a listed one's kind and aliases; (added, updated)."""
        added = updated = 0
        index = {row[TERM].casefold(): i for i, row in enumerate(self._rows)}
        for t in terms:
            i = index.get(t.term.casefold())
            if i is None:
                self.add_row(t.term, t.kind, "; ".join(t.aliases))
                index[t.term.casefold()] = len(self._rows) - 1
                added += 1
            else:
                old = split_aliases(self._rows[i][ALIASES])
                self._rows[i][KIND] = t.kind
                self._rows[i][ALIASES] = "; ".join(dict.fromkeys([*old, *t.aliases]))
                self.dataChanged.emit(
                    self.index(i, KIND),
                    self.index(i, ALIASES),
                    [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole],
                )
                updated += 1
        self.dirty = self.dirty or bool(terms)
        return added, updated

    def add_row(self, term: str = "", kind: str = "person", aliases: str = "") -> int:
        """Append a row; returns its number."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append([term, kind, aliases])
        self.endInsertRows()
        self.dirty = True
        return row

    def remove_row(self, row: int) -> None:
        """Delete a row."""
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.dirty = True

    def terms(self) -> list[Term]:
        """The rows as terms; blank rows are skipped. Raises InputError naming the row."""
        result: list[Term] = []
        seen: dict[str, int] = {}
        for n, (term, kind, aliases) in enumerate(self._rows, start=1):
            name = " ".join(term.split())
            if not name:
                if aliases.strip():
                    raise InputError(f"row {n}: the term is empty")
                continue
            if kind not in TERM_KINDS:
                raise InputError(f"row {n}: unknown kind {kind!r}")
            if name.casefold() in seen:
                first = seen[name.casefold()]
                raise InputError(f"row {n}: {name!r} is already listed on row {first}")
            seen[name.casefold()] = n
            result.append(Term(name, kind, split_aliases(aliases)))
        return result

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of rows."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Term, kind, aliases."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr("TermsModel", COLUMNS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Every cell is editable."""
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole and index.column() == KIND:
            return term_kind_text(value)  # shown in the user's language, stored as the kind
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value
        return None

    def setData(
        self,
        index: _Index,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        """Edit a cell (validated on save, so a half-typed row is never refused mid-edit)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        self._rows[index.row()][index.column()] = str(value)
        self.dirty = True
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True
