"""Accessibility: readable colours under any system palette, tab order, visible focus, and text
that follows the system font size."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QFontInfo, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)
from test_i18n_languages import clipped

from roundtable_app.ui import theme
from roundtable_app.ui.main_window import MainWindow
from roundtable_app.ui.settings import Settings
from roundtable_app.ui.unlock import UnlockDialog
from roundtable_app.vault import Vault


def focus_name(widget: QWidget) -> str:
    """What a screen reader announces for the focused widget."""
    iface = QAccessible.queryAccessibleInterface(widget)
    name = iface.text(QAccessible.Text.Name) if iface is not None else ""
    return name.replace("&", "") or f"<{type(widget).__name__}>"


def tab_cycle(qtbot, limit: int = 60) -> list[str]:
    """Press Tab on the focused widget until focus comes back to where it started; the
    accessible names of the widgets focused on the way, starting with the first one."""
    start = QApplication.focusWidget()
    assert start is not None, "nothing has the focus"
    names = [focus_name(start)]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None, f"Tab lost the focus after {names}"
        if now is start:
            return names
        names.append(focus_name(now))
    raise AssertionError(f"Tab never came back to the first widget: {names}")


# ---------------------------------------------------------------------------- palettes

ROLE = QPalette.ColorRole


def make_palette(window: str, text: str, base: str, **more: str) -> QPalette:
    """A system palette as a desktop theme would hand it to the app."""
    palette = QPalette(QColor(window))
    colours = {
        ROLE.Window: window,
        ROLE.WindowText: text,
        ROLE.Base: base,
        ROLE.AlternateBase: more.get("alternate", base),
        ROLE.Text: text,
        ROLE.Button: more.get("button", window),
        ROLE.ButtonText: text,
        ROLE.ToolTipBase: base,
        ROLE.ToolTipText: text,
        ROLE.PlaceholderText: more.get("placeholder", text),
        ROLE.Highlight: more.get("highlight", "#8ab4f8"),
        ROLE.HighlightedText: more.get("highlighted", "#202124"),
        ROLE.Link: more.get("link", "#8ab4f8"),
        ROLE.BrightText: more.get("bright", "#ffffff"),
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


def dark_palette() -> QPalette:
    """A dark desktop theme (GNOME/KDE-like dark greys, white text)."""
    return make_palette(
        "#202124",
        "#ffffff",
        "#2b2b2b",
        alternate="#333333",
        button="#3c4043",
        placeholder="#9aa0a6",
    )


def high_contrast(dark: bool) -> QPalette:
    """High-contrast themes: white on black, or black on white, with their own selection."""
    if dark:
        return make_palette(
            "#000000",
            "#ffffff",
            "#000000",
            highlight="#1aebff",
            highlighted="#000000",
            link="#ffff00",
        )
    return make_palette(
        "#ffffff",
        "#000000",
        "#ffffff",
        highlight="#37006e",
        highlighted="#ffffff",
        link="#00009f",
    )


PALETTES: dict[str, Callable[[], QPalette]] = {
    "default": lambda: QApplication.style().standardPalette(),
    "dark": dark_palette,
    "high contrast, black on white": lambda: high_contrast(False),
    "high contrast, white on black": lambda: high_contrast(True),
}


@pytest.fixture
def themed(app: QApplication) -> Iterator[Callable[[QPalette], theme.Theme]]:
    """Applies a system palette to the running app; the default theme and font come back
    afterwards whatever the test did."""
    font = QFont(app.font())

    def apply(palette: QPalette) -> theme.Theme:
        return theme.apply_theme(app, palette)

    yield apply
    app.setFont(font)
    theme.apply_theme(app, QApplication.style().standardPalette())


def test_contrast_follows_wcag() -> None:
    assert theme.contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert theme.contrast(QColor("#ffffff"), QColor("#ffffff")) == pytest.approx(1.0)
    # WCAG's own borderline examples: #767676 passes 4.5:1 on white, #777777 does not.
    assert theme.contrast(QColor("#767676"), QColor("#ffffff")) >= 4.5
    assert theme.contrast(QColor("#777777"), QColor("#ffffff")) < 4.5
    assert theme.contrast(QColor("#1f2933"), QColor("#f4f5f7")) == pytest.approx(
        theme.contrast(QColor("#f4f5f7"), QColor("#1f2933"))
    )


@pytest.mark.parametrize("name", list(PALETTES))
def test_every_text_colour_the_theme_hands_out_reads_on_its_background(
    app: QApplication, name: str
) -> None:
    palette = PALETTES[name]()
    t = theme.theme_for(palette)
    assert t.dark == (name in ("dark", "high contrast, white on black"))
    assert t.high_contrast == name.startswith("high contrast")
    needed = 7.0 if t.high_contrast else 4.5
    low = [
        f"{what}: {fg.name()} on {bg.name()} = {theme.contrast(fg, bg):.2f}"
        for what, fg, bg in t.text_pairs()
        if theme.contrast(fg, bg) < needed
    ]
    assert low == []
    faint = [
        f"{what}: {fg.name()} on {bg.name()} = {theme.contrast(fg, bg):.2f}"
        for what, fg, bg in t.graphic_pairs()
        if theme.contrast(fg, bg) < 3.0
    ]
    assert faint == []
    # The app's palette carries the same pairs (selected rows, tooltips, fields).
    p = theme.app_palette(t, palette)
    for fg, bg in (
        (ROLE.WindowText, ROLE.Window),
        (ROLE.Text, ROLE.Base),
        (ROLE.Text, ROLE.AlternateBase),
        (ROLE.ButtonText, ROLE.Button),
        (ROLE.HighlightedText, ROLE.Highlight),
        (ROLE.ToolTipText, ROLE.ToolTipBase),
        (ROLE.PlaceholderText, ROLE.Base),
    ):
        assert theme.contrast(p.color(fg), p.color(bg)) >= 4.5, (fg, bg)


def test_the_default_light_palette_keeps_the_apps_own_look(app: QApplication) -> None:
    t = theme.theme_for(QApplication.style().standardPalette())
    assert not t.dark
    assert (t.window.name(), t.surface.name(), t.text.name()) == ("#f4f5f7", "#ffffff", "#1f2933")
    assert (t.accent.name(), t.error.name(), t.muted.name()) == ("#2f6f8f", "#b3261e", "#5f6b7a")
    assert t.hit.name() == "#ffe066"
    # Under a table row's own text the yellow is paled only as far as greyed (excluded) text
    # needs to read on it.
    assert t.hit_row.red() == 255 and t.hit_row.green() > t.hit_row.blue() + 60


def test_a_dark_system_palette_gives_dark_surfaces_and_light_text(app: QApplication) -> None:
    t = theme.theme_for(dark_palette())
    assert t.window.name() == "#202124"
    assert t.surface.name() == "#2b2b2b"
    assert t.text.lightnessF() > 0.9
    # The error and the accent keep their hue, lightened until they read on dark grey.
    assert t.error.red() > t.error.green()
    assert t.accent.blue() > t.accent.red()


def test_no_colour_is_spelled_outside_the_theme_module() -> None:
    ui = Path(theme.__file__).parent
    pattern = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|QColor\(\s*[\"']|Qt\.GlobalColor")
    found = [
        f"{path.relative_to(ui)}:{n}: {line.strip()}"
        for path in sorted(ui.rglob("*.py"))
        if path.name != "theme.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert found == []


# ---------------------------------------------------------------------------- what is shown


def _dominant(image: QImage, rect: QRect) -> QColor:
    counts: Counter[int] = Counter()
    for y in range(rect.top(), rect.bottom() + 1, 2):
        for x in range(rect.left(), rect.right() + 1, 2):
            counts[image.pixel(x, y)] += 1
    return QColor.fromRgb(counts.most_common(1)[0][0])


def unreadable_labels(root: QWidget) -> list[str]:
    """Labels whose text colour (as the palette and stylesheet resolve it for the label)
    reads under 4.5:1 on what is painted behind them (the most common colour of the window's
    pixels in the label's visible rectangle)."""
    image = root.grab().toImage()
    problems = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.isEnabled() or label.window() is not root:
            continue
        if not label.text().strip() or label.pixmap() is not None and not label.pixmap().isNull():
            continue
        visible = label.visibleRegion().boundingRect()
        if visible.width() < 4 or visible.height() < 4:
            continue
        rect = QRect(label.mapTo(root, visible.topLeft()), visible.size())
        rect = rect.intersected(image.rect())
        fg = label.palette().color(label.foregroundRole())
        bg = _dominant(image, rect)
        ratio = theme.contrast(fg, bg)
        if ratio < 4.5:
            problems.append(f"{label.text()[:40]!r}: {fg.name()} on {bg.name()} = {ratio:.2f}")
    return problems


def _main_window(qtbot, clock) -> MainWindow:
    win = MainWindow(Settings(), clock=clock)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def test_the_label_check_catches_light_text_on_a_light_card(qtbot, app: QApplication) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    root.setStyleSheet("QWidget { background: #f4f5f7; } QLabel#bad { color: #c0c0c0; }")
    good = QLabel("Readable", root)
    bad = QLabel("Hard to read", root)
    bad.setObjectName("bad")
    good.setGeometry(0, 0, 120, 30)
    bad.setGeometry(0, 40, 120, 30)
    root.resize(200, 100)
    root.show()
    qtbot.waitExposed(root)
    assert [p.split(":")[0] for p in unreadable_labels(root)] == ["'Hard to read'"]


@pytest.mark.parametrize("name", ["dark", "high contrast, white on black", "default"])
def test_every_label_reads_on_what_is_behind_it_under_the_system_palette(
    qtbot, themed, clock, demo_vault, name: str
) -> None:
    themed(PALETTES[name]())
    win = _main_window(qtbot, clock)
    problems = {"welcome": unreadable_labels(win)}
    win.open_vault(demo_vault)
    qtbot.waitUntil(lambda: win.workspace is not None)
    win.workspace.focus_editor()
    qtbot.keyClicks(win.workspace.editor, "Jelena Petrovic said the centre needs interpreters.")
    qtbot.wait(400)  # the guard's pause, so its message line is shown too
    problems["capture"] = unreadable_labels(win)
    win.show_setup()
    assert win._setup is not None
    qtbot.waitExposed(win._setup)
    problems["setup"] = unreadable_labels(win._setup)
    win._setup.reject()
    win.show_export()
    export = win._file_dialog
    qtbot.waitExposed(export)
    qtbot.waitUntil(lambda: export.gate.state != "checking", timeout=10_000)
    problems["export"] = unreadable_labels(export)
    export.reject()
    win.review_action.trigger()
    assert win.review is not None
    qtbot.keyClicks(win.review.search, "interpret")
    qtbot.wait(50)
    problems["review"] = unreadable_labels(win)
    win.review.show_findings()
    qtbot.wait(50)
    problems["review findings"] = unreadable_labels(win)
    win.review_action.trigger()
    win.lock()
    qtbot.wait(50)
    problems["lock"] = unreadable_labels(win)
    assert problems == {k: [] for k in problems}


def test_search_hits_keep_the_text_readable_in_a_dark_theme(themed, app: QApplication) -> None:
    from roundtable_app.ui.review.workspace import highlighted_html

    t = themed(dark_palette())
    marked = highlighted_html("a word here", [(2, 6)])
    colours = dict(re.findall(r"(background|color):\s*(#[0-9a-f]{6})", marked))
    assert theme.contrast(QColor(colours["color"]), QColor(colours["background"])) >= 4.5
    assert QColor(colours["background"]) == t.hit


# ---------------------------------------------------------------------------- tab order


def _shown(qtbot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


@pytest.fixture
def vault_window(qtbot, app: QApplication, clock, demo_vault: Vault) -> Iterator[MainWindow]:
    """The main window with the demo vault open in Capture."""
    win = _main_window(qtbot, clock)
    win.open_vault(demo_vault)
    qtbot.waitUntil(lambda: win.workspace is not None)
    yield win
    win.close_vault()
    win.close()


SAVE = "Save the event fields, theme descriptions and protected terms"


def test_tab_order_of_the_welcome_window(qtbot, app: QApplication, clock, tmp_path) -> None:
    remembered = tmp_path / "earlier.roundtable"
    remembered.write_bytes(b"not opened by this test")
    Settings().remember_path(remembered)
    win = _main_window(qtbot, clock)
    win.welcome.recent.setCurrentRow(0)
    win.welcome.focus_create()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.welcome.new_card.location)
    assert tab_cycle(qtbot) == [
        # the new vault card, top to bottom, its button last
        "Vault file location",
        "Choose where to save the vault",
        "Event title",
        "Passphrase",
        "Repeat the passphrase",
        "Themes, one per line (optional)",
        "Remember this vault in the recent list",
        "Create the vault",
        # the open card: the list, the check box under it, then its row of buttons
        "Recent vaults",
        "Remember this vault in the recent list",
        "Open a vault file",
        "Forget the selected vault",
        "Open selected",
        # the demo card
        "Demo passphrase",
        "Try the demo",
        "Join an event from a kit",
        # the language picker beside the title, then round to the first card again
        "English",
    ]
    win.close()


def test_tab_order_of_the_unlock_dialog_and_the_lock_screen(
    qtbot, vault_window: MainWindow, tmp_path
) -> None:
    dialog = _shown(qtbot, UnlockDialog(tmp_path / "event.roundtable", vault_window))
    assert tab_cycle(qtbot) == ["Passphrase", "Unlock the vault", "Cancel"]
    dialog.reject()
    vault_window.lock()
    vault_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is vault_window.lock_screen.form.field)
    assert tab_cycle(qtbot) == [
        "Passphrase",
        "Unlock the vault",
        "Close the vault instead of unlocking it",
    ]


