"""The PDF's fonts: DejaVu Sans from ``resources/fonts``, and text fitted to its glyphs.

ReportLab draws a character the font lacks as an invisible or broken glyph; the export
replaces such characters with a visible mark instead, so a reader sees that something was
there and the document still builds.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import cast

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from roundtable_app.paths import resources_dir

FAMILY = "DejaVuSans"
FACES: dict[str, tuple[str, bool, bool]] = {
    # registered name: (file, bold, italic)
    "DejaVuSans": ("DejaVuSans.ttf", False, False),
    "DejaVuSans-Bold": ("DejaVuSans-Bold.ttf", True, False),
    "DejaVuSans-Oblique": ("DejaVuSans-Oblique.ttf", False, True),
    "DejaVuSans-BoldOblique": ("DejaVuSans-BoldOblique.ttf", True, True),
}
REGULAR, BOLD, OBLIQUE, BOLD_OBLIQUE = FACES
MISSING_MARK = "\u25a1"  # WHITE SQUARE, present in DejaVu Sans
FALLBACK_MARK = "?"


@cache
def register_fonts() -> str:
    """Register the DejaVu Sans family with ReportLab once per process; returns its name."""
    folder = resources_dir() / "fonts"
    for name, (file, bold, italic) in FACES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
        addMapping(FAMILY, 1 if bold else 0, 1 if italic else 0, name)
    return FAMILY


@cache
def covered() -> frozenset[int]:
    """Code points every face of the family can draw (so bold and italic text is safe too)."""
    register_fonts()
    # register_fonts() registered every face as a TTFont; getFont is typed for any Font.
    maps = [set(cast(TTFont, pdfmetrics.getFont(name)).face.charToGlyph) for name in FACES]
    return frozenset(set.intersection(*maps))


@cache
def _uncovered() -> re.Pattern[str]:
    """A pattern matching any character outside :func:`covered` (but for line breaks and tabs):
    one C-speed search per text instead of a Python test per character."""
    points = sorted(covered() | {ord("\n"), ord("\t")})
    ranges: list[str] = []
    start = prev = points[0]
    for code in [*points[1:], -1]:
        if code == prev + 1:
            prev = code
            continue
        first, last = re.escape(chr(start)), re.escape(chr(prev))
        ranges.append(first if start == prev else f"{first}-{last}")
        start = prev = code
    return re.compile(f"[^{''.join(ranges)}]")


@cache
def _mark() -> str:
    return MISSING_MARK if ord(MISSING_MARK) in covered() else FALLBACK_MARK


def fit_text(text: str) -> str:
    """``text`` with every character the font cannot draw replaced by a visible mark.

    Line breaks and tabs are kept (the caller lays them out); other control characters, and
    zero-width or variation selectors that would leave a stray mark, are dropped.
    """
    if _uncovered().search(text) is None:
        return text  # the common case: no copy, no per-character work
    glyphs = covered()
    out: list[str] = []
    for ch in text:
        code = ord(ch)
        if code in glyphs or ch in "\n\t":
            out.append(ch)
        elif unicodedata.category(ch) in ("Cc", "Cf", "Mn") or 0xFE00 <= code <= 0xFE0F:
            continue
        else:
            out.append(_mark())
    return "".join(out)
