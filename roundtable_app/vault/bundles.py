"""Encrypted bundles: captured remarks moved between note-takers' laptops in one file.

File layout (all integers unsigned bytes)::

    b"RTBUNDLE" | version (1) | log2(n) | r | p | salt (16) | nonce (12)
    | key check (32) | SHA-256 of everything before it (32) | AES-256-GCM ciphertext and tag

The first 104 bytes are the header; they are also GCM's associated data, so a change anywhere in
them is detected. The key comes from the bundle passphrase (NFC-normalised, so the same letters
typed on two systems give the same key) through Scrypt (n = 2**16, r = 8, p = 1) to 64 bytes:
32 for AES-256-GCM and 32 for the key check, an HMAC-SHA256 of a constant label. The key check
tells a wrong passphrase (exit 3) from a damaged ciphertext (exit 4); the header digest tells a
damaged header (exit 4) from a wrong passphrase, since a changed salt would otherwise only look
like the wrong key.

Measured on the 2-core development machine: Scrypt n=2**15 0.14 s, **n=2**16 0.24 s** (chosen,
64 MiB of memory), n=2**17 0.52 s. Exporting or importing a bundle derives the key once.

The payload is zlib-compressed UTF-8 JSON built in memory (never on disk)::

    {"format": 1, "themes": [names in order], "sessions": [titles in order],
     "remarks": [{"id", "text", "reworded", "theme", "kind", "status", "session", "key_point",
                  "created_at", "updated_at", "device_id", "deleted"}]}

It carries what a merge needs and nothing else: no protected terms, summaries, drafts,
dismissed findings or event fields. Deleted remarks travel as deletions (``"deleted": true``)
so that a merge never brings back what another laptop deleted. The merge rules are those of
:meth:`roundtable_app.vault.service.Vault.merge_remarks`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import struct
import unicodedata
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TypeGuard

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from roundtable_app import files
from roundtable_app.errors import (
    DamagedError,
    InputError,
    NewerVersionError,
    UnlockError,
)
from roundtable_app.vault import engine as eng
from roundtable_app.vault.service import Vault
from roundtable_app.vault.types import REMARK_KINDS, REMARK_STATUSES

MAGIC = b"RTBUNDLE"
FORMAT_VERSION = 1
SCRYPT_LOG2_N = 16
SCRYPT_R = 8
SCRYPT_P = 1
_FIELDS = struct.Struct(">8sBBBB16s12s32s")  # magic, version, log2 n, r, p, salt, nonce, check
HEADER_SIZE = _FIELDS.size + 32
_TAG_SIZE = 16
_CHECK_LABEL = b"roundtable bundle key check v1"
MAX_BUNDLE_BYTES = 512 * 1024 * 1024
MAX_PAYLOAD_BYTES = 1024 * 1024 * 1024
_REMARK_KEYS = frozenset(
    (
        "id",
        "text",
        "reworded",
        "theme",
        "kind",
        "status",
        "session",
        "key_point",
        "created_at",
        "updated_at",
        "device_id",
        "deleted",
    )
)


@dataclass(frozen=True)
class BundleRemark:
    """One remark as carried by a bundle: its theme and session by name, not by id."""

    id: str
    text: str
    reworded: str | None
    theme: str
    kind: str
    status: str
    session: str | None
    key_point: bool
    created_at: datetime
    updated_at: datetime
    device_id: str
    deleted: bool


@dataclass(frozen=True)
class BundleContents:
    """What a bundle holds once decrypted and checked."""

    themes: tuple[str, ...]
    sessions: tuple[str, ...]
    remarks: tuple[BundleRemark, ...]


@dataclass(frozen=True)
class MergeCounts:
    """What an import did: remarks added, updated (newer edit or a deletion), already present."""

    added: int
    updated: int
    present: int


# ---------------------------------------------------------------- encryption
def _derive(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> tuple[bytes, bytes]:
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    key = Scrypt(salt=salt, length=64, n=2**log2_n, r=r, p=p).derive(secret)
    check = hmac.new(key[32:], _CHECK_LABEL, hashlib.sha256).digest()
    return key[:32], check


def seal(payload: bytes, passphrase: str) -> bytes:
    """Encrypt ``payload`` into the bytes of a bundle file (a fresh salt and nonce each time)."""
    eng.check_new_passphrase(passphrase)
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    key, check = _derive(passphrase, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)
    fields = _FIELDS.pack(
        MAGIC, FORMAT_VERSION, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, salt, nonce, check
    )
    header = fields + hashlib.sha256(fields).digest()
    return header + AESGCM(key).encrypt(nonce, payload, header)


def unseal(data: bytes, passphrase: str, source: str | Path = "the bundle") -> bytes:
    """Decrypt the bytes of a bundle file and return its payload.

    Raises UnlockError (not a bundle, wrong passphrase), NewerVersionError (a newer format)
    or DamagedError (truncated, or any byte changed).
    """
    if not data.startswith(MAGIC):
        raise UnlockError(f"{source}: not a Roundtable bundle")
    version = data[len(MAGIC)] if len(data) > len(MAGIC) else None
    if version is None or len(data) < HEADER_SIZE + _TAG_SIZE:
        raise DamagedError(f"{source}: the bundle is damaged (it is cut short)")
    # The version comes first: a newer format may lay out the rest of its header differently.
    if version > FORMAT_VERSION:
        raise NewerVersionError(
            f"{source}: this bundle was made by a newer version of Roundtable "
            f"(bundle format {version}); update Roundtable to import it"
        )
    if version != FORMAT_VERSION:
        raise DamagedError(f"{source}: the bundle is damaged (unknown format {version})")
    fields, digest = data[: _FIELDS.size], data[_FIELDS.size : HEADER_SIZE]
    if not hmac.compare_digest(hashlib.sha256(fields).digest(), digest):
        raise DamagedError(f"{source}: the bundle is damaged or altered (its header changed)")
    _, _, log2_n, r, p, salt, nonce, check = _FIELDS.unpack(fields)
    # Parameters outside what any Roundtable writes would only cost memory and time.
    if not (14 <= log2_n <= 20 and 1 <= r <= 16 and 1 <= p <= 4):
        raise DamagedError(f"{source}: the bundle is damaged (impossible key parameters)")
    key, expected = _derive(passphrase, salt, log2_n, r, p)
    if not hmac.compare_digest(check, expected):
        raise UnlockError(f"{source}: wrong bundle passphrase")
    try:
        return AESGCM(key).decrypt(nonce, data[HEADER_SIZE:], data[:HEADER_SIZE])
    except InvalidTag:
        raise DamagedError(
            f"{source}: the bundle is damaged or altered (its contents fail authentication)"
        ) from None


# ---------------------------------------------------------------- payload
def _stamp(value: datetime) -> str:
    return value.isoformat(timespec="microseconds")


def build_payload(vault: Vault) -> tuple[bytes, int]:
    """The compressed JSON payload of every remark in ``vault`` (deleted ones as deletions),
    and how many remarks it holds. Built in memory only."""
    themes = {t.id: t.name for t in vault.themes()}
    sessions = {a.id: a.title for a in vault.sessions()}
    remarks = [
        {
            "id": r.id,
            "text": r.text,
            "reworded": r.reworded,
            "theme": themes[r.theme_id],
            "kind": r.kind,
            "status": r.status,
            "session": sessions[r.session_id] if r.session_id is not None else None,
            "key_point": r.key_point,
            "created_at": _stamp(r.created_at),
            "updated_at": _stamp(r.updated_at),
            "device_id": r.device_id,
            "deleted": r.deleted,
        }
        for r in vault.remarks(include_deleted=True)
    ]
    doc = {
        "format": FORMAT_VERSION,
        "themes": list(themes.values()),
        "sessions": list(sessions.values()),
        "remarks": remarks,
    }
    raw = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return zlib.compress(raw, 6), len(remarks)


def _inflate(payload: bytes, source: str | Path) -> bytes:
    inflater = zlib.decompressobj()
    try:
        raw = inflater.decompress(payload, MAX_PAYLOAD_BYTES)
    except zlib.error:
        raise DamagedError(f"{source}: the bundle's contents cannot be read") from None
    if inflater.unconsumed_tail or not inflater.eof:
        raise DamagedError(f"{source}: the bundle's contents are too large or incomplete")
    return raw


def parse_payload(payload: bytes, source: str | Path = "the bundle") -> BundleContents:
    """Decompress and check a decrypted payload. An authenticated payload that does not fit
    the format is reported as damage; the messages name remarks by number, never by text."""
    try:
        doc = json.loads(_inflate(payload, source).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise DamagedError(f"{source}: the bundle's contents cannot be read") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("format"), int):
        raise DamagedError(f"{source}: the bundle's contents are not a Roundtable bundle")
    if doc["format"] > FORMAT_VERSION:
        raise NewerVersionError(
            f"{source}: this bundle was made by a newer version of Roundtable; update Roundtable"
        )
    themes, sessions = doc.get("themes"), doc.get("sessions")
    items = doc.get("remarks")
    if (
        doc["format"] != FORMAT_VERSION
        or not _strings(themes)
        or not _strings(sessions)
        or not isinstance(items, list)
    ):
        raise DamagedError(f"{source}: the bundle's contents are not valid")
    theme_set, session_set = set(themes), set(sessions)
    remarks: list[BundleRemark] = []
    seen: set[str] = set()
    for n, item in enumerate(items, 1):
        try:
            remark = _remark(item, theme_set, session_set)
        except (KeyError, TypeError, ValueError):
            raise DamagedError(f"{source}: the bundle's remark {n} is not valid") from None
        if remark.id in seen:
            raise DamagedError(f"{source}: the bundle holds remark {n} twice")
        seen.add(remark.id)
        remarks.append(remark)
    return BundleContents(tuple(themes), tuple(sessions), tuple(remarks))


def _strings(value: Any) -> TypeGuard[list[str]]:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


def _remark(item: Any, themes: set[str], sessions: set[str]) -> BundleRemark:
    """One remark of the payload; any mismatch raises KeyError, TypeError or ValueError."""
    if not isinstance(item, dict) or set(item) != _REMARK_KEYS:
        raise ValueError("fields")
    for key in ("id", "text", "theme", "kind", "status", "device_id"):
        if not isinstance(item[key], str):
            raise TypeError(key)
    for key in ("reworded", "session"):
        if item[key] is not None and not isinstance(item[key], str):
            raise TypeError(key)
    if not isinstance(item["key_point"], bool) or not isinstance(item["deleted"], bool):
        raise TypeError("flags")
    if not 0 < len(item["id"]) <= 36 or len(item["device_id"]) > 32:
        raise ValueError("id")
    if item["theme"] not in themes or (
        item["session"] is not None and item["session"] not in sessions
    ):
        raise ValueError("reference")
    if item["kind"] not in REMARK_KINDS or item["status"] not in REMARK_STATUSES:
        raise ValueError("kind")
    # a deleted remark's text is purged (see VaultBase.purge_deleted): a tombstone has none
    if (not item["text"].strip() and not item["deleted"]) or "\x00" in item["text"]:
        raise ValueError("text")
    return BundleRemark(
        id=item["id"],
        text=item["text"],
        reworded=item["reworded"],
        theme=item["theme"],
        kind=item["kind"],
        status=item["status"],
        session=item["session"],
        key_point=item["key_point"],
        created_at=datetime.fromisoformat(item["created_at"]),
        updated_at=datetime.fromisoformat(item["updated_at"]),
        device_id=item["device_id"],
        deleted=item["deleted"],
    )


# ---------------------------------------------------------------- files
def read_bundle_file(path: str | Path) -> bytes:
    """The bytes of a bundle file, with clear errors for a missing or unreadable one."""
    p = Path(path)
    try:
        if p.stat().st_size > MAX_BUNDLE_BYTES:
            raise InputError("is too large to be a Roundtable bundle", p)
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such bundle", p) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a bundle", p) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})", p) from None


# ---------------------------------------------------------------- the two operations
def export_bundle(vault: Vault, out: str | Path, passphrase: str) -> int:
    """Write every remark of ``vault`` into a new encrypted bundle at ``out``; returns how many
    remarks it holds. Refuses a short passphrase or an existing file before any work."""
    target = Path(out)
    eng.check_new_passphrase(passphrase)
    if target.exists() or target.is_symlink():
        raise InputError("already exists; a bundle never overwrites a file", target)
    payload, count = build_payload(vault)
    files.write_new(target, seal(payload, passphrase), what="bundle")
    return count


def read_bundle(path: str | Path, passphrase: str) -> BundleContents:
    """Decrypt and check the bundle at ``path`` (nothing is written anywhere)."""
    return parse_payload(unseal(read_bundle_file(path), passphrase, path), path)


def merge_bundle(vault: Vault, contents: BundleContents) -> MergeCounts:
    """Merge a decrypted bundle into ``vault`` in one transaction (see ``Vault.merge_remarks``)."""
    vault.auto_backup("import")  # the state before the merge stays restorable
    added, updated, present = vault.merge_remarks(
        contents.remarks, contents.themes, contents.sessions
    )
    return MergeCounts(added, updated, present)


def import_bundle(vault: Vault, path: str | Path, passphrase: str) -> MergeCounts:
    """Decrypt the bundle at ``path`` and merge it into ``vault``: all or nothing, idempotent."""
    return merge_bundle(vault, read_bundle(path, passphrase))


__all__: Sequence[str] = (
    "BundleContents",
    "BundleRemark",
    "MergeCounts",
    "export_bundle",
    "import_bundle",
    "merge_bundle",
    "read_bundle",
    "seal",
    "unseal",
)
