"""What the standalone build leaves out of PySide6, shared by ``roundtable.spec`` and
``minimal.spec`` so the startup bench compares builds made the same way.

Every entry is something Roundtable never loads; ``tests/dist/test_dist_smoke.py`` asserts each
one is absent from the build AND that the build still does everything a user does (CLI, every
export, the desktop app offscreen and on X11), so a wrong exclusion fails the smoke test.
"""

from __future__ import annotations

import fnmatch
import re
import subprocess
import sys

# Python modules: Qt bindings Roundtable does not import (it uses QtCore, QtGui, QtWidgets, and
# QtSvg through the icon plugin), plus stdlib and test-only packages.
EXCLUDED_MODULES = [
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDBus",
    "PySide6.QtPrintSupport",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtMultimedia",
    "PySide6.QtWebEngineCore",
    "tkinter",
    "readline",
    "ssl",  # no network, ever: nothing in the build can open a TLS connection
    "unittest",
    "pydoc",
    "pytest",
    "pytestqt",
    "hypothesis",
    "pypdf",
    "IPython",
    "numpy",
    # Pillow comes with ReportLab (it imports PIL.Image at start); summaries hold no images,
    # so its optional codecs and bridges stay out (Pillow imports each one only if present).
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingcms",
    "PIL._imagingft",
    "PIL._imagingtk",
    "PIL.ImageQt",
    "PIL.ImageTk",
    "PIL.ImageCms",
    "PIL.ImageFont",
]

# Files (paths inside the build, "/"-separated, fnmatch patterns) dropped after analysis, each
# something PyInstaller's Qt hooks would otherwise bring along.
EXCLUDED_FILES = [
    # Platform plugins: xcb (X11), wayland and offscreen (headless renders) are kept.
    "*/plugins/platforms/libqvnc.so",
    "*/plugins/platforms/libqeglfs.so",
    "*/plugins/platforms/libqlinuxfb.so",
    "*/plugins/platforms/libqminimal.so",
    "*/plugins/platforms/libqminimalegl.so",
    "*/plugins/platforms/libqvkkhrdisplay.so",
    "*/plugins/egldeviceintegrations/*",
    # The GTK theme: pulls in GTK's own libraries (cairo, pango, gdk-pixbuf, X11) for nothing,
    # the app draws itself with Fusion and its own palette.
    "*/plugins/platformthemes/libqgtk3.so",
    "*/plugins/generic/*",
    "*/plugins/networkinformation/*",
    "*/plugins/tls/*",
    # Image formats: icons are SVG (qsvg) and screenshots PNG (built into QtGui).
    "*/plugins/imageformats/libq[!s]*.so",
    # Qt's own translations: the app speaks English and Serbian, and Qt ships no Serbian
    # qtbase; a German laptop gets English buttons that match the English app, not a mixture.
    "*/Qt/translations/qtbase_[!e]*.qm",
    "*/Qt/translations/qtbase_e[!n]*.qm",
    "*/Qt/translations/qt_*.qm",  # meta catalogues and Qt Help: never loaded
    # Documentation in resources/ (the README's screenshots) is not a run-time resource.
    "roundtable_app/_resources/screenshots/*",
    "*/__pycache__/*",
]


def _path(entry: tuple[str, ...]) -> str:
    return entry[0].replace("\\", "/")


def excluded(dest: str) -> bool:
    """Whether the file that would land at ``dest`` inside the build is left out."""
    dest = dest.replace("\\", "/")
    return any(fnmatch.fnmatch(dest, pattern) for pattern in EXCLUDED_FILES)


_NEEDED = re.compile(r"^\s*NEEDED\s+(\S+)", re.MULTILINE)
# Loaded with dlopen, not linked, so no NEEDED entry leads to them.
_DLOPENED = ("libdbus-1.so",)


def _needed(source: str) -> list[str]:
    out = subprocess.run(["objdump", "-p", source], capture_output=True, text=True, check=False)
    return _NEEDED.findall(out.stdout)


def _is_library(dest: str) -> bool:
    name = dest.rsplit("/", 1)[-1]
    return name.startswith("lib") and ".so" in name and not dest.startswith(("PySide6/Qt/plugins",))


def unreachable_libraries(binaries: list) -> set[str]:  # type: ignore[type-arg]
    """Shared libraries (by destination) that no kept extension module, plugin or library
    links to: what a dropped plugin (the GTK theme) brought along. Linux only."""
    if not sys.platform.startswith("linux"):
        return set()
    by_name = {_path(entry).rsplit("/", 1)[-1]: entry for entry in binaries}
    roots = [e for e in binaries if not _is_library(_path(e)) or "libpython" in _path(e)]
    seen: set[str] = set()
    todo = [_path(e).rsplit("/", 1)[-1] for e in roots]
    todo += [name for name in by_name if name.startswith(_DLOPENED)]
    while todo:
        name = todo.pop()
        if name in seen or name not in by_name:
            continue
        seen.add(name)
        todo.extend(_needed(by_name[name][1]))
    return {
        _path(e)
        for e in binaries
        if _is_library(_path(e)) and _path(e).rsplit("/", 1)[-1] not in seen
    }


def prune(binaries: list, datas: list) -> tuple[list, list]:  # type: ignore[type-arg]
    """PyInstaller's binaries and datas without the excluded files and without the libraries
    only excluded files needed (with PyInstaller's top-level symlinks to them, in either list)."""
    binaries = [entry for entry in binaries if not excluded(_path(entry))]
    datas = [entry for entry in datas if not excluded(_path(entry))]
    dead = unreachable_libraries([e for e in binaries if e[2] in ("BINARY", "EXTENSION")])
    dead_names = {dest.rsplit("/", 1)[-1] for dest in dead}

    def alive(entry: tuple[str, ...]) -> bool:
        return _path(entry).rsplit("/", 1)[-1] not in dead_names

    return [e for e in binaries if alive(e)], [e for e in datas if alive(e)]
