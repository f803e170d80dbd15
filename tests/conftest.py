"""Shared fixtures: Qt offscreen before any Qt import, settings in a temporary folder, and
vaults on real files in ``tmp_path``."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ROUNDTABLE_DEVICE_ID"] = "test-device"
# The UI follows the system language on a first start; tests assert English wording, so a
# developer's Serbian locale must not reach them (language tests switch languages themselves).
for _name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
    os.environ.pop(_name, None)
os.environ["LC_ALL"] = "C.UTF-8"

from helpers import PASSPHRASE  # noqa: E402

from roundtable_app.vault import Vault  # noqa: E402
from roundtable_app.vault.demo import create_demo  # noqa: E402

THEMES = ("Refugee protection and inclusion", "Rights of the child")


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """QSettings and XDG folders point at a temporary folder, never the user's real ones."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("ROUNDTABLE_SETTINGS_DIR", str(home / "settings"))
    for var in (
        "ROUNDTABLE_PASSPHRASE",
        "ROUNDTABLE_NEW_PASSPHRASE",
        "ROUNDTABLE_BUNDLE_PASSPHRASE",
    ):
        monkeypatch.delenv(var, raising=False)
    yield


@pytest.fixture
def passphrase() -> str:
    """A passphrase with quotes, a backslash and a non-ASCII letter."""
    return PASSPHRASE


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    """Where a test's vault lives."""
    return tmp_path / "event.roundtable"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    """A new, open vault with two themes, on a real file."""
    v = Vault.create(vault_path, PASSPHRASE, title="Test roundtable", themes=THEMES)
    yield v
    v.close()


@pytest.fixture
def demo_vault(tmp_path: Path) -> Iterator[Vault]:
    """The demo event, open, on a real file."""
    v = create_demo(tmp_path / "demo.roundtable", PASSPHRASE)
    yield v
    v.close()
