"""Issue 10 items 9 and 13 (non-bundle parts): bad import files exit 2 naming the file and
line, never quote remark text, and leave the vault exactly as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import PASSPHRASE, run_cli

from roundtable_app.vault import Vault

ENV = {"ROUNDTABLE_PASSPHRASE": PASSPHRASE}
SECRET = "Ambassador Dragana Petrović of the Ministry told us"


@pytest.fixture
def vault_file(tmp_path: Path) -> Path:
    path = tmp_path / "v.roundtable"
    with Vault.create(path, PASSPHRASE, title="T", themes=["Protection", "Children"]) as v:
        v.add_remark("already there", v.themes()[0].id)
    return path


def listing(path: Path) -> str:
    r = run_cli("list", str(path), "--json", env=ENV)
    assert r.returncode == 0, r.stderr
    return r.stdout


CASES = {
    "deep.jsonl": ("[" * 100_000 + "]" * 100_000 + "\n", "line 1", "nested too deeply"),
    "deep_obj.jsonl": (
        '{"theme": "Protection", "text": ' + "[" * 5000 + "]" * 5000 + "}\n",
        "line 1",
        "",
    ),
    "surrogate.jsonl": ('{"theme": "Protection", "text": "a \\ud800 b"}\n', "line 1", "surrogate"),
    "huge.jsonl": (
        '{"theme": "Protection", "text": "x", "n": ' + "9" * 5000 + "}\n",
        "line 1",
        "too large",
    ),
    "unclosed.csv": (
        'theme,kind,session,text\nProtection,,,fine\nProtection,,,"opens here\n'
        + "Children,,,next line\n" * 50,
        "line 3",
        "never closed",
    ),
    "shifted.csv": (f"theme,kind,session,text\n{SECRET},,,Protection\n", "line 2", "column theme"),
    "badkind.csv": (f"theme,kind,session,text\nProtection,{SECRET},,x\n", "line 2", "column kind"),
    "badkind.jsonl": (
        json.dumps({"theme": "Protection", "kind": SECRET, "text": "x"}) + "\n",
        "line 1",
        "column kind",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_import_exits_2_names_file_and_line_and_changes_nothing(
    vault_file: Path, tmp_path: Path, name: str
):
    content, where, what = CASES[name]
    f = tmp_path / name
    f.write_text(content, encoding="utf-8")
    before = listing(vault_file)
    r = run_cli("import", str(vault_file), str(f), env=ENV)
    assert r.returncode == 2, (r.returncode, r.stderr[-500:])
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr
    assert f"{f}, {where}" in r.stderr, r.stderr
    assert what in r.stderr
    assert SECRET not in r.stderr and "Petrović" not in r.stderr
    assert listing(vault_file) == before
