"""The errors every layer raises, each with the CLI exit code it maps to.

Messages never contain remark text or a passphrase: they name files, lines and what was wrong.
"""

from __future__ import annotations

from pathlib import Path


class RoundtableError(Exception):
    """Base of every expected failure; ``exit_code`` is the CLI's exit status for it."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(RoundtableError):
    """Bad input: a usage error or a file that cannot be read as what it should be (exit 2)."""

    exit_code = 2

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        where = ""
        if path is not None:
            where = f"{path}"
            if line is not None:
                where += f", line {line}"
            where += ": "
        super().__init__(where + message)
        self.path = str(path) if path is not None else None
        self.line = line


class UnlockError(RoundtableError):
    """Wrong passphrase, or not a vault (or not a bundle) at all (exit 3)."""

    exit_code = 3


class DamagedError(RoundtableError):
    """The vault or bundle fails its integrity check; nothing was written (exit 4)."""

    exit_code = 4


class InUseError(RoundtableError):
    """Another process has the vault open (exit 5)."""

    exit_code = 5


class NewerVersionError(RoundtableError):
    """The vault or bundle was made by a newer version of Roundtable (exit 6)."""

    exit_code = 6


class StorageError(RoundtableError):
    """The disk refused a write (full, read-only, gone); what was saved is intact (exit 2)."""

    exit_code = 2


class VaultMovedError(StorageError):
    """The vault file was deleted, moved or replaced while open (exit 2): nothing more can be
    saved to it; what is open can still be written elsewhere ("Save as…")."""

    exit_code = 2
