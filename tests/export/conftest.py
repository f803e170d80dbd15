"""Fixtures for export tests: the demo event with its deliberate slips resolved."""

from __future__ import annotations

import pytest
from export_fixtures import ResolvedDemo, resolve_slips
from helpers import PASSPHRASE

from roundtable_app.vault.demo import create_demo


@pytest.fixture(scope="module")
def resolved_demo(tmp_path_factory: pytest.TempPathFactory) -> ResolvedDemo:
    """A closed demo vault on disk with three slips resolved and one left."""
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.roundtable"
    vault = create_demo(path, PASSPHRASE)
    try:
        original, excluded, dismissed, accepted = resolve_slips(vault)
    finally:
        vault.close()
    return ResolvedDemo(path, original, excluded, dismissed, accepted)
