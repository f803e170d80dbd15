"""Encrypted bundles (roundtable_app.vault.bundles): the file format and the merge."""

from __future__ import annotations

import json
import unicodedata
import zlib
from pathlib import Path

import pytest
from helpers import PASSPHRASE

from roundtable_app.errors import DamagedError, InputError, NewerVersionError, UnlockError
from roundtable_app.vault import Vault
from roundtable_app.vault.bundles import (
    HEADER_SIZE,
    MAGIC,
    BundleContents,
    export_bundle,
    import_bundle,
    merge_bundle,
    read_bundle,
    seal,
    unseal,
)

# the two themes of the `vault` fixture (tests/conftest.py)
THEMES = ("Refugee protection and inclusion", "Rights of the child")
BUNDLE_PASS = "a bundle passphrase, Łódź"
CANARY = "Canary-7f3a: the ministry's hotline is 0800 555 0199"


@pytest.fixture
def other(tmp_path: Path) -> Vault:
    """Vault B: another laptop's vault, made separately, with its own themes."""
    v = Vault.create(
        tmp_path / "other.roundtable",
        PASSPHRASE,
        title="Same event, laptop B",
        themes=("Trauma care", "rights of the CHILD"),
    )
    yield v
    v.close()


def fill(vault: Vault) -> dict[str, str]:
    """Remarks of every shape on vault A; returns their ids by role."""
    refugees, child = (vault.theme_by_name(name) for name in THEMES)
    assert refugees is not None and child is not None
    day1 = vault.add_session("Day 1: reception")
    plain = vault.add_remark("Registration queues doubled in June.", refugees.id)
    rec = vault.add_remark(
        "Appoint guardians within 72 hours.", child.id, "recommendation", day1.id
    )
    vault.update_remark(rec.id, status="included", key_point=True)
    reworded = vault.add_remark("We saw 40 kids a day at the border.", child.id, "observation")
    vault.reword_remark(reworded.id, "Around forty children a day arrived at the border.")
    gone = vault.add_remark("A remark deleted on laptop A.", refugees.id, "question")
    vault.delete_remark(gone.id)
    return {"plain": plain.id, "rec": rec.id, "reworded": reworded.id, "gone": gone.id}


def by_id(vault: Vault) -> dict[str, object]:
    return {r.id: r for r in vault.remarks(include_deleted=True)}


def test_round_trip_keeps_remarks_kinds_sessions_and_maps_themes_by_name(
    vault: Vault, other: Vault, tmp_path: Path
) -> None:
    ids = fill(vault)
    out = tmp_path / "a.rtbundle"
    # the deleted remark travels as a tombstone, which is not a remark (issue 10, item 4)
    assert export_bundle(vault, out, BUNDLE_PASS) == 3
    counts = import_bundle(other, out, BUNDLE_PASS)
    assert (counts.added, counts.updated, counts.present, counts.deleted) == (3, 0, 0, 1)

    names = {t.id: t.name for t in other.themes()}
    # "Rights of the child" matched B's "rights of the CHILD"; the refugee theme was created
    # after B's own themes, and no theme was duplicated.
    assert [t.name for t in other.themes()] == ["Trauma care", "rights of the CHILD", THEMES[0]]
    sessions = {s.id: s.title for s in other.sessions()}
    assert list(sessions.values()) == ["Day 1: reception"]
    a, b = by_id(vault), by_id(other)
    assert set(b) == set(a) - {ids["gone"]}  # B never receives the deleted remark's text
    del a[ids["gone"]]
    for rid, ra in a.items():
        rb = b[rid]
        assert (rb.text, rb.reworded, rb.kind, rb.status, rb.key_point, rb.deleted) == (
            ra.text,
            ra.reworded,
            ra.kind,
            ra.status,
            ra.key_point,
            ra.deleted,
        )
        assert (rb.created_at, rb.updated_at, rb.device_id) == (
            ra.created_at,
            ra.updated_at,
            ra.device_id,
        )
    assert names[b[ids["rec"]].theme_id] == "rights of the CHILD"
    assert names[b[ids["plain"]].theme_id] == THEMES[0]
    assert sessions[b[ids["rec"]].session_id] == "Day 1: reception"
    assert b[ids["rec"]].key_point
    with pytest.raises(InputError, match="no such remark"):
        other.remark(ids["gone"])


