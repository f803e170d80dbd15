"""Entry point of the standalone build: the ``roundtable`` command and the desktop app in one.

``roundtable`` with no arguments (a double click, the desktop launcher) opens the desktop app,
exactly as the installed command does. ``ROUNDTABLE_FROZEN_PROBE`` runs one of the build's
self-checks instead (see ``roundtable_probe``); the smoke test and the startup bench use them.
"""

from __future__ import annotations

import os
import sys


def main() -> int:
    """Run the probe named in ``ROUNDTABLE_FROZEN_PROBE``, else the ``roundtable`` command."""
    if os.environ.get("ROUNDTABLE_FROZEN_PROBE"):
        import roundtable_probe

        return roundtable_probe.main(os.environ["ROUNDTABLE_FROZEN_PROBE"], sys.argv[1:])
    from roundtable_app.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    raise SystemExit(main())
