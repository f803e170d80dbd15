"""Startup: process start to the capture window shown on an open demo vault.

Each run spawns a fresh ``python -c`` process. The app run imports Roundtable, unlocks a
pre-made demo vault (key derivation, timed separately), builds the MainWindow with the capture
workspace, shows it and processes events; the baseline run shows a minimal PySide6 window the
same way. Medians of several interleaved runs are printed with the ratio (target: within 1.5x,
key derivation excluded). The welcome window (no vault open yet) is measured too.
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

RUNS = 5

APP = r"""
import json, sys, time
from roundtable_app.ui.app import create_application
from roundtable_app.ui.main_window import MainWindow
from roundtable_app.vault import Vault
t_import = time.time()
app = create_application([])
t0 = time.time()
vault = Vault.open(sys.argv[1], sys.argv[2])
kdf = time.time() - t0
window = MainWindow()
window.resize(1280, 720)
window.open_vault(vault)
window.show()
app.processEvents()
t_shown = time.time()
print(json.dumps({"import": t_import, "kdf": kdf, "shown": t_shown}))
window.close()
"""

WELCOME = r"""
import json, time
from roundtable_app.ui.app import create_application
from roundtable_app.ui.main_window import MainWindow
t_import = time.time()
app = create_application([])
window = MainWindow()
window.resize(1280, 720)
window.show()
app.processEvents()
print(json.dumps({"import": t_import, "kdf": 0.0, "shown": time.time()}))
window.close()
"""

BASELINE = r"""
import json, time
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit
t_import = time.time()
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QPlainTextEdit())
window.resize(1280, 720)
window.show()
app.processEvents()
print(json.dumps({"import": t_import, "kdf": 0.0, "shown": time.time()}))
"""


def run(code: str, *args: str, env: dict[str, str]) -> dict[str, float]:
    """One fresh process; times are seconds since just before it was spawned."""
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, check=True, capture_output=True, text=True
    ).stdout
    marks = json.loads(out.strip().splitlines()[-1])
    return {"import": marks["import"] - start, "kdf": marks["kdf"], "shown": marks["shown"] - start}


def main() -> int:
    """Print the medians and the ratio."""
    from roundtable_app.vault.demo import DEMO_PASSPHRASE, create_demo

    with tempfile.TemporaryDirectory(prefix="roundtable-bench-") as tmp:
        path = Path(tmp) / "demo.roundtable"
        create_demo(path, DEMO_PASSPHRASE).close()
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "ROUNDTABLE_SETTINGS_DIR": str(Path(tmp) / "settings"),
        }
        app_runs, base_runs, welcome_runs = [], [], []
        run(BASELINE, env=env)  # warm the disk cache for both
        run(APP, str(path), DEMO_PASSPHRASE, env=env)
        for _ in range(RUNS):  # interleaved, so drift hits both alike
            base_runs.append(run(BASELINE, env=env))
            app_runs.append(run(APP, str(path), DEMO_PASSPHRASE, env=env))
            welcome_runs.append(run(WELCOME, env=env))

    def med(runs: list[dict[str, float]], key: str) -> float:
        return statistics.median(r[key] for r in runs)

    base = med(base_runs, "shown")
    app_total = med(app_runs, "shown")
    kdf = med(app_runs, "kdf")
    app_no_kdf = statistics.median(r["shown"] - r["kdf"] for r in app_runs)
    print(f"runs each: {RUNS}")
    print(
        f"baseline (minimal PySide6 window): imports {med(base_runs, 'import'):.3f} s, "
        f"shown {base:.3f} s"
    )
    print(
        f"roundtable capture window:         imports {med(app_runs, 'import'):.3f} s, "
        f"shown {app_total:.3f} s"
    )
    print(f"key derivation (Vault.open):       {kdf:.3f} s")
    print(
        f"roundtable welcome window (no vault): shown {med(welcome_runs, 'shown'):.3f} s, "
        f"ratio {med(welcome_runs, 'shown') / base:.2f}x"
    )
    print(f"ratio, key derivation excluded: {app_no_kdf / base:.2f}x (target <= 1.5x)")
    print(f"ratio, key derivation included: {app_total / base:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
