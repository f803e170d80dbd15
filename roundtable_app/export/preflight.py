"""The export pre-flight: the attribution guard over everything a summary would carry.

A finding the facilitator dismissed (same category, same text ignoring case, recorded for the
same target) no longer counts. Targets are the decision keys the review UI records
dismissals under: ``remark:<uuid>``, ``theme:<theme id>`` and ``event``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from roundtable_app.export.model import is_exported

if TYPE_CHECKING:
    from roundtable_app.guard import Finding, Guard
    from roundtable_app.vault import Vault
    from roundtable_app.vault.types import DecisionInfo

EVENT_TARGET = "event"


@dataclass(frozen=True)
class TextFindings:
    """The guard's unresolved findings in one exported text (possibly none)."""

    target: str
    target_id: str
    label: str
    findings: tuple[Finding, ...]


def remark_target(remark_id: str) -> str:
    """The decision key of a remark."""
    return f"remark:{remark_id}"


def theme_target(theme_id: int) -> str:
    """The decision key of a theme's synthesis."""
    return f"theme:{theme_id}"


def theme_heading_target(theme_id: int) -> str:
    """The decision key of a theme's name and description."""
    return f"theme-heading:{theme_id}"


def _guard(vault: Vault) -> Guard:
    from roundtable_app.guard import Guard

    return Guard(vault.terms(), affiliation=vault.strict_affiliation())


def _dismissed_index(vault: Vault) -> dict[str, set[tuple[str, str]]]:
    # One query for every dismissal instead of one per text: check runs over thousands.
    index: dict[str, set[tuple[str, str]]] = {}
    decisions: Iterable[DecisionInfo] = vault.dismissals()
    for d in decisions:
        index.setdefault(d.target, set()).add((d.category, d.text.casefold()))
    return index


def _unresolved(
    findings: Iterable[Finding], dismissed: set[tuple[str, str]] | None
) -> tuple[Finding, ...]:
    if not dismissed:
        return tuple(findings)
    return tuple(f for f in findings if (f.category, f.text.casefold()) not in dismissed)


def _remark_findings(
    vault: Vault, guard: Guard, dismissed: dict[str, set[tuple[str, str]]]
) -> list[TextFindings]:
    names = {t.id: t.name for t in vault.themes()}
    results = []
    for remark in vault.remarks():  # capture order: the order note-takers know
        if not is_exported(remark):
            continue
        target = remark_target(remark.id)
        results.append(
            TextFindings(
                target=target,
                target_id=remark.id,
                label=f"remark {remark.id[:8]} ({names.get(remark.theme_id, '?')})",
                findings=_unresolved(guard.scan(remark.current_text), dismissed.get(target)),
            )
        )
    return results


def check_remarks(vault: Vault) -> list[TextFindings]:
    """Every remark still to be exported (not deleted, not excluded), in capture order.

    Each is present even without findings; its current wording (the rewording where there is
    one) is scanned, and dismissed findings are left out.
    """
    return _remark_findings(vault, _guard(vault), _dismissed_index(vault))


def preflight(vault: Vault) -> list[TextFindings]:
    """Everything the export gate keeps: the remarks (as :func:`check_remarks`), then per
    theme (in theme order) its name and description (listed only when they have findings)
    and its synthesis, then the executive summary.

    Key points are remarks, so they are covered by the first part. Empty syntheses and an
    empty executive summary are not listed.
    """
    guard = _guard(vault)
    dismissed = _dismissed_index(vault)
    results = _remark_findings(vault, guard, dismissed)
    for theme in vault.themes():
        # the theme's name and description are printed under its heading too
        heading = f"{theme.name}\n{theme.description}".strip()
        target = theme_heading_target(theme.id)
        findings = _unresolved(guard.scan(heading), dismissed.get(target))
        if findings:
            results.append(
                TextFindings(
                    target=target,
                    target_id=f"theme-heading:{theme.name}",
                    label=f"name or description of theme {theme.name!r}",
                    findings=findings,
                )
            )
        text = vault.theme_summary(theme.id)
        if text:
            target = theme_target(theme.id)
            results.append(
                TextFindings(
                    target=target,
                    target_id=f"theme:{theme.name}",
                    label=f"synthesis of {theme.name!r}",
                    findings=_unresolved(guard.scan(text), dismissed.get(target)),
                )
            )
    text = vault.event_summary()
    if text:
        results.append(
            TextFindings(
                target=EVENT_TARGET,
                target_id="executive-summary",
                label="executive summary",
                findings=_unresolved(guard.scan(text), dismissed.get(EVENT_TARGET)),
            )
        )
    return results
