"""The bundle file format: sealing, unsealing and the payload. It knows nothing of a vault.

A bundle (captured remarks moved between laptops) and an event kit (the event's setup, sent by
the organiser) are the same file format. File layout (all integers unsigned bytes)::

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

The decrypted payload (format 2) is ``b"RTP2"``, the inflated size (8 bytes, big-endian), then
zlib-compressed UTF-8 JSON built in memory (never on disk)::

    {"format": 2, "kind": "bundle" | "kit",
     "themes": [{"id", "name", "description", "colour", "position", "version", "vector"}],
     "sessions": [{"id", "title", "day", "time_label", "position"}],
     "remarks": [{"id", "text", "reworded", "theme" (theme id), "session" (session id or null),
                  "kind", "status", "key_point", "created_at", "updated_at", "device_id",
                  "version", "vector", "merged_into" (remark id or null)}],
     "deleted": [{"id", "version", "vector"}],            # tombstones: never any text
     "deleted_themes": [{"id", "name", "version"}],
     "event": {...} or null, "terms": [{"term", "kind", "aliases"}],   # kits only
     "participants": [{"name", "organisation", "role", "email", "phone"}],  # kits only
     "strict_affiliation": true | false}                                     # kits only

A kit without ``participants`` (written before kits carried the list) reads as an empty list;
one without ``strict_affiliation`` (written before kits carried the event's strict setting:
the guard flags sector-level affiliation) reads as off, the default of every event. Both were
added to format 2 without a new number, as ``merged_into`` was.

The size comes first so that a small payload claiming to inflate beyond
:data:`MAX_INFLATED_BYTES` is refused before anything is inflated, and inflation stops at the
size it claimed.

``merged_into`` (a Review merge: the remark this one was merged into) was added to format 2
without a new number, since older readers ignore a key they do not know; a remark without the
key says nothing about merges, and the receiving vault keeps its own.

Format 1 payloads (bare zlib; themes and sessions by name; deleted remarks
with their text) are still read: their deleted remarks become tombstones, their text dropped.
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
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from roundtable_app.errors import DamagedError, InputError, NewerVersionError, UnlockError
from roundtable_app.vault import clock
from roundtable_app.vault.engine import check_new_passphrase
from roundtable_app.vault.types import (
    REMARK_KINDS,
    REMARK_STATUSES,
    BundleContents,
    IncomingRemark,
    IncomingSession,
    IncomingTheme,
    KitEvent,
    Tombstone,
)

MAGIC = b"RTBUNDLE"
FORMAT_VERSION = 1  # of the sealed file
PAYLOAD_FORMAT = 2  # of the JSON inside it
SCRYPT_LOG2_N = 16
SCRYPT_R = 8
SCRYPT_P = 1
_FIELDS = struct.Struct(">8sBBBB16s12s32s")  # magic, version, log2 n, r, p, salt, nonce, check
HEADER_SIZE = _FIELDS.size + 32
_TAG_SIZE = 16
_CHECK_LABEL = b"roundtable bundle key check v1"
_PAYLOAD_MAGIC = b"RTP2"
_SIZE = struct.Struct(">Q")
MAX_BUNDLE_BYTES = 512 * 1024 * 1024
# About 250,000 remarks of ordinary length; a payload claiming more is refused unread.
MAX_INFLATED_BYTES = 128 * 1024 * 1024
MAX_REMARK_CHARS = 20_000  # the vault's own limit (vault.base), repeated: no vault import here
_EARLIEST = datetime(2000, 1, 1)


class ContentsError(ValueError):
    """One value of an authenticated payload that does not fit the format."""


# ---------------------------------------------------------------- encryption
def _derive(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> tuple[bytes, bytes]:
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    key = Scrypt(salt=salt, length=64, n=2**log2_n, r=r, p=p).derive(secret)
    check = hmac.new(key[32:], _CHECK_LABEL, hashlib.sha256).digest()
    return key[:32], check


def seal(payload: bytes, passphrase: str) -> bytes:
    """Encrypt ``payload`` into the bytes of a bundle file (a fresh salt and nonce each time)."""
    check_new_passphrase(passphrase)
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


# ---------------------------------------------------------------- payload: writing
def _when(value: datetime) -> str:
    return value.isoformat(timespec="microseconds")


def _vector(pairs: Sequence[tuple[str, int]]) -> dict[str, int]:
    return dict(pairs)


def encode_payload(contents: BundleContents) -> bytes:
    """The payload of a bundle or kit: size, then compressed JSON. Built in memory only."""
    doc = {
        "format": PAYLOAD_FORMAT,
        "kind": "kit" if contents.setup else "bundle",
        "themes": [
            {
                "id": t.uid,
                "name": t.name,
                "description": t.description,
                "colour": t.colour,
                "position": t.position,
                "version": t.version,
                "vector": _vector(t.vector),
            }
            for t in contents.themes
        ],
        "sessions": [
            {
                "id": a.uid,
                "title": a.title,
                "day": a.day,
                "time_label": a.time_label,
                "position": a.position,
            }
            for a in contents.sessions
        ],
        "remarks": [
            {
                "id": r.id,
                "text": r.text,
                "reworded": r.reworded,
                "theme": r.theme_uid,
                "session": r.session_uid,
                "kind": r.kind,
                "status": r.status,
                "key_point": r.key_point,
                "created_at": _when(r.created_at),
                "updated_at": _when(r.updated_at),
                "device_id": r.device_id,
                "version": r.version,
                "vector": _vector(r.vector),
                "merged_into": r.merged_into,
            }
            for r in contents.remarks
        ],
        "deleted": [
            {"id": d.id, "version": d.version, "vector": _vector(d.vector)}
            for d in contents.deleted
        ],
        "deleted_themes": [
            {"id": d.id, "name": d.name, "version": d.version} for d in contents.deleted_themes
        ],
        "event": None
        if contents.event is None
        else {
            "title": contents.event.title,
            "subtitle": contents.event.subtitle,
            "venue": contents.event.venue,
            "dates": contents.event.dates,
            "conveners": list(contents.event.conveners),
            "rule_statement": contents.event.rule_statement,
        },
        "terms": [
            {"term": term, "kind": kind, "aliases": list(aliases)}
            for term, kind, aliases in contents.terms
        ],
    }
    if contents.setup:
        doc["participants"] = [
            dict(zip(_PARTICIPANT_FIELDS, p, strict=True)) for p in contents.participants
        ]
        doc["strict_affiliation"] = bool(contents.strict_affiliation)
    raw = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return _PAYLOAD_MAGIC + _SIZE.pack(len(raw)) + zlib.compress(raw, 6)


# ---------------------------------------------------------------- payload: reading
def _inflate(payload: bytes, source: str | Path) -> bytes:
    if payload.startswith(_PAYLOAD_MAGIC):
        if len(payload) < len(_PAYLOAD_MAGIC) + _SIZE.size:
            raise DamagedError(f"{source}: the bundle's contents are cut short")
        (size,) = _SIZE.unpack_from(payload, len(_PAYLOAD_MAGIC))
        data = payload[len(_PAYLOAD_MAGIC) + _SIZE.size :]
    else:  # format 1: bare zlib, size unknown until inflated
        size, data = MAX_INFLATED_BYTES, payload
    if size > MAX_INFLATED_BYTES:
        raise InputError(
            f"{source}: the bundle's contents would take {size / 2**20:,.0f} MiB once "
            f"unpacked; the limit is {MAX_INFLATED_BYTES // 2**20} MiB (nothing was imported)"
        )
    inflater = zlib.decompressobj()
    try:
        # max_length: inflation itself stops at the cap, whatever the stream would expand to
        raw = inflater.decompress(data, size + 1 if size < MAX_INFLATED_BYTES else size)
    except zlib.error:
        raise DamagedError(f"{source}: the bundle's contents cannot be read") from None
    if inflater.unconsumed_tail and len(raw) >= MAX_INFLATED_BYTES:
        raise InputError(
            f"{source}: the bundle's contents unpack to more than "
            f"{MAX_INFLATED_BYTES // 2**20} MiB, the limit (nothing was imported)"
        )
    if payload.startswith(_PAYLOAD_MAGIC) and len(raw) != size:
        raise DamagedError(f"{source}: the bundle's contents are not the size they claim")
    if inflater.unconsumed_tail or not inflater.eof or inflater.unused_data:
        raise DamagedError(f"{source}: the bundle's contents are incomplete or padded")
    return raw


def parse_payload(payload: bytes, source: str | Path = "the bundle") -> BundleContents:
    """Decompress and check a decrypted payload.

    An authenticated payload that does not fit the format is damage (exit 4); one beyond a
    limit (size, remark length, a clock far in the future) is refused as bad input (exit 2).
    Messages name remarks by number, never by text.
    """
    try:
        doc = json.loads(_inflate(payload, source).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):  # JSONDecodeError, and ints over 4,300 digits
        raise DamagedError(f"{source}: the bundle's contents cannot be read") from None
    except RecursionError:
        raise DamagedError(
            f"{source}: the bundle's contents are nested too deeply to be a Roundtable bundle"
        ) from None
    if not isinstance(doc, dict) or type(doc.get("format")) is not int:
        raise DamagedError(f"{source}: the bundle's contents are not a Roundtable bundle")
    if doc["format"] > PAYLOAD_FORMAT:
        raise NewerVersionError(
            f"{source}: this bundle was made by a newer version of Roundtable; update Roundtable"
        )
    try:
        if doc["format"] == 1:
            return _parse_v1(doc, str(source))
        if doc["format"] == 2:
            return _parse_v2(doc, str(source))
    except ContentsError as exc:
        raise DamagedError(f"{source}: the bundle's {exc} is not valid") from None
    raise DamagedError(f"{source}: the bundle's contents are not valid")


# --- checks of single values; each raises ContentsError naming only the item's number
def _str(item: dict[str, Any], key: str, where: str, *, empty: bool = True) -> str:
    value = item.get(key)
    if not isinstance(value, str) or (not empty and not value.strip()) or "\x00" in value:
        raise ContentsError(where)
    try:
        value.encode("utf-8")  # JSON can spell a lone surrogate ("\ud800"); text cannot hold one
    except UnicodeEncodeError:
        raise ContentsError(where) from None
    return value


def _opt_str(item: dict[str, Any], key: str, where: str) -> str | None:
    return None if item.get(key) is None else _str(item, key, where)


def _int(item: dict[str, Any], key: str, where: str, *, optional: bool = False) -> int | None:
    value = item.get(key)
    if value is None and optional:
        return None
    if type(value) is not int or not -(10**9) < value < 10**9:
        raise ContentsError(where)
    return value


def _time(item: dict[str, Any], key: str, where: str) -> datetime:
    try:
        value = datetime.fromisoformat(_str(item, key, where))
    except ValueError:
        raise ContentsError(where) from None
    if value.tzinfo is not None:
        # Roundtable writes naive UTC; an aware time compares with nothing the vault holds.
        raise ContentsError(where)
    if value < _EARLIEST:
        raise ContentsError(where)
    if clock.ms_of(value) - clock.wall_ms() > clock.MAX_AHEAD.total_seconds() * 1000:
        raise InputError(_future(where))
    return value


def _future(where: str) -> str:
    return (
        f"the bundle's {where} carries a time more than {clock.MAX_AHEAD.days} days ahead of "
        "this laptop's clock; check the date on the laptop that wrote it (nothing was imported)"
    )


def _version(item: dict[str, Any], where: str) -> str:
    value = _str(item, "version", where)
    try:
        clock.parse(value)
    except ValueError:
        raise ContentsError(where) from None
    if clock.too_far_ahead(value):
        raise InputError(_future(where))
    return value


def _vec(item: dict[str, Any], where: str) -> tuple[tuple[str, int], ...]:
    value = item.get("vector")
    if not isinstance(value, dict) or not 0 < len(value) <= 1000:
        raise ContentsError(where)
    for k, n in value.items():
        if not 0 < len(k) <= 32 or type(n) is not int or not 0 < n < 2**53:
            raise ContentsError(where)
    return tuple(sorted(value.items()))


def _text(item: dict[str, Any], key: str, where: str, *, optional: bool = False) -> str | None:
    value = _opt_str(item, key, where) if optional else _str(item, key, where, empty=False)
    if value is not None and len(value) > MAX_REMARK_CHARS:
        raise InputError(
            f"the bundle's {where} is {len(value):,} characters long; the limit is "
            f"{MAX_REMARK_CHARS:,} (nothing was imported)"
        )
    return value


def _list(doc: dict[str, Any], key: str) -> list[Any]:
    value = doc.get(key, [])
    if not isinstance(value, list):
        raise ContentsError(f"list of {key}")
    return value


def _dict(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ContentsError(where)
    return value


def _common_remark(item: dict[str, Any], where: str) -> dict[str, Any]:
    kind, status = _str(item, "kind", where), _str(item, "status", where)
    if kind not in REMARK_KINDS or status not in REMARK_STATUSES:
        raise ContentsError(where)
    if type(item.get("key_point")) is not bool:
        raise ContentsError(where)
    rid, device = _str(item, "id", where, empty=False), _str(item, "device_id", where)
    if len(rid) > 36 or len(device) > 32:
        raise ContentsError(where)
    return {
        "id": rid,
        "text": _text(item, "text", where),
        "reworded": _text(item, "reworded", where, optional=True),
        "kind": kind,
        "status": status,
        "key_point": item["key_point"],
        "created_at": _time(item, "created_at", where),
        "updated_at": _time(item, "updated_at", where),
        "device_id": device,
    }


def _parse_v2(doc: dict[str, Any], source: str) -> BundleContents:
    themes: list[IncomingTheme] = []
    for n, raw in enumerate(_list(doc, "themes"), 1):
        where = f"theme {n}"
        item = _dict(raw, where)
        themes.append(
            IncomingTheme(
                uid=_uid(item, where),
                name=" ".join(_str(item, "name", where, empty=False).split())[:200],
                description=_str(item, "description", where)[:5000],
                colour=_colour(item, where),
                position=_int(item, "position", where) or 0,
                version=_version(item, where) if item.get("version") else "",
                vector=_vec(item, where) if item.get("vector") else (),
            )
        )
    sessions: list[IncomingSession] = []
    for n, raw in enumerate(_list(doc, "sessions"), 1):
        where = f"session {n}"
        item = _dict(raw, where)
        sessions.append(
            IncomingSession(
                uid=_uid(item, where),
                title=" ".join(_str(item, "title", where, empty=False).split())[:300],
                day=_int(item, "day", where, optional=True),
                time_label=_str(item, "time_label", where)[:100],
                position=_int(item, "position", where) or 0,
            )
        )
    theme_names = {t.uid: t.name for t in themes}
    session_titles = {a.uid: a.title for a in sessions}
    if len(theme_names) != len(themes) or len(session_titles) != len(sessions):
        raise ContentsError("list of themes or sessions")
    remarks: list[IncomingRemark] = []
    for n, raw in enumerate(_list(doc, "remarks"), 1):
        where = f"remark {n}"
        item = _dict(raw, where)
        theme, session = item.get("theme"), item.get("session")
        if theme not in theme_names or (session is not None and session not in session_titles):
            raise ContentsError(where)
        remarks.append(
            IncomingRemark(
                **_common_remark(item, where),
                theme=theme_names[theme],
                session=session_titles[session] if session is not None else None,
                theme_uid=theme,
                session_uid=session,
                version=_version(item, where),
                vector=_vec(item, where),
                **_merge_link(item, where),
            )
        )
    deleted = [
        Tombstone(
            id=_str(_dict(raw, f"deletion {n}"), "id", f"deletion {n}", empty=False)[:36],
            version=_version(raw, f"deletion {n}"),
            vector=_vec(raw, f"deletion {n}"),
        )
        for n, raw in enumerate(_list(doc, "deleted"), 1)
    ]
    deleted_themes = [
        Tombstone(
            id=_uid(_dict(raw, f"deleted theme {n}"), f"deleted theme {n}"),
            version=_version(raw, f"deleted theme {n}"),
            name=_str(raw, "name", f"deleted theme {n}")[:200],
        )
        for n, raw in enumerate(_list(doc, "deleted_themes"), 1)
    ]
    kind = doc.get("kind")
    if kind not in ("bundle", "kit"):
        raise ContentsError("kind")
    event = None
    if doc.get("event") is not None:
        e = _dict(doc["event"], "event")
        conveners = e.get("conveners")
        if not isinstance(conveners, list) or not all(isinstance(c, str) for c in conveners):
            raise ContentsError("event")
        event = KitEvent(
            title=_str(e, "title", "event", empty=False)[:500],
            subtitle=_str(e, "subtitle", "event")[:500],
            venue=_str(e, "venue", "event")[:500],
            dates=_str(e, "dates", "event")[:200],
            conveners=tuple(c[:300] for c in conveners[:100]),
            rule_statement=_str(e, "rule_statement", "event")[:5000],
        )
    terms = []
    for n, raw in enumerate(_list(doc, "terms"), 1):
        where = f"protected term {n}"
        item = _dict(raw, where)
        aliases = item.get("aliases")
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise ContentsError(where)
        terms.append(
            (_str(item, "term", where, empty=False), _str(item, "kind", where), tuple(aliases))
        )
    if kind != "kit" and doc.get("participants"):
        raise ContentsError("list of participants")  # a bundle of remarks never carries it
    strict = doc.get("strict_affiliation", False)
    if not isinstance(strict, bool) or (strict and kind != "kit"):
        raise ContentsError("strict-affiliation setting")  # true or false, and in kits only
    return _checked(
        BundleContents(
            themes=tuple(themes),
            sessions=tuple(sessions),
            remarks=tuple(remarks),
            deleted=tuple(deleted),
            deleted_themes=tuple(deleted_themes),
            event=event,
            terms=tuple(terms),
            setup=kind == "kit",
            source=source,
            participants=_participants(doc),
            strict_affiliation=strict,
        )
    )


_PARTICIPANT_FIELDS = ("name", "organisation", "role", "email", "phone")


def _participants(doc: dict[str, Any]) -> tuple[tuple[str, str, str, str, str], ...]:
    """A kit's participants list, checked: a name for each, the other fields text (absent in
    kits made before kits carried the list, and then empty)."""
    out: list[tuple[str, str, str, str, str]] = []
    seen: set[str] = set()
    for n, raw in enumerate(_list(doc, "participants"), 1):
        where = f"participant {n}"
        item = _dict(raw, where)
        name = " ".join(_str(item, "name", where, empty=False).split())[:500]
        if not name or name.casefold() in seen:
            raise ContentsError(where)
        seen.add(name.casefold())
        org, role, email, phone = (
            _str(item, k, where).strip()[:500] if item.get(k) is not None else ""
            for k in _PARTICIPANT_FIELDS[1:]
        )
        out.append((name, org, role, email, phone))
    return tuple(out)


def _merge_link(item: dict[str, Any], where: str) -> dict[str, Any]:
    if "merged_into" not in item:  # written before merges travelled: nothing to say
        return {}
    target = _opt_str(item, "merged_into", where)
    if target is not None and (not 0 < len(target) <= 36 or target == item.get("id")):
        raise ContentsError(where)
    return {"merged_into": target, "carries_merge": True}


def _uid(item: dict[str, Any], where: str) -> str:
    value = _str(item, "id", where, empty=False)
    if len(value) > 36:
        raise ContentsError(where)
    return value


def _colour(item: dict[str, Any], where: str) -> str:
    value = _str(item, "colour", where)
    if value and (len(value) != 7 or not value.startswith("#")):
        raise ContentsError(where)
    return value


def _legacy_version(updated: datetime, device: str) -> str:
    # Format 1 had no clock: the wall clock of the edit stands in, with a device part that
    # fits the version syntax whatever the old device id was.
    node = hashlib.sha256(device.encode()).hexdigest()[:16]
    return clock.stamp(clock.ms_of(updated), 0, node)


def _parse_v1(doc: dict[str, Any], source: str) -> BundleContents:
    names, titles = _list(doc, "themes"), _list(doc, "sessions")
    if not all(isinstance(v, str) and v.strip() for v in names + titles):
        raise ContentsError("list of themes or sessions")
    theme_set, session_set = set(names), set(titles)
    remarks: list[IncomingRemark] = []
    deleted: list[Tombstone] = []
    for n, raw in enumerate(_list(doc, "remarks"), 1):
        where = f"remark {n}"
        item = _dict(raw, where)
        if set(item) != _V1_KEYS or type(item["deleted"]) is not bool:
            raise ContentsError(where)
        common = _common_remark(item, where)
        theme, session = _str(item, "theme", where), _opt_str(item, "session", where)
        if theme not in theme_set or (session is not None and session not in session_set):
            raise ContentsError(where)
        version = _legacy_version(common["updated_at"], common["device_id"])
        vector = ((version.rsplit(".", 1)[1], 1),)
        if item["deleted"]:
            deleted.append(Tombstone(id=common["id"], version=version, vector=vector))
            continue
        remarks.append(
            IncomingRemark(**common, theme=theme, session=session, version=version, vector=vector)
        )
    return _checked(
        BundleContents(
            themes=tuple(IncomingTheme(uid=None, name=" ".join(t.split())) for t in names),
            sessions=tuple(IncomingSession(uid=None, title=" ".join(t.split())) for t in titles),
            remarks=tuple(remarks),
            deleted=tuple(deleted),
            source=source,
        )
    )


_V1_KEYS = frozenset(
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


def _checked(contents: BundleContents) -> BundleContents:
    """Refuse a payload holding one remark twice (as a remark or as a deletion)."""
    seen: set[str] = set()
    for n, rid in enumerate([r.id for r in contents.remarks] + [d.id for d in contents.deleted]):
        if rid in seen:
            raise DamagedError(f"{contents.source}: the bundle holds remark {n + 1} twice")
        seen.add(rid)
    return contents


def read_bundle(path: str | Path, passphrase: str) -> BundleContents:
    """Decrypt and check the bundle at ``path`` (nothing is written anywhere)."""
    return parse_payload(unseal(read_bundle_file(path), passphrase, path), path)
