"""Shared by the export tests: the demo event with its deliberate slips resolved."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from roundtable_app.export.preflight import check_remarks
from roundtable_app.vault import Vault

REWORDED = (
    "Participants noted that few people who express an intention to seek asylum lodge a full "
    "application."
)


@dataclass(frozen=True)
class ResolvedDemo:
    """The demo vault (closed) after resolving three of its four slips, and what was done."""

    path: Path
    reworded_original: str
    excluded_text: str
    dismissed_id: str
    accepted_id: str


def resolve_slips(vault: Vault) -> tuple[str, str, str, str]:
    """Reword the first flagged remark, exclude the second, dismiss the third's findings;
    the fourth stays for --accept-findings. Returns (original, excluded text, ids...)."""
    flagged = [r for r in check_remarks(vault) if r.findings]
    assert len(flagged) == 4, [r.label for r in flagged]
    first, second, third, fourth = flagged
    original = vault.remark(first.target_id).current_text
    vault.reword_remark(first.target_id, REWORDED)
    excluded = vault.remark(second.target_id).current_text
    vault.update_remark(second.target_id, status="excluded")
    for f in third.findings:
        vault.dismiss_finding(third.target, f.text, f.category, "a public, generic address")
    return original, excluded, third.target_id, fourth.target_id
