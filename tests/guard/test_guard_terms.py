"""Reading the protected-terms CSV: good files parse, bad ones name the file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtable_app.errors import InputError
from roundtable_app.guard import Term, parse_terms_csv, read_terms_csv


def write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "terms.csv"
    path.write_bytes(data)
    return path


def test_parses_terms_kinds_and_aliases() -> None:
    terms = parse_terms_csv(
        "term,kind,aliases\n"
        "Milica  Jovanović,person,Милица Јовановић; M. Jovanović\n"
        "Danish Refugee Council,organisation,DRC\n"
        "\n"
        "Deputy Commissioner,ROLE,\n"
    )
    assert terms == [
        Term("Milica Jovanović", "person", ("Милица Јовановић", "M. Jovanović")),
        Term("Danish Refugee Council", "organisation", ("DRC",)),
        Term("Deputy Commissioner", "role", ()),
    ]


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = write(tmp_path, "\ufeffterm,kind,aliases\nZoran Đukić,person,\n".encode())
    assert read_terms_csv(path) == [Term("Zoran Đukić", "person", ())]


@pytest.mark.parametrize(
    ("content", "line", "words"),
    [
        ("", 1, "empty"),
        ("name,kind\nX,person\n", 1, "no 'term' column"),
        ("term,kind,aliases\nX,person,\nY,animal,\n", 3, "unknown kind"),
        ("term,kind,aliases\n ,person,\n", 2, "term is empty"),
        ("term,kind,aliases\nMilica,person,\nMILICA,person,\n", 3, "already listed on line 2"),
    ],
)
def test_bad_terms_name_the_file_and_line(
    tmp_path: Path, content: str, line: int, words: str
) -> None:
    path = write(tmp_path, content.encode())
    with pytest.raises(InputError) as caught:
        read_terms_csv(path)
    err = caught.value
    assert err.path == str(path) and err.line == line
    assert words in str(err) and str(path) in str(err) and f"line {line}" in str(err)
    assert err.exit_code == 2


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, b"term,kind,aliases\nok,person,\nbad \xff\xfe,person,\n")
    with pytest.raises(InputError) as caught:
        read_terms_csv(path)
    assert caught.value.line == 3 and "UTF-8" in str(caught.value)


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        read_terms_csv(tmp_path / "nope.csv")
    assert "nope.csv" in str(caught.value)
