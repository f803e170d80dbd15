"""Encrypted bundles and event kits: the two operations on a vault, export and import.

The file format (sealing, unsealing, the payload) is :mod:`.bundle_format`, which knows
nothing of a vault; the merge rules are :mod:`.merge` (and the README's "Merging bundles").
A bundle carries themes and sessions with their stable ids, every remark that is not deleted,
and deleted remarks as tombstones (id and version, never text). An event kit (``setup``)
carries the event details, themes, agenda, protected terms and the participants list they were
generated from, and no remarks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from roundtable_app import files
from roundtable_app.errors import InputError
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
    files.write_new(target, seal(encode_payload(contents), passphrase), what="bundle")
    return len(contents.remarks)


def merge_bundle(vault: Vault, contents: BundleContents) -> MergeReport:
    """Merge one decrypted bundle into ``vault`` (see :func:`merge_bundles`)."""
    return merge_bundles(vault, [contents])


def merge_bundles(
    vault: Vault, bundles: Sequence[BundleContents], *, dry_run: bool = False
) -> MergeReport:
    """Merge several decrypted bundles in one transaction; the result does not depend on
    their order or on repeats. A real import is preceded by an automatic backup (its path in
    the report's ``backup``); ``dry_run`` works it all out and writes nothing."""
    if dry_run:
        return vault.merge_bundles(bundles, dry_run=True)
    saved = backup_before_import(vault)
    report = vault.merge_bundles(bundles)
    return replace(report, backup=None if saved is None else str(saved))


def import_bundle(vault: Vault, path: str | Path, passphrase: str) -> MergeReport:
    """Decrypt the bundle at ``path`` and merge it into ``vault``: all or nothing, idempotent."""
    return merge_bundle(vault, read_bundle(path, passphrase))


def backup_before_import(vault: Vault) -> Path | None:
    """The automatic encrypted backup taken just before an import (see :mod:`.backups`), so
    the state before the merge stays restorable; ``None`` when automatic backups are off. A
    backup that cannot be written stops the import before anything is merged."""
    from roundtable_app.vault import backups

    return backups.auto_backup(vault, "import")


def create_from_kit(path: str | Path, passphrase: str, kit: BundleContents) -> Vault:
    """A new note-taker's vault made from an event kit: the kit's event details, themes
    (with their ids, so they match on every laptop), agenda, protected terms, participants
    list and strict-affiliation setting. Nothing is left behind on failure."""
    if kit.event is None:
        raise InputError(
            f"{kit.source}: this is a bundle of remarks, not an event kit (make one with "
            "'roundtable bundle export VAULT OUT --setup')"
        )
    from roundtable_app.vault.service import Vault

    vault = Vault.create(path, passphrase, title=kit.event.title)
    try:
        vault.apply_kit_event(
            kit.event, kit.terms, kit.participants, strict_affiliation=kit.strict_affiliation
        )
        vault.merge_bundles([kit])
    except BaseException:
        vault.close()
        files.remove_with_side_files(path)
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
)
