"""``python -m roundtable_app``: the same as the ``roundtable`` command."""

from roundtable_app.cli import main

raise SystemExit(main())
