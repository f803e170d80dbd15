"""Start-up hardening: no core dumps, and the SQLCipher build and settings we rely on.

Called once by the CLI and the desktop app before any vault is opened. The assertions fail
loudly (exit 2 with a plain sentence) rather than let a vault be opened by a build whose page
format, key derivation or memory handling differs from what :mod:`.pages` and
``docs/SECURITY.md`` promise.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from dataclasses import dataclass

from roundtable_app.errors import RoundtableError

PAGE_SIZE = 4096  # the page format .pages reads (kept equal there by a test)
KDF_ITERATIONS = 256_000
MIN_SQLITE = (3, 51, 3)  # fixes the WAL-reset corruption bug
PR_SET_DUMPABLE = 4


class HardeningError(RoundtableError):
    """The SQLCipher build or its settings are not those Roundtable was checked with."""

    exit_code = 2


def disable_core_dumps() -> bool:
    """Stop the process from writing a core dump (remark text and keys live in its memory).

    ``RLIMIT_CORE`` 0 wherever ``resource`` exists; on Linux also ``PR_SET_DUMPABLE`` 0, which
    keeps other processes of the same user from attaching a debugger or reading
    ``/proc/PID/mem``. Returns whether every available measure took effect."""
    ok = True
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        ok = sys.platform == "win32"  # Windows writes no core files by itself
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            ok = libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 and ok
        except OSError:
            ok = False
    return ok


@dataclass(frozen=True)
class BuildReport:
    """What the start-up checks found (printed by ``roundtable verify``'s last lines)."""

    sqlite: str
    sqlcipher: str
    provider: str


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split()[0].split(".")[:3] if p.isdigit())


def check_build() -> BuildReport:
    """Assert the SQLite and SQLCipher build and the settings a vault is opened with."""
    import sqlcipher3.dbapi2 as sqlcipher

    conn = sqlcipher.connect(":memory:")
    try:
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
        if _version(sqlite) < MIN_SQLITE:
            raise HardeningError(
                f"the bundled SQLite is {sqlite}; Roundtable needs at least "
                f"{'.'.join(map(str, MIN_SQLITE))} (it fixes a WAL corruption bug)"
            )
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA key = 'hardening-probe'")
        values = {
            name: str(conn.execute(f"PRAGMA {name}").fetchone()[0])
            for name in (
                "cipher_version",
                "cipher_provider",
                "cipher_kdf_algorithm",
                "cipher_hmac_algorithm",
                "cipher_page_size",
                "cipher_default_kdf_iter",
                "cipher_hmac_pgno",
                "cipher_memory_security",
                "temp_store",
            )
        }
        expected = {
            "cipher_kdf_algorithm": "PBKDF2_HMAC_SHA512",
            "cipher_hmac_algorithm": "HMAC_SHA512",
            "cipher_page_size": str(PAGE_SIZE),
            "cipher_default_kdf_iter": str(KDF_ITERATIONS),
            "cipher_hmac_pgno": "le",
            "cipher_memory_security": "1",
        }
        for name, want in expected.items():
            if values[name] != want:
                raise HardeningError(
                    f"SQLCipher setting {name} is {values[name]}, not {want}; "
                    "this build cannot be trusted with a vault"
                )
        conn.execute("PRAGMA temp_store = MEMORY")
        if conn.execute("PRAGMA temp_store").fetchone()[0] == 1:  # 1 = FILE
            raise HardeningError("temporary tables would be written to files")
        try:
            conn.execute("SELECT load_extension('roundtable-no-such-extension')")
        except sqlcipher.OperationalError as exc:
            if "not authorized" not in str(exc):
                raise HardeningError("SQLite extension loading is not disabled") from None
        else:  # pragma: no cover - the call above can only fail
            raise HardeningError("SQLite extension loading is not disabled")
        return BuildReport(sqlite, values["cipher_version"], values["cipher_provider"])
    finally:
        conn.close()


_DONE: BuildReport | None = None


def harden() -> BuildReport:
    """Disable core dumps and check the build, once per process."""
    global _DONE
    if _DONE is None:
        disable_core_dumps()
        _DONE = check_build()
    return _DONE
