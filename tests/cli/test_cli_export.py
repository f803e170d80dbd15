"""`roundtable export` as a subprocess: --force, and real singular and plural forms."""

from __future__ import annotations

from pathlib import Path

from helpers import PASSPHRASE, run_cli

ENV = {"ROUNDTABLE_PASSPHRASE": PASSPHRASE}


def test_export_refuses_an_existing_file_unless_forced(tmp_path: Path) -> None:
    vault = tmp_path / "e.roundtable"
    r = run_cli("new", str(vault), "--title", "T", "--theme", "Only theme", env=ENV)
    assert r.returncode == 0 and r.stdout.strip().endswith("1 theme and 0 protected terms")
    r = run_cli("add", str(vault), "--theme", "Only theme", "One remark.", env=ENV)
    assert r.returncode == 0
    out = tmp_path / "summary.pdf"
    out.write_bytes(b"keep me")
    r = run_cli("export", str(vault), "--pdf", str(out), env=ENV)
    assert r.returncode == 2 and "already exists; use --force" in r.stderr
    assert out.read_bytes() == b"keep me" and r.stdout == ""
    r = run_cli("export", str(vault), "--pdf", str(out), "--force", env=ENV)
    assert r.returncode == 0, r.stderr
    assert out.read_bytes().startswith(b"%PDF")
    # "1 remark in 1 theme", "N pages": never "(s)"
    assert r.stdout.strip().endswith(": 1 remark in 1 theme")
    assert " pages: " in r.stdout and "(s)" not in r.stdout
    r = run_cli("list", str(vault), env=ENV)
    assert r.stdout.strip().endswith("\n1 remark")
    r = run_cli("check", str(vault), env=ENV)
    assert r.stdout.strip() == "0 findings in 0 of 1 text"
