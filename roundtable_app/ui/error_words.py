"""Failures in words a user understands: one home for every dialog, list and banner.

Never the remark text, never the passphrase, never a traceback: expected failures (our own
errors) keep their message, which names the file and what was wrong; anything unexpected is
reported by its kind only, because its message could quote anything.

The Qt-free layers write their messages in English (the CLI's contract); they are translated
here, by :func:`message_text`, against the templates ``make ts`` extracts from the code
(:mod:`roundtable_app.ui.message_templates`). The variable parts (file names, numbers, names a
user chose) are put back unchanged after translation, so the Cyrillic catalogue never
transliterates them; a message no template matches is shown in English, never as an error.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from roundtable_app import files
from roundtable_app.errors import (
    DamagedError,
    InputError,
    InUseError,
    NewerVersionError,
    RoundtableError,
    UnlockError,
)
from roundtable_app.ui.i18n import QT_TRANSLATE_NOOP, tr
from roundtable_app.ui.message_templates import SINGULARS, TEMPLATES  # sorted: ties keep that order
from roundtable_app.ui.templates import Template, compile_template, fill, match, most_specific_first

if TYPE_CHECKING:  # the vault's types stay out of the app's start-up imports
    from roundtable_app.vault.types import Conflict

MESSAGES = "Messages"
# InputError's "PATH, line N: " prefix, and a conflict's line, have their own templates: the
# parts come from the error's fields, never from cutting up its text.
LINE_PREFIX = QT_TRANSLATE_NOOP("Messages", "%1, line %2: %3")
CONFLICT_LINE = QT_TRANSLATE_NOOP("Messages", "%1: %2; %3")

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
    if isinstance(exc, RoundtableError):
        return roundtable_message(exc)
    if isinstance(exc, OSError):
        # files.why words the common refusals (full disk, read-only, permission), and those
        # words are templates of their own; the OS's own text for the rest stays as it is.
        return tr("Errors", "The disk refused the operation (%1).").replace(
            "%1", message_text(files.why(exc)) if exc.errno else type(exc).__name__
        )
    return tr(
        "Errors",
        "Something unexpected went wrong (%1). Nothing was changed; please report it.",
    ).replace("%1", type(exc).__name__)


def plain_error(exc: BaseException) -> str:
    """An expected failure's own message (it names the file and what was wrong, never remark
    text or a passphrase); anything else in the app's usual plain words."""
    if isinstance(exc, RoundtableError):
        return roundtable_message(exc)
    return error_text(exc)


def plain_reason(exc: BaseException) -> str:
    """A failure in words a note-taker understands; never the remark text, never a traceback."""
    if isinstance(exc, RoundtableError):
        return roundtable_message(exc)
    # An unexpected error's message could quote anything; its type name is safe and still useful.
    return tr("CaptureController", "an unexpected error (%1)").replace("%1", type(exc).__name__)


# ---------------------------------------------------------------- the Qt-free layers' messages

_PATH_FIRST = "%1: "  # a template opening with a file name: that value is never translated


# Non-greedy: "%1: the %2 could not be written (%3)" splits at the first ": the ".
@cache
def _compiled() -> tuple[Template, ...]:
    """The templates, compiled on first use (never at start-up: hundreds of patterns)."""
    return most_specific_first(
        [compile_template(t) for t in TEMPLATES]
        # "1 remark" is recognised too, and translated by its plural template ("%n remarks").
        + [replace(compile_template(one), source=many) for one, many in SINGULARS.items()]
    )


def message_template(text: str) -> str | None:
    """The English template that matches ``text`` whole, or None (a message not listed)."""
    found = match(_compiled(), text)
    return found[0].source if found is not None else None


def message_text(text: str, _depth: int = 2) -> str:
    """An English message of the vault, the inputs or the exports in the chosen language.

    The variable parts come back as they were, except where one is itself a whole message
    the code builds from English words (a reason such as "the disk is full", a count such as
    "3 remarks"), which is translated in turn; a file name in first place and a name in quotes
    never are. Text no
    template matches is returned unchanged.
    """
    found = match(_compiled(), text)
    if found is None:
        return text
    template, values = found
    count = int(values["n"]) if "n" in values else -1
    translated = tr(MESSAGES, template.source, None, count)
    if _depth > 0:
        for slot, value in values.items():
            if slot == "n" or slot in template.quoted:
                continue
            if slot == "1" and template.source.startswith(_PATH_FIRST):
                continue
            values[slot] = message_text(value, _depth - 1)
    return fill(translated, values)


def roundtable_message(exc: RoundtableError) -> str:
    """An expected failure's message in the chosen language; an InputError's file and line
    (from its fields) lead it as they do in English."""
    if isinstance(exc, InputError) and exc.path is not None:
        where = exc.path if exc.line is None else f"{exc.path}, line {exc.line}"
        prefix = f"{where}: "
        if exc.message.startswith(prefix):
            rest = message_text(exc.message[len(prefix) :])
            if exc.line is None:
                return f"{exc.path}: {rest}"
            return fill(tr(MESSAGES, LINE_PREFIX), {"1": exc.path, "2": str(exc.line), "3": rest})
    return message_text(exc.message)


def conflict_text(conflict: Conflict) -> str:
    """A bundle import's conflict in one line, in the chosen language (``Conflict.line()``
    is the CLI's English)."""
    return fill(
        tr(MESSAGES, CONFLICT_LINE),
        {
            "1": message_text(conflict.kind),
            "2": message_text(conflict.subject),
            "3": message_text(conflict.resolution),
        },
    )
