"""The unattributed summary: a model built from a vault, and PDF, Markdown and DOCX renderers.

:func:`build_summary` is the single gate for what leaves a vault; the renderers consume only
its :class:`Summary`. :func:`export_summary` (in :mod:`.run`) is what the CLI and the app call:
pre-flight, render, write atomically, and report.

Everything neither deleted nor excluded is exported: a remark still marked ``captured`` (not
yet reviewed) counts as included until the facilitator excludes it.

Names are imported on first use (PEP 562), as in :mod:`roundtable_app.vault`: the app's menus
need :mod:`.formats` to name the formats, and must not pay for the summary model, the guard and
the renderers before anything is exported. ``preflight`` is not in the map: a function named
like its module would be the module once that is imported; use :mod:`.preflight` itself.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from roundtable_app.export.formats import FORMAT_KEYS, FORMATS, SUMMARY_FORMATS
    from roundtable_app.export.model import Summary, build_summary
    from roundtable_app.export.preflight import TextFindings, check_remarks
    from roundtable_app.export.run import (
        ExportReport,
        export_summary,
        findings_sentence,
        render,
        transliteration_preview,
    )

_WHERE: dict[str, str] = {
    "FORMATS": "formats",
    "FORMAT_KEYS": "formats",
    "SUMMARY_FORMATS": "formats",
    "Summary": "model",
    "build_summary": "model",
    "TextFindings": "preflight",
    "check_remarks": "preflight",
    "ExportReport": "run",
    "export_summary": "run",
    "findings_sentence": "run",
    "render": "run",
    "transliteration_preview": "run",
}

__all__ = [
    "FORMATS",
    "FORMAT_KEYS",
    "SUMMARY_FORMATS",
    "ExportReport",
    "Summary",
    "TextFindings",
    "build_summary",
    "check_remarks",
    "export_summary",
    "findings_sentence",
    "render",
    "transliteration_preview",
]


def __getattr__(name: str) -> Any:
    """Import a public name's module on first use."""
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{where}"), name)
    globals()[name] = value
    return value
