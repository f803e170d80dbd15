"""Reading a vault's encrypted pages and its write-ahead log without SQLite.

SQLite, handed a file with a hot WAL, replays and checkpoints it before it has proven the key,
and silently stops at the first WAL frame whose checksum fails (dropping every later commit).
So before SQLCipher ever sees a file, Roundtable checks here, in read-only Python:

* that the passphrase is right (page 1 authenticates with the key derived from it), or, when
  page 1 fails but later pages authenticate, that it is page 1 that is damaged;
* that a WAL beside the file belongs to it (every frame authenticates with the same key) and is
  whole (no frame of the current WAL generation after the first frame that fails its checksum).

The page format is SQLCipher 4's default, which :mod:`.hardening` asserts at start-up:
PBKDF2-HMAC-SHA512 with 256,000 iterations over a 16-byte salt (the file's first bytes),
AES-256-CBC, a reserve of 80 bytes per page (16-byte IV, 64-byte HMAC-SHA512 over the
ciphertext, the IV and the page number in little-endian order).
"""

from __future__ import annotations

import hashlib
import hmac
import struct
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
SALT_BYTES = 16
KDF_ITERATIONS = 256_000
HMAC_SALT_MASK = 0x3A
RESERVE = 16 + 64
WAL_HEADER = 32
FRAME_HEADER = 24
_WAL_MAGIC = (0x377F0682, 0x377F0683)


def normalise_passphrase(passphrase: str) -> str:
    """The form a vault is keyed with: NFC, so the same letters typed as composed or
    decomposed characters (``Đ``, ``ć``) open the same vault, as bundle passphrases do."""
    return unicodedata.normalize("NFC", passphrase)


@dataclass(frozen=True, repr=False)
class PageKeys:
    """The encryption and authentication keys of one vault (never printed)."""

    key: bytes
    hmac_key: bytes
    salt: bytes

    def raw_pragma_value(self) -> str:
        """The ``PRAGMA key`` value that hands SQLCipher this key without a second KDF."""
        return f"\"x'{self.key.hex()}{self.salt.hex()}'\""


def derive_keys(passphrase: str, salt: bytes) -> PageKeys:
    """The keys SQLCipher derives from ``passphrase`` for a file with ``salt``."""
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, 32)
    hsalt = bytes(b ^ HMAC_SALT_MASK for b in salt)
    return PageKeys(key, hashlib.pbkdf2_hmac("sha512", key, hsalt, 2, 32), salt)


def _parts(page: bytes, pgno: int) -> tuple[bytes, bytes, bytes]:
    start = SALT_BYTES if pgno == 1 else 0
    end = len(page) - RESERVE
    return page[start:end], page[end : end + 16], page[end + 16 :]


def page_authenticates(keys: PageKeys, page: bytes, pgno: int) -> bool:
    """Whether ``page`` (one whole encrypted page) is page ``pgno`` of this vault, unaltered."""
    if len(page) != PAGE_SIZE:
        return False
    ct, iv, mac = _parts(page, pgno)
    digest = hmac.new(keys.hmac_key, ct + iv + struct.pack("<I", pgno), hashlib.sha512)
    return hmac.compare_digest(digest.digest(), mac)


def decrypt_page(keys: PageKeys, page: bytes, pgno: int) -> bytes:
    """The plaintext of an encrypted page (for tests that look for what must be gone)."""
    ct, iv, _mac = _parts(page, pgno)
    decryptor = Cipher(algorithms.AES(keys.key), modes.CBC(iv)).decryptor()
    return decryptor.update(ct) + decryptor.finalize()


def read_page(path: Path, pgno: int) -> bytes:
    """Page ``pgno`` (from 1) of the file at ``path``; short at the end of the file."""
    with path.open("rb") as fh:
        fh.seek((pgno - 1) * PAGE_SIZE)
        return fh.read(PAGE_SIZE)


@dataclass(frozen=True)
class KeyCheck:
    """What the pages say about a passphrase: ``"ok"``, ``"page1-damaged"`` (page 1 fails but
    later pages authenticate: the passphrase is right and the start of the file is damaged)
    or ``"wrong"`` (nothing authenticates: a wrong passphrase, or a damaged salt)."""

    verdict: str
    keys: PageKeys | None


