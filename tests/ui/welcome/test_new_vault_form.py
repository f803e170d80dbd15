"""The new-vault rules as a plain class: plain values and fakes in, words out; no widget."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from roundtable_app.ui.welcome.new_vault_form import (
    LOCATION,
    PASSPHRASE,
    TITLE,
    NewVaultForm,
    Problem,
    passphrase_problem,
    passphrase_strength,
    target_problem,
    vault_target,
)
from roundtable_app.vault.types import MIN_PASSPHRASE_LENGTH

GOOD = "four unrelated words here"


def ready(tmp_path: Path, **changes: Any) -> NewVaultForm:
    """A form that can create, with ``changes`` applied."""
    values: dict[str, Any] = {
        "location": str(tmp_path / "spring.roundtable"),
        "title": "Spring meeting",
        "passphrase": GOOD,
        "repeat": GOOD,
        "themes_text": "Housing\n\n  Health care \nHousing\n",
    }
    values.update(changes)
    return NewVaultForm(**values)


class FakeCreate:
    """Stands in for vault creation: records what it was asked."""

    def __init__(self) -> None:
        self.calls: list[tuple[Path, str, str, list[str]]] = []

    def __call__(self, path: Path, passphrase: str, *, title: str, themes: list[str]) -> str:
        self.calls.append((path, passphrase, title, themes))
        return "the vault"


def test_a_ready_form_has_no_problem_and_creates_with_its_values(tmp_path: Path) -> None:
    form = ready(tmp_path)
    assert form.problems() == []
    create = FakeCreate()
    assert form.create(create) == "the vault"
    assert create.calls == [
        (tmp_path / "spring.roundtable", GOOD, "Spring meeting", ["Housing", "Health care"])
    ]


def test_the_suffix_is_added_and_home_is_expanded(tmp_path: Path) -> None:
    assert ready(tmp_path, location=f"  {tmp_path}/bare  ").target() == tmp_path / "bare.roundtable"
    assert (
        ready(tmp_path, location=str(tmp_path / "a.txt")).target() == tmp_path / "a.txt.roundtable"
    )
    assert ready(tmp_path, location="~/x").target() == Path.home() / "x.roundtable"
    assert ready(tmp_path, location="   ").target() is None


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"location": ""}, LOCATION, "Choose where to save the vault."),
        ({"title": "  "}, TITLE, "Give the event a title."),
        (
            {"passphrase": "short", "repeat": "short"},
            PASSPHRASE,
            f"The passphrase must be at least {MIN_PASSPHRASE_LENGTH} characters long.",
        ),
        ({"repeat": GOOD + "!"}, PASSPHRASE, "The two passphrases differ."),
    ],
)
def test_each_problem_is_said_in_words_about_its_field(
    tmp_path: Path, changes: dict[str, str], field: str, words: str
) -> None:
    form = ready(tmp_path, **changes)
    assert form.problems() == [Problem(field, words)]
    create = FakeCreate()
    with pytest.raises(ValueError, match=words.rstrip(".")):
        form.create(create)
    assert create.calls == []  # nothing is made from a form with a problem


def test_title_and_passphrase_problems_are_all_listed_title_first(tmp_path: Path) -> None:
    form = ready(tmp_path, title="", passphrase="x", repeat="y")
    assert [p.field for p in form.problems()] == [TITLE, PASSPHRASE]
    first = form.first_problem()
    assert first is not None and first.field == TITLE


def test_a_missing_folder_is_refused_before_anything_else(tmp_path: Path) -> None:
    form = ready(tmp_path, location=str(tmp_path / "nowhere" / "v"), title="", passphrase="")
    [problem] = form.problems()
    assert problem.field == LOCATION
    assert problem.message == f"The folder {tmp_path / 'nowhere'} does not exist."


def test_an_existing_file_or_link_is_never_overwritten(tmp_path: Path) -> None:
    (tmp_path / "taken.roundtable").write_bytes(b"someone else's file")
    (tmp_path / "link.roundtable").symlink_to(tmp_path / "missing")
    for name in ("taken", "link.roundtable"):
        [problem] = ready(tmp_path, location=str(tmp_path / name)).problems()
        assert problem.field == LOCATION and "never overwrites" in problem.message
    assert (tmp_path / "taken.roundtable").read_bytes() == b"someone else's file"


def test_a_folder_that_cannot_be_written_is_refused(tmp_path: Path) -> None:
    asked: list[Path] = []

    def read_only(folder: Path) -> bool:
        asked.append(folder)
        return False

    form = ready(tmp_path, writable=read_only)
    [problem] = form.problems()
    assert asked == [tmp_path]
    assert problem == Problem(
        LOCATION, f"The folder {tmp_path} cannot be written to; choose another."
    )


def test_strength_hint_grows_with_length_and_says_when_the_two_differ() -> None:
    scores = [
        passphrase_strength(p)[0]
        for p in ("short", "abcdefghij", "abcdefghijklmn", "four unrelated words here")
    ]
    assert scores == [0, 1, 2, 3]
    score, hint = NewVaultForm(passphrase=GOOD, repeat="four").strength_hint()
    assert score == 3 and hint == "Strong. The two passphrases differ."
    assert NewVaultForm(passphrase=GOOD, repeat="").strength_hint() == (3, "Strong.")
    assert NewVaultForm(passphrase="abc").strength_hint()[1].startswith("Too short")


def test_the_module_imports_without_qt() -> None:
    code = (
        "import sys; from pathlib import Path; "
        "from roundtable_app.ui.welcome.new_vault_form import NewVaultForm; "
        "f = NewVaultForm(location='/tmp/x', title='t', passphrase='p' * 12, repeat='p' * 12); "
        "f.target(); f.themes(); "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_shared_rules_that_every_new_vault_dialog_uses(tmp_path: Path) -> None:
    """The welcome card, Join a kit and Save the demo as all decide with these three rules."""
    assert vault_target("  ") is None
    assert vault_target(str(tmp_path / "event")) == tmp_path / "event.roundtable"
    assert vault_target(str(tmp_path / "event.roundtable")) == tmp_path / "event.roundtable"
    assert target_problem(tmp_path / "new.roundtable") == ""
    assert "does not exist" in target_problem(tmp_path / "missing" / "new.roundtable")
    (tmp_path / "taken.roundtable").write_bytes(b"kept")
    assert "never overwrites" in target_problem(tmp_path / "taken.roundtable")
    (tmp_path / "dangling.roundtable").symlink_to(tmp_path / "nowhere")
    assert "never overwrites" in target_problem(tmp_path / "dangling.roundtable")
    assert "cannot be written" in target_problem(tmp_path / "x.roundtable", lambda _f: False)
    assert str(MIN_PASSPHRASE_LENGTH) in passphrase_problem("short", "short")
    assert "differ" in passphrase_problem(GOOD, GOOD + "!")
    assert passphrase_problem(GOOD, GOOD) == ""
    assert (tmp_path / "taken.roundtable").read_bytes() == b"kept"
