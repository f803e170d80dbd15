"""Event kits carry the event's strict-affiliation setting (the guard flags sector-level
affiliation); kits written before that open as off; bundles of remarks never carry it; a
malformed value is damage. On real files in tmp_path."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import pytest

from roundtable_app.errors import DamagedError
from roundtable_app.guard import Guard
from roundtable_app.vault import Vault
from roundtable_app.vault.bundle_format import encode_payload, read_bundle, seal
from roundtable_app.vault.bundles import create_from_kit, export_bundle

KIT_PASS = "kit passphrase for Sombor, 2026"
REMARK = "A ministry representative said the budget ends in March."


def _organiser(tmp_path: Path, passphrase: str, *, strict: bool) -> Path:
    """An organiser's vault, strict or not, and the kit it writes."""
    path = tmp_path / "org.roundtable"
    with Vault.create(path, passphrase, title="Sombor roundtable") as v:
        v.set_strict_affiliation(strict)
        kit = tmp_path / "kit.rtbundle"
        export_bundle(v, kit, KIT_PASS, setup=True)
    return kit


def _doc_of(kit: Path) -> dict[str, object]:
    """The JSON inside a kit (decrypted in memory), to forge variants of it."""
    doc: dict[str, object] = json.loads(
        zlib.decompress(encode_payload(read_bundle(kit, KIT_PASS))[12:])
    )
    return doc


def _reseal(doc: dict[str, object], out: Path) -> Path:
    raw = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    out.write_bytes(seal(b"RTP2" + len(raw).to_bytes(8, "big") + zlib.compress(raw), KIT_PASS))
    return out


@pytest.mark.parametrize("strict", [True, False])
def test_a_vault_made_from_a_kit_has_the_organisers_setting(
    tmp_path: Path, passphrase: str, strict: bool
) -> None:
    kit = _organiser(tmp_path, passphrase, strict=strict)
    contents = read_bundle(kit, KIT_PASS)
    assert contents.setup and contents.strict_affiliation is strict
    with create_from_kit(tmp_path / "laptop.roundtable", passphrase, contents):
        pass
    # Reopened from disk: the setting is stored in the new vault, not only in memory.
    with Vault.open(tmp_path / "laptop.roundtable", passphrase) as laptop:
        assert laptop.strict_affiliation() is strict
        guard = Guard(laptop.terms(), affiliation=laptop.strict_affiliation())
    found = [(f.category, f.text) for f in guard.scan(REMARK)]
    assert found == ([("affiliation", "ministry representative")] if strict else [])


def test_a_kit_made_before_kits_carried_the_setting_opens_as_off(
    tmp_path: Path, passphrase: str
) -> None:
    doc = _doc_of(_organiser(tmp_path, passphrase, strict=True))
    assert doc["strict_affiliation"] is True
    del doc["strict_affiliation"]
    contents = read_bundle(_reseal(doc, tmp_path / "old-kit.rtbundle"), KIT_PASS)
    assert contents.setup and not contents.strict_affiliation
    with create_from_kit(tmp_path / "laptop.roundtable", passphrase, contents) as laptop:
        assert not laptop.strict_affiliation()


def test_a_bundle_of_remarks_carries_no_setting(tmp_path: Path, passphrase: str) -> None:
    _organiser(tmp_path, passphrase, strict=True)
    with Vault.open(tmp_path / "org.roundtable", passphrase) as org:
        export_bundle(org, tmp_path / "remarks.rtbundle", KIT_PASS)
    doc = _doc_of(tmp_path / "remarks.rtbundle")
    assert "strict_affiliation" not in doc
    assert not read_bundle(tmp_path / "remarks.rtbundle", KIT_PASS).strict_affiliation
    # A forged bundle of remarks claiming the setting is damage, not a way in.
    doc["strict_affiliation"] = True
    with pytest.raises(DamagedError):
        read_bundle(_reseal(doc, tmp_path / "forged.rtbundle"), KIT_PASS)


@pytest.mark.parametrize("bad", ["yes", 1, 0, None, [], {"on": True}])
def test_a_kit_with_a_malformed_setting_is_refused_as_damaged(
    tmp_path: Path, passphrase: str, bad: object
) -> None:
    doc = _doc_of(_organiser(tmp_path, passphrase, strict=False))
    doc["strict_affiliation"] = bad
    with pytest.raises(DamagedError) as caught:
        read_bundle(_reseal(doc, tmp_path / "forged.rtbundle"), KIT_PASS)
    assert "strict-affiliation setting" in str(caught.value)
