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


def _app():  # type: ignore[no-untyped-def]
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
    os.environ.setdefault("ROUNDTABLE_SETTINGS_DIR", tempfile.mkdtemp(prefix="roundtable-probe-"))
    if probe == "welcome":
        return welcome()
    if probe == "capture" and len(args) == 1:
        return capture(args[0])
    if probe == "screenshots" and len(args) == 1:
        return screenshots(args[0])
    sys.stderr.write(f"roundtable: unknown probe {probe!r} or wrong arguments\n")
    return 2
