"""`roundtable search` as a subprocess: plain and JSON output, spans, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import PASSPHRASE, run_cli

from roundtable_app.vault import Vault

ENV = {"ROUNDTABLE_PASSPHRASE": PASSPHRASE}
SR = "Đorđević je pomenuo staratelja i e-mail adresu."
CYR = "Ђорђевић је говорио о старатељству."
EN = "The interpreter said AND NEAR * were words."


@pytest.fixture
def made(tmp_path: Path) -> Path:
    path = tmp_path / "s.roundtable"
    with Vault.create(path, PASSPHRASE, title="T", themes=("Djeca", "Jezik")) as v:
        t1, t2 = (t.id for t in v.themes())
        v.add_remark(SR, t1)
        v.add_remark(CYR, t1)
        v.add_remark(EN, t2, kind="lesson")
    return path


def search(path: Path, *args: str) -> list[dict[str, object]]:
    r = run_cli("search", str(path), *args, "--json", env=ENV)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_json_matches_are_code_point_spans_into_text(made: Path) -> None:
    rows = search(made, "dordevic")
    assert [row["text"] for row in rows] == [SR, CYR]
    for row in rows:
        assert set(row) == {"id", "theme", "kind", "session", "text", "status", "matches"}
        spans = row["matches"]
        assert [str(row["text"])[a:b] for a, b in spans] in (["Đorđević"], ["Ђорђевић"])  # type: ignore[misc]


def test_latin_finds_cyrillic_with_theme_filter(made: Path) -> None:
    rows = search(made, "staratelj", "--theme", "djeca")
    assert [row["text"] for row in rows] == [SR, CYR]
    assert search(made, "staratelj", "--theme", "Jezik") == []


@pytest.mark.parametrize("query", ["AND", "NEAR", '"interp', "e-mail", "*", '"', "COVID-19"])
def test_hostile_queries_exit_zero(made: Path, query: str) -> None:
    r = run_cli("search", str(made), query, env=ENV)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr


def test_plain_output_and_no_match_is_exit_zero(made: Path) -> None:
    r = run_cli("search", str(made), "interpreter", env=ENV)
    assert r.returncode == 0
    assert "lesson" in r.stdout and "1 remark matches" in r.stdout
    r = run_cli("search", str(made), "nothing-like-this", env=ENV)
    assert r.returncode == 0
    assert "0 remarks match" in r.stdout


def test_unknown_theme_and_wrong_passphrase(made: Path) -> None:
    r = run_cli("search", str(made), "x", "--theme", "No such", env=ENV)
    assert r.returncode == 2
    r = run_cli("search", str(made), "x", env={"ROUNDTABLE_PASSPHRASE": "wrong passphrase!"})
    assert r.returncode == 3


def test_verify_reports_the_rebuilt_index(made: Path) -> None:
    r = run_cli("verify", str(made), env=ENV)
    assert r.returncode == 0, r.stderr
    assert "search index: rebuilt over 3 remarks" in r.stdout
