"""The app's settings: idle minutes, recent vault paths the user chose to keep, window geometry.

Nothing of a vault's content is ever stored here: no title, no theme, no remark, no passphrase.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_ENV = "ROUNDTABLE_SETTINGS_DIR"
DEFAULT_IDLE_MINUTES = 5
IDLE_RANGE = (1, 240)
MAX_RECENT = 8


def settings_folder() -> Path | None:
    """``$ROUNDTABLE_SETTINGS_DIR`` (made if missing) when set (tests), else None: the one
    place that decides where settings go."""
    folder = os.environ.get(SETTINGS_ENV)
    if not folder:
        return None
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    return path


def point_qt_settings() -> None:
    """Send Qt's own settings files (file-dialog state and the like) to the same folder."""
    folder = settings_folder()
    if folder is not None:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def make_qsettings() -> QSettings:
    """QSettings in ``$ROUNDTABLE_SETTINGS_DIR/Roundtable.ini`` when set (tests), else the
    platform's usual place for the app."""
    folder = settings_folder()
    if folder is not None:
        return QSettings(str(folder / "Roundtable.ini"), QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Roundtable", "Roundtable"
    )


class Settings:
    """Typed access to the few values Roundtable remembers between runs."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else make_qsettings()

    @property
    def file_name(self) -> str:
        """Where the settings live (for tests and the About box)."""
        return self._store.fileName()

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self._store.sync()

    # ------------------------------------------------------------- auto-lock
    @property
    def idle_minutes(self) -> int:
        """Minutes without keyboard or mouse activity before the vault locks itself."""
        raw = self._store.value("lock/idle_minutes", DEFAULT_IDLE_MINUTES)
        try:
            value = int(str(raw))
        except ValueError:
            return DEFAULT_IDLE_MINUTES
        low, high = IDLE_RANGE
        return min(max(value, low), high)

    @idle_minutes.setter
    def idle_minutes(self, minutes: int) -> None:
        low, high = IDLE_RANGE
        self._store.setValue("lock/idle_minutes", min(max(int(minutes), low), high))

    # ------------------------------------------------------------- recent vaults
    def recent_paths(self) -> list[str]:
        """Vault paths the user asked to keep, most recent first (paths only)."""
        raw = self._store.value("recent/paths", [])
        if isinstance(raw, str):  # QSettings returns a lone value as a plain string
            raw = [raw]
        if not isinstance(raw, list | tuple):
            return []
        return [str(p) for p in raw if str(p)]

    def remember_path(self, path: str | Path) -> None:
        """Put ``path`` at the top of the recent list (only when the user ticked the box)."""
        value = str(Path(path).resolve())
        paths = [value, *(p for p in self.recent_paths() if p != value)][:MAX_RECENT]
        self._store.setValue("recent/paths", paths)

    def forget_path(self, path: str | Path) -> None:
        """Take ``path`` off the recent list."""
        value = str(Path(path).resolve())
        self._store.setValue("recent/paths", [p for p in self.recent_paths() if p != value])

    # ------------------------------------------------------------- window
    def window_geometry(self) -> QByteArray | None:
        """The main window's saved geometry, if any."""
        raw = self._store.value("window/geometry")
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        """Remember the main window's geometry."""
        self._store.setValue("window/geometry", geometry)

    # ------------------------------------------------------------- language
    @property
    def language(self) -> str | None:
        """The UI language as a BCP 47 tag (``en``, ``sr-Latn``, ``sr-Cyrl``); None before the
        first choice. Never ``QLocale.name()``, which is ``sr_RS`` for both Serbian scripts."""
        from roundtable_app.ui.i18n import LANGUAGE_KEY, normalise_tag

        return normalise_tag(self._store.value(LANGUAGE_KEY, ""))

    @language.setter
    def language(self, tag: str) -> None:
        from roundtable_app.ui.i18n import LANGUAGE_KEY, normalise_tag

        known = normalise_tag(tag)
        if known is None:
            raise ValueError(f"unknown language tag {tag!r}")
        self._store.setValue(LANGUAGE_KEY, known)