def test_tab_order_of_the_join_kit_dialog(qtbot, window: MainWindow) -> None:
    window.welcome.join_from_kit()
    dialog = window.welcome.join_dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    assert tab_cycle(qtbot) == [
        "Event kit",
        "Choose: Event kit",
        "Kit passphrase",
        "New vault file",
        "Choose: New vault file",
        "Vault passphrase",
        "Repeat the vault passphrase",
        # "Join the event" stays disabled (and out of the round) until the fields are filled
        "Close",
    ]
    dialog.reject()


FILE_DIALOGS = {
    "export": [
        "Format: PDF",  # one stop for the group; the arrow keys choose the format
        "Destination file",
        "Choose: Destination file",
        "Name agenda sessions",
        "Unresolved findings",
        "I have checked these findings; export anyway",
        # Export stays disabled while the demo's findings are unresolved
        "Close",
    ],
    "backup": [
        "Backup destination",
        "Choose a folder for the backup",
        "Choose a file name for the backup",
        "Back up",
        "Close",
    ],
    "save_as": [
        "Backup destination",
        "Choose a folder for the backup",
        "Choose a file name for the backup",
        "Back up",
        "Close",
    ],
    # The file is filled in: the passphrase is where the user starts.
    "bundle_export": [
        "Bundle passphrase",
        "Bundle passphrase again",
        "Export bundle",
        "Close",
        "Bundle file",
        "Choose: Bundle file",
    ],
    "bundle_import": ["Bundle file", "Choose: Bundle file", "Bundle passphrase", "Close"],
    "drop_folder": [
        "Drop folder",
        "Choose: Drop folder",
        "Write this laptop's bundle here at the end of each session",
        "Bundle passphrase",
        "Close",
    ],
}


