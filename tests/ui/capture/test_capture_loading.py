"""Opening the capture workspace: the first frame first, then the saved remarks and the guard,
and nothing read from the vault twice."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtWidgets import QApplication

from roundtable_app.ui.capture.workspace import CaptureWorkspace
from roundtable_app.vault import Vault

READS = ("themes", "sessions", "remarks", "terms", "dismissals", "draft", "event")


@pytest.fixture
def reads(demo_vault: Vault, monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Counts the demo vault's read calls."""
    counts: Counter[str] = Counter()
    for name in READS:
        real = getattr(demo_vault, name)

        def counted(*args, _real=real, _name=name, **kwargs):
            counts[_name] += 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(demo_vault, name, counted)
    return counts


def test_first_frame_then_remarks_and_guard_each_read_once(qtbot, demo_vault, reads) -> None:
    ws = CaptureWorkspace(demo_vault)
    qtbot.addWidget(ws)
    # Before the first paint: the themes and agenda are there, the saved remarks not yet.
    assert ws.theme_model.rowCount() == 5
    assert not ws.is_loaded and ws.remark_model.rowCount() == 0
    assert reads["remarks"] == 0 and reads["terms"] == 0
    ws.resize(1280, 720)
    ws.show()
    qtbot.waitUntil(lambda: ws.is_loaded, timeout=5000)
    by_workspace = {name: reads[name] for name in READS}
    assert ws.remark_model.rowCount() == len(demo_vault.remarks())
    assert by_workspace == {
        "themes": 1,
        "sessions": 1,
        "remarks": 1,
        "terms": 1,
        "dismissals": 1,
        "draft": 1,
        "event": 0,
    }
    # The guard is live once loaded: a protected name from the demo's list is underlined.
    term = demo_vault.terms()[0].term
    ws.editor.setPlainText(f"As {term} said.")
    ws.live.scan_now()
    assert [f.text for f in ws.live.findings] == [term]
    ws.shutdown()


def test_saving_before_the_remarks_arrive_keeps_every_row_once(qtbot, demo_vault) -> None:
    before = len(demo_vault.remarks())
    ws = CaptureWorkspace(demo_vault)  # never shown: nothing painted, nothing deferred ran
    qtbot.addWidget(ws)
    ws.editor.setPlainText("Saved before the list was filled.")
    ws.view.save_button.click()
    assert ws.is_loaded
    assert len(demo_vault.remarks()) == before + 1
    assert ws.remark_model.rowCount() == before + 1
    last = ws.remark_model.remark_at(before)
    assert last is not None and last.text == "Saved before the list was filled."
    ws.shutdown()


def test_a_lock_before_loading_finishes_leaves_nothing_to_load(qtbot, demo_vault) -> None:
    ws = CaptureWorkspace(demo_vault)
    qtbot.addWidget(ws)
    ws.show()
    ws.shutdown()  # the queued load may still fire: it must find nothing to do
    for _ in range(3):
        QApplication.processEvents()
    assert ws.remark_model.rowCount() == 0
    assert ws.checks is None
    assert ws.view.theme_list.model().rowCount() == 0
    assert not ws.isEnabled()
    assert ws.editor.toPlainText() == ""
