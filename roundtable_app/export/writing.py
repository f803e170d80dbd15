"""Atomic output: a failed export never leaves a half-written file over a good one.

The writing itself is :func:`roundtable_app.files.replace_atomic` (temporary part in the
destination folder, never ``/tmp``: a summary is plaintext and must not land anywhere the user
did not choose; mode 0600; fsync; one rename). This module adds the checks of an export's
destination.
"""

from __future__ import annotations

import os
from pathlib import Path

from roundtable_app import files
from roundtable_app.errors import InputError


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
        same = target in files.with_side_files(vault) or (
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
    files.replace_atomic(out, data, what="summary")
