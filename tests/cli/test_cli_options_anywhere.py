"""Options before or after VAULT, kinds in any case, theme descriptions at `new` (issue 8,
items 5 and 15), through the real command as a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import PASSPHRASE, run_cli

from roundtable_app.vault import Vault


@pytest.fixture
def pfile(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n", "utf-8")
    return path


@pytest.fixture
def made(tmp_path: Path, pfile: Path) -> Path:
    path = tmp_path / "e.roundtable"
    r = run_cli(
        "new",
        str(path),
        "--title",
        "T",
        "--theme",
        "Housing=Where people sleep, and for how long.",
        "--theme",
        "Work",
        "--passphrase-file",
        str(pfile),
    )
    assert r.returncode == 0, r.stderr
    return path


def test_new_theme_takes_a_description_after_the_first_equals_sign(made: Path) -> None:
    with Vault.open(made, PASSPHRASE) as vault:
        assert [(t.name, t.description) for t in vault.themes()] == [
            ("Housing", "Where people sleep, and for how long."),
            ("Work", ""),
        ]


def test_new_theme_without_a_name_is_refused_and_nothing_is_written(
    tmp_path: Path, pfile: Path
) -> None:
    path = tmp_path / "x.roundtable"
    r = run_cli("new", str(path), "--title", "T", "--theme", "=only a description",
                "--passphrase-file", str(pfile))  # fmt: skip
    assert r.returncode == 2 and "needs a name" in r.stderr
    assert not path.exists()


@pytest.mark.parametrize(
    "args",
    [
        ("terms", "{v}", "list", "--passphrase-file", "{p}"),
        ("terms", "--passphrase-file", "{p}", "{v}", "list"),
        ("terms", "{v}", "list", "--json", "--passphrase-file", "{p}"),
        ("list", "{v}", "--passphrase-file", "{p}", "--json"),
        ("list", "--passphrase-file", "{p}", "{v}"),
        ("check", "{v}", "--passphrase-file", "{p}"),
        ("check", "--passphrase-file", "{p}", "{v}"),
        ("verify", "{v}", "--passphrase-file", "{p}"),
        ("verify", "--passphrase-file", "{p}", "{v}"),
    ],
)
def test_passphrase_file_before_or_after_vault(made: Path, pfile: Path, args) -> None:
    argv = [a.format(v=made, p=pfile) for a in args]
    r = run_cli(*argv)
    assert r.returncode == 0, r.stderr


def test_terms_import_takes_options_after_the_csv(made: Path, pfile: Path, tmp_path: Path) -> None:
    csv = tmp_path / "t.csv"
    csv.write_text("term,kind,aliases\nJelena Petrović,person,\n", "utf-8")
    r = run_cli("terms", str(made), "import", str(csv), "--passphrase-file", str(pfile))
    assert r.returncode == 0, r.stderr
    with Vault.open(made, PASSPHRASE) as vault:
        assert [t.term for t in vault.terms()] == ["Jelena Petrović"]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Recommendation", "recommendation"),
        ("good-practice", "good_practice"),
        ("GOOD_PRACTICE", "good_practice"),
        ("Lesson", "lesson"),
    ],
)
def test_kind_in_any_case_and_with_a_dash(made: Path, pfile: Path, typed: str, stored: str) -> None:
    r = run_cli("add", str(made), "--theme", "Work", "--kind", typed, "A remark.",
                "--passphrase-file", str(pfile))  # fmt: skip
    assert r.returncode == 0, r.stderr
    r = run_cli("list", str(made), "--json", "--passphrase-file", str(pfile))
    assert [row["kind"] for row in json.loads(r.stdout)] == [stored]


def test_an_unknown_kind_is_a_usage_error_naming_the_choices(made: Path, pfile: Path) -> None:
    r = run_cli("add", str(made), "--theme", "Work", "--kind", "wish", "x",
                "--passphrase-file", str(pfile))  # fmt: skip
    assert r.returncode == 2 and "recommendation" in r.stderr
