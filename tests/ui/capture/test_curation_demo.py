"""The demo's four deliberate slips can all be resolved in the app (reword, exclude, dismiss),
after which File → Export summary enables Export without the "export anyway" box."""

from __future__ import annotations

from PySide6.QtCore import Qt

from roundtable_app.export.preflight import preflight
from roundtable_app.ui.capture.remark_model import TEXT
from roundtable_app.ui.capture.workspace import CaptureWorkspace
from roundtable_app.ui.file_menu.export_dialog import ExportDialog
from roundtable_app.ui.main_window import MainWindow
from roundtable_app.vault import Vault

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def select(ws: CaptureWorkspace, remark_id: str) -> None:
    """Put the keyboard on a remark's row in the list."""
    source = ws.remark_model.index(ws.remark_model.row_of(remark_id), TEXT)
    view = ws.view.remark_list
    view.setFocus()
    view.setCurrentIndex(ws.remark_filter.mapFromSource(source))


def reword_with_the_guards_suggestions(ws: CaptureWorkspace, remark_id: str) -> None:
    """Open the reword dialog, take every suggestion the guard offers (right-click → Replace),
    save the wording."""
    dialog = ws.dialogs.reword_dialog(remark_id)
    assert dialog is not None
    while dialog.live.findings:
        span = dialog.live.highlighter.spans[0]
        assert span.finding.suggestion
        assert dialog.editor.replace_span(span)
        dialog.live.scan_now()
    wording = dialog.wording()
    dialog.reject()
    assert wording is not None
    assert ws.curation.reword(remark_id, wording)


def test_the_demo_slips_are_resolved_in_the_app_and_export_needs_no_tick(
    qtbot, window: MainWindow, demo_vault: Vault
) -> None:
    slips = {t.target_id: t for t in preflight(demo_vault) if t.findings}
    assert len(slips) == 4
    by_words = {f.text: rid for rid, t in slips.items() for f in t.findings}
    window.open_vault(demo_vault)
    ws = window.workspace
    assert ws is not None
    ws.ensure_loaded()

    # 1 and 2: a name and an e-mail address, reworded with the guard's neutral suggestions.
    person = by_words["Jelena Petrović"]
    contact = by_words["gbv.referrals@example.org"]
    originals = {rid: demo_vault.remark(rid).text for rid in (person, contact)}
    reword_with_the_guards_suggestions(ws, person)
    reword_with_the_guards_suggestions(ws, contact)
    for rid, original in originals.items():
        remark = demo_vault.remark(rid)
        assert remark.text == original and remark.reworded and remark.reworded != original
    # the name opened the sentence: its neutral wording does too, capitalised
    assert demo_vault.remark(person).current_text.startswith("A participant pointed out")

    # 3: the remark naming the speaker's own organisation is left out (Ctrl+Shift+X).
    own_org = by_words["VRAN"]
    select(ws, own_org)
    qtbot.keyClick(ws.view.remark_list, Qt.Key.Key_X, CTRL | SHIFT)
    assert demo_vault.remark(own_org).status == "excluded"

    # 4: a name in an inflected form the facilitator judges harmless: dismissed with a reason.
    named = next(rid for rid in slips if rid not in (person, contact, own_org))
    row = ws.remark_model.row_of(named)
    [finding] = ws.remark_model.index(row, TEXT).data(ws.remark_model.FindingsRole)
    assert ws.curation.dismiss_finding(named, finding, "the author of a published report")
    assert ws.remark_model.index(row, TEXT).data(ws.remark_model.FindingsRole) == []

    assert [t for t in preflight(demo_vault) if t.findings] == []
    window.export_action.trigger()
    dialog = window._file_dialog
    assert isinstance(dialog, ExportDialog)
    qtbot.waitUntil(lambda: dialog.gate.state != "checking", timeout=60_000)
    assert dialog.gate.state == "clean"
    assert not dialog.accept_box.isVisible()
    assert dialog.go.isEnabled()
    dialog.reject()
