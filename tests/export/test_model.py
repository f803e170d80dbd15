"""The summary model is the gate: what it keeps, what it drops, and that it cannot hold more."""

from __future__ import annotations

import dataclasses
import hashlib

from roundtable_app.export import model
from roundtable_app.export.model import build_summary
from roundtable_app.guard import Term
from roundtable_app.vault import Vault

FORBIDDEN = (
    "time",
    "created",
    "updated",
    "device",
    "speaker",
    "original",
    "revision",
    "term",
    "position",
    "status",
    "deleted",
    "id",
)


def test_summary_dataclasses_have_no_field_for_dropped_things() -> None:
    classes = [
        c
        for c in vars(model).values()
        if isinstance(c, type) and dataclasses.is_dataclass(c) and c.__module__ == model.__name__
    ]
    assert {c.__name__ for c in classes} >= {
        "Summary",
        "ThemeSection",
        "KindGroup",
        "SummaryRemark",
        "RecommendationGroup",
    }
    for cls in classes:
        for field in dataclasses.fields(cls):
            parts = field.name.casefold().split("_")
            for bad in FORBIDDEN:
                assert bad not in parts, (cls.__name__, field.name)
                if bad != "id":  # "id" would match too much inside words
                    assert bad not in field.name.casefold(), (cls.__name__, field.name)


def _add(vault: Vault, text: str, theme: int, kind: str = "observation") -> str:
    return vault.add_remark(text, theme, kind).id


def test_gate_keeps_current_wording_and_drops_excluded_deleted_and_originals(
    vault: Vault,
) -> None:
    first, second = (t.id for t in vault.themes())
    vault.import_terms([Term("Jelena Petrović", "person")])
    session = vault.add_session("Opening", day=1, time_label="09:30–11:00")
    keep = _add(vault, "Kept as captured.", first, "challenge")
    rew = _add(vault, "Original harsh wording.", first, "challenge")
    vault.reword_remark(rew, "Softer wording.")
    vault.edit_remark(keep, "Kept, edited once.")
    exc = _add(vault, "Excluded remark.", first)
    vault.update_remark(exc, status="excluded")
    gone = _add(vault, "Deleted remark.", second)
    vault.delete_remark(gone)
    inc = _add(vault, "Included remark.", second, "recommendation")
    vault.update_remark(inc, status="included", session_id=session.id)
    summary = build_summary(vault)
    dump = repr(summary)
    assert "Kept, edited once." in dump and "Softer wording." in dump
    assert "Included remark." in dump
    for absent in (
        "Original harsh wording.",
        "Kept as captured.",
        "Excluded remark.",
        "Deleted remark.",
        "Jelena",
        "09:30",
        "Opening",
        "test-device",
        rew,
        keep,
    ):
        assert absent not in dump, absent
    for r in vault.remarks(include_deleted=True):
        assert r.created_at.isoformat() not in dump
        assert str(r.created_at) not in dump
    assert summary.total == 3
    assert dict(summary.themes[0].counts)["challenge"] == 2
    assert [g.kind for g in summary.themes[0].groups] == ["challenge"]
    assert summary.recommendations[0].theme == summary.themes[1].name
    assert summary.recommendations[0].remarks[0].text == "Included remark."


def test_sessions_appear_only_when_asked_and_only_by_title(vault: Vault) -> None:
    theme = vault.themes()[0].id
    session = vault.add_session("Unaccompanied children", day=2, time_label="14:30–16:00")
    rid = _add(vault, "A remark.", theme)
    vault.update_remark(rid, session_id=session.id)
    without = build_summary(vault)
    assert without.themes[0].groups[0].remarks[0].session is None
    with_sessions = build_summary(vault, include_sessions=True)
    assert with_sessions.themes[0].groups[0].remarks[0].session == "Unaccompanied children"
    assert "14:30" not in repr(with_sessions) and "day" not in repr(with_sessions).casefold()


def test_order_is_the_facilitators_then_stable_but_not_capture_order(vault: Vault) -> None:
    theme = vault.themes()[0].id
    ids = [_add(vault, f"Remark number {i}.", theme) for i in range(12)]
    by_text = {f"Remark number {i}.": rid for i, rid in enumerate(ids)}
    texts = [r.text for r in build_summary(vault).themes[0].groups[0].remarks]
    expected = sorted(ids, key=lambda i: hashlib.sha256(i.encode()).hexdigest())
    assert [by_text[t] for t in texts] == expected
    assert texts == [r.text for r in build_summary(vault).themes[0].groups[0].remarks]
    vault.update_remark(ids[5], position=1)
    vault.update_remark(ids[9], position=0)
    texts = [r.text for r in build_summary(vault).themes[0].groups[0].remarks]
    assert texts[:2] == ["Remark number 9.", "Remark number 5."]


def test_key_points_lead_and_are_counted_once(vault: Vault) -> None:
    theme = vault.themes()[0].id
    key = _add(vault, "The key point.", theme, "lesson")
    vault.update_remark(key, key_point=True)
    _add(vault, "Another lesson.", theme, "lesson")
    section = build_summary(vault).themes[0]
    assert [r.text for r in section.key_points] == ["The key point."]
    assert [r.text for r in section.groups[0].remarks] == ["Another lesson."]
    assert dict(section.counts)["lesson"] == 2 and section.total == 2


def test_captured_remarks_count_as_included(vault: Vault) -> None:
    theme = vault.themes()[0].id
    _add(vault, "Not reviewed yet.", theme)
    assert vault.remarks()[0].status == "captured"
    assert build_summary(vault).themes[0].groups[0].remarks[0].text == "Not reviewed yet."


def test_event_fields_syntheses_and_empty_themes(vault: Vault) -> None:
    first, second = vault.themes()
    vault.update_event(
        subtitle="Sub",
        venue="Subotica",
        dates="14–16 June 2016",
        conveners=["Forum A", "Institute B"],
    )
    vault.set_theme_summary(first.id, "The synthesis.")
    vault.set_event_summary("The executive summary.")
    s = build_summary(vault)
    assert (s.title, s.subtitle, s.venue, s.dates) == (
        "Test roundtable",
        "Sub",
        "Subotica",
        "14–16 June 2016",
    )
    assert s.conveners == ("Forum A", "Institute B")
    assert "Chatham House Rule" in s.rule_statement
    assert s.executive_summary == "The executive summary."
    assert [t.name for t in s.themes] == [first.name, second.name]
    assert s.themes[0].synthesis == "The synthesis." and s.themes[1].total == 0
