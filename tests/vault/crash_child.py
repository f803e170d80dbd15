"""A child process for crash tests: saves remarks on a real vault and reports each one.

``python crash_child.py VAULT hot N``: add N remarks, print each id once committed, then
SIGKILL itself, so the WAL stays behind exactly as after a crash.
``python crash_child.py VAULT loop``: add remarks until killed, printing each id (flushed)
only after ``add_remark`` returned, i.e. after the commit reached the disk.
The passphrase comes from ``ROUNDTABLE_PASSPHRASE``.
"""

from __future__ import annotations

import os
import signal
import sys

from roundtable_app.vault import Vault


def main() -> None:
    path, mode = sys.argv[1], sys.argv[2]
    vault = Vault.open(path, os.environ["ROUNDTABLE_PASSPHRASE"])
    theme = vault.themes()[0].id
    i = 0
    limit = int(sys.argv[3]) if mode == "hot" else -1
    while limit < 0 or i < limit:
        r = vault.add_remark(f"crash test remark number {i} " + "words " * 20, theme)
        sys.stdout.write(r.id + "\n")
        sys.stdout.flush()
        i += 1
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    main()
