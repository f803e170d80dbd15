"""Issue 10, defects 1-3 and the damage cases, on real files and real processes.

Each test first builds the situation the hostile test found (a hot WAL left by a SIGKILLed
writer, a flipped byte in it, a stale WAL beside a restored file, a ``passwd`` whose rename
is delayed while another process adds a remark) and then asserts what must hold.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import PASSPHRASE, run_cli

from roundtable_app.errors import InUseError, UnlockError
from roundtable_app.vault import Vault
from roundtable_app.vault.backups import list_backups

# Seconds to minutes each (subprocesses, kills, many syncs to disk): `pytest -m "not slow"`
# leaves them out while iterating.
pytestmark = pytest.mark.slow

CHILD = Path(__file__).with_name("crash_child.py")
ENV = {"ROUNDTABLE_PASSPHRASE": PASSPHRASE}
FRAME = 24 + 4096


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(ENV)
    return env


def hot_wal(path: Path, n: int) -> list[str]:
    """Make a vault whose writer was SIGKILLed after ``n`` reported saves (WAL left hot)."""
    Vault.create(path, PASSPHRASE, title="Crash", themes=["Theme"]).close()
    proc = subprocess.run(
        [sys.executable, str(CHILD), str(path), "hot", str(n)],
        env=_child_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == -9, proc.stderr
    ids = proc.stdout.split()
    assert len(ids) == n
    assert Path(f"{path}-wal").stat().st_size > FRAME * 10
    return ids


def digest(path: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"))
        if p.exists()
    }


def count_remarks(path: Path, passphrase: str = PASSPHRASE) -> int:
    with Vault.open(path, passphrase) as v:
        return len(v.remarks())


def test_wrong_passphrase_with_a_hot_wal_leaves_vault_and_wal_byte_identical(tmp_path: Path):
    path = tmp_path / "v.roundtable"
    hot_wal(path, 200)
    before = digest(path)
    assert "v.roundtable-wal" in before
    r = run_cli("list", str(path), env={"ROUNDTABLE_PASSPHRASE": "not the passphrase at all"})
    assert r.returncode == 3, r.stderr
    assert "Traceback" not in r.stderr
    assert digest(path) == before
    assert count_remarks(path) == 200  # and the right one still finds every remark


@pytest.mark.parametrize("where", ["middle frame", "last frame", "header salt", "first frame"])
def test_a_damaged_wal_is_reported_as_damage_before_anything_is_checkpointed(
    tmp_path: Path, where: str
):
    path = tmp_path / "v.roundtable"
    hot_wal(path, 200)
    wal = Path(f"{path}-wal")
    data = bytearray(wal.read_bytes())
    frames = (len(data) - 32) // FRAME
    # Past an automatic checkpoint SQLite starts the WAL again from the top, and the frames
    # behind the new end are an old generation nobody reads: the last frame that matters is
    # the last one carrying the header's salts.
    salts = bytes(data[16:24])
    current = [i for i in range(frames) if data[32 + i * FRAME + 8 : 32 + i * FRAME + 16] == salts]
    offset = {
        "middle frame": 32 + current[len(current) // 2] * FRAME + 24 + 1000,
        "last frame": 32 + current[-1] * FRAME + 24 + 2000,
        "header salt": 17,
        "first frame": 32 + 24 + 10,
    }[where]
    data[offset] ^= 0x40
    wal.write_bytes(bytes(data))
    before = digest(path)
    for command in ("verify", "list", "add"):
        args = [command, str(path)] + (["--theme", "Theme", "more"] if command == "add" else [])
        r = run_cli(*args, env=ENV)
        assert r.returncode == 4, (command, r.returncode, r.stderr)
        assert "damaged" in r.stderr and "Traceback" not in r.stderr
        assert digest(path) == before  # verify never makes the loss permanent


@pytest.fixture(scope="module")
def killed_writer(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """One vault whose writer was SIGKILLed after 200 reported saves, made once: each test
    below works on its own copy of the three files (see :func:`copy_of`)."""
    path = tmp_path_factory.mktemp("killed") / "v.roundtable"
    return path, hot_wal(path, 200)


def copy_of(vault: Path, folder: Path) -> Path:
    """A copy of ``vault`` with its -wal and -shm (its backups left behind)."""
    for p in (vault, Path(f"{vault}-wal"), Path(f"{vault}-shm")):
        if p.exists():
            shutil.copy2(p, folder / p.name)
    return folder / vault.name


def _frames(data: bytes) -> list[tuple[int, int, bool]]:
    """(page number, commit size, of the current generation) of each whole frame."""
    out = []
    for i in range((len(data) - 32) // FRAME):
        off = 32 + i * FRAME
        pgno, commit = struct.unpack(">2I", data[off : off + 8])
        out.append((pgno, commit, data[off + 8 : off + 16] == data[16:24]))
    return out


def _last_transaction(data: bytes) -> tuple[int, int]:
    """The first and last (commit) frame index of the WAL's last committed transaction."""
    frames = _frames(data)
    commits = [i for i, (_p, c, cur) in enumerate(frames) if c and cur]
    assert len(commits) >= 2
    return commits[-2] + 1, commits[-1]


