"""An event kit carries the organiser's strict-affiliation setting: after `new --from-bundle`,
`check --json` flags sector-level affiliation exactly when the organiser's event was strict.
All as subprocesses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import PASSPHRASE, run_cli

from roundtable_app.vault import Vault

BUNDLE_PASS = "kit passphrase, Subotica 2026"
ENV = {"ROUNDTABLE_PASSPHRASE": PASSPHRASE, "ROUNDTABLE_BUNDLE_PASSPHRASE": BUNDLE_PASS}
REMARK = "A ministry representative said the budget ends in March."


def ok(*args: str) -> str:
    r = run_cli(*args, env=ENV)
    assert r.returncode == 0, r.stderr
    return r.stdout


def _joined(tmp_path: Path, strict: bool) -> tuple[Path, str, str]:
    """The organiser's event (strict or not) sent as a kit; a note-taker's vault made from it
    holding one remark. Returns the laptop's vault and both kit summary lines."""
    org = tmp_path / "org.roundtable"
    ok("new", str(org), "--title", "Subotica roundtable", "--theme", "Funding")
    if strict:
        # The organiser's switch lives in the setup dialog; the vault call is what it makes.
        with Vault.open(org, PASSPHRASE) as v:
            v.set_strict_affiliation(True)
    kit = tmp_path / "kit.rtbundle"
    exported = ok("bundle", "export", str(org), str(kit), "--setup")
    laptop = tmp_path / "laptop.roundtable"
    created = ok("new", str(laptop), "--from-bundle", str(kit))
    ok("add", str(laptop), "--theme", "Funding", REMARK)
    return laptop, exported, created


def test_a_strict_organisers_kit_makes_the_laptop_flag_sector_level_affiliation(
    tmp_path: Path,
) -> None:
    laptop, exported, created = _joined(tmp_path, strict=True)
    assert "no remarks, sector-level affiliation flagged (encrypted" in exported
    assert created.rstrip().endswith("0 participants, sector-level affiliation flagged")
    r = run_cli("check", str(laptop), "--json", env=ENV)
    assert r.returncode == 1, r.stdout + r.stderr
    (finding,) = json.loads(r.stdout)[0]["findings"]
    assert (finding["category"], finding["severity"]) == ("affiliation", "low")
    assert finding["text"] == "ministry representative"
    with Vault.open(laptop, PASSPHRASE) as v:
        assert v.strict_affiliation()


def test_a_kit_of_an_ordinary_event_leaves_sector_level_affiliation_alone(
    tmp_path: Path,
) -> None:
    laptop, exported, created = _joined(tmp_path, strict=False)
    assert "sector-level affiliation not flagged" in exported
    assert created.rstrip().endswith("sector-level affiliation not flagged")
    r = run_cli("check", str(laptop), "--json", env=ENV)
    assert r.returncode == 0, r.stdout + r.stderr
    assert all(not item["findings"] for item in json.loads(r.stdout))
    with Vault.open(laptop, PASSPHRASE) as v:
        assert not v.strict_affiliation()


@pytest.mark.parametrize("strict", [True, False])
def test_the_kit_summary_never_shows_the_remark_or_terms(tmp_path: Path, strict: bool) -> None:
    _laptop, exported, created = _joined(tmp_path, strict=strict)
    assert "ministry" not in exported + created
