"""Self-checks of the standalone build, for ``make dist-test`` and ``bench/bench_startup.py``.

They run the frozen app's own code (the same MainWindow, vault and resources a user gets) where a
test cannot type: with ``QT_QPA_PLATFORM=offscreen`` there is no screen to drive. Each prints one
JSON line and exits; none touches the user's settings (they go to a temporary folder).

- ``welcome``: show the welcome window, print the time it was painted.
- ``capture VAULT`` (passphrase in ``ROUNDTABLE_PASSPHRASE``): open the vault in the capture
  workspace, print the time it was painted.
- ``screenshots DIR``: the screens of ``make screenshots`` (welcome, the demo vault in capture,
  setup, export pre-flight, lock) written as PNG files into DIR.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from typing import Any


def _app() -> tuple[Any, Any]:
    from roundtable_app.ui.app import create_application
    from roundtable_app.ui.main_window import MainWindow

    app = create_application(sys.argv[:1])
    window = MainWindow()
    window.resize(1280, 720)
    return app, window


def welcome() -> int:
    """Paint the welcome window once."""
    app, window = _app()
    window.show()
    app.processEvents()
    print(json.dumps({"shown": time.time()}))
    window.close()
    return 0


def capture(path: str) -> int:
    """Paint the capture workspace of the vault at ``path`` once."""
    from roundtable_app.vault import Vault

    app, window = _app()
    vault = Vault.open(path, os.environ["ROUNDTABLE_PASSPHRASE"])
    window.open_vault(vault)
    window.show()
    app.processEvents()
    print(json.dumps({"shown": time.time()}))
    window.close()
    return 0


def screenshots(out: str) -> int:
    """Render the app's main screens, the demo vault open, into ``out``."""
    from pathlib import Path

    from roundtable_app.ui.screenshots import render

    written = render(Path(out))
    print(json.dumps({"written": [str(p) for p in written]}))
    return 0


def main(probe: str, args: list[str]) -> int:
    """Run ``probe`` with ``args``; 2 for an unknown probe or missing argument."""
    runs = {"welcome": (welcome, 0), "capture": (capture, 1), "screenshots": (screenshots, 1)}
    if probe not in runs or len(args) != runs[probe][1]:
        sys.stderr.write(f"roundtable: unknown probe {probe!r} or wrong arguments\n")
        return 2
    function, _ = runs[probe]
    with tempfile.TemporaryDirectory(prefix="roundtable-probe-") as settings:
        # the user's own settings (recent files, window size) are never touched by a probe
        os.environ["ROUNDTABLE_SETTINGS_DIR"] = settings
        return int(function(*args))