def test_second_import_adds_nothing(vault: Vault, other: Vault, tmp_path: Path) -> None:
    fill(vault)
    out = tmp_path / "a.rtbundle"
    export_bundle(vault, out, BUNDLE_PASS)
    import_bundle(other, out, BUNDLE_PASS)
    before = (by_id(other), other.themes(), other.sessions())
    counts = import_bundle(other, out, BUNDLE_PASS)
    assert (counts.added, counts.updated, counts.present) == (0, 0, 4)
    assert (by_id(other), other.themes(), other.sessions()) == before


def test_newer_edit_in_bundle_updates_and_keeps_the_replaced_wording(
    vault: Vault, other: Vault, tmp_path: Path
) -> None:
    ids = fill(vault)
    export_bundle(vault, tmp_path / "1.rtbundle", BUNDLE_PASS)
    import_bundle(other, tmp_path / "1.rtbundle", BUNDLE_PASS)
    vault.edit_remark(ids["plain"], "Registration queues tripled in June.")
    vault.update_remark(ids["plain"], kind="challenge")
    export_bundle(vault, tmp_path / "2.rtbundle", BUNDLE_PASS)
    counts = import_bundle(other, tmp_path / "2.rtbundle", BUNDLE_PASS)
    assert (counts.added, counts.updated, counts.present) == (0, 1, 3)
    mine = other.remark(ids["plain"])
    assert (mine.text, mine.kind) == ("Registration queues tripled in June.", "challenge")
    assert [(v.field, v.text) for v in other.revisions(ids["plain"])] == [
        ("text", "Registration queues doubled in June.")
    ]


def test_receiving_vaults_newer_edit_is_never_lost(
    vault: Vault, other: Vault, tmp_path: Path
) -> None:
    ids = fill(vault)
    out = tmp_path / "a.rtbundle"
    export_bundle(vault, out, BUNDLE_PASS)
    import_bundle(other, out, BUNDLE_PASS)
    other.reword_remark(ids["rec"], "Guardians should be appointed within three days.")
    counts = import_bundle(other, out, BUNDLE_PASS)  # the older copy again
    assert counts.updated == 0
    assert other.remark(ids["rec"]).reworded == "Guardians should be appointed within three days."


def test_deletions_travel_and_are_never_undone_by_a_merge(
    vault: Vault, other: Vault, tmp_path: Path
) -> None:
    ids = fill(vault)
    export_bundle(vault, tmp_path / "1.rtbundle", BUNDLE_PASS)
    import_bundle(other, tmp_path / "1.rtbundle", BUNDLE_PASS)
    # A deletes a remark B already has: the next bundle deletes it on B too.
    vault.delete_remark(ids["plain"])
    # B deletes one that A still has: A's undeleted copy must not bring it back.
    other.delete_remark(ids["rec"])
    export_bundle(vault, tmp_path / "2.rtbundle", BUNDLE_PASS)
    counts = import_bundle(other, tmp_path / "2.rtbundle", BUNDLE_PASS)
    assert (counts.added, counts.updated, counts.present, counts.deleted) == (0, 0, 3, 1)
    assert other.remark(ids["plain"]).deleted
    assert other.remark(ids["rec"]).deleted
    assert other.remark(ids["plain"]).text == "Registration queues doubled in June."


def test_a_failing_merge_writes_nothing(vault: Vault, other: Vault, tmp_path: Path) -> None:
    fill(vault)
    out = tmp_path / "a.rtbundle"
    export_bundle(vault, out, BUNDLE_PASS)
    contents = read_bundle(out, BUNDLE_PASS)
    # The same new remark twice: the second insert fails after themes were created.
    broken = BundleContents(contents.themes, contents.sessions, contents.remarks * 2)
    before = (by_id(other), other.themes(), other.sessions())
    with pytest.raises(InputError):
        merge_bundle(other, broken)
    assert (by_id(other), other.themes(), other.sessions()) == before


def test_bundle_file_holds_no_plaintext(vault: Vault, tmp_path: Path) -> None:
    theme = vault.themes()[0]
    vault.add_remark(CANARY, theme.id)
    folder = tmp_path / "out"
    folder.mkdir()
    export_bundle(vault, folder / "a.rtbundle", BUNDLE_PASS)
    assert [p.name for p in folder.iterdir()] == ["a.rtbundle"]  # no temporary file left
    data = (folder / "a.rtbundle").read_bytes()
    for needle in ("Canary-7f3a", theme.name, BUNDLE_PASS):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert needle.encode(encoding) not in data
    assert data.startswith(MAGIC)


