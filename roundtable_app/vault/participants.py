"""The participants list and the guard's per-event settings.

The list is stored only so that its protected terms can be generated and shown again; it is
never exported, never carried by a bundle of remarks (only by an event kit, encrypted, so that
a laptop joining from the kit has the same list) and never written to a log or an error message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from roundtable_app.errors import InputError
from roundtable_app.guard.participants import Participant as ParticipantValue
from roundtable_app.guard.terms import Term
from roundtable_app.vault.base import VaultBase
from roundtable_app.vault.models import Event, Participant
from roundtable_app.vault.setup import SetupMixin


@dataclass(frozen=True)
class ParticipantsImport:
    """What an import of a participants list changed."""

    added: int
    updated: int
    terms_added: int
    terms_updated: int


class ParticipantsMixin(VaultBase):
    """The participants list (a source of protected terms) and the strict-affiliation
    setting of the guard."""

    def participants(self) -> list[ParticipantValue]:
        """The participants list, in the order it was imported."""
        with self._session() as s:
            return [
                ParticipantValue(p.name, p.organisation, p.role, p.email, p.phone)
                for p in s.scalars(select(Participant).order_by(Participant.id))
            ]

    def import_participants(
        self, participants: Sequence[ParticipantValue], terms: Sequence[Term]
    ) -> ParticipantsImport:
        """Store the participants (a name already listed is updated) and merge ``terms``
        (those generated from them, as the user reviewed them) into the protected terms.

        All in one transaction: on any error nothing is changed.
        """
        if not participants:
            raise InputError("the participants list is empty")
        added = updated = 0
        with self._session() as s:
            existing = {p.name.casefold(): p for p in s.scalars(select(Participant))}
            for value in participants:
                name = " ".join(value.name.split())
                if not name:
                    raise InputError("a participant's name is empty")
                row = existing.get(name.casefold())
                fields = {
                    "organisation": value.organisation.strip(),
                    "role": value.role.strip(),
                    "email": value.email.strip(),
                    "phone": value.phone.strip(),
                }
                if row is None:
                    row = Participant(name=name, **fields)
                    s.add(row)
                    existing[name.casefold()] = row
                    added += 1
                else:
                    for key, v in fields.items():
                        if v:
                            setattr(row, key, v)
                    updated += 1
            terms_added, terms_updated = SetupMixin.merge_terms_in(s, terms)
        return ParticipantsImport(added, updated, terms_added, terms_updated)

    def strict_affiliation(self) -> bool:
        """Whether the guard flags sector-level affiliation ("a ministry representative")."""
        with self._session() as s:
            return bool(s.get_one(Event, 1).flag_sector_level)

    def set_strict_affiliation(self, on: bool) -> None:
        """Turn the guard's sector-level affiliation check on or off for this event."""
        with self._session() as s:
            s.get_one(Event, 1).flag_sector_level = bool(on)