@pytest.mark.parametrize("name", list(FILE_DIALOGS))
def test_tab_order_of_the_file_menu_dialogs(qtbot, vault_window: MainWindow, name: str) -> None:
    getattr(vault_window, f"show_{name}")()
    dialog = vault_window._file_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    if name == "export":
        qtbot.waitUntil(lambda: dialog.gate.state != "checking", timeout=10_000)
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    assert tab_cycle(qtbot) == FILE_DIALOGS[name]
    dialog.reject()


def test_tab_order_of_the_restore_dialog(qtbot, vault_window: MainWindow) -> None:
    vault_window.show_restore()
    dialog = vault_window._restore_dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    # The newest backup is chosen already: the passphrase first, the list closes the round.
    assert tab_cycle(qtbot) == [
        "Passphrase of the backup",
        "Restore",
        "Cancel",
        "Backups, newest first",
    ]
    dialog.reject()


SETUP_TABS = {
    "event_tab": [
        "Event",
        "Event title",
        "Subtitle",
        "Venue",
        "Dates",
        "Conveners, one a line",
        "Rule statement",
        "English",
        SAVE,
        "Write the syntheses in Review",
        "Close",
    ],
    "themes_tab": [
        "Themes",
        "Themes",
        "Add a theme",
        "Rename the selected theme",
        "Move the selected theme up",
        "Move the selected theme down",
        "Choose the selected theme's colour",
        "Shortcut digit (Ctrl+digit)",
        "Delete the selected theme",
        "Description of the selected theme",
        SAVE,
        "Write the syntheses in Review",
        "Close",
    ],
    "agenda_tab": [
        "Agenda",
        "Agenda sessions",
        "Session title",
        "Day of the event",
        "Time",
        "Add the session",
        "Update the selected session",
        "Delete the selected session",
        SAVE,
        "Write the syntheses in Review",
        "Close",
    ],
    "terms_tab": [
        "Protected terms",  # the tab
        "Protected terms",  # the table: Tab leaves it, the arrow keys move between cells
        "Add a protected term",
        "Delete the selected term",
        "Import protected terms from a CSV file",
        "Import a participants list as protected terms",
        "Flag sector-level affiliation",
        SAVE,
        "Write the syntheses in Review",
        "Close",
    ],
}


