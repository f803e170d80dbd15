"""Export from Review: every format at once, in a worker, private files, never overwriting."""

from __future__ import annotations

import stat
from pathlib import Path

from helpers import PASSPHRASE
from PySide6.QtCore import Qt

from roundtable_app.ui.main_window import MainWindow
from roundtable_app.vault import Vault
from roundtable_app.vault.types import NewRemark

THEME = "Reception"
TEXTS = ["Winter shelters fill up by November.", "Legal aid is free but rarely asked for."]


def test_all_formats_at_once_then_again_beside(window: MainWindow, tmp_path: Path, qtbot):
    path = tmp_path / "event.roundtable"
    with Vault.create(path, PASSPHRASE, title="Export test", themes=(THEME,)) as v:
        v.add_remarks([NewRemark(THEME, t) for t in TEXTS])
    window.open_vault(Vault.open(path, PASSPHRASE))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.workspace.editor, Qt.Key.Key_F9)  # type: ignore[union-attr]
    review = window.review
    assert review is not None
    review.tabs.setCurrentWidget(review.overview)
    pane = review.overview.export_pane
    out = tmp_path / "out"
    out.mkdir()
    pane.folder.setText(str(out))
    with qtbot.waitSignal(pane.finished, timeout=60_000) as done:
        qtbot.mouseClick(pane.export_button, Qt.MouseButton.LeftButton)
    written = done.args[0]
    assert sorted(p.suffix for p in written) == [".docx", ".md", ".pdf"]
    for p in written:
        assert stat.S_IMODE(p.stat().st_mode) == 0o600
    md = next(p for p in written if p.suffix == ".md").read_text(encoding="utf-8")
    assert all(t in md for t in TEXTS)
    assert pane.open_button.isEnabled() and pane.show_button.isEnabled()
    # a second export never overwrites the first
    pane.boxes["pdf"].setChecked(False)
    pane.boxes["docx"].setChecked(False)
    with qtbot.waitSignal(pane.finished, timeout=60_000) as again:
        qtbot.mouseClick(pane.export_button, Qt.MouseButton.LeftButton)
    [second] = again.args[0]
    assert second.name == "event-summary (2).md"
    assert len(list(out.iterdir())) == 4
