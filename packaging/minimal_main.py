"""The startup bench's baseline: a minimal PySide6 window, frozen with the same options and Qt
exclusions as Roundtable (``packaging/minimal.spec``). Prints the time it was painted."""

from __future__ import annotations

import json
import time

from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit


def main() -> int:
    """Show the window, paint it once, print the time."""
    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QPlainTextEdit())
    window.resize(1280, 720)
    window.show()
    app.processEvents()
    print(json.dumps({"shown": time.time()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
