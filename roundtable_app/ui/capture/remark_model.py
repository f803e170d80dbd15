"""The list of remarks under the editor: a table model that grows one row per save.

A save appends with ``beginInsertRows``; an edit or re-filing changes one row with
``dataChanged`` on explicit roles; nothing but a change of agenda session or a reload resets
the model, so it stays fast at ten thousand rows. Guard findings are computed lazily, the first
time a row is painted, and cached per remark until its wording or status changes.

The Remark column shows the current wording (the facilitator's rewording where there is one);
the Summary column says what the export will do with the row: left out, listed as a key point,
reworded. Excluded rows are greyed and struck through, key points are bold.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from roundtable_app.guard.finding import Finding
from roundtable_app.ui.guard_words import reason_text
from roundtable_app.ui.i18n import QT_TRANSLATE_NOOP, tr
from roundtable_app.ui.theme import current as current_theme
from roundtable_app.vault.types import RemarkInfo

from .controller import kind_label, local_day_clock

_Index = QModelIndex | QPersistentModelIndex
FindingsFor = Callable[[RemarkInfo], list[Finding]]

# Marked for translation here, translated where shown (headerData), so a language switch works.
COLUMNS = (
    QT_TRANSLATE_NOOP("RemarkModel", "Time"),
    QT_TRANSLATE_NOOP("RemarkModel", "Theme"),
    QT_TRANSLATE_NOOP("RemarkModel", "Kind"),
    QT_TRANSLATE_NOOP("RemarkModel", "Remark"),
    QT_TRANSLATE_NOOP("RemarkModel", "Summary"),
)
TIME, THEME, KIND, TEXT, STATUS = range(5)
EXCLUDED_MARK = QT_TRANSLATE_NOOP("RemarkModel", "Excluded")
KEY_POINT_MARK = QT_TRANSLATE_NOOP("RemarkModel", "★ Key point")
REWORDED_MARK = QT_TRANSLATE_NOOP("RemarkModel", "✎ Reworded")


def summary_marks(remark: RemarkInfo) -> str:
    """What the Summary column says about a remark ('' when it goes in as captured)."""
    if remark.status == "excluded":
        return tr("RemarkModel", EXCLUDED_MARK)
    marks = [KEY_POINT_MARK] if remark.key_point else []
    if remark.reworded is not None:
        marks.append(REWORDED_MARK)
    return "  ".join(tr("RemarkModel", m) for m in marks)


def summary_tip(remark: RemarkInfo) -> str | None:
    """The Summary column's tooltip: what the marks mean and which key changes them."""
    if remark.status == "excluded":
        return tr("RemarkModel", "Left out of the summary (Ctrl+Shift+X includes it again)")
    lines = []
    if remark.key_point:
        lines.append(tr("RemarkModel", "Listed first in its theme as a key point (Ctrl+Shift+K)"))
    if remark.reworded is not None:
        lines.append(
            tr("RemarkModel", "The summary uses the facilitator's wording (Ctrl+R changes it)")
        )
    return "\n".join(lines) or None


