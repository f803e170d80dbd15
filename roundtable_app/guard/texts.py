"""Reading the texts ``roundtable scan`` checks: JSON Lines of ``{"id", "text"}``, or any
other file as one text whose id is its path."""

from __future__ import annotations

import json
from pathlib import Path

from roundtable_app.errors import InputError
from roundtable_app.guard.terms import decode_utf8

MAX_SCAN_BYTES = 64 * 1024 * 1024


def read_scan_inputs(path: str | Path) -> list[tuple[str, str]]:
    """``(id, text)`` pairs from one file, in file order.

    Raises :class:`InputError` naming the file (and line) for a missing, unreadable, non-UTF-8
    or malformed file. An empty plain-text file is one empty text; an empty ``.jsonl`` holds
    nothing to scan and is refused.
    """
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError("is a folder, not a file", p)
        if p.stat().st_size > MAX_SCAN_BYTES:
            raise InputError("is too large to scan (64 MB at most)", p)
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", p) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})", p) from None
    text = decode_utf8(data, p)
    if p.suffix.lower() != ".jsonl":
        return [(str(path), text)]
    texts: list[tuple[str, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"is not valid JSON ({exc.msg})", p, number) from None
        if not isinstance(obj, dict):
            raise InputError("must be a JSON object with 'id' and 'text'", p, number)
        if not isinstance(obj.get("text"), str):
            raise InputError("lacks the text field 'text'", p, number)
        ident = obj.get("id")
        if not isinstance(ident, str | int) or isinstance(ident, bool) or ident == "":
            raise InputError("lacks an 'id' (text or a number)", p, number)
        texts.append((str(ident), obj["text"]))
    if not texts:
        raise InputError("holds no lines to scan", p)
    return texts