@pytest.mark.parametrize("tab", list(SETUP_TABS))
def test_tab_order_of_each_setup_tab(qtbot, vault_window: MainWindow, tab: str) -> None:
    vault_window.show_setup()
    dialog = vault_window._setup
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentWidget(getattr(dialog, tab))
    dialog.tabs.tabBar().setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.tabs.tabBar())
    assert tab_cycle(qtbot) == SETUP_TABS[tab]
    dialog.reject()


def test_tab_order_of_the_small_dialogs(qtbot, vault_window: MainWindow) -> None:
    from roundtable_app.ui.capture.reword_dialog import RewordDialog
    from roundtable_app.ui.demo_copy import DemoCopyDialog
    from roundtable_app.ui.guarded_text.dismiss import DismissDialog
    from roundtable_app.ui.review.merge_dialog import MergeDialog
    from roundtable_app.ui.shortcut_help import ShortcutsDialog

    assert vault_window.vault is not None and vault_window.vault_path is not None
    cycles = {}
    for name, dialog in (
        ("demo copy", DemoCopyDialog(vault_window.vault, vault_window.vault_path, vault_window)),
        ("reword", RewordDialog("Jelena said so.", None, lambda _t: [], vault_window)),
        ("dismiss", DismissDialog("Jelena", "names a protected person", vault_window)),
        ("merge", MergeDialog(["One remark.", "Another remark."], vault_window)),
        ("shortcut help", ShortcutsDialog(vault_window.shortcut_sections(), vault_window)),
    ):
        _shown(qtbot, dialog)
        cycles[name] = tab_cycle(qtbot)
        dialog.close()
    assert cycles == {
        # the file is filled in: the passphrase first; the file row, above it, closes the round
        "demo copy": [
            "New passphrase",
            "Again",
            "Save copy",
            "Close",
            "Vault file",
            "Choose: Vault file",
        ],
        # the remark as captured (above) closes the round; Save stays before Cancel
        "reword": [
            "Wording for the summary",
            "Save the wording for the summary",
            "Cancel",
            "Remark as captured",
        ],
        # Dismiss waits for a reason (disabled, out of the round)
        "dismiss": ["Reason for dismissing", "Cancel"],
        "merge": ["Merged wording", "Merge (Ctrl+Enter)", "Cancel", "Remarks being merged"],
        "shortcut help": ["Keyboard shortcuts", "Close"],
    }


