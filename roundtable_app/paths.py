"""Where the package's data lives, the same from a checkout and from an installed wheel."""

from __future__ import annotations

import importlib.util
from importlib.resources import files
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent


def _package_dir(package: str, checkout_name: str) -> Path:
    # In a wheel, db/ and resources/ are installed as roundtable_app._db / _resources;
    # in a checkout (editable install or plain PYTHONPATH) they sit beside the package.
    if importlib.util.find_spec(package) is not None:
        candidate = Path(str(files(package)))
        if candidate.is_dir():
            return candidate
    return _CHECKOUT / checkout_name


def migrations_dir() -> Path:
    """The Alembic environment (``db/``)."""
    return _package_dir("roundtable_app._db", "db")


def resources_dir() -> Path:
    """Fonts, icons, translations and demo data (``resources/``)."""
    return _package_dir("roundtable_app._resources", "resources")
