"""Fuzzing the files users hand to ``import`` and ``terms import`` (issue 10): any input is
either imported whole or refused with a message; the vault is never half-changed.

Each example goes through the same functions as the CLI (read the file, then one service
call), on one real vault; "before" and "after" are what ``list --json`` and ``terms list
--json`` print, taken from the vault itself."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import PASSPHRASE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from roundtable_app.errors import RoundtableError
from roundtable_app.guard.terms import read_terms_csv
from roundtable_app.vault import Vault
from roundtable_app.vault.imports import read_remarks_file

FUZZ = settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, Path]]:
    folder = tmp_path_factory.mktemp("fuzz")
    v = Vault.create(folder / "v.roundtable", PASSPHRASE, title="T", themes=["Protection", "Djeca"])
    v.add_remark("already there", v.themes()[0].id)
    yield v, folder
    v.close()


def snapshot(v: Vault) -> str:
    themes = {t.id: t.name for t in v.themes()}
    remarks = [
        {"id": r.id, "theme": themes[r.theme_id], "kind": r.kind, "text": r.text}
        for r in v.remarks()
    ]
    terms = [(t.term, t.kind, list(t.aliases)) for t in v.terms()]
    return json.dumps([remarks, terms, sorted(themes.values())], ensure_ascii=False)


cells = st.one_of(
    st.sampled_from(
        [
            "Protection",
            "Djeca",
            "Nepoznata",
            "",
            " ",
            "observation",
            "challenge",
            "good practice",
            "Session 1",
            '"',
            '""',
            "\n",
            "\r\n",
            ",",
            "\ufeff",
        ]
    ),
    st.text(max_size=30),
)
csv_text = st.lists(st.lists(cells, min_size=0, max_size=6), max_size=8).map(
    lambda rows: "theme,kind,session,text\n" + "\n".join(",".join(r) for r in rows)
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda kids: (
        st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=6), kids, max_size=3)
    ),
    max_leaves=8,
)
jsonl_text = st.lists(
    st.one_of(
        st.fixed_dictionaries(
            {"theme": st.sampled_from(["Protection", "Djeca", "x"]), "text": cells},
            optional={"kind": cells, "session": st.one_of(st.none(), cells)},
        ).map(lambda d: json.dumps(d, ensure_ascii=False)),
        json_values.map(json.dumps),
        st.text(max_size=40),
    ),
    max_size=6,
).map("\n".join)
raw_bytes = st.binary(max_size=200)


def _check(v: Vault, folder: Path, name: str, data: bytes, kind: str) -> None:
    f = folder / name
    f.write_bytes(data)
    before = snapshot(v)
    count_before = len(v.remarks())
    try:
        if kind == "terms":
            v.import_terms(read_terms_csv(f))
        else:
            rows = read_remarks_file(f)
            added = v.add_remarks(rows, create_themes=False, source=str(f))
            assert len(v.remarks()) == count_before + added == count_before + len(rows)
    except RoundtableError as exc:
        assert exc.exit_code == 2 and exc.message  # noqa: PT017 (refused: exit 2 with a message)
        assert snapshot(v) == before  # and nothing changed
        assert str(f) in exc.message  # noqa: PT017


@FUZZ
@given(text=csv_text)
def test_fuzzed_remarks_csv(shared: tuple[Vault, Path], text: str) -> None:
    _check(*shared, "r.csv", text.encode("utf-8", "surrogatepass"), "remarks")


@FUZZ
@given(text=jsonl_text)
def test_fuzzed_remarks_jsonl(shared: tuple[Vault, Path], text: str) -> None:
    _check(*shared, "r.jsonl", text.encode("utf-8", "surrogatepass"), "remarks")


@FUZZ
@given(data=raw_bytes)
def test_fuzzed_bytes_as_remarks(shared: tuple[Vault, Path], data: bytes) -> None:
    _check(*shared, "r.csv", data, "remarks")


@FUZZ
@given(rows=st.lists(st.lists(cells, max_size=4), max_size=6))
def test_fuzzed_terms_csv(shared: tuple[Vault, Path], rows: list[list[str]]) -> None:
    text = "term,kind,aliases\n" + "\n".join(",".join(r) for r in rows)
    _check(*shared, "t.csv", text.encode("utf-8", "surrogatepass"), "terms")


def test_a_header_with_an_unclosed_quote_is_a_clear_error(tmp_path: Path) -> None:
    """Found by the fuzzer: a file holding only ``"`` broke the CSV reader on the header."""
    from roundtable_app.errors import InputError
    from roundtable_app.vault.imports import read_remarks_file

    bad = tmp_path / "remarks.csv"
    bad.write_bytes(b'"')
    with pytest.raises(InputError, match="header line is not valid CSV"):
        read_remarks_file(bad)
