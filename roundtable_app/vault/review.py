"""The facilitator's texts (theme syntheses, executive summary) and dismissed guard findings."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from roundtable_app.errors import InputError
from roundtable_app.vault.base import VaultBase, clean_text, now, remark_info
from roundtable_app.vault.models import (
    EventSummary,
    FindingDecision,
    Remark,
    ThemeSummary,
)
from roundtable_app.vault.types import (
    DecisionInfo,
    RemarkInfo,
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

    # ----------------------------------------------------------------- merge and order
    def combine_remarks(self, remark_ids: Sequence[str], wording: str) -> RemarkInfo:
        """Merge two or more remarks into a new one worded ``wording``, in one transaction.

        The new remark's captured text joins the originals' current wordings (so nothing is
        lost even if the facilitator's wording is later cleared); it takes the first one's
        theme, kind and session, and is a key point if any was. The originals are kept,
        linked to it by ``merged_into``, and leave the summary (the merged one speaks for
        them) until :meth:`split_remark`.
        """
        ids = list(dict.fromkeys(remark_ids))
        if len(ids) < 2:
            raise InputError("choose two or more remarks to merge")
        value = clean_text(wording)
        stamp = now()
        with self._session() as s:
            rows = [self._get_remark_row(s, i) for i in ids]
            # Versioned like any edit, so that a bundle carries the merge and the merge rule
            # orders it against edits made elsewhere (an unversioned remark is unbundlable).
            version, vector = self._new_version()
            for r in rows:
                if r.deleted_at is not None or r.merged_into is not None:
                    raise InputError("a deleted or already merged remark cannot be merged")
            joined = "\n\n".join(r.reworded if r.reworded is not None else r.text for r in rows)
            first = rows[0]
            merged = Remark(
                id=str(uuid.uuid4()),
                text=clean_text(joined[:20_000]),
                reworded=value if value != joined else None,
                theme_id=first.theme_id,
                session_id=first.session_id,
                kind=first.kind,
                status="captured",
                key_point=any(r.key_point for r in rows),
                position=first.position,
                created_at=min(r.created_at for r in rows),
                updated_at=stamp,
                device_id=self._device,
                deleted_at=None,
                version=version,
                vector=vector,
            )
            s.add(merged)
            s.flush()
            for r in rows:
                r.merged_into = merged.id
                r.updated_at = stamp
                r.version, r.vector = self._new_version(r.vector)
            return remark_info(merged)

    def split_remark(self, merged_id: str) -> list[RemarkInfo]:
        """Undo a merge: the merged remark is deleted (restorable) and its originals come
        back on their own, as they were. Returns the originals."""
        stamp = now()
        with self._session() as s:
            merged = self._get_remark_row(s, merged_id)
            parts = list(
                s.scalars(
                    select(Remark)
                    .where(Remark.merged_into == merged_id)
                    .order_by(Remark.created_at, Remark.id)
                )
            )
            if not parts:
                raise InputError("this remark is not a merge of others")
            merged.deleted_at = stamp
            merged.version, merged.vector = self._new_version(merged.vector)
            for r in parts:
                r.merged_into = None
                r.updated_at = stamp
                r.version, r.vector = self._new_version(r.vector)
            return [remark_info(r) for r in parts]

    def rejoin_remark(self, merged_id: str, remark_ids: Sequence[str]) -> RemarkInfo:
        """Redo a merge that :meth:`split_remark` took apart (the same merged remark)."""
        stamp = now()
        with self._session() as s:
            merged = self._get_remark_row(s, merged_id)
            merged.deleted_at = None
            merged.version, merged.vector = self._new_version(merged.vector)
            for i in remark_ids:
                r = self._get_remark_row(s, i)
                r.merged_into = merged_id
                r.updated_at = stamp
                r.version, r.vector = self._new_version(r.vector)
            return remark_info(merged)

    def merged_parts(self, merged_id: str) -> list[RemarkInfo]:
        """The remarks merged into ``merged_id``, oldest first (empty if it is no merge)."""
        table = Remark.__table__
        query = (
            select(table)
            .where(table.c.merged_into == merged_id)
            .order_by(table.c.created_at, table.c.id)
        )
        with self._session() as s:
            return [remark_info(r) for r in s.execute(query)]

    def merged_ids(self) -> set[str]:
        """Ids of the remarks that are merges of others (their originals point to them)."""
        table = Remark.__table__
        query = select(table.c.merged_into).where(table.c.merged_into.is_not(None)).distinct()
        with self._session() as s:
            return {row[0] for row in s.execute(query)}

    def set_positions(self, positions: Mapping[str, int | None]) -> None:
        """Set the facilitator's order (``position``) of many remarks in one transaction;
        the export lists a theme's remarks by it. ``None`` forgets a remark's place."""
        with self._session() as s:
            for remark_id, position in positions.items():
                row = self._get_remark_row(s, remark_id)
                row.position = position

    @staticmethod
    def _get_remark_row(s: Session, remark_id: str) -> Remark:
        row = s.get(Remark, remark_id)
        if row is None:
            raise InputError("no such remark")
        return row

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
