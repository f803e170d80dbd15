"""Starting the desktop app: the QApplication (style, palette, icon, translators) and the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from roundtable_app.ui.common import icon, run_in_worker, workers_idle
from roundtable_app.ui.i18n import (
    DEFAULT_LANGUAGE,
    install_language,
    language_changed,
    system_language,
    tr,
)
from roundtable_app.ui.settings import Settings, point_qt_settings
from roundtable_app.ui.theme import apply_theme
from roundtable_app.ui.vault_access import preload

if TYPE_CHECKING:
    from roundtable_app.ui.main_window import MainWindow


def _install_translators() -> None:
    # No question asked here (tests, screenshots): the stored choice, else the system's, else
    # English; run_app asks on a real first start before this matters.
    tag = Settings().language or system_language() or DEFAULT_LANGUAGE
    missing = install_language(tag)
    if missing:
        # The strings stay in English; say so on stderr rather than stopping the app.
        print(f"roundtable: translations not found: {', '.join(missing)}", file=sys.stderr)


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication, set up once: names, Fusion style, theme (palette and stylesheet), icon,
    translators.

    QSettings is pointed at ``$ROUNDTABLE_SETTINGS_DIR`` when that variable is set (tests).
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setApplicationName("Roundtable")
    app.setOrganizationName("Roundtable")
    app.setApplicationDisplayName("Roundtable")
    QGuiApplication.setDesktopFileName("roundtable")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    point_qt_settings()
    app.setStyle("Fusion")
    # Colours from the system palette (the app's own look on a light one), font sizes from
    # the system font: see ui/theme.py.
    apply_theme(app)
    app.setWindowIcon(icon("app"))
    if not app.property("roundtable_translators"):
        _install_translators()
        app.setProperty("roundtable_translators", True)
    if getattr(app, "_roundtable_clipboard", None) is None:
        from roundtable_app.ui.privacy import ClipboardGuard, forget_file_dialog_history

        app._roundtable_clipboard = ClipboardGuard(app.clipboard())  # type: ignore[attr-defined]
        app.aboutToQuit.connect(forget_file_dialog_history)
    return app


def _ignore(_value: object) -> None:
    # A failed preload is retried, and reported, by the unlock that needs it.
    return None


def _preload_workspace(_value: object) -> None:
    # Widget classes are defined on the GUI thread; with the vault already loaded this is quick.
    import roundtable_app.ui.capture.workspace  # noqa: F401


class LanguageFollower(QObject):
    """Rebuilds the main window in a newly chosen language when no vault is open.

    ``window`` is always the current one. With no vault open nothing is lost by building the
    window again; with one open, dialogs opened from now on use the new language and the rest
    follows at the next start (the status bar says so). Deleting the follower disconnects it.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        language_changed().connect(self._relanguage)

    def _relanguage(self, _tag: str) -> None:
        from roundtable_app.ui.main_window import MainWindow

        current = self.window
        if current.vault is not None or current.vault_path is not None:
            current.statusBar().showMessage(
                tr("MainWindow", "The new language applies fully the next time Roundtable starts.")
            )
            return
        fresh = MainWindow(current.settings)
        fresh.setGeometry(current.geometry())
        fresh.show()
        self.window = fresh
        current.close()
        current.deleteLater()


def run_app(vault_path: str | None = None) -> int:
    """Run the desktop app (``roundtable gui [VAULT]``); returns the exit status."""
    from roundtable_app.ui.main_window import MainWindow  # after the app exists
    from roundtable_app.vault.hardening import disable_core_dumps

    disable_core_dumps()  # before a passphrase is typed: a core file would hold it
    app = create_application(sys.argv)
    from roundtable_app.ui.language import start_language

    start_language(Settings())
    window = MainWindow()
    window.show()
    _follower = LanguageFollower(window)  # kept alive for the whole run
    if vault_path:
        window.open_path(vault_path)
    # The welcome window came up without the vault service; load it while the user reads.
    QTimer.singleShot(0, lambda: run_in_worker(preload, _preload_workspace, _ignore))
    status = app.exec()
    workers_idle()
    return int(status)