def _page(data: bytes, i: int) -> bytes:
    return data[32 + i * FRAME + 24 : 32 + (i + 1) * FRAME]


def _put_page(data: bytearray, i: int, page: bytes) -> None:
    data[32 + i * FRAME + 24 : 32 + (i + 1) * FRAME] = page


@pytest.mark.parametrize("case", ["page changed in place", "torn commit frame"])
def test_what_a_killed_writer_leaves_past_the_break_is_not_damage(
    tmp_path: Path, case: str, killed_writer: tuple[Path, list[str]]
) -> None:
    """SQLite writes a transaction's commit frame before it rewrites the checksums of pages
    it changed in place; a writer killed between the two leaves a commit frame of the current
    generation after a frame whose checksum fails (the CI run that failed the 50-kill test).
    A writer killed between a frame's header and its page leaves an older page under a new
    header. Neither commit was ever reported; SQLite drops both, and so must the check."""
    path = copy_of(killed_writer[0], tmp_path)
    ids = killed_writer[1]
    wal = Path(f"{path}-wal")
    data = bytearray(wal.read_bytes())
    first, commit = _last_transaction(data)
    frames = _frames(data)
    if case == "page changed in place":
        # a page of the last transaction rewritten in place with another whole version of
        # the same page, from an earlier transaction; the checksums left as they were
        k = next(
            i
            for i in range(first, commit)
            if any(p == frames[i][0] for p, _c, _g in frames[:first])
        )
        older = max(j for j in range(first) if frames[j][0] == frames[k][0])
        assert _page(data, older) != _page(data, k)
        _put_page(data, k, _page(data, older))
    else:
        # the commit frame's header written, its page still an older frame's (another page)
        older = max(j for j in range(first) if frames[j][0] != frames[commit][0])
        _put_page(data, commit, _page(data, older))
    wal.write_bytes(bytes(data))
    r = run_cli("verify", str(path), env=ENV)
    assert r.returncode == 0, r.stderr
    with Vault.open(path, PASSPHRASE) as v:
        saved = {r.id for r in v.remarks()}
    # everything up to the transaction that never finished is there; that one is not
    assert set(ids[:-1]) <= saved and ids[-1] not in saved


@pytest.mark.parametrize("field", ["checksum", "page number"])
def test_a_damaged_frame_header_inside_committed_work_is_damage(
    tmp_path: Path, field: str, killed_writer: tuple[Path, list[str]]
) -> None:
    path = copy_of(killed_writer[0], tmp_path)
    wal = Path(f"{path}-wal")
    data = bytearray(wal.read_bytes())
    first, _commit = _last_transaction(data)
    k = first - 5  # a frame well inside work reported saved
    data[32 + k * FRAME + {"checksum": 19, "page number": 3}[field]] ^= 0x08
    wal.write_bytes(bytes(data))
    before = digest(path)
    r = run_cli("verify", str(path), env=ENV)
    assert r.returncode == 4, r.stderr
    assert "damaged" in r.stderr and "Traceback" not in r.stderr
    assert digest(path) == before


def test_restore_after_a_damaged_wal_gives_back_everything_up_to_the_backup(tmp_path: Path):
    path = tmp_path / "v.roundtable"
    Vault.create(path, PASSPHRASE, title="Crash", themes=["Theme"]).close()
    with Vault.open(path, PASSPHRASE) as v:
        for i in range(30):
            v.add_remark(f"before the backup {i}", v.themes()[0].id)
    newest = list_backups(path)[0]
    assert newest.remarks == 30
    proc = subprocess.run(
        [sys.executable, str(CHILD), str(path), "hot", "50"], env=_child_env(), timeout=120
    )
    assert proc.returncode == -9
    wal = Path(f"{path}-wal")
    data = bytearray(wal.read_bytes())
    data[32 + 3 * FRAME + 500] ^= 1
    wal.write_bytes(bytes(data))
    assert run_cli("verify", str(path), env=ENV).returncode == 4
    backup = list_backups(path)[0]  # the child's open took one more (30 remarks)
    r = run_cli("restore", str(backup.path), str(path), env=ENV)
    assert r.returncode == 0, r.stderr
    aside = [p for p in tmp_path.iterdir() if ".replaced-" in p.name]
    # the damaged vault is kept, with its WAL, under a clear name; nothing was overwritten
    assert sorted(p.name.endswith("-wal") for p in aside) == [False, True]
    assert not wal.exists()
    assert run_cli("verify", str(path), env=ENV).returncode == 0
    assert count_remarks(path) == 30


