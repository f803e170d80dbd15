"""Typing cost in the capture editor with the live guard, as a ratio to a bare editor.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/capture_typing.py
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from roundtable_app.ui.capture.workspace import CaptureWorkspace
from roundtable_app.vault import Vault
from roundtable_app.vault.demo import create_demo

TEXT = "Jelena Petrovic said the registration backlog keeps people waiting for weeks. " * 5


def per_key(editor: QPlainTextEdit) -> float:
    """Seconds per typed character, typing TEXT into ``editor``."""
    start = time.perf_counter()
    QTest.keyClicks(editor, TEXT)
    return (time.perf_counter() - start) / len(TEXT)


def spelling_figures(ws: CaptureWorkspace, vault: Vault, baseline: float) -> None:
    """Typing with the spell-checker attached too, and one check after the pause."""
    from roundtable_app.ui.guarded_text.spelling import SpellingHub

    hub = SpellingHub(vault, tag="sr-Latn")  # the largest dictionaries: the worst case
    deadline = time.perf_counter() + 30
    while hub.service is None and time.perf_counter() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    underliner = hub.underliner_for(ws.editor)
    if hub.service is None or underliner is None:
        print("spell-check: dictionaries did not load; not measured")
        return
    ws.editor.clear()
    typing = per_key(ws.editor)
    start = time.perf_counter()
    underliner.check_now()
    check = time.perf_counter() - start
    print(f"capture editor with live guard and spell-check: {typing / baseline:.2f}x baseline")
    print(f"one spell-check pass after the pause: {check / baseline:.1f} keystrokes' worth")
    hub.shutdown()


def main() -> None:
    """Print the figures."""
    app = QApplication([])
    bare = QPlainTextEdit()
    bare.show()
    baseline = per_key(bare)
    vault = create_demo(Path(tempfile.mkdtemp()) / "bench.roundtable")
    ws = CaptureWorkspace(vault)
    ws.show()
    typing = per_key(ws.editor)
    start = time.perf_counter()
    ws.live.scan_now()
    scan = time.perf_counter() - start
    start = time.perf_counter()
    ws._save_draft()
    draft = time.perf_counter() - start
    print(f"bare editor: {baseline * 1e6:.0f} µs/key (baseline 1.00)")
    print(f"capture editor with live guard: {typing / baseline:.2f}x baseline")
    print(f"one debounced scan of {len(TEXT)} chars: {scan / baseline:.1f} keystrokes' worth")
    print(f"one draft save (fsync): {draft / baseline:.1f} keystrokes' worth")
    spelling_figures(ws, vault, baseline)
    ws.shutdown()
    vault.close()
    app.quit()


if __name__ == "__main__":
    main()
