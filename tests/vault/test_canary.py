"""The canary test: text stored through every path is never readable on disk."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from helpers import PASSPHRASE, run_cli

from roundtable_app.guard.terms import Term
from roundtable_app.vault import NewRemark, Vault, backup

CANARY = "Kanarinac-Žuti-7731"


def encodings(text: str) -> list[bytes]:
    return [
        text.encode("utf-8"),
        text.encode("utf-16-le"),
        text.encode("utf-16-be"),
        codecs.encode(text, "utf-8")[:12],
    ]


def leaks(folder: Path, canaries: list[str]) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for canary in canaries:
                for needle in encodings(canary):
                    if needle in data:
                        found.append(f"{path.name}: {canary!r}")
    return found


def test_text_from_every_service_path_is_absent_while_open_and_after(tmp_path: Path) -> None:
    folder = tmp_path / "venue"
    folder.mkdir()
    words = [f"{CANARY}-{n}" for n in range(12)]
    v = Vault.create(
        folder / "e.roundtable",
        PASSPHRASE,
        title=words[0],
        venue=words[1],
        conveners=[words[2]],
        themes=[words[3]],
        terms=[Term(words[4], "person", (words[5],))],
    )
    theme = v.themes()[0].id
    r = v.add_remark(words[6], theme)
    v.edit_remark(r.id, words[7])
    v.reword_remark(r.id, words[8])
    v.add_remarks([NewRemark(words[3], words[9], session=words[10])])
    v.set_theme_summary(theme, words[11] + "-synthesis")
    v.set_event_summary(words[11] + "-executive")
    v.save_draft(words[11] + "-draft", theme)
    v.dismiss_finding(f"remark:{r.id}", words[11] + "-finding", "person", words[11] + "-why")
    v.add_session(words[11] + "-session", time_label="09:30")
    copy = backup(v, folder)
    assert (folder / "e.roundtable-wal").exists()  # the check covers the WAL while open
    assert leaks(folder, words) == []
    v.close()
    assert leaks(folder, words) == []
    with Vault.open(copy, PASSPHRASE) as b:  # and the canaries really were stored
        assert b.remark(r.id).current_text == words[8]


@pytest.mark.slow
def test_text_from_every_command_is_absent_from_disk(tmp_path: Path) -> None:
    env = {"ROUNDTABLE_PASSPHRASE": PASSPHRASE}
    vault = tmp_path / "cli.roundtable"
    terms = tmp_path / "terms.csv"
    terms.write_text(f"term,kind,aliases\n{CANARY}-t,person,{CANARY}-alias\n", "utf-8")
    assert (
        run_cli(
            "new",
            str(vault),
            "--title",
            f"{CANARY}-title",
            "--theme",
            f"{CANARY}-th",
            "--convener",
            f"{CANARY}-conv",
            "--terms",
            str(terms),
            env=env,
        ).returncode
        == 0
    )
    assert (
        run_cli("add", str(vault), "--theme", f"{CANARY}-th", f"{CANARY}-arg", env=env).returncode
        == 0
    )
    assert (
        run_cli(
            "add", str(vault), "--theme", f"{CANARY}-th", env=env, input=f"{CANARY}-stdin".encode()
        ).returncode
        == 0
    )
    remarks = tmp_path / "in.jsonl"
    remarks.write_text(f'{{"theme": "{CANARY}-th", "text": "{CANARY}-import"}}\n', "utf-8")
    assert run_cli("import", str(vault), str(remarks), env=env).returncode == 0
    assert run_cli("backup", str(vault), str(tmp_path / "b.roundtable"), env=env).returncode == 0
    # the inputs we wrote ourselves are plaintext by design; everything Roundtable wrote is not
    terms.unlink()
    remarks.unlink()
    found = leaks(
        tmp_path,
        [f"{CANARY}-{x}" for x in ("t", "alias", "title", "th", "conv", "arg", "stdin", "import")],
    )
    assert found == []
    listing = run_cli("list", str(vault), "--json", env=env)
    assert f"{CANARY}-stdin" in listing.stdout and f"{CANARY}-import" in listing.stdout
