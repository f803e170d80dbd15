"""Encrypted bundles and event kits: the two operations on a vault, export and import.

The file format (sealing, unsealing, the payload) is :mod:`.bundle_format`, which knows
nothing of a vault; the merge rules are :mod:`.merge` (and the README's "Merging bundles").
A bundle carries themes and sessions with their stable ids, every remark that is not deleted,
and deleted remarks as tombstones (id and version, never text). An event kit (``setup``)
carries the event details, themes, agenda and protected terms, and no remarks.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from roundtable_app.errors import InputError, StorageError
from roundtable_app.vault import engine as eng
from roundtable_app.vault.bundle_format import (
    HEADER_SIZE,
    MAGIC,
    MAX_INFLATED_BYTES,
    encode_payload,
    parse_payload,
    read_bundle,
    read_bundle_file,
    seal,
    unseal,
)
from roundtable_app.vault.types import BundleContents, IncomingRemark, MergeReport

if TYPE_CHECKING:  # the operations take an open vault; this module never imports the service
    from roundtable_app.vault.service import Vault

# the names this module had before the format moved out; kept for callers and tests
BundleRemark = IncomingRemark
MergeCounts = MergeReport


# ---------------------------------------------------------------- files
def write_new_file(target: Path, data: bytes, what: str = "bundle") -> None:
    """Write ``data`` to a new file atomically: a temporary file beside it, fsync, then a link
    (or, where the file system has none, a rename) that never replaces an existing file."""
    if target.exists() or target.is_symlink():
        raise InputError(f"already exists; a {what} never overwrites a file", target)
    if not target.parent.is_dir():
        raise InputError("the folder does not exist", target.parent)
    tmp = target.with_name(f".{target.name}.{what}-{secrets.token_hex(4)}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, target)  # fails rather than overwrite a file that appeared meanwhile
        except FileExistsError:
            raise
        except OSError:
            # FAT and exFAT memory sticks (where bundles often travel) have no hard links.
            if target.exists():
                raise FileExistsError from None
            os.replace(tmp, target)
    except FileExistsError:
        raise InputError(f"already exists; a {what} never overwrites a file", target) from None
    except OSError as exc:
        raise StorageError(f"{target}: the {what} could not be written ({exc.strerror})") from None
    finally:
        with suppress(OSError):
            os.unlink(tmp)
    eng.fsync_dir(target.parent)


# ---------------------------------------------------------------- the operations
def export_bundle(vault: Vault, out: str | Path, passphrase: str, *, setup: bool = False) -> int:
    """Write this vault's remarks (or, with ``setup``, its event kit) into a new encrypted
    file at ``out``; returns how many remarks it holds (tombstones are not remarks).
    Refuses a short passphrase or an existing file before any work."""
    target = Path(out)
    eng.check_new_passphrase(passphrase)
    if target.exists() or target.is_symlink():
        raise InputError("already exists; a bundle never overwrites a file", target)
    contents = vault.bundle_contents(setup=setup)
    write_new_file(target, seal(encode_payload(contents), passphrase))
    return len(contents.remarks)


def merge_bundle(vault: Vault, contents: BundleContents) -> MergeReport:
    """Merge one decrypted bundle into ``vault`` in one transaction (see :mod:`.merge`)."""
    return vault.merge_bundles([contents])


def merge_bundles(
    vault: Vault, bundles: Sequence[BundleContents], *, dry_run: bool = False
) -> MergeReport:
    """Merge several decrypted bundles in one transaction; the result does not depend on
    their order or on repeats. ``dry_run`` works it all out and writes nothing."""
    return vault.merge_bundles(bundles, dry_run=dry_run)


def import_bundle(vault: Vault, path: str | Path, passphrase: str) -> MergeReport:
    """Decrypt the bundle at ``path`` and merge it into ``vault``: all or nothing, idempotent."""
    return merge_bundle(vault, read_bundle(path, passphrase))


def backup_before_import(vault: Vault) -> Path:
    """An encrypted copy of ``vault`` taken just before an import, in a private folder beside
    it (``NAME-backups/``), named by the moment so that two imports never clash."""
    from datetime import datetime

    from roundtable_app.vault.maintenance import backup

    folder = vault.path.with_name(f"{vault.path.stem}-backups")
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            f"{folder}: the backup before the import could not be made ({exc.strerror}); "
            "nothing was imported"
        ) from None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup(vault, folder / f"{vault.path.stem}-before-import-{stamp}.roundtable")
    with suppress(OSError):
        os.chmod(target, 0o600)
    return target


def create_from_kit(path: str | Path, passphrase: str, kit: BundleContents) -> Vault:
    """A new note-taker's vault made from an event kit: the kit's event details, themes
    (with their ids, so they match on every laptop), agenda and protected terms. Nothing is
    left behind on failure."""
    if kit.event is None:
        raise InputError(
            f"{kit.source}: this is a bundle of remarks, not an event kit (make one with "
            "'roundtable bundle export VAULT OUT --setup')"
        )
    from roundtable_app.vault.service import Vault

    vault = Vault.create(path, passphrase, title=kit.event.title)
    try:
        vault.apply_kit_event(kit.event, kit.terms)
        vault.merge_bundles([kit])
    except BaseException:
        vault.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            with suppress(OSError):
                os.unlink(f"{path}{suffix}")
        raise
    return vault


__all__: Sequence[str] = (
    "HEADER_SIZE",
    "MAGIC",
    "MAX_INFLATED_BYTES",
    "BundleContents",
    "BundleRemark",
    "MergeCounts",
    "backup_before_import",
    "create_from_kit",
    "export_bundle",
    "import_bundle",
    "merge_bundle",
    "merge_bundles",
    "parse_payload",
    "read_bundle",
    "read_bundle_file",
    "seal",
    "unseal",
    "write_new_file",
)