def test_a_stale_wal_beside_a_restored_file_is_refused_and_restore_clears_it(tmp_path: Path):
    path = tmp_path / "v.roundtable"
    hot_wal(path, 100)
    copy = tmp_path / "copy.roundtable"
    Vault.create(copy, PASSPHRASE, title="Other", themes=["Theme"]).close()
    stale = Path(f"{path}-wal").read_bytes()
    # the user copies another file over the vault while the crash's WAL is still there
    path.write_bytes(copy.read_bytes())
    before = digest(path)
    r = run_cli("list", str(path), env=ENV)
    assert r.returncode == 4, r.stderr
    assert "does not belong" in r.stderr
    assert digest(path) == before
    r = run_cli("backup", str(path), str(tmp_path / "b.roundtable"), env=ENV)
    assert r.returncode == 4
    # restore sets the stale WAL aside with the file it belonged to
    r = run_cli("restore", str(copy), str(path), env=ENV)
    assert r.returncode == 0, r.stderr
    assert not Path(f"{path}-wal").exists()
    aside_wal = [
        p for p in tmp_path.iterdir() if ".replaced-" in p.name and p.name.endswith("-wal")
    ]
    assert [p.read_bytes() == stale for p in aside_wal] == [True]
    assert run_cli("verify", str(path), env=ENV).returncode == 0


DELAYED_PASSWD = """
import os, sys, time
real = os.replace
def slow(a, b, **kw):
    if ".rekey-" in str(a):
        sys.stderr.write("RENAMING\\n"); sys.stderr.flush()
        time.sleep(float(os.environ["DELAY"]))
    return real(a, b, **kw)
os.replace = slow
from roundtable_app.cli import main
raise SystemExit(main(["passwd", sys.argv[1]]))
"""


