"""Refusal with findings, atomic writes, and clear errors for bad destinations."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from export_fixtures import ResolvedDemo
from helpers import PASSPHRASE, run_cli

from roundtable_app.errors import InputError, StorageError
from roundtable_app.export import export_summary
from roundtable_app.export.preflight import check_remarks
from roundtable_app.vault import Vault

ENV = {"ROUNDTABLE_PASSPHRASE": PASSPHRASE}


def test_cli_refuses_with_findings_lists_them_and_writes_nothing(
    resolved_demo: ResolvedDemo, tmp_path: Path
) -> None:
    target = tmp_path / "summary.pdf"
    proc = run_cli("export", str(resolved_demo.path), "--pdf", str(target), env=ENV)
    assert proc.returncode == 1
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert any(line.startswith(f"remark {resolved_demo.accepted_id[:8]} (") for line in lines)
    assert "--accept-findings" in lines[-1] and "dismiss" in lines[-1]
    assert "reword" in lines[-1] and "exclude" in lines[-1]
    assert resolved_demo.dismissed_id[:8] not in proc.stderr


def test_refusal_leaves_an_existing_file_unchanged(
    resolved_demo: ResolvedDemo, tmp_path: Path
) -> None:
    target = tmp_path / "summary.md"
    target.write_bytes(b"the previous summary")
    # --force lets the export replace the file; the refusal still writes nothing
    proc = run_cli("export", str(resolved_demo.path), "--md", str(target), "--force", env=ENV)
    assert proc.returncode == 1
    assert target.read_bytes() == b"the previous summary"


def test_in_process_report_names_every_finding(demo_vault: Vault, tmp_path: Path) -> None:
    flagged = [r for r in check_remarks(demo_vault) if r.findings]
    report = export_summary(demo_vault, "docx", tmp_path / "s.docx")
    assert report.exit_code == 1
    assert not (tmp_path / "s.docx").exists()
    lines = report.lines()
    assert len(lines) == sum(len(r.findings) for r in flagged) + 1
    for item in flagged:
        for f in item.findings:
            assert any(line.startswith(item.label + ": " + f.reason) for line in lines)


def test_accept_findings_exports_and_says_so(demo_vault: Vault, tmp_path: Path) -> None:
    report = export_summary(demo_vault, "pdf", tmp_path / "s.pdf", accept_findings=True)
    assert report.exit_code == 0
    assert report.accepted == 5
    assert "5 unresolved findings;" in report.lines()[0]
    assert f"to {tmp_path / 's.pdf'}" in report.lines()[-1]
    assert " pages: " in report.lines()[-1] and "(s)" not in report.lines()[-1]
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF-")


def test_cli_missing_destination_folder_is_exit_2_and_writes_nothing(
    resolved_demo: ResolvedDemo, tmp_path: Path
) -> None:
    target = tmp_path / "no-such-folder" / "summary.pdf"
    proc = run_cli(
        "export", str(resolved_demo.path), "--pdf", str(target), "--accept-findings", env=ENV
    )
    assert proc.returncode == 2
    assert str(target.parent) in proc.stderr and "does not exist" in proc.stderr
    assert not target.parent.exists()
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("code", [errno.EROFS, errno.ENOSPC])
def test_disk_refusing_the_write_is_a_storage_error_and_keeps_the_old_file(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "summary.pdf"
    target.write_bytes(b"good old summary")

    def refuse(src: object, dst: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(StorageError) as caught:
        export_summary(vault, "pdf", target, replace=True)
    assert caught.value.exit_code == 2
    assert str(target) in str(caught.value)
    assert target.read_bytes() == b"good old summary"
    assert sorted(p.name for p in out.iterdir()) == ["summary.pdf"]  # no temporary left


def test_failing_open_is_a_storage_error_naming_the_path(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> int:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(StorageError, match="read-only"):
        export_summary(vault, "md", tmp_path / "summary.md")
    assert not (tmp_path / "summary.md").exists()


def test_the_vault_itself_is_refused_as_output(vault: Vault) -> None:
    before = vault.path.read_bytes()
    with pytest.raises(InputError, match="vault itself"):
        export_summary(vault, "pdf", vault.path)
    assert vault.path.read_bytes() == before
    assert vault.themes()  # still usable


def test_unknown_format_is_an_input_error(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="format"):
        export_summary(vault, "rtf", tmp_path / "x.rtf")
    assert not (tmp_path / "x.rtf").exists()
