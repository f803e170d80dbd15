"""Issue 10 items 4, 5, 8, 10, 12 and 7 and the start-up hardening, on real files."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from helpers import PASSPHRASE, run_cli

from roundtable_app import files
from roundtable_app.errors import InputError, UnlockError, VaultMovedError
from roundtable_app.vault import Vault, backup, change_passphrase, pages
from roundtable_app.vault.backups import list_backups
from roundtable_app.vault.hardening import MIN_SQLITE, check_build

ENV = {"ROUNDTABLE_PASSPHRASE": PASSPHRASE}


# ---------------------------------------------------------------- start-up hardening
def test_build_checks_pass_and_report_versions() -> None:
    report = check_build()
    assert tuple(int(p) for p in report.sqlite.split(".")) >= MIN_SQLITE
    assert report.sqlcipher.startswith("4.")
    assert pages.PAGE_SIZE == 4096 and pages.KDF_ITERATIONS == 256_000


def test_vault_connection_is_hardened_and_closed_on_lock(vault: Vault) -> None:
    with vault.raw_connection() as conn:
        assert conn.execute("PRAGMA cipher_memory_security").fetchone()[0] == "1"
        assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
        with pytest.raises(Exception, match="not authorized"):
            conn.execute("SELECT load_extension('x')")
    assert vault._engine_or_fail().hide_parameters
    dbapi = vault._dbapi
    vault.close()
    with pytest.raises(Exception, match="closed"):
        dbapi.execute("SELECT 1")
    with pytest.raises(InputError, match="locked"):
        vault.remarks()


def test_cli_and_app_processes_disable_core_dumps(tmp_path: Path) -> None:
    probe = """
import ctypes, resource, sys
from roundtable_app.cli import main
main(["--version"]) if False else None
code = main(sys.argv[1:])
dumpable = ctypes.CDLL("libc.so.6").prctl(3, 0, 0, 0, 0)  # PR_GET_DUMPABLE
print(code, resource.getrlimit(resource.RLIMIT_CORE), dumpable)
"""
    path = tmp_path / "v.roundtable"
    Vault.create(path, PASSPHRASE, title="T", themes=["A"]).close()
    env = dict(os.environ) | ENV
    out = subprocess.run(
        [sys.executable, "-c", probe, "list", str(path)], env=env, capture_output=True, text=True
    )
    assert out.stdout.strip().splitlines()[-1] == "0 (0, 0) 0", out.stderr
    probe_app = """
import ctypes, resource
from roundtable_app.vault.hardening import disable_core_dumps
import roundtable_app.ui.app as app
src = open(app.__file__).read()
assert "disable_core_dumps()" in src.split("def run_app")[1].split("app.exec")[0]
disable_core_dumps()
print(resource.getrlimit(resource.RLIMIT_CORE), ctypes.CDLL("libc.so.6").prctl(3, 0, 0, 0, 0))
"""
    out = subprocess.run([sys.executable, "-c", probe_app], env=env, capture_output=True, text=True)
    assert out.stdout.strip() == "(0, 0) 0", out.stderr


# ---------------------------------------------------------------- item 8: permissions
def _modes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): oct(stat.S_IMODE(p.stat().st_mode)) for p in folder.rglob("*")
    }


def test_every_file_with_vault_content_is_private_under_umask_022(tmp_path: Path) -> None:
    script = f"""
