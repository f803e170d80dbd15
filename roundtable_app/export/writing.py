"""Atomic output: a failed export never leaves a half-written file over a good one.

The bytes go to a temporary file in the destination folder (never ``/tmp``: a summary is
plaintext and must not land anywhere the user did not choose), are flushed to disk, and then
replace the target in one ``os.replace``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from roundtable_app.errors import InputError, StorageError

_WHY = {
    errno.ENOSPC: "the disk is full",
    errno.EROFS: "the folder is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EDQUOT: "the disk quota is exhausted",
}


def check_destination(out: Path, *, vault_path: Path | None = None) -> Path:
    """Validate an output path before any work is done; returns it absolute.

    Raises :class:`InputError` for a missing folder, a folder given as the file, or the
    vault itself (or one of its side files) as the output.
    """
    target = Path(os.path.abspath(out))
    if target.is_dir():
        raise InputError("is a folder; give a file name to write the summary to", target)
    if not target.parent.is_dir():
        raise InputError("the folder does not exist", target.parent)
    if vault_path is not None:
        vault = Path(os.path.abspath(vault_path))
        sides = {vault, *(Path(f"{vault}{s}") for s in ("-wal", "-shm", "-journal"))}
        same = target in sides or (
            target.exists() and vault.exists() and os.path.samefile(target, vault)
        )
        if same:
            raise InputError("is the vault itself; choose another file name", target)
    return target


def write_atomic(out: Path, data: bytes) -> None:
    """Write ``data`` to ``out`` atomically (temp file in the same folder, fsync, replace).

    A disk that refuses the write raises :class:`StorageError` naming the path; whatever was
    at ``out`` before is untouched and no temporary file is left behind.
    """
    target = Path(os.path.abspath(out))
    if not target.parent.is_dir():
        raise InputError("the folder does not exist", target.parent)
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        tmp = None
        _fsync_dir(target.parent)
    except OSError as exc:
        why = _WHY.get(exc.errno or 0, exc.strerror or "the write failed")
        raise StorageError(
            f"{target}: cannot write the summary ({why}); nothing was changed"
        ) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not every platform lets a folder be opened.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
