"""Spell-check in every editable text box while a vault is open.

A :class:`SpellingHub` belongs to the open vault: it loads the dictionaries in a worker (two
seconds for Serbian, never on the GUI thread), and gives every editable plain or rich text
editor on screen, and each one that later gets the keyboard focus, a :class:`SpellUnderliner`.
The underliner checks after a pause in typing (like the guard), only the visible part of long
texts, and marks words with a dotted underline in the palette's link colour through extra
selections, so it never fights the guard's red wave, which is a syntax highlighter. Right-click
on a marked word offers suggestions and "Add to the event's dictionary" (stored in the vault)
above the editor's own menu.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QPlainTextEdit, QTextEdit, QWidget

from roundtable_app.spelling import Misspelling, SpellingService
from roundtable_app.ui.common import run_in_worker
from roundtable_app.ui.error_words import error_text
from roundtable_app.ui.i18n import current_language, tr

if TYPE_CHECKING:
    from roundtable_app.vault import Vault

Editor = QPlainTextEdit | QTextEdit
PAUSE_MS = 700  # after the last keystroke, as the guard waits
# The most text checked in one pass around what is on screen; beyond it scrolling checks more.
WINDOW_CHARS = 20_000

_told_unavailable = False


def _utf16_offsets(text: str, indices: list[int]) -> list[int]:
    """Qt positions (UTF-16 units) of Python string ``indices`` (sorted) in ``text``."""
    out: list[int] = []
    units = 0
    last = 0
    for index in indices:
        units += sum(2 if ord(c) > 0xFFFF else 1 for c in text[last:index])
        last = index
        out.append(units)
    return out


class SpellUnderliner(QObject):
    """Underlines the misspelt words of one editor and adds suggestions to its context menu."""

    def __init__(self, editor: Editor, hub: SpellingHub) -> None:
        super().__init__(editor)
        self.editor = editor
        self.hub = hub
        self.marks: list[tuple[int, int, str]] = []  # Qt positions and the word
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.check_now)
        editor.document().contentsChanged.connect(self._timer.start)
        editor.verticalScrollBar().valueChanged.connect(self._timer.start)
        # A mouse right-click reaches the viewport, the menu key the editor itself.
        editor.installEventFilter(self)
        editor.viewport().installEventFilter(self)
        self._timer.start()

    def _format(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(self.editor.palette().color(QPalette.ColorRole.Link))
        return fmt

    def _visible_range(self, length: int) -> tuple[int, int]:
        if length <= WINDOW_CHARS:
            return 0, length
        top = self.editor.cursorForPosition(QPoint(0, 0)).position()
        middle = max(0, top - WINDOW_CHARS // 4)
        return middle, min(length, middle + WINDOW_CHARS)

    def check_now(self) -> None:
        """Check the text on screen now (the pause timer calls this)."""
        service = self.hub.service
        if service is None or not shiboken6.isValid(self.editor):
            return
        text = self.editor.document().toPlainText()
        start, end = self._visible_range(len(text))
        # Whole words only: widen the window to the nearest spaces.
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        found: list[Misspelling] = service.misspellings(text[start:end])
        indices = sorted({start + m.start for m in found} | {start + m.end for m in found})
        units = dict(zip(indices, _utf16_offsets(text, indices), strict=True))
        self.marks = [(units[start + m.start], units[start + m.end], m.word) for m in found]
        fmt = self._format()
        selections = []
        for first, last, _word in self.marks:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(first)
            cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format = fmt  # type: ignore[attr-defined]
            selections.append(selection)
        self.editor.setExtraSelections(selections)

    def mark_at(self, position: int) -> tuple[int, int, str] | None:
        """The marked word at a document position, if any."""
        return next((m for m in self.marks if m[0] <= position <= m[1]), None)

    def spelling_actions(self, mark: tuple[int, int, str], menu: QMenu) -> list[QAction]:
        """Suggestions (each replaces the word, one undo step) and "Add to the dictionary"."""
        first, last, word = mark
        service = self.hub.service
        actions: list[QAction] = []
        suggestions = service.suggestions(word) if service is not None else []
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            action.setObjectName("spellingSuggestion")
            action.triggered.connect(
                lambda _=False, s=suggestion: self._replace(first, last, word, s)
            )
            actions.append(action)
        if not suggestions:
            none = QAction(tr("Spelling", "No suggestions"), menu)
            none.setEnabled(False)
            actions.append(none)
        add = QAction(
            tr("Spelling", "Add “%1” to the event's dictionary").replace("%1", word), menu
        )
        add.setObjectName("addToDictionary")
        add.triggered.connect(lambda: self.hub.add_word(word))
        actions.append(add)
        return actions

    def _replace(self, first: int, last: int, word: str, suggestion: str) -> None:
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(first)
        cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() != word:
            return  # the text moved under the menu; replace nothing rather than the wrong word
        cursor.insertText(suggestion)
        self.check_now()

    def _menu(self, point: QPoint) -> QMenu | None:
        position = self.editor.cursorForPosition(point).position()
        mark = self.mark_at(position)
        if mark is None:
            return None
        build = getattr(self.editor, "build_context_menu", None)
        menu: QMenu = build(point) if callable(build) else self.editor.createStandardContextMenu()
        first = menu.actions()[0] if menu.actions() else None
        actions = self.spelling_actions(mark, menu)
        if first is None:
            menu.addActions(actions)
        else:
            menu.insertActions(first, actions)
            menu.insertSeparator(first)
        return menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Right-click (or the menu key) on a marked word: suggestions above the usual menu."""
        if event.type() != QEvent.Type.ContextMenu or not shiboken6.isValid(self.editor):
            return False
        if watched is self.editor.viewport() or watched is self.editor:
            assert isinstance(event, QContextMenuEvent)
            point = event.pos()  # viewport coordinates, as cursorForPosition wants
            if watched is self.editor or event.reason() == QContextMenuEvent.Reason.Keyboard:
                point = self.editor.cursorRect().center()
            menu = self._menu(point)
            if menu is None:
                return False  # the editor's own menu
            self.hub.menu_shown.emit(menu)
            menu.exec(event.globalPos())
            menu.deleteLater()
            return True
        return False


