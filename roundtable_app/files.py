"""Writing files safely: the one place that creates, replaces and names files on disk.

Every file Roundtable writes holds either vault content or a summary, so every file is
created private to the user (mode 0600, whatever the umask), is written to a hidden temporary
name in the destination folder (never ``/tmp``), is flushed with ``fsync`` together with its
folder, and only then gets its final name. A crash therefore leaves either the old file, the
new file, or a hidden temporary that holds no more than the final file would (and that the next
run cleans up). Qt-free: the vault, the exports, the bundles and the CLI all use it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path

from roundtable_app.errors import InputError, StorageError

#: The files SQLite keeps beside a database; they belong to it and travel or vanish with it.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
#: Tags of the hidden temporaries Roundtable writes beside a vault or an export.
TEMP_TAGS = ("rekey", "backup", "restore", "bundle", "part", "vacuum")
PRIVATE_MODE = 0o600

_WHY = {
    errno.ENOSPC: "the disk is full",
    errno.EROFS: "the folder is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EDQUOT: "the disk quota is exhausted",
}


def why(exc: OSError) -> str:
    """A short, plain reason for a refused write (never a path or file content)."""
    return _WHY.get(exc.errno or 0, exc.strerror or "the write failed")


def side_files(path: str | Path) -> tuple[Path, ...]:
    """The side files SQLite may keep beside the database at ``path``."""
    return tuple(Path(f"{path}{suffix}") for suffix in SIDE_SUFFIXES)


def with_side_files(path: str | Path) -> tuple[Path, ...]:
    """``path`` itself followed by its side files."""
    return (Path(path), *side_files(path))


def remove_with_side_files(path: str | Path) -> None:
    """Delete a database file and its side files, ignoring those that do not exist."""
    for p in with_side_files(path):
        with contextlib.suppress(OSError):
            os.unlink(p)


def fsync_dir(folder: str | Path) -> None:
    """Make a create, rename or delete in ``folder`` durable (best effort where the file
    system or platform refuses to open a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def fsync_file(path: str | Path) -> None:
    """Flush a file someone else wrote (SQLite's ``VACUUM INTO``, ``ATTACH``) to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_beside(target: str | Path, tag: str) -> Path:
    """A fresh hidden name beside ``target``: ``.NAME.TAG-XXXXXXXX``, found again by
    :func:`leftovers` after a crash."""
    t = Path(target)
    return t.with_name(f".{t.name}.{tag}-{secrets.token_hex(4)}")


def create_private(path: str | Path) -> None:
    """Create an empty file at ``path`` with mode 0600; fails if anything exists there.

    SQLite creates the files it is given (``VACUUM INTO``, ``ATTACH``) with mode 0644 under a
    usual umask; creating them first, empty and private, keeps the copy private."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE))


def _write_private(tmp: Path, data: bytes) -> None:
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def publish_new(tmp: Path, target: Path) -> None:
    """Give the finished file ``tmp`` the name ``target``, never replacing a file there.

    A hard link fails if ``target`` appeared meanwhile; FAT and exFAT memory sticks (where
    backups and bundles often go) refuse hard links, and then a checked rename is used.
    ``tmp`` is gone afterwards in either case. Raises ``FileExistsError`` or ``OSError``."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise
    except OSError:
        if target.exists() or target.is_symlink():
            raise FileExistsError(errno.EEXIST, "exists", str(target)) from None
        os.replace(tmp, target)
    else:
        os.unlink(tmp)
    fsync_dir(target.parent)


def publish_replace(tmp: Path, target: Path) -> None:
    """Give the finished file ``tmp`` the name ``target`` in one rename, replacing what is
    there (the rekeyed vault, a restored one), and make the rename durable."""
    os.replace(tmp, target)
    fsync_dir(target.parent)


def copy_private(source: Path, tmp: Path) -> None:
    """Copy ``source`` (ciphertext: a backup being restored) to the new private file ``tmp``,
    flushed to the disk."""
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    with source.open("rb") as src, os.fdopen(fd, "wb") as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
        dst.flush()
        os.fsync(dst.fileno())


def set_aside(target: Path, aside: Path) -> None:
    """Keep the database at ``target`` and its side files under the name ``aside`` (with
    the same suffixes), and clear the side files from ``target``'s name, so that a file put
    there next is never joined to a WAL that is not its own.

    Hard links give the new names first, so a crash leaves both; where the file system has
    none (FAT, exFAT) side files are renamed and the database is copied (it is ciphertext)."""
    for old, new in zip(with_side_files(target), with_side_files(aside), strict=True):
        if not old.exists():
            continue
        try:
            os.link(old, new)
        except FileExistsError:
            raise
        except OSError:
            if old != target:
                os.rename(old, new)
                continue
            copy_private(old, new)
    fsync_dir(target.parent)
    for side in side_files(target):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(side)
    fsync_dir(target.parent)


def _check_folder(target: Path) -> None:
    if not target.parent.is_dir():
        raise InputError("the folder does not exist", target.parent)


def write_new(target: str | Path, data: bytes, *, what: str = "file") -> Path:
    """Write ``data`` to a new, private file at ``target`` atomically; never overwrite.

    Raises :class:`InputError` if ``target`` exists (or appears meanwhile) or its folder is
    missing, :class:`StorageError` if the disk refuses; nothing is left behind on failure.
    """
    t = Path(os.path.abspath(target))
    if t.exists() or t.is_symlink():
        raise InputError(f"already exists; a {what} never overwrites a file", t)
    _check_folder(t)
    tmp = temp_beside(t, "part")
    try:
        _write_private(tmp, data)
        publish_new(tmp, t)
    except FileExistsError:
        raise InputError(f"already exists; a {what} never overwrites a file", t) from None
    except OSError as exc:
        raise StorageError(f"{t}: the {what} could not be written ({why(exc)})") from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    return t


def replace_atomic(target: str | Path, data: bytes, *, what: str = "file") -> Path:
    """Write ``data`` to ``target`` atomically, replacing what is there (temp file in the
    same folder, mode 0600, fsync of the file and the folder, one rename).

    A disk that refuses raises :class:`StorageError` naming the path; whatever was at
    ``target`` before is untouched and no temporary file is left behind. Parts left by an
    earlier crash of the same write are removed first (they never held more than this)."""
    t = Path(os.path.abspath(target))
    _check_folder(t)
    for stale in leftovers(t, tags=("part",)):
        with contextlib.suppress(OSError):
            os.unlink(stale)
    tmp = temp_beside(t, "part")
    try:
        _write_private(tmp, data)
        os.replace(tmp, t)
        fsync_dir(t.parent)
    except OSError as exc:
        raise StorageError(
            f"{t}: cannot write the {what} ({why(exc)}); nothing was changed"
        ) from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    return t


def leftovers(target: str | Path, tags: tuple[str, ...] = TEMP_TAGS) -> Iterator[Path]:
    """Hidden temporaries a crashed run left beside ``target`` (see :func:`temp_beside`)."""
    t = Path(target)
    with contextlib.suppress(OSError):
        for entry in t.parent.iterdir():
            for tag in tags:
                if entry.name.startswith(f".{t.name}.{tag}-"):
                    yield entry
                    break


def clean_leftovers(target: str | Path) -> list[str]:
    """Delete the temporaries (and their side files) a crash left beside ``target``;
    returns their names so the caller can tell the user what was cleaned up."""
    removed: list[str] = []
    for entry in sorted(leftovers(target)):
        with contextlib.suppress(OSError):
            os.unlink(entry)
            if not entry.name.endswith(SIDE_SUFFIXES):
                removed.append(entry.name)
    if removed:
        fsync_dir(Path(target).parent)
    return removed
