"""The Review workspace: themes, the remarks of the current filter, and the selected one.

Three panes in a remembered splitter: themes with counts (a click filters), the remarks
table (search with Ctrl+F, filters, sort, manual order) and the detail pane (whole text,
captured and summary wording side by side, revisions, merged originals, findings, what the
export does) with the docked synthesis editor of the theme, saved as the user types.
Curation goes through the shared :class:`CurationController` and its undo stack.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from roundtable_app.export.findings import EVENT_TARGET, theme_target
from roundtable_app.guard import Finding
from roundtable_app.guard.replacements import Replacement
from roundtable_app.ui.capture.checks import CaptureChecks
from roundtable_app.ui.capture.curation import CurationController
from roundtable_app.ui.capture.shortcuts import REDO_KEYS, UNDO_KEYS
from roundtable_app.ui.common import shortcut_action
from roundtable_app.ui.error_words import plain_reason
from roundtable_app.ui.guarded_text.editor import plain_editor
from roundtable_app.ui.guarded_text.highlighter import LiveGuard
from roundtable_app.ui.i18n import tr
from roundtable_app.ui.theme import current as current_theme
from roundtable_app.ui.theme import hit_css
from roundtable_app.vault import Vault
from roundtable_app.vault.search import parse_query
from roundtable_app.vault.types import KIND_LABELS, REMARK_KINDS, Changes, RemarkInfo, ThemeInfo

from .findings import FindingRow, FindingsPanel, first_words
from .fixes import ThemeTextCommand, heading_text, replaced, split_heading
from .model import (
    FLAG_LABELS,
    KIND,
    STATUS,
    STATUS_LABELS,
    TEXT,
    THEME,
    Criteria,
    ReviewModel,
    export_key,
)
from .overview import OverviewPane

SEARCH_KEYS = ("Ctrl+F",)
NEXT_HIT_KEYS = ("F3",)
PREV_HIT_KEYS = ("Shift+F3",)
MOVE_UP_KEYS = ("Ctrl+Up",)
MOVE_DOWN_KEYS = ("Ctrl+Down",)
EXCLUDE_KEYS = ("Ctrl+Shift+X",)
REVIEWED_KEYS = ("Ctrl+Shift+V",)
KEY_POINT_KEYS = ("Ctrl+Shift+K",)
MERGE_KEYS = ("Ctrl+M",)
SPLIT_KEYS = ("Ctrl+Shift+M",)
REWORD_KEYS = ("Ctrl+R",)
FINDINGS_KEYS = ("Ctrl+Shift+F",)
QUOTE_KEYS = ("Ctrl+Shift+I",)
SAVE_DELAY_MS = 600
LABEL_ROLE = Qt.ItemDataRole.UserRole + 1  # a filter choice's name, without its count
SETTINGS_KEY = "review/splitter"


def highlighted_html(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` as escaped HTML with ``spans`` marked (the search hits)."""
    out, pos = [], 0
    for start, end in spans:
        out.append(html.escape(text[pos:start]))
        out.append(f'<span style="{hit_css()}">{html.escape(text[start:end])}</span>')
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br>")


class HitDelegate(QStyledItemDelegate):
    """Paints the Remark column with its search hits highlighted (no widget per row)."""

    def paint(self, painter, option, index) -> None:  # type: ignore[no-untyped-def]
        """Draw a highlight under each hit of the elided text, then the cell over it.

        The highlight goes under the text (not translucent over it), so the text keeps its own
        colour on the theme's hit colour, a pair the theme keeps readable. On a selected row the
        selection fills the cell, so the hits are underlined instead.
        """
        spans = index.data(ReviewModel.HitsRole) or []
        if not spans:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        metrics = opt.fontMetrics
        rect = opt.rect.adjusted(4, 0, -4, 0)
        # The cell shows the remark with its white space collapsed: map by the same rule.
        remark = index.data(ReviewModel.RemarkRole)
        source = remark.current_text if remark is not None else text
        collapsed = _collapse_map(source)
        boxes = []
        for start, end in spans:
            a, b = collapsed(start), collapsed(end)
            x0 = rect.left() + metrics.horizontalAdvance(text[:a])
            x1 = rect.left() + metrics.horizontalAdvance(text[:b])
            if x0 >= rect.right():
                break
            boxes.append((x0, min(x1, rect.right()) - x0))
        theme = current_theme()
        if not selected:
            for x0, w in boxes:
                painter.fillRect(x0, rect.top() + 2, w, rect.height() - 4, theme.hit_row)
        super().paint(painter, option, index)
        # Where the fill alone hardly stands out (a selected row, a dark or high-contrast
        # theme), a bar under each hit marks it.
        if selected or theme.dark or theme.high_contrast:
            bar = opt.palette.highlightedText().color() if selected else theme.hit_mark
            for x0, w in boxes:
                painter.fillRect(x0, rect.bottom() - 3, w, 2, bar)


def _collapse_map(text: str) -> Callable[[int], int]:
    # index in `text` -> index in " ".join(text.split())
    positions: list[int] = []
    out = 0
    in_space = True
    leading = True
    for ch in text:
        positions.append(out)
        if ch.isspace():
            if not in_space and not leading:
                out += 1
            in_space = True
        else:
            in_space = False
            leading = False
            out += 1
    positions.append(out)
    return lambda i: positions[min(i, len(positions) - 1)]


def utf16_offset(text: str, index: int) -> int:
    """A code-point offset into ``text`` as Qt's text cursor counts (UTF-16 units)."""
    return len(text[:index].encode("utf-16-le")) // 2


def _session_choice(data: object) -> tuple[str, int] | None:
    """``("day", 2)`` or ``("session", id)`` from the session filter's item data."""
    if not isinstance(data, str) or ":" not in data:
        return None
    dim, _sep, value = data.partition(":")
    return dim, int(value)


