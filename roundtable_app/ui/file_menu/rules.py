"""What the File menu's long-work dialogs decide, as plain Python (no widgets; Qt only for
``tr``).

The export pre-flight's verdict (what to list, whether Export may run), default file names, and
the sentences a result is reported in live here, so tests can ask them without a window.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from roundtable_app.export.formats import SUMMARY_FORMATS, export_format
from roundtable_app.ui.error_words import conflict_text, message_text
from roundtable_app.ui.i18n import tr
from roundtable_app.vault.types import BUNDLE_SUFFIX

if TYPE_CHECKING:
    from roundtable_app.export import ExportReport, TextFindings
    from roundtable_app.vault.bundles import MergeCounts

#: Export formats as offered in the dialog (key, name, suffix), from the export's one list.
EXPORT_FORMATS: tuple[tuple[str, str, str], ...] = tuple(
    (f.key, f.name, f.suffix) for f in SUMMARY_FORMATS
)
MIN_BUNDLE_PASSPHRASE = 10


def suffix_for(fmt: str) -> str:
    """The file suffix of an export format key ("pdf" → ".pdf")."""
    for key, _label, suffix in EXPORT_FORMATS:
        if key == fmt:
            return suffix
    raise ValueError(f"unknown export format {fmt!r}")


def _is_temporary(folder: Path, temp_roots: Sequence[Path]) -> bool:
    resolved = folder.resolve()
    return any(resolved == root or root in resolved.parents for root in temp_roots)


def temporary_roots() -> list[Path]:
    """The system's temporary folders (where nothing the user keeps should land)."""
    roots = [Path(tempfile.gettempdir()).resolve()]
    for var in ("TMPDIR", "TEMP", "TMP"):
        if os.environ.get(var):
            roots.append(Path(os.environ[var]).resolve())
    return roots


def default_folder(
    vault_path: Path, *, home: Path | None = None, temp: Sequence[Path] | None = None
) -> Path:
    """Where a summary, backup or bundle goes unless the user says otherwise: the vault's own
    folder, except a temporary one (the demo lives there and is deleted on close), where the
    user's Documents folder (or home) is used instead. ``temp`` defaults to the system's
    temporary folders."""
    temp_roots = [p.resolve() for p in temp] if temp is not None else temporary_roots()
    folder = vault_path.parent
    if folder.is_dir() and not _is_temporary(folder, temp_roots):
        return folder
    home = home if home is not None else Path.home()
    documents = home / "Documents"
    return documents if documents.is_dir() else home


def default_export_path(
    vault_path: Path, fmt: str, *, home: Path | None = None, temp: Sequence[Path] | None = None
) -> Path:
    """The summary's default file: the vault's name with the format's suffix."""
    folder = default_folder(vault_path, home=home, temp=temp)
    return folder / f"{vault_path.stem}{suffix_for(fmt)}"


def format_of(path: Path) -> str | None:
    """The export format a file name's suffix asks for (None for any other suffix)."""
    for key, _label, suffix in EXPORT_FORMATS:
        if path.suffix.lower() == suffix:
            return key
    return None


def with_format(path: Path, fmt: str) -> Path:
    """``path`` with its suffix changed to ``fmt``'s, if it carries another export suffix
    (a name the user typed without one of ours keeps what they typed)."""
    ours = {suffix for _key, _label, suffix in EXPORT_FORMATS}
    if path.suffix.lower() in ours:
        return path.with_suffix(suffix_for(fmt))
    return path


