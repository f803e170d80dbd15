"""`bundle export --setup` carries the participants list and `new --from-bundle` recreates it,
as subprocesses; a damaged list in a kit creates no vault."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

from helpers import PASSPHRASE, run_cli

from roundtable_app.vault import Vault
from roundtable_app.vault.bundle_format import seal, unseal

BUNDLE_PASS = "kit passphrase, Zrenjanin 2026"
ENV = {"ROUNDTABLE_PASSPHRASE": PASSPHRASE, "ROUNDTABLE_BUNDLE_PASSPHRASE": BUNDLE_PASS}


def ok(*args: str) -> str:
    r = run_cli(*args, env=ENV)
    assert r.returncode == 0, r.stderr
    return r.stdout


def _kit(tmp_path: Path) -> Path:
    org = tmp_path / "org.roundtable"
    ok("new", str(org), "--title", "Zrenjanin roundtable")
    csv = tmp_path / "people.csv"
    csv.write_text(
        "name,organisation,role,email,phone\n"
        "Jelena Dražić,Romski centar Zrenjanin,koordinatorka,jd@x.example,\n"
        "Imre Kovács,,,,+381 63 7654321\n",
        "utf-8",
    )
    ok("participants", str(org), "import", str(csv))
    csv.unlink()
    kit = tmp_path / "kit.rtbundle"
    out = ok("bundle", "export", str(org), str(kit), "--setup")
    assert "2 participants, no remarks" in out
    assert "Dražić" not in out and "Kovács" not in out
    return kit


def test_a_vault_joined_from_a_kit_has_the_organisers_participants(tmp_path: Path) -> None:
    kit = _kit(tmp_path)
    laptop = tmp_path / "laptop.roundtable"
    out = ok("new", str(laptop), "--from-bundle", str(kit))
    assert out.rstrip().endswith("2 participants, sector-level affiliation not flagged")
    assert "Jelena" not in out and "Imre" not in out
    with Vault.open(tmp_path / "org.roundtable", PASSPHRASE) as org:
        expected, expected_terms = org.participants(), org.terms()
    with Vault.open(laptop, PASSPHRASE) as v:
        assert v.participants() == expected
        assert [p.name for p in v.participants()] == ["Jelena Dražić", "Imre Kovács"]
        assert v.terms() == expected_terms
        jelena = next(t for t in v.terms() if t.term == "Jelena Dražić")
        assert "Jeca" in jelena.aliases


def test_an_old_kit_without_participants_makes_a_vault_with_none(tmp_path: Path) -> None:
    kit = _kit(tmp_path)
    payload = unseal(kit.read_bytes(), BUNDLE_PASS)
    doc = json.loads(zlib.decompress(payload[12:]))
    del doc["participants"]
    raw = json.dumps(doc).encode("utf-8")
    old = tmp_path / "old-kit.rtbundle"
    old.write_bytes(seal(b"RTP2" + len(raw).to_bytes(8, "big") + zlib.compress(raw), BUNDLE_PASS))
    laptop = tmp_path / "laptop.roundtable"
    out = ok("new", str(laptop), "--from-bundle", str(old))
    assert "0 participants" in out
    with Vault.open(laptop, PASSPHRASE) as v:
        assert v.participants() == []
        assert any(t.term == "Jelena Dražić" for t in v.terms())


def test_a_kit_with_a_damaged_participants_list_exits_4_and_creates_nothing(
    tmp_path: Path,
) -> None:
    kit = _kit(tmp_path)
    payload = unseal(kit.read_bytes(), BUNDLE_PASS)
    doc = json.loads(zlib.decompress(payload[12:]))
    doc["participants"][1]["name"] = ""
    raw = json.dumps(doc).encode("utf-8")
    bad = tmp_path / "bad-kit.rtbundle"
    bad.write_bytes(seal(b"RTP2" + len(raw).to_bytes(8, "big") + zlib.compress(raw), BUNDLE_PASS))
    laptop = tmp_path / "laptop.roundtable"
    r = run_cli("new", str(laptop), "--from-bundle", str(bad), env=ENV)
    assert r.returncode == 4, r.stderr
    assert "participant 2" in r.stderr and "Imre" not in r.stderr
    assert not laptop.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("laptop")]