class SpellingHub(QObject):
    """The spell-checker of the open vault: dictionaries, the event's words, the underliners."""

    ready = Signal()
    unavailable = Signal(str)
    menu_shown = Signal(object)  # the context menu, for tests

    def __init__(
        self,
        vault: Vault,
        parent: QObject | None = None,
        *,
        tag: str | None = None,
        service_factory: Callable[[str, list[str]], SpellingService] | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.tag = tag or current_language()
        self.service: SpellingService | None = None
        self.underliners: list[SpellUnderliner] = []
        words = vault.dictionary_words()
        factory = service_factory or (lambda tag, words: SpellingService(tag, words))
        run_in_worker(lambda: factory(self.tag, words), self._loaded, self._failed, owner=self)
        # New editors (dialogs opened later) are picked up when they get the keyboard focus, which
        # costs nothing per keystroke (an application-wide event filter would run on each one).
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus)
        # Editors already on screen (the capture editor); later ones attach when shown. Hidden
        # ones (the welcome page's new-vault form) are not the open vault's text.
        for widget in QApplication.allWidgets():
            if widget.isVisible():
                self._maybe_attach(widget)

    def _loaded(self, service: SpellingService) -> None:
        self.service = service
        if not service.available:
            self._tell_unavailable(service.unavailable_reason())
            return
        self.ready.emit()
        for underliner in self.underliners:
            underliner.check_now()

    def _failed(self, exc: BaseException) -> None:
        self._tell_unavailable(error_text(exc))

    def _tell_unavailable(self, reason: str) -> None:
        global _told_unavailable
        if _told_unavailable:
            return  # said once per run; the app works on without
        _told_unavailable = True
        if reason == "enchant":
            text = tr("Spelling", "Spell-check is off: the Enchant library is not installed.")
        elif reason == "dictionary":
            text = tr(
                "Spelling", "Spell-check is off: no dictionary for this language is installed."
            )
        else:
            text = tr("Spelling", "Spell-check is off (%1).").replace("%1", reason)
        self.unavailable.emit(text)

    def _maybe_attach(self, widget: QObject) -> None:
        if not isinstance(widget, QPlainTextEdit | QTextEdit) or widget.isReadOnly():
            return
        if widget.property("roundtable_spelling"):
            return
        widget.setProperty("roundtable_spelling", True)
        self.underliners.append(SpellUnderliner(widget, self))

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and shiboken6.isValid(new):
            self._maybe_attach(new)

    def underliner_for(self, editor: Editor) -> SpellUnderliner | None:
        """The underliner of ``editor``, if it has one."""
        return next((u for u in self.underliners if u.editor is editor), None)

    def add_word(self, word: str) -> None:
        """Put ``word`` in the event's dictionary (the vault) and stop marking it."""
        stored = self.vault.add_dictionary_word(word)
        if self.service is not None:
            self.service.add_word(stored)
        for underliner in self.underliners:
            if shiboken6.isValid(underliner) and shiboken6.isValid(underliner.editor):
                underliner.check_now()

    def shutdown(self) -> None:
        """The vault is closing: stop watching and take every mark away."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            with suppress(RuntimeError, TypeError):  # already disconnected
                app.focusChanged.disconnect(self._on_focus)
        for underliner in self.underliners:
            if shiboken6.isValid(underliner) and shiboken6.isValid(underliner.editor):
                underliner.editor.removeEventFilter(underliner)
                underliner.editor.viewport().removeEventFilter(underliner)
                underliner.editor.setExtraSelections([])
                underliner.editor.setProperty("roundtable_spelling", False)
                underliner.deleteLater()
        self.underliners = []
        self.service = None
