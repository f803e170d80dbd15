"""Every window and dialog, built in each language with the demo vault open: in Serbian no
shown text is still an English source string of the catalogue, and in all three languages no
label or button is cut and every focusable widget has an accessible name."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import test_i18n_languages as languages
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)
from test_i18n_languages import _shown_window, clipped, unnamed

from roundtable_app.ui import i18n
from roundtable_app.ui.common import workers_idle
from roundtable_app.ui.i18n import LANGUAGES, install_language
from roundtable_app.ui.i18n_sources import read_ts, ts_dir
from roundtable_app.ui.main_window import MainWindow

# Text that is the same word in Serbian as in English, so finding it proves nothing.
READS_THE_SAME = {"PDF", "DOCX", "Markdown", "Roundtable", "CSV", "OK", "Demo", "Status"}


def _plain(text: str) -> str:
    """Text as a user reads it: no mnemonic marker, no trailing ellipsis or colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip("…:")


def _english_sources() -> set[str]:
    """Every English source string of the app's catalogue whose Serbian reads differently."""
    found: set[str] = set()
    root = read_ts(ts_dir() / "roundtable_sr_Latn.ts").getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = translation.text if translation is not None else None
        if "%" in source or text == source:
            continue  # a placeholder is filled in before it is shown; same in both languages
        plain = _plain(source)
        if plain and plain not in READS_THE_SAME:
            found.add(plain)
    return found


ENGLISH = _english_sources()
# The .ts sources compiled once per session (the fixture of test_i18n_languages.py).
qm_dir = languages.qm_dir


def _every_action(actions: list[QAction]) -> list[QAction]:
    """Actions and, through their menus, every action of every submenu."""
    found: list[QAction] = []
    for action in actions:
        found.append(action)
        menu = action.menu()
        if menu is not None:
            found += _every_action(menu.actions())
    return found


def shown_texts(root: QWidget) -> list[str]:
    """What a user sees or hears in ``root``: texts, titles, placeholders, tooltips, accessible
    names, actions, tab texts, combo items, headers and the first rows of lists and tables."""
    texts = [root.windowTitle(), root.accessibleName()]
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        for action in _every_action(widget.actions()):
            texts += [action.text(), action.toolTip(), action.statusTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(min(widget.count(), 20))]
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            texts += [header.text(c) for c in range(widget.columnCount())]
            for i in range(min(widget.topLevelItemCount(), 20)):
                item = widget.topLevelItem(i)
                texts += [item.text(c) for c in range(widget.columnCount())]
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QTreeWidget):
            model = widget.model()
            if model is not None:
                try:
                    columns = model.columnCount(QModelIndex())
                except TypeError:  # a list model (its columnCount is private in Qt)
                    columns = 1
                texts += [
                    str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                    for c in range(columns)
                ]
                for r in range(min(model.rowCount(), 20)):
                    texts += [str(model.index(r, c).data() or "") for c in range(columns)]
    return [t for t in texts if t]


def english_left(root: QWidget) -> list[str]:
    """Shown texts that are still an English source string of the catalogue."""
    found = []
    for text in shown_texts(root):
        for line in text.splitlines():
            if _plain(line) in ENGLISH:
                found.append(line)
    return sorted(set(found))


@pytest.fixture
def window(
    qtbot,
    app: QApplication,
    qm_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Callable[[str], MainWindow]]:
    """A shown main window in a given language; English is put back afterwards."""
    monkeypatch.setenv(i18n.TRANSLATIONS_ENV, str(qm_dir))
    made: list[MainWindow] = []

    def make(tag: str) -> MainWindow:
        win = _shown_window(qtbot, tag, qm_dir)
        made.append(win)
        return win

    yield make
    for win in made:
        win.close()
    workers_idle()
    assert install_language("en", qm_dir) == []


def _check(
    problems: dict[str, tuple[list[str], list[str], list[str]]],
    name: str,
    tag: str,
    widget: QWidget,
) -> None:
    QApplication.processEvents()
    english = english_left(widget) if tag != "en" else []
    problems[name] = (english, clipped(widget), unnamed(widget))


def _dialog_check(problems, qtbot, name: str, tag: str, dialog: QDialog) -> None:
    # Not given to qtbot: some dialogs delete themselves when closed; their parent goes anyway.
    if not dialog.isVisible():
        dialog.show()
    qtbot.waitExposed(dialog)
    _check(problems, name, tag, dialog)


def _bundle_for(vault, tmp_path: Path) -> Path:
    from roundtable_app.vault import export_bundle

    out = tmp_path / "other.rtbundle"
    export_bundle(vault, out, "a bundle passphrase")
    return out


