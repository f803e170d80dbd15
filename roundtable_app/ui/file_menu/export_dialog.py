"""File → Export summary: format, destination, the guard's pre-flight, then the export.

The pre-flight runs in a worker as soon as the dialog opens and lists every unresolved finding;
while there are any, Export waits for "I have checked these findings; export anyway". The
verdict itself is :class:`~roundtable_app.ui.file_menu.rules.ExportGate`'s.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roundtable_app.export.formats import SUMMARY_FORMATS
from roundtable_app.ui.common import on_enter, show_message
from roundtable_app.ui.error_words import plain_error
from roundtable_app.ui.file_menu.rules import (
    EXPORT_FORMATS,
    ExportGate,
    default_export_path,
    export_result_text,
    format_of,
    remark_name,
    suffix_for,
    with_format,
)
from roundtable_app.ui.file_menu.work_dialog import PathField, WorkDialog
from roundtable_app.ui.guard_words import reason_text, severity_text
from roundtable_app.ui.i18n import tr

if TYPE_CHECKING:
    from roundtable_app.export import ExportReport, TextFindings
    from roundtable_app.vault import Vault

_FILTERS = {f.key: f.filter for f in SUMMARY_FORMATS}


def _preflight(vault: Vault) -> tuple[list[TextFindings], dict[str, str]]:
    """The pre-flight, and each remark with findings named as the app shows it (its theme and
    first words: the app never shows an id). Runs in the worker, like the check itself."""
    from roundtable_app.export.preflight import preflight

    results = preflight(vault)
    names: dict[str, str] = {}
    flagged = {item.target_id: item.target for item in results if item.findings}
    if any(target.startswith("remark:") for target in flagged.values()):
        themes = {t.id: t.name for t in vault.themes()}
        for remark in vault.remarks():
            target = flagged.get(remark.id)
            if target is not None:
                names[target] = remark_name(themes.get(remark.theme_id, "?"), remark.current_text)
    return results, names


def _export(
    vault: Vault, fmt: str, out: Path, *, accept: bool, sessions: bool, script: bool = False
) -> ExportReport:
    from roundtable_app.export import export_summary

    # The dialog has asked before replacing an existing file (Export pressed twice).
    return export_summary(
        vault,
        fmt,
        out,
        accept_findings=accept,
        include_sessions=sessions,
        transliterate=script,
        replace=True,
    )


class ExportDialog(WorkDialog):
    """Export the unattributed summary of ``vault`` (the file at ``vault_path``); Enter or a
    double-click on a finding in a remark emits ``go_to_remark`` with its id."""

    go_to_remark = Signal(str)

    def __init__(self, vault: Vault, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("ExportDialog", "Export summary"), tr("ExportDialog", "&Export"), parent
        )
        self.vault, self.vault_path = vault, Path(vault_path)
        self.gate = ExportGate()
        self.report: ExportReport | None = None
        self._replace_ok: Path | None = None

        intro = QLabel(
            tr(
                "ExportDialog",
                "An unattributed summary of every remark not excluded. Times, capture order and "
                "the protected terms never leave the vault.",
            ),
            self,
        )
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        self.format_group = QButtonGroup(self)
        formats = QHBoxLayout()
        self.format_buttons: dict[str, QRadioButton] = {}
        for key, label, _suffix in EXPORT_FORMATS:
            button = QRadioButton(label, self)
            button.setAccessibleName(tr("ExportDialog", "Format: %1").replace("%1", label))
            self.format_group.addButton(button)
            self.format_buttons[key] = button
            formats.addWidget(button)
        formats.addStretch(1)
        self.format_buttons["pdf"].setChecked(True)
        self.destination = PathField(
            "save",
            tr("ExportDialog", "Export the summary to"),
            tr("ExportDialog", "Destination file"),
            tr("ExportDialog", _FILTERS["pdf"]),
            self,
        )
        self.destination.set_path(default_export_path(self.vault_path, "pdf"))
        self.sessions = QCheckBox(tr("ExportDialog", "Name agenda sessions"), self)
        self.sessions.setToolTip(
            tr("ExportDialog", "Show each remark's agenda session title (never a day or time).")
        )
        self.sessions.setAccessibleName(tr("ExportDialog", "Name agenda sessions"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(tr("ExportDialog", "Format:"), formats)
        form.addRow(tr("ExportDialog", "Save to:"), self.destination)
        form.addRow("", self.sessions)
        # Serbian summaries only: the facilitator's Latin text in Cyrillic (or the reverse).
        self.language = vault.event().language
        to_script = (
            tr("ExportDialog", "Write remarks and syntheses in Cyrillic script")
            if self.language == "sr-Cyrl"
            else tr("ExportDialog", "Write remarks and syntheses in Latin script")
        )
        self.transliterate = QCheckBox(to_script, self)
        self.transliterate.setAccessibleName(to_script)
        self.script_preview = QLabel(self)
        self.script_preview.setObjectName("muted")
        self.script_preview.setWordWrap(True)
        self.script_preview.setAccessibleName(tr("ExportDialog", "What the script option changes"))
        if self.language.startswith("sr"):
            form.addRow("", self.transliterate)
            form.addRow("", self.script_preview)
        else:
            self.transliterate.hide()
            self.script_preview.hide()
        self.transliterate.toggled.connect(self._preview_script)

        self.check_box = QGroupBox(tr("ExportDialog", "Attribution check"), self)
        self.check_summary = QLabel(self.check_box)
        self.check_summary.setWordWrap(True)
        self.check_summary.setAccessibleName(tr("ExportDialog", "Attribution check result"))
        self.findings = QTreeWidget(self.check_box)
        self.findings.setAccessibleName(tr("ExportDialog", "Unresolved findings"))
        self.findings.setHeaderLabels(
            [tr("ExportDialog", "Words"), tr("ExportDialog", "Why"), tr("ExportDialog", "Where")]
        )
        self.findings.setRootIsDecorated(False)
        self.findings.setUniformRowHeights(True)
        self.findings.setAlternatingRowColors(True)
        header = self.findings.header()
        # The words and the reason first: they are what the user has to judge.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # Where each fix lives, so "resolve them in the app" is something one can act on.
        self.how_to = QLabel(
            tr(
                "ExportDialog",
                "To resolve a finding in a remark, double-click it (or press Enter on it) to go "
                "to the remark in the list of saved remarks, where Ctrl+R "
                "rewords it for the summary, Ctrl+Shift+X excludes it, right-click → "
                "Dismiss a finding records why it is harmless. Syntheses and the executive "
                "summary are written in Review (F9), beside their theme's remarks.",
            ),
            self.check_box,
        )
        self.how_to.setObjectName("muted")
        self.how_to.setWordWrap(True)
        self.how_to.setAccessibleName(tr("ExportDialog", "How to resolve findings"))
        self.accept_box = QCheckBox(
            tr("ExportDialog", "I have checked these findings; export anyway"), self.check_box
        )
        self.accept_box.setAccessibleName(
            tr("ExportDialog", "I have checked these findings; export anyway")
        )
        panel = QVBoxLayout(self.check_box)
        panel.addWidget(self.check_summary)
        panel.addWidget(self.findings, 1)
        panel.addWidget(self.how_to)
        panel.addWidget(self.accept_box)

        self.body.addWidget(intro)
        self.body.addLayout(form)
        self.body.addWidget(self.check_box, 1)
        self.inputs += [
            *self.format_buttons.values(),
            self.destination,
            self.sessions,
            self.accept_box,
        ]
        em, line = self.fontMetrics().averageCharWidth(), self.fontMetrics().lineSpacing()
        self.resize(em * 150, line * 34)
        self._connect_signals()
        self._show_gate()
        self.run_check()

    def _connect_signals(self) -> None:
        self.format_group.buttonToggled.connect(self._on_format)
        self.accept_box.toggled.connect(self.update_state)
        self.destination.changed.connect(self._on_destination)
        self.findings.itemDoubleClicked.connect(self._activated)
        # Enter on a finding goes to it; it must not reach the dialog's default (Export).
        on_enter(self.findings, self._activate_current)

    # ------------------------------------------------------------------ choices
    @property
    def fmt(self) -> str:
        """The chosen format's key ("pdf", "md" or "docx")."""
        for key, button in self.format_buttons.items():
            if button.isChecked():
                return key
        return "pdf"

    def set_format(self, fmt: str) -> None:
        """Choose a format (the destination's suffix follows)."""
        self.format_buttons[fmt].setChecked(True)

    def _on_format(self, _button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        fmt = self.fmt
        self.destination.file_filter = tr("ExportDialog", _FILTERS[fmt])
        path = self.destination.path()
        if path is not None:
            self.destination.set_path(with_format(path, fmt))

    def _on_destination(self) -> None:
        # A typed or chosen "notes.md" means Markdown: the bytes follow the name's suffix.
        path = self.destination.path()
        fmt = format_of(path) if path is not None else None
        if fmt is not None and fmt != self.fmt:
            self.set_format(fmt)
        self.update_state()

    # ------------------------------------------------------------------ the pre-flight
    def run_check(self) -> None:
        """Run the guard over everything the summary would carry (in a worker)."""
        self.gate.restart()
        self._show_gate()
        vault = self.vault
        self.run(
            tr("ExportDialog", "Running the attribution check…"),
            lambda: _preflight(vault),
            self._on_checked,
            self._on_check_failed,
            blocking=False,
        )

    def _on_checked(self, outcome: tuple[list[TextFindings], dict[str, str]]) -> None:
        results, names = outcome
        self.gate.set_results(results, names)
        self._show_gate()

    def _activate_current(self) -> None:
        item = self.findings.currentItem()
        if item is not None:
            self._activated(item)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        remark_id = item.data(0, Qt.ItemDataRole.UserRole)
        if remark_id:
            self.go_to_remark.emit(str(remark_id))

    def _on_check_failed(self, exc: BaseException) -> None:
        self.gate.set_failed(plain_error(exc))
        self._show_gate()

    def _show_gate(self) -> None:
        self.check_summary.setText(self.gate.summary())
        self.findings.clear()
        items = []
        for row in self.gate.rows:
            item = QTreeWidgetItem(
                [row.words, f"{reason_text(row.reason)} ({severity_text(row.severity)})", row.where]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, row.remark_id)
            for column in range(3):
                item.setToolTip(column, item.text(column))  # a narrow column still reads whole
            items.append(item)
        self.findings.addTopLevelItems(items)
        self.findings.setVisible(bool(items))
        self.accept_box.setVisible(self.gate.needs_acceptance)
        self.how_to.setVisible(self.gate.needs_acceptance)
        if not self.gate.needs_acceptance:
            self.accept_box.setChecked(False)
        self.update_state()

    def update_state(self) -> None:
        """Export runs only with a destination and the gate's consent."""
        allowed = self.gate.allows_export(self.accept_box.isChecked())
        self.go.setEnabled(not self.is_busy and allowed and self.destination.path() is not None)

    # ------------------------------------------------------------------ the export
    def start(self) -> None:
        """Export to the destination (in a worker)."""
        out = self.destination.path()
        if out is None or not self.gate.allows_export(self.accept_box.isChecked()):
            return
        if out.suffix == "":
            out = out.with_suffix(suffix_for(self.fmt))
            self.destination.set_path(out)
        if out.exists() and out not in (self.destination.confirmed, self._replace_ok):
            # Asked inline, not in a second modal box: a second Export replaces the file.
            self._replace_ok = out
            show_message(
                self.message,
                tr("ExportDialog", "%1 already exists. Press Export again to replace it.").replace(
                    "%1", str(out)
                ),
                error=False,
            )
            return
        vault, fmt = self.vault, self.fmt
        accept, sessions = self.accept_box.isChecked(), self.sessions.isChecked()
        script = self.transliterate.isChecked()
        label = dict((k, v) for k, v, _s in EXPORT_FORMATS)[fmt]
        self.run(
            tr("ExportDialog", "Writing the %1 summary…").replace("%1", label),
            lambda: _export(vault, fmt, out, accept=accept, sessions=sessions, script=script),
            self._on_exported,
        )

    def _preview_script(self, on: bool) -> None:
        if not on:
            self.script_preview.clear()
            return
        from roundtable_app.export import transliteration_preview

        log = transliteration_preview(self.vault)
        changed = log.changed
        text = tr("ExportDialog", "Changes %n texts.", None, changed)
        if log.kept:
            text += " " + tr("ExportDialog", "Kept as written: %1.").replace(
                "%1", ", ".join(log.kept[:12])
            )
        self.script_preview.setText(text)

    def _on_exported(self, report: ExportReport) -> None:
        self.report = report
        if report.written:
            self.show_result(export_result_text(report))
            self.close_button.setFocus()
        else:
            # Findings appeared after the check (another window wrote): show them.
            show_message(self.message, export_result_text(report))
            self.gate.set_results(report.unresolved)
            self._show_gate()
