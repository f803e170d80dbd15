"""verify, backup and passwd on real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtable_app.errors import InputError, UnlockError
from roundtable_app.vault import Vault, backup, change_passphrase, verify


def test_verify_reports_what_it_checked(vault: Vault) -> None:
    vault.add_remark("x", vault.themes()[0].id)
    report = verify(vault)
    assert any("authenticate" in c for c in report.checks)
    assert any("integrity_check ok" in c for c in report.checks)
    assert report.counts["remarks"] == 1 and report.counts["themes"] == 2


def test_backup_is_encrypted_consistent_and_never_overwrites(
    vault: Vault, passphrase: str, tmp_path: Path
) -> None:
    vault.add_remark("backed up remark", vault.themes()[0].id)
    dest_dir = tmp_path / "backups"
    dest_dir.mkdir()
    copy = backup(vault, dest_dir)
    assert copy.parent == dest_dir and copy.suffix == ".roundtable"
    assert b"backed up remark" not in copy.read_bytes()
    with pytest.raises(InputError, match="already exists"):
        backup(vault, copy)
    with pytest.raises(InputError, match="does not exist"):
        backup(vault, tmp_path / "missing" / "x.roundtable")
    vault.close()
    with Vault.open(copy, passphrase) as b:
        assert [r.text for r in b.remarks()] == ["backed up remark"]
    assert sorted(p.name for p in dest_dir.iterdir() if p.is_file()) == [copy.name]


def test_passwd_then_reopen_with_new_works_and_old_fails(vault: Vault, passphrase: str) -> None:
    vault.add_remark("survives rekey", vault.themes()[0].id)
    new = "a brand new passphrase ’with’ curly quotes"
    reopened = change_passphrase(vault, new)
    assert [r.text for r in reopened.remarks()] == ["survives rekey"]
    reopened.close()
    with pytest.raises(UnlockError):
        Vault.open(vault.path, passphrase)
    with Vault.open(vault.path, new) as v:
        assert verify(v).counts["remarks"] == 1
    assert [p.name for p in vault.path.parent.iterdir() if p.is_file()] == [vault.path.name]


def test_passwd_refuses_short_passphrase_and_changes_nothing(vault: Vault, passphrase: str):
    with pytest.raises(InputError, match="at least 10"):
        change_passphrase(vault, "short")
    assert vault.is_open
    vault.close()
    Vault.open(vault.path, passphrase).close()
