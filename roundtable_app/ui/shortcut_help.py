"""Help → Keyboard shortcuts: read from the window's real actions, so it cannot drift from them."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from roundtable_app.ui.i18n import tr

#: QAction property: actions sharing a value are listed as one row, described by that value
#: (the theme keys, whose action texts carry theme names, which are event data).
HELP_GROUP = "helpGroup"


@dataclass(frozen=True)
class ShortcutRow:
    """One line of the help: the keys as shown to a person, and what they do."""

    keys: str
    what: str


Section = tuple[str, list[ShortcutRow]]


def key_text(sequences: Iterable[QKeySequence | str]) -> str:
    """Key sequences as the platform writes them, joined by "or"."""
    texts = [QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in sequences]
    return tr("ShortcutsDialog", " or ").join(t for t in texts if t)


def action_label(action: QAction) -> str:
    """What an action does, without its mnemonic ampersand or trailing ellipsis."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip("…").strip() or action.toolTip()


def rows_for(actions: Iterable[QAction]) -> list[ShortcutRow]:
    """One row per action that has a key; grouped actions fold into one ``first … last`` row."""
    rows: list[ShortcutRow] = []
    groups: dict[str, list[QAction]] = {}
    slots: dict[str, int] = {}
    for action in actions:
        if not action.shortcuts():
            continue
        group = action.property(HELP_GROUP)
        if group:
            if group not in groups:
                slots[group] = len(rows)
                rows.append(ShortcutRow("", str(group)))
            groups.setdefault(str(group), []).append(action)
        else:
            rows.append(ShortcutRow(key_text(action.shortcuts()), action_label(action)))
    for group, members in groups.items():
        first, last = members[0].shortcuts()[0], members[-1].shortcuts()[0]
        keys = key_text([first])
        if len(members) > 1:
            keys = f"{keys} … {key_text([last])}"
        rows[slots[group]] = ShortcutRow(keys, group)
    return rows


def sections_html(sections: Sequence[Section]) -> str:
    """The help as a rich-text page: one table (so the columns line up), a heading per section."""
    parts = ["<table width='100%' cellspacing='0' cellpadding='3'>"]
    for title, rows in sections:
        if not rows:
            continue
        parts.append(
            f"<tr><td colspan='2' style='padding-top:10px; font-size:large'>"
            f"<b>{html.escape(title)}</b></td></tr>"
        )
        parts += [
            f"<tr><td width='40%'><b>{html.escape(r.keys)}</b></td>"
            f"<td>{html.escape(r.what)}</td></tr>"
            for r in rows
        ]
    parts.append("</table>")
    return "".join(parts)


class ShortcutsDialog(QDialog):
    """A non-modal window listing the keys, section by section."""

    def __init__(self, sections: Sequence[Section], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("ShortcutsDialog", "Keyboard shortcuts"))
        self.setAccessibleName(tr("ShortcutsDialog", "Keyboard shortcuts"))
        self.sections = list(sections)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(tr("ShortcutsDialog", "Keyboard shortcuts"))
        self.browser.setHtml(sections_html(self.sections))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 90, self.fontMetrics().lineSpacing() * 44)

    def text(self) -> str:
        """Everything the dialog lists, as plain text."""
        return self.browser.toPlainText()
