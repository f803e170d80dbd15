"""Event kits carry the participants list: a laptop joining from a kit has the same list (and
the terms generated from it); kits written before that still open; bundles of remarks never
carry it. On real files in tmp_path."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import pytest

from roundtable_app.errors import DamagedError
from roundtable_app.guard.participants import Participant, final_terms, propose_terms
from roundtable_app.vault import Vault
from roundtable_app.vault.bundle_format import encode_payload, read_bundle, seal
from roundtable_app.vault.bundles import create_from_kit, export_bundle

KIT_PASS = "kit passphrase for Kikinda, 2026"
PEOPLE = [
    Participant("Snežana Vukov", "Centar za socijalni rad Kikinda", "direktorka", "sv@x.example"),
    Participant("Aleksandar Bálint", phone="+381 64 1234567"),
]


def _organiser(tmp_path: Path, passphrase: str) -> Path:
    """An organiser's vault with a participants list imported, and its kit."""
    path = tmp_path / "org.roundtable"
    with Vault.create(path, passphrase, title="Kikinda roundtable") as v:
        v.import_participants(PEOPLE, final_terms(propose_terms(PEOPLE)))
        kit = tmp_path / "kit.rtbundle"
        export_bundle(v, kit, KIT_PASS, setup=True)
    return kit


def _reseal(payload_doc: dict[str, object], out: Path) -> Path:
    """Write ``payload_doc`` as a kit file, the way Roundtable seals one."""
    raw = json.dumps(payload_doc, ensure_ascii=False).encode("utf-8")
    payload = b"RTP2" + len(raw).to_bytes(8, "big") + zlib.compress(raw)
    out.write_bytes(seal(payload, KIT_PASS))
    return out


def _doc_of(kit: Path) -> dict[str, object]:
    """The JSON inside a kit (decrypted in memory), to forge variants of it."""
    contents = read_bundle(kit, KIT_PASS)
    payload = encode_payload(contents)
    doc: dict[str, object] = json.loads(zlib.decompress(payload[12:]))
    return doc


def test_a_vault_made_from_a_kit_has_the_same_participants_and_terms(
    tmp_path: Path, passphrase: str
) -> None:
    kit = _organiser(tmp_path, passphrase)
    with Vault.open(tmp_path / "org.roundtable", passphrase) as org:
        org_terms = sorted((t.term, t.kind, t.aliases) for t in org.terms())
    with create_from_kit(tmp_path / "laptop.roundtable", passphrase, read_bundle(kit, KIT_PASS)):
        pass
    with Vault.open(tmp_path / "laptop.roundtable", passphrase) as laptop:
        assert laptop.participants() == PEOPLE
        terms = sorted((t.term, t.kind, t.aliases) for t in laptop.terms())
    assert terms == org_terms
    aliases = {t[0]: t[2] for t in terms}
    assert "Sneža" in aliases["Snežana Vukov"]  # the hypocoristic came along
    assert "Saša" in aliases["Aleksandar Bálint"]


def test_the_kit_file_holds_no_participant_in_plaintext(tmp_path: Path, passphrase: str) -> None:
    data = _organiser(tmp_path, passphrase).read_bytes()
    for needle in ("Vukov", "Bálint", "B\\u00e1lint", "sv@x.example", "1234567"):
        assert needle.encode("utf-8") not in data


def test_a_kit_made_before_kits_carried_participants_still_opens(
    tmp_path: Path, passphrase: str
) -> None:
    doc = _doc_of(_organiser(tmp_path, passphrase))
    del doc["participants"]
    old = _reseal(doc, tmp_path / "old-kit.rtbundle")
    contents = read_bundle(old, KIT_PASS)
    assert contents.setup and contents.participants == ()
    with create_from_kit(tmp_path / "laptop.roundtable", passphrase, contents) as laptop:
        assert laptop.participants() == []
        assert any(t.term == "Snežana Vukov" for t in laptop.terms())


def test_a_bundle_of_remarks_carries_no_participants(tmp_path: Path, passphrase: str) -> None:
    _organiser(tmp_path, passphrase)
    with Vault.open(tmp_path / "org.roundtable", passphrase) as org:
        export_bundle(org, tmp_path / "remarks.rtbundle", KIT_PASS)
    contents = read_bundle(tmp_path / "remarks.rtbundle", KIT_PASS)
    assert contents.participants == () and not contents.setup
    doc = _doc_of(tmp_path / "remarks.rtbundle")
    assert "participants" not in doc
    # A forged bundle of remarks that does carry a list is damage, not a way in.
    doc["participants"] = [{"name": "Someone Else"}]
    with pytest.raises(DamagedError):
        read_bundle(_reseal(doc, tmp_path / "forged.rtbundle"), KIT_PASS)


@pytest.mark.parametrize(
    "bad",
    [
        [{"name": ""}],
        [{"organisation": "no name"}],
        [{"name": "Ana Ilić", "email": 5}],
        [{"name": "Ana Ilić"}, {"name": "ana ilić"}],  # the same person twice
        ["Ana Ilić"],
        {"name": "Ana Ilić"},
    ],
)
def test_a_kit_with_a_malformed_participants_list_is_refused_as_damaged(
    tmp_path: Path, passphrase: str, bad: object
) -> None:
    doc = _doc_of(_organiser(tmp_path, passphrase))
    doc["participants"] = bad
    forged = _reseal(doc, tmp_path / "forged.rtbundle")
    with pytest.raises(DamagedError) as caught:
        read_bundle(forged, KIT_PASS)
    assert "Ana" not in str(caught.value)  # messages name items by number only