import os, sys
os.umask(0o022)
from roundtable_app.cli import main
from roundtable_app.vault import Vault
v = sys.argv[1]
os.environ["ROUNDTABLE_PASSPHRASE"] = {PASSPHRASE!r}
Vault.create(v, os.environ["ROUNDTABLE_PASSPHRASE"], title="T", themes=["A"]).close()
assert main(["add", v, "--theme", "A", "a remark"]) == 0
assert main(["backup", v, v + ".copy"]) == 0
os.environ["ROUNDTABLE_NEW_PASSPHRASE"] = "another passphrase"
assert main(["passwd", v]) == 0
os.environ["ROUNDTABLE_PASSPHRASE"] = "another passphrase"
os.environ["ROUNDTABLE_BUNDLE_PASSPHRASE"] = "a bundle passphrase"
assert main(["bundle", "export", v, v + ".rtbundle"]) == 0
assert main(["export", v, "--md", v + ".md", "--accept-findings"]) in (0, 1)
os.environ["ROUNDTABLE_PASSPHRASE"] = {PASSPHRASE!r}
assert main(["restore", v + ".copy", v]) == 0
"""
    folder = tmp_path / "work"
    folder.mkdir()
    r = subprocess.run(
        [sys.executable, "-c", script, str(folder / "v.roundtable")],
        capture_output=True,
        text=True,
        env=dict(os.environ),
    )
    assert r.returncode == 0, r.stderr
    modes = _modes(folder)
    assert any(".replaced-" in name for name in modes)
    assert any(name.startswith("v.roundtable.backups/") for name in modes)
    for name, mode in modes.items():
        wanted = "0o700" if (folder / name).is_dir() else "0o600"
        assert mode == wanted, (name, mode)


# ---------------------------------------------------------------- item 4: purge
def _plaintext_pages(path: Path, passphrase: str = PASSPHRASE) -> bytes:
    keys = pages.check_key(path, passphrase).keys
    assert keys is not None
    data = path.read_bytes()
    out = []
    for n in range(1, len(data) // 4096 + 1):
        out.append(pages.decrypt_page(keys, data[(n - 1) * 4096 : n * 4096], n))
    return b"".join(out)


def test_a_deleted_remark_is_undoable_until_close_then_gone_from_every_page(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v.roundtable"
    canary = "CANARY-Dragana-Petrović-said-it"
    with Vault.create(path, PASSPHRASE, title="T", themes=["A"]) as v:
        theme = v.themes()[0].id
        keep = v.add_remark("a remark that stays", theme)
        gone = v.add_remark(canary, theme)
        v.edit_remark(gone.id, canary + " (edited)")
        v.reword_remark(gone.id, canary + " reworded")
        v.delete_remark(gone.id)
        v.restore_remark(gone.id)  # undo works within the session
        assert v.remark(gone.id).text.startswith(canary)
        v.delete_remark(gone.id)
    plain = _plaintext_pages(path)
    assert canary.encode() not in plain
    assert b"a remark that stays" in plain
    with Vault.open(path, PASSPHRASE) as v:
        assert [r.id for r in v.remarks()] == [keep.id]
        tomb = v.remark(gone.id)
        assert tomb.deleted and tomb.text == "" and v.revisions(gone.id) == []
    # the backups taken at close hold no trace either
    for b in list_backups(path):
        assert canary.encode() not in _plaintext_pages(b.path)


# ---------------------------------------------------------------- item 10: leftovers
def test_crash_leftovers_are_removed_at_the_next_open_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "v.roundtable"
    Vault.create(path, PASSPHRASE, title="T", themes=["A"]).close()
    left = [
        tmp_path / ".v.roundtable.rekey-1a2b3c4d",
        tmp_path / ".v.roundtable.rekey-1a2b3c4d-wal",
        tmp_path / ".v.roundtable.backup-00ff00ff",
        tmp_path / ".v.roundtable.restore-12345678",
    ]
    for p in left:
        p.write_bytes(b"x" * 100)
    r = run_cli("list", str(path), env=ENV)
    assert r.returncode == 0, r.stderr
    assert "removed 3 file(s) an interrupted run had left" in r.stderr
    assert not any(p.exists() for p in left)


def test_export_parts_left_by_a_crash_are_removed_by_the_next_write(tmp_path: Path) -> None:
    out = tmp_path / "summary.md"
    stale = tmp_path / ".summary.md.part-deadbeef"
    stale.write_text("complete plaintext summary")
    files.replace_atomic(out, b"new summary")
    assert not stale.exists() and out.read_bytes() == b"new summary"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


# ---------------------------------------------------------------- item 12: passphrases
def test_nfc_and_nfd_open_the_same_vault(tmp_path: Path) -> None:
    nfc = unicodedata.normalize("NFC", "Đorđević lozinka ćirilica")
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    path = tmp_path / "v.roundtable"
    Vault.create(path, nfd, title="T", themes=["A"]).close()
    Vault.open(path, nfc).close()
    Vault.open(path, nfd).close()


def test_a_vault_keyed_without_normalisation_opens_and_is_migrated(tmp_path: Path) -> None:
    from roundtable_app.vault import engine

    nfd = unicodedata.normalize("NFD", "Đorđević lozinka ćirilica")
    path = tmp_path / "old.roundtable"
    # an older Roundtable keyed the passphrase exactly as typed
    real = engine.pages.normalise_passphrase
    engine.pages.normalise_passphrase = lambda p: p  # type: ignore[assignment]
    try:
        with Vault.create(path, nfd, title="T", themes=["A"]) as v:
            v.add_remark("kept across the migration", v.themes()[0].id)
    finally:
        engine.pages.normalise_passphrase = real  # type: ignore[assignment]
    with pytest.raises(UnlockError):
        Vault.open(path, unicodedata.normalize("NFC", nfd))
    with Vault.open(path, nfd) as v:
        assert any("NFC" in n for n in v.notices)
    with Vault.open(path, unicodedata.normalize("NFC", nfd)) as v:  # now either form works
        assert [r.text for r in v.remarks()] == ["kept across the migration"]


@pytest.mark.parametrize("bad", ["", " " * 10, "\n" * 11, "\t \u3000" * 4])
def test_empty_or_white_space_passphrases_are_refused(tmp_path: Path, bad: str) -> None:
    with pytest.raises(InputError, match="empty or only white space"):
        Vault.create(tmp_path / "v.roundtable", bad, title="T")
    assert list(tmp_path.iterdir()) == []


def test_a_thousand_character_passphrase_works(tmp_path: Path) -> None:
    long = ("ĐžćČš'\"\\ " * 125)[:1000]
    path = tmp_path / "v.roundtable"
    Vault.create(path, long, title="T", themes=["A"]).close()
    Vault.open(path, long).close()
    v = Vault.open(path, long)
    change_passphrase(v, long[::-1]).close()
    Vault.open(path, long[::-1]).close()


def test_invalid_utf8_in_the_passphrase_variable_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "v.roundtable"
    Vault.create(path, PASSPHRASE, title="T", themes=["A"]).close()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ROUNDTABLE_PASS")}
    env_b = {k.encode(): v.encode() for k, v in env.items()}
    env_b[b"ROUNDTABLE_PASSPHRASE"] = b"caf\xe9 au lait passphrase"
    exe = Path(sys.executable).with_name("roundtable")
    r = subprocess.run([str(exe), "list", str(path)], env=env_b, capture_output=True)  # type: ignore[arg-type]
    assert r.returncode == 2
    assert b"ROUNDTABLE_PASSPHRASE is not valid UTF-8" in r.stderr


# ---------------------------------------------------------------- item 7: file vanished
def test_a_vault_deleted_while_open_refuses_saves_and_is_rescued_at_close(tmp_path: Path):
    path = tmp_path / "v.roundtable"
    v = Vault.create(path, PASSPHRASE, title="T", themes=["A"])
    theme = v.themes()[0].id
    v.add_remark("saved before the file vanished", theme)
    path.unlink()
    with pytest.raises(VaultMovedError, match="deleted, moved or replaced"):
        v.add_remark("typed after", theme)
    assert v.file_missing
    # Save as…: the open vault, written elsewhere, whole
    saved = backup(v, tmp_path / "saved-as.roundtable")
    v.close()
    assert any("saved to" in n for n in v.notices)
    rescued = [p for p in tmp_path.iterdir() if ".rescued-" in p.name]
    for copy in (saved, *rescued):
        with Vault.open(copy, PASSPHRASE) as c:
            assert [r.text for r in c.remarks()] == ["saved before the file vanished"]
    assert len(rescued) == 1


def test_a_vault_moved_while_open_is_noticed(tmp_path: Path) -> None:
    path = tmp_path / "v.roundtable"
    v = Vault.create(path, PASSPHRASE, title="T", themes=["A"])
    os.rename(path, tmp_path / "elsewhere.roundtable")
    with pytest.raises(VaultMovedError):
        v.remarks()
    v.close()
