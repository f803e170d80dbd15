"""Print the oldest glibc a build runs on: the newest ``GLIBC_x.y`` symbol version any of its
ELF files needs (``python glibc_floor.py FOLDER``; uses ``objdump`` from binutils)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

VERSION = re.compile(rb"GLIBC_(\d+)\.(\d+)(?:\.(\d+))?")


def needed(folder: Path) -> tuple[tuple[int, ...], Path | None]:
    """The newest glibc version required, and the file that requires it."""
    best: tuple[int, ...] = (2, 0)
    where: Path | None = None
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, check=False).stdout
        for match in VERSION.finditer(out):
            version = tuple(int(part) for part in match.groups() if part is not None)
            if version > best:
                best, where = version, path
    return best, where


def main() -> int:
    """Print ``2.NN`` (and, with ``-v``, the file that needs it) for the folder given."""
    version, where = needed(Path(sys.argv[1]))
    print(".".join(map(str, version)))
    if "-v" in sys.argv and where is not None:
        print(where, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
