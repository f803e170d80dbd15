"""Child process for the kill test: type a sentence into a real CaptureWorkspace, wait for the
draft timer to store it, say "ready", then wait to be killed (SIGKILL: no shutdown runs)."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from roundtable_app.ui.capture import workspace as ws_module
from roundtable_app.vault import Vault


def main() -> int:
    """Open the vault named on the command line and type ``argv[2]`` into the editor."""
    app = QApplication(sys.argv[:1])
    ws_module.DRAFT_INTERVAL_MS = 200  # a short tick keeps the test quick; the path is the same
    vault = Vault.open(sys.argv[1], os.environ["ROUNDTABLE_TEST_PASSPHRASE"])
    workspace = ws_module.CaptureWorkspace(vault)
    workspace.show()
    workspace.focus_editor()

    def ready() -> None:
        # Only the timer's own save counts: the sentence must be complete in the draft.
        if workspace.editor.toPlainText() == sys.argv[2]:
            print("ready", flush=True)

    workspace.draft_saved.connect(ready)
    for char in sys.argv[2]:
        # QTest.keyClicks only knows Latin-1; a key event carrying the text types any letter.
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                workspace.editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            )
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
