"""The capture editor: a large plain-text editor that explains and fixes what the guard found."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolTip, QWidget

from roundtable_app.guard import Finding
from roundtable_app.guard.replacements import Replacement, replacement_choices
from roundtable_app.ui.guard_words import reason_text, severity_text
from roundtable_app.ui.guarded_text.highlighter import LiveGuard, Span
from roundtable_app.ui.i18n import tr

FONT_SCALE = 1.5


class CaptureEditor(QPlainTextEdit):
    """Where remarks are typed; hover a wavy underline for the reason, right-click to fix it."""

    #: The user chose "Not identifying here" on an underlined span.
    dismiss_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("CaptureEditor", "Remark editor"))
        self.setAccessibleDescription(
            tr(
                "CaptureEditor",
                "Type the remark; Ctrl+Enter saves it under the current theme and kind.",
            )
        )
        self.setPlaceholderText(
            tr("CaptureEditor", "Type the remark as it is spoken. Ctrl+Enter saves it.")
        )
        self.setTabChangesFocus(True)
        font = self.font()
        # Scale the system size rather than fixing points: follows the user's font settings.
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * FONT_SCALE)
        self.setFont(font)
        self.live: LiveGuard | None = None
        self.viewport().installEventFilter(self)
        self.installEventFilter(self)

    def attach(self, live: LiveGuard) -> None:
        """Use this live guard's findings for tooltips and fixes."""
        self.live = live

    def span_at_point(self, point: QPoint) -> Span | None:
        """The finding under a viewport point, if any."""
        if self.live is None:
            return None
        return self.live.highlighter.span_at(self.cursorForPosition(point).position())

    def tooltip_at(self, point: QPoint) -> str:
        """The hover text for a viewport point: why the span there was flagged ('' if none)."""
        span = self.span_at_point(point)
        if span is None:
            return ""
        f = span.finding
        tip = f"{reason_text(f.reason)} ({severity_text(f.severity)})"
        choices = self.choices(span)
        if choices:
            tip += "\n" + tr(
                "CaptureEditor", "Right-click to replace with “%1” or another wording."
            ).replace("%1", choices[0].words)
        return tip

    def choices(self, span: Span) -> list[Replacement]:
        """Neutral wordings for a span, in the sentence's case, language and script."""
        return replacement_choices(self.toPlainText(), span.finding)

    def replace_span(self, span: Span, choice: Replacement | None = None) -> bool:
        """Replace a finding's text with ``choice`` (default: the first neutral wording) as one
        undoable edit."""
        if choice is None:
            choices = self.choices(span)
            if not choices:
                return False
            choice = choices[0]
        cursor = QTextCursor(self.document())
        cursor.setPosition(span.start)
        cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() != span.finding.text:
            return False  # the text moved under us; the next scan will place it again
        cursor.setPosition(choice.start)
        cursor.setPosition(choice.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(choice.words)
        return True

    def fix_actions(self, span: Span, menu: QMenu) -> list[QAction]:
        """The guard's actions for one span, added to ``menu``: one per neutral wording."""
        finding: Finding = span.finding
        actions: list[QAction] = []
        for i, choice in enumerate(self.choices(span)):
            replace = QAction(
                tr("CaptureEditor", "Replace with “%1”").replace(
                    "%1", choice.words.replace("&", "&&")
                ),
                menu,
            )
            replace.setObjectName("replaceFinding" if i == 0 else f"replaceFinding{i}")
            replace.triggered.connect(lambda _=False, c=choice: self.replace_span(span, c))
            actions.append(replace)
        dismiss = QAction(tr("CaptureEditor", "Not identifying here (dismiss)"), menu)
        dismiss.setObjectName("dismissFinding")
        dismiss.triggered.connect(lambda: self.dismiss_requested.emit(finding))
        actions.append(dismiss)
        return actions

    def build_context_menu(self, point: QPoint) -> QMenu:
        """The standard menu, with the guard's fixes on top when a finding is under ``point``."""
        menu = self.createStandardContextMenu(point)
        span = self.span_at_point(point)
        if span is None or not menu.actions():
            return menu
        first = menu.actions()[0]
        header = QAction(reason_text(span.finding.reason).replace("&", "&&"), menu)
        header.setEnabled(False)
        menu.insertActions(first, [header, *self.fix_actions(span, menu)])
        menu.insertSeparator(first)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Right-click (or the menu key) offers the guard's fixes."""
        point = event.pos()
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            point = self.cursorRect().center()
        menu = self.build_context_menu(point)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def open_fixes_at_cursor(self) -> None:
        """The menu key or Shift+F10: the guard's fixes for the words at the cursor."""
        point = self.cursorRect().center()
        menu = self.build_context_menu(point)
        menu.exec(self.viewport().mapToGlobal(point))
        menu.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tooltips for findings; let Ctrl+Z reach the remark list's undo when there is no typing
        to undo."""
        if watched is self.viewport() and event.type() == QEvent.Type.ToolTip:
            tip = self.tooltip_at(event.pos())  # type: ignore[attr-defined]
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        if watched is self and event.type() == QEvent.Type.KeyPress:
            # Handled here, not in a keyPressEvent override, so that typing pays no extra
            # Python call; accepted, so the platform does not open a second menu.
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Menu or (
                key == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier  # type: ignore[attr-defined]
            ):
                event.accept()
                self.open_fixes_at_cursor()
                return True
        if watched is self and event.type() == QEvent.Type.ShortcutOverride:
            doc = self.document()
            if (
                event.matches(QKeySequence.StandardKey.Undo)  # type: ignore[attr-defined]
                and not doc.isUndoAvailable()
            ) or (
                event.matches(QKeySequence.StandardKey.Redo)  # type: ignore[attr-defined]
                and not doc.isRedoAvailable()
            ):
                return True  # left unaccepted: the window's undo shortcut handles it
        return super().eventFilter(watched, event)


def plain_editor(parent: QWidget, name: str) -> CaptureEditor:
    """A capture editor at the normal font size (the large one is for typing live)."""
    editor = CaptureEditor(parent)
    editor.setFont(parent.font())
    editor.setAccessibleName(name)
    editor.setAccessibleDescription(
        tr("RewordDialog", "Possible attributions are underlined; right-click to fix.")
    )
    editor.setPlaceholderText("")
    return editor
