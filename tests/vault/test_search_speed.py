"""The search's speed-ups change no result: prefix expansion, the word list, the upgrade path.

Real vault files in ``tmp_path``; each expanded query is compared with the plain prefix query
(every word ``"w"*``) run raw on the same index.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import PASSPHRASE
from sqlalchemy import text

from roundtable_app.vault import Vault, engine, migrations, search
from roundtable_app.vault.search import match_expression, parse_query, search_sql

COMMON = "smeštaj"
REMARKS = [
    f"Smeštaj za decu bez pratnje nedostaje; {COMMON} je pun.",
    "Smeštajni kapaciteti su popunjeni, tumač dolazi jednom nedeljno.",
    "Тумач за фарси недостаје, смештај је далеко од школе.",
    "Tumačenje propisa se razlikuje od opštine do opštine.",
    "The interpreter arrives once a week; shelter is full in winter.",
    "Interpreters for Farsi are missing; the shelter is far from the school.",
    "Đorđević said the e-mail never arrived (COVID-19).",
]
QUERIES = [
    "tumač smeštaj",
    "тумач smes",
    "shelter interp",
    "interpreter shelter winter",
    '"pravna pomoć" smeštaj',
    "djordjevic e-mail",
    "smeštaj",
]


def plain_ids(vault: Vault, query: str) -> list[str]:
    """What the plain prefix query finds, run raw (the engine before expansion)."""
    expression = match_expression(parse_query(query))
    assert expression is not None
    sql, params = search_sql(expression, None)
    with vault.raw_connection() as conn:
        return [row[0] for row in conn.execute(sql, params)]


@pytest.fixture
def filled(tmp_path: Path) -> Vault:
    v = Vault.create(tmp_path / "s.roundtable", PASSPHRASE, title="Speed", themes=["Tema"])
    theme = v.themes()[0].id
    for body in REMARKS:
        v.add_remark(body, theme)
    yield v
    v.close()


def test_expanded_queries_find_exactly_what_prefix_queries_find(filled: Vault) -> None:
    for query in QUERIES:
        assert filled.search_ids(query) == plain_ids(filled, query), query
    # the expansion is really used: a word's prefix became the words it starts
    expression = filled.search_expression("tumač smeštaj")
    assert expression is not None and '"smestajni"' in expression and " OR " in expression
    assert len(filled.search_ids("tumač smeštaj")) == 2


def test_new_words_are_found_after_the_expansion_was_cached(filled: Vault) -> None:
    theme = filled.themes()[0].id
    before = filled.search_ids("tumač smeštaj")
    added = filled.add_remark("Smeštajnica u Subotici nema tumača.", theme)
    after = filled.search_ids("tumač smeštaj")
    assert after == [*before, added.id] == plain_ids(filled, "tumač smeštaj")


def test_text_beyond_exact_words_turns_expansion_off_and_results_stay_right(
    filled: Vault,
) -> None:
    theme = filled.themes()[0].id
    # Greek with an accent: FTS5 strips it, Python's fold does not; the word list could miss
    # a word FTS5 has, so the engine goes back to plain prefixes.
    filled.add_remark("Ο διερμηνέας λείπει, smeštaj je pun.", theme)
    assert filled.search_ids("διερμηνεας smeštaj") == plain_ids(filled, "διερμηνεας smeštaj")
    expression = filled.search_expression("tumač smeštaj")
    assert expression is not None and " OR " not in expression
    for query in QUERIES:
        assert filled.search_ids(query) == plain_ids(filled, query), query


def test_rebuild_restores_the_word_list(filled: Vault) -> None:
    with filled.raw_connection() as conn:
        conn.execute("DELETE FROM search_terms")
        conn.execute("UPDATE search_state SET terms_exact = 0")
        conn.commit()
    assert " OR " not in (filled.search_expression("tumač smeštaj") or "")
    filled.rebuild_search_index()
    assert " OR " in (filled.search_expression("tumač smeštaj") or "")
    for query in QUERIES:
        assert filled.search_ids(query) == plain_ids(filled, query), query


def test_an_old_vault_is_indexed_on_first_open_with_progress(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.roundtable"
    path.touch()
    raw = engine.connect_new(path, PASSPHRASE)
    e = engine.make_engine(path, raw)
    with e.begin() as conn:
        migrations.upgrade(conn, path, target="0003_summary_language")
        conn.execute(
            text(
                "INSERT INTO event (id, title, subtitle, venue, dates, conveners, rule_statement,"
                " created_at) VALUES (1, 'Old', '', '', '', '[]', 'rule', '2026-11-03 09:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO themes (id, name, description, position, colour, shortcut, uid)"
                " VALUES (1, 'Tema', '', 0, '#000000', 1, 'theme-1')"
            )
        )
        for n, body in enumerate(REMARKS):
            conn.execute(
                text(
                    "INSERT INTO remarks (id, text, theme_id, kind, status, key_point,"
                    " created_at, updated_at, device_id) VALUES (:id, :text, 1, 'observation',"
                    " 'captured', 0, :t, :t, 'old')"
                ),
                {"id": f"r{n}", "text": body, "t": f"2026-11-03 09:00:{n:02d}"},
            )
    e.dispose()
    raw.close()
    seen: list[tuple[int, int]] = []
    monkeypatch.setattr(search, "index_progress", lambda done, total: seen.append((done, total)))
    with Vault.open(path, PASSPHRASE) as vault:
        assert seen == [(len(REMARKS), len(REMARKS))]
        for query in QUERIES:
            assert vault.search_ids(query) == plain_ids(vault, query), query
        assert vault.search_ids("tumač smeštaj") == ["r1", "r2"]
        assert " OR " in (vault.search_expression("tumač smeštaj") or "")
