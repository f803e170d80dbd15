"""The facilitator's texts (theme syntheses, executive summary) and dismissed guard findings."""

from __future__ import annotations

from sqlalchemy import delete, select

from roundtable_app.errors import InputError
from roundtable_app.vault.base import VaultBase, clean_text, now
from roundtable_app.vault.models import (
    EventSummary,
    FindingDecision,
    ThemeSummary,
)
from roundtable_app.vault.types import (
    DecisionInfo,
)


class ReviewMixin(VaultBase):
    """The facilitator's part: syntheses, the executive summary, dismissed findings."""

    # ----------------------------------------------------------------- summaries
    def theme_summary(self, theme_id: int) -> str:
        """The facilitator's synthesis of a theme ('' if none)."""
        with self._session() as s:
            row = s.get(ThemeSummary, theme_id)
            return row.text if row else ""

    def set_theme_summary(self, theme_id: int, text: str) -> None:
        """Set a theme's synthesis ('' clears it)."""
        value = text.replace("\r\n", "\n").strip()
        if len(value) > 200_000:
            raise InputError("the synthesis is too long (200,000 characters at most)")
        with self._session() as s:
            self._get_theme(s, theme_id)
            row = s.get(ThemeSummary, theme_id)
            if row is None:
                s.add(ThemeSummary(theme_id=theme_id, text=value, updated_at=now()))
            else:
                row.text, row.updated_at = value, now()

    def event_summary(self) -> str:
        """The executive summary ('' if none)."""
        with self._session() as s:
            row = s.get(EventSummary, 1)
            return row.text if row else ""

    def set_event_summary(self, text: str) -> None:
        """Set the executive summary ('' clears it)."""
        value = text.replace("\r\n", "\n").strip()
        if len(value) > 200_000:
            raise InputError("the executive summary is too long (200,000 characters at most)")
        with self._session() as s:
            row = s.get(EventSummary, 1)
            if row is None:
                s.add(EventSummary(id=1, text=value, updated_at=now()))
            else:
                row.text, row.updated_at = value, now()

    # ----------------------------------------------------------------- guard decisions
    def dismiss_finding(self, target: str, text: str, category: str, reason: str) -> DecisionInfo:
        """Record that a finding (``text`` of ``category`` in ``target``) is harmless."""
        why = clean_text(reason, "the reason", 2000)
        with self._session() as s:
            row = FindingDecision(
                target=target, text=text, category=category, reason=why, created_at=now()
            )
            s.add(row)
            s.flush()
            return DecisionInfo(
                row.id, row.target, row.text, row.category, row.reason, row.created_at
            )

    def undo_dismissal(self, decision_id: int) -> None:
        """Forget a dismissal: the finding counts again."""
        with self._session() as s:
            s.execute(delete(FindingDecision).where(FindingDecision.id == decision_id))

    def dismissals(self, target: str | None = None) -> list[DecisionInfo]:
        """Dismissed findings (of one target, or all)."""
        with self._session() as s:
            query = select(FindingDecision).order_by(FindingDecision.id)
            if target is not None:
                query = query.where(FindingDecision.target == target)
            return [
                DecisionInfo(d.id, d.target, d.text, d.category, d.reason, d.created_at)
                for d in s.scalars(query)
            ]
