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
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from roundtable_app.errors import InputError
from roundtable_app.export.wording import KIND_ORDER, Wording, wording
from roundtable_app.language import DEFAULT_LANGUAGE, check_language
from roundtable_app.language.dates import first_date, localise_dates
from roundtable_app.language.translit import to_script
from roundtable_app.vault.types import RemarkInfo

if TYPE_CHECKING:
    from roundtable_app.vault import Vault

__all__ = [
    "KIND_ORDER",
    "Chapter",
    "KindGroup",
    "RecommendationGroup",
    "Summary",
    "SummaryRemark",
    "ThemeSection",
    "Transliteration",
    "build_summary",
    "is_exported",
]


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
class Chapter:
    """One chapter of the summary: a stable key (for anchors and bookmarks), its title in
    the summary's language and, for a theme's chapter, the theme."""

    key: str
    title: str
    theme: ThemeSection | None = None


@dataclass
class Transliteration:
    """What the export's transliteration option changed, for the preview: how many texts,
    and the words left in their script (foreign words, acronyms, addresses, key combinations)."""

    language: str
    changed: int = 0
    kept: list[str] = field(default_factory=list)

    def convert(self, text: str) -> str:
        """``text`` in the summary's script; counts it when it changed."""
        result = to_script(text, self.language)
        if result.text != text:
            self.changed += 1
        self.kept.extend(w for w in result.kept if w not in self.kept)
        return result.text


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
    language: str = DEFAULT_LANGUAGE
    event_date: date | None = None

    @property
    def wording(self) -> Wording:
        """The fixed text of this summary, in its language."""
        return wording(self.language)

    @property
    def notice(self) -> str:
        """The sentence under the Rule statement: nothing here is attributed."""
        return self.wording.nothing_attributed

    def chapters(self) -> tuple[Chapter, ...]:
        """The document's chapters in order, as every renderer and the contents list them:
        the executive summary (when there is one), the overview, one per theme, then the
        recommendations."""
        w = self.wording
        out: list[Chapter] = []
        if self.executive_summary:
            out.append(Chapter("executive", w.executive_summary))
        out.append(Chapter("overview", w.overview))
        for i, theme in enumerate(self.themes, start=1):
            out.append(Chapter(f"theme-{i}", w.theme_chapter(i, theme.name), theme))
        out.append(Chapter("recommendations", w.recommendations))
        return tuple(out)

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


def build_summary(
    vault: Vault,
    *,
    include_sessions: bool = False,
    language: str | None = None,
    transliterate: Transliteration | None = None,
) -> Summary:
    """Read ``vault`` and return the :class:`Summary` an export may show.

    Exported remarks are those neither deleted nor excluded (``captured`` ones count as
    included), each in its reworded form where there is one. Sessions are named only when
    ``include_sessions`` (their title; never a day or a time). ``language`` overrides the
    event's summary language. With ``transliterate`` (Serbian only), the facilitator's texts
    (remarks, syntheses, executive summary, theme names and descriptions, title, subtitle,
    venue) are written in the language's script; conveners keep the spelling they were given.
    """
    event = vault.event()
    language = check_language(language or event.language)
    if transliterate is not None and not language.startswith("sr"):
        raise InputError("transliteration is for a Serbian summary (sr-Latn or sr-Cyrl)")
    if transliterate is not None:
        transliterate.language = language
    script: Callable[[str], str] = transliterate.convert if transliterate else (lambda t: t)
    words = wording(language)
    sessions = {s.id: s.title for s in vault.sessions()} if include_sessions else {}
    by_theme: dict[int, list[RemarkInfo]] = {}
    for remark in vault.remarks():
        if is_exported(remark):
            by_theme.setdefault(remark.theme_id, []).append(remark)

    def to_summary(r: RemarkInfo) -> SummaryRemark:
        session = sessions.get(r.session_id) if r.session_id is not None else None
        return SummaryRemark(
            script(r.current_text), r.kind, r.key_point, script(session) if session else None
        )

    sections: list[ThemeSection] = []
    recommendations: list[RecommendationGroup] = []
    for theme in vault.themes():
        ordered = sorted(by_theme.get(theme.id, []), key=_stable_key)
        counts = tuple((k, sum(1 for r in ordered if r.kind == k)) for k in KIND_ORDER)
        key_points = tuple(to_summary(r) for r in ordered if r.key_point)
        groups = tuple(
            KindGroup(kind, words.kind_heading(kind), items)
            for kind in KIND_ORDER
            if (
                items := tuple(to_summary(r) for r in ordered if r.kind == kind and not r.key_point)
            )
        )
        sections.append(
            ThemeSection(
                name=script(theme.name),
                description=script(theme.description),
                colour=theme.colour,
                synthesis=script(vault.theme_summary(theme.id)),
                key_points=key_points,
                groups=groups,
                counts=counts,
            )
        )
        recs = tuple(to_summary(r) for r in ordered if r.kind == "recommendation")
        if recs:
            recommendations.append(RecommendationGroup(sections[-1].name, theme.colour, recs))
    return Summary(
        title=script(event.title),
        subtitle=script(event.subtitle),
        venue=script(event.venue),
        dates=localise_dates(event.dates, language),
        conveners=event.conveners,
        rule_statement=words.statement(event.rule_statement),
        executive_summary=script(vault.event_summary()),
        themes=tuple(sections),
        recommendations=tuple(recommendations),
        language=language,
        event_date=first_date(event.dates),
    )
