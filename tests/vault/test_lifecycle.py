"""Creating, unlocking, locking and refusing vaults, on real files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from roundtable_app.errors import (
    DamagedError,
    InputError,
    InUseError,
    NewerVersionError,
    UnlockError,
)
from roundtable_app.vault import Vault
from roundtable_app.vault.engine import sql_string


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.parametrize(
    "secret",
    [
        "it's a 'quoted' passphrase",
        'double "quotes" and back\\slash\\',
        "ćirilica и латиница ž",
        "'; DROP TABLE remarks; --",
        "   spaces around   ",
    ],
)
def test_unusual_passphrases_create_and_reopen(tmp_path: Path, secret: str) -> None:
    path = tmp_path / "v.roundtable"
    with Vault.create(path, secret, title="T", themes=["A"]) as v:
        v.add_remark("kept", v.themes()[0].id)
    with Vault.open(path, secret) as v:
        assert [r.text for r in v.remarks()] == ["kept"]
    with pytest.raises(UnlockError):
        Vault.open(path, secret.strip() + "x")


def test_passphrase_opens_in_plain_sqlcipher_with_default_kdf(vault: Vault, passphrase: str):
    vault.add_remark("visible to standard tools", vault.themes()[0].id)
    vault.close()
    conn = sqlcipher.connect(str(vault.path))
    conn.execute(f"PRAGMA key = {sql_string(passphrase)}")
    texts = [r[0] for r in conn.execute("SELECT text FROM remarks")]
    conn.close()
    assert texts == ["visible to standard tools"]


def test_wrong_passphrase_leaves_file_unchanged(vault: Vault) -> None:
    vault.add_remark("something", vault.themes()[0].id)
    vault.close()
    before = snapshot(vault.path.parent)
    with pytest.raises(UnlockError) as info:
        Vault.open(vault.path, "not the passphrase at all")
    assert "wrong passphrase" in str(info.value)
    assert "not the passphrase" not in str(info.value)
    assert snapshot(vault.path.parent) == before


def test_short_passphrase_refused_and_nothing_created(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="at least 10"):
        Vault.create(tmp_path / "v.roundtable", "short", title="T")
    assert list(tmp_path.iterdir()) == []


def test_create_refuses_to_overwrite(vault: Vault, passphrase: str) -> None:
    vault.close()
    before = vault.path.read_bytes()
    with pytest.raises(InputError, match="already exists"):
        Vault.create(vault.path, passphrase, title="Other")
    assert vault.path.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "error", "words"),
    [
        (b"", UnlockError, "empty"),
        (b"%PDF-1.7\n" + b"x" * 9000, UnlockError, "PDF"),
        (b"SQLite format 3\x00" + b"\x00" * 8000, UnlockError, "unencrypted"),
        (b"hello", UnlockError, "too small"),
        (os.urandom(8192), UnlockError, "wrong passphrase, or not"),
    ],
)
def test_files_that_are_not_vaults(tmp_path: Path, content: bytes, error: type, words: str):
    path = tmp_path / "x.roundtable"
    path.write_bytes(content)
    with pytest.raises(error, match=words):
        Vault.open(path, "whatever passphrase")
    assert path.read_bytes() == content
    assert [p.name for p in tmp_path.iterdir()] == ["x.roundtable"]


def test_missing_file_is_a_clear_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such vault"):
        Vault.open(tmp_path / "nope.roundtable", "whatever passphrase")
    assert not (tmp_path / "nope.roundtable").exists()


def _damage(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def test_flipped_byte_is_reported_as_damage_and_file_left_alone(vault: Vault, passphrase: str):
    theme = vault.themes()[0].id
    for i in range(300):
        vault.add_remark(f"remark number {i} " + "padding " * 20, theme)
    vault.close()
    size = vault.path.stat().st_size
    _damage(vault.path, size // 2)
    before = vault.path.read_bytes()
    with pytest.raises(DamagedError, match="damaged"):
        Vault.open(vault.path, passphrase)
    assert vault.path.read_bytes() == before


def test_truncated_vault_is_damaged(vault: Vault, passphrase: str) -> None:
    theme = vault.themes()[0].id
    for i in range(200):
        vault.add_remark(f"remark {i} " + "words " * 30, theme)
    vault.close()
    data = vault.path.read_bytes()
    vault.path.write_bytes(data[: len(data) // 2 + 100])
    with pytest.raises((DamagedError, UnlockError)) as info:
        Vault.open(vault.path, passphrase)
    assert info.value.exit_code in (3, 4)


def test_second_open_is_refused_as_in_use(vault: Vault, passphrase: str) -> None:
    with pytest.raises(InUseError, match="in use"):
        Vault.open(vault.path, passphrase)
    # the first handle still works
    assert vault.add_remark("still fine", vault.themes()[0].id).text == "still fine"


def test_vault_from_newer_version_is_refused_untouched(vault: Vault, passphrase: str) -> None:
    with vault.raw_connection() as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9001'")  # type: ignore[attr-defined]
        conn.commit()  # type: ignore[attr-defined]
    vault.close()
    before = snapshot(vault.path.parent)
    with pytest.raises(NewerVersionError, match="newer version"):
        Vault.open(vault.path, passphrase)
    assert snapshot(vault.path.parent) == before


def test_locked_vault_refuses_service_calls(vault: Vault) -> None:
    vault.close()
    assert not vault.is_open
    with pytest.raises(InputError, match="locked"):
        vault.remarks()


def test_close_folds_wal_back_and_leaves_only_the_vault(vault: Vault) -> None:
    vault.add_remark("x", vault.themes()[0].id)
    vault.close()
    assert [p.name for p in vault.path.parent.iterdir() if p.is_file()] == [vault.path.name]


def test_package_names_load_lazily_and_all_resolve() -> None:
    import roundtable_app.vault as package

    assert set(package.__all__) == set(package._WHERE)  # the two lists are kept in step
    for name in package.__all__:
        assert getattr(package, name) is not None
    with pytest.raises(AttributeError):
        package.NoSuchThing  # noqa: B018
