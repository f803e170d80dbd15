"""The encrypted event vault: the only code that touches the database.

Names are imported on first use (PEP 562): ``roundtable_app.vault.types`` and its constants
cost nothing, while the service brings SQLAlchemy and SQLCipher (a third of a second), which
the welcome window does not need.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from roundtable_app.vault.bundles import MergeCounts, export_bundle, import_bundle
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

_WHERE: dict[str, str] = {
    "backup": "maintenance",
    "change_passphrase": "maintenance",
    "verify": "maintenance",
    # bundles bring the `cryptography` package, which opening a vault does not need
    "MergeCounts": "bundles",
    "export_bundle": "bundles",
    "import_bundle": "bundles",
    "MAX_REMARK_CHARS": "service",
    "Vault": "service",
    **{
        name: "types"
        for name in (
            "DEFAULT_RULE_STATEMENT",
            "KIND_LABELS",
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
            "VerifyReport",
        )
    },
}

__all__ = [
    "DEFAULT_RULE_STATEMENT",
    "KIND_LABELS",
    "MAX_REMARK_CHARS",
    "MergeCounts",
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
    "export_bundle",
    "import_bundle",
    "verify",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
