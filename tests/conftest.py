"""Shared fixtures: Qt offscreen before any Qt import, settings in a temporary folder, and
vaults on real files in ``tmp_path``."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The UI follows the system language on a first start; tests assert English wording, so a
# developer's Serbian locale must not reach them (language tests switch languages themselves).
os.environ.pop("LC_MESSAGES", None)
os.environ.pop("LANG", None)
os.environ.pop("LANGUAGE", None)
os.environ["LC_ALL"] = "C.UTF-8"

from helpers import PASSPHRASE

from roundtable_app.vault import Vault
from roundtable_app.vault.demo import create_demo

# `make dist-test` only: the smoke test of the standalone build needs a build to test.
collect_ignore = [] if os.environ.get("ROUNDTABLE_DIST") else ["dist"]

THEMES = ("Refugee protection and inclusion", "Rights of the child")


@pytest.fixture(autouse=True)
def _isolated_settings(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
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


@pytest.fixture
def passphrase() -> str:
    """A passphrase with quotes, a backslash and a non-ASCII letter."""
    return PASSPHRASE


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    """Where a test's vault lives."""
    return tmp_path / "event.roundtable"


def _copy_of(template: Path, target: Path) -> Vault:
    """A test's own copy of a closed template vault, opened (no migrations run again)."""
    # its automatic backups folder stays with the template: each copy starts without backups
    leftovers = [
        p.name
        for p in template.parent.iterdir()
        if p.name not in (template.name, f"{template.name}.backups")
    ]
    assert not leftovers, f"a template vault left side files: {leftovers}"
    shutil.copyfile(template, target)
    target.chmod(0o600)
    return Vault.open(target, PASSPHRASE)


@pytest.fixture(scope="session")
def _vault_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ``vault`` fixture's vault, created (migrations and all) once per session."""
    path = tmp_path_factory.mktemp("template-vault") / "event.roundtable"
    Vault.create(path, PASSPHRASE, title="Test roundtable", themes=THEMES).close()
    return path


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo event, created once per session."""
    path = tmp_path_factory.mktemp("template-demo") / "demo.roundtable"
    create_demo(path, PASSPHRASE).close()
    return path


@pytest.fixture
def vault(vault_path: Path, _vault_template: Path) -> Iterator[Vault]:
    """A new, open vault with two themes, on a real file (a copy of the session's template)."""
    v = _copy_of(_vault_template, vault_path)
    yield v
    v.close()


@pytest.fixture
def demo_vault(tmp_path: Path, _demo_template: Path) -> Iterator[Vault]:
    """The demo event, open, on a real file (a copy of the session's template)."""
    v = _copy_of(_demo_template, tmp_path / "demo.roundtable")
    yield v
    v.close()