# ---------------------------------------------------------------------------- focus visible

FOCUSABLE = (
    "QPushButton",
    "QToolButton",
    "QLineEdit",
    "QPlainTextEdit",
    "QTextEdit",
    "QListView",
    "QListWidget",
    "QTreeView",
    "QTableView",
    "QComboBox",
    "QCheckBox",
    "QRadioButton",
    "QSpinBox",
    "QTabBar",
)


def styled_focusable_selectors(sheet: str) -> tuple[set[str], set[str]]:
    """(selectors of focusable widgets whose rule sets a border or background, every
    selector with a ``:focus`` state)."""
    styled, focus = set(), set()
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet):
        for selector in (s.strip() for s in selectors.split(",")):
            last = selector.split()[-1]
            if ":focus" in last:
                focus.add(selector.replace(":focus", ""))
            elif ":" in last:
                continue  # :hover, :disabled: a state drawn on top of the plain rule
            elif last.split("#")[0].split("[")[0] in FOCUSABLE and re.search(
                r"\b(border|background)\s*:", body
            ):
                styled.add(selector)
    return styled, focus


def test_every_styled_focusable_selector_has_a_focus_rule(app: QApplication) -> None:
    for name in PALETTES:
        sheet = theme.stylesheet(theme.theme_for(PALETTES[name]()), 9.0)
        styled, focus = styled_focusable_selectors(sheet)
        assert styled, "the stylesheet styles no button: the check would prove nothing"
        assert styled - focus == set(), name
    # The check itself: a styled button without a focus rule is reported.
    assert styled_focusable_selectors("QPushButton#x { border: none; }") == (
        {"QPushButton#x"},
        set(),
    )


