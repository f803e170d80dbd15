"""Accessibility: readable colours under any system palette, tab order, visible focus, and text
that follows the system font size."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from roundtable_app.ui.main_window import MainWindow
from roundtable_app.ui.settings import Settings
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