class ReviewWorkspace(QWidget):
    """Where the facilitator reviews; see the module docstring."""

    status_message = Signal(str)
    #: The synthesis (or executive summary) being typed reached the vault.
    synthesis_saved = Signal()
    #: Review changed the vault beyond remarks (a fix in a theme heading): a vault.types.Changes
    #: for the other views.
    changes = Signal(object)

    def __init__(
        self,
        vault: Vault,
        curation: CurationController,
        undo_stack: QUndoStack,
        reword: Callable[[str], None] | None = None,
        remarks: Callable[[], list[RemarkInfo]] | None = None,
        themes: Callable[[], list[ThemeInfo]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("ReviewWorkspace", "Review workspace"))
        self.vault: Vault | None = vault
        self.curation = curation
        self.undo_stack = undo_stack
        self._reword = reword
        # Where the remarks come from: the capture list already holds them (a second read of
        # 100,000 rows would cost seconds); on its own, Review reads the vault.
        self._remarks_source = remarks
        self._themes_source = themes
        self.model = ReviewModel(self)
        self._hit_rows: list[int] = []
        self._hit_index = -1
        self._synthesis_theme: int | None = None
        self._synthesis_dirty = False
        self._synthesis_text = ""
        self._findings_stale = True
        self._duplicates_done = False
        self._build()
        self._make_actions()
        self._connect_signals()
        curation.add_listener(self.model)
        self.model.on_count = lambda _t, _d: self._refresh_counts()
        self.reload()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.theme_list = QListWidget()
        self.theme_list.setAccessibleName(tr("ReviewWorkspace", "Themes"))
        self.theme_list.setWordWrap(True)
        self.theme_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter.addWidget(self.theme_list)

        middle = QWidget()
        mid = QVBoxLayout(middle)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            tr("ReviewWorkspace", "Search (Ctrl+F): any case, diacritics or script")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("ReviewWorkspace", "Search remarks"))
        self.hit_label = QLabel("")
        self.stem_box = QCheckBox(tr("ReviewWorkspace", "Serbian word forms"))
        row.addWidget(self.search, 1)
        row.addWidget(self.hit_label)
        mid.addLayout(row)
        # Under the search field rather than beside it or beside the filters, so the field and
        # the four filters keep the room their text needs in every language and at 150%.
        mid.addWidget(self.stem_box)
        filters = QHBoxLayout()
        self.kind_combo = QComboBox()
        self.status_combo = QComboBox()
        self.session_combo = QComboBox()
        self.flag_combo = QComboBox()
        for combo, name in (
            (self.kind_combo, tr("ReviewWorkspace", "Kind filter")),
            (self.status_combo, tr("ReviewWorkspace", "Status filter")),
            (self.session_combo, tr("ReviewWorkspace", "Session filter")),
            (self.flag_combo, tr("ReviewWorkspace", "Flag filter")),
        ):
            combo.setAccessibleName(name)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(12)
            filters.addWidget(combo)
        filters.addStretch(1)
        mid.addLayout(filters)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("ReviewWorkspace", "Remarks"))
        # Tab leaves the table for the next control; the arrow keys move between cells.
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        # The kind and status columns fit their longest name in the chosen language (in bold,
        # as key points are shown), measured once rather than over every row.
        bold = QFont(self.table.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        kinds = [tr("Kinds", KIND_LABELS[k]) for k in REMARK_KINDS]
        statuses = [tr("ReviewModel", v) + " ★ ✎ ⧉" for v in STATUS_LABELS.values()]
        for column, names in ((KIND, kinds), (STATUS, statuses)):
            need = max(metrics.horizontalAdvance(n) for n in names) + 16
            header.resizeSection(column, max(header.sectionSize(column), need))
        self.table.setItemDelegateForColumn(TEXT, HitDelegate(self.table))
        # Rows are dragged to a new place in their theme's manual order (the model decides
        # whether the table shows that order, and moves through the curation's undo stack).
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropOverwriteMode(False)
        mid.addWidget(self.table, 1)
        self.caption = QLabel("")
        mid.addWidget(self.caption)
        self.splitter.addWidget(middle)

        right = QSplitter(Qt.Orientation.Vertical)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("ReviewWorkspace", "Remark, findings and overview"))
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(tr("ReviewWorkspace", "Remark detail"))
        self.findings = FindingsPanel()
        self.overview = OverviewPane()
        self.tabs.addTab(self.detail, tr("ReviewWorkspace", "Remark"))
        self.tabs.addTab(self.findings, tr("ReviewWorkspace", "Findings"))
        self.tabs.addTab(self.overview, tr("ReviewWorkspace", "Overview"))
        right.addWidget(self.tabs)
        synth = QWidget()
        sl = QVBoxLayout(synth)
        sl.setContentsMargins(0, 0, 0, 0)
        self.synthesis_label = QLabel(tr("ReviewWorkspace", "Executive summary"))
        # The guard-aware editor: underlines, right-click (or the menu key) offers the neutral
        # wordings and "Not identifying here", as in Capture.
        self.synthesis = plain_editor(synth, tr("ReviewWorkspace", "Synthesis"))
        self.synthesis_label.setBuddy(self.synthesis)
        self.synthesis_state = QLabel("")
        sl.addWidget(self.synthesis_label)
        sl.addWidget(self.synthesis, 1)
        sl.addWidget(self.synthesis_state)
        right.addWidget(synth)
        right.setSizes([460, 220])
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([220, 640, 420])
        state = QSettings().value(SETTINGS_KEY)
        if state is not None:
            self.splitter.restoreState(state)  # type: ignore[arg-type]
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.synthesis_guard = LiveGuard(self.synthesis.document(), lambda _t: [], self)
        self.synthesis.attach(self.synthesis_guard)
        self._checks: CaptureChecks | None = None

    def _make_actions(self) -> None:
        c = self.curation
        shortcut_action(self, tr("ReviewWorkspace", "Search"), SEARCH_KEYS, self.focus_search)
        shortcut_action(
            self, tr("ReviewWorkspace", "Next hit"), NEXT_HIT_KEYS, lambda: self._step_hit(+1)
        )
        shortcut_action(
            self, tr("ReviewWorkspace", "Previous hit"), PREV_HIT_KEYS, lambda: self._step_hit(-1)
        )
        shortcut_action(
            self,
            tr("ReviewWorkspace", "Move up in its theme"),
            MOVE_UP_KEYS,
            lambda: self._move(-1),
        )
        shortcut_action(
            self,
            tr("ReviewWorkspace", "Move down in its theme"),
            MOVE_DOWN_KEYS,
            lambda: self._move(+1),
        )
        shortcut_action(
            self,
            tr("ReviewWorkspace", "Exclude / include"),
            EXCLUDE_KEYS,
            lambda: self._toggle(
                "status", lambda ids, on: c.set_status(ids, "excluded" if on else "included")
            ),
        )
        shortcut_action(
            self,
            tr("ReviewWorkspace", "Mark reviewed"),
            REVIEWED_KEYS,
            lambda: c.set_status(self.selected_ids(), "included"),
        )
        shortcut_action(
            self,
            tr("ReviewWorkspace", "Key point"),
            KEY_POINT_KEYS,
            lambda: self._toggle("key_point", c.set_key_point),
        )
        shortcut_action(
            self, tr("ReviewWorkspace", "Merge selected remarks"), MERGE_KEYS, self._merge
        )
        shortcut_action(
            self, tr("ReviewWorkspace", "Split a merged remark"), SPLIT_KEYS, self._split
        )
        shortcut_action(
            self, tr("ReviewWorkspace", "Reword for the summary"), REWORD_KEYS, self._reword_current
        )
        shortcut_action(self, tr("ReviewWorkspace", "Findings"), FINDINGS_KEYS, self.show_findings)
        shortcut_action(
            self,
            tr("ReviewWorkspace", "Insert this remark's wording in the synthesis"),
            QUOTE_KEYS,
            self.quote,
        )
        undo = self.undo_stack.createUndoAction(self, tr("ReviewWorkspace", "&Undo"))
        redo = self.undo_stack.createRedoAction(self, tr("ReviewWorkspace", "&Redo"))
        undo.setShortcuts([QKeySequence(k) for k in UNDO_KEYS])
        redo.setShortcuts([QKeySequence(k) for k in REDO_KEYS])
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(lambda _t: self._apply_filters())
        self.search.returnPressed.connect(lambda: self._step_hit(+1))
        self.stem_box.toggled.connect(lambda _on: self._apply_filters())
        for combo in (self.kind_combo, self.status_combo, self.session_combo, self.flag_combo):
            combo.activated.connect(lambda _i: self._apply_filters())
        self.theme_list.currentRowChanged.connect(lambda _r: self._apply_filters())
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._show_detail(current)
        )
        self.synthesis.textChanged.connect(self._synthesis_typed)
        self.synthesis.dismiss_requested.connect(self._dismiss_in_synthesis)
        self.save_timer.timeout.connect(self.save_synthesis)
        self.tabs.currentChanged.connect(lambda _i: self._tab_shown())
        self.undo_stack.indexChanged.connect(lambda _i: self._curation_happened())
        self.findings.jump.connect(self._jump_to)
        self.findings.replace.connect(self._replace_finding)
        self.findings.reword.connect(self._reword_finding)
        self.findings.exclude.connect(lambda row: self.curation.set_status([row.ref], "excluded"))
        self.overview.build_preview = self._preview_text
        self.findings.dismiss.connect(self._dismiss_finding)
        self.model.reorder_refusal = self._reorder_refusal
        self.model.on_drop = self._drop_remarks
        self.model.drag_refused.connect(self.status_message)
        self.splitter.splitterMoved.connect(
            lambda *_: QSettings().setValue(SETTINGS_KEY, self.splitter.saveState())
        )

    # ------------------------------------------------------------------ contract
    def reload(self) -> None:
        """Read themes, sessions, remarks and the guard again (opening, or setup changed)."""
        if self.vault is None:
            return
        vault = self.vault
        themes = self._themes_source() if self._themes_source is not None else vault.themes()
        self._themes = themes
        self._sessions = vault.sessions()
        self.model.session_days = {s.id: s.day for s in self._sessions}
        self.model.set_themes({t.id: t.name for t in themes}, {t.id: t.position for t in themes})
        if self._remarks_source is not None:
            self.model.set_remarks(self._remarks_source(), vault.merged_ids())
        else:
            self.model.set_remarks(vault.remarks())
        self._rebuild_checks()
        self._fill_filters()
        self._apply_filters()
        self._load_synthesis()
        self._findings_stale = True
        self._duplicates_done = False
        self.overview.export_pane.set_vault(vault)
        self._tab_shown()

    def apply_changes(self, changes: Changes) -> None:
        """Update only what ``changes`` names (no remark is read for a theme or term edit)."""
        if self.vault is None:
            return
        if changes.every_remark or changes.remarks:
            self.reload()
            return
        if changes.themes or changes.sessions:
            themes = self._themes_source() if self._themes_source else self.vault.themes()
            self._themes = themes
            self._sessions = self.vault.sessions()
            self.model.session_days = {s.id: s.day for s in self._sessions}
            self.model.set_themes(
                {t.id: t.name for t in themes}, {t.id: t.position for t in themes}
            )
            self._fill_filters()
            self._refresh_counts()
        if changes.terms:
            self._rebuild_checks()
        if changes.terms or changes.themes:
            self._findings_stale = True
        if changes.texts:
            self._load_synthesis(force=True)  # the setup dialog wrote a synthesis
        self._tab_shown()

    def shutdown(self) -> None:
        """Save the synthesis being typed and forget every remark held."""
        self.save_synthesis()
        self.save_timer.stop()
        self.synthesis_guard.stop()
        self.model.set_remarks([])
        self.overview.export_pane.set_vault(None)
        self.overview.preview.clear()
        self.findings.set_rows([])
        self.detail.clear()
        self.synthesis.blockSignals(True)
        self.synthesis.clear()
        self.synthesis.blockSignals(False)
        self.vault = None
        self.setEnabled(False)

    def focus_search(self) -> None:
        """Ctrl+F: the keyboard goes to the search field, its text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def selected_ids(self) -> list[str]:
        """Ids of the selected remarks (in table order), else the current one."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [str(self.model.index(r, 0).data(ReviewModel.IdRole)) for r in rows]

    # ------------------------------------------------------------------ filters
    def _fill_filters(self) -> None:
        def fill(combo: QComboBox, everything: str, items: Sequence[tuple[str, object]]) -> None:
            current = combo.currentData()
            combo.clear()
            combo.addItem(everything, None)
            for label, value in items:
                combo.addItem(label, value)
                combo.setItemData(combo.count() - 1, label, LABEL_ROLE)
            i = combo.findData(current)
            combo.setCurrentIndex(max(0, i))

        fill(
            self.kind_combo,
            tr("ReviewWorkspace", "Every kind"),
            [(tr("Kinds", KIND_LABELS[k]), k) for k in REMARK_KINDS],
        )
        fill(
            self.status_combo,
            tr("ReviewWorkspace", "Every status"),
            [(tr("ReviewModel", v), k) for k, v in STATUS_LABELS.items()],
        )
        days = sorted({s.day for s in self._sessions if s.day is not None})
        fill(
            self.session_combo,
            tr("ReviewWorkspace", "Every day and session"),
            # strings, not tuples: QComboBox.findData cannot compare Python tuples
            [(tr("ReviewWorkspace", "Day %1").replace("%1", str(d)), f"day:{d}") for d in days]
            + [(s.title, f"session:{s.id}") for s in self._sessions],
        )
        fill(
            self.flag_combo,
            tr("ReviewWorkspace", "No flag filter"),
            [(tr("ReviewModel", v), k) for k, v in FLAG_LABELS.items()],
        )
        current = self.theme_list.currentRow()
        self.theme_list.blockSignals(True)
        self.theme_list.clear()
        self.theme_list.addItem(QListWidgetItem(tr("ReviewWorkspace", "All themes")))
        for t in self._themes:
            item = QListWidgetItem(t.name)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            self.theme_list.addItem(item)
        self.theme_list.setCurrentRow(max(0, current))
        self.theme_list.blockSignals(False)

    def _criteria(self) -> Criteria:
        item = self.theme_list.currentItem()
        theme_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        choice = self.session_combo.currentData()
        session = _session_choice(choice)
        flag = self.flag_combo.currentData()
        query = self.search.text()
        ids: set[str] | None = None
        if parse_query(query, stem=False) and self.vault is not None:
            try:
                ids = set(self.vault.search_ids(query, stem=self.stem_box.isChecked()))
            except Exception as exc:  # noqa: BLE001
                self.status_message.emit(
                    tr("ReviewWorkspace", "Search failed: %1").replace("%1", plain_reason(exc))
                )
                ids = set()
        if flag == "findings" and self._findings_stale:
            self._compute_findings()
        if flag == "duplicate" and not self._duplicates_done:
            self._compute_duplicates()
        return Criteria(
            theme_id=int(theme_id) if theme_id is not None else None,
            kind=self.kind_combo.currentData(),
            status=self.status_combo.currentData(),
            session_id=session[1] if session and session[0] == "session" else None,
            day=session[1] if session and session[0] == "day" else None,
            flags={flag} if flag else set(),
            search_ids=ids,
        )

    def _apply_filters(self) -> None:
        criteria = self._criteria()
        self.model.set_criteria(criteria)
        query = self.search.text()
        self.model.set_query(parse_query(query, stem=False))
        self._refresh_counts()
        self._hit_rows = list(range(self.model.rowCount())) if criteria.search_ids else []
        self._hit_index = -1
        self._update_hit_label()
        self._load_synthesis()
        self._show_detail(self.table.currentIndex())

    def _refresh_counts(self) -> None:
        counts = self.model.counts(("theme", "kind", "status", "session", "day"))
        self.theme_list.blockSignals(True)
        total = sum(counts["theme"].values())
        self.theme_list.item(0).setText(
            tr("ReviewWorkspace", "All themes (%1)").replace("%1", str(total))
        )
        for i in range(1, self.theme_list.count()):
            item = self.theme_list.item(i)
            t = self._themes[i - 1]
            item.setText(f"{t.name} ({counts['theme'].get(t.id, 0)})")
        self.theme_list.blockSignals(False)
        for combo, key in (
            (self.kind_combo, "kind"),
            (self.status_combo, "status"),
            (self.flag_combo, "flags"),
        ):
            for i in range(1, combo.count()):
                value = combo.itemData(i)
                base = combo.itemData(i, LABEL_ROLE)
                combo.setItemText(i, f"{base} ({counts[key].get(value, 0)})")
        for i in range(1, self.session_combo.count()):
            dim, value = _session_choice(self.session_combo.itemData(i)) or ("day", None)
            base = self.session_combo.itemData(i, LABEL_ROLE)
            self.session_combo.setItemText(i, f"{base} ({counts[dim].get(value, 0)})")
        shown, everything = self.model.rowCount(), self.model.total()
        self.caption.setText(
            tr("ReviewWorkspace", "%1 of %n remarks shown", None, everything).replace(
                "%1", str(shown)
            )
        )

    def _compute_findings(self) -> None:
        if self.vault is None:
            return
        self.refresh_findings()  # the pre-flight's rows also fill the findings flag

    def _compute_duplicates(self) -> None:
        from roundtable_app.ui.review.duplicates import possible_duplicates

        groups = possible_duplicates(self.model.remarks())
        self.model.set_flag_ids("duplicate", {rid for g in groups for rid in g})
        self._duplicates_done = True

    # ------------------------------------------------------------------ hits
    def _update_hit_label(self) -> None:
        if not self.search.text().strip():
            self.hit_label.setText("")
            return
        n = len(self._hit_rows)
        if n == 0:
            self.hit_label.setText(tr("ReviewWorkspace", "no match"))
        elif self._hit_index < 0:
            self.hit_label.setText(tr("ReviewWorkspace", "%n matches", None, n))
        else:
            self.hit_label.setText(
                tr("ReviewWorkspace", "%1 of %2")
                .replace("%1", str(self._hit_index + 1))
                .replace("%2", str(n))
            )

    def _step_hit(self, delta: int) -> None:
        if not self._hit_rows:
            return
        self._hit_index = (self._hit_index + delta) % len(self._hit_rows)
        row = self._hit_rows[self._hit_index]
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        self._update_hit_label()

    # ------------------------------------------------------------------ detail
    def current_remark(self) -> RemarkInfo | None:
        """The remark under the table's cursor."""
        index = self.table.currentIndex()
        value = index.data(ReviewModel.RemarkRole) if index.isValid() else None
        return value if isinstance(value, RemarkInfo) else None

    def _show_detail(self, index: QModelIndex) -> None:
        remark = index.data(ReviewModel.RemarkRole) if index.isValid() else None
        if not isinstance(remark, RemarkInfo) or self.vault is None:
            self.detail.clear()
            return
        parts = parse_query(self.search.text(), stem=False) if self.search.text().strip() else []
        from roundtable_app.vault.search import match_spans

        captured = highlighted_html(remark.text, match_spans(parts, remark.text))
        summary = (
            highlighted_html(remark.reworded, match_spans(parts, remark.reworded))
            if remark.reworded is not None
            else "<i>" + html.escape(tr("ReviewWorkspace", "as captured")) + "</i>"
        )
        theme = next((t.name for t in self._themes if t.id == remark.theme_id), "")
        # Whole sentences, one per case: Serbian orders and inflects the pieces differently.
        if remark.status == "excluded":
            effect = tr("ReviewWorkspace", "Left out of the summary.")
        elif remark.key_point and remark.reworded:
            effect = tr(
                "ReviewWorkspace", "Listed under “%1” as a key point, in the facilitator's wording."
            )
        elif remark.key_point:
            effect = tr("ReviewWorkspace", "Listed under “%1” as a key point, as captured.")
        elif remark.reworded:
            effect = tr("ReviewWorkspace", "Listed under “%1”, in the facilitator's wording.")
        else:
            effect = tr("ReviewWorkspace", "Listed under “%1”, as captured.")
        effect = html.escape(effect).replace("%1", html.escape(theme))
        kind = tr("Kinds", KIND_LABELS.get(remark.kind, remark.kind))
        status = tr("ReviewModel", STATUS_LABELS.get(remark.status, remark.status))
        blocks = [
            f"<p><b>{html.escape(theme)}</b> · {html.escape(kind)} · {html.escape(status)}</p>",
            "<table width='100%' cellpadding='4'><tr><th align='left'>"
            + html.escape(tr("ReviewWorkspace", "Captured"))
            + "</th><th align='left'>"
            + html.escape(tr("ReviewWorkspace", "Summary wording"))
            + "</th></tr>"
            f"<tr><td valign='top'>{captured}</td><td valign='top'>{summary}</td></tr></table>",
            "<p>" + tr("ReviewWorkspace", "<b>Export:</b> %1").replace("%1", effect) + "</p>",
        ]
        try:
            merged = self.vault.merged_parts(remark.id)
            revisions = self.vault.revisions(remark.id)
        except Exception as exc:  # noqa: BLE001
            merged, revisions = [], []
            self.status_message.emit(
                tr("ReviewWorkspace", "Could not read the remark's history: %1").replace(
                    "%1", plain_reason(exc)
                )
            )
        if merged:
            merged_count = len(merged)
            items = "".join(f"<li>{html.escape(m.current_text)}</li>" for m in merged)
            blocks.append(
                "<p>"
                + tr(
                    "ReviewWorkspace",
                    "<b>Merged from %n remarks</b> (Ctrl+Shift+M splits):",
                    None,
                    merged_count,
                )
                + f"</p><ul>{items}</ul>"
            )
        if revisions:
            captured_word = html.escape(tr("ReviewWorkspace", "captured"))
            summary_word = html.escape(tr("ReviewWorkspace", "summary"))
            none_word = tr("ReviewWorkspace", "(none)")
            items = "".join(
                f"<li>{captured_word if v.field == 'text' else summary_word}: "
                f"{html.escape(v.text or none_word)}</li>"
                for v in revisions
            )
            earlier = html.escape(tr("ReviewWorkspace", "Earlier wordings"))
            blocks.append(f"<p><b>{earlier}</b></p><ul>{items}</ul>")
        self.detail.setHtml("".join(blocks))

    # ------------------------------------------------------------------ synthesis
    def _load_synthesis(self, force: bool = False) -> None:
        if self.vault is None:
            return
        item = self.theme_list.currentItem()
        theme_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        theme_id = int(theme_id) if theme_id is not None else None
        if (
            not force
            and theme_id == self._synthesis_theme
            and self.synthesis.document().characterCount() > 1
        ):
            return
        self.save_synthesis()
        self._synthesis_theme = theme_id
        try:
            text = (
                self.vault.event_summary()
                if theme_id is None
                else self.vault.theme_summary(theme_id)
            )
        except Exception as exc:  # noqa: BLE001
            self.status_message.emit(
                tr("ReviewWorkspace", "Could not read the synthesis: %1").replace(
                    "%1", plain_reason(exc)
                )
            )
            text = ""
        name = next((t.name for t in self._themes if t.id == theme_id), "")
        self.synthesis_label.setText(
            tr("ReviewWorkspace", "Executive summary")
            if theme_id is None
            else tr("ReviewWorkspace", "Synthesis of “%1”").replace("%1", name)
        )
        self.synthesis.blockSignals(True)
        self.synthesis.setPlainText(text)
        self.synthesis.blockSignals(False)
        self._synthesis_text = text
        self.synthesis_guard.scan_now(force=True)
        self.synthesis_state.setText("")

    def _synthesis_target(self) -> str:
        """The decision key of the text in the editor (the export pre-flight's)."""
        theme = self._synthesis_theme
        return EVENT_TARGET if theme is None else theme_target(theme)

    def _rebuild_checks(self) -> None:
        # The export's own rule: the terms, the strict-affiliation setting and the dismissals.
        if self.vault is None:
            return
        vault = self.vault
        self._checks = CaptureChecks(
            vault.terms(), vault.dismissals(), affiliation=vault.strict_affiliation()
        )
        self.synthesis_guard.set_scanner(self._scan_synthesis)

    def _scan_synthesis(self, text: str) -> list[Finding]:
        if self._checks is None:
            return []
        return self._checks.text_findings(self._synthesis_target(), text)

    def _dismiss_in_synthesis(self, finding: Finding) -> None:
        """ "Not identifying here" on an underline: asked for a reason, kept in the vault for
        this text (the pre-flight honours it), and the underline goes."""
        from roundtable_app.ui.guarded_text.dismiss import DismissDialog

        dialog = DismissDialog(finding.text, finding.reason, self)
        if dialog.exec():
            self._record_text_dismissal(self._synthesis_target(), finding, dialog.reason())
        dialog.deleteLater()
        self._findings_stale = True
        self._tab_shown()

    def _record_text_dismissal(self, target: str, finding: Finding, reason: str) -> bool:
        if self.vault is None:
            return False
        try:
            self.vault.dismiss_finding(target, finding.text, finding.category, reason)
        except Exception as exc:  # noqa: BLE001
            self.status_message.emit(
                tr("ReviewWorkspace", "Could not dismiss: %1").replace("%1", plain_reason(exc))
            )
            return False
        if self._checks is not None:
            self._checks.record_decision(target, finding.text, finding.category)
        self.synthesis_guard.scan_now(force=True)
        return True

    def focus_synthesis(self) -> None:
        """The keyboard to the synthesis editor (the text of the theme picked on the left, the
        executive summary under "All themes"), its cursor at the end."""
        self._load_synthesis()
        cursor = self.synthesis.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.synthesis.setTextCursor(cursor)
        self.synthesis.setFocus(Qt.FocusReason.OtherFocusReason)

    def _synthesis_typed(self) -> None:
        # The guard's highlighter also reports a "change" when it repaints: only a new text
        # counts, so looking at a synthesis never writes it.
        if self.synthesis.toPlainText() == self._synthesis_text:
            return
        self._synthesis_dirty = True
        self.synthesis_state.setText("…")
        self.save_timer.start()

    def save_synthesis(self) -> bool:
        """Write the synthesis being typed to the vault now (encrypted); False on failure."""
        self.save_timer.stop()
        if self.vault is None or not self._synthesis_dirty:
            return True
        text = self.synthesis.toPlainText()
        try:
            if self._synthesis_theme is None:
                self.vault.set_event_summary(text)
            else:
                self.vault.set_theme_summary(self._synthesis_theme, text)
        except Exception as exc:  # noqa: BLE001 - the text stays in the editor
            self.synthesis_state.setText(
                tr("ReviewWorkspace", "Not saved: %1").replace("%1", plain_reason(exc))
            )
            return False
        self._synthesis_dirty = False
        self._synthesis_text = text
        self.synthesis_saved.emit()
        n = len(self.synthesis_guard.findings)
        self.synthesis_state.setText(
            tr("ReviewWorkspace", "Saved · ⚠ %n possible attributions", None, n)
            if n
            else tr("ReviewWorkspace", "Saved")
        )
        return True

    def quote(self) -> None:
        """Ctrl+Shift+I: the selected remark's current wording goes into the synthesis at its
        cursor (saved like typing), and the keyboard follows it there."""
        remark = self.current_remark()
        if remark is None:
            return
        cursor = self.synthesis.textCursor()
        before = self.synthesis.toPlainText()[: cursor.position()]
        space = "" if not before or before.endswith((" ", "\n")) else " "
        cursor.insertText(f"{space}“{remark.current_text}”")
        self.synthesis.setTextCursor(cursor)
        self.synthesis.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ curation
    def _toggle(self, field: str, apply: Callable[[list[str], bool], int]) -> None:
        ids = self.selected_ids()
        remark = self.current_remark()
        if not ids or remark is None:
            return
        on = remark.status != "excluded" if field == "status" else not remark.key_point
        apply(ids, on)
        self._refresh_counts()
        self._show_detail(self.table.currentIndex())

    def _move(self, delta: int) -> None:
        remark = self.current_remark()
        if remark is None:
            return
        ordered = sorted(
            (r for r in self.model.remarks() if r.theme_id == remark.theme_id), key=export_key
        )
        if self.curation.move(ordered, remark.id, delta):
            self.model.resort()
            self.table.setCurrentIndex(self.model.index(self.model.row_of(remark.id), 0))

    def _reorder_refusal(self) -> str:
        """Why dragging cannot reorder now ('' when it can): only the whole of one theme, in
        its manual order, shows where a dropped remark lands in the export."""
        c = self.model.criteria
        if c.theme_id is None:
            return tr(
                "ReviewWorkspace",
                "To reorder by dragging, pick one theme on the left: the order is kept per theme.",
            )
        if self.model.sort_column != THEME or self.model.sort_order != Qt.SortOrder.AscendingOrder:
            return tr(
                "ReviewWorkspace",
                "To reorder by dragging, sort by the Theme column (ascending): the table now "
                "shows another order than the summary's.",
            )
        if (
            c.search_ids is not None
            or c.flags
            or any(v is not None for v in (c.kind, c.status, c.session_id, c.day))
        ):
            return tr(
                "ReviewWorkspace",
                "To reorder by dragging, clear the search and the filters: the table shows only "
                "some of this theme's remarks.",
            )
        return ""

    def _drop_remarks(self, ids: list[str], before_id: str | None) -> bool:
        """Dragged rows dropped before ``before_id`` (None: at the end of the theme)."""
        theme_id = self.model.criteria.theme_id
        ordered = sorted(
            (r for r in self.model.remarks() if r.theme_id == theme_id), key=export_key
        )
        if not self.curation.place(ordered, ids, before_id):
            return False
        self.model.resort()
        # the moved rows stay selected, the first one current, as they were before the drag
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        rows = [r for r in (self.model.row_of(i) for i in ids) if r >= 0]
        if rows:
            selection.setCurrentIndex(
                self.model.index(rows[0], 0), flags.ClearAndSelect | flags.Rows
            )
            for row in rows[1:]:
                selection.select(self.model.index(row, 0), flags.Select | flags.Rows)
        moved = len(ids)  # a plain name: lupdate extracts a plural only with one
        self.status_message.emit(
            tr("ReviewWorkspace", "Moved the remark; Ctrl+Z puts it back.")
            if moved == 1
            else tr("ReviewWorkspace", "Moved %n remarks; Ctrl+Z puts them back.", None, moved)
        )
        return True

    def _merge(self) -> None:
        ids = self.selected_ids()
        if len(ids) < 2:
            self.status_message.emit(
                tr("ReviewWorkspace", "Select two or more remarks to merge (Shift+click)")
            )
            return
        from .merge_dialog import MergeDialog

        remarks = [r for r in (self.model.remark_at(self.model.row_of(i)) for i in ids) if r]
        dialog = MergeDialog([r.current_text for r in remarks], self)
        if dialog.exec():
            merged = self.curation.merge(ids, dialog.wording())
            if merged is not None:
                self._apply_filters()  # the new remark's wording joins the search results
                self._select(merged.id)
        dialog.deleteLater()

    def _split(self) -> None:
        remark = self.current_remark()
        if remark is None:
            return
        if remark.id not in self.model.merged_ids:
            self.status_message.emit(tr("ReviewWorkspace", "This remark is not a merge of others"))
            return
        parts = self.curation.split(remark.id)
        if parts:
            self._apply_filters()
            self._select(parts[0].id)

    def _select(self, remark_id: str) -> None:
        source = self.model.row_of(remark_id)
        if source < 0:
            return
        index = self.model.index(source, 0)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.selectRow(index.row())

    # ------------------------------------------------------------------ findings, overview
    def show_findings(self) -> None:
        """Ctrl+Shift+F: the findings panel, its list focused."""
        self.tabs.setCurrentWidget(self.findings)
        self.findings.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _tab_shown(self) -> None:
        # The pre-flight scans every text: only when its results are looked at.
        widget = self.tabs.currentWidget()
        if widget is self.findings and self._findings_stale:
            self.refresh_findings()
        elif widget is self.overview:
            self._refresh_overview()

    def _curation_happened(self) -> None:
        self._findings_stale = True

        self._tab_shown()

    def refresh_findings(self) -> bool:
        """Run the export pre-flight and list what it would refuse."""
        if self.vault is None:
            return False
        from roundtable_app.export.preflight import preflight

        self.save_synthesis()
        try:
            results = preflight(self.vault)
        except Exception as exc:  # noqa: BLE001
            self.status_message.emit(
                tr("ReviewWorkspace", "Could not check the summary: %1").replace(
                    "%1", plain_reason(exc)
                )
            )
            return False
        names = {t.id: t.name for t in self._themes}
        texts = {r.id: r.current_text for r in self.model.remarks()}
        rows: list[FindingRow] = []
        for result in results:
            kind, _sep, ref = result.target.partition(":")
            if kind == "remark":
                remark = self.model.remark_at(self.model.row_of(ref))
                theme = names.get(remark.theme_id, "") if remark else ""
                text = texts.get(ref, "")
                where = f"{theme}: “{first_words(text)}”"  # the remark's own words
            elif kind == "theme":
                text = self.vault.theme_summary(int(ref))
                kind, where = (
                    "synthesis",
                    tr("ReviewWorkspace", "Synthesis of “%1”").replace(
                        "%1", names.get(int(ref), "")
                    ),
                )
            elif kind == "theme-heading":
                theme_info = next((t for t in self._themes if t.id == int(ref)), None)
                text = heading_text(theme_info.name, theme_info.description) if theme_info else ""
                kind = "heading"
                where = tr("ReviewWorkspace", "Name or description of theme “%1”").replace(
                    "%1", names.get(int(ref), "")
                )
            else:
                kind, ref, text, where = (
                    "executive",
                    "",
                    self.vault.event_summary(),
                    tr("ReviewWorkspace", "Executive summary"),
                )
            for f in result.findings:
                rows.append(FindingRow(kind, ref, result.target, where, text, f))
        self.findings.set_rows(rows)
        self.model.set_flag_ids("findings", {r.ref for r in rows if r.kind == "remark"})
        self.tabs.setTabText(
            self.tabs.indexOf(self.findings),
            tr("ReviewWorkspace", "Findings (%1)").replace("%1", str(len(rows))),
        )
        self._findings_stale = False
        return True

    def _jump_to(self, row: FindingRow) -> None:
        if row.kind == "remark":
            self._show_everything()
            self._select(row.ref)
            self.tabs.setCurrentWidget(self.detail)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if row.kind in ("synthesis", "executive"):
            self._show_synthesis_of(row)
            cursor = self.synthesis.textCursor()
            cursor.setPosition(row.finding.start)
            cursor.setPosition(row.finding.end, cursor.MoveMode.KeepAnchor)
            self.synthesis.setTextCursor(cursor)
            self.synthesis.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_everything(self) -> None:
        self.search.clear()
        for combo in (self.kind_combo, self.status_combo, self.session_combo, self.flag_combo):
            combo.setCurrentIndex(0)
        self.theme_list.setCurrentRow(0)
        self._apply_filters()

    def _replace_finding(self, row: FindingRow, choice: Replacement) -> None:
        """The panel's Replace: the picked neutral wording goes into the text in place, as
        one undo step (the curation's stack for remarks and theme headings, the synthesis
        editor's own for a synthesis or the executive summary)."""
        if self.vault is None:
            return
        fixed = replaced(row.text, choice)
        if row.kind == "remark":
            self.curation.reword(row.ref, fixed)  # an undo step: the list refreshes itself
        elif row.kind in ("synthesis", "executive"):
            self._replace_in_synthesis(row, choice)
        elif row.kind == "heading":
            self._replace_in_heading(row, fixed)
        self.refresh_findings()
        self.findings.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_synthesis_of(self, row: FindingRow) -> None:
        target = 0
        if row.kind == "synthesis":
            target = next(
                (
                    i
                    for i in range(1, self.theme_list.count())
                    if str(self.theme_list.item(i).data(Qt.ItemDataRole.UserRole)) == row.ref
                ),
                0,
            )
        self.theme_list.setCurrentRow(target)

    def _replace_in_synthesis(self, row: FindingRow, choice: Replacement) -> None:
        # In the editor, so Ctrl+Z there takes it back, and saved at once like typing.
        self._show_synthesis_of(row)
        text = self.synthesis.toPlainText()
        if text != row.text:  # not what was scanned (cannot be shown): write it directly
            self._write_synthesis(row, replaced(row.text, choice))
            return
        cursor = self.synthesis.textCursor()
        cursor.setPosition(utf16_offset(text, choice.start))
        cursor.setPosition(utf16_offset(text, choice.end), cursor.MoveMode.KeepAnchor)
        cursor.insertText(choice.words)
        self.synthesis.setTextCursor(cursor)
        self.save_synthesis()

    def _replace_in_heading(self, row: FindingRow, fixed: str) -> None:
        assert self.vault is not None
        theme = next((t for t in self._themes if str(t.id) == row.ref), None)
        if theme is None:
            return
        after = split_heading(fixed)
        if not after[0]:
            self.status_message.emit(tr("ReviewWorkspace", "A theme needs a name."))
            return
        self.undo_stack.push(
            ThemeTextCommand(
                self.vault,
                theme.id,
                (theme.name, theme.description),
                after,
                self._themes_edited,
                self.status_message.emit,
            )
        )

    def _themes_edited(self) -> None:
        # Capture's theme model first: Review reads its themes from there.
        changes = Changes(themes=True)
        self.changes.emit(changes)
        self.apply_changes(changes)

    def _write_synthesis(self, row: FindingRow, text: str) -> None:
        assert self.vault is not None
        try:
            if row.kind == "synthesis":
                self.vault.set_theme_summary(int(row.ref), text)
            else:
                self.vault.set_event_summary(text)
        except Exception as exc:  # noqa: BLE001
            self.status_message.emit(
                tr("ReviewWorkspace", "Could not change the synthesis: %1").replace(
                    "%1", plain_reason(exc)
                )
            )
            return
        shown = self._synthesis_theme
        if (row.kind == "synthesis" and shown == int(row.ref)) or (
            row.kind == "executive" and shown is None
        ):
            self.synthesis.blockSignals(True)
            self.synthesis.setPlainText(text)
            self.synthesis.blockSignals(False)
            self._synthesis_text = text
            self.synthesis_guard.scan_now(force=True)

    def _reword_finding(self, row: FindingRow) -> None:
        if row.kind == "remark":
            if self._reword is not None:
                self._reword(row.ref)
            self.refresh_findings()
        else:
            self._jump_to(row)

    def _reword_current(self) -> None:
        remark = self.current_remark()
        if remark is not None and self._reword is not None:
            self._reword(remark.id)
            self._show_detail(self.table.currentIndex())

    def _dismiss_finding(self, row: FindingRow) -> None:
        from roundtable_app.ui.guarded_text.dismiss import DismissDialog

        dialog = DismissDialog(row.finding.text, row.finding.reason, self)
        if dialog.exec():
            reason = dialog.reason()
            if row.kind == "remark":
                self.curation.dismiss_finding(row.ref, row.finding, reason)
            else:
                self._record_text_dismissal(row.target, row.finding, reason)
        dialog.deleteLater()
        self.refresh_findings()

    def _preview_text(self) -> str:
        if self.vault is None:
            return ""
        from roundtable_app.export import build_summary
        from roundtable_app.export.markdown import render_markdown

        self.save_synthesis()
        return render_markdown(build_summary(self.vault))

    def _refresh_overview(self) -> None:
        if self.vault is None:
            return
        remarks = self.model.remarks()
        try:
            without = [t.name for t in self._themes if not self.vault.theme_summary(t.id)]
        except Exception as exc:  # noqa: BLE001
            self.status_message.emit(
                tr("ReviewWorkspace", "Could not read the syntheses: %1").replace(
                    "%1", plain_reason(exc)
                )
            )
            without = []
        findings = None if self._findings_stale else len(self.findings.rows)
        self.overview.show_state(self._themes, remarks, without, findings)