def focus_not_shown(qtbot) -> tuple[list[str], int]:
    """Tab round from the focused widget: the names of widgets that look the same focused
    and unfocused, and how many widgets the round reached."""
    # One Tab first: styles draw focus once the keyboard moved it, as a user's Tab does.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    start = QApplication.focusWidget()
    invisible, seen = [], 0
    while seen < 60:
        widget = QApplication.focusWidget()
        focused = widget.grab().toImage()
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not widget
        if widget.grab().toImage() == focused:
            invisible.append(focus_name(widget))
        seen += 1
        if QApplication.focusWidget() is start:
            break
    return invisible, seen


def test_focus_is_visible_on_every_widget_tab_reaches_in_the_welcome_window(
    qtbot, window: MainWindow
) -> None:
    window.welcome.focus_create()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.welcome.new_card.location)
    invisible, seen = focus_not_shown(qtbot)
    assert seen == 14  # no recent vault: the list and its two buttons are out of the round
    assert invisible == []


def test_focus_is_visible_on_the_lock_screen(qtbot, vault_window: MainWindow) -> None:
    vault_window.lock()
    vault_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is vault_window.lock_screen.form.field)
    assert focus_not_shown(qtbot) == ([], 3)


def test_the_focus_check_catches_a_widget_that_draws_no_focus(qtbot, app: QApplication) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    button = QPushButton("Visible focus", root)
    silent = QLabel("Focus, never drawn", root)
    silent.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.move(0, 0)
    silent.move(0, 40)
    root.show()
    qtbot.waitExposed(root)
    root.activateWindow()
    button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button)
    assert focus_not_shown(qtbot) == (["Focus, never drawn"], 2)


