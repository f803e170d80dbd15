"""The encrypted event vault: the only code that touches the database."""

from typing import Any

from roundtable_app.vault.maintenance import backup, change_passphrase, verify
from roundtable_app.vault.service import MAX_REMARK_CHARS, Vault
from roundtable_app.vault.types import (
    DEFAULT_RULE_STATEMENT,
    KIND_LABELS,
    REMARK_KINDS,
    REMARK_STATUSES,
    DecisionInfo,
    DraftInfo,
    EventInfo,
    NewRemark,
    RemarkInfo,
    RevisionInfo,
    SessionInfo,
    ThemeInfo,
    VerifyReport,
)

__all__ = [
    "DEFAULT_RULE_STATEMENT",
    "KIND_LABELS",
    "MAX_REMARK_CHARS",
    "REMARK_KINDS",
    "REMARK_STATUSES",
    "DecisionInfo",
    "DraftInfo",
    "EventInfo",
    "NewRemark",
    "RemarkInfo",
    "RevisionInfo",
    "SessionInfo",
    "ThemeInfo",
    "MergeCounts",
    "Vault",
    "VerifyReport",
    "backup",
    "change_passphrase",
    "export_bundle",
    "import_bundle",
    "verify",
]

# Bundles load the `cryptography` package, which opening a vault does not need: imported on
# first use only.
_BUNDLE_NAMES = frozenset(("MergeCounts", "export_bundle", "import_bundle"))


def __getattr__(name: str) -> Any:
    if name in _BUNDLE_NAMES:
        from roundtable_app.vault import bundles

        return getattr(bundles, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
