"""The export pre-flight: the attribution guard over everything a summary would carry.

A finding the facilitator dismissed no longer counts, by the one rule of
:mod:`roundtable_app.export.findings` that the app's marks use too. Targets are the
decision keys dismissals are recorded under: ``remark:<uuid>``, ``theme:<theme id>``,
``theme-heading:<theme id>`` and ``event``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from roundtable_app.export.findings import (
    EVENT_TARGET,
    Dismissals,
    OpenFindings,
    remark_target,
    theme_heading_target,
    theme_target,
)
from roundtable_app.export.model import is_exported

if TYPE_CHECKING:
    from roundtable_app.guard import Finding
    from roundtable_app.vault import Vault

__all__ = [
    "EVENT_TARGET",
    "TextFindings",
    "check_remarks",
    "preflight",
    "remark_target",
    "theme_heading_target",
    "theme_target",
]


@dataclass(frozen=True)
class TextFindings:
    """The guard's unresolved findings in one exported text (possibly none)."""

    target: str
    target_id: str
    label: str
    findings: tuple[Finding, ...]


def open_findings(vault: Vault) -> OpenFindings:
    """The vault's guard and dismissals, read once (``check`` runs over thousands of texts)."""
    from roundtable_app.guard import Guard

    return OpenFindings(
        Guard(vault.terms(), affiliation=vault.strict_affiliation()),
        Dismissals(vault.dismissals()),
    )


def _remark_findings(vault: Vault, found: OpenFindings) -> list[TextFindings]:
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
                findings=found.of(target, remark.current_text),
            )
        )
    return results


def check_remarks(vault: Vault) -> list[TextFindings]:
    """Every remark still to be exported (not deleted, not excluded), in capture order.

    Each is present even without findings; its current wording (the rewording where there is
    one) is scanned, and dismissed findings are left out.
    """
    return _remark_findings(vault, open_findings(vault))


def preflight(vault: Vault) -> list[TextFindings]:
    """Everything the export gate keeps: the remarks (as :func:`check_remarks`), then per
    theme (in theme order) its name and description (listed only when they have findings)
    and its synthesis, then the executive summary.

    Key points are remarks, so they are covered by the first part. Empty syntheses and an
    empty executive summary are not listed.
    """
    found = open_findings(vault)
    results = _remark_findings(vault, found)
    for theme in vault.themes():
        # the theme's name and description are printed under its heading too
        heading = f"{theme.name}\n{theme.description}".strip()
        target = theme_heading_target(theme.id)
        findings = found.of(target, heading)
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
                    findings=found.of(target, text),
                )
            )
    text = vault.event_summary()
    if text:
        results.append(
            TextFindings(
                target=EVENT_TARGET,
                target_id="executive-summary",
                label="executive summary",
                findings=found.of(EVENT_TARGET, text),
            )
        )
    return results
