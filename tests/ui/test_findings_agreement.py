"""One dismissal rule: the capture list's marks, Review's synthesis editor's marks and the
export pre-flight agree, finding by finding, on the same vault."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from roundtable_app.export.findings import (
    EVENT_TARGET,
    Dismissals,
    dismissal_key,
    remark_target,
    theme_target,
)
from roundtable_app.export.preflight import preflight
from roundtable_app.guard import Finding, Term
from roundtable_app.ui.capture.checks import CaptureChecks
from roundtable_app.ui.capture.curation import CurationController
from roundtable_app.ui.capture.remark_model import RemarkTableModel
from roundtable_app.ui.review.workspace import ReviewWorkspace
from roundtable_app.vault import Vault


def key(f: Finding) -> tuple[int, int, str, str]:
    return (f.start, f.end, f.text, f.category)


def test_capture_marks_review_synthesis_marks_and_preflight_agree(qtbot, vault: Vault) -> None:
    vault.import_terms([Term("Jelena Petrović", "person"), Term("Danube Forum", "organisation")])
    child, other = vault.themes()
    named = vault.add_remark("Jelena Petrović said the Danube Forum agreed.", child.id)
    spaced = vault.add_remark("As Jelena  Petrović put it, nothing moved.", other.id)
    clean = vault.add_remark("Nothing identifying here.", child.id)
    excluded = vault.add_remark("Jelena Petrović again.", child.id)
    vault.update_remark(excluded.id, status="excluded")
    # One dismissal written with other case and spacing than the remark holds: the old
    # pre-flight (case only) and the old capture list (case and spacing) disagreed here.
    vault.dismiss_finding(remark_target(spaced.id), "jelena petrović", "person", "public figure")
    vault.dismiss_finding(remark_target(named.id), "DANUBE  FORUM", "organisation", "public")
    vault.set_theme_summary(child.id, "Jelena Petrović and the Danube Forum led it.")
    vault.dismiss_finding(theme_target(child.id), "jelena  petrović", "person", "chair")
    vault.set_event_summary("The Danube Forum convened it.")

    flight = {item.target: [key(f) for f in item.findings] for item in preflight(vault)}

    # the capture list: the model's marks, from the workspace's checks
    model = RemarkTableModel()
    model.set_remarks(vault.remarks())
    checks = CaptureChecks(vault.terms(), vault.dismissals())
    model.set_findings_source(checks.remark_findings)
    for remark in vault.remarks():
        marks = [key(f) for f in model.findings(remark)]
        assert marks == flight.get(remark_target(remark.id), []), remark.text

    # Review's synthesis editor: what it underlines for each text (All themes shows the
    # executive summary, a theme its synthesis)
    stack = QUndoStack()
    review = ReviewWorkspace(vault, CurationController(vault, [], stack, print), stack)
    qtbot.addWidget(review)
    for row, target in (
        (0, EVENT_TARGET),
        (1, theme_target(child.id)),
        (2, theme_target(other.id)),
    ):
        review.theme_list.setCurrentRow(row)
        review.synthesis_guard.scan_now(force=True)
        marks = [key(f) for f in review.synthesis_guard.findings]
        assert marks == flight.get(target, []), target
    review.shutdown()

    # and the outcome itself: what is left open, and what is not
    assert flight[remark_target(named.id)] == [(0, 15, "Jelena Petrović", "person")]
    assert flight[remark_target(spaced.id)] == []
    assert flight[remark_target(clean.id)] == []
    assert remark_target(excluded.id) not in flight
    assert [f[2] for f in flight[theme_target(child.id)]] == ["Danube Forum"]
    assert [f[2] for f in flight["event"]] == ["Danube Forum"]


def test_the_rule_ignores_case_and_white_space_but_not_the_category() -> None:
    assert dismissal_key("Jelena \n Petrović", "person") == ("jelena petrović", "person")
    rules = Dismissals()
    rules.record("remark:x", "JELENA PETROVIĆ", "person")
    finding = Finding(0, 15, "Jelena Petrović", "person", "high", "a protected name")
    other = Finding(0, 15, "Jelena Petrović", "organisation", "high", "a protected name")
    assert rules.covers("remark:x", finding)
    assert not rules.covers("remark:y", finding)
    assert rules.open_findings("remark:x", [finding, other]) == (other,)
