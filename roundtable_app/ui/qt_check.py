"""``python -m roundtable_app.ui.qt_check``: name the Debian packages Qt's platform plugins
miss, in plain words. ``make run`` calls it when the app fails to start, because Qt itself
names only the first missing library (often not even the right one) and then aborts.

It never imports Qt (that is what fails); it reads the plugins' dependencies with ``ldd``.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

#: Shared libraries Qt's offscreen and xcb plugins load, by the Debian package that holds them.
LIBRARY_PACKAGES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
}

#: What README.md and .ci/run install: everything above, for offscreen and a desktop (xcb).
QT_DEBIAN_PACKAGES: tuple[str, ...] = tuple(dict.fromkeys(LIBRARY_PACKAGES.values()))


def missing_libraries(ldd_output: str) -> list[str]:
    """The sonames ``ldd`` reports as ``not found``, in the order it lists them, once each."""
    found = []
    for line in ldd_output.splitlines():
        if "not found" in line:
            name = line.split("=>")[0].strip()
            if name and name not in found:
                found.append(name)
    return found


def hint(missing: list[str]) -> str:
    """A plain message naming the missing libraries and the command that installs them."""
    if not missing:
        return ""
    packages = list(dict.fromkeys(LIBRARY_PACKAGES.get(lib, lib) for lib in missing))
    return (
        "Qt could not load its platform plugin: these system libraries are missing:\n  "
        + "\n  ".join(missing)
        + "\nOn Debian or Ubuntu, install them with:\n  sudo apt-get install "
        + " ".join(packages)
        + "\n(README.md, 'System packages', lists everything Qt needs.)"
    )


def plugin_files() -> list[Path]:
    """Qt's platform plugins and the library behind xcb, from the installed PySide6."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return []
    qt = Path(spec.origin).parent / "Qt"
    names = [
        "plugins/platforms/libqxcb.so",
        "plugins/platforms/libqoffscreen.so",
        "lib/libQt6XcbQpa.so.6",
        "lib/libQt6Gui.so.6",
    ]
    return [qt / n for n in names if (qt / n).exists()]


def main() -> int:
    """Print a hint when libraries are missing; exit 1 then, 0 when nothing is missing."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return 0
    output = ""
    for path in plugin_files():
        run = subprocess.run([ldd, str(path)], capture_output=True, text=True, check=False)
        output += run.stdout
    text = hint(missing_libraries(output))
    if not text and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        if os.environ.get("QT_QPA_PLATFORM", "") != "offscreen":
            text = (
                "No display found (DISPLAY is not set): run Roundtable in a desktop session, "
                "or set QT_QPA_PLATFORM=offscreen for a run without a screen."
            )
    if text:
        sys.stderr.write(text + "\n")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
