"""Startup: process start to the capture window shown on an open demo vault.

Each run spawns a fresh ``python -c`` process. The app run imports the UI, then SQLAlchemy (on
its own, so its cost shows: it is a floor while the vault uses the ORM), then the vault; unlocks
a pre-made demo vault (key derivation timed separately by wrapping the vault's connect), builds
the MainWindow with the capture workspace, shows it and processes events once (first paint).
The baseline run shows a minimal PySide6 window the same way. Baseline, app and welcome runs are
interleaved (the machine is shared and noisy) and medians printed, with the ratios:

- total: shown, against the baseline's shown (key derivation included, then excluded);
- without the floor: the same minus the SQLAlchemy import, which no UI change can remove.

Target: within 1.5x of the baseline, key derivation excluded.

The standalone build (``make dist dist-bench``) is timed the same way: the frozen app's welcome
window and capture window (its ``ROUNDTABLE_FROZEN_PROBE`` self-checks, key derivation
included) against a minimal PySide6 window frozen with the same spec options and Qt exclusions
(``packaging/minimal.spec``). Target: the frozen welcome window within 1.5x of the frozen
minimal window.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7
REPO = Path(__file__).resolve().parent.parent
FROZEN_APP = REPO / "dist" / "roundtable" / "roundtable"
FROZEN_MINIMAL = REPO / "dist" / "minimal-window" / "minimal-window"

APP = r"""
import json, sys, time
marks = {}
from roundtable_app.ui.app import create_application
from roundtable_app.ui.main_window import MainWindow
marks["ui_import"] = time.time()
import sqlalchemy.orm
import sqlalchemy.dialects.sqlite.pysqlcipher
marks["sqla_import"] = time.time()
from roundtable_app.vault import Vault
from roundtable_app.vault import engine as eng
marks["vault_import"] = time.time()
app = create_application([])
window = MainWindow()
window.resize(1280, 720)
marks["window"] = time.time()
kdf = [0.0]
real_connect = eng.connect_raw

def timed_connect(*args):
    start = time.perf_counter()
    try:
        return real_connect(*args)
    finally:
        kdf[0] += time.perf_counter() - start

eng.connect_raw = timed_connect
vault = Vault.open(sys.argv[1], sys.argv[2])
marks["open"] = time.time()
window.open_vault(vault)
marks["workspace"] = time.time()
window.show()
app.processEvents()
marks["shown"] = time.time()
while not getattr(window.workspace, "is_loaded", True):
    app.processEvents()
marks["ready"] = time.time()
print(json.dumps({"marks": marks, "kdf": kdf[0]}))
window.close()
"""

WELCOME = r"""
import json, time
from roundtable_app.ui.app import create_application
from roundtable_app.ui.main_window import MainWindow
app = create_application([])
window = MainWindow()
window.resize(1280, 720)
window.show()
app.processEvents()
print(json.dumps({"marks": {"shown": time.time()}, "kdf": 0.0}))
window.close()
"""

BASELINE = r"""
import json, time
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QPlainTextEdit())
window.resize(1280, 720)
window.show()
app.processEvents()
print(json.dumps({"marks": {"shown": time.time()}, "kdf": 0.0}))
"""

# (label, from mark, to mark); "start" is just before the process was spawned.
PHASES = (
    ("python + Qt + Roundtable UI import", "start", "ui_import"),
    ("SQLAlchemy import (floor)", "ui_import", "sqla_import"),
    ("vault + guard import", "sqla_import", "vault_import"),
    ("QApplication + main window", "vault_import", "window"),
    ("vault open, key derivation excl.", "window", "open"),
    ("key derivation", None, None),
    ("workspace build", "open", "workspace"),
    ("first paint", "workspace", "shown"),
)


def run(code: str, *args: str, env: dict[str, str]) -> dict[str, float]:
    """One fresh process; every mark becomes seconds since just before it was spawned."""
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, check=True, capture_output=True, text=True
    ).stdout
    data = json.loads(out.strip().splitlines()[-1])
    marks = {name: t - start for name, t in data["marks"].items()}
    marks["start"] = 0.0
    marks["kdf"] = data["kdf"]
    return marks


def phase(marks: dict[str, float], begin: str | None, end: str | None) -> float:
    """One phase's seconds; the key derivation is taken out of the vault open it sits in."""
    if begin is None or end is None:
        return marks["kdf"]
    seconds = marks[end] - marks[begin]
    return seconds - marks["kdf"] if end == "open" else seconds


