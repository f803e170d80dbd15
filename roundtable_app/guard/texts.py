"""Reading the texts ``roundtable scan`` checks: JSON Lines of ``{"id", "text"}``, or any
other file as one text whose id is its path."""

from __future__ import annotations

from pathlib import Path

from roundtable_app.errors import InputError
from roundtable_app.inputs import json_lines, read_text_file


def read_scan_inputs(path: str | Path) -> list[tuple[str, str]]:
    """``(id, text)`` pairs from one file, in file order.

    Raises :class:`InputError` naming the file (and line) for a missing, unreadable, non-UTF-8
    or malformed file. An empty plain-text file is one empty text; an empty ``.jsonl`` holds
    nothing to scan and is refused.
    """
    text = read_text_file(path, limit_mb=64)
    if Path(path).suffix.lower() != ".jsonl":
        return [(str(path), text)]
    texts: list[tuple[str, str]] = []
    for number, obj in json_lines(text, path):
        if not isinstance(obj.get("text"), str):
            raise InputError("lacks the text field 'text'", path, number)
        ident = obj.get("id")
        if not isinstance(ident, str | int) or isinstance(ident, bool) or ident == "":
            raise InputError("lacks an 'id' (text or a number)", path, number)
        texts.append((str(ident), obj["text"]))
    if not texts:
        raise InputError("holds no lines to scan", path)
    return texts
