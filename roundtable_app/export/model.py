"""The summary model: the single gate for what leaves a vault.

:func:`build_summary` reads a vault once and returns plain frozen dataclasses that hold only
what an unattributed summary may carry. Renderers consume this model and never the vault, so
a renderer cannot leak what the gate dropped: the dataclasses have no field for a capture
time, a capture order, a device id, an original wording, a revision, a dismissal reason or a
protected term.

What is exported: every remark that is neither deleted nor excluded. A remark still marked
``captured`` (not yet reviewed) counts as included until the facilitator excludes it, so a
summary exported before review is complete loses nothing the note-takers wrote.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from roundtable_app.vault.types import KIND_LABELS, RemarkInfo

if TYPE_CHECKING:
    from roundtable_app.vault import Vault

# The order kinds are presented in, within a theme: problems first, then what works, what was
# learnt and what to do, with observations and open questions last.
KIND_ORDER: tuple[str, ...] = (
    "challenge",
    "good_practice",
    "lesson",
    "recommendation",
    "observation",
    "question",
)
KIND_HEADINGS: dict[str, str] = {
    "challenge": "Challenges",
    "good_practice": "Good practices",
    "lesson": "Lessons",
    "recommendation": "Recommendations",
    "observation": "Observations",
    "question": "Questions",
}
NOTHING_ATTRIBUTED = (
    "Nothing in this summary is attributed to any speaker, participant or organisation."
)


def count_phrase(counts: tuple[tuple[str, int], ...]) -> str:
    """ "9 remarks: 3 challenges, 1 good practice, ..." for a theme's counts."""
    total = sum(n for _, n in counts)
    parts = [
        f"{n} {(KIND_HEADINGS[k] if n != 1 else KIND_LABELS[k]).lower()}" for k, n in counts if n
    ]
    head = f"{total} remark{'s' if total != 1 else ''}"
    return f"{head}: {', '.join(parts)}" if parts else head


@dataclass(frozen=True)
class SummaryRemark:
    """One remark as exported: its current wording, and its agenda item only when asked."""

    text: str
    kind: str
    key_point: bool = False
    session: str | None = None


@dataclass(frozen=True)
class KindGroup:
    """The remarks of one kind within a theme, in presentation order."""

    kind: str
    heading: str
    remarks: tuple[SummaryRemark, ...]


@dataclass(frozen=True)
class ThemeSection:
    """A theme's chapter.

    ``key_points`` are listed first and are not repeated in ``groups``; ``counts`` (per kind,
    in :data:`KIND_ORDER`) cover every exported remark of the theme, key points included.
    ``colour`` is a presentation hint only.
    """

    name: str
    description: str
    colour: str
    synthesis: str
    key_points: tuple[SummaryRemark, ...]
    groups: tuple[KindGroup, ...]
    counts: tuple[tuple[str, int], ...]

    @property
    def total(self) -> int:
        """How many remarks of this theme are exported."""
        return sum(n for _, n in self.counts)


@dataclass(frozen=True)
class RecommendationGroup:
    """Every recommendation of one theme, for the recommendations chapter."""

    theme: str
    colour: str
    remarks: tuple[SummaryRemark, ...]


@dataclass(frozen=True)
class Summary:
    """Everything an unattributed summary shows, and nothing else."""

    title: str
    subtitle: str
    venue: str
    dates: str
    conveners: tuple[str, ...]
    rule_statement: str
    executive_summary: str
    themes: tuple[ThemeSection, ...]
    recommendations: tuple[RecommendationGroup, ...]
    notice: str = NOTHING_ATTRIBUTED

    @property
    def total(self) -> int:
        """How many remarks the summary carries."""
        return sum(t.total for t in self.themes)

    def kind_totals(self) -> tuple[tuple[str, int], ...]:
        """Remarks per kind across all themes, in :data:`KIND_ORDER`."""
        return tuple(
            (kind, sum(dict(t.counts).get(kind, 0) for t in self.themes)) for kind in KIND_ORDER
        )


def is_exported(remark: RemarkInfo) -> bool:
    """Whether a remark leaves the vault: not deleted, not excluded (captured counts) and not
    merged into another remark (the merged one carries its content)."""
    return not remark.deleted and remark.status != "excluded" and remark.merged_into is None


def _stable_key(remark: RemarkInfo) -> tuple[int, int, str]:
    # The facilitator's order first; the rest by a hash of the id, which is stable for a
    # vault but owes nothing to when (or in which order) remarks were captured.
    if remark.position is not None:
        return (0, remark.position, remark.id)
    return (1, 0, hashlib.sha256(remark.id.encode("ascii", "replace")).hexdigest())


def build_summary(vault: Vault, *, include_sessions: bool = False) -> Summary:
    """Read ``vault`` and return the :class:`Summary` an export may show.

    Exported remarks are those neither deleted nor excluded (``captured`` ones count as
    included), each in its reworded form where there is one. Sessions are named only when
    ``include_sessions`` (their title; never a day or a time).
    """
    event = vault.event()
    sessions = {s.id: s.title for s in vault.sessions()} if include_sessions else {}
    by_theme: dict[int, list[RemarkInfo]] = {}
    for remark in vault.remarks():
        if is_exported(remark):
            by_theme.setdefault(remark.theme_id, []).append(remark)

    def to_summary(r: RemarkInfo) -> SummaryRemark:
        session = sessions.get(r.session_id) if r.session_id is not None else None
        return SummaryRemark(r.current_text, r.kind, r.key_point, session)

    sections: list[ThemeSection] = []
    recommendations: list[RecommendationGroup] = []
    for theme in vault.themes():
        ordered = sorted(by_theme.get(theme.id, []), key=_stable_key)
        counts = tuple((k, sum(1 for r in ordered if r.kind == k)) for k in KIND_ORDER)
        key_points = tuple(to_summary(r) for r in ordered if r.key_point)
        groups = tuple(
            KindGroup(kind, KIND_HEADINGS.get(kind, KIND_LABELS.get(kind, kind)), items)
            for kind in KIND_ORDER
            if (
                items := tuple(to_summary(r) for r in ordered if r.kind == kind and not r.key_point)
            )
        )
        sections.append(
            ThemeSection(
                name=theme.name,
                description=theme.description,
                colour=theme.colour,
                synthesis=vault.theme_summary(theme.id),
                key_points=key_points,
                groups=groups,
                counts=counts,
            )
        )
        recs = tuple(to_summary(r) for r in ordered if r.kind == "recommendation")
        if recs:
            recommendations.append(RecommendationGroup(theme.name, theme.colour, recs))
    return Summary(
        title=event.title,
        subtitle=event.subtitle,
        venue=event.venue,
        dates=event.dates,
        conveners=event.conveners,
        rule_statement=event.rule_statement,
        executive_summary=vault.event_summary(),
        themes=tuple(sections),
        recommendations=tuple(recommendations),
    )