def test_passwd_holds_the_lock_while_the_rename_is_delayed(tmp_path: Path):
    path = tmp_path / "v.roundtable"
    Vault.create(path, PASSPHRASE, title="Rekey", themes=["Theme"]).close()
    new = "the new passphrase, Đorđe"
    env = _child_env() | {"ROUNDTABLE_NEW_PASSPHRASE": new, "DELAY": "3"}
    passwd = subprocess.Popen(
        [sys.executable, "-c", DELAYED_PASSWD, str(path)],
        env=env,
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert passwd.stderr is not None
    assert passwd.stderr.readline().strip() == "RENAMING"
    reported = []
    deadline = time.monotonic() + 2.5
    while time.monotonic() < deadline:  # a writer tries again and again during the gap
        r = run_cli("add", str(path), "--theme", "Theme", "said during passwd", env=ENV)
        if r.returncode == 0:
            reported.append(r.stdout.strip())
        else:
            assert r.returncode in (3, 5), r.stderr
    out, err = passwd.communicate(timeout=60)
    assert passwd.returncode == 0, err
    with Vault.open(path, new) as v:
        ids = {r.id for r in v.remarks()}
    assert set(reported) <= ids  # whatever was reported saved is there
    with pytest.raises(UnlockError):
        Vault.open(path, PASSPHRASE)


def test_a_writer_looping_during_repeated_passwd_loses_nothing(tmp_path: Path):
    path = tmp_path / "v.roundtable"
    Vault.create(path, PASSPHRASE, title="Rekey", themes=["Theme"]).close()
    phrases = [PASSPHRASE, "second passphrase here", "third passphrase here", "fourth one here"]
    writer = """
import os, sys
from roundtable_app.errors import RoundtableError
from roundtable_app.vault import Vault
path = sys.argv[1]; phrases = sys.argv[2:]
while True:
    for p in phrases:
        try:
            with Vault.open(path, p) as v:
                r = v.add_remark("looping writer", v.themes()[0].id)
            print(r.id, flush=True)
            break
        except RoundtableError as exc:
            if exc.exit_code not in (3, 5):
                print("ERROR", exc.exit_code, flush=True)
"""
    proc = subprocess.Popen(
        [sys.executable, "-c", writer, str(path), *phrases],
        env=_child_env(),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        for old, new in zip(phrases, phrases[1:], strict=False):
            for _attempt in range(100):
                r = run_cli(
                    "passwd",
                    str(path),
                    env={"ROUNDTABLE_PASSPHRASE": old, "ROUNDTABLE_NEW_PASSPHRASE": new},
                )
                if r.returncode != 5:
                    break
            assert r.returncode == 0, r.stderr
    finally:
        proc.kill()
        out, _ = proc.communicate()
    lines = out.split()
    assert "ERROR" not in lines
    with Vault.open(path, phrases[-1]) as v:
        ids = {r.id for r in v.remarks()}
    reported = [line for line in lines if len(line) > 8]
    assert reported, "the writer never got a turn"
    # the last line may be cut by the kill; every whole id must be present
    assert set(reported[:-1]) <= ids
    print(f"looping writer: {len(reported)} reported saves, {len(ids)} remarks present")


def test_vault_replaced_after_it_was_opened_is_refused_at_open(tmp_path: Path):
    path = tmp_path / "v.roundtable"
    Vault.create(path, PASSPHRASE, title="T", themes=["Theme"]).close()
    # the inode check: what the path names after locking is not what was opened
    from roundtable_app.vault import engine

    keys = engine.prove_key(path, PASSPHRASE).keys
    real_stat = os.stat
    calls = {"n": 0}

    def swapping_stat(p, *a, **kw):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:  # between opening and the check, passwd swaps the file
            other = tmp_path / "other"
            other.write_bytes(path.read_bytes())
            os.replace(other, path)
        return real_stat(p, *a, **kw)

    os.stat = swapping_stat  # type: ignore[assignment]
    try:
        with pytest.raises(InUseError):
            engine.connect_proven(path, keys)
    finally:
        os.stat = real_stat  # type: ignore[assignment]


def test_page_one_damage_is_told_apart_from_a_wrong_passphrase(tmp_path: Path):
    path = tmp_path / "v.roundtable"
    with Vault.create(path, PASSPHRASE, title="T", themes=["Theme"]) as v:
        for i in range(50):
            v.add_remark(f"remark {i}", v.themes()[0].id)
    data = bytearray(path.read_bytes())
    data[200] ^= 1  # inside page 1, after the salt
    path.write_bytes(bytes(data))
    r = run_cli("list", str(path), env=ENV)
    assert r.returncode == 4 and "page 1" in r.stderr, r.stderr
    r = run_cli("list", str(path), env={"ROUNDTABLE_PASSPHRASE": "wrong passphrase here"})
    assert r.returncode == 3 and "start of the file is damaged" in r.stderr


@pytest.mark.parametrize(
    "damage", ["page 2", "page 5", "several pages", "salt", "truncated", "garbage appended"]
)
def test_damage_is_exit_4_with_nothing_written_and_restore_gives_everything_back(
    tmp_path: Path, damage: str
):
    path = tmp_path / "v.roundtable"
    with Vault.create(path, PASSPHRASE, title="T", themes=["Theme"]) as v:
        for i in range(300):
            v.add_remark(f"remark {i} " + "text " * 30, v.themes()[0].id)
    backup = list_backups(path)[0]
    assert backup.remarks == 300
    data = bytearray(path.read_bytes())
    pages = len(data) // 4096
    if damage == "page 2":
        data[4096 + 100] ^= 1
    elif damage == "page 5":
        data[4 * 4096 + 3000] ^= 0x80
    elif damage == "several pages":
        for pg in range(2, pages, 3):
            data[pg * 4096 + 17] ^= 0xFF
    elif damage == "salt":
        data[3] ^= 1
    elif damage == "truncated":
        data = data[: len(data) // 2 + 100]
    else:
        data += os.urandom(5000)
    path.write_bytes(bytes(data))
    before = digest(path)
    r = run_cli("verify", str(path), env=ENV)
    expected = 3 if damage == "salt" else 4  # a damaged salt looks like a wrong passphrase
    assert r.returncode == expected, (damage, r.returncode, r.stderr)
    assert "Traceback" not in r.stderr
    assert digest(path) == before
    r = run_cli("restore", str(backup.path), str(path), env=ENV)
    assert r.returncode == 0, r.stderr
    assert count_remarks(path) == 300