def run_frozen(exe: Path, *args: str, env: dict[str, str]) -> float:
    """Seconds from spawning a frozen executable to its window painted (it prints the time)."""
    start = time.time()
    out = subprocess.run(
        [str(exe), *args], env=env, check=True, capture_output=True, text=True
    ).stdout
    return float(json.loads(out.strip().splitlines()[-1])["shown"]) - start


def frozen(path: Path, passphrase: str, env: dict[str, str]) -> None:
    """The standalone build against the frozen minimal window, interleaved, medians."""
    if not (FROZEN_APP.is_file() and FROZEN_MINIMAL.is_file()):
        print("frozen build: not measured (run `make dist dist-bench` first)")
        return
    base_env = {k: v for k, v in env.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    probe = {**base_env, "ROUNDTABLE_PASSPHRASE": passphrase}
    runs: dict[str, list[float]] = {"minimal": [], "welcome": [], "capture": []}
    run_frozen(FROZEN_MINIMAL, env=base_env)  # warm the disk cache
    run_frozen(FROZEN_APP, env={**probe, "ROUNDTABLE_FROZEN_PROBE": "welcome"})
    for _ in range(RUNS):
        runs["minimal"].append(run_frozen(FROZEN_MINIMAL, env=base_env))
        runs["welcome"].append(
            run_frozen(FROZEN_APP, env={**probe, "ROUNDTABLE_FROZEN_PROBE": "welcome"})
        )
        runs["capture"].append(
            run_frozen(FROZEN_APP, str(path), env={**probe, "ROUNDTABLE_FROZEN_PROBE": "capture"})
        )
    base = statistics.median(runs["minimal"])
    welcome = statistics.median(runs["welcome"])
    capture = statistics.median(runs["capture"])
    print("frozen (make dist), medians:")
    print(f"  minimal PySide6 window, frozen the same way: {base:.3f} s")
    print(
        f"  roundtable welcome window:                   {welcome:.3f} s  "
        f"ratio {welcome / base:.2f}x (target <= 1.5x)"
    )
    print(
        f"  roundtable capture window (demo vault):      {capture:.3f} s  "
        f"ratio {capture / base:.2f}x (key derivation included)"
    )


def main() -> int:
    """Print the breakdown, the medians and the ratios."""
    from roundtable_app.vault.demo import DEMO_PASSPHRASE, create_demo

    with tempfile.TemporaryDirectory(prefix="roundtable-bench-") as tmp:
        path = Path(tmp) / "demo.roundtable"
        create_demo(path, DEMO_PASSPHRASE).close()
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "ROUNDTABLE_SETTINGS_DIR": str(Path(tmp) / "settings"),
        }
        frozen(path, DEMO_PASSPHRASE, env)
        app_runs, base_runs, welcome_runs = [], [], []
        run(BASELINE, env=env)  # warm the disk cache for both
        run(APP, str(path), DEMO_PASSPHRASE, env=env)
        for _ in range(RUNS):  # interleaved, so drift hits all three alike
            base_runs.append(run(BASELINE, env=env))
            app_runs.append(run(APP, str(path), DEMO_PASSPHRASE, env=env))
            welcome_runs.append(run(WELCOME, env=env))

    def med(values: list[float]) -> float:
        return statistics.median(values)

    base = med([r["shown"] for r in base_runs])
    print(f"runs each: {RUNS} (medians; baseline, capture and welcome runs interleaved)")
    print(f"baseline, minimal PySide6 window shown:      {base:.3f} s")
    print("roundtable capture window, by phase:")
    for label, begin, end in PHASES:
        seconds = med([phase(r, begin, end) for r in app_runs])
        print(f"  {label:<36} {seconds:.3f} s  ({seconds / base:.2f}x baseline)")
    total = med([r["shown"] for r in app_runs])
    no_kdf = med([r["shown"] - r["kdf"] for r in app_runs])
    no_floor = med([r["shown"] - r["kdf"] - (r["sqla_import"] - r["ui_import"]) for r in app_runs])
    after = med([r["ready"] - r["shown"] for r in app_runs])
    print(f"  {'= shown':<36} {total:.3f} s")
    print(f"  then saved remarks + guard, after paint {after:.3f} s (not in the totals)")
    welcome = med([r["shown"] for r in welcome_runs])
    print(
        f"roundtable welcome window (no vault):        {welcome:.3f} s  ratio {welcome / base:.2f}x"
    )
    print(f"ratio, total, key derivation included:     {total / base:.2f}x")
    print(f"ratio, total, key derivation excluded:     {no_kdf / base:.2f}x (target <= 1.5x)")
    print(
        f"ratio, minus the SQLAlchemy import floor:  {no_floor / base:.2f}x "
        "(key derivation excluded)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
