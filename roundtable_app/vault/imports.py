"""Reading remarks to import from CSV or JSON Lines: everything is checked before anything is
written, and every error names the file and line."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from roundtable_app.errors import InputError
from roundtable_app.inputs import json_lines, read_text_file
from roundtable_app.language.plurals import counted, plural
from roundtable_app.vault.types import NewRemark


def read_remarks_file(path: str | Path) -> list[NewRemark]:
    """Parse a remarks file: ``.csv`` (header ``theme,kind,session,text``) or JSON Lines."""
    p = Path(path)
    text = read_text_file(p, limit_mb=200)
    if not text.strip():
        raise InputError("is empty: there is nothing to import", p)
    if p.suffix.lower() == ".csv":
        return parse_remarks_csv(text, p)
    if p.suffix.lower() in (".jsonl", ".ndjson", ".json") or text.lstrip().startswith("{"):
        return parse_remarks_jsonl(text, p)
    return parse_remarks_csv(text, p)


def parse_remarks_csv(text: str, source: str | Path) -> list[NewRemark]:
    """Parse CSV remarks; ``kind`` and ``session`` may be empty."""
    # strict: a quote opened and never closed is an error, not the rest of the file
    # swallowed into one remark
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise InputError("is empty", source, 1) from None
    except csv.Error:
        # The header itself is broken (a quote never closed): say so, never quote the cell.
        raise InputError(
            "the header line is not valid CSV (a quoted field is never closed?)", source, 1
        ) from None
    missing = [c for c in ("theme", "text") if c not in header]
    if missing:
        raise InputError(
            f"the header lacks the {plural(len(missing), ('column', 'columns'))} "
            f"{', '.join(missing)}; "
            "expected theme,kind,session,text",
            source,
            1,
        )
    col: dict[str, int] = {
        name: header.index(name) for name in ("theme", "kind", "session", "text") if name in header
    }
    out: list[NewRemark] = []
    start = 2
    try:
        for row in reader:
            line = start
            start = reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            if len(row) < len(header):
                raise InputError(
                    f"has {counted(len(row), ('field', 'fields'))} where the header has "
                    f"{len(header)}",
                    source,
                    line,
                )

            def cell(name: str, row: list[str] = row) -> str:
                i = col.get(name)
                return row[i] if i is not None else ""

            out.append(
                NewRemark(
                    theme=cell("theme").strip(),
                    text=cell("text"),
                    kind=cell("kind").strip() or "observation",
                    session=cell("session").strip() or None,
                    line=line,
                )
            )
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            raise InputError(
                "a quoted field opened on this line is never closed", source, start
            ) from None
        raise InputError(f"is not valid CSV ({exc})", source, reader.line_num) from None
    if not out:
        raise InputError("holds a header but no remarks", source)
    return out


def parse_remarks_jsonl(text: str, source: str | Path) -> list[NewRemark]:
    """Parse JSON Lines remarks: ``theme`` and ``text``, optional ``kind`` and ``session``."""
    out: list[NewRemark] = []
    for number, obj in json_lines(text, source):
        for key in ("theme", "text"):
            if not isinstance(obj.get(key), str):
                raise InputError(f"lacks the text field {key!r}", source, number)
        for key in ("kind", "session"):
            if obj.get(key) is not None and not isinstance(obj[key], str):
                raise InputError(f"the field {key!r} must be text", source, number)
        out.append(
            NewRemark(
                theme=obj["theme"].strip(),
                text=obj["text"],
                kind=(obj.get("kind") or "observation").strip(),
                session=(obj.get("session") or "").strip() or None,
                line=number,
            )
        )
    if not out:
        raise InputError("holds no remarks", source)
    return out
