"""Review's table: every remark through one item model, filtered and sorted by a proxy.

The model holds plain :class:`RemarkInfo` values; nothing builds a widget per row (the
highlight is painted by a delegate). It is a curation listener, so a change made anywhere
(Review, the capture list, undo) updates one row with ``dataChanged`` on explicit roles.

Filtering and sorting happen here rather than in a ``QSortFilterProxyModel``: a proxy asks
Python once per row (and per comparison) on every change, which costs seconds at 100,000
remarks. Here each criterion is a set of ids kept up to date per change, a filter change is a
few set intersections and one pass over the sorted ids, and a sort is one ``list.sort``.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from roundtable_app.ui.i18n import QT_TRANSLATE_NOOP, tr
from roundtable_app.ui.theme import current as current_theme
from roundtable_app.vault.search import QueryPart, match_spans
from roundtable_app.vault.types import KIND_LABELS, RemarkInfo

_Index = QModelIndex | QPersistentModelIndex
#: What a drag of rows carries: the dragged remarks' ids, one per line (never their text,
#: which must not reach another application through the drag-and-drop system).
REMARK_IDS_MIME = "application/x-roundtable-remark-ids"
COLUMNS = (
    QT_TRANSLATE_NOOP("ReviewModel", "Theme"),
    QT_TRANSLATE_NOOP("ReviewModel", "Kind"),
    QT_TRANSLATE_NOOP("ReviewModel", "Status"),
    QT_TRANSLATE_NOOP("ReviewModel", "Remark"),
)
THEME, KIND, STATUS, TEXT = range(4)
# English names, extracted for translation; shown as tr("ReviewModel", name).
STATUS_LABELS = {
    "captured": QT_TRANSLATE_NOOP("ReviewModel", "To review"),
    "included": QT_TRANSLATE_NOOP("ReviewModel", "Reviewed"),
    "excluded": QT_TRANSLATE_NOOP("ReviewModel", "Excluded"),
}
FLAG_LABELS = {
    "key_point": QT_TRANSLATE_NOOP("ReviewModel", "Key point"),
    "reworded": QT_TRANSLATE_NOOP("ReviewModel", "Reworded"),
    "merged": QT_TRANSLATE_NOOP("ReviewModel", "Merged"),
    "findings": QT_TRANSLATE_NOOP("ReviewModel", "Unresolved findings"),
    "duplicate": QT_TRANSLATE_NOOP("ReviewModel", "Possible duplicate"),
}


def export_key(remark: RemarkInfo) -> tuple[int, int, str | bytes]:
    """The order the export lists a theme's remarks in (see export/model.py)."""
    if remark.position is not None:
        return (0, remark.position, remark.id)
    return (1, 0, _id_hash(remark.id))


def _id_hash(remark_id: str) -> bytes:
    """The export's stable order for remarks without a manual place (its SHA-256 hex digest
    there; the raw digest sorts the same way)."""
    # Not cached: hashing 100,000 ids costs about 50 ms a sort, a cache of them 20 MB.
    return hashlib.sha256(remark_id.encode("ascii", "replace")).digest()


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


_DIMENSIONS = ("theme", "kind", "status", "session", "day")
_COUNTED = ("theme", "kind", "status")
_OPTIONAL = ("session", "day")
_FIELD_OF = {
    "theme": attrgetter("theme_id"),
    "kind": attrgetter("kind"),
    "status": attrgetter("status"),
}


