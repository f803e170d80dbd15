"""The encrypted event vault: the only code that touches the database."""

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
    "Vault",
    "VerifyReport",
    "backup",
    "change_passphrase",
    "verify",
]