# ---------------------------------------------------------------------------- font size


def _title(win: MainWindow) -> QLabel:
    return next(lb for lb in win.welcome.findChildren(QLabel) if lb.objectName() == "title")


def test_text_follows_the_system_font_size(qtbot, themed, app: QApplication, clock) -> None:
    sizes = {}
    for points in (10.0, 16.0):
        font = QFont(app.font())
        font.setPointSizeF(points)
        app.setFont(font)
        themed(QApplication.style().standardPalette())
        win = MainWindow(Settings(), clock=clock)
        qtbot.addWidget(win)
        win.place_for_first_start()  # the default size a first start gets
        win.show()
        qtbot.waitExposed(win)
        title = _title(win)
        sizes[points] = (
            QFontInfo(title.font()).pointSizeF(),
            QFontInfo(win.welcome.open_button.font()).pointSizeF(),
        )
        assert clipped(win) == [], points
        win.close()
    assert sizes[16.0][0] > sizes[10.0][0]
    assert sizes[16.0][1] > sizes[10.0][1]
    # The title keeps its proportion to the body text (20 pt at the 9 pt default).
    assert sizes[16.0][0] == pytest.approx(16.0 * theme.TITLE_SCALE, abs=0.6)


def test_a_font_change_while_running_resizes_the_title(qtbot, themed, app: QApplication) -> None:
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    before = QFontInfo(_title(win).font()).pointSizeF()
    font = QFont(app.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    app.setFont(font)  # what a change of the system font does; nothing else is called
    qtbot.wait(20)
    assert QFontInfo(_title(win).font()).pointSizeF() == pytest.approx(before * 1.5, abs=0.6)
    win.close()


@pytest.mark.parametrize("name", ["dark", "high contrast, white on black"])
def test_fields_and_check_boxes_show_their_edges_on_a_dark_window(
    qtbot, themed, clock, name: str
) -> None:
    t = themed(PALETTES[name]())
    win = _main_window(qtbot, clock)
    box = win.welcome.new_card.findChild(QCheckBox)
    field = win.welcome.new_card.event_title
    assert box is not None and not box.isChecked()
    edges = {}
    for what, widget in (("check box", box), ("field", field)):
        image = widget.grab().toImage()
        if widget is box:
            option = QStyleOptionButton()
            option.initFrom(box)
            rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
        else:
            rect = widget.rect()
        behind = t.surface  # both sit on a card
        ring = [QColor(image.pixel(x, rect.top())) for x in range(rect.left(), rect.right())]
        ring += [QColor(image.pixel(rect.left(), y)) for y in range(rect.top(), rect.bottom())]
        edges[what] = max(theme.contrast(c, behind) for c in ring)
    assert min(edges.values()) >= 3.0, edges
    win.close()


def test_errors_stay_marked_under_a_high_contrast_theme(app: QApplication) -> None:
    def error_rule(palette: QPalette) -> str:
        sheet = theme.stylesheet(theme.theme_for(palette), 9.0)
        return re.search(r'QLabel#message\[error="true"\] \{([^}]*)\}', sheet).group(1)

    # The error's own background is the plain surface there: a border in the error colour.
    t = theme.theme_for(high_contrast(True))
    assert f"border: 2px solid {t.error.name()}" in error_rule(high_contrast(True))
    assert "border" not in error_rule(QApplication.style().standardPalette())
