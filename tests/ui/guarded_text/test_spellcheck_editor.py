"""Spell-check in the capture editor, driven as a user drives it: typing, a pause, the menu key,
a suggestion or "Add to the event's dictionary"; then what the vault holds."""

from __future__ import annotations

from helpers import PASSPHRASE
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QContextMenuEvent, QPalette, QTextCharFormat
from PySide6.QtWidgets import QApplication, QMenu, QPlainTextEdit

from roundtable_app.ui.main_window import MainWindow


def menu_key(editor: QPlainTextEdit) -> None:
    """What the platform sends for the menu key (QTest's key events never make one)."""
    point = editor.cursorRect().center()
    QApplication.sendEvent(
        editor,
        QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, point, editor.viewport().mapToGlobal(point)
        ),
    )


def right_click(editor: QPlainTextEdit, point: QPoint) -> None:
    """What the platform sends to the viewport for a right-click at ``point``."""
    QApplication.sendEvent(
        editor.viewport(),
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, point, editor.viewport().mapToGlobal(point)
        ),
    )


def _open_demo(qtbot, window: MainWindow, demo_vault) -> None:
    window.open_vault(demo_vault)
    assert window.spelling is not None
    qtbot.waitUntil(lambda: window.spelling.service is not None, timeout=20_000)


def _marks(window: MainWindow) -> list[str]:
    workspace = window.workspace
    assert workspace is not None
    return [s.cursor.selectedText() for s in workspace.editor.extraSelections()]


def _answer_menu(window: MainWindow, object_name: str, text: str | None = None) -> list[str]:
    """When the spelling menu opens, trigger one of its entries; returns the entries seen."""
    seen: list[str] = []

    def on_menu(menu: QMenu) -> None:
        seen.extend(a.text() for a in menu.actions())

        def pick() -> None:
            for action in menu.actions():
                if action.objectName() == object_name and (text is None or action.text() == text):
                    action.trigger()
                    break
            menu.close()

        QTimer.singleShot(0, pick)

    assert window.spelling is not None
    window.spelling.menu_shown.connect(on_menu)
    return seen


def test_typo_is_underlined_after_a_pause_in_the_link_colour_dotted(
    qtbot, window: MainWindow, demo_vault
) -> None:
    _open_demo(qtbot, window, demo_vault)
    editor = window.workspace.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Legal aid is free but few peple know")
    assert _marks(window) == []  # nothing while typing
    qtbot.waitUntil(lambda: _marks(window) == ["peple"], timeout=5_000)
    selection = editor.extraSelections()[0]
    assert selection.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    assert selection.format.underlineColor() == editor.palette().color(QPalette.ColorRole.Link)


def test_menu_key_on_a_typo_offers_suggestions_and_one_replaces_it(
    qtbot, window: MainWindow, demo_vault
) -> None:
    _open_demo(qtbot, window, demo_vault)
    editor = window.workspace.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "few peple")
    qtbot.waitUntil(lambda: _marks(window) == ["peple"], timeout=5_000)
    seen = _answer_menu(window, "spellingSuggestion", "people")
    menu_key(editor)
    qtbot.waitUntil(lambda: editor.toPlainText() == "few people", timeout=5_000)
    assert "people" in seen and "Add “peple” to the event's dictionary" in seen
    qtbot.waitUntil(lambda: _marks(window) == [], timeout=5_000)


def test_add_to_dictionary_is_stored_in_the_vault_and_stops_the_mark(
    qtbot, window: MainWindow, demo_vault
) -> None:
    _open_demo(qtbot, window, demo_vault)
    editor = window.workspace.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Kelebija crossing")
    qtbot.waitUntil(lambda: _marks(window) == ["Kelebija"], timeout=5_000)
    _answer_menu(window, "addToDictionary")
    cursor = editor.textCursor()
    cursor.setPosition(3)  # inside "Kelebija"; the text cursor itself stays at the end
    right_click(editor, editor.cursorRect(cursor).center())
    qtbot.waitUntil(lambda: "Kelebija" in demo_vault.dictionary_words(), timeout=5_000)
    assert _marks(window) == []
    assert editor.toPlainText() == "Kelebija crossing"  # adding a word changes no text


def test_closing_the_vault_removes_every_mark(qtbot, window: MainWindow, demo_vault) -> None:
    _open_demo(qtbot, window, demo_vault)
    editor = window.workspace.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "peple")
    qtbot.waitUntil(lambda: _marks(window) == ["peple"], timeout=5_000)
    window.close_vault()
    assert window.spelling is None
    assert editor.extraSelections() == []


def test_right_click_on_a_correct_word_leaves_the_editor_s_own_menu(
    qtbot, window: MainWindow, demo_vault
) -> None:
    _open_demo(qtbot, window, demo_vault)
    editor = window.workspace.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "people peple")
    qtbot.waitUntil(lambda: _marks(window) == ["peple"], timeout=5_000)
    shown: list[object] = []
    window.spelling.menu_shown.connect(shown.append)
    underliner = window.spelling.underliner_for(editor)
    cursor = editor.textCursor()
    cursor.setPosition(2)
    assert underliner is not None and underliner.mark_at(2) is None
    # The event is left for the editor (its own menu), so the spelling menu never shows.
    point = editor.cursorRect(cursor).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, editor.viewport().mapToGlobal(point)
    )
    assert not underliner.eventFilter(editor.viewport(), event)
    assert shown == []


def test_without_dictionaries_the_app_says_so_once_and_marks_nothing(
    qtbot, window: MainWindow, demo_vault, monkeypatch
) -> None:
    from roundtable_app import spelling
    from roundtable_app.ui.guarded_text import spelling as spellcheck

    monkeypatch.setattr(spellcheck, "_told_unavailable", False)
    monkeypatch.setattr(spelling, "_enchant_loader", lambda name: None)
    monkeypatch.setattr(
        spellcheck,
        "SpellingService",
        lambda tag, words: spelling.SpellingService(tag, words, loader=lambda name: None),
    )
    said: list[str] = []
    window.open_vault(demo_vault)
    hub = window.spelling
    assert hub is not None
    hub.unavailable.connect(said.append)
    qtbot.waitUntil(lambda: hub.service is not None, timeout=10_000)
    qtbot.waitUntil(lambda: said != [], timeout=5_000)
    assert said == ["Spell-check is off: no dictionary for this language is installed."]
    assert window.statusBar().currentMessage() == said[0]
    editor = window.workspace.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "peple xqzt")
    qtbot.wait(900)
    assert _marks(window) == []
    # The next vault opened in this run stays quiet about it.
    window.close_vault()
    window.open_vault(demo_vault.__class__.open(demo_vault.path, PASSPHRASE))
    second = window.spelling
    assert second is not None and second is not hub
    again: list[str] = []
    second.unavailable.connect(again.append)
    qtbot.waitUntil(lambda: second.service is not None, timeout=10_000)
    qtbot.wait(100)
    assert again == []
    window.close_vault()
