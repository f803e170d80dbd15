"""The one question every dialog holding unsaved text asks on the way out: Save / Discard /
Cancel. It is window-modal and shown with ``open()``, so the event loop (and a test driving
it with the keyboard) keeps running while it waits."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from roundtable_app.ui.i18n import tr


def ask_unsaved(
    parent: QWidget,
    question: str,
    detail: str,
    on_save: Callable[[], None],
    on_discard: Callable[[], None],
    on_cancel: Callable[[], None] | None = None,
) -> QMessageBox:
    """Ask ``question``; Save (the default, Enter) runs ``on_save``, "Discard changes" (Alt+D)
    runs ``on_discard``, Cancel or Escape runs ``on_cancel`` (if given) and changes nothing.
    Returns the box (already open)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Unsaved", "Unsaved changes"))
    box.setText(question)
    box.setInformativeText(detail)
    save = box.addButton(tr("Unsaved", "&Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(
        tr("Unsaved", "&Discard changes"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(tr("Unsaved", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)

    def answered() -> None:
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is save:
            on_save()
        elif clicked is discard:
            on_discard()
        elif on_cancel is not None:
            on_cancel()

    box.finished.connect(answered)
    box.open()
    return box