def test_export_refuses_an_existing_file_and_a_short_passphrase(
    vault: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "a.rtbundle"
    out.write_bytes(b"keep me")
    with pytest.raises(InputError, match="already exists"):
        export_bundle(vault, out, BUNDLE_PASS)
    assert out.read_bytes() == b"keep me"
    with pytest.raises(InputError, match="at least 10"):
        export_bundle(vault, tmp_path / "b.rtbundle", "short")
    assert not (tmp_path / "b.rtbundle").exists()


# ---------------------------------------------------------------- the sealed format
@pytest.fixture(scope="module")
def sealed() -> bytes:
    return seal(b"payload bytes", BUNDLE_PASS)


def test_seal_round_trips_and_never_repeats(sealed: bytes) -> None:
    assert unseal(sealed, BUNDLE_PASS) == b"payload bytes"
    again = seal(b"payload bytes", BUNDLE_PASS)
    assert again != sealed and again[:8] == sealed[:8]


def test_passphrase_is_normalised_so_composed_and_decomposed_letters_agree(sealed: bytes) -> None:
    decomposed = unicodedata.normalize("NFD", BUNDLE_PASS)
    assert decomposed != BUNDLE_PASS
    assert unseal(sealed, decomposed) == b"payload bytes"


def test_wrong_passphrase_is_an_unlock_error(sealed: bytes) -> None:
    with pytest.raises(UnlockError, match="wrong bundle passphrase") as err:
        unseal(sealed, "not the right passphrase")
    assert "not the right" not in str(err.value)


def test_every_header_byte_after_the_version_is_protected(sealed: bytes) -> None:
    for i in range(len(MAGIC) + 1, HEADER_SIZE):
        data = bytearray(sealed)
        data[i] ^= 0x01
        with pytest.raises(DamagedError):
            unseal(bytes(data), BUNDLE_PASS)


def test_flipped_ciphertext_byte_is_damage_not_a_wrong_passphrase(sealed: bytes) -> None:
    for i in (HEADER_SIZE, len(sealed) - 1):
        data = bytearray(sealed)
        data[i] ^= 0x80
        with pytest.raises(DamagedError, match="fail authentication"):
            unseal(bytes(data), BUNDLE_PASS)


def test_truncated_bundle_is_damaged(sealed: bytes) -> None:
    for size in (len(MAGIC), len(MAGIC) + 1, HEADER_SIZE, HEADER_SIZE + 10, len(sealed) - 1):
        with pytest.raises(DamagedError):
            unseal(sealed[:size], BUNDLE_PASS)


def test_not_a_bundle_and_newer_or_unknown_versions(sealed: bytes) -> None:
    for data in (b"", b"SQLite format 3\x00" + bytes(200), sealed[1:]):
        with pytest.raises(UnlockError, match="not a Roundtable bundle"):
            unseal(data, BUNDLE_PASS)
    newer = bytearray(sealed)
    newer[len(MAGIC)] = 2
    with pytest.raises(NewerVersionError):
        unseal(bytes(newer), BUNDLE_PASS)
    older = bytearray(sealed)
    older[len(MAGIC)] = 0
    with pytest.raises(DamagedError):
        unseal(bytes(older), BUNDLE_PASS)


def _payload(doc: object) -> bytes:
    return zlib.compress(json.dumps(doc).encode())


def test_authenticated_but_invalid_contents_are_refused_by_number(tmp_path: Path) -> None:
    remark = {
        "id": "r1",
        "text": CANARY,
        "reworded": None,
        "theme": "T",
        "kind": "shouting",
        "status": "captured",
        "session": None,
        "key_point": False,
        "created_at": "2016-06-20T09:00:00.000000",
        "updated_at": "2016-06-20T09:00:00.000000",
        "device_id": "d",
        "deleted": False,
    }
    cases = {
        "bad.rtbundle": (
            _payload({"format": 1, "themes": ["T"], "sessions": [], "remarks": [remark]}),
            DamagedError,
        ),
        "newer.rtbundle": (_payload({"format": 3}), NewerVersionError),
        "junk.rtbundle": (b"not zlib at all", DamagedError),
    }
    for name, (payload, error) in cases.items():
        path = tmp_path / name
        path.write_bytes(seal(payload, BUNDLE_PASS))
        with pytest.raises(error) as err:
            read_bundle(path, BUNDLE_PASS)
        assert "Canary" not in str(err.value)
    with pytest.raises(DamagedError, match="remark 1"):
        read_bundle(tmp_path / "bad.rtbundle", BUNDLE_PASS)
