"""Importing a participants list from the setup dialog, and the strict-affiliation switch.

The list becomes protected terms (see :mod:`roundtable_app.guard.participants`). Before
anything is saved, every generated alias (the other script, short forms of the given name, the
organisation's acronym) is listed with a tick box: untick one to leave it out. The list and its
terms are written in one transaction when the user presses Save in the review dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roundtable_app.errors import InputError, RoundtableError
from roundtable_app.guard.participants import (
    Participant,
    ProposedTerm,
    propose_terms,
    read_participants_csv,
)
from roundtable_app.guard.terms import Term
from roundtable_app.ui.error_words import plain_error
from roundtable_app.ui.i18n import QT_TRANSLATE_NOOP, tr
from roundtable_app.ui.theme import error_css
from roundtable_app.vault import Vault
from roundtable_app.vault.types import Changes

_KIND_LABELS = {
    "person": QT_TRANSLATE_NOOP("ParticipantsReview", "Person"),
    "organisation": QT_TRANSLATE_NOOP("ParticipantsReview", "Organisation"),
    "role": QT_TRANSLATE_NOOP("ParticipantsReview", "Role"),
    "other": QT_TRANSLATE_NOOP("ParticipantsReview", "Contact"),
    "place": QT_TRANSLATE_NOOP("ParticipantsReview", "Place"),
}


class ParticipantsReview(QDialog):
    """The terms a participants list yields, each generated alias with a tick box."""

    def __init__(
        self,
        participants: list[Participant],
        proposals: list[ProposedTerm],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.participants = participants
        self.proposals = proposals
        self.setWindowTitle(tr("ParticipantsReview", "Import participants"))
        self.setAccessibleName(
            tr("ParticipantsReview", "Review the terms generated from the participants list")
        )
        people, found = len(participants), len(proposals)
        intro = QLabel(
            # The participants' count and the terms' count each need their own plural form.
            tr("ParticipantsReview", "%n participants give %1.", None, people).replace(
                "%1", tr("ParticipantsReview", "%n protected terms", None, found)
            )
            + " "
            + tr(
                "ParticipantsReview",
                "Generated aliases are ticked: untick (Space) any you do not want. The list "
                "stays in the vault and is never exported.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(
            tr("ParticipantsReview", "Generated protected terms and aliases")
        )
        self.tree.setHeaderLabels(
            [tr("ParticipantsReview", "Term or alias"), tr("ParticipantsReview", "Kind")]
        )
        self._alias_items: list[tuple[int, QTreeWidgetItem]] = []
        for index, proposal in enumerate(proposals):
            term = proposal.term
            top = QTreeWidgetItem(
                [term.term, tr("ParticipantsReview", _KIND_LABELS.get(term.kind, term.kind))]
            )
            self.tree.addTopLevelItem(top)
            for alias in term.aliases:
                child = QTreeWidgetItem([alias, tr("ParticipantsReview", "generated alias")])
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Checked)
                top.addChild(child)
                self._alias_items.append((index, child))
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(
            tr("ParticipantsReview", "Save the participants and their protected terms")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 480)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if self._alias_items:
            self.tree.setCurrentItem(self._alias_items[0][1])
        self.tree.setFocus()

    def terms(self) -> list[Term]:
        """The terms to save: every proposal without the aliases the user unticked."""
        dropped: dict[int, list[str]] = {}
        for index, item in self._alias_items:
            if item.checkState(0) != Qt.CheckState.Checked:
                dropped.setdefault(index, []).append(item.text(0))
        return [p.without(dropped.get(i, ())).term for i, p in enumerate(self.proposals)]


class ParticipantsImport:
    """Wires the import button and the strict-affiliation box into the setup dialog."""

    def __init__(self, dialog: QWidget, vault: Vault) -> None:
        self.dialog = dialog
        self.vault = vault
        terms_tab = dialog.terms_tab  # type: ignore[attr-defined]
        self.terms_tab = terms_tab
        self.button = QPushButton(tr("ParticipantsImport", "Import &participants…"), terms_tab)
        self.button.setAccessibleName(
            tr("ParticipantsImport", "Import a participants list as protected terms")
        )
        self.strict = QCheckBox(
            tr(
                "ParticipantsImport",
                "Strict event: also flag sector-level affiliation "
                "(\u201ca ministry representative\u201d, \u201csomeone from civil society\u201d)",
            ),
            terms_tab,
        )
        self.strict.setAccessibleName(tr("ParticipantsImport", "Flag sector-level affiliation"))
        self.strict.setChecked(vault.strict_affiliation())
        self.review: ParticipantsReview | None = None
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout = terms_tab.layout()
        # Below the table's buttons and above the import message.
        layout.insertLayout(max(layout.count() - 1, 0), row)
        layout.insertWidget(max(layout.count() - 1, 0), self.strict)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.button.clicked.connect(self._choose_csv)
        self.strict.toggled.connect(self._set_strict)
        # A lock closes the setup dialog at once: the list of names must go with it.
        self.dialog.finished.connect(self._close_review)  # type: ignore[attr-defined]

    def _close_review(self) -> None:
        review, self.review = self.review, None
        if review is not None:
            review.reject()
            review.setParent(None)
            review.deleteLater()

    def _say(self, text: str, error: bool = False) -> None:
        self.terms_tab.message.setStyleSheet(error_css() if error else "")
        self.terms_tab.message.setText(text)

    def _choose_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.terms_tab,
            tr("ParticipantsImport", "Import participants"),
            "",
            tr("ParticipantsImport", "CSV files (*.csv);;All files (*)"),
        )
        if path:
            self._close_review()
            self.open_csv(path)

    def open_csv(self, path: str) -> ParticipantsReview | None:
        """Read the list and show the review dialog (not modal: the lock may close it)."""
        try:
            participants = read_participants_csv(path)
        except InputError as exc:
            self._say(
                tr("ParticipantsImport", "Nothing imported: %1").replace("%1", plain_error(exc)),
                error=True,
            )
            return None
        self.review = ParticipantsReview(participants, propose_terms(participants), self.dialog)
        self.review.accepted.connect(self._save)
        self.review.open()
        return self.review

    def _save(self) -> None:
        review = self.review
        if review is None:
            return
        terms = review.terms()
        try:
            result = self.vault.import_participants(review.participants, terms)
        except RoundtableError as exc:
            self._say(
                tr("ParticipantsImport", "Nothing imported: %1").replace("%1", plain_error(exc)),
                error=True,
            )
            return
        model = self.terms_tab.model
        if model.dirty:
            model.merge(terms)  # keep the unsaved edits; Save writes both
        else:
            model.set_terms(self.vault.terms())
        added, terms_added = result.added, result.terms_added
        self._say(
            tr("ParticipantsImport", "%n participants added, %1 updated;", None, added).replace(
                "%1", str(result.updated)
            )
            + " "
            + tr(
                "ParticipantsImport",
                "%n protected terms added, %1 updated.",
                None,
                terms_added,
            ).replace("%1", str(result.terms_updated))
        )
        self.dialog.changed.emit()  # type: ignore[attr-defined]
        # the guard everywhere (Capture, Review's synthesis editor) reads the new terms
        self.dialog.changes.emit(Changes(terms=True))  # type: ignore[attr-defined]

    def _set_strict(self, on: bool) -> None:
        try:
            self.vault.set_strict_affiliation(on)
        except RoundtableError as exc:
            self._say(
                tr("ParticipantsImport", "Not saved: %1").replace("%1", plain_error(exc)),
                error=True,
            )
            return
        self._say(
            tr("ParticipantsImport", "Sector-level affiliation is now flagged.")
            if on
            else tr("ParticipantsImport", "Sector-level affiliation is no longer flagged.")
        )
        self.dialog.changed.emit()  # type: ignore[attr-defined]
        # the guard everywhere (Capture, Review's synthesis editor) reads the new terms
        self.dialog.changes.emit(Changes(terms=True))  # type: ignore[attr-defined]
