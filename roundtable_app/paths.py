"""Where the package's data lives, the same from a checkout and from an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(installed_name: str, checkout_name: str) -> Path:
    # A wheel installs db/ and resources/ inside the package as _db/ and _resources/
    # (see [tool.setuptools.package-dir]); a checkout keeps them beside the package.
    installed = _PACKAGE / installed_name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / checkout_name


def migrations_dir() -> Path:
    """The Alembic environment (``db/``)."""
    return _data_dir("_db", "db")


def resources_dir() -> Path:
    """Fonts, icons, translations and demo data (``resources/``)."""
    return _data_dir("_resources", "resources")
