"""Qt fixtures for the app shell: a configured application, a main window, and helpers that
drive real widgets and look for text anywhere in the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from roundtable_app.ui.app import create_application
from roundtable_app.ui.common import workers_idle
from roundtable_app.ui.main_window import MainWindow
from roundtable_app.ui.settings import Settings
from roundtable_app.ui.unlock import UnlockDialog


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(scope="session", autouse=True)
def english_catalogue(qapp: QApplication) -> None:
    """The English catalogue loaded, as the app does at every start (its plural forms:
    "1 term added"), so no test depends on an earlier one having loaded it."""
    from roundtable_app.ui.i18n import install_language

    install_language("en")


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    """pytest-qt's application, set up as the real app sets itself up."""
    return create_application([])


@pytest.fixture
def clock() -> FakeClock:
    """A hand-moved clock for auto-lock."""
    return FakeClock()


@pytest.fixture
def window(app: QApplication, qtbot, clock: FakeClock) -> Iterator[MainWindow]:
    """A shown main window on the welcome page; closed (vault closed too) afterwards."""
    win = MainWindow(Settings(), clock=clock)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.close()
    workers_idle()
    flush_deletes()


class UiDriver:
    """Drives real widgets from a test and looks for text anywhere in a window."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot

    def type(self, widget: QWidget, text: str) -> None:
        """Type ``text`` key by key; QTest.keyClicks only knows ASCII, so other letters
        (ž, ć) are sent as key events carrying their text, as a keyboard layout would."""
        for ch in text:
            if ch.isascii():
                self.qtbot.keyClicks(widget, ch)
            else:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(
                        widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
                    )

    def unlock(self, win: MainWindow, path: Path, passphrase: str) -> UnlockDialog:
        """Open ``path`` through the welcome page, type the passphrase and press Return;
        waits until the attempt is over and returns the dialog."""
        dialog = win.welcome.open_path(path)
        assert dialog is not None
        self.type(dialog.form.field, passphrase)
        self.qtbot.keyClick(dialog.form.field, Qt.Key.Key_Return)
        self.qtbot.waitUntil(lambda: not dialog.form.is_busy, timeout=10_000)
        return dialog

    def texts(self, root: QWidget) -> list[str]:
        """Every text the window and its visible dialogs hold."""
        return all_texts(root)

    def holds(self, root: QWidget, needle: str) -> bool:
        """Whether any widget of the window shows or keeps ``needle``."""
        return any(needle in text for text in all_texts(root))


@pytest.fixture
def ui(qtbot) -> UiDriver:
    """A driver for real widgets (typing, unlocking, looking for text)."""
    return UiDriver(qtbot)


def flush_deletes() -> None:
    """Run pending deleteLater()s so only live widgets remain."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def all_texts(root: QWidget) -> list[str]:
    """Every piece of text the window and its dialogs hold: fields, labels, item views,
    combo boxes, titles and the status bar."""
    flush_deletes()
    widgets: list[QWidget] = [root, *root.findChildren(QWidget)]
    for top in QApplication.topLevelWidgets():
        if top is not root and top.isVisible():
            widgets += [top, *top.findChildren(QWidget)]
    texts: list[str] = []
    for w in widgets:
        texts.append(w.windowTitle())
        texts.append(w.toolTip())
        if isinstance(w, QLineEdit):
            texts.append(w.text())
        elif isinstance(w, QTextEdit):
            texts.append(w.toPlainText())
        elif isinstance(w, QPlainTextEdit):
            texts.append(w.toPlainText())
        elif isinstance(w, QLabel):
            texts.append(w.text())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QMainWindow):
            texts.append(w.statusBar().currentMessage())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            texts += _model_texts(w)
    return texts


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    out: list[str] = []
    roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ToolTipRole,
        *(Qt.ItemDataRole.UserRole + i for i in range(1, 9)),
    )
    root = QModelIndex()
    for row in range(_count(model.rowCount, root)):
        columns = 1 if isinstance(model, QAbstractListModel) else _count(model.columnCount, root)
        for col in range(columns):
            index = model.index(row, col)
            for role in roles:
                value = model.data(index, role)
                if value is not None:
                    out.append(str(value))
    return out


def _count(method, root: QModelIndex) -> int:
    # Some models want the parent index, some of Qt's own hide the overload that takes it.
    try:
        return int(method(root))
    except TypeError:
        return int(method())
