"""`roundtable participants VAULT import CSV` as a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import PASSPHRASE, run_cli

ENV = {"ROUNDTABLE_PASSPHRASE": PASSPHRASE}


def _vault(tmp_path: Path) -> Path:
    vault = tmp_path / "e.roundtable"
    r = run_cli("new", str(vault), "--title", "T", env=ENV)
    assert r.returncode == 0, r.stderr
    return vault


def test_import_prints_counts_only_and_terms_list_shows_generated_aliases(tmp_path: Path):
    vault = _vault(tmp_path)
    csv = tmp_path / "people.csv"
    csv.write_text(
        "\ufeffname,organisation,role,email,phone\n"
        "Aleksandar Petrović,Centar za socijalni rad,direktor centra,,\n"
        "Vesna Ilić,,,,\n",
        "utf-8",
    )
    r = run_cli("participants", str(vault), "import", str(csv), env=ENV)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("added 2 participants, updated 0; added 4 protected terms")
    assert "Petrović" not in r.stdout + r.stderr and "Vesna" not in r.stdout + r.stderr
    listed = json.loads(run_cli("terms", str(vault), "list", "--json", env=ENV).stdout)
    person = next(t for t in listed if t["term"] == "Aleksandar Petrović")
    assert {"Saša", "Aca", "Александар Петровић"} <= set(person["aliases"])
    centre = next(t for t in listed if t["kind"] == "organisation")
    assert "CSR" in centre["aliases"]


def test_bad_list_exits_2_naming_file_and_line_and_changes_nothing(tmp_path: Path):
    vault = _vault(tmp_path)
    before = vault.read_bytes()
    csv = tmp_path / "people.csv"
    csv.write_text("name,role\nAna Ilić,x\n,director\n", "utf-8")
    r = run_cli("participants", str(vault), "import", str(csv), env=ENV)
    assert r.returncode == 2
    assert "people.csv" in r.stderr and "line 3" in r.stderr and "Ana" not in r.stderr
    assert vault.read_bytes() == before


def test_check_flags_sector_level_affiliation_only_for_a_strict_event(tmp_path: Path):
    from roundtable_app.vault import Vault

    vault = _vault(tmp_path)
    with Vault.open(vault, PASSPHRASE) as v:
        theme = v.add_theme("Funding")
        v.add_remark("A ministry representative said the budget ends in March.", theme.id)
    r = run_cli("check", str(vault), "--json", env=ENV)
    assert r.returncode == 0, r.stdout + r.stderr
    with Vault.open(vault, PASSPHRASE) as v:
        v.set_strict_affiliation(True)
    r = run_cli("check", str(vault), "--json", env=ENV)
    assert r.returncode == 1
    (finding,) = json.loads(r.stdout)[0]["findings"]
    assert (finding["category"], finding["severity"]) == ("affiliation", "low")
    assert finding["text"] == "ministry representative"
