"""Review at scale: opening it, changing a filter, memory, widgets, possible duplicates.

On a 100,000-remark vault (8 themes, 4 sessions, every kind), each figure against a baseline
measured in the same run:

- open Review (after unlock and the capture list) against reading every remark once;
- a filter change (theme, kind, status, search) against a bare Python pass over the remarks;
- the process's peak RSS against the same process before the vault was opened;
- the number of widgets before and after scrolling the whole table (no widget per row);
- the possible-duplicate pass over 10,000 remarks against folding their texts alone.

Targets: open < 1 s, filter change < 50 ms, RSS < 300 MB, duplicates < 2 s.
Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_review.py [COUNT]``.
"""

from __future__ import annotations

import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from roundtable_app.guard.normalise import fold
from roundtable_app.ui.capture.workspace import CaptureWorkspace
from roundtable_app.ui.review.duplicates import possible_duplicates
from roundtable_app.ui.review.workspace import ReviewWorkspace
from roundtable_app.vault import Vault
from roundtable_app.vault.types import REMARK_KINDS, NewRemark

PASSPHRASE = "bench-passphrase-1"
THEMES = [f"Tema {i}" for i in range(1, 9)]
SESSIONS = [f"Sesija {i}" for i in range(1, 5)]
REAL = (
    "starateljstvo staratelj tumač prevodilac učesnik deca škola smeštaj azil pravna pomoć "
    "interpreter guardian children shelter winter registration referral counselling "
    "старатељ деца смештај школа тумач преводилац учесник reception procedure municipality"
).split()
SYLLABLES = "ka ri to ne sa vo mi lu pe do ja zi če ša ću ђа по ле ни ра".split()


def vocabulary(rng: random.Random, size: int = 6000) -> tuple[list[str], list[float]]:
    """Real words and made-up ones, with Zipf-like weights (as meeting notes are)."""
    words = set(REAL)
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    ordered = sorted(words)
    rng.shuffle(ordered)
    return ordered, [1 / (rank + 1) for rank in range(len(ordered))]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn, repeat: int = 1) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def make(path: Path, count: int) -> None:
    """Write the benchmark vault (in its own process)."""
    rng = random.Random(count)
    vocab, weights = vocabulary(rng)
    with Vault.create(path, PASSPHRASE, title="Bench", themes=THEMES) as v:
        v.add_remarks(
            [
                NewRemark(
                    theme=rng.choice(THEMES),
                    kind=rng.choice(REMARK_KINDS),
                    session=rng.choice(SESSIONS),
                    text=" ".join(rng.choices(vocab, weights, k=rng.randint(10, 40))) + ".",
                )
                for _ in range(count)
            ]
        )
        v.refresh_search_index()


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--make":
        make(Path(sys.argv[2]), int(sys.argv[3]))
        return 0
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    app = QApplication(sys.argv[:1])
    rng = random.Random(count)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "review.roundtable"
        # Built in a child process, so that this process's peak RSS is the app's alone.
        subprocess.run([sys.executable, __file__, "--make", str(path), str(count)], check=True)
        before_rss = rss_mb()
        vault = Vault.open(path, PASSPHRASE)
        read_ms = timed(vault.remarks)[0]
        capture = CaptureWorkspace(vault)
        capture.ensure_loaded()
        start = time.perf_counter()
        review = ReviewWorkspace(
            vault,
            capture.curation,
            capture.undo_stack,
            remarks=capture.remark_model.remarks,
            themes=capture.theme_model.themes,
        )
        review.resize(1280, 720)
        review.show()
        app.processEvents()
        open_ms = (time.perf_counter() - start) * 1000
        print(f"{count:,} remarks")
        print(
            f"open Review: {open_ms:.0f} ms (target < 1000); reading every remark once: "
            f"{read_ms:.0f} ms; ratio {open_ms / read_ms:.2f}"
        )

        remarks = review.model.remarks()
        theme_ids = [t.id for t in vault.themes()]

        def bare_pass() -> None:
            t = rng.choice(theme_ids)
            [r for r in remarks if r.theme_id == t]

        changes = {
            "theme": lambda: review.theme_list.setCurrentRow(rng.randint(0, len(THEMES))),
            "kind": lambda: (
                review.kind_combo.setCurrentIndex(rng.randint(0, len(REMARK_KINDS))),
                review._apply_filters(),
            ),
            "status": lambda: (
                review.status_combo.setCurrentIndex(rng.randint(0, 3)),
                review._apply_filters(),
            ),
            "search": lambda: review.search.setText(next(queries)),
        }
        # every search a different text (the same text twice would change nothing)
        queries = iter(
            ["staratelj", "деца", "interp", "tumac smestaj", "guardian"] * 4 + ["", "škola"] * 10
        )
        base = statistics.median(timed(bare_pass, 20))
        print(f"bare Python pass over the remarks (baseline): {base:.1f} ms")
        for label, change in changes.items():
            times = timed(change, 20)
            med = statistics.median(times)
            print(
                f"filter change ({label}): median {med:.1f} ms, "
                f"max {max(times):.1f} ms (target < 50); ratio {med / base:.2f}"
            )
        review.search.clear()
        review.theme_list.setCurrentRow(0)
        for combo in (review.kind_combo, review.status_combo):
            combo.setCurrentIndex(0)
        review._apply_filters()
        widgets = len(review.findChildren(QWidget))
        bar = review.table.verticalScrollBar()
        for value in range(0, bar.maximum() + 1, max(1, bar.maximum() // 200)):
            bar.setValue(value)
            app.processEvents()
        print(
            f"widgets before scrolling {widgets}, after scrolling all "
            f"{review.model.rowCount():,} rows: {len(review.findChildren(QWidget))}"
        )
        print(
            f"peak RSS {rss_mb():.0f} MB (target < 300); with Qt and the app imported, before "
            f"the vault was opened: {before_rss:.0f} MB"
        )
        sample = remarks[:10_000]
        fold_ms = timed(lambda: [fold(r.current_text) for r in sample])[0]
        dup_ms = timed(lambda: possible_duplicates(sample))[0]
        groups = possible_duplicates(sample)
        print(
            f"possible duplicates over {len(sample):,} remarks: {dup_ms:.0f} ms (target < 2000), "
            f"{len(groups)} group(s); folding alone {fold_ms:.0f} ms"
        )
        review.shutdown()
        capture.shutdown()
        vault.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
