"""Export from Review: PDF, Markdown and Word, one or all at once, written in a worker.

Each format is one job on the shared thread pool (the vault serialises its connection), so
the progress bar moves per file and the window stays live. The export's own pre-flight still
decides: while findings are unresolved nothing is written and the pane says so. A file name
that exists already is never overwritten: a free name beside it is chosen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roundtable_app.ui.common import run_in_worker
from roundtable_app.ui.error_words import error_text
from roundtable_app.ui.file_menu.rules import EXPORT_FORMATS
from roundtable_app.ui.i18n import tr

if TYPE_CHECKING:
    from roundtable_app.vault import Vault


def free_name(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem+suffix``, or ``stem (2)+suffix`` and so on if that exists."""
    candidate = folder / f"{stem}{suffix}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({n}){suffix}"
        n += 1
    return candidate


class ExportPane(QWidget):
    """Formats, a folder, Export, progress, then Open and Show in folder."""

    finished = Signal(list)  # the paths written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.boxes: dict[str, QCheckBox] = {}
        for key, label, _suffix in EXPORT_FORMATS:
            box = QCheckBox(label)
            box.setChecked(True)
            self.boxes[key] = box
            row.addWidget(box)
        row.addStretch(1)
        layout.addLayout(row)
        self.folder = QLineEdit()
        self.folder.setAccessibleName(tr("ExportPane", "Export folder"))
        layout.addWidget(self.folder)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(tr("ExportPane", "E&xport selected formats"))
        self.open_button = QPushButton(tr("ExportPane", "&Open"))
        self.show_button = QPushButton(tr("ExportPane", "Show in &folder"))
        for b in (self.export_button, self.open_button, self.show_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.result = QLabel("")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        self.open_button.setEnabled(False)
        self.show_button.setEnabled(False)
        self.vault: Vault | None = None
        self.written: list[Path] = []
        self._queue: list[tuple[str, Path]] = []
        self.export_button.clicked.connect(self.start)
        self.open_button.clicked.connect(self._open)
        self.show_button.clicked.connect(self._show_folder)

    def set_vault(self, vault: Vault | None) -> None:
        """The vault to export (None on lock); the folder defaults to the vault's."""
        self.vault = vault
        if vault is not None and not self.folder.text():
            self.folder.setText(str(Path(vault.path).parent))

    def start(self) -> None:
        """Export every ticked format into the folder, one worker job each."""
        if self.vault is None or self._queue:
            return
        folder = Path(self.folder.text()).expanduser()
        if not folder.is_dir():
            self.result.setText(
                tr("ExportPane", "Not exported: %1 is not a folder.").replace("%1", str(folder))
            )
            return
        stem = f"{Path(self.vault.path).stem}-summary"
        self._queue = [
            (key, free_name(folder, stem, suffix))
            for key, _label, suffix in EXPORT_FORMATS
            if self.boxes[key].isChecked()
        ]
        if not self._queue:
            self.result.setText(tr("ExportPane", "Tick at least one format."))
            return
        self.written = []
        self.progress.setRange(0, len(self._queue))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.export_button.setEnabled(False)
        self.result.setText(tr("ExportPane", "Exporting…"))
        self._next()

    def _next(self) -> None:
        if not self._queue or self.vault is None:
            self._done()
            return
        fmt, path = self._queue[0]
        vault = self.vault

        def work() -> Any:
            from roundtable_app.export import export_summary

            return export_summary(vault, fmt, path)

        run_in_worker(work, self._one_done, self._failed, owner=self)

    def _one_done(self, report: Any) -> None:
        fmt, path = self._queue.pop(0)
        if report.exit_code != 0:
            count = sum(len(item.findings) for item in report.unresolved)
            self._queue = []
            self.result.setText(
                tr(
                    "ExportPane",
                    "Not exported: %n unresolved findings. Fix them in the Findings tab.",
                    None,
                    count,
                )
            )
            self._done()
            return
        self.written.append(report.path)
        self.progress.setValue(self.progress.value() + 1)
        self._next()

    def _failed(self, exc: BaseException) -> None:
        self._queue = []
        self.result.setText(tr("ExportPane", "Not exported: %1").replace("%1", error_text(exc)))
        self._done()

    def _done(self) -> None:
        self.export_button.setEnabled(True)
        self.progress.setVisible(False)
        if self.written:
            names = ", ".join(p.name for p in self.written)
            self.result.setText(tr("ExportPane", "Written: %1").replace("%1", names))
        self.open_button.setEnabled(bool(self.written))
        self.show_button.setEnabled(bool(self.written))
        self.finished.emit(list(self.written))

    def _open(self) -> None:
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written[0])))

    def _show_folder(self) -> None:
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written[0].parent)))
