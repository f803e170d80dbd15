"""The `roundtable` command as a subprocess: the contract in shared/CLI.md."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import PASSPHRASE, run_cli

from roundtable_app.vault import Vault

ENV = {"ROUNDTABLE_PASSPHRASE": PASSPHRASE}


@pytest.fixture
def made(tmp_path: Path) -> Path:
    path = tmp_path / "e.roundtable"
    r = run_cli(
        "new",
        str(path),
        "--title",
        "Subotica roundtable",
        "--theme",
        "Rights of the child",
        "--theme",
        "Trauma care",
        "--venue",
        "Subotica",
        env=ENV,
    )
    assert r.returncode == 0, r.stderr
    return path


def listing(path: Path) -> list[dict[str, str]]:
    r = run_cli("list", str(path), "--json", env=ENV)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_new_add_list_round_trip(made: Path) -> None:
    r = run_cli(
        "add",
        str(made),
        "--theme",
        "rights of the child",
        "--kind",
        "recommendation",
        "--session",
        "Day 1",
        "Appoint guardians within 72 hours.",
        env=ENV,
    )
    assert r.returncode == 0, r.stderr
    remark_id = r.stdout.strip()
    assert len(remark_id) == 36
    (row,) = listing(made)
    assert row == {
        "id": remark_id,
        "theme": "Rights of the child",
        "kind": "recommendation",
        "session": "Day 1",
        "text": "Appoint guardians within 72 hours.",
        "status": "captured",
    }
    r = run_cli("list", str(made), "--theme", "Trauma care", "--json", env=ENV)
    assert json.loads(r.stdout) == []


def test_add_reads_stdin_with_dash_or_no_text(made: Path) -> None:
    for args in (["-"], []):
        r = run_cli(
            "add",
            str(made),
            "--theme",
            "Trauma care",
            *args,
            env=ENV,
            input="Čuvari deteta — Цирилица too\n".encode(),
        )
        assert r.returncode == 0, r.stderr
    assert [x["text"] for x in listing(made)] == ["Čuvari deteta — Цирилица too"] * 2


def test_new_refuses_existing_file_and_short_passphrase(made: Path, tmp_path: Path) -> None:
    before = made.read_bytes()
    r = run_cli("new", str(made), "--title", "again", env=ENV)
    assert r.returncode == 2 and "already exists" in r.stderr
    assert made.read_bytes() == before
    r = run_cli(
        "new",
        str(tmp_path / "s.roundtable"),
        "--title",
        "x",
        env={"ROUNDTABLE_PASSPHRASE": "short"},
    )
    assert r.returncode == 2 and "at least 10" in r.stderr
    assert not (tmp_path / "s.roundtable").exists()


def test_passphrase_file_and_missing_prompt(made: Path, tmp_path: Path) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\nsecond line ignored\n", "utf-8")
    r = run_cli("list", str(made), "--passphrase-file", str(secret))
    assert r.returncode == 0, r.stderr
    r = run_cli("list", str(made))  # no env, no file, no terminal
    assert r.returncode == 2 and "ROUNDTABLE_PASSPHRASE" in r.stderr


def test_wrong_passphrase_exit_3_and_nothing_in_output(made: Path) -> None:
    before = made.read_bytes()
    r = run_cli("list", str(made), env={"ROUNDTABLE_PASSPHRASE": "guess-guess-guess"})
    assert r.returncode == 3
    assert "guess" not in r.stderr + r.stdout and "Traceback" not in r.stderr
    assert made.read_bytes() == before


def test_not_a_vault_exit_3(tmp_path: Path) -> None:
    pdf = tmp_path / "report.roundtable"
    pdf.write_bytes(b"%PDF-1.4\n" + b"0" * 5000)
    r = run_cli("list", str(pdf), env=ENV)
    assert r.returncode == 3 and "PDF" in r.stderr


def test_verify_catches_a_flipped_byte_exit_4(made: Path) -> None:
    # The file must span enough pages for the flipped byte to land in remark data; added
    # in-process (60 CLI runs cost half a minute; `add` itself is tested above).
    with Vault.open(made, PASSPHRASE) as v:
        theme = next(t.id for t in v.themes() if t.name == "Trauma care")
        for i in range(60):
            v.add_remark(f"remark {i} " * 40, theme)
    r = run_cli("verify", str(made), env=ENV)
    assert r.returncode == 0 and "authenticate" in r.stdout
    data = bytearray(made.read_bytes())
    data[len(data) - 5000] ^= 0x40
    made.write_bytes(bytes(data))
    r = run_cli("verify", str(made), env=ENV)
    assert r.returncode == 4 and "damaged" in r.stderr and "Traceback" not in r.stderr


def test_vault_in_use_exit_5(made: Path) -> None:
    with Vault.open(made, PASSPHRASE):
        r = run_cli("add", str(made), "--theme", "Trauma care", "x", env=ENV)
    assert r.returncode == 5 and "in use" in r.stderr


def test_newer_vault_exit_6_and_untouched(made: Path) -> None:
    with Vault.open(made, PASSPHRASE) as v, v.raw_connection() as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")  # type: ignore[attr-defined]
        conn.commit()  # type: ignore[attr-defined]
    before = made.read_bytes()
    r = run_cli("list", str(made), env=ENV)
    assert r.returncode == 6 and "newer version" in r.stderr
    assert made.read_bytes() == before


@pytest.mark.slow
def test_passwd_backup_and_terms(made: Path, tmp_path: Path) -> None:
    new = "the new passphrase, longer"
    r = run_cli("passwd", str(made), env={**ENV, "ROUNDTABLE_NEW_PASSPHRASE": new})
    assert r.returncode == 0, r.stderr
    assert run_cli("list", str(made), env=ENV).returncode == 3
    env2 = {"ROUNDTABLE_PASSPHRASE": new}
    terms = tmp_path / "terms.csv"
    terms.write_bytes(
        "\ufeffterm,kind,aliases\nMilica Jovanović,person,Милица Јовановић\n"
        "Danish Refugee Council,organisation,DRC\n".encode()
    )
    r = run_cli("terms", str(made), "import", str(terms), env=env2)
    assert r.returncode == 0 and "added 2" in r.stdout
    r = run_cli("terms", str(made), "list", "--json", env=env2)
    assert json.loads(r.stdout)[0] == {
        "term": "Milica Jovanović",
        "kind": "person",
        "aliases": ["Милица Јовановић"],
    }
    r = run_cli("backup", str(made), str(tmp_path), env=env2)
    assert r.returncode == 0, r.stderr
    copy = next(tmp_path.glob("e-backup-*.roundtable"))
    assert run_cli("verify", str(copy), env=env2).returncode == 0


def test_usage_errors_exit_2(made: Path) -> None:
    assert run_cli("add", str(made), "x", env=ENV).returncode == 2  # --theme missing
    assert run_cli("add", str(made), "--theme", "Nope", "x", env=ENV).returncode == 2
    assert (
        run_cli(
            "add", str(made), "--theme", "Trauma care", "--kind", "gossip", "x", env=ENV
        ).returncode
        == 2
    )
    assert run_cli("--no-such-option").returncode == 2


def test_export_names_sessions_only_when_asked(made: Path, tmp_path: Path) -> None:
    assert (
        run_cli(
            "add",
            str(made),
            "--theme",
            "Trauma care",
            "--session",
            "Working group B",
            "Supervision for counsellors is rare.",
            env=ENV,
        ).returncode
        == 0
    )
    plain, with_sessions = tmp_path / "plain.md", tmp_path / "sessions.md"
    assert run_cli("export", str(made), "--md", str(plain), env=ENV).returncode == 0
    r = run_cli("export", str(made), "--md", str(with_sessions), "--with-sessions", env=ENV)
    assert r.returncode == 0, r.stderr
    assert "Working group B" not in plain.read_text("utf-8")
    assert "Working group B" in with_sessions.read_text("utf-8")
    assert "Supervision for counsellors is rare." in plain.read_text("utf-8")
