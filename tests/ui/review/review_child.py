"""Child process for the synthesis kill test: type into Review's docked synthesis editor,
wait until what was typed is in the vault, say "ready", then wait to be killed (SIGKILL)."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from roundtable_app.ui.capture.workspace import CaptureWorkspace
from roundtable_app.ui.review.workspace import ReviewWorkspace
from roundtable_app.vault import Vault


def main() -> int:
    """Open the vault named on the command line and type ``argv[2]`` as theme 1's synthesis."""
    app = QApplication(sys.argv[:1])
    vault = Vault.open(sys.argv[1], os.environ["ROUNDTABLE_TEST_PASSPHRASE"])
    capture = CaptureWorkspace(vault)
    review = ReviewWorkspace(vault, capture.curation, capture.undo_stack)
    review.show()
    review.theme_list.setCurrentRow(1)
    review.synthesis.setFocus()

    def ready() -> None:
        if review.synthesis.toPlainText() == sys.argv[2]:
            print("ready", flush=True)

    review.synthesis_saved.connect(ready)
    for char in sys.argv[2]:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                review.synthesis, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            )
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
