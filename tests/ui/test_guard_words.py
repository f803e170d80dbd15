"""The guard's reasons in the user's language (issue 14): every reason the guard gives on the
labelled sets has a template, every template is translated in both Serbian scripts with its
placeholders, the quoted words come back untouched, and a Serbian user reads Serbian reasons in
the editor, the capture list, the dismiss dialog, the review's findings panel and the export
pre-flight."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import test_i18n_languages as languages
from guard_scoring import load_cases, load_terms
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QToolTip, QWidget
from test_i18n_languages import _shown_window

from roundtable_app.guard import Guard, Term
from roundtable_app.guard.participants import propose_terms, read_participants_csv
from roundtable_app.ui import i18n
from roundtable_app.ui.common import workers_idle
from roundtable_app.ui.file_menu.export_dialog import ExportDialog
from roundtable_app.ui.guard_words import (
    CATEGORIES,
    CONTEXT,
    SEVERITIES,
    TEMPLATES,
    category_text,
    reason_text,
    severity_text,
    template_for,
)
from roundtable_app.ui.guarded_text.dismiss import DismissDialog
from roundtable_app.ui.i18n import install_language
from roundtable_app.ui.i18n_sources import read_ts, ts_dir
from roundtable_app.ui.main_window import MainWindow
from roundtable_app.vault import Vault

GUARD_DATA = Path(__file__).resolve().parents[1] / "guard"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
PLACEHOLDER = re.compile(r"%(?:\d|n)")

# The .ts sources compiled once per session (the fixture of test_i18n_languages.py).
qm_dir = languages.qm_dir


def _labelled_sets() -> list[tuple[list[Term], list[str]]]:
    """The terms and remark texts of every labelled set: the sample, the team's own cases and
    the seven held-out sets (heldout3 with its participants list, as its metrics test)."""
    pairs = [
        (GUARD_DATA / "data" / "terms.csv", GUARD_DATA / "data" / "cases.jsonl"),
        (GUARD_DATA / "data" / "more_terms.csv", GUARD_DATA / "data" / "more_cases.jsonl"),
    ]
    pairs += [(d / "terms.csv", d / "cases.jsonl") for d in sorted(GUARD_DATA.glob("heldout*"))]
    out = []
    for terms_path, cases_path in pairs:
        terms = load_terms(terms_path)
        participants = terms_path.parent / "participants.csv"
        if participants.is_file():
            terms += [p.term for p in propose_terms(read_participants_csv(participants))]
        out.append((terms, [c.text for c in load_cases(cases_path)]))
    return out


@pytest.fixture(scope="module")
def reasons() -> set[str]:
    """Every distinct reason the guard gives over the labelled sets (sector affiliation on
    and off, so its reason is among them)."""
    seen: set[str] = set()
    for terms, texts in _labelled_sets():
        for guard in (Guard(terms), Guard(terms, affiliation=True)):
            for text in texts:
                seen.update(f.reason for f in guard.scan(text))
    return seen


def test_every_reason_the_guard_gives_has_a_template(reasons: set[str]) -> None:
    unmatched = sorted(r for r in reasons if template_for(r) is None)
    used = {template_for(r) for r in reasons}
    print(f"\n{len(reasons)} distinct reasons, {len(reasons) - len(unmatched)} matched, "
          f"{len(used)} of {len(TEMPLATES)} templates seen")  # fmt: skip
    assert len(reasons) > 300  # the sets really ran: hundreds of terms and quoted words
    assert not unmatched, "reasons no template of ui/guard_words.py matches:\n" + "\n".join(
        unmatched
    )
    assert len(used) >= 15


def test_reasons_the_sets_do_not_reach_match_too() -> None:
    """The guard's own output for the templates no labelled remark happens to produce: a web
    address, and a given name shared by several protected people."""
    terms = [
        Term("Milan Jovanović", "person"),
        Term("Milan Petrović", "person"),
        Term("Milan Ilić", "person"),
    ]
    found = Guard(terms).scan("Milan said so; see www.example.org for the rest.")
    reasons = {f.reason for f in found}
    assert "gives a web address" in reasons
    shared = next(r for r in reasons if r.startswith("names a protected person"))
    assert shared.endswith("(or 2 other protected terms)")
    assert {template_for(r) for r in reasons} == {
        "gives a web address",
        "names a protected person: %1 (or %n other protected terms)",
    }


def _catalogue(tag: str) -> dict[str, list[str]]:
    """The GuardReasons translations of one language's .ts: source -> its form(s)."""
    root = read_ts(ts_dir() / f"roundtable_{i18n.file_suffix(tag)}.ts").getroot()
    found: dict[str, list[str]] = {}
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.findall("numerusform")]
            found[message.findtext("source") or ""] = forms or [translation.text or ""]
    return found


