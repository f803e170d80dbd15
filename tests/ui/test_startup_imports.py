"""The welcome window comes up without the vault service, the guard or the exporters."""

from __future__ import annotations

import json
import os
import subprocess
import sys

WELCOME = r"""
import json, sys
from roundtable_app.ui.app import create_application
from roundtable_app.ui.main_window import MainWindow
app = create_application([])
window = MainWindow()
window.resize(1280, 720)
window.show()
app.processEvents()
shown = window.isVisible() and window.stack.currentWidget() is window.welcome
heavy = ["sqlalchemy", "sqlcipher3", "reportlab", "docx", "pypdf", "alembic",
         "roundtable_app.vault.service", "roundtable_app.guard",
         # the export package itself is a lazy map (its formats name the menu entries); what
         # must not load is the summary model, the pre-flight and the export run
         "roundtable_app.export.model", "roundtable_app.export.preflight",
         "roundtable_app.export.run"]
print(json.dumps({"shown": shown, "loaded": [m for m in heavy if m in sys.modules]}))
window.close()
"""


def test_welcome_window_imports_no_database_guard_or_export(tmp_path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ROUNDTABLE_SETTINGS_DIR": str(tmp_path / "settings"),
    }
    proc = subprocess.run(
        [sys.executable, "-c", WELCOME],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["shown"] is True
    assert result["loaded"] == []


def test_export_package_lazy_map_and_all_agree() -> None:
    import roundtable_app.export as package

    assert set(package.__all__) == set(package._WHERE)
    for name in package.__all__:
        assert getattr(package, name) is not None
