"""Automatic encrypted backups: when they are taken, how many are kept, what they hold."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from helpers import PASSPHRASE

from roundtable_app.vault import Vault, pages
from roundtable_app.vault.backups import backup_dir, list_backups
from roundtable_app.vault.bundles import export_bundle, import_bundle


def test_backups_on_close_after_changes_and_not_on_an_unchanged_open(tmp_path: Path) -> None:
    path = tmp_path / "v.roundtable"
    with Vault.create(path, PASSPHRASE, title="T", themes=["A"]) as v:
        v.add_remark("one", v.themes()[0].id)
    assert [b.reason for b in list_backups(path)] == ["close"]
    Vault.open(path, PASSPHRASE).close()  # nothing changed: no new backup
    assert len(list_backups(path)) == 1
    with Vault.open(path, PASSPHRASE) as v:
        v.add_remark("two", v.themes()[0].id)
    assert [(b.reason, b.remarks) for b in list_backups(path)] == [("close", 2), ("close", 1)]
    folder = backup_dir(path)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for b in list_backups(path):
        assert stat.S_IMODE(b.path.stat().st_mode) == 0o600
        head = b.path.read_bytes()[:16]
        assert not head.startswith(b"SQLite format 3")  # encrypted, never plaintext
        assert pages.check_key(b.path, PASSPHRASE).verdict == "ok"  # with the same key


def test_a_periodic_backup_comes_while_changes_come(tmp_path: Path) -> None:
    path = tmp_path / "v.roundtable"
    v = Vault.create(path, PASSPHRASE, title="T", themes=["A"])
    theme = v.themes()[0].id
    v.add_remark("early", theme)
    assert list_backups(path) == []  # less than 10 minutes since the open
    v._last_backup -= 601
    v.add_remark("ten minutes later", theme)
    assert [(b.reason, b.remarks) for b in list_backups(path)] == [("periodic", 2)]
    v.close()


def test_the_last_n_are_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROUNDTABLE_BACKUP_KEEP", "3")
    path = tmp_path / "v.roundtable"
    Vault.create(path, PASSPHRASE, title="T", themes=["A"]).close()
    for i in range(6):
        with Vault.open(path, PASSPHRASE) as v:
            v.add_remark(f"remark {i}", v.themes()[0].id)
    assert [b.remarks for b in list_backups(path)] == [6, 5, 4]
    monkeypatch.setenv("ROUNDTABLE_BACKUP_KEEP", "0")  # 0 turns them off
    with Vault.open(path, PASSPHRASE) as v:
        v.add_remark("not backed up", v.themes()[0].id)
    assert [b.remarks for b in list_backups(path)] == [6, 5, 4]


def test_a_backup_is_taken_before_a_bundle_import(tmp_path: Path) -> None:
    a, b = tmp_path / "a.roundtable", tmp_path / "b.roundtable"
    with Vault.create(a, PASSPHRASE, title="T", themes=["A"]) as va:
        va.add_remark("from laptop a", va.themes()[0].id)
        export_bundle(va, tmp_path / "x.rtbundle", "bundle passphrase")
    with Vault.create(b, PASSPHRASE, title="T", themes=["A"]) as vb:
        vb.add_remark("on laptop b", vb.themes()[0].id)
        import_bundle(vb, tmp_path / "x.rtbundle", "bundle passphrase")
        assert [(x.reason, x.remarks) for x in list_backups(b)] == [("import", 1)]