@pytest.mark.parametrize("tag", ["sr-Latn", "sr-Cyrl"])
def test_every_template_is_translated_with_its_placeholders(tag: str) -> None:
    catalogue = _catalogue(tag)
    sources = [*TEMPLATES, *SEVERITIES.values(), *CATEGORIES.values()]
    assert set(sources) <= set(catalogue), set(sources) - set(catalogue)
    for source in sources:
        forms = catalogue[source]
        assert len(forms) == (3 if "%n" in source else 1), source
        for form in forms:
            assert form and form != source, (tag, source)
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), (
                tag,
                source,
                form,
            )


@pytest.fixture
def serbian(app, qm_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The compiled catalogues in use; English is put back afterwards."""
    monkeypatch.setenv(i18n.TRANSLATIONS_ENV, str(qm_dir))
    yield
    assert install_language("en", qm_dir) == []


def test_quoted_words_come_back_as_written(serbian, qm_dir: Path) -> None:
    assert install_language("sr-Cyrl", qm_dir) == []
    # The protected term and the quoted remark are user text: never transliterated.
    assert reason_text("names a protected person: Jelena Petrović") == (
        "наводи заштићену особу: Jelena Petrović"
    )
    assert reason_text(
        "may identify a participant by elimination (uniqueness): 'the only judge'"
    ) == ("може открити учесника елиминацијом (јединственост): „the only judge“")
    assert install_language("sr-Latn", qm_dir) == []
    assert reason_text("names a protected person: Milan (or 2 other protected terms)") == (
        "navodi zaštićenu osobu: Milan (ili još 2 zaštićena pojma)"
    )
    assert reason_text("names a protected role: Milan (or 5 other protected terms)") == (
        "navodi zaštićenu ulogu: Milan (ili još 5 zaštićenih pojmova)"
    )
    # A quoted "%2" stays as typed; an unknown reason stays English.
    assert reason_text("looks like a personal name: %2 Ana") == "liči na lično ime: %2 Ana"
    assert reason_text("a reason of a later guard") == "a reason of a later guard"
    assert (severity_text("high"), severity_text("odd")) == ("visoka", "odd")
    assert (category_text("self_reference"), category_text("odd")) == ("Govornik o sebi", "odd")
    assert install_language("en", qm_dir) == []
    assert reason_text("names a protected person: Milan (or 1 other protected terms)") == (
        "names a protected person: Milan (or 1 other protected term)"
    )


def _menu_texts(qtbot, open_menu) -> list[list[str]]:
    """Open a context menu with ``open_menu`` (a key press); returns its entries and those of
    its submenus, then closes it with Escape."""
    seen: list[list[str]] = []
    tries = [50]  # give up after a second: no menu is a failure the caller reports

    def read() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(20, read)
            return
        seen.append([a.text() for a in menu.actions()])
        for action in menu.actions():
            if action.menu() is not None:
                seen.append([a.text() for a in action.menu().actions()])
        qtbot.keyClick(menu, Qt.Key.Key_Escape)

    QTimer.singleShot(0, read)
    open_menu()
    return seen


def menu_key(qtbot, widget: QWidget) -> None:
    """Press the menu key on a focused widget as X11 delivers it: the key, then the
    keyboard context-menu event the platform plugin synthesises from it (the offscreen plugin
    and a key event sent by QTest do not)."""
    qtbot.keyClick(widget, Qt.Key.Key_Menu)
    centre = widget.rect().center()
    QApplication.sendEvent(
        widget,
        QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, centre, widget.mapToGlobal(centre)),
    )


def _point_in(editor, position: int) -> QPoint:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(position)
    return editor.cursorRect(cursor).center()


def test_a_serbian_user_reads_serbian_reasons(
    serbian, qm_dir: Path, qtbot, ui, demo_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    win: MainWindow = _shown_window(qtbot, "sr-Latn", qm_dir)
    try:
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)
        win.open_vault(demo_vault)
        ws = win.workspace
        assert ws is not None
        ws.focus_editor()
        qtbot.keyClick(ws.editor, Qt.Key.Key_1, CTRL)  # the first theme
        typed = "Jelena Petrović je predložila mobilne timove."
        ui.type(ws.editor, typed)
        qtbot.waitUntil(lambda: [f.text for f in ws.live.findings] == ["Jelena Petrović"])
        serbian_reason = "navodi zaštićenu osobu: Jelena Petrović"
        assert ws.live.findings[0].reason == "names a protected person: Jelena Petrović"

        # Hover: the reason and the severity in Serbian.
        viewport = ws.editor.viewport()
        inside = _point_in(ws.editor, 3)
        QApplication.sendEvent(
            viewport, QHelpEvent(QEvent.Type.ToolTip, inside, viewport.mapToGlobal(inside))
        )
        assert QToolTip.isVisible()
        assert QToolTip.text().startswith(f"{serbian_reason} (visoka)\nDesni klik za zamenu")
        QToolTip.hideText()

        # The menu key with the cursor inside the name: the header is the Serbian reason.
        qtbot.keyClick(ws.editor, Qt.Key.Key_Home)
        qtbot.keyClick(ws.editor, Qt.Key.Key_Right)
        assert QApplication.focusWidget() is ws.editor
        editor_menu = _menu_texts(qtbot, lambda: qtbot.keyClick(ws.editor, Qt.Key.Key_Menu))
        assert editor_menu and editor_menu[0][0] == serbian_reason

        # The offscreen platform leaves no window active once a popup closed.
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)
        ws.focus_editor()

        # Saved, the capture list marks it with the Serbian reason, in its tooltip and in the
        # "dismiss a finding" entries of its context menu (the menu key on the focused list).
        qtbot.keyClick(ws.editor, Qt.Key.Key_Return, CTRL)
        qtbot.waitUntil(lambda: any(r.text == typed for r in demo_vault.remarks()))
        listing = ws.view.remark_list
        model = listing.model()
        row = next(
            r
            for r in range(model.rowCount())
            if model.index(r, 3).data(Qt.ItemDataRole.EditRole) == typed
        )
        index = model.index(row, 3)
        assert f"“Jelena Petrović”: {serbian_reason}" in index.data(Qt.ItemDataRole.ToolTipRole)
        listing.setFocus()
        listing.setCurrentIndex(index)
        qtbot.waitUntil(listing.hasFocus)
        list_menu = _menu_texts(qtbot, lambda: menu_key(qtbot, listing))
        assert [f"“Jelena Petrović” — {serbian_reason}"] in list_menu

        # Review (F9), findings panel (Ctrl+Shift+F): every row in Serbian.
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)
        ws.focus_editor()
        qtbot.keyClick(ws.editor, Qt.Key.Key_F9)
        review = win.review
        assert review is not None
        qtbot.keyClick(review.table, Qt.Key.Key_F, CTRL | SHIFT)
        panel = review.findings
        assert review.tabs.currentWidget() is panel
        qtbot.waitUntil(lambda: len(panel.rows) >= 4)
        shown = [panel.list.item(i).text() for i in range(panel.list.count())]
        assert any(serbian_reason in text for text in shown)
        for finding_row, text in zip(panel.rows, shown, strict=True):
            english = finding_row.finding.reason
            assert template_for(english) is not None
            assert english not in text and reason_text(english) in text
        tips = [panel.list.item(i).toolTip() for i in range(panel.list.count())]
        assert "Osoba, visoka" in tips

        # The dismiss dialog (Dismiss on the selected finding) explains it in Serbian too.
        explained: list[str] = []

        def look(dialog: DismissDialog) -> int:
            explained.extend(label.text() for label in dialog.findChildren(QLabel))
            return 0

        monkeypatch.setattr(DismissDialog, "exec", look)
        at = next(i for i, r in enumerate(panel.rows) if serbian_reason in shown[i])
        panel.list.setCurrentRow(at)
        qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
        assert any(t.startswith(f"„Jelena Petrović“ {serbian_reason}.") for t in explained)

        # File → Export summary (Ctrl+Shift+E): the pre-flight lists the reasons in Serbian.
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)
        review.table.setFocus()
        qtbot.keyClick(review.table, Qt.Key.Key_E, CTRL | SHIFT)
        dialog = win._file_dialog
        assert isinstance(dialog, ExportDialog)
        qtbot.waitUntil(lambda: dialog.gate.state == "findings", timeout=60_000)
        items = [
            dialog.findings.topLevelItem(i) for i in range(dialog.findings.topLevelItemCount())
        ]
        assert len(items) == len(dialog.gate.rows) >= 4
        for item, gate_row in zip(items, dialog.gate.rows, strict=True):
            assert gate_row.reason not in item.text(1)
            assert item.text(1) == (
                f"{reason_text(gate_row.reason)} ({severity_text(gate_row.severity)})"
            )
        assert f"{serbian_reason} (visoka)" in [item.text(1) for item in items]
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    finally:
        win.close()
        workers_idle()
