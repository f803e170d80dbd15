"""What the File menu's dialogs decide, asked without a widget: the export gate, default
names, and the sentences results are reported in."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from roundtable_app.export import TextFindings
from roundtable_app.guard import Finding
from roundtable_app.ui.file_menu.rules import (
    ExportGate,
    default_bundle_path,
    default_export_path,
    default_folder,
    format_of,
    merge_text,
    new_passphrase_problem,
    with_format,
)
from roundtable_app.vault.bundles import MergeCounts


def finding(text: str, reason: str = "a protected person") -> Finding:
    return Finding(0, len(text), text, "person", "high", reason, None)


def test_gate_refuses_export_until_findings_are_accepted() -> None:
    gate = ExportGate()
    assert gate.state == "checking" and not gate.allows_export(True)
    gate.set_results(
        [
            TextFindings("remark:1", "1", "remark 1 (Theme A)", (finding("Ana Kovač"),)),
            TextFindings("remark:2", "2", "remark 2 (Theme A)", ()),
            TextFindings("event", "executive-summary", "executive summary", (finding("UNHCR"),)),
        ]
    )
    assert gate.state == "findings" and gate.needs_acceptance
    assert not gate.allows_export(False)
    assert gate.allows_export(True)
    assert [(r.where, r.words) for r in gate.rows] == [
        ("remark 1 (Theme A)", "Ana Kovač"),
        ("executive summary", "UNHCR"),
    ]
    assert gate.summary().startswith("2 unresolved findings in 2 texts")


def test_gate_lets_a_clean_summary_through_without_a_tick() -> None:
    gate = ExportGate()
    gate.set_results([TextFindings("remark:1", "1", "remark 1", ())])
    assert gate.state == "clean" and not gate.needs_acceptance
    assert gate.allows_export(False)


def test_gate_refuses_when_the_check_itself_failed() -> None:
    gate = ExportGate()
    gate.set_failed("the vault is locked")
    assert not gate.allows_export(True) and not gate.needs_acceptance
    assert "the vault is locked" in gate.summary()


def test_default_names_come_from_the_vault_file(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    events = home / "events"
    events.mkdir()
    vault = events / "june-roundtable.roundtable"
    elsewhere = [tmp_path / "temp"]  # pytest's tmp_path is itself under the system's /tmp
    path = default_export_path(vault, "docx", home=home, temp=elsewhere)
    assert path == events / "june-roundtable.docx"
    when = datetime(2024, 6, 3, 9, 5)
    bundle = default_bundle_path(vault, now=when, home=home, temp=elsewhere)
    assert bundle == events / "june-roundtable-20240603-0905.rtbundle"


def test_default_folder_is_never_a_temporary_one(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    with tempfile.TemporaryDirectory() as temp:
        demo = Path(temp) / "demo.roundtable"
        assert default_folder(demo, home=home) == home / "Documents"
        assert default_export_path(demo, "pdf", home=home) == home / "Documents" / "demo.pdf"
    (home / "Documents").rmdir()
    assert default_folder(demo, home=home, temp=[Path(temp)]) == home


def test_format_change_swaps_only_our_suffixes() -> None:
    assert with_format(Path("/x/summary.pdf"), "md") == Path("/x/summary.md")
    assert with_format(Path("/x/summary.notes"), "md") == Path("/x/summary.notes")
    assert format_of(Path("/x/Summary.DOCX")) == "docx" and format_of(Path("/x/a.txt")) is None


def test_bundle_passphrase_needs_ten_characters_typed_twice() -> None:
    assert "at least 10" in new_passphrase_problem("short", "short")
    assert "differ" in new_passphrase_problem("long enough one", "long enough two")
    assert new_passphrase_problem("long enough one", "long enough one") == ""


def test_merge_text_says_what_the_cli_says() -> None:
    assert merge_text(MergeCounts(3, 1, 2)) == "Added 3, updated 1, already present 2."
