"""The Qt binding itself must not leak references to Python singletons.

PySide6 6.12.0 drops a reference to None/True/False on every signal emitted from Python; on
Python 3.11 those objects are not immortal, so the app aborts after a few thousand
keystrokes. pyproject.toml excludes that release; this test catches any like it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPlainTextEdit


class _Emitter(QObject):
    number = Signal(int)
    flag = Signal(bool)


def test_signals_emitted_from_python_keep_singleton_refcounts(qtbot) -> None:
    emitter = _Emitter()
    received = [0]

    def count(_value: object) -> None:
        received[0] += 1  # keeps no reference to what it was given

    emitter.number.connect(count)
    emitter.flag.connect(count)
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.textChanged.connect(lambda: None)
    singletons = (None, True, False)
    before = [sys.getrefcount(s) for s in singletons]
    for i in range(300):
        emitter.number.emit(i)
        emitter.flag.emit(i % 2 == 0)
        editor.insertPlainText("a")
    after = [sys.getrefcount(s) for s in singletons]
    assert received[0] == 600
    # a few references may come and go with caches; a leak loses hundreds
    assert all(abs(b - a) < 50 for b, a in zip(before, after, strict=True)), (before, after)
