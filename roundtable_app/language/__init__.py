"""Languages and scripts of the summary (no Qt): tags, plural forms, transliteration, dates.

The UI's own translations go through Qt; everything here is plain Python so that the export
renderers and the CLI can use it too.
"""

from __future__ import annotations

from roundtable_app.errors import InputError

#: The summary languages, as BCP 47 tags, in the order the app offers them.
LANGUAGES: tuple[str, ...] = ("en", "sr-Latn", "sr-Cyrl")
#: Each language named in itself, for pickers.
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "sr-Latn": "Srpski (latinica)",
    "sr-Cyrl": "Српски (ћирилица)",
}
DEFAULT_LANGUAGE = "en"


def check_language(tag: str) -> str:
    """``tag`` in its canonical spelling (``sr-latn`` → ``sr-Latn``); InputError for a tag
    Roundtable cannot write a summary in."""
    wanted = tag.strip().replace("_", "-").casefold()
    for known in LANGUAGES:
        if known.casefold() == wanted:
            return known
    raise InputError(f"unknown summary language {tag!r}; use one of {', '.join(LANGUAGES)}")


__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "LANGUAGE_NAMES", "check_language"]
