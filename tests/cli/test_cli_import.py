"""`roundtable import`: all or nothing, and every bad file named with its line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import PASSPHRASE, run_cli

ENV = {"ROUNDTABLE_PASSPHRASE": PASSPHRASE}


@pytest.fixture
def made(tmp_path: Path) -> Path:
    path = tmp_path / "e.roundtable"
    assert (
        run_cli(
            "new",
            str(path),
            "--title",
            "T",
            "--theme",
            "Refugee protection",
            "--theme",
            "Rights of the child",
            env=ENV,
        ).returncode
        == 0
    )
    assert (
        run_cli(
            "add", str(path), "--theme", "Refugee protection", "already there", env=ENV
        ).returncode
        == 0
    )
    return path


def texts(path: Path) -> list[str]:
    r = run_cli("list", str(path), "--json", env=ENV)
    return [x["text"] for x in json.loads(r.stdout)]


def test_csv_with_bom_and_jsonl_import(made: Path, tmp_path: Path) -> None:
    csv_file = tmp_path / "r.csv"
    csv_file.write_bytes(
        "\ufefftheme,kind,session,text\n"
        'Refugee protection,,,"Plain, with a comma"\n'
        "Rights of the child,good practice,Day 2,Старатељи на терену\n".encode()
    )
    r = run_cli("import", str(made), str(csv_file), env=ENV)
    assert r.returncode == 0, r.stderr
    assert "added 2" in r.stdout
    jsonl = tmp_path / "r.jsonl"
    jsonl.write_text(
        '{"theme": "Refugee protection", "text": "from jsonl", "kind": "lesson"}\n'
        '\n{"theme": "New theme", "text": "needs a new theme"}\n',
        "utf-8",
    )
    assert run_cli("import", str(made), str(jsonl), env=ENV).returncode == 2
    r = run_cli("import", str(made), str(jsonl), "--create-themes", env=ENV)
    assert r.returncode == 0, r.stderr
    assert texts(made) == [
        "already there",
        "Plain, with a comma",
        "Старатељи на терену",
        "from jsonl",
        "needs a new theme",
    ]


BAD = {
    "unknown-theme.csv": (b"theme,text\nRefugee protection,ok\nAtlantis,bad\n", "line 3"),
    "bad-kind.csv": (b"theme,kind,text\nRefugee protection,gossip,x\n", "line 2"),
    "missing-column.csv": (b"theme,kind\nRefugee protection,lesson\n", "line 1"),
    "bad-utf8.csv": (b"theme,text\nRefugee protection,ok\nRefugee protection,\xff\xfe\n", "line 3"),
    "huge.csv": (b"theme,text\nRefugee protection," + b"x" * 1_000_000 + b"\n", "line 2"),
    "not-json.jsonl": (b'{"theme": "Refugee protection", "text": "ok"}\n{not json\n', "line 2"),
    "no-text.jsonl": (b'{"theme": "Refugee protection"}\n', "line 1"),
    "empty.csv": (b"", "empty"),
    "short-row.csv": (b"theme,kind,session,text\nRefugee protection,lesson\n", "line 2"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_import_names_file_and_line_and_changes_nothing(
    made: Path, tmp_path: Path, name: str
) -> None:
    content, where = BAD[name]
    bad = tmp_path / name
    bad.write_bytes(content)
    before = texts(made)
    r = run_cli("import", str(made), str(bad), env=ENV)
    assert r.returncode == 2, r.stderr
    assert name in r.stderr and where in r.stderr
    assert "Traceback" not in r.stderr and "xxxxxxxx" not in r.stderr
    assert texts(made) == before


def test_missing_import_file(made: Path, tmp_path: Path) -> None:
    r = run_cli("import", str(made), str(tmp_path / "none.csv"), env=ENV)
    assert r.returncode == 2 and "no such file" in r.stderr
