"""Auto-lock: a plain policy deciding when to lock, and the Qt part that feeds it.

The policy is tested with a fake clock; the Qt part only reports keyboard and mouse activity
application-wide and asks the policy once a second.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

IDLE_CHOICES: tuple[int, ...] = (1, 2, 5, 10, 15, 30, 60)


class IdleLockPolicy:
    """Decides when an idle session should lock.

    ``clock`` returns seconds (monotonic); ``timeout`` is in seconds. The policy only locks
    while armed (a vault is open and unlocked).
    """

    def __init__(self, clock: Callable[[], float], timeout: float) -> None:
        if timeout <= 0:
            raise ValueError("the idle timeout must be positive")
        self._clock = clock
        self._timeout = float(timeout)
        self._last = clock()
        self._armed = False

    @property
    def timeout(self) -> float:
        """Seconds of inactivity before locking."""
        return self._timeout

    @timeout.setter
    def timeout(self, seconds: float) -> None:
        if seconds <= 0:
            raise ValueError("the idle timeout must be positive")
        self._timeout = float(seconds)

    @property
    def armed(self) -> bool:
        """Whether there is something to lock."""
        return self._armed

    def arm(self) -> None:
        """Start watching (a vault was opened or unlocked); idle time counts from now."""
        self._armed = True
        self._last = self._clock()

    def disarm(self) -> None:
        """Stop watching (the vault was locked or closed)."""
        self._armed = False

    def activity(self) -> None:
        """The user did something: idle time starts again."""
        self._last = self._clock()

    def idle_for(self, now: float | None = None) -> float:
        """Seconds since the last activity."""
        return max(0.0, (self._clock() if now is None else now) - self._last)

    def should_lock(self, now: float | None = None) -> bool:
        """True once the session has been idle for the whole timeout while armed."""
        return self._armed and self.idle_for(now) >= self._timeout


_ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class ActivityFilter(QObject):
    """Application-wide event filter: reports keyboard and mouse activity, consumes nothing."""

    def __init__(self, on_activity: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_activity = on_activity

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note activity and let the event through untouched."""
        if event.type() in _ACTIVITY_EVENTS:
            self._on_activity()
        return False


class AutoLock(QObject):
    """Emits ``lock_requested`` when the policy says the idle time is up."""

    lock_requested = Signal()

    def __init__(
        self,
        minutes: int,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.policy = IdleLockPolicy(clock, minutes * 60)
        self._filter = ActivityFilter(self.policy.activity, self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._filter)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.check_now)

    def set_minutes(self, minutes: int) -> None:
        """Change the idle time (takes effect at once)."""
        self.policy.timeout = minutes * 60

    def arm(self) -> None:
        """Watch for idleness (a vault is open)."""
        self.policy.arm()
        self._timer.start()

    def disarm(self) -> None:
        """Stop watching (locked, closed, or on the welcome page)."""
        self.policy.disarm()
        self._timer.stop()

    def stop(self) -> None:
        """Disarm and remove the application-wide filter (the window is going away)."""
        self.disarm()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._filter)

    def check_now(self) -> None:
        """Ask the policy now (the timer does this every second); emits if it is time."""
        if self.policy.should_lock():
            self.disarm()
            self.lock_requested.emit()
