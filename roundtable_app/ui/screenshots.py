"""``make screenshots``: render the main screens offscreen at 1280x720 into PNG files.

``python -m roundtable_app.ui.screenshots OUT_DIR`` writes welcome.png, capture.png (the demo
with a live guard finding underlined), setup.png, export.png (the pre-flight's findings), the
Review workspace (review.png with search hits, review-findings.png, review-synthesis.png,
review-merge.png, review-overview.png) and lock.png. The demo vault lives in a temporary
folder that is removed afterwards.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtWidgets import QWidget

from roundtable_app.ui.app import create_application
from roundtable_app.ui.common import workers_idle
from roundtable_app.ui.file_menu.export_dialog import ExportDialog
from roundtable_app.ui.main_window import MainWindow
from roundtable_app.ui.settings import Settings
from roundtable_app.vault.demo import demo_data

SIZE = QSize(1280, 720)
# A remark a note-taker might type, naming a protected person from the demo's terms.
SAVED = "Legal aid is free in the asylum centres, but few people know they can ask for it."
SLIP = "Jelena Petrović said the reception centre in Subotica needs more Farsi interpreters."


def _wait(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise RuntimeError("the screen did not get ready in time")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _settle(seconds: float = 0.6) -> None:
    """Let timers (the guard's debounce, layouts) run before a grab."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _save(widget: QWidget, out: Path, name: str) -> Path:
    target = out / name
    if not widget.grab().save(str(target)):
        raise RuntimeError(f"could not write {target}")
    print(target)
    return target


def render(out: Path) -> list[Path]:
    """Render every screen into ``out``; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="roundtable-shots-") as settings_dir:
        # Screenshots never touch the user's own settings (recent files, window size).
        os.environ["ROUNDTABLE_SETTINGS_DIR"] = settings_dir
        app = create_application(sys.argv[:1])
        window = MainWindow(Settings())
        window.resize(SIZE)
        window.show()
        _settle()
        written = [_save(window, out, "welcome.png")]

        window.welcome.open_demo()
        _wait(lambda: window.workspace is not None)
        workspace = window.workspace
        assert workspace is not None
        workspace.focus_editor()
        # One remark saved first, so the status bar shows what a save reports.
        workspace.editor.insertPlainText(SAVED)
        workspace.save_action.trigger()
        workspace.editor.insertPlainText(SLIP)
        workspace.editor.setFocus()
        _settle(1.2)
        written.append(_save(window, out, "capture.png"))

        window.show_setup()
        _wait(lambda: window._setup is not None)
        dialog = window._setup
        assert dialog is not None
        dialog.resize(QSize(900, 600))
        # The Themes tab: each theme with its description, as the summary prints it.
        dialog.tabs.setCurrentWidget(dialog.themes_tab)
        dialog.themes_tab.list.setCurrentRow(0)
        _settle()
        written.append(_save(dialog, out, "setup.png"))
        dialog.reject()
        _settle()

        # The export dialog once its pre-flight has listed the demo's deliberate slips.
        window.show_export()
        export = window._file_dialog
        assert isinstance(export, ExportDialog)
        _wait(lambda: export.gate.state != "checking")
        export.resize(QSize(960, 560))
        _settle()
        written.append(_save(export, out, "export.png"))
        export.reject()
        _settle()

        written += _review_shots(window, out)

        window.lock()
        _settle()
        # A mistyped passphrase: the reason is shown whole and the passphrase stays selected.
        form = window.lock_screen.form
        form.field.setFocus()
        form.field.setText("not the passphrase")
        form.submit()
        _wait(lambda: form.message.isVisible())
        _settle()
        written.append(_save(window, out, "lock.png"))
        window.close()
        workers_idle()
        app.processEvents()
    return written


def _review_shots(window: MainWindow, out: Path) -> list[Path]:
    """Review: search hits highlighted, the findings panel, the merge view, the synthesis
    editor beside its theme's remarks, the overview."""
    from roundtable_app.ui.review.merge_dialog import MergeDialog

    window.review_action.trigger()
    review = window.review
    assert review is not None
    written = []
    review.search.setText("interpret")
    review.table.selectRow(0)
    review._step_hit(+1)
    _settle()
    written.append(_save(window, out, "review.png"))

    review.search.clear()
    review.show_findings()
    _settle()
    written.append(_save(window, out, "review-findings.png"))

    review.tabs.setCurrentWidget(review.detail)
    review.theme_list.setCurrentRow(1)
    review.synthesis.setFocus()
    review.synthesis.moveCursor(review.synthesis.textCursor().MoveOperation.End)
    review.synthesis.insertPlainText(" Mr Petrović from the ministry agreed.")
    _settle(1.2)
    written.append(_save(window, out, "review-synthesis.png"))
    review.synthesis.undo()
    review.save_synthesis()

    texts = [r.current_text for r in review.model.remarks()[:2]]
    merge = MergeDialog(texts, window)
    merge.show()
    _settle()
    written.append(_save(merge, out, "review-merge.png"))
    merge.reject()

    review.tabs.setCurrentWidget(review.overview)
    review.overview.show_preview()
    _settle()
    written.append(_save(window, out, "review-overview.png"))
    window.review_action.trigger()
    return written


def main(argv: list[str] | None = None) -> int:
    """Entry point: ``python -m roundtable_app.ui.screenshots OUT_DIR``."""
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else Path("resources/screenshots")
    assert demo_data()["terms"], "the demo needs protected terms for the guard screenshot"
    render(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
