"""Failures in words a user understands: one home for every dialog, list and banner.

Never the remark text, never the passphrase, never a traceback: expected failures (our own
errors) keep their message, which names the file and what was wrong; anything unexpected is
reported by its kind only, because its message could quote anything.
"""

from __future__ import annotations

from roundtable_app.errors import (
    DamagedError,
    InputError,
    InUseError,
    NewerVersionError,
    RoundtableError,
    StorageError,
    UnlockError,
)
from roundtable_app.ui.i18n import QT_TRANSLATE_NOOP, tr

UNLOCK_MESSAGES: dict[type[RoundtableError], str] = {
    # Translated where they are shown (error_text), so a language switch reaches them too.
    UnlockError: QT_TRANSLATE_NOOP(
        "Errors",
        "That passphrase does not unlock this file. Check it and try again "
        "(or the file is not a Roundtable vault).",
    ),
    DamagedError: QT_TRANSLATE_NOOP(
        "Errors",
        "This vault is damaged: its integrity check failed. Nothing was changed; "
        "open a backup copy instead.",
    ),
    InUseError: QT_TRANSLATE_NOOP(
        "Errors",
        "This vault is already open in another Roundtable window or program. "
        "Close it there, then try again.",
    ),
    NewerVersionError: QT_TRANSLATE_NOOP(
        "Errors",
        "This vault was made by a newer version of Roundtable. Update "
        "Roundtable to open it; the file was not changed.",
    ),
}


def error_text(exc: BaseException) -> str:
    """A message for the user: plain words, no traceback, no remark text, no passphrase.

    Expected failures keep their own message only where it names a file and what was wrong
    (our errors never carry remark text); anything unexpected is reported by its kind only.
    """
    for kind, message in UNLOCK_MESSAGES.items():
        if isinstance(exc, kind):
            return tr("Errors", message)
    if isinstance(exc, StorageError | InputError):
        return str(exc)
    if isinstance(exc, RoundtableError):
        return str(exc)
    if isinstance(exc, OSError):
        return tr("Errors", "The disk refused the operation (%1).").replace(
            "%1", exc.strerror or type(exc).__name__
        )
    return tr(
        "Errors",
        "Something unexpected went wrong (%1). Nothing was changed; please report it.",
    ).replace("%1", type(exc).__name__)


def plain_error(exc: BaseException) -> str:
    """An expected failure's own message (it names the file and what was wrong, never remark
    text or a passphrase); anything else in the app's usual plain words."""
    if isinstance(exc, RoundtableError):
        return exc.message
    return error_text(exc)


def plain_reason(exc: BaseException) -> str:
    """A failure in words a note-taker understands; never the remark text, never a traceback."""
    if isinstance(exc, RoundtableError):
        return exc.message
    # An unexpected error's message could quote anything; its type name is safe and still useful.
    return tr("CaptureController", "an unexpected error (%1)").replace("%1", type(exc).__name__)
