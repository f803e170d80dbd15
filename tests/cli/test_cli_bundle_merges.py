"""A Review merge travels through ``roundtable bundle export`` / ``bundle import``.

Merging is done in Review (there is no merge command), so the test merges through the vault
API on laptop A's file and does everything else with the real command, as a subprocess.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import PASSPHRASE, run_cli

from roundtable_app.vault import Vault

# Seconds to minutes each (subprocesses, kills, many syncs to disk): `pytest -m "not slow"`
# leaves them out while iterating.
pytestmark = pytest.mark.slow

BUNDLE_PASS = "bundle passphrase for the merges"
ENV = {"ROUNDTABLE_PASSPHRASE": PASSPHRASE, "ROUNDTABLE_BUNDLE_PASSPHRASE": BUNDLE_PASS}
MERGED = "A guardian is appointed only after three weeks."
FIRST = "Guardians are appointed after three weeks."
SECOND = "It takes about three weeks to get a guardian."


def ok(*args: str) -> str:
    r = run_cli(*args, env=ENV)
    assert r.returncode == 0, r.stderr
    return r.stdout


def listing(path: Path) -> list[dict[str, object]]:
    return sorted(json.loads(ok("list", str(path), "--json")), key=lambda r: str(r["id"]))


def found(path: Path, query: str) -> list[str]:
    return [str(r["text"]) for r in json.loads(ok("search", str(path), query, "--json"))]


def summary(path: Path, out: Path) -> str:
    ok("export", str(path), "--md", str(out), "--accept-findings")
    return out.read_text(encoding="utf-8")


def test_merge_and_split_travel_by_bundle(tmp_path: Path) -> None:
    a, b = tmp_path / "a.roundtable", tmp_path / "b.roundtable"
    ok("new", str(a), "--title", "Laptop A", "--theme", "Guardianship")
    ok("new", str(b), "--title", "Laptop B", "--theme", "Guardianship")
    first = ok("add", str(a), "--theme", "Guardianship", FIRST).strip()
    second = ok("add", str(a), "--theme", "Guardianship", SECOND).strip()
    ok("add", str(a), "--theme", "Guardianship", "Interpreters are missing at night.")
    with Vault.open(a, PASSPHRASE) as vault:
        merged = vault.combine_remarks([first, second], MERGED).id

    ok("bundle", "export", str(a), str(tmp_path / "merged.rtbundle"))
    ok("bundle", "import", str(b), str(tmp_path / "merged.rtbundle"))
    assert listing(b) == listing(a)  # every remark, the originals too, word for word
    assert len(listing(b)) == 4
    # B shows one merged remark where A does: search and the summary leave the originals out
    assert found(b, "three weeks") == found(a, "three weeks") == [MERGED]
    text_b = summary(b, tmp_path / "b.md")
    assert MERGED in text_b and FIRST not in text_b and SECOND not in text_b

    with Vault.open(a, PASSPHRASE) as vault:
        vault.split_remark(merged)
    ok("bundle", "export", str(a), str(tmp_path / "split.rtbundle"))
    ok("bundle", "import", str(b), str(tmp_path / "split.rtbundle"))
    assert listing(b) == listing(a)
    assert sorted(found(b, "three weeks")) == sorted(found(a, "three weeks")) == [FIRST, SECOND]
    text_b = summary(b, tmp_path / "b2.md")
    assert MERGED not in text_b and FIRST in text_b and SECOND in text_b
