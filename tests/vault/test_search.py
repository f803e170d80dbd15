"""The search engine in the vault: FTS5 in the encrypted file, folded, kept in step, repaired."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import text

from roundtable_app.vault import Vault, backup, change_passphrase, engine, migrations, verify
from roundtable_app.vault.search import match_spans, parse_query

SERBIAN = "Đorđević je rekao da učesnicima treba e-mail i COVID-19 podrška."
CYRILLIC = "Старатељ детета и преводилац Ђорђевић су говорили о деци."
ENGLISH = "The guardian said the interpreter was late; AND then NEAR the door * nothing."


@pytest.fixture
def filled(vault: Vault) -> tuple[Vault, dict[str, str]]:
    t1, t2 = (t.id for t in vault.themes())
    ids = {
        "sr": vault.add_remark(SERBIAN, t1).id,
        "cyr": vault.add_remark(CYRILLIC, t1).id,
        "en": vault.add_remark(ENGLISH, t2).id,
    }
    return vault, ids


def found(vault: Vault, query: str, **kw: object) -> set[str]:
    return set(vault.search_ids(query, **kw))  # type: ignore[arg-type]


def test_sqlcipher3_build_carries_fts5() -> None:
    conn = sqlcipher.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(a)")
    conn.execute("INSERT INTO t VALUES ('hello world')")
    assert conn.execute("SELECT count(*) FROM t WHERE t MATCH 'hello'").fetchone()[0] == 1


def test_case_diacritics_and_djordjevic_forms_find_each_other(filled) -> None:
    vault, ids = filled
    for query in ("Đorđević", "djordjevic", "dordevic", "DORDEVIC", "ђорђевић", "Djordjević"):
        assert found(vault, query) == {ids["sr"], ids["cyr"]}, query


def test_latin_query_finds_cyrillic_and_the_reverse(filled) -> None:
    vault, ids = filled
    assert found(vault, "staratelj") == {ids["cyr"]}
    assert found(vault, "prevodilac") == {ids["cyr"]}
    assert found(vault, "учесницима") == {ids["sr"]}
    assert found(vault, "podrska") == {ids["sr"]}


def test_prefix_matching_and_quoted_phrases(filled) -> None:
    vault, ids = filled
    assert found(vault, "interp") == {ids["en"]}
    assert found(vault, "guard interp") == {ids["en"]}
    assert found(vault, '"guardian said"') == {ids["en"]}
    assert found(vault, '"said guardian"') == set()
    assert found(vault, '"guardian sa"') == set()  # a phrase is exact, not a prefix
    assert found(vault, "guardian deca") == set()  # every word must match


@pytest.mark.parametrize(
    ("query", "which"),
    [
        ("e-mail", {"sr"}),
        ("COVID-19", {"sr"}),
        ('"guardian', {"en"}),
        ('guardian"', {"en"}),
        ("AND", {"en"}),
        ("NEAR", {"en"}),
        ("*", set()),
        ("-", set()),
        ('"', set()),
        ("NOT guardian", {"en"}),  # "not" is a word ("nothing"), never an operator
        ("guardian OR deca", set()),
        ("text:guardian", set()),
        ("{text}", set()),
        ("(guardian", {"en"}),
        ("guard^", {"en"}),
        ("", set()),
    ],
)
def test_hostile_input_is_searched_as_text(filled, query: str, which: set[str]) -> None:
    vault, ids = filled
    assert found(vault, query) == {ids[w] for w in which}


def test_highlight_spans_point_into_the_original_text(filled) -> None:
    vault, ids = filled
    hits = vault.search("dordevic")
    for hit in hits:
        words = [hit.remark.current_text[a:b] for a, b in hit.matches]
        assert words in (["Đorđević"], ["Ђорђевић"])
    [hit] = vault.search("covid-19 e-mail")
    assert [SERBIAN[a:b] for a, b in hit.matches] == ["e-mail", "COVID-19"]
    # a text whose folding changes length before the match (đ → dj, a combining accent)
    original = "Đđ Petrovic\u0301 i Đurić"
    spans = match_spans(parse_query("petrovic djuric"), original)
    assert [original[a:b] for a, b in spans] == ["Petrovic\u0301", "Đurić"]


def test_serbian_stemming_is_optional(filled) -> None:
    vault, ids = filled
    assert found(vault, "učesnik") == set()
    assert found(vault, "učesnik", stem=True) == {ids["sr"]}
    assert found(vault, "ucesnika", stem=True) == {ids["sr"]}
    [hit] = vault.search("učesnik", stem=True)
    assert [SERBIAN[a:b] for a, b in hit.matches] == ["učesnicima"]


def test_index_follows_every_write(filled) -> None:
    vault, ids = filled
    t1 = vault.themes()[0].id
    vault.reword_remark(ids["en"], "A tutor spoke about lateness.")
    assert found(vault, "tutor") == {ids["en"]}
    assert found(vault, "guardian") == {ids["en"]}  # the captured wording is searched too
    vault.edit_remark(ids["en"], "Someone mentioned a ferry.")
    assert found(vault, "guardian") == set()
    assert found(vault, "ferry") == {ids["en"]}
    vault.delete_remark(ids["en"])
    assert found(vault, "ferry") == set()
    vault.restore_remark(ids["en"])
    assert found(vault, "ferry") == {ids["en"]}
    from roundtable_app.vault.types import NewRemark

    name = vault.themes()[0].name
    vault.add_remarks([NewRemark(name, "Imported about ferries"), NewRemark(name, "other")])
    assert len(found(vault, "ferr")) == 2
    assert found(vault, "ferr", theme_id=t1) != found(vault, "ferr")


def test_theme_filter(filled) -> None:
    vault, ids = filled
    t1, t2 = (t.id for t in vault.themes())
    assert found(vault, "the", theme_id=t2) == {ids["en"]}
    assert found(vault, "the", theme_id=t1) == set()


def test_verify_rebuilds_a_damaged_index(filled) -> None:
    vault, ids = filled
    assert found(vault, "guardian") == {ids["en"]}
    with vault.raw_connection() as conn:
        conn.execute("DELETE FROM remark_fts")  # lose the index behind the triggers' back
        conn.commit()
    assert found(vault, "guardian") == set()
    report = verify(vault)
    assert any(line.startswith("search index: rebuilt over 3 remarks") for line in report.checks)
    assert found(vault, "guardian") == {ids["en"]}


def test_lost_triggers_are_put_back_on_first_search(filled, vault_path: Path, passphrase) -> None:
    vault, ids = filled
    with vault.raw_connection() as conn:
        conn.execute("DROP TRIGGER remarks_search_update")
        conn.commit()
    vault.close()
    with Vault.open(vault_path, passphrase) as v:
        assert found(v, "guardian") == {ids["en"]}
        v.edit_remark(ids["en"], "ferry")
        assert found(v, "ferry") == {ids["en"]}


def test_backup_and_new_passphrase_keep_the_index(filled, tmp_path: Path, passphrase) -> None:
    vault, ids = filled
    copy = backup(vault, tmp_path / "copy.roundtable")
    with Vault.open(copy, passphrase) as v:
        assert found(v, "guardian") == {ids["en"]}
    reopened = change_passphrase(vault, "another long passphrase")
    try:
        assert found(reopened, "dordevic") == {ids["sr"], ids["cyr"]}
        reopened.edit_remark(ids["en"], "ferry")
        assert found(reopened, "ferry") == {ids["en"]}
    finally:
        reopened.close()


def test_migration_indexes_an_existing_vault(tmp_path: Path, passphrase: str) -> None:
    path = tmp_path / "old.roundtable"
    path.touch()
    raw = engine.connect_new(path, passphrase)
    e = engine.make_engine(path, raw)
    stamp = datetime(2016, 6, 14, 9, 30)
    with e.begin() as conn:
        migrations.upgrade(conn, path, target="0002")
        conn.execute(
            text(
                "INSERT INTO event (id, title, subtitle, venue, dates, conveners, rule_statement,"
                " created_at) VALUES (1, 'Old', '', '', '', '[]', 'rule', :t)"
            ),
            {"t": stamp},
        )
        conn.execute(
            text(
                "INSERT INTO themes (id, name, description, position, colour, shortcut)"
                " VALUES (1, 'Old theme', '', 0, '#000000', 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO remarks (id, text, theme_id, kind, status, key_point, created_at,"
                " updated_at, device_id) VALUES ('r1', 'Старатељ је рекао', 1, 'lesson',"
                " 'captured', 0, :t, :t, 'old')"
            ),
            {"t": stamp},
        )
    e.dispose()
    raw.close()
    with Vault.open(path, passphrase) as v:
        with v.raw_connection() as conn:
            stale = conn.execute("SELECT count(*) FROM search_docs WHERE stale = 1").fetchone()
            indexed = conn.execute("SELECT count(*) FROM remark_fts").fetchone()
        assert (stale[0], indexed[0]) == (0, 1)  # indexed by the migration itself
        assert v.search_ids("staratelj") == ["r1"]


def test_no_plaintext_of_the_index_on_disk(filled, vault_path: Path) -> None:
    vault, _ = filled
    vault.search_ids("guardian")
    vault.close()
    data = vault_path.read_bytes()
    for needle in (b"guardian", b"djordjevic", b"dordevic", b"staratelj"):
        assert needle not in data
