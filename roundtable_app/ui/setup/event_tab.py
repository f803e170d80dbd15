"""Event tab: title, subtitle, venue, dates, conveners (one a line) and the rule statement."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from roundtable_app.errors import InputError
from roundtable_app.language import LANGUAGE_NAMES, LANGUAGES
from roundtable_app.ui.i18n import tr
from roundtable_app.vault import EventInfo


class EventTab(QWidget):
    """A form over :class:`EventInfo`; :meth:`values` validates before anything is written."""

    def __init__(self, event: EventInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_edit = self._line(tr("EventTab", "Event title"))
        self.subtitle_edit = self._line(tr("EventTab", "Subtitle"))
        self.venue_edit = self._line(tr("EventTab", "Venue"))
        self.dates_edit = self._line(tr("EventTab", "Dates"))
        self.conveners_edit = QPlainTextEdit(self)
        self.conveners_edit.setAccessibleName(tr("EventTab", "Conveners, one a line"))
        self.conveners_edit.setTabChangesFocus(True)
        self.rule_edit = QPlainTextEdit(self)
        self.rule_edit.setAccessibleName(tr("EventTab", "Rule statement"))
        self.rule_edit.setTabChangesFocus(True)
        # The language of the exported summary's fixed wording (not of the app).
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(tr("EventTab", "Summary language"))
        for tag in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[tag], tag)
        form = QFormLayout(self)
        form.addRow(tr("EventTab", "&Title:"), self.title_edit)
        form.addRow(tr("EventTab", "Su&btitle:"), self.subtitle_edit)  # Alt+S is Save
        form.addRow(tr("EventTab", "&Venue:"), self.venue_edit)
        form.addRow(tr("EventTab", "&Dates:"), self.dates_edit)
        form.addRow(tr("EventTab", "&Conveners (one a line):"), self.conveners_edit)
        form.addRow(tr("EventTab", "&Rule statement:"), self.rule_edit)
        form.addRow(tr("EventTab", "Summary &language:"), self.language_combo)
        self.load(event)

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        return edit

    def load(self, event: EventInfo) -> None:
        """Show the event's fields."""
        self.title_edit.setText(event.title)
        self.subtitle_edit.setText(event.subtitle)
        self.venue_edit.setText(event.venue)
        self.dates_edit.setText(event.dates)
        self.conveners_edit.setPlainText("\n".join(event.conveners))
        self.rule_edit.setPlainText(event.rule_statement)
        index = self.language_combo.findData(event.language)
        self.language_combo.setCurrentIndex(max(index, 0))
        self._loaded = self.values_unchecked()

    def values_unchecked(self) -> dict[str, object]:
        """The form as ``update_event`` keyword arguments."""
        return {
            "title": self.title_edit.text(),
            "subtitle": self.subtitle_edit.text(),
            "venue": self.venue_edit.text(),
            "dates": self.dates_edit.text(),
            "conveners": [c for c in self.conveners_edit.toPlainText().splitlines() if c.strip()],
            "rule_statement": self.rule_edit.toPlainText(),
            "language": str(self.language_combo.currentData()),
        }

    def values(self) -> dict[str, object]:
        """The form, checked: raises InputError with a plain message."""
        values = self.values_unchecked()
        if not str(values["title"]).strip():
            raise InputError("the event needs a title")
        return values

    def changed_since_load(self) -> bool:
        """Whether anything was edited."""
        return self.values_unchecked() != self._loaded
