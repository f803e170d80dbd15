"""What the "New event vault" card decides, without a widget: the rules of a new vault.

:class:`NewVaultForm` holds the card's fields as plain values and says, in words, what is wrong
with them (where to save it: the suffix, a folder that exists and can be written, never an
existing file; a title; a passphrase long enough, typed twice alike), how strong the passphrase
is, and creates the vault through the function it is given. The card only shows what it says,
so a test hands it plain values and fakes (the creator, the folder-writable check). Qt is
imported only when a message is worded (for its translation).

The demo is not a choice of this form: it is its own card with a fixed public passphrase and a
temporary folder (``welcome/page.py``), and nothing of it is typed.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from roundtable_app.vault.types import MIN_PASSPHRASE_LENGTH, VAULT_SUFFIX

#: ``create_fn(path, passphrase, title=..., themes=[...])`` -> the open vault (run in a worker).
CreateFn = Callable[..., Any]
#: Which field a problem is about (the card puts the keyboard there).
LOCATION, TITLE, PASSPHRASE = "location", "title", "passphrase"


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``roundtable_app.ui.i18n.tr``, imported only when a message is worded, so that this
    module stays importable (and testable) without Qt."""
    from roundtable_app.ui.i18n import tr as translate

    return translate(context, text, disambiguation, n)


def folder_writable(folder: Path) -> bool:
    """Whether a new file can be made in ``folder`` (write and search permission)."""
    return os.access(folder, os.W_OK | os.X_OK)


def passphrase_strength(passphrase: str) -> tuple[int, str]:
    """A rough strength score (0-3) and a hint; 0 means it will be refused (too short).

    Length matters most for a passphrase; mixing kinds of characters helps a little.
    """
    n = len(passphrase)
    if n < MIN_PASSPHRASE_LENGTH:
        return 0, tr(
            "NewVaultCard", "Too short: at least %1 characters (%n so far).", None, n
        ).replace("%1", str(MIN_PASSPHRASE_LENGTH))
    kinds = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    words = len(passphrase.split())
    if n >= 20 or (n >= 14 and (kinds >= 3 or words >= 3)):
        return 3, tr("NewVaultCard", "Strong.")
    if n >= 14 or kinds >= 3:
        return 2, tr("NewVaultCard", "Fair. A few more words make it much stronger.")
    return 1, tr("NewVaultCard", "Weak. Use a longer passphrase, for example four unrelated words.")


def vault_target(raw: str) -> Path | None:
    """The file a new vault will be, from a place as typed: the vault suffix added, ``~``
    expanded (None: nothing typed). Every dialog that makes a vault uses this."""
    raw = raw.strip()
    if not raw:
        return None
    target = Path(raw).expanduser()
    if target.suffix != VAULT_SUFFIX:
        target = target.with_name(target.name + VAULT_SUFFIX)
    return target


def target_problem(target: Path, writable: Callable[[Path], bool] = folder_writable) -> str:
    """Why a new vault cannot be written at ``target`` ('' if it can): the folder must exist
    and take a new file, and nothing there (not even a dangling link) is ever overwritten."""
    folder = target.parent
    if not folder.is_dir():
        return tr("NewVaultCard", "The folder %1 does not exist.").replace("%1", str(folder))
    if target.exists() or target.is_symlink():
        return tr("NewVaultCard", "%1 already exists; Roundtable never overwrites a file.").replace(
            "%1", target.name
        )
    if not writable(folder):
        return tr("NewVaultCard", "The folder %1 cannot be written to; choose another.").replace(
            "%1", str(folder)
        )
    return ""


def passphrase_problem(first: str, second: str) -> str:
    """Why a new vault passphrase typed twice cannot be used ('' if it can)."""
    if len(first) < MIN_PASSPHRASE_LENGTH:
        return tr("NewVaultCard", "The passphrase must be at least %1 characters long.").replace(
            "%1", str(MIN_PASSPHRASE_LENGTH)
        )
    if first != second:
        return tr("NewVaultCard", "The two passphrases differ.")
    return ""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the form: the words to show, and the field it is about."""

    field: str
    message: str


@dataclass
class NewVaultForm:
    """The new vault's fields as typed (``location`` as the user wrote it, ``themes_text`` one
    theme a line); ``writable`` tells whether a folder takes a new file (a fake in tests)."""

    location: str = ""
    title: str = ""
    passphrase: str = ""
    repeat: str = ""
    themes_text: str = ""
    writable: Callable[[Path], bool] = field(default=folder_writable, repr=False, compare=False)

    # ------------------------------------------------------------------ reading the fields
    def target(self) -> Path | None:
        """The file the vault will be, with the vault suffix added (None: no place typed)."""
        return vault_target(self.location)

    def themes(self) -> list[str]:
        """The themes typed, one a line, blank lines and repeats left out, in order."""
        lines = (line.strip() for line in self.themes_text.splitlines())
        return list(dict.fromkeys(line for line in lines if line))

    def strength_hint(self) -> tuple[int, str]:
        """The passphrase's strength (0-3) and what to say under it, including that the two
        passphrases differ once the second is being typed."""
        score, hint = passphrase_strength(self.passphrase)
        if self.repeat and self.repeat != self.passphrase:
            hint += tr("NewVaultCard", " The two passphrases differ.")
        return score, hint

    # ------------------------------------------------------------------ the rules
    def problems(self) -> list[Problem]:
        """Everything wrong, in the order the card asks about it (empty: the form can create).
        The place is checked first: nothing else matters while it is unusable."""
        target = self.target()
        if target is None:
            return [Problem(LOCATION, tr("NewVaultCard", "Choose where to save the vault."))]
        where = target_problem(target, self.writable)
        if where:
            return [Problem(LOCATION, where)]
        found: list[Problem] = []
        if not self.title.strip():
            found.append(Problem(TITLE, tr("NewVaultCard", "Give the event a title.")))
        secret = passphrase_problem(self.passphrase, self.repeat)
        if secret:
            found.append(Problem(PASSPHRASE, secret))
        return found

    def first_problem(self) -> Problem | None:
        """The one problem the card shows (the first of :meth:`problems`)."""
        found = self.problems()
        return found[0] if found else None

    # ------------------------------------------------------------------ creating
    def create(self, create_fn: CreateFn) -> Any:
        """Create the vault with ``create_fn`` (the card passes a worker's; a test a fake) and
        return what it returns. Raises ValueError, with the first problem's words, when the
        form is not ready: the card checks :meth:`problems` first, this is the last guard."""
        problem = self.first_problem()
        if problem is not None:
            raise ValueError(problem.message)
        target = self.target()
        assert target is not None  # no problem means a target
        return create_fn(target, self.passphrase, title=self.title, themes=self.themes())
