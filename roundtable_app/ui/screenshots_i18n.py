"""``make screenshots`` (languages): the welcome window and the unlock dialog in each language.

``python -m roundtable_app.ui.screenshots_i18n OUT_DIR [--scale 150]`` writes
``welcome-en.png``, ``welcome-sr-Latn.png``, ``welcome-sr-Cyrl.png`` and ``unlock-<tag>.png``;
with ``--scale 150`` (run under ``QT_SCALE_FACTOR=1.5``) the names end in ``@150``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QSize  # noqa: E402

from roundtable_app.ui.app import create_application  # noqa: E402
from roundtable_app.ui.common import workers_idle  # noqa: E402
from roundtable_app.ui.i18n import LANGUAGES, install_language  # noqa: E402
from roundtable_app.ui.settings import Settings  # noqa: E402

SIZE = QSize(1280, 720)


def _settle(seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
        time.sleep(0.01)


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
