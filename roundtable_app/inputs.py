"""Reading the files users hand to Roundtable: size-capped, UTF-8 (a byte-order mark is
accepted), every error naming the file and, where it applies, the line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from roundtable_app.errors import InputError


def decode_utf8(data: bytes, source: str | Path) -> str:
    """Decode UTF-8 (a byte-order mark is accepted), naming the line of the first bad byte."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError("is not valid UTF-8", source, line) from None


def read_text_file(path: str | Path, *, limit_mb: int) -> str:
    """The text of a UTF-8 file of at most ``limit_mb`` megabytes."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError("is a folder, not a file", p)
        if p.stat().st_size > limit_mb * 1024 * 1024:
            raise InputError(f"is too large ({limit_mb} MB at most)", p)
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", p) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})", p) from None
    return decode_utf8(data, p)


def json_lines(text: str, source: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(line number, object)`` for each non-blank line of JSON Lines text."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"column {exc.colno}: is not valid JSON ({exc.msg})", source, number
            ) from None
        except RecursionError:
            raise InputError("is nested too deeply to be a remark", source, number) from None
        except ValueError:  # e.g. an integer of thousands of digits
            raise InputError("holds a number too large to read", source, number) from None
        if not isinstance(obj, dict):
            raise InputError("must be a JSON object", source, number)
        try:
            json.dumps(obj, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise InputError(
                "holds an invalid character (a lone surrogate such as \\ud800)", source, number
            ) from None
        except (RecursionError, ValueError):
            raise InputError("is nested too deeply to be a remark", source, number) from None
        yield number, obj
