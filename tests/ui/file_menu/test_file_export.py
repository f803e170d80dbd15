"""File → Export summary: the pre-flight lists the guard's findings and holds Export back until
the user says they checked them; the export writes a real file in a worker; a lock mid-export
leaves no dialog behind."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from roundtable_app.ui.common import workers_idle
from roundtable_app.ui.file_menu.export_dialog import ExportDialog
from roundtable_app.ui.file_menu.rules import temporary_roots
from roundtable_app.ui.main_window import MainWindow
from roundtable_app.vault import Vault

CLEAN = "Legal aid is free in the centres, but few people know they can ask for it."
TIMEOUT = 60_000


def open_export(qtbot, window: MainWindow, vault: Vault) -> ExportDialog:
    """Open ``vault`` in the window, then File → Export summary; waits for the pre-flight."""
    window.open_vault(vault)
    window.export_action.trigger()
    dialog = window._file_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.gate.state != "checking", timeout=TIMEOUT)
    return dialog


def press_export(qtbot, dialog: ExportDialog) -> None:
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=TIMEOUT)


def docx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("word/document.xml").decode("utf-8")


@pytest.mark.parametrize("fmt", ["pdf", "md", "docx"])
def test_findings_hold_export_back_until_the_box_is_ticked(
    qtbot, window: MainWindow, demo_vault: Vault, tmp_path: Path, fmt: str
) -> None:
    title = demo_vault.event().title
    dialog = open_export(qtbot, window, demo_vault)
    assert dialog.gate.state == "findings"
    assert dialog.findings.topLevelItemCount() == len(dialog.gate.rows) > 0
    first = dialog.findings.topLevelItem(0)
    assert "“" in first.text(2) and first.text(1) and first.text(0)  # theme: “first words…”
    assert first.text(0) == dialog.gate.rows[0].words
    assert dialog.accept_box.isVisible() and not dialog.accept_box.isChecked()
    assert not dialog.go.isEnabled()

    dialog.set_format(fmt)
    out = tmp_path / f"summary.{fmt}"
    dialog.destination.set_path(out)
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)  # disabled: does nothing
    workers_idle()
    assert not out.exists()

    dialog.accept_box.setChecked(True)
    assert dialog.go.isEnabled()
    press_export(qtbot, dialog)
    data = out.read_bytes()
    if fmt == "pdf":
        assert data.startswith(b"%PDF")
        assert dialog.report is not None and dialog.report.pages
        assert f"{dialog.report.pages} page" in dialog.message.text()
    elif fmt == "md":
        assert title in data.decode("utf-8")
    else:
        assert data.startswith(b"PK") and title in docx_text(data)
    assert str(out) in dialog.message.text()
    assert "Exported despite" in dialog.message.text()
    assert dialog.report is not None and dialog.report.accepted == len(dialog.gate.rows)


def test_a_clean_vault_exports_without_a_tick(
    qtbot, window: MainWindow, vault: Vault, tmp_path: Path
) -> None:
    vault.add_remark(CLEAN, vault.themes()[0].id)
    dialog = open_export(qtbot, window, vault)
    assert dialog.gate.state == "clean"
    assert not dialog.accept_box.isVisible() and not dialog.findings.isVisible()
    # the default name is the vault's own with the format's suffix, never in a temp folder
    default = dialog.destination.path()
    assert default is not None and default.name == "event.pdf"
    assert not any(root in default.parents for root in temporary_roots())
    dialog.destination.set_path(tmp_path / "event.pdf")
    dialog.set_format("md")
    assert dialog.destination.path() == tmp_path / "event.md"
    assert dialog.go.isEnabled()
    press_export(qtbot, dialog)
    text = (tmp_path / "event.md").read_text("utf-8")
    assert "Test roundtable" in text and CLEAN in text
    assert dialog.report is not None and dialog.report.accepted == 0


def test_an_existing_file_is_replaced_only_on_a_second_press(
    qtbot, window: MainWindow, vault: Vault, tmp_path: Path
) -> None:
    vault.add_remark(CLEAN, vault.themes()[0].id)
    out = tmp_path / "old.md"
    out.write_text("old", "utf-8")
    dialog = open_export(qtbot, window, vault)
    dialog.destination.set_path(out)
    assert dialog.fmt == "md"  # the format follows the name's suffix
    press_export(qtbot, dialog)
    assert out.read_text("utf-8") == "old" and "already exists" in dialog.message.text()
    press_export(qtbot, dialog)
    assert CLEAN in out.read_text("utf-8")


def test_a_missing_folder_is_reported_in_plain_words(
    qtbot, window: MainWindow, vault: Vault, tmp_path: Path
) -> None:
    vault.add_remark(CLEAN, vault.themes()[0].id)
    dialog = open_export(qtbot, window, vault)
    dialog.destination.set_path(tmp_path / "nowhere" / "summary.pdf")
    press_export(qtbot, dialog)
    assert "the folder does not exist" in dialog.message.text()
    assert dialog.message.property("error") is True
    assert dialog.isVisible() and dialog.go.isEnabled()


def test_lock_during_an_export_leaves_no_dialog_and_no_crash(
    qtbot, window: MainWindow, demo_vault: Vault, tmp_path: Path
) -> None:
    dialog = open_export(qtbot, window, demo_vault)
    dialog.destination.set_path(tmp_path / "late.pdf")
    dialog.accept_box.setChecked(True)
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    assert dialog.is_busy
    window.lock()
    assert window._file_dialog is None
    assert window.stack.currentWidget() is window.lock_screen
    workers_idle()
    QApplication.processEvents()  # the late result arrives and is dropped
    QApplication.processEvents()
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not any(isinstance(w, ExportDialog) for w in visible)
    assert not window.export_action.isEnabled()


def test_lock_during_the_check_leaves_no_dialog(
    qtbot, window: MainWindow, demo_vault: Vault
) -> None:
    window.open_vault(demo_vault)
    window.export_action.trigger()
    assert window._file_dialog is not None
    window.lock()
    workers_idle()
    QApplication.processEvents()
    QApplication.processEvents()
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not any(isinstance(w, ExportDialog) for w in visible)
    assert window._file_dialog is None


def test_a_file_chosen_in_the_save_dialog_is_replaced_without_asking_again(
    qtbot, window: MainWindow, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.add_remark(CLEAN, vault.themes()[0].id)
    out = tmp_path / "chosen.docx"
    out.write_bytes(b"old")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog = open_export(qtbot, window, vault)
    qtbot.mouseClick(dialog.destination.button, Qt.MouseButton.LeftButton)
    assert dialog.destination.path() == out and dialog.fmt == "docx"
    press_export(qtbot, dialog)
    assert CLEAN in docx_text(out.read_bytes())


def test_serbian_summary_offers_the_script_option_with_a_preview(
    qtbot, window: MainWindow, vault: Vault, tmp_path: Path
) -> None:
    vault.update_event(language="sr-Cyrl")
    vault.add_remark("Pravna pomoć je besplatna, kaže UNHCR.", vault.themes()[0].id)
    dialog = open_export(qtbot, window, vault)
    box = dialog.transliterate
    assert box.isVisible() and "Cyrillic" in box.text() and not box.isChecked()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    # the title and the theme names change too; the acronym stays as written
    assert dialog.script_preview.text().startswith("Changes ")
    assert "Kept as written: UNHCR" in dialog.script_preview.text()
    dialog.destination.set_path(tmp_path / "sazetak.md")
    dialog.set_format("md")
    press_export(qtbot, dialog)
    text = (tmp_path / "sazetak.md").read_text("utf-8")
    assert "Правна помоћ је бесплатна, каже UNHCR." in text and "## Садржај" in text
    assert dialog.report is not None and dialog.report.notes[0].startswith("transliterated")


def test_english_summary_has_no_script_option(qtbot, window: MainWindow, vault: Vault) -> None:
    vault.add_remark(CLEAN, vault.themes()[0].id)
    dialog = open_export(qtbot, window, vault)
    assert not dialog.transliterate.isVisible()