def default_bundle_path(
    vault_path: Path,
    *,
    now: datetime | None = None,
    home: Path | None = None,
    temp: Sequence[Path] | None = None,
) -> Path:
    """A new bundle's default file: the vault's name, the time, the bundle suffix."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M")
    folder = default_folder(vault_path, home=home, temp=temp)
    return folder / f"{vault_path.stem}-{stamp}{BUNDLE_SUFFIX}"


def new_passphrase_problem(first: str, second: str) -> str:
    """Why a new bundle passphrase typed twice cannot be used ('' if it can)."""
    if len(first) < MIN_BUNDLE_PASSPHRASE:
        return tr("FileRules", "The bundle passphrase needs at least %1 characters.").replace(
            "%1", str(MIN_BUNDLE_PASSPHRASE)
        )
    if first != second:
        return tr("FileRules", "The two bundle passphrases differ; type the same one twice.")
    return ""


# ------------------------------------------------------------------ the export pre-flight

#: How many words of a remark name it in the pre-flight.
FIRST_WORDS = 8


def remark_name(theme: str, text: str) -> str:
    """A remark as the pre-flight names it: its theme and its first words ("Housing: “The
    shelters in the north are full by…”"), never an id the app does not show."""
    words = text.split()
    first = " ".join(words[:FIRST_WORDS])
    return f"{theme}: “{first}{'…' if len(words) > FIRST_WORDS else ''}”"


@dataclass(frozen=True)
class FindingRow:
    """One unresolved finding as the pre-flight panel lists it."""

    where: str
    reason: str
    words: str
    severity: str
    #: The remark to go to from this row ('' for a synthesis, a theme or the summary).
    remark_id: str = ""


class ExportGate:
    """The pre-flight's verdict and whether Export may run.

    States: ``checking`` (the guard is running), ``clean`` (nothing found), ``findings``
    (unresolved findings: Export waits for the user's "export anyway"), ``failed`` (the check
    itself failed: Export waits for a new check).
    """

    def __init__(self) -> None:
        self.state = "checking"
        self.rows: list[FindingRow] = []
        self.problem = ""

    def set_results(
        self, results: Sequence[TextFindings], names: Mapping[str, str] | None = None
    ) -> None:
        """Take the pre-flight's results (every text, with or without findings); ``names``
        gives a remark's name as the app shows it (its theme and first words) by target."""
        names = names or {}
        self.rows = [
            FindingRow(
                names.get(item.target, item.label),
                f.reason,
                f.text,
                f.severity,
                item.target_id if item.target.startswith("remark:") else "",
            )
            for item in results
            for f in item.findings
        ]
        self.state = "findings" if self.rows else "clean"
        self.problem = ""

    def set_failed(self, problem: str) -> None:
        """The check could not run; ``problem`` says why in plain words."""
        self.state, self.rows, self.problem = "failed", [], problem

    def restart(self) -> None:
        """A new check is under way."""
        self.state, self.rows, self.problem = "checking", [], ""

    @property
    def texts(self) -> int:
        """How many texts hold the unresolved findings."""
        return len({row.where for row in self.rows})

    def summary(self) -> str:
        """One sentence saying what the pre-flight found."""
        if self.state == "checking":
            return tr(
                "FileRules", "Checking every text of the summary for names, roles and affiliations…"
            )
        if self.state == "failed":
            return tr("FileRules", "The check could not run: %1").replace("%1", self.problem)
        if self.state == "clean":
            return tr(
                "FileRules", "No unresolved findings: nothing in the summary looks attributable."
            )
        n, texts = len(self.rows), self.texts
        return tr(
            "FileRules",
            "%n unresolved findings in %1. Resolve them in the app (reword, dismiss "
            "with a reason, or exclude the remark), or check each one and export anyway.",
            None,
            n,
        ).replace("%1", tr("FileRules", "%n texts", None, texts))

    @property
    def needs_acceptance(self) -> bool:
        """Whether the "export anyway" box is shown (there is something to accept)."""
        return self.state == "findings"

    def allows_export(self, accepted: bool) -> bool:
        """Whether Export may run: a clean check, or findings the user said they checked."""
        return self.state == "clean" or (self.state == "findings" and accepted)


def export_result_text(report: ExportReport) -> str:
    """What an export did, in one or two sentences."""
    if not report.written:
        n = sum(len(item.findings) for item in report.unresolved)
        return tr(
            "FileRules",
            "Nothing was written: %n unresolved findings appeared since the check.",
            None,
            n,
        )
    what = export_format(report.fmt).name
    # lupdate extracts a plural only when its count is a plain name.
    n_remarks, n_themes, pages, accepted = (
        report.remarks,
        report.themes,
        report.pages,
        report.accepted,
    )
    remarks = tr("FileRules", "%n remarks", None, n_remarks)
    themes = tr("FileRules", "%n themes", None, n_themes)
    if pages is not None:
        text = tr("FileRules", "Wrote the %1 summary to %2, %3: %4 in %5.").replace(
            "%3", tr("FileRules", "%n pages", None, pages)
        )
    else:
        text = tr("FileRules", "Wrote the %1 summary to %2: %4 in %5.")
    for mark, value in (("%1", what), ("%2", str(report.path)), ("%4", remarks), ("%5", themes)):
        text = text.replace(mark, value)
    if accepted:
        text += " " + tr(
            "FileRules",
            "Exported despite %n unresolved findings: read it before sharing it.",
            None,
            accepted,
        )
    for note in map(message_text, report.notes):
        text += f" {note[0].upper()}{note[1:]}."
    return text


def bundle_written_text(count: int, path: Path) -> str:
    """What a bundle export did."""
    return tr("FileRules", "%n remarks written to %1.", None, count).replace("%1", str(path))


def merge_text(counts: MergeCounts) -> str:
    """What a bundle import did, as the CLI says it."""
    text = (
        tr("FileRules", "Added %1, updated %2, already present %3.")
        .replace("%1", str(counts.added))
        .replace("%2", str(counts.updated))
        .replace("%3", str(counts.present))
    )
    conflicts = len(counts.conflicts)
    if counts.deleted or conflicts:
        text += " " + tr(
            "FileRules", "Deleted %1; %n conflicts, resolved.", None, conflicts
        ).replace("%1", str(counts.deleted))
    return text


def preview_lines(counts: MergeCounts) -> list[str]:
    """What an import would do, line by line: the CLI's ``--dry-run`` report in words."""
    none = tr("FileRules", "none")
    deleted, present, conflicts = counts.deleted, counts.present, len(counts.conflicts)
    out = [
        tr(
            "FileRules",
            "The import will add %1, update %2 and delete %n remarks;",
            None,
            deleted,
        )
        .replace("%1", str(counts.added))
        .replace("%2", str(counts.updated))
        + " "
        + tr("FileRules", "%n remarks are already here.", None, present),
        tr("FileRules", "New themes: %1.").replace("%1", ", ".join(counts.new_themes) or none),
        tr("FileRules", "New agenda sessions: %1.").replace(
            "%1", ", ".join(counts.new_sessions) or none
        ),
    ]
    if counts.conflicts:
        out.append(
            tr(
                "FileRules",
                "%n conflicts, each resolved by the merge rules:",
                None,
                conflicts,
            )
        )
        out += [f"• {conflict_text(c)}" for c in counts.conflicts]
    else:
        out.append(tr("FileRules", "No conflicts."))
    out.append(
        tr(
            "FileRules",
            "Nothing has changed yet: press Import to merge it (a backup is taken first).",
        )
    )
    return out
