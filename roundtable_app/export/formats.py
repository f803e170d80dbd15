"""The export formats: the one list the CLI, the export function and the app's dialog read.

Each format has one key (the CLI's option, ``--pdf``), one name (what a person reads), one
file suffix and a file-dialog filter. ``summary`` formats are offered by the app's Export
summary dialog; the REFI-QDA ones are for research tools and come from the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass

from roundtable_app.errors import InputError


@dataclass(frozen=True)
class ExportFormat:
    """One way to write the summary."""

    key: str
    name: str
    suffix: str
    filter: str
    summary: bool = True


FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat("pdf", "PDF", ".pdf", "PDF documents (*.pdf)"),
    ExportFormat("md", "Markdown", ".md", "Markdown files (*.md)"),
    ExportFormat("docx", "Word", ".docx", "Word documents (*.docx)"),
    ExportFormat("qdpx", "REFI-QDA project", ".qdpx", "REFI-QDA projects (*.qdpx)", summary=False),
    ExportFormat("qdc", "REFI-QDA codebook", ".qdc", "REFI-QDA codebooks (*.qdc)", summary=False),
)
FORMAT_KEYS: tuple[str, ...] = tuple(f.key for f in FORMATS)
#: The formats the app's Export summary dialog offers.
SUMMARY_FORMATS: tuple[ExportFormat, ...] = tuple(f for f in FORMATS if f.summary)


def export_format(key: str) -> ExportFormat:
    """The format for a key ("pdf", ".PDF" …); InputError naming the known keys otherwise."""
    wanted = key.lower().lstrip(".")
    for f in FORMATS:
        if f.key == wanted:
            return f
    raise InputError(f"unknown export format {key!r}; use one of {', '.join(FORMAT_KEYS)}")


def format_for_suffix(suffix: str) -> ExportFormat | None:
    """The format a file suffix names, or None."""
    for f in FORMATS:
        if f.suffix == suffix.lower():
            return f
    return None
