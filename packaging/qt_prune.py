"""What the standalone build leaves out of PySide6, shared by ``roundtable.spec`` and
``minimal.spec`` so the startup bench compares builds made the same way.

Every entry is something Roundtable never loads; ``tests/dist/test_dist_smoke.py`` asserts each
one is absent from the build AND that the build still does everything a user does (CLI, every
export, the desktop app offscreen and on X11), so a wrong exclusion fails the smoke test.
"""

from __future__ import annotations

import fnmatch

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
    "unittest",
    "pydoc",
    "pytest",
    "pytestqt",
    "hypothesis",
    "pypdf",
    "IPython",
    "numpy",
    "PIL",
]

# Files (paths inside the build, "/"-separated, fnmatch patterns) dropped after analysis.
EXCLUDED_FILES = [
    # Platform plugins: xcb (X11), wayland and offscreen (tests, headless renders) are kept.
    "*/plugins/platforms/libqvnc.so",
    "*/plugins/platforms/libqeglfs.so",
    "*/plugins/platforms/libqlinuxfb.so",
    "*/plugins/platforms/libqminimalegl.so",
    "*/plugins/platforms/libqminimal.so",
    "*/plugins/egldeviceintegrations/*",
    "*/plugins/platforminputcontexts/*",
    "*/plugins/generic/*",
    "*/plugins/networkinformation/*",
    "*/plugins/tls/*",
    "*/plugins/sqldrivers/*",
    "*/plugins/printsupport/*",
    "*/plugins/qmltooling/*",
    # Image formats: icons are SVG (qsvg) and screenshots PNG (built into QtGui).
    "*/plugins/imageformats/libqgif.so",
    "*/plugins/imageformats/libqicns.so",
    "*/plugins/imageformats/libqico.so",
    "*/plugins/imageformats/libqjpeg.so",
    "*/plugins/imageformats/libqpdf.so",
    "*/plugins/imageformats/libqtga.so",
    "*/plugins/imageformats/libqtiff.so",
    "*/plugins/imageformats/libqwbmp.so",
    "*/plugins/imageformats/libqwebp.so",
    # Libraries only the dropped modules and plugins use.
    "*/libQt6Network.so*",
    "*/libQt6Qml*.so*",
    "*/libQt6Quick*.so*",
    "*/libQt6OpenGL.so*",
    "*/libQt6OpenGLWidgets.so*",
    "*/libQt6Pdf*.so*",
    "*/libQt6Sql.so*",
    "*/libQt6Test.so*",
    "*/libQt6Xml.so*",
    "*/libQt6Concurrent.so*",
    "*/libQt6EglFSDeviceIntegration.so*",
    "*/libQt6EglFsKmsSupport.so*",
    "*/libQt6EglFsKmsGbmSupport.so*",
    # Qt's own translations: only qtbase (standard dialogs and buttons) is loaded.
    "*/translations/qt_help_*",
    "*/translations/qtdeclarative_*",
    "*/translations/qtmultimedia_*",
    "*/translations/qtconnectivity_*",
    "*/translations/qtlocation_*",
    "*/translations/qtserialport_*",
    "*/translations/qtwebsockets_*",
    "*/translations/qtwebengine_*",
    "*/translations/designer_*",
    "*/translations/linguist_*",
    "*/translations/assistant_*",
    "*/translations/qt_[a-z][a-z].qm",
    "*/translations/qt_[a-z][a-z]_[A-Z][A-Z].qm",
    # Documentation in resources/ (README screenshots) is not a run-time resource.
    "roundtable_app/_resources/screenshots/*",
    "*/__pycache__/*",
]


def _path(entry: tuple[str, ...]) -> str:
    return entry[0].replace("\\", "/")


def excluded(dest: str) -> bool:
    """Whether the file that would land at ``dest`` inside the build is left out."""
    dest = dest.replace("\\", "/")
    return any(fnmatch.fnmatch(dest, pattern) for pattern in EXCLUDED_FILES)


def prune(toc: list) -> list:  # type: ignore[type-arg]
    """``toc`` (PyInstaller's binaries or datas) without the excluded files."""
    return [entry for entry in toc if not excluded(_path(entry))]