class RemarkTableModel(QAbstractTableModel):
    """Remarks in capture order, one row each."""

    RemarkRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2
    FindingsRole = Qt.ItemDataRole.UserRole + 3
    SessionRole = Qt.ItemDataRole.UserRole + 4

    #: The user finished editing a remark's text in place: (remark id, new text).
    edit_requested = Signal(str, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RemarkInfo] = []
        self._row_cache: dict[str, int] | None = {}
        self._theme_names: dict[int, str] = {}
        self._findings: dict[str, list[Finding]] = {}
        self._findings_for: FindingsFor = lambda _r: []

    # ------------------------------------------------------------------ feeding
    def set_remarks(self, remarks: Sequence[RemarkInfo]) -> None:
        """Replace every row (opening, or a reload); the only full reset."""
        self.beginResetModel()
        self._rows = list(remarks)
        self._row_cache = None  # built on first use (see _row_of)
        self._findings.clear()
        self.endResetModel()

    def set_theme_names(self, names: dict[int, str]) -> None:
        """The names shown in the Theme column."""
        self._theme_names = dict(names)
        if self._rows:
            self._column_changed(THEME, [Qt.ItemDataRole.DisplayRole])

    def set_findings_source(self, findings_for: FindingsFor) -> None:
        """Where findings come from (a new guard after the terms changed): recheck lazily."""
        self._findings_for = findings_for
        self._findings.clear()
        if self._rows:
            self._column_changed(
                TEXT,
                [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole, self.FindingsRole],
            )

    def append(self, remark: RemarkInfo) -> None:
        """Add one row at the end."""
        self.insert_at(len(self._rows), remark)

    def insert_at(self, row: int, remark: RemarkInfo) -> None:
        """Add one row at ``row`` (an undone delete goes back where it was)."""
        row = max(0, min(row, len(self._rows)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, remark)
        if self._row_cache is not None and row == len(self._rows) - 1:
            self._row_cache[remark.id] = row
        else:
            self._reindex(row)
        self.endInsertRows()

    def remove(self, remark_id: str) -> int:
        """Remove a remark's row; returns the row it had, or -1."""
        row = self._row_of.get(remark_id, -1)
        if row < 0:
            return -1
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        del self._row_of[remark_id]
        self._findings.pop(remark_id, None)
        self._reindex(row)
        self.endRemoveRows()
        return row

    def replace(self, remark: RemarkInfo) -> None:
        """Show a remark's new state (edited text, theme or kind) in its row."""
        row = self._row_of.get(remark.id, -1)
        if row < 0:
            return
        old = self._rows[row]
        self._rows[row] = remark
        # Excluded remarks have no findings (the export ignores them): the status counts too.
        if (old.current_text, old.status) != (remark.current_text, remark.status):
            self._findings.pop(remark.id, None)
        self.dataChanged.emit(
            self.index(row, 0),
            self.index(row, len(COLUMNS) - 1),
            [
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.EditRole,
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.DecorationRole,
                Qt.ItemDataRole.FontRole,
                Qt.ItemDataRole.ForegroundRole,
                self.RemarkRole,
                self.FindingsRole,
            ],
        )

    def forget_findings(self, remark_id: str) -> None:
        """Recheck one remark (a finding in it was dismissed)."""
        self._findings.pop(remark_id, None)
        row = self._row_of.get(remark_id, -1)
        if row >= 0:
            index = self.index(row, TEXT)
            self.dataChanged.emit(
                index,
                index,
                [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole, self.FindingsRole],
            )

    def clear(self) -> None:
        """Drop every row and cached finding (the vault is being locked)."""
        self.set_remarks([])
        self._theme_names.clear()
        self._findings_for = lambda _r: []

    def remarks(self) -> list[RemarkInfo]:
        """Every row's remark, in capture order (Review starts from these, not a re-read)."""
        return list(self._rows)

    def remark_at(self, row: int) -> RemarkInfo | None:
        """The remark in a row, if the row exists."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, remark_id: str) -> int:
        """The row of a remark, or -1."""
        return self._row_of.get(remark_id, -1)

    def findings(self, remark: RemarkInfo) -> list[Finding]:
        """The remark's open findings, computed once per text."""
        cached = self._findings.get(remark.id)
        if cached is None:
            cached = self._findings_for(remark)
            self._findings[remark.id] = cached
        return cached

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of remarks."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Time, theme, kind, text, summary marks."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr("RemarkModel", COLUMNS[section]) if 0 <= section < len(COLUMNS) else None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Rows select whole; only the text column is edited in place."""
        base = super().flags(index)
        if index.isValid() and index.column() == TEXT:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell values by role."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == self.RemarkRole:
            return r
        if role == self.IdRole:
            return r.id
        if role == self.SessionRole:
            return r.session_id
        if role == self.FindingsRole:
            return self.findings(r)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == TIME:
                return local_day_clock(r.created_at)
            if col == THEME:
                return self._theme_names.get(r.theme_id, "")
            if col == KIND:
                return kind_label(r.kind)
            if col == TEXT:
                # F2 edits the captured text; the list shows what the summary will say.
                if role == Qt.ItemDataRole.EditRole:
                    return r.text
                return " ".join(r.current_text.split())
            if col == STATUS:
                return summary_marks(r)
        excluded = r.status == "excluded"
        if role == Qt.ItemDataRole.ForegroundRole:
            if excluded:
                return QBrush(current_theme().muted)
            return QBrush(current_theme().error) if col == TEXT and self.findings(r) else None
        if role == Qt.ItemDataRole.FontRole and (col in (TEXT, STATUS)):
            return self._font(r)
        if col == STATUS:
            return summary_tip(r) if role == Qt.ItemDataRole.ToolTipRole else None
        if col != TEXT:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(current_theme().error) if self.findings(r) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._text_tip(r)
        return None

    def _font(self, r: RemarkInfo) -> QFont | None:
        if r.status != "excluded" and not r.key_point:
            return None
        font = QFont()
        font.setStrikeOut(r.status == "excluded")
        font.setBold(r.key_point and r.status != "excluded")
        return font

    def _text_tip(self, r: RemarkInfo) -> str | None:
        # The whole remark first: the column shows only its first words.
        parts = [r.current_text]
        if r.status == "excluded":
            parts.append(tr("RemarkModel", "Left out of the summary."))
        found = self.findings(r)
        if found:
            lines = [f"“{f.text}”: {reason_text(f.reason)}" for f in found]
            parts.append(tr("RemarkModel", "May attribute this remark:") + "\n" + "\n".join(lines))
        if r.reworded is not None:
            parts.append(
                tr("RemarkModel", "Reworded for the summary. As captured:") + "\n" + r.text
            )
        # Rich text, so that Qt wraps a long remark instead of one line across the screen.
        body = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in parts)
        return f"<qt>{body}</qt>"

    def setData(
        self,
        index: _Index,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        """Editing in place asks the workspace to save (it keeps a revision and an undo step)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != TEXT:
            return False
        r = self._rows[index.row()]
        text = str(value)
        if text.strip() and text.strip() != r.text:
            self.edit_requested.emit(r.id, text)
        # The row changes only once the vault has the new text (replace()).
        return False

    # ------------------------------------------------------------------ internals
    def _reindex(self, start: int) -> None:
        if self._row_cache is None:
            return
        for i in range(start, len(self._rows)):
            self._row_cache[self._rows[i].id] = i

    @property
    def _row_of(self) -> dict[str, int]:
        # Built when a row is first looked up by id, not at every load: at 100,000 remarks
        # the map costs 10 MB that opening and scrolling never need.
        if self._row_cache is None:
            self._row_cache = {r.id: i for i, r in enumerate(self._rows)}
        return self._row_cache

    def _column_changed(self, column: int, roles: list[int]) -> None:
        self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column), roles)