class ReviewModel(QAbstractTableModel):
    """Remarks that are not deleted and not merged into another; the rows shown are those
    passing :attr:`criteria`, in the order of the sorted column."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    RemarkRole = Qt.ItemDataRole.UserRole + 2
    HitsRole = Qt.ItemDataRole.UserRole + 3

    #: A drag of rows was refused; the reason, in words, for the status line.
    drag_refused = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: dict[str, RemarkInfo] = {}
        self._order: list[str] = []
        self._rows: list[str] = []
        self._row_cache: dict[str, int] | None = {}
        self._index: dict[str, dict[object, set[str]]] = {d: {} for d in _DIMENSIONS}
        self._rank: dict[str, int] = {}
        self._flags: dict[str, set[str]] = {f: set() for f in FLAG_LABELS}
        self._theme_names: dict[int, str] = {}
        self._theme_rank: dict[int, int] = {}
        self._parts: list[QueryPart] = []
        self._hits: dict[str, list[tuple[int, int]]] = {}
        self.session_days: dict[int, int | None] = {}
        self.criteria = Criteria()
        self.sort_column, self.sort_order = THEME, Qt.SortOrder.AscendingOrder
        self.on_count: Callable[[int, int], None] = lambda _t, _d: None
        self._resort_queued = False
        #: Why rows cannot be reordered by dragging now ('' when they can): the workspace knows
        #: what the table shows (one theme, its manual order, no other filter).
        self.reorder_refusal: Callable[[], str] = lambda: ""
        #: Move the dragged remarks (ids in table order) before the remark with the given id
        #: (``None``: after the last row); True if the order changed.
        self.on_drop: Callable[[list[str], str | None], bool] = lambda _ids, _before: False

    # ------------------------------------------------------------------ feeding
    def set_remarks(
        self, remarks: Sequence[RemarkInfo], merged_ids: set[str] | None = None
    ) -> None:
        """Replace every remark (opening Review, or after a reload); ``merged_ids`` names
        the merges when ``remarks`` leaves their originals out."""
        merged_into = merged_ids or set()
        merged_into |= {r.merged_into for r in remarks if r.merged_into and not r.deleted}
        live = [r for r in remarks if not r.deleted and r.merged_into is None]
        # Grouped in bulk, one dimension at a time: a call per remark costs a second here.
        self._all = {r.id: r for r in live}
        days = self.session_days
        keys: dict[str, Callable[[RemarkInfo], object]] = {
            "theme": lambda r: r.theme_id,
            "kind": lambda r: r.kind,
            "status": lambda r: r.status,
            "session": lambda r: r.session_id,
            "day": lambda r: days.get(r.session_id) if r.session_id is not None else None,
        }
        self._index = {}
        for dim, key in keys.items():
            groups: dict[object, set[str]] = {}
            for r in live:
                k = key(r)
                if k is None and dim in _OPTIONAL:
                    continue  # "no session" is never a filter: not worth a set of ids
                if k in groups:
                    groups[k].add(r.id)
                else:
                    groups[k] = {r.id}
            self._index[dim] = groups
        self._flags = {f: set() for f in FLAG_LABELS}
        self._flags["key_point"] = {r.id for r in live if r.key_point}
        self._flags["reworded"] = {r.id for r in live if r.reworded is not None}
        self._flags["merged"] = {i for i in merged_into if i in self._all}
        self._hits.clear()
        self._sort_ids()
        self._refilter()

    @property
    def merged_ids(self) -> set[str]:
        """Ids of remarks that are merges of others."""
        return self._flags["merged"]

    def set_flag_ids(self, flag: str, ids: set[str]) -> None:
        """The remarks carrying a computed flag (``findings``, ``duplicate``)."""
        self._flags[flag] = set(ids)
        if flag in self.criteria.flags:
            self._refilter()

    def flag_ids(self, flag: str) -> set[str]:
        """The remarks carrying ``flag``."""
        return self._flags[flag]

    def set_themes(self, names: dict[int, str], rank: dict[int, int]) -> None:
        """Theme names and their order (the Theme column and the default sort)."""
        self._theme_names, self._theme_rank = dict(names), dict(rank)
        if self._rows:
            self._changed(0, len(self._rows) - 1, [Qt.ItemDataRole.DisplayRole])

    def set_query(self, parts: list[QueryPart]) -> None:
        """Spans to highlight are computed lazily, per painted row, for this query."""
        self._parts = parts
        self._hits.clear()
        if self._rows:
            self._changed(0, len(self._rows) - 1, [self.HitsRole])

    def set_criteria(self, criteria: Criteria) -> None:
        """Show only the remarks passing ``criteria`` (a few set operations)."""
        self.criteria = criteria
        self._refilter()

    def remarks(self) -> list[RemarkInfo]:
        """Every remark held, shown or not, in the current order."""
        return [self._all[i] for i in self._order]

    def remark_at(self, row: int) -> RemarkInfo | None:
        """The remark on ``row`` (or None)."""
        return self._all[self._rows[row]] if 0 <= row < len(self._rows) else None

    def remark(self, remark_id: str) -> RemarkInfo | None:
        """A held remark by id, shown or not."""
        return self._all.get(remark_id)

    def row_of(self, remark_id: str) -> int:
        """The row of a shown remark, or -1."""
        return self._row_of.get(remark_id, -1)

    def total(self) -> int:
        """How many remarks are held (shown or not)."""
        return len(self._all)

    def hits(self, remark: RemarkInfo) -> list[tuple[int, int]]:
        """Where the current query matches the remark's current wording."""
        if not self._parts:
            return []
        spans = self._hits.get(remark.id)
        if spans is None:
            spans = match_spans(self._parts, remark.current_text)
            self._hits[remark.id] = spans
        return spans

    # ------------------------------------------------------------------ criteria
    def _keys(self, r: RemarkInfo) -> dict[str, object]:
        day = self.session_days.get(r.session_id) if r.session_id is not None else None
        return {
            "theme": r.theme_id,
            "kind": r.kind,
            "status": r.status,
            "session": r.session_id,
            "day": day,
        }

    def _add(self, r: RemarkInfo) -> None:
        self._all[r.id] = r
        for dim, key in self._keys(r).items():
            if key is not None or dim not in _OPTIONAL:
                self._index[dim].setdefault(key, set()).add(r.id)
        if r.key_point:
            self._flags["key_point"].add(r.id)
        if r.reworded is not None:
            self._flags["reworded"].add(r.id)

    def _forget(self, remark_id: str) -> RemarkInfo | None:
        r = self._all.pop(remark_id, None)
        if r is None:
            return None
        for dim, key in self._keys(r).items():
            self._index[dim].get(key, set()).discard(remark_id)
        for flag in ("key_point", "reworded"):
            self._flags[flag].discard(remark_id)
        return r

    def _wanted(self, c: Criteria) -> dict[str, object]:
        return {
            "theme": c.theme_id,
            "kind": c.kind,
            "status": c.status,
            "session": c.session_id,
            "day": c.day,
        }

    def _keep(self, c: Criteria, skip: str = "") -> set[str] | None:
        """Ids passing every criterion but ``skip`` (None: every remark)."""
        sets: list[set[str]] = []
        if c.search_ids is not None and skip != "search":
            sets.append(c.search_ids)
        for dim, value in self._wanted(c).items():
            if value is not None and dim != skip:
                sets.append(self._index[dim].get(value, set()))
        if skip != "flags":
            sets.extend(self._flags[f] for f in c.flags)
        if not sets:
            return None
        sets.sort(key=len)
        keep = set(sets[0])
        for other in sets[1:]:
            keep &= other
        if c.search_ids is not None and skip != "search":
            keep &= self._all.keys()  # the search ran before the latest changes
        return keep

    def passes(self, r: RemarkInfo) -> bool:
        """Whether one remark passes the current criteria."""
        c = self.criteria
        if c.search_ids is not None and r.id not in c.search_ids:
            return False
        keys = self._keys(r)
        for dim, value in self._wanted(c).items():
            if value is not None and keys[dim] != value:
                return False
        return all(r.id in self._flags[f] for f in c.flags)

    def counts(self, dims: Sequence[str] = _COUNTED) -> dict[str, dict[object, int]]:
        """Per criterion in ``dims`` (and the flags), how many remarks each choice would show
        given the other criteria; only the counts on screen are computed."""
        out: dict[str, dict[object, int]] = {}
        for dim in dims:
            base = self._keep(self.criteria, skip=dim)
            if base is None:
                out[dim] = {key: len(ids) for key, ids in self._index[dim].items()}
            elif dim in _COUNTED:
                # a small filtered set is counted by walking it in C (no per-remark key
                # dictionaries are kept: they cost 11 MB at 100,000 remarks)
                field = _FIELD_OF[dim]
                out[dim] = dict(Counter(map(field, map(self._all.__getitem__, base))))
            else:
                out[dim] = {key: len(ids & base) for key, ids in self._index[dim].items()}
        base = self._keep(self.criteria, skip="flags")
        out["flags"] = {
            f: len(ids) if base is None else len(ids & base) for f, ids in self._flags.items()
        }
        return out

    def _refilter(self) -> None:
        keep = self._keep(self.criteria)
        self.beginResetModel()
        if keep is None:
            self._rows = list(self._order)
        elif len(keep) * 4 < len(self._order):
            self._rows = sorted(keep, key=self._rank.__getitem__)  # few: sort them by rank
        else:
            self._rows = [i for i in self._order if i in keep]
        self._row_cache = None
        self.endResetModel()

    # ------------------------------------------------------------------ sorting
    def _sort_ids(self) -> None:
        # Stable sorts from the least significant key up, rather than one sort on a tuple
        # per remark: the tuples (with a digest each) cost 14 MB at 100,000 remarks, at the
        # very moment Review opens; the order is the same.
        column = self.sort_column
        values = self._all.values()
        if column == TEXT:
            ordered = sorted(values, key=attrgetter("id"))
            ordered.sort(key=lambda r: r.current_text.casefold())
        else:
            placed = sorted(
                (r for r in values if r.position is not None), key=attrgetter("position", "id")
            )
            ordered = [r for r in values if r.position is None]
            ordered.sort(key=lambda r: _id_hash(r.id))
            ordered[:0] = placed  # a manual place comes first in its theme (export_key)
            rank = self._theme_rank
            ordered.sort(key=lambda r: rank.get(r.theme_id, 0))
            if column == KIND:
                ordered.sort(key=lambda r: KIND_LABELS.get(r.kind, r.kind))
            elif column == STATUS:
                ordered.sort(key=attrgetter("status"))
        if self.sort_order == Qt.SortOrder.DescendingOrder:
            ordered.reverse()
        self._order = [r.id for r in ordered]
        self._rank = {rid: n for n, rid in enumerate(self._order)}

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (the Theme column sorts in the export's order)."""
        self.sort_column, self.sort_order = column, order
        self._sort_ids()
        self._refilter()

    def _queue_resort(self) -> None:
        # A change of position (manual order) moves rows: re-sort once, after the batch.
        if not self._resort_queued:
            self._resort_queued = True
            QTimer.singleShot(0, self.resort)

    def resort(self) -> None:
        """Sort again now, keeping the criteria (after the manual order changed)."""
        self._resort_queued = False
        self.layoutAboutToBeChanged.emit()
        old_rows = list(self._rows)
        persistent = self.persistentIndexList()
        self._sort_ids()
        keep = set(self._rows)
        self._rows = [i for i in self._order if i in keep]
        self._row_cache = None
        moved = []
        for index in persistent:
            rid = old_rows[index.row()] if 0 <= index.row() < len(old_rows) else None
            row = self._row_of.get(rid, -1) if rid is not None else -1
            moved.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # ------------------------------------------------------------------ listener
    def show_remark(self, remark: RemarkInfo, row: int | None = None) -> None:
        """A remark's new state from curation: replace, add or drop its row."""
        if remark.merged_into is not None and not remark.deleted:
            self._flags["merged"].add(remark.merged_into)
        old = self._forget(remark.id)
        self._hits.pop(remark.id, None)
        if remark.deleted or remark.merged_into is not None:
            if remark.id in self._order:
                self._order.remove(remark.id)
            self._drop_row(remark.id)
            return
        self._add(remark)
        if old is None:
            self._order.append(remark.id)
            self._rank[remark.id] = len(self._order) - 1
            self._queue_resort()
        elif old.position != remark.position or old.theme_id != remark.theme_id:
            self._queue_resort()
        shown = remark.id in self._row_of
        if self.passes(remark):
            if shown:
                i = self._row_of[remark.id]
                self._changed(i, i, [Qt.ItemDataRole.DisplayRole, self.RemarkRole, self.HitsRole])
            else:
                rank = self._rank
                at = next(
                    (n for n, i in enumerate(self._rows) if rank[i] > rank[remark.id]),
                    len(self._rows),
                )
                self.beginInsertRows(QModelIndex(), at, at)
                self._rows.insert(at, remark.id)
                self._reindex(at)
                self.endInsertRows()
        elif shown:
            self._drop_row(remark.id)

    def drop_remark(self, remark_id: str) -> None:
        """A remark is gone (deleted, or merged away)."""
        self._forget(remark_id)
        self._flags["merged"].discard(remark_id)
        if remark_id in self._order:
            self._order.remove(remark_id)
        self._drop_row(remark_id)

    def _drop_row(self, remark_id: str) -> None:
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
        if self._row_cache is None:
            return
        for i in range(start, len(self._rows)):
            self._row_cache[self._rows[i]] = i

    @property
    def _row_of(self) -> dict[str, int]:
        # Built on first use after a filter change, not at every one: most filter changes
        # are only looked at, and the map costs 10 MB at 100,000 rows.
        if self._row_cache is None:
            self._row_cache = dict(zip(self._rows, range(len(self._rows)), strict=True))
        return self._row_cache

    def _changed(self, first: int, last: int, roles: list[int]) -> None:
        self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1), roles)

    # ------------------------------------------------------------------ drag and drop
    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Rows can be dragged; drops land between rows (the table itself takes them)."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        """Only moves: a dragged remark changes place, it is never copied."""
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        """Only moves (see :meth:`supportedDropActions`)."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """The one type a drop here accepts."""
        return [REMARK_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:  # type: ignore[override]
        """The dragged rows' ids in table order; None (no drag at all) when the table does not
        show one theme's manual order, after saying why."""
        refusal = self.reorder_refusal()
        if refusal:
            self.drag_refused.emit(refusal)
            return None
        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = [self._rows[r] for r in rows if 0 <= r < len(self._rows)]
        if not ids:
            return None
        data = QMimeData()
        data.setData(REMARK_IDS_MIME, QByteArray("\n".join(ids).encode("ascii")))
        return data

    def _dropped_ids(self, data: QMimeData | None) -> list[str]:
        if data is None or not data.hasFormat(REMARK_IDS_MIME):
            return []
        raw = bytes(data.data(REMARK_IDS_MIME).data()).decode("ascii", "replace")
        ids = [i for i in raw.split("\n") if i]
        # only rows of this table: a drop from another window of the app is not a move here
        return ids if ids and all(i in self._row_of for i in ids) else []

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: _Index,
    ) -> bool:
        """A move of this table's own rows, while reordering is allowed."""
        del row, column, parent
        return (
            action == Qt.DropAction.MoveAction
            and bool(self._dropped_ids(data))
            and not self.reorder_refusal()
        )

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: _Index,
    ) -> bool:
        """Move the dragged remarks to where they were dropped (one undo step)."""
        del column
        if action != Qt.DropAction.MoveAction:
            return False
        ids = self._dropped_ids(data)
        if not ids:
            return False
        refusal = self.reorder_refusal()
        if refusal:
            self.drag_refused.emit(refusal)
            return False
        if row < 0:  # dropped on a row (not between two): before it; on empty space: at the end
            row = parent.row() if parent.isValid() else len(self._rows)
        # the first row from the drop point on that is not itself dragged
        moving = set(ids)
        before = next((i for i in self._rows[row:] if i not in moving), None)
        return self.on_drop(ids, before)

    # ------------------------------------------------------------------ Qt
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of remarks shown (a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Theme, kind, status, remark."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr("ReviewModel", COLUMNS[section])
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
                return tr("Kinds", KIND_LABELS.get(r.kind, r.kind))
            if column == STATUS:
                marks = [tr("ReviewModel", STATUS_LABELS.get(r.status, r.status))]
                if r.key_point:
                    marks.append("★")
                if r.reworded is not None:
                    marks.append("✎")
                if r.id in self._flags["merged"]:
                    marks.append("⧉")
                return " ".join(marks)
            return " ".join(r.current_text.split())
        if role == self.IdRole:
            return r.id
        if role == self.RemarkRole:
            return r
        if role == self.HitsRole:
            return self.hits(r) if column == TEXT else []
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            return r.current_text if len(r.current_text) > 80 else None
        if role == Qt.ItemDataRole.ForegroundRole and r.status == "excluded":
            return QColor(current_theme().muted)
        if role == Qt.ItemDataRole.FontRole and r.key_point:
            font = QFont()
            font.setBold(True)
            return font
        return None
