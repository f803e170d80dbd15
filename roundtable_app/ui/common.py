"""Helpers every window shares: work off the GUI thread, icons, inline messages, keys."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from roundtable_app.paths import resources_dir

# ------------------------------------------------------------------ workers


class _WorkerSignals(QObject):
    """Lives in the GUI thread, so its signals are delivered there (queued) from a worker."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _WorkerSignals) -> None:
        super().__init__()
        self._fn = fn
        self._signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 — every failure must reach the GUI thread
            self._signals.failed.emit(exc)
        else:
            self._signals.done.emit(result)


# Signals objects are kept alive here until their job reports back.
_pending: set[_WorkerSignals] = set()


def run_in_worker(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    *,
    owner: QObject | None = None,
    orphan: Callable[[Any], None] | None = None,
) -> None:
    """Run ``fn()`` on the shared thread pool; its result or exception comes back to
    ``on_done``/``on_error`` on the GUI thread. ``fn`` must never touch a widget.

    If ``owner`` was deleted meanwhile (a dialog closed), neither callback runs; a result
    goes to ``orphan`` instead, so that e.g. a vault unlocked too late is closed again.
    """
    signals = _WorkerSignals()
    _pending.add(signals)

    def finish(callback: Callable[[Any], None], value: Any, ok: bool) -> None:
        _pending.discard(signals)
        signals.deleteLater()
        if owner is not None and not shiboken6.isValid(owner):
            if ok and orphan is not None:
                orphan(value)
            return
        callback(value)

    signals.done.connect(lambda value: finish(on_done, value, True))
    signals.failed.connect(lambda exc: finish(on_error, exc, False))
    QThreadPool.globalInstance().start(_Job(fn, signals))


def close_vault(value: Any) -> None:
    """An ``orphan`` for workers that return an open vault nobody is waiting for."""
    close = getattr(value, "close", None)
    if callable(close):
        close()


def pending_jobs() -> int:
    """How many worker jobs have not yet reported back to the GUI thread."""
    return len(_pending)


def workers_idle(timeout_ms: int = 5000) -> bool:
    """Wait until every job on the shared pool has finished (used before quitting)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


# ------------------------------------------------------------------ icons


def icon_path(name: str) -> str:
    """The file of one of the app's SVG icons (``resources/icons/NAME.svg``)."""
    return str(resources_dir() / "icons" / f"{name}.svg")


def icon(name: str) -> QIcon:
    """One of the app's icons; an empty icon if the file is missing (never an error)."""
    return QIcon(icon_path(name))


def message_label(parent: QWidget | None = None) -> QLabel:
    """A word-wrapped label for inline messages, hidden until it has something to say."""
    label = QLabel(parent)
    label.setObjectName("message")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_message(label: QLabel, text: str, *, error: bool = True) -> None:
    """Show ``text`` in an inline message label (styled as an error or as a note)."""
    label.setProperty("error", error)
    label.setText(text)
    label.setAccessibleDescription(text)
    label.setVisible(bool(text))
    # Re-polish so the stylesheet picks up the changed ``error`` property.
    label.style().unpolish(label)
    label.style().polish(label)


# ------------------------------------------------------------------ Enter in a field


class _EnterFilter(QObject):
    """Turns Return/Enter in one line edit into one call, and swallows the key press.

    QLineEdit passes Return on to its dialog after emitting ``returnPressed``; if the slot
    moved the focus (a field disabled while unlocking), the dialog then "clicked" whatever
    button had it, Cancel included. Consuming the key here means one key press, one action.
    """

    def __init__(self, field: QWidget, action: Callable[[], None]) -> None:
        super().__init__(field)
        self._action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Run the action on a plain Return or Enter; let every other event through."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                plain == Qt.KeyboardModifier.NoModifier
            ):
                event.accept()
                self._action()
                return True
        return False


def on_enter(field: QWidget, action: Callable[[], None]) -> None:
    """Make Return/Enter in ``field`` run ``action`` and nothing else (no default button)."""
    field.installEventFilter(_EnterFilter(field, action))


def select_for_retry(field: QLineEdit) -> None:
    """Focus ``field`` with its whole text selected, so typing replaces it."""
    field.setFocus()
    field.selectAll()


def shortcut_action(
    widget: QWidget, text: str, keys: Sequence[str], slot: Callable[[], object]
) -> QAction:
    """A keyboard action on ``widget`` and its children (``keys``, first one in the tooltip)."""
    action = QAction(text, widget)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setToolTip(f"{text} ({keys[0]})")
    action.triggered.connect(lambda _=False: slot())
    widget.addAction(action)
    return action
