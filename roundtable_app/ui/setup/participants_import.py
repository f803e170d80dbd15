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
from roundtable_app.language.plurals import counted
from roundtable_app.vault import Vault
from roundtable_app.vault.types import Changes

_KIND_LABELS = {
    "person": "Person",
    "organisation": "Organisation",
    "role": "Role",
    "other": "Contact",
    "place": "Place",
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
        self.setWindowTitle("Import participants")
        self.setAccessibleName("Review the terms generated from the participants list")
        intro = QLabel(
            f"{counted(len(participants), ('participant gives', 'participants give'))} "
            f"{counted(len(proposals), ('protected term', 'protected terms'))}. "
            "Generated aliases are ticked: untick (Space) any you do not want. The list stays "
            "in the vault and is never exported.",
            self,
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName("Generated protected terms and aliases")
        self.tree.setHeaderLabels(["Term or alias", "Kind"])
        self._alias_items: list[tuple[int, QTreeWidgetItem]] = []
        for index, proposal in enumerate(proposals):
            term = proposal.term
            top = QTreeWidgetItem([term.term, _KIND_LABELS.get(term.kind, term.kind)])
            self.tree.addTopLevelItem(top)
            for alias in term.aliases:
                child = QTreeWidgetItem([alias, "generated alias"])
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
            "Save the participants and their protected terms"
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
        self.button = QPushButton("Import &participants…", terms_tab)
        self.button.setAccessibleName("Import a participants list as protected terms")
        self.strict = QCheckBox(
            "Strict event: also flag sector-level affiliation "
            "(\u201ca ministry representative\u201d, \u201csomeone from civil society\u201d)",
            terms_tab,
        )
        self.strict.setAccessibleName("Flag sector-level affiliation")
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
        self.terms_tab.message.setStyleSheet("color: #b3261e;" if error else "")
        self.terms_tab.message.setText(text)

    def _choose_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.terms_tab,
            "Import participants",
            "",
            "CSV files (*.csv);;All files (*)",
        )
        if path:
            self._close_review()
            self.open_csv(path)

    def open_csv(self, path: str) -> ParticipantsReview | None:
        """Read the list and show the review dialog (not modal: the lock may close it)."""
        try:
            participants = read_participants_csv(path)
        except InputError as exc:
            self._say(f"Nothing imported: {exc.message}", error=True)
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
            self._say(f"Nothing imported: {exc.message}", error=True)
            return
        model = self.terms_tab.model
        if model.dirty:
            model.merge(terms)  # keep the unsaved edits; Save writes both
        else:
            model.set_terms(self.vault.terms())
        self._say(
            f"{counted(result.added, ('participant', 'participants'))} added, "
            f"{result.updated} updated; "
            f"{counted(result.terms_added, ('protected term', 'protected terms'))} added, "
            f"{result.terms_updated} updated."
        )
        self.dialog.changed.emit()  # type: ignore[attr-defined]
        # the guard everywhere (Capture, Review's synthesis editor) reads the new terms
        self.dialog.changes.emit(Changes(terms=True))  # type: ignore[attr-defined]

    def _set_strict(self, on: bool) -> None:
        try:
            self.vault.set_strict_affiliation(on)
        except RoundtableError as exc:
            self._say(f"Not saved: {exc.message}", error=True)
            return
        self._say(
            "Sector-level affiliation is now flagged."
            if on
            else "Sector-level affiliation is no longer flagged."
        )
        self.dialog.changed.emit()  # type: ignore[attr-defined]
        # the guard everywhere (Capture, Review's synthesis editor) reads the new terms
        self.dialog.changes.emit(Changes(terms=True))  # type: ignore[attr-defined]