def check_key(path: Path, passphrase: str) -> KeyCheck:
    """Prove (or disprove) ``passphrase`` on the file at ``path`` without SQLite."""
    first = read_page(path, 1)
    keys = derive_keys(passphrase, first[:SALT_BYTES])
    if page_authenticates(keys, first, 1):
        return KeyCheck("ok", keys)
    size = path.stat().st_size
    for pgno in range(2, min(size // PAGE_SIZE, 8) + 1):
        if page_authenticates(keys, read_page(path, pgno), pgno):
            return KeyCheck("page1-damaged", keys)
    return KeyCheck("wrong", None)


def _checksum(data: bytes, big_endian: bool, s1: int, s2: int) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    mask = 0xFFFFFFFF
    for i in range(0, len(words), 2):
        s1 = (s1 + words[i] + s2) & mask
        s2 = (s2 + words[i + 1] + s1) & mask
    return s1, s2


@dataclass(frozen=True)
class WalCheck:
    """The state of a WAL: ``frames`` committed frames SQLite will replay, or ``problem``
    (a plain sentence) when the WAL is damaged or belongs to another file."""

    frames: int
    problem: str | None = None


def check_wal(wal: Path, keys: PageKeys) -> WalCheck:
    """Check the WAL at ``wal`` the way SQLite's recovery reads it, and stricter.

    SQLite replays frames up to the first whose salt or checksum fails and drops the rest
    without a word. Past that break a writer killed at the wrong moment legitimately leaves
    frames of the current generation, even a commit frame: SQLite writes a transaction's
    commit frame before it rewrites the checksums of pages it changed in place, and after a
    recovery new frames overwrite an older run only in part. None of those commits was ever
    reported saved. Damage is what no writer leaves: a break frame that is not a page of
    this vault (or whose own checksum field alone is wrong) followed by an unbroken run of
    frames up to a commit, i.e. committed work SQLite would silently drop. Every frame SQLite
    would replay must also authenticate with this vault's key, or the WAL belongs to another
    file."""
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return WalCheck(0)
    if len(data) < WAL_HEADER + FRAME_HEADER + PAGE_SIZE:
        return WalCheck(0)  # no whole frame: SQLite ignores it, and nothing was committed
    magic, _version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:32])
    if magic not in _WAL_MAGIC or page_size != PAGE_SIZE:
        return WalCheck(0, "the write-ahead log (-wal) is damaged: its header is unreadable")
    wal_log = _WalFrames(data, magic == _WAL_MAGIC[1], (salt1, salt2), keys)
    s1, s2 = _checksum(data[:24], wal_log.big, 0, 0)
    if (s1, s2) != (c1, c2):
        return WalCheck(0, "the write-ahead log (-wal) is damaged: its header fails its check")
    committed = 0
    for i in range(wal_log.count):
        frame = wal_log.frame(i)
        chained = frame.checksum_from(s1, s2)
        if frame.salts != wal_log.salts or chained != frame.stored:
            if wal_log.loses_commits(frame, chained):
                return WalCheck(
                    committed,
                    f"the write-ahead log (-wal) is damaged at frame {i + 1}: "
                    "saved changes after it would be lost",
                )
            return WalCheck(committed)
        if not frame.authentic:
            return WalCheck(
                committed,
                "the write-ahead log (-wal) does not belong to this vault or is damaged "
                f"(frame {i + 1} does not authenticate)",
            )
        s1, s2 = chained
        if frame.commit:
            committed = i + 1
    return WalCheck(committed)


@dataclass(frozen=True)
class _Frame:
    index: int
    pgno: int
    commit: int
    salts: tuple[int, int]
    stored: tuple[int, int]
    head: bytes
    page: bytes
    big: bool
    keys: PageKeys

    def checksum_from(self, s1: int, s2: int) -> tuple[int, int]:
        s1, s2 = _checksum(self.head, self.big, s1, s2)
        return _checksum(self.page, self.big, s1, s2)

    @property
    def authentic(self) -> bool:
        return page_authenticates(self.keys, self.page, self.pgno)


@dataclass(frozen=True)
class _WalFrames:
    data: bytes
    big: bool
    salts: tuple[int, int]
    keys: PageKeys

    @property
    def count(self) -> int:
        return (len(self.data) - WAL_HEADER) // (FRAME_HEADER + PAGE_SIZE)

    def frame(self, i: int) -> _Frame:
        off = WAL_HEADER + i * (FRAME_HEADER + PAGE_SIZE)
        pgno, commit, fs1, fs2, fc1, fc2 = struct.unpack(">6I", self.data[off : off + 24])
        return _Frame(
            i,
            pgno,
            commit,
            (fs1, fs2),
            (fc1, fc2),
            self.data[off : off + 8],
            self.data[off + FRAME_HEADER : off + FRAME_HEADER + PAGE_SIZE],
            self.big,
            self.keys,
        )

    def loses_commits(self, broken: _Frame, chained: tuple[int, int]) -> bool:
        """Whether the frame where SQLite stops (``chained``: its checksum as the chain so far
        computes it) hides committed work: damage, not what a killed writer leaves."""
        if broken.salts != self.salts:
            # Another generation ends the log, unless only the salt bytes were altered: the
            # checksum does not cover them, so it still chains.
            return chained == broken.stored and broken.authentic and self._commit_run(broken)
        if broken.authentic:
            # A whole page of this vault: changed in place by a transaction that never
            # committed (its successors chain from the stored checksum), an older page of
            # the same number behind a torn write, or its own checksum field is damaged
            # (then its successors chain from the true one).
            return self._commit_run(broken, chained)
        if broken.commit and not self._torn(broken):
            return True  # the last commit frame itself is damaged
        # A page that is not this frame's: damaged, or a write torn between frame header and
        # page (then what follows is an older run that does not chain from it).
        return self._commit_run(broken)

    def _commit_run(self, start: _Frame, seed: tuple[int, int] | None = None) -> bool:
        """Whether the frames after ``start``, chained from ``seed`` (by default its stored
        checksum), run unbroken and authentic up to a commit frame."""
        s1, s2 = start.stored if seed is None else seed
        for i in range(start.index + 1, self.count):
            frame = self.frame(i)
            chained = frame.checksum_from(s1, s2)
            if frame.salts != self.salts or chained != frame.stored or not frame.authentic:
                return False
            if frame.commit:
                return True
            s1, s2 = chained
        return False

    def _torn(self, frame: _Frame) -> bool:
        """Whether the page of ``frame`` is a whole page of this vault under another page
        number: an older frame's page left in place when a writer died between writing this
        frame's header and its page."""
        return any(
            page_authenticates(self.keys, frame.page, pgno)
            for pgno in range(1, max(frame.commit, frame.pgno) + 1)
            if pgno != frame.pgno
        )
