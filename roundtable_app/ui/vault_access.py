"""The vault service, imported only when a vault is first created or opened.

``roundtable_app.vault`` brings SQLAlchemy and SQLCipher with it (about a third of a second),
which the welcome window does not need. Everything here imports it inside the function, and the
functions run in workers, so that cost lands behind the unlock dialog's busy indicator.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from roundtable_app.vault.types import DEMO_PASSPHRASE  # vault.types costs nothing to import

if TYPE_CHECKING:
    from roundtable_app.vault import Vault


def open_vault(path: Path, passphrase: str) -> Vault:
    """``Vault.open`` (run it in a worker: key derivation takes a moment)."""
    from roundtable_app.vault import Vault

    return Vault.open(path, passphrase)


def create_vault(path: Path, passphrase: str, *, title: str, themes: list[str]) -> Vault:
    """``Vault.create`` with a title and themes (run it in a worker)."""
    from roundtable_app.vault import Vault

    return Vault.create(path, passphrase, title=title, themes=themes)


def create_demo_vault(path: Path) -> Vault:
    """A new demo vault at ``path``, open, with the public demo passphrase (run it in a worker)."""
    from roundtable_app.vault.demo import create_demo

    return create_demo(path, DEMO_PASSPHRASE)


def preload() -> None:
    """Import the vault service now (from a worker, while the user reads the welcome page)."""
    import roundtable_app.vault.service  # noqa: F401
