"""`make run`'s hint names every missing library and the packages that hold them (issue 8,
set-up); the README and .ci/run list the same packages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from roundtable_app.ui.qt_check import QT_DEBIAN_PACKAGES, hint, missing_libraries

ROOT = Path(__file__).resolve().parents[2]
LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f)
\tlibxcb-cursor.so.0 => not found
"""


def test_every_missing_library_is_named_once_with_its_package() -> None:
    missing = missing_libraries(LDD)
    assert missing == ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    text = hint(missing)
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in text
    assert hint([]) == ""


def test_readme_and_ci_install_every_package_qt_needs() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    for package in QT_DEBIAN_PACKAGES:
        assert package in readme, package
        assert package in ci, package


def test_the_check_runs_on_this_machine_without_importing_qt() -> None:
    code = (
        "import sys, roundtable_app.ui.qt_check as c; r = c.main(); "
        "assert 'PySide6' not in sys.modules; print(r)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() in ("0", "1")
