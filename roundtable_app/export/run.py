"""Running an export: :func:`export_summary` is what the CLI and the app call: pre-flight,
render, write atomically, and report.

Everything neither deleted nor excluded is exported: a remark still marked ``captured`` (not
yet reviewed) counts as included until the facilitator excludes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from roundtable_app.errors import InputError
from roundtable_app.export.formats import export_format
from roundtable_app.export.model import Summary, Transliteration, build_summary
from roundtable_app.export.preflight import TextFindings, preflight
from roundtable_app.export.wording import ENGLISH
from roundtable_app.export.writing import check_destination, write_atomic
from roundtable_app.language.plurals import counted

if TYPE_CHECKING:
    from roundtable_app.vault import Vault

__all__ = [
    "ExportReport",
    "export_summary",
    "findings_sentence",
    "render",
    "transliteration_preview",
]


def findings_sentence(count: int, texts: int, total: int | None = None) -> str:
    """ "5 findings in 4 of 43 texts" (or "in 4 texts" without a total), in real plurals."""
    w = ENGLISH
    where = (
        f"{texts} of {counted(total, w.text_forms)}"
        if total is not None
        else counted(texts, w.text_forms)
    )
    return f"{counted(count, w.finding_forms)} in {where}"


@dataclass(frozen=True)
class ExportReport:
    """What an export did (or why it did not), as lines for the user and an exit code."""

    exit_code: int
    path: Path
    fmt: str
    unresolved: tuple[TextFindings, ...] = ()
    accepted: int = 0
    written: bool = False
    pages: int | None = None
    remarks: int = 0
    themes: int = 0
    notes: tuple[str, ...] = field(default=())

    def lines(self) -> list[str]:
        """Human-readable lines: every unresolved finding and how to resolve them, or what
        was written where."""
        w = ENGLISH
        if not self.written:
            out = [
                f"{item.label}: {f.reason}: \u201c{f.text}\u201d ({f.severity})"
                for item in self.unresolved
                for f in item.findings
            ]
            count = sum(len(i.findings) for i in self.unresolved)
            texts = sum(1 for i in self.unresolved if i.findings)
            unresolved = counted(count, ("unresolved finding", "unresolved findings"))
            out.append(
                f"export refused, nothing was written: {unresolved} in "
                f"{counted(texts, w.text_forms)}. Resolve each one: dismiss it in the app (with "
                "a reason), reword the remark, or exclude it; or run again with "
                "--accept-findings to export anyway."
            )
            return out
        out = []
        if self.accepted:
            out.append(
                f"--accept-findings: exported despite {self.accepted} unresolved "
                f"{'finding' if self.accepted == 1 else 'findings'}; check the summary before "
                "sharing it"
            )
        what = export_format(self.fmt).name
        pages = f", {w.pages(self.pages)}" if self.pages is not None else ""
        out.append(
            f"wrote the {what} summary to {self.path}{pages}: {w.remarks(self.remarks)} in "
            f"{w.themes(self.themes)}"
        )
        return [*out, *self.notes]


def render(summary: Summary, fmt: str) -> tuple[bytes, int | None]:
    """Render ``summary`` as ``fmt`` (a key of :data:`FORMATS`); returns the bytes and, for
    a PDF, its page count."""
    fmt = export_format(fmt).key
    if fmt == "pdf":
        from roundtable_app.export.pdf import PdfRenderer

        renderer = PdfRenderer(summary)
        data = renderer.render()
        return data, renderer.page_count
    if fmt == "md":
        from roundtable_app.export.markdown import render_markdown

        return render_markdown(summary).encode("utf-8"), None
    if fmt == "docx":
        from roundtable_app.export.word import render_docx

        return render_docx(summary), None
    from roundtable_app.export.qda import render_codebook, render_project

    return (render_project(summary) if fmt == "qdpx" else render_codebook(summary)), None


def transliteration_preview(vault: Vault) -> Transliteration:
    """What ``--transliterate`` would change in this vault's summary (how many texts, and
    the words it keeps as written); writes nothing."""
    log = Transliteration("")
    build_summary(vault, transliterate=log)
    return log


def export_summary(
    vault: Vault,
    fmt: str,
    out: Path,
    *,
    accept_findings: bool = False,
    include_sessions: bool = False,
    language: str | None = None,
    transliterate: bool = False,
    replace: bool = False,
) -> ExportReport:
    """Export the unattributed summary of ``vault`` to ``out`` as ``fmt``.

    Runs the pre-flight first. With unresolved findings and not ``accept_findings``, writes
    nothing and returns a report with exit code 1 listing every finding. Otherwise renders
    and writes atomically (exit code 0). ``language`` overrides the event's summary
    language; ``transliterate`` writes the facilitator's texts in a Serbian summary's script.
    An existing ``out`` is refused (InputError) unless ``replace``. A missing destination
    folder, the vault itself as the output, or a disk that refuses the write raise
    InputError / StorageError naming the path; whatever was at ``out`` before is then
    unchanged.
    """
    fmt = export_format(fmt).key
    target = check_destination(Path(out), vault_path=vault.path)
    if not replace and (target.exists() or target.is_symlink()):
        raise InputError("already exists; use --force to replace it", target)
    unresolved = tuple(item for item in preflight(vault) if item.findings)
    count = sum(len(item.findings) for item in unresolved)
    if count and not accept_findings:
        return ExportReport(exit_code=1, path=target, fmt=fmt, unresolved=unresolved)
    log = Transliteration(language or "") if transliterate else None
    summary = build_summary(
        vault, include_sessions=include_sessions, language=language, transliterate=log
    )
    data, pages = render(summary, fmt)
    write_atomic(target, data)
    notes: tuple[str, ...] = ()
    if log is not None:
        changed = counted(log.changed, ("text", "texts"))  # literal: the app translates it
        # Two whole sentences, so that the app can translate each (the script's name too).
        notes = (
            f"transliterated {changed} to Cyrillic"
            if summary.language == "sr-Cyrl"
            else f"transliterated {changed} to Latin",
        )
        if log.kept:
            notes += ("kept as written: " + ", ".join(log.kept[:30]),)
    return ExportReport(
        exit_code=0,
        path=target,
        fmt=fmt,
        unresolved=unresolved,
        accepted=count,
        written=True,
        pages=pages,
        remarks=summary.total,
        themes=len(summary.themes),
        notes=notes,
    )
