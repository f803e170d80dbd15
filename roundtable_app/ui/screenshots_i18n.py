"""``make screenshots`` (languages): the main screens in each language.

``python -m roundtable_app.ui.screenshots_i18n OUT_DIR [--scale 150]`` writes, for each tag
(``en``, ``sr-Latn``, ``sr-Cyrl``), ``welcome-<tag>.png``, ``unlock-<tag>.png``,
``capture-<tag>.png`` (the demo, a typo underlined by the spell-checker), ``setup-<tag>.png`` and
``review-<tag>.png`` (a remark selected, its findings listed);
with ``--scale 150`` (run under ``QT_SCALE_FACTOR=1.5``) the names end in ``@150``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtWidgets import QWidget

from roundtable_app.ui.app import create_application
from roundtable_app.ui.common import workers_idle
from roundtable_app.ui.i18n import LANGUAGES, install_language
from roundtable_app.ui.settings import Settings

if TYPE_CHECKING:
    from roundtable_app.ui.main_window import MainWindow

SIZE = QSize(1280, 720)
# A remark with one typo, per language, so the capture shot shows the spell-check underline.
TYPED = {
    "en": "Legal aid is free in the asylum centres, but few peple know they can ask for it.",
    "sr-Latn": "Pravna pomoć je besplatna u centrima za azil, ali malo ljudi zna da mže da traži",
    "sr-Cyrl": "Правна помоћ је бесплатна у центрима за азил, али мало људи зна да мже да тражи",
}


def _settle(seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _wait(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise RuntimeError("the screen did not get ready in time")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _grab(widget: QWidget, target: Path) -> Path:
    if not widget.grab().save(str(target)):
        raise RuntimeError(f"could not write {target}")
    return target


def _vault_screens(window: MainWindow, out: Path, tag: str, suffix: str) -> list[Path]:
    """The demo's capture workspace (a typo typed) and its setup dialog."""
    window.welcome.open_demo()
    _wait(lambda: window.workspace is not None)
    workspace = window.workspace
    assert workspace is not None
    spelling = window.spelling
    _wait(lambda: spelling is not None and spelling.service is not None)
    workspace.focus_editor()
    workspace.editor.insertPlainText(TYPED[tag])
    _settle(1.2)  # the guard's and the spell-checker's pauses
    shots = [_grab(window, out / f"capture-{tag}{suffix}.png")]
    window.show_setup()
    _wait(lambda: window._setup is not None)
    setup = window._setup
    assert setup is not None
    setup.resize(QSize(900, 600))
    _settle()
    shots.append(_grab(setup, out / f"setup-{tag}{suffix}.png"))
    setup.reject()
    _settle()
    # Review with a remark selected and its findings listed: the facilitator's screen.
    window.review_action.trigger()
    review = window.review
    assert review is not None
    review.table.selectRow(0)
    review.show_findings()
    _wait(lambda: not review._findings_stale)
    _settle()
    shots.append(_grab(window, out / f"review-{tag}{suffix}.png"))
    window.review_action.trigger()
    _settle()
    workspace.editor.clear()
    window.close_vault()
    _settle()
    return shots


def render(out: Path, scale: str = "") -> list[Path]:
    """Render the welcome window and the unlock dialog in every language into ``out``."""
    from roundtable_app.ui.main_window import MainWindow
    from roundtable_app.ui.unlock import UnlockDialog

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    suffix = f"@{scale}" if scale else ""
    with tempfile.TemporaryDirectory(prefix="roundtable-shots-") as settings_dir:
        os.environ["ROUNDTABLE_SETTINGS_DIR"] = settings_dir
        app = create_application(sys.argv[:1])
        for tag in LANGUAGES:
            missing = install_language(tag)
            if missing:
                raise RuntimeError(f"run `make translations` first: {', '.join(missing)}")
            window = MainWindow(Settings())
            window.resize(SIZE)
            window.show()
            _settle()
            target = out / f"welcome-{tag}{suffix}.png"
            if not window.grab().save(str(target)):
                raise RuntimeError(f"could not write {target}")
            written.append(target)
            dialog = UnlockDialog(Path(settings_dir) / "event.roundtable", window)
            dialog.show()
            _settle()
            target = out / f"unlock-{tag}{suffix}.png"
            if not dialog.grab().save(str(target)):
                raise RuntimeError(f"could not write {target}")
            written.append(target)
            dialog.close()
            written += _vault_screens(window, out, tag, suffix)
            window.close()
            window.deleteLater()
            _settle(0.1)
        workers_idle()
        app.processEvents()
    for path in written:
        print(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Entry point: ``python -m roundtable_app.ui.screenshots_i18n OUT_DIR [--scale N]``."""
    args = list(sys.argv[1:] if argv is None else argv)
    scale = ""
    if "--scale" in args:
        at = args.index("--scale")
        scale = args[at + 1]
        del args[at : at + 2]
    render(Path(args[0]) if args else Path("resources/screenshots"), scale)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
