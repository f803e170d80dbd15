"""The app in English, Serbian Latin and Serbian Cyrillic: the picker, plurals, dates, text that
fits, an accessible name on every focusable widget, and exports untouched by the UI language."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSize, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from roundtable_app.ui import i18n
from roundtable_app.ui.app import LanguageFollower
from roundtable_app.ui.i18n import LANGUAGES, install_language, tr
from roundtable_app.ui.i18n_sources import ts_dir
from roundtable_app.ui.main_window import MainWindow
from roundtable_app.ui.settings import Settings
from roundtable_app.ui.shortcut_help import ShortcutsDialog
from roundtable_app.ui.unlock import UnlockDialog

EXPECTED_OPEN_BUTTON = {
    "en": "Open selected",
    "sr-Latn": "Otvori izabrani",
    "sr-Cyrl": "Отвори изабрани",
}


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts sources compiled with the wheel's lrelease into a temporary folder."""
    out = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in sorted(ts_dir().glob("*.ts")):
        subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(out / f"{ts.stem}.qm")], check=True
        )
    return out


@pytest.fixture
def language(app: QApplication, qm_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Yields nothing special; puts English back after the test whatever it switched to."""
    monkeypatch.setenv(i18n.TRANSLATIONS_ENV, str(qm_dir))
    yield "en"
    assert install_language("en", qm_dir) == []


def _shown_window(qtbot, tag: str, qm_dir: Path) -> MainWindow:
    assert install_language(tag, qm_dir) == []
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    return win


def clipped(root: QWidget) -> list[str]:
    """Labels and buttons whose text needs more room than they were given."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.window() is not root.window():
            continue
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if need > widget.height():
                    problems.append(f"{widget.text()!r}: {need} > {widget.height()} high")
            elif widget.minimumSizeHint().width() > widget.width():
                problems.append(f"{widget.text()!r}: {widget.sizeHint().width()} wide")
        elif isinstance(widget, QPushButton | QCheckBox) and widget.text():
            if widget.sizeHint().width() > widget.width():
                problems.append(
                    f"{widget.text()!r}: {widget.sizeHint().width()} > {widget.width()}"
                )
        elif isinstance(widget, QComboBox) and widget.currentText() and not widget.isEditable():
            # The chosen item as the box draws it: its text, the frame and the arrow.
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            text = QSize(widget.fontMetrics().horizontalAdvance(widget.currentText()), 1)
            need = widget.style().sizeFromContents(
                QStyle.ContentsType.CT_ComboBox, option, text, widget
            )
            # Two pixels of rounding: Qt sizes the box from the same metrics, rounded its way.
            if need.width() > widget.width() + 2:
                problems.append(f"{widget.currentText()!r}: {need.width()} > {widget.width()}")
    return problems


def unnamed(root: QWidget) -> list[str]:
    """Focusable widgets a screen reader would announce without a name."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not name.strip():
            problems.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return problems


@pytest.mark.parametrize("tag", list(LANGUAGES))
def test_welcome_window_in_each_language_is_translated_fits_and_is_named(
    qtbot, language: str, qm_dir: Path, tag: str
) -> None:
    win = _shown_window(qtbot, tag, qm_dir)
    assert win.welcome.open_button.text() == EXPECTED_OPEN_BUTTON[tag]
    assert clipped(win) == []
    assert unnamed(win) == []
    win.close()


@pytest.mark.parametrize("tag", list(LANGUAGES))
def test_unlock_and_shortcut_dialogs_fit_and_are_named(
    qtbot, language: str, qm_dir: Path, tag: str, tmp_path: Path
) -> None:
    win = _shown_window(qtbot, tag, qm_dir)
    dialog = UnlockDialog(tmp_path / "event.roundtable", win)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert clipped(dialog) == []
    assert unnamed(dialog) == []
    # Qt's own Cancel button comes from Roundtable's translation of the Qt strings.
    buttons = dialog.findChildren(QAbstractButton)
    cancel = [b.text() for b in buttons if b is not dialog.form.button and b.isVisibleTo(dialog)]
    assert cancel == [{"en": "Cancel", "sr-Latn": "Otkaži", "sr-Cyrl": "Откажи"}[tag]]
    dialog.reject()
    help_dialog = ShortcutsDialog(win.shortcut_sections(), win)
    qtbot.addWidget(help_dialog)
    help_dialog.show()
    assert unnamed(help_dialog) == []
    help_dialog.close()
    win.close()


def test_serbian_has_three_plural_forms_and_english_two(language: str, qm_dir: Path) -> None:
    install_language("sr-Latn", qm_dir)
    forms = [tr("MainWindow", "%n minutes", None, n) for n in (1, 2, 5, 21, 22, 25, 11)]
    assert forms == [
        "1 minut",
        "2 minuta",
        "5 minuta",
        "21 minut",
        "22 minuta",
        "25 minuta",
        "11 minuta",
    ]
    install_language("sr-Cyrl", qm_dir)
    assert tr("MainWindow", "%n minutes", None, 21) == "21 минут"
    install_language("en", qm_dir)
    assert [tr("MainWindow", "%n minutes", None, n) for n in (1, 5)] == ["1 minute", "5 minutes"]


def test_dates_and_numbers_follow_the_language(language: str, qm_dir: Path) -> None:
    moment = dt.datetime(2026, 12, 1, 14, 5)  # a Tuesday
    install_language("sr-Latn", qm_dir)
    assert i18n.weekday_time(moment) == "uto 14:05"
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    install_language("sr-Cyrl", qm_dir)
    assert i18n.weekday_time(moment) == "уто 14:05"
    assert i18n.long_date(dt.date(2016, 6, 14)).endswith("14. јун 2016.")
    install_language("en", qm_dir)
    assert i18n.weekday_time(moment) == "Tue 14:05"


def test_picker_driven_by_keyboard_stores_a_bcp47_tag_and_rebuilds_the_welcome_window(
    qtbot, language: str, qm_dir: Path
) -> None:
    win = _shown_window(qtbot, "en", qm_dir)
    follower = LanguageFollower(win)
    combo = win.welcome.language
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # English -> Srpski (latinica)
    assert Settings().language == "sr-Latn"
    assert i18n.current_language() == "sr-Latn"
    fresh = follower.window
    assert fresh is not win
    qtbot.addWidget(fresh)
    assert fresh.welcome.open_button.text() == "Otvori izabrani"
    assert fresh.welcome.language.currentText() == "Srpski (latinica)"
    # The stored value is the tag, never QLocale.name() (sr_RS for both scripts).
    store = Settings()._store
    assert store.value(i18n.LANGUAGE_KEY) == "sr-Latn"
    qtbot.keyClick(fresh.welcome.language, Qt.Key.Key_Down)
    assert Settings().language == "sr-Cyrl"
    follower.deleteLater()
    follower.window.close()


def test_language_menu_switches_language(qtbot, language: str, qm_dir: Path) -> None:
    win = _shown_window(qtbot, "en", qm_dir)
    menus = [a.menu() for a in win.menuBar().actions() if a.menu() is not None]
    help_menu = menus[-1]
    language_menu = [a.menu() for a in help_menu.actions() if a.menu() is not None][0]
    assert language_menu.title() == "&Language"
    entries = {a.text(): a for a in language_menu.actions()}
    assert list(entries) == list(LANGUAGES.values())
    entries["Српски (ћирилица)"].trigger()
    assert Settings().language == "sr-Cyrl"
    assert i18n.current_language() == "sr-Cyrl"
    win.close()


@pytest.mark.parametrize(
    ("env", "bcp47", "expected"),
    [
        ({"LANG": "sr_RS.UTF-8@latin"}, "sr_RS", "sr-Latn"),
        ({"LANG": "sr_RS.UTF-8"}, "sr_RS", None),  # Qt says Cyrillic, the system did not: ask
        ({"LANG": "sr_RS@cyrillic"}, "sr_RS", "sr-Cyrl"),
        ({}, "sr_Latn_RS", "sr-Latn"),
        ({"LANG": "de_DE.UTF-8"}, "de_DE", "en"),
    ],
)
def test_first_start_follows_the_system_where_it_tells_the_script(
    env: dict[str, str], bcp47: str, expected: str | None
) -> None:
    assert i18n.system_language(QLocale(bcp47), env) == expected


def test_unknown_stored_language_falls_back_instead_of_failing() -> None:
    settings = Settings()
    settings._store.setValue(i18n.LANGUAGE_KEY, "sr_RS")
    assert settings.language is None
    with pytest.raises(ValueError, match="unknown language"):
        settings.language = "sr_RS"


def test_missing_catalogue_is_reported_and_english_stays(language: str, tmp_path: Path) -> None:
    missing = install_language("sr-Latn", tmp_path)
    assert missing == ["roundtable_sr_Latn", "roundtable_qt_sr_Latn"]
    assert tr("WelcomePage", "Open selected") == "Open selected"


def test_ui_language_never_reaches_an_export(language: str, qm_dir: Path, demo_vault) -> None:
    from roundtable_app.export import build_summary, render

    outputs = {}
    for tag in LANGUAGES:
        install_language(tag, qm_dir)
        summary = build_summary(demo_vault)
        outputs[tag] = render(summary, "md")[0]
    assert outputs["sr-Latn"] == outputs["en"]
    assert outputs["sr-Cyrl"] == outputs["en"]


def test_the_clipping_and_naming_checks_do_catch_problems(qtbot, app: QApplication) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    button = QPushButton("A button whose text cannot fit", root)
    button.setGeometry(0, 0, 40, 30)
    field = QLabel("", root)
    field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    combo = QComboBox(root)
    combo.addItem("A choice far too long for its box")
    combo.setGeometry(0, 40, 60, 30)
    root.show()
    found = clipped(root)
    assert found[0] == f"'A button whose text cannot fit': {button.sizeHint().width()} > 40"
    assert len(found) == 2 and found[1].startswith("'A choice far too long for its box': ")
    assert unnamed(root) == ["QLabel ''"]  # the button is named by its text, the label by nothing


@pytest.mark.parametrize("tag", list(LANGUAGES))
def test_workspace_and_main_dialogs_fit_and_are_named_in_each_language(
    qtbot, language: str, qm_dir: Path, tag: str, demo_vault
) -> None:
    win = _shown_window(qtbot, tag, qm_dir)
    win.open_vault(demo_vault)
    qtbot.waitUntil(lambda: win.workspace is not None)
    qtbot.wait(50)  # the status bar lays itself out after the workspace appears
    problems = {"workspace": (clipped(win), unnamed(win))}
    for name, show in (
        ("setup", win.show_setup),
        ("export", win.show_export),
        ("backup", win.show_backup),
        ("bundle export", win.show_bundle_export),
    ):
        show()
        dialog = win._setup if name == "setup" else win._file_dialog
        assert dialog is not None, name
        qtbot.waitExposed(dialog)
        problems[name] = (clipped(dialog), unnamed(dialog))
        dialog.reject()
    assert problems == {name: ([], []) for name in problems}
    win.close_vault()
    win.close()


def test_first_start_without_a_known_script_asks_and_remembers_the_answer(
    qtbot, language: str, qm_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from roundtable_app.ui import language as language_module

    monkeypatch.setattr(language_module, "system_language", lambda: None)
    settings = Settings()
    assert settings.language is None

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        button = next(
            b for b in dialog.findChildren(QPushButton) if b.text() == "Српски (ћирилица)"
        )
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)

    QTimer.singleShot(50, answer)
    assert language_module.start_language(settings) == "sr-Cyrl"
    assert Settings().language == "sr-Cyrl"
    assert tr("WelcomePage", "Open selected") == "Отвори изабрани"
