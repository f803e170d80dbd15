"""Review's table: every remark through one item model, filtered and sorted by a proxy.

The model holds plain :class:`RemarkInfo` values; nothing builds a widget per row (the
highlight is painted by a delegate). It is a curation listener, so a change made anywhere
(Review, the capture list, undo) updates one row with ``dataChanged`` on explicit roles.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from roundtable_app.vault.search import QueryPart, match_spans
from roundtable_app.vault.types import KIND_LABELS, RemarkInfo

_Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Theme", "Kind", "Status", "Remark")
THEME, KIND, STATUS, TEXT = range(4)
STATUS_LABELS = {"captured": "To review", "included": "Reviewed", "excluded": "Excluded"}
FLAG_LABELS = {
    "key_point": "Key point",
    "reworded": "Reworded",
    "merged": "Merged",
    "findings": "Unresolved findings",
    "duplicate": "Possible duplicate",
}


def export_key(remark: RemarkInfo) -> tuple[int, int, str]:
    """The order the export lists a theme's remarks in (see export/model.py)."""
    if remark.position is not None:
        return (0, remark.position, remark.id)
    return (1, 0, hashlib.sha256(remark.id.encode("ascii", "replace")).hexdigest())


class ReviewModel(QAbstractTableModel):
    """Remarks that are not deleted and not merged into another, one row each."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    RemarkRole = Qt.ItemDataRole.UserRole + 2
    HitsRole = Qt.ItemDataRole.UserRole + 3
    SortRole = Qt.ItemDataRole.UserRole + 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RemarkInfo] = []
        self._row_of: dict[str, int] = {}
        self._theme_names: dict[int, str] = {}
        self._theme_rank: dict[int, int] = {}
        self._parts: list[QueryPart] = []
        self._hits: dict[str, list[tuple[int, int]]] = {}
        self.merged_ids: set[str] = set()
        self.on_count: Callable[[int, int], None] = lambda _t, _d: None

    # ------------------------------------------------------------------ feeding
    def set_remarks(self, remarks: Sequence[RemarkInfo]) -> None:
        """Replace every row (opening Review, or after a reload)."""
        self.beginResetModel()
        self._rows = [r for r in remarks if not r.deleted and r.merged_into is None]
        self._row_of = {r.id: i for i, r in enumerate(self._rows)}
        self.merged_ids = {r.merged_into for r in remarks if r.merged_into and not r.deleted}
        self._hits.clear()
        self.endResetModel()

    def set_themes(self, names: dict[int, str], rank: dict[int, int]) -> None:
        """Theme names and their order (the Theme column and the default sort)."""
        self._theme_names, self._theme_rank = dict(names), dict(rank)
        if self._rows:
            self._changed(0, len(self._rows) - 1, [Qt.ItemDataRole.DisplayRole, self.SortRole])

    def set_query(self, parts: list[QueryPart]) -> None:
        """Spans to highlight are computed lazily, per painted row, for this query."""
        self._parts = parts
        self._hits.clear()
        if self._rows:
            self._changed(0, len(self._rows) - 1, [self.HitsRole])

    def remarks(self) -> list[RemarkInfo]:
        """Every row's remark (a copy of the list)."""
        return list(self._rows)

    def remark_at(self, row: int) -> RemarkInfo | None:
        """The remark on ``row`` (or None)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, remark_id: str) -> int:
        """The row of a remark, or -1."""
        return self._row_of.get(remark_id, -1)

    def hits(self, remark: RemarkInfo) -> list[tuple[int, int]]:
        """Where the current query matches the remark's current wording."""
        if not self._parts:
            return []
        spans = self._hits.get(remark.id)
        if spans is None:
            spans = match_spans(self._parts, remark.current_text)
            self._hits[remark.id] = spans
        return spans

    # ------------------------------------------------------------------ listener
    def show_remark(self, remark: RemarkInfo, row: int | None = None) -> None:
        """A remark's new state from curation: replace, add or drop its row."""
        present = remark.id in self._row_of
        if remark.merged_into is not None and not remark.deleted:
            self.merged_ids.add(remark.merged_into)
        if remark.deleted or remark.merged_into is not None:
            if present:
                self.drop_remark(remark.id)
            return
        self._hits.pop(remark.id, None)
        if present:
            i = self._row_of[remark.id]
            self._rows[i] = remark
            self._changed(i, i, [Qt.ItemDataRole.DisplayRole, self.RemarkRole, self.HitsRole])
            return
        at = len(self._rows) if row is None or row < 0 else min(row, len(self._rows))
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, remark)
        self._reindex(at)
        self.endInsertRows()

    def drop_remark(self, remark_id: str) -> None:
        """Remove a remark's row."""
        i = self._row_of.get(remark_id, -1)
        if i < 0:
            return
        self.beginRemoveRows(QModelIndex(), i, i)
        del self._rows[i]
        del self._row_of[remark_id]
        self._reindex(i)
        self.endRemoveRows()

    def count_theme(self, theme_id: int, delta: int) -> None:
        """Pass a theme's count change on to the themes pane."""
        self.on_count(theme_id, delta)

    def _reindex(self, start: int) -> None:
        for i in range(start, len(self._rows)):
            self._row_of[self._rows[i].id] = i

    def _changed(self, first: int, last: int, roles: list[int]) -> None:
        self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1), roles)

    # ------------------------------------------------------------------ Qt
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of remarks shown (a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Theme, kind, status, remark."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What a cell shows; the remark, its id and its hits under named roles."""
        r = self.remark_at(index.row())
        if r is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == THEME:
                return self._theme_names.get(r.theme_id, "")
            if column == KIND:
                return KIND_LABELS.get(r.kind, r.kind)
            if column == STATUS:
                marks = [STATUS_LABELS.get(r.status, r.status)]
                if r.key_point:
                    marks.append("★")
                if r.reworded is not None:
                    marks.append("✎")
                if r.id in self.merged_ids:
                    marks.append("⧉")
                return " ".join(marks)
            return " ".join(r.current_text.split())
        if role == self.IdRole:
            return r.id
        if role == self.RemarkRole:
            return r
        if role == self.HitsRole:
            return self.hits(r) if column == TEXT else []
        if role == self.SortRole:
            if column == THEME:
                return (self._theme_rank.get(r.theme_id, 0), *export_key(r))
            if column == KIND:
                return (KIND_LABELS.get(r.kind, r.kind), *export_key(r))
            if column == STATUS:
                return (r.status, *export_key(r))
            return (r.current_text.casefold(), r.id)
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            return r.current_text if len(r.current_text) > 80 else None
        if role == Qt.ItemDataRole.ForegroundRole and r.status == "excluded":
            return QColor("#8a8a8a")
        if role == Qt.ItemDataRole.FontRole and r.key_point:
            font = QFont()
            font.setBold(True)
            return font
        return None


@dataclass
class Criteria:
    """What the filter keeps: every criterion set must hold (``None``: any)."""

    theme_id: int | None = None
    kind: str | None = None
    status: str | None = None
    session_id: int | None = None
    day: int | None = None
    flags: set[str] = field(default_factory=set)
    search_ids: set[str] | None = None


class ReviewFilter(QSortFilterProxyModel):
    """Filters (theme, kind, day and session, status, flags, search) combined; sorting by
    :attr:`ReviewModel.SortRole`, so the Theme column sorts in the export's order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.criteria = Criteria()
        self.findings_ids: set[str] = set()
        self.duplicate_ids: set[str] = set()
        self.session_days: dict[int, int | None] = {}
        self.setSortRole(ReviewModel.SortRole)

    def set_criteria(self, criteria: Criteria) -> None:
        """Apply new criteria (one filter pass)."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+: the non-deprecated way
            self.beginFilterChange()
            self.criteria = criteria
            self.endFilterChange()
        else:
            self.criteria = criteria
            self.invalidateRowsFilter()

    def accepts(self, r: RemarkInfo, c: Criteria | None = None, skip: str = "") -> bool:
        """Whether ``r`` passes the criteria (ignoring the one named ``skip``, for counts)."""
        c = c or self.criteria
        if c.search_ids is not None and skip != "search" and r.id not in c.search_ids:
            return False
        if c.theme_id is not None and skip != "theme" and r.theme_id != c.theme_id:
            return False
        if c.kind is not None and skip != "kind" and r.kind != c.kind:
            return False
        if c.status is not None and skip != "status" and r.status != c.status:
            return False
        if c.session_id is not None and skip != "session" and r.session_id != c.session_id:
            return False
        if c.day is not None and skip != "day":
            if r.session_id is None or self.session_days.get(r.session_id) != c.day:
                return False
        if skip != "flags":
            for flag in c.flags:
                if not self._has_flag(r, flag):
                    return False
        return True

    def _has_flag(self, r: RemarkInfo, flag: str) -> bool:
        model = self.sourceModel()
        if flag == "key_point":
            return r.key_point
        if flag == "reworded":
            return r.reworded is not None
        if flag == "merged":
            return isinstance(model, ReviewModel) and r.id in model.merged_ids
        if flag == "findings":
            return r.id in self.findings_ids
        if flag == "duplicate":
            return r.id in self.duplicate_ids
        return True

    def counts(self, remarks: Sequence[RemarkInfo]) -> dict[str, dict[object, int]]:
        """Per criterion, how many remarks each choice would show given the other criteria."""
        out: dict[str, dict[object, int]] = {
            "theme": {},
            "kind": {},
            "status": {},
            "session": {},
            "flags": {},
        }
        for r in remarks:
            if self.accepts(r, skip="theme"):
                out["theme"][r.theme_id] = out["theme"].get(r.theme_id, 0) + 1
            if self.accepts(r, skip="kind"):
                out["kind"][r.kind] = out["kind"].get(r.kind, 0) + 1
            if self.accepts(r, skip="status"):
                out["status"][r.status] = out["status"].get(r.status, 0) + 1
            if self.accepts(r, skip="session"):
                out["session"][r.session_id] = out["session"].get(r.session_id, 0) + 1
            if self.accepts(r, skip="flags"):
                for flag in FLAG_LABELS:
                    if self._has_flag(r, flag):
                        out["flags"][flag] = out["flags"].get(flag, 0) + 1
        return out

    def lessThan(self, left: _Index, right: _Index) -> bool:  # noqa: N802
        """Compare the sort keys as Python values (tuples Qt cannot order itself)."""
        a, b = left.data(ReviewModel.SortRole), right.data(ReviewModel.SortRole)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        """Whether the source row passes every criterion."""
        model = self.sourceModel()
        r = model.remark_at(source_row) if isinstance(model, ReviewModel) else None
        return r is not None and self.accepts(r)
