"""Save latency: 2,000 remarks, one transaction each, through the vault service API, beside
plain stdlib sqlite3 doing the same inserts with the same durability (WAL, synchronous=FULL)
and raw SQLCipher, all measured in this run. Prints medians, p99s and ratios.

Targets: median save under 2 ms; p99 within 2x of plain SQLite's p99.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from roundtable_app.vault import Vault

N = 2000
PASSPHRASE = "benchmark passphrase"
TEXT = "Unaccompanied children wait weeks for a guardian; interpreters are missing at night. " * 2

# The vault's own table shape: a foreign key to themes and an index on it.
SCHEMA = (
    "CREATE TABLE themes (id INTEGER PRIMARY KEY);"
    "INSERT INTO themes VALUES (1);"
    "CREATE TABLE remarks (id TEXT PRIMARY KEY, text TEXT NOT NULL, reworded TEXT, "
    "theme_id INTEGER NOT NULL REFERENCES themes(id), session_id INTEGER, "
    "kind TEXT NOT NULL, status TEXT NOT NULL, "
    "key_point INTEGER NOT NULL, position INTEGER, created_at TEXT NOT NULL, "
    "updated_at TEXT NOT NULL, device_id TEXT NOT NULL, deleted_at TEXT);"
    "CREATE INDEX ix_remarks_theme_id ON remarks (theme_id);"
)
INSERT = "INSERT INTO remarks VALUES (?,?,NULL,1,NULL,'observation','captured',0,NULL,?,?,'d',NULL)"


def timed_round_robin(saves: list[Callable[[int], object]]) -> list[list[float]]:
    """Time each save function N times, interleaved, so that a noisy disk or a busy core
    hits every contender alike and the ratios stay meaningful."""
    samples: list[list[float]] = [[] for _ in saves]
    for i in range(N):
        for save, out in zip(saves, samples, strict=True):
            t0 = time.perf_counter()
            save(i)
            out.append((time.perf_counter() - t0) * 1000)
    return samples


def raw_db(conn: sqlite3.Connection) -> Callable[[int], object]:
    conn.execute("PRAGMA locking_mode=EXCLUSIVE")  # as the vault does
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.executescript(SCHEMA)
    conn.commit()

    def save(i: int) -> None:
        stamp = datetime.now().isoformat()
        conn.execute(INSERT, (str(uuid.uuid4()), TEXT, stamp, stamp))
        conn.commit()

    return save


def summary(name: str, ms: list[float]) -> tuple[float, float]:
    q = statistics.quantiles(ms, n=100)
    med, p99 = statistics.median(ms), q[98]
    print(f"{name:34} median {med:6.3f} ms   p99 {p99:6.3f} ms")
    return med, p99


def main() -> None:
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        folder = Path(tmp)
        plain = sqlite3.connect(folder / "plain.db")
        cipher = sqlcipher.connect(str(folder / "cipher.db"))
        cipher.execute(f"PRAGMA key = '{PASSPHRASE}'")
        vault = Vault.create(
            folder / "bench.roundtable", PASSPHRASE, title="Bench", themes=["Theme"]
        )
        theme = vault.themes()[0].id
        plain_ms, cipher_ms, vault_ms = timed_round_robin(
            [raw_db(plain), raw_db(cipher), lambda i: vault.add_remark(TEXT, theme)]  # type: ignore[arg-type]
        )
        plain.close()
        cipher.close()
        vault.close()

    print(
        f"{N} saves each, one transaction each, interleaved; WAL + synchronous=FULL + "
        f"exclusive locking; on {Path.cwd()}"
    )
    p_med, p_p99 = summary("plain sqlite3 (baseline)", plain_ms)
    summary("raw SQLCipher", cipher_ms)
    v_med, v_p99 = summary("Roundtable vault.add_remark", vault_ms)
    print(f"ratio vault/plain: median {v_med / p_med:.2f}x   p99 {v_p99 / p_p99:.2f}x")
    print(
        f"targets: median < 2 ms -> {'met' if v_med < 2 else 'MISSED'}; "
        f"p99 within 2x of plain -> {'met' if v_p99 <= 2 * p_p99 else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
