"""The pre-flight: every exported text scanned, dismissed findings no longer counted."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import PASSPHRASE, run_cli

from roundtable_app.export.preflight import check_remarks, preflight
from roundtable_app.guard import Term
from roundtable_app.vault import Vault


def _setup(vault: Vault) -> tuple[int, list[str]]:
    vault.import_terms([Term("Jelena Petrović", "person", ("Jelena Petrovic",))])
    theme = vault.themes()[1]
    ids = [
        vault.add_remark("Nothing to see here.", theme.id).id,
        vault.add_remark("As Jelena Petrović said, registration is slow.", theme.id).id,
        vault.add_remark("Jelena Petrovic agreed.", theme.id).id,
    ]
    return theme.id, ids


def test_check_remarks_lists_every_exported_remark_in_capture_order(vault: Vault) -> None:
    _, ids = _setup(vault)
    gone = vault.add_remark("Deleted, Jelena Petrović.", vault.themes()[0].id).id
    vault.delete_remark(gone)
    results = check_remarks(vault)
    assert [r.target_id for r in results] == ids
    assert [r.target for r in results] == [f"remark:{i}" for i in ids]
    assert results[0].findings == ()
    assert results[1].findings[0].text == "Jelena Petrović"
    assert results[1].findings[0].category == "person"
    assert results[1].label == f"remark {ids[1][:8]} (Rights of the child)"
    vault.update_remark(ids[2], status="excluded")
    assert [r.target_id for r in check_remarks(vault)] == ids[:2]


def test_reworded_remark_is_scanned_in_its_new_wording(vault: Vault) -> None:
    _, ids = _setup(vault)
    vault.reword_remark(ids[1], "Registration is slow.")
    assert check_remarks(vault)[1].findings == ()


def test_a_dismissal_matches_category_and_text_ignoring_case(vault: Vault) -> None:
    _, ids = _setup(vault)
    vault.dismiss_finding(f"remark:{ids[1]}", "jelena petrović", "person", "public figure")
    vault.dismiss_finding(f"remark:{ids[2]}", "Jelena Petrovic", "organisation", "wrong kind")
    results = check_remarks(vault)
    assert results[1].findings == ()
    assert len(results[2].findings) == 1  # another category is not dismissed


def test_preflight_covers_syntheses_and_the_executive_summary(vault: Vault) -> None:
    theme_id, _ = _setup(vault)
    vault.set_theme_summary(theme_id, "Jelena Petrović summed it up.")
    vault.set_event_summary("Thanks to Jelena Petrović.")
    results = preflight(vault)
    synthesis, executive = results[-2], results[-1]
    assert synthesis.target == f"theme:{theme_id}"
    assert synthesis.target_id == "theme:Rights of the child"
    assert synthesis.label == "synthesis of 'Rights of the child'"
    assert executive.target == "event" and executive.target_id == "executive-summary"
    assert executive.label == "executive summary"
    assert synthesis.findings and executive.findings
    vault.dismiss_finding("event", "Jelena Petrović", "person", "she chaired, publicly")
    assert preflight(vault)[-1].findings == ()


def test_cli_check_json_prints_every_remark(vault: Vault, vault_path: Path) -> None:
    _, ids = _setup(vault)
    vault.close()
    proc = run_cli("check", str(vault_path), "--json", env={"ROUNDTABLE_PASSPHRASE": PASSPHRASE})
    assert proc.returncode == 1, proc.stderr
    rows = json.loads(proc.stdout)
    assert [r["id"] for r in rows] == ids
    assert rows[0]["findings"] == []
    assert rows[1]["findings"][0]["text"] == "Jelena Petrović"


def test_preflight_covers_theme_names_and_descriptions(vault: Vault) -> None:
    theme_id, _ = _setup(vault)
    vault.update_theme(theme_id, description="Chaired by Jelena Petrović on day two.")
    (heading,) = [r for r in preflight(vault) if r.target == f"theme-heading:{theme_id}"]
    assert heading.label == "name or description of theme 'Rights of the child'"
    assert [f.text for f in heading.findings] == ["Jelena Petrović"]
    vault.update_theme(theme_id, description="Guardianship and schooling.")
    assert not [r for r in preflight(vault) if r.target.startswith("theme-heading:")]
