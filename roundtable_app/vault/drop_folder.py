"""A drop folder: the transport note-takers already use (a USB stick, a folder kept in step by
Syncthing, a network drive). Roundtable only reads and writes files there; it never opens a
network connection. Qt-free: the app's watcher (``ui/drop_folder.py``) calls these.

Each laptop writes its own bundle as ``NAME-DEVICE-WHEN.rtbundle`` (a new file each time, its
own older ones removed afterwards: a newer bundle holds everything an older one did). Bundles
already offered are remembered by their SHA-256 in the vault, so a bundle is offered once.
"""

from __future__ import annotations

import hashlib
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from roundtable_app.vault.bundle_format import MAX_BUNDLE_BYTES
from roundtable_app.vault.types import BUNDLE_SUFFIX

if TYPE_CHECKING:
    from roundtable_app.vault.service import Vault


def own_prefix(vault: Vault) -> str:
    """The start of this vault's own bundle names in a drop folder."""
    return f"{vault.path.stem}-{vault._device[:8]}-"


def fingerprint(path: Path) -> str:
    """The SHA-256 of a file (how a bundle already offered is recognised)."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def new_bundles(vault: Vault, folder: Path) -> list[Path]:
    """Bundles in ``folder`` not written by this vault and not offered before, oldest first.
    Hidden files (half-written copies, ours or a sync tool's) and oversized files are skipped."""
    seen = set(vault.drop_folder_state()[2])
    prefix = own_prefix(vault)
    found: list[tuple[float, Path]] = []
    with suppress(OSError):
        for p in folder.iterdir():
            if p.suffix != BUNDLE_SUFFIX or p.name.startswith((".", prefix)) or not p.is_file():
                continue
            with suppress(OSError):
                stat = p.stat()
                if stat.st_size <= MAX_BUNDLE_BYTES and fingerprint(p) not in seen:
                    found.append((stat.st_mtime, p))
    return [p for _, p in sorted(found)]


def write_own_bundle(vault: Vault, folder: Path, passphrase: str) -> Path:
    """Write this vault's bundle into the drop folder; remove its own older ones after."""
    from roundtable_app.vault.bundles import export_bundle

    prefix = own_prefix(vault)
    target = folder / f"{prefix}{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}{BUNDLE_SUFFIX}"
    export_bundle(vault, target, passphrase)
    for old in folder.glob(f"{prefix}*{BUNDLE_SUFFIX}"):
        if old != target:
            with suppress(OSError):
                old.unlink()
    return target
