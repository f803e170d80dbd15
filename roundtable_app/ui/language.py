"""Choosing the UI language: the picker on the welcome window, the menu, and the first start."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from roundtable_app.ui.i18n import (
    LANGUAGES,
    current_language,
    install_language,
    system_language,
    tr,
)
from roundtable_app.ui.settings import Settings


def choose_language(settings: Settings, tag: str) -> None:
    """Remember ``tag`` and switch the translators to it (listeners rebuild what they show)."""
    settings.language = tag
    settings.sync()
    if tag != current_language():
        install_language(tag)


def ask_language(parent: QWidget | None = None) -> str:
    """Ask which language to use (first start, when the system does not say the script).

    Each choice is written in its own language and script, so anyone can read their own.
    """
    dialog = QDialog(parent)
    dialog.setWindowTitle("Roundtable")
    dialog.setAccessibleName("Language / Jezik / Језик")
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel("Language · Jezik · Језик", dialog))
    chosen = {"tag": "sr-Latn"}
    for tag, name in LANGUAGES.items():
        button = QPushButton(name, dialog)
        button.setAccessibleName(name)

        def pick(_checked: bool = False, tag: str = tag) -> None:
            chosen["tag"] = tag
            dialog.accept()

        button.clicked.connect(pick)
        layout.addWidget(button)
    dialog.exec()
    return chosen["tag"]


def start_language(settings: Settings, parent: QWidget | None = None) -> str:
    """Install the language for this start: the stored choice, else the system's, else ask."""
    tag = settings.language
    if tag is None:
        tag = system_language() or ask_language(parent)
        settings.language = tag
        settings.sync()
    install_language(tag)
    return tag


class LanguageCombo(QComboBox):
    """English / Srpski (latinica) / Српски (ћирилица), each in its own script."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        for tag, name in LANGUAGES.items():
            self.addItem(name, tag)
        self.setCurrentIndex(max(self.findData(current_language()), 0))
        self.setAccessibleName(tr("Language", "Language"))
        self.activated.connect(self._on_activated)

    def _on_activated(self, index: int) -> None:
        choose_language(self._settings, str(self.itemData(index)))


def language_menu(settings: Settings, parent: QWidget) -> QMenu:
    """A "Language" menu with one checkable entry per language."""
    menu = QMenu(tr("Language", "&Language"), parent)
    group = QActionGroup(menu)
    group.setExclusive(True)
    for tag, name in LANGUAGES.items():
        action = QAction(name, group)
        action.setCheckable(True)
        action.setChecked(tag == current_language())
        action.setData(tag)
        menu.addAction(action)
    group.triggered.connect(lambda action: choose_language(settings, str(action.data())))
    return menu