@pytest.mark.parametrize("tag", list(LANGUAGES))
def test_every_window_and_dialog_is_translated_fits_and_is_named(
    qtbot, window, demo_vault, tag: str, tmp_path: Path
) -> None:
    from roundtable_app.ui.demo_copy import DemoCopyDialog
    from roundtable_app.ui.guarded_text.dismiss import DismissDialog
    from roundtable_app.ui.review.merge_dialog import MergeDialog
    from roundtable_app.ui.shortcut_help import ShortcutsDialog
    from roundtable_app.ui.unlock import UnlockDialog
    from roundtable_app.ui.welcome.join_kit import JoinKitDialog

    problems: dict[str, tuple[list[str], list[str], list[str]]] = {}
    win = window(tag)
    _check(problems, "welcome", tag, win)
    join = JoinKitDialog(win)
    _dialog_check(problems, qtbot, "join kit", tag, join)
    join.reject()

    bundle = _bundle_for(demo_vault, tmp_path)
    win.open_vault(demo_vault)
    qtbot.waitUntil(lambda: win.workspace is not None)
    qtbot.wait(50)
    _check(problems, "capture", tag, win)

    # Every tab of the setup dialog.
    win.show_setup()
    setup = win._setup
    assert setup is not None
    qtbot.waitExposed(setup)
    for i in range(setup.tabs.count()):
        setup.tabs.setCurrentIndex(i)
        _check(problems, f"setup tab {i}", tag, setup)
    setup.reject()

    for name, show in (
        ("export", win.show_export),
        ("backup", win.show_backup),
        ("save as", win.show_save_as),
        ("bundle export", win.show_bundle_export),
        ("drop folder", win.show_drop_folder),
    ):
        show()
        dialog = win._file_dialog
        assert dialog is not None, name
        qtbot.waitExposed(dialog)
        _check(problems, name, tag, dialog)
        dialog.reject()
        qtbot.waitUntil(lambda: win._file_dialog is None)

    win.show_bundle_import()
    importer = win._file_dialog
    assert importer is not None
    qtbot.waitExposed(importer)
    _check(problems, "bundle import", tag, importer)
    importer.source.set_path(bundle)
    importer.passphrase.setFocus()
    qtbot.keyClicks(importer.passphrase, "a bundle passphrase")
    qtbot.keyClick(importer.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: importer.preview_text.isVisible(), timeout=10_000)
    _check(problems, "bundle import preview", tag, importer)
    importer.reject()
    qtbot.waitUntil(lambda: win._file_dialog is None)

    copy = DemoCopyDialog(demo_vault, Path(demo_vault.path), win)
    _dialog_check(problems, qtbot, "demo copy", tag, copy)
    copy.reject()

    remark = demo_vault.remarks()[0]
    reword = win.workspace.dialogs.reword_dialog(remark.id)
    assert reword is not None
    _dialog_check(problems, qtbot, "reword", tag, reword)
    reword.reject()
    dismiss = DismissDialog("Ana Kovač", "a protected person", win)
    _dialog_check(problems, qtbot, "dismiss", tag, dismiss)
    dismiss.reject()

    # Review: a remark selected, then the findings panel and the overview.
    win.review_action.trigger()
    review = win.review
    assert review is not None
    review.table.selectRow(0)
    qtbot.wait(50)
    _check(problems, "review", tag, win)
    review.show_findings()
    qtbot.waitUntil(lambda: not review._findings_stale, timeout=20_000)
    _check(problems, "review findings", tag, win)
    review.tabs.setCurrentWidget(review.overview)
    review._refresh_overview()
    _check(problems, "review overview", tag, win)
    merge = MergeDialog([r.current_text for r in demo_vault.remarks()[:2]], win)
    _dialog_check(problems, qtbot, "merge", tag, merge)
    merge.reject()
    win.review_action.trigger()

    keys = ShortcutsDialog(win.shortcut_sections(), win)
    _dialog_check(problems, qtbot, "shortcut help", tag, keys)
    keys.close()
    unlock = UnlockDialog(Path(demo_vault.path), win)
    _dialog_check(problems, qtbot, "unlock", tag, unlock)
    unlock.reject()

    win.lock()
    qtbot.wait(50)
    _check(problems, "lock screen", tag, win)
    win.show_restore()
    restore = win._restore_dialog
    qtbot.waitExposed(restore)
    _check(problems, "restore", tag, restore)
    restore.reject()

    # (English text left, clipped text, unnamed widgets) per window, only those with any.
    bad = {name: found for name, found in problems.items() if found != ([], [], [])}
    assert bad == {}, "\n".join(f"{name}: {found}" for name, found in bad.items())
    QCoreApplication.processEvents()


def test_the_english_check_finds_an_untranslated_label(qtbot, window) -> None:
    win = window("sr-Latn")
    label = QLabel("Remark detail", win.welcome)
    label.show()
    label.setAccessibleName("Pojedinosti izjave")
    assert english_left(win) == ["Remark detail"]
    label.setText("Pojedinosti izjave")
    assert english_left(win) == []
