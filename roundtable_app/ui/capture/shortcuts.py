"""Which key does what in the capture workspace, as plain data the workspace turns into actions.

Keeping the table here (no Qt) lets a test ask "what does Ctrl+2 do?" without a window, and
lets the workspace show every shortcut next to what it does.
"""

from __future__ import annotations

from dataclasses import dataclass

from roundtable_app.ui.i18n import tr
from roundtable_app.vault.types import REMARK_KINDS, ThemeInfo

from .controller import kind_label


@dataclass(frozen=True)
class Binding:
    """One shortcut: ``keys`` as Qt key-sequence strings, the action's name and its argument."""

    keys: tuple[str, ...]
    action: str
    arg: int | str | None
    label: str


SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")
SESSION_KEYS = ("Ctrl+Shift+S",)
FOCUS_EDITOR_KEYS = ("Ctrl+E",)
# F6 is the usual "next pane" key; Ctrl+L belongs to the window's "Lock now".
FOCUS_LIST_KEYS = ("F6",)
MOVE_KEYS = ("Ctrl+T",)
KIND_MENU_KEYS = ("Ctrl+K",)
EDIT_KEYS = ("F2",)
DELETE_KEYS = ("Delete",)
# The facilitator's curation of a saved remark (in the list of remarks only).
EXCLUDE_KEYS = ("Ctrl+Shift+X",)
KEY_POINT_KEYS = ("Ctrl+Shift+K",)
REWORD_KEYS = ("Ctrl+R",)
UNDO_KEYS = ("Ctrl+Z",)
REDO_KEYS = ("Ctrl+Shift+Z", "Ctrl+Y")


class ShortcutMap:
    """The workspace's key table for a given list of themes."""

    def __init__(self, themes: list[ThemeInfo]) -> None:
        self._bindings: list[Binding] = [
            Binding(SAVE_KEYS, "save", None, tr("Shortcuts", "Save the remark")),
            Binding(
                SESSION_KEYS, "choose_session", None, tr("Shortcuts", "Choose the agenda session")
            ),
            Binding(FOCUS_EDITOR_KEYS, "focus_editor", None, tr("Shortcuts", "Go to the editor")),
            Binding(
                FOCUS_LIST_KEYS, "focus_list", None, tr("Shortcuts", "Go to the list of remarks")
            ),
        ]
        for theme in themes:
            if theme.shortcut is not None:
                self._bindings.append(
                    Binding((f"Ctrl+{theme.shortcut}",), "theme", theme.id, theme.name)
                )
        for i, kind in enumerate(REMARK_KINDS, start=1):
            self._bindings.append(Binding((f"Alt+{i}",), "kind", kind, kind_label(kind)))

    def bindings(self) -> list[Binding]:
        """Every binding, in the order they are shown."""
        return list(self._bindings)
