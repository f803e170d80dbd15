"""Opening a vault made before search existed: the first open indexes every remark.

A vault is written at schema ``0003_summary_language`` (the revision before the search index)
with COUNT remarks (100,000 by default), then opened with ``Vault.open``, which upgrades it and
folds every remark into the FTS5 index. Baselines measured in the same run:

- writing the same rows with one plain ``INSERT`` each (executemany, one transaction);
- opening the upgraded vault a second time (key derivation and checks, no upgrade).

Run: ``.venv/bin/python bench/bench_upgrade.py [COUNT]``.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from roundtable_app.vault import Vault, clock, engine, migrations

PASSPHRASE = "bench-passphrase-1"
BEFORE_SEARCH = "0003_summary_language"
SYLLABLES = "ka ri to ne sa vo mi lu pe do ja zi če ša ću ђа по ле ни ра".split()


def texts(count: int) -> list[str]:
    """Remarks of 10 to 40 words from a Zipf-like vocabulary in both scripts."""
    rng = random.Random(count)
    words = sorted(
        {"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(8000)}
    )
    rng.shuffle(words)
    weights = [1 / (rank + 1) for rank in range(len(words))]
    return [
        " ".join(rng.choices(words, weights, k=rng.randint(10, 40))) + "." for _ in range(count)
    ]


def old_vault(path: Path, rows: list[str]) -> float:
    """Write a vault at the schema before search, holding ``rows``; returns the seconds the
    plain INSERT of the remarks took (the baseline)."""
    path.touch()
    raw = engine.connect_new(path, PASSPHRASE)
    e = engine.make_engine(path, raw)
    start_time = datetime(2026, 11, 3, 9, 0)
    with e.begin() as conn:
        migrations.upgrade(conn, path, target=BEFORE_SEARCH)
        conn.execute(
            text(
                "INSERT INTO event (id, title, subtitle, venue, dates, conveners, rule_statement,"
                " created_at) VALUES (1, 'Old event', '', '', '', '[]', 'rule', :t)"
            ),
            {"t": start_time},
        )
        conn.execute(
            text(
                "INSERT INTO themes (id, name, description, position, colour, shortcut, uid)"
                " VALUES (1, 'Old theme', '', 0, '#000000', 1, :u)"
            ),
            {"u": str(uuid.uuid4())},
        )
        params = [
            {
                "id": str(uuid.uuid4()),
                "text": body,
                "t": start_time + timedelta(seconds=n),
                # as that release wrote them: a clock stamp and a version vector per remark
                "v": clock.stamp(clock.ms_of(start_time + timedelta(seconds=n)), 0, "old"),
            }
            for n, body in enumerate(rows)
        ]
        began = time.perf_counter()
        conn.execute(
            text(
                "INSERT INTO remarks (id, text, theme_id, kind, status, key_point, created_at,"
                " updated_at, device_id, version, vector) VALUES (:id, :text, 1, 'observation',"
                " 'captured', 0, :t, :t, 'old', :v, '{\"old\": 1}')"
            ),
            params,
        )
        inserted = time.perf_counter() - began
    e.dispose()
    raw.close()
    return inserted


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    rows = texts(count)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "old.roundtable"
        inserted = old_vault(path, rows)
        began = time.perf_counter()
        with Vault.open(path, PASSPHRASE) as vault:
            upgraded = time.perf_counter() - began
            assert len(vault.search_ids(rows[0].split()[0])) >= 1
            with vault.raw_connection() as conn:
                indexed = conn.execute("SELECT count(*) FROM remark_fts").fetchone()[0]
        began = time.perf_counter()
        with Vault.open(path, PASSPHRASE):
            reopened = time.perf_counter() - began
    print(f"{count:,} remarks in a vault from before search ({indexed:,} indexed on first open)")
    print(f"first open (upgrade and indexing): {upgraded:.1f} s")
    print(
        f"baseline: a plain INSERT of the same rows: {inserted:.1f} s;"
        f" ratio {upgraded / inserted:.1f}"
    )
    print(f"baseline: opening the upgraded vault again: {reopened:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
