"""The vault service API: remarks, revisions, themes, terms, summaries, drafts."""

from __future__ import annotations

import dataclasses

import pytest

from roundtable_app.errors import InputError, StorageError
from roundtable_app.guard.terms import Term
from roundtable_app.vault import MAX_REMARK_CHARS, NewRemark, Vault
from roundtable_app.vault.models import Base


def test_no_table_has_a_speaker_or_affiliation_column() -> None:
    forbidden = ("speaker", "participant", "affiliation", "author", "person", "who")
    for table in Base.metadata.tables.values():
        for column in table.columns:
            assert not any(word in column.name for word in forbidden), (table.name, column.name)


def test_add_remark_is_returned_as_a_frozen_value_and_stored(vault: Vault) -> None:
    theme = vault.themes()[1]
    remark = vault.add_remark("  Children wait months for a guardian.\r\n", theme.id, "challenge")
    assert remark.text == "Children wait months for a guardian."
    with pytest.raises(dataclasses.FrozenInstanceError):
        remark.text = "changed"  # type: ignore[misc]
    stored = vault.remark(remark.id)
    assert stored == remark
    assert vault.themes()[1].remark_count == 1


@pytest.mark.parametrize("bad", ["", "   \n ", "a\x00b", "x" * (MAX_REMARK_CHARS + 1)])
def test_bad_remark_text_is_refused_and_nothing_stored(vault: Vault, bad: str) -> None:
    with pytest.raises(InputError):
        vault.add_remark(bad, vault.themes()[0].id)
    assert vault.remarks() == []


def test_unknown_kind_and_theme_are_refused(vault: Vault) -> None:
    with pytest.raises(InputError, match="unknown kind"):
        vault.add_remark("x", vault.themes()[0].id, "gossip")
    with pytest.raises(InputError, match="no such theme"):
        vault.add_remark("x", 999)
    assert vault.remarks() == []


def test_edit_and_reword_keep_every_earlier_wording(vault: Vault) -> None:
    r = vault.add_remark("first wording", vault.themes()[0].id)
    vault.edit_remark(r.id, "second wording")
    vault.reword_remark(r.id, "neutral wording")
    vault.reword_remark(r.id, "neutral wording, revised")
    now = vault.remark(r.id)
    assert now.text == "second wording"
    assert now.current_text == "neutral wording, revised"
    history = [(v.field, v.text) for v in vault.revisions(r.id)]
    assert history == [
        ("text", "first wording"),
        ("reworded", None),
        ("reworded", "neutral wording"),
    ]


def test_delete_can_be_undone(vault: Vault) -> None:
    r = vault.add_remark("to be deleted", vault.themes()[0].id)
    vault.delete_remark(r.id)
    assert vault.remarks() == []
    assert vault.remarks(include_deleted=True)[0].deleted
    vault.restore_remark(r.id)
    assert [x.id for x in vault.remarks()] == [r.id]


def test_update_remark_refiles_and_validates(vault: Vault) -> None:
    a, b = vault.themes()
    r = vault.add_remark("x", a.id)
    r2 = vault.update_remark(r.id, theme_id=b.id, kind="lesson", status="included", key_point=True)
    assert (r2.theme_id, r2.kind, r2.status, r2.key_point) == (b.id, "lesson", "included", True)
    with pytest.raises(InputError):
        vault.update_remark(r.id, status="published")
    assert vault.remark(r.id).status == "included"


def test_import_is_all_or_nothing(vault: Vault) -> None:
    rows = [
        NewRemark("Rights of the child", "fine", line=2),
        NewRemark("Rights of the child", "also fine", "lesson", "Day 1", line=3),
        NewRemark("No such theme", "bad", line=4),
    ]
    with pytest.raises(InputError, match="line 4"):
        vault.add_remarks(rows, source="in.csv")
    assert vault.remarks() == [] and vault.sessions() == []
    assert vault.add_remarks(rows, create_themes=True) == 3
    assert vault.theme_by_name("no such theme") is not None
    assert [s.title for s in vault.sessions()] == ["Day 1"]


def test_themes_shortcuts_order_and_deletion(vault: Vault) -> None:
    t3 = vault.add_theme("Trauma care")
    assert t3.shortcut == 3
    with pytest.raises(InputError, match="already exists"):
        vault.add_theme("trauma  CARE")
    order = vault.move_theme(t3.id, 0)
    assert [t.name for t in order][0] == "Trauma care"
    vault.update_theme(t3.id, shortcut=1)
    shortcuts = {t.name: t.shortcut for t in vault.themes()}
    assert shortcuts["Trauma care"] == 1 and list(shortcuts.values()).count(1) == 1
    vault.add_remark("x", t3.id)
    with pytest.raises(InputError, match="still holds"):
        vault.delete_theme(t3.id)


def test_terms_import_merges_aliases(vault: Vault) -> None:
    assert vault.import_terms([Term("Jelena Petrović", "person", ("Јелена Петровић",))]) == (1, 0)
    assert vault.import_terms([Term("jelena petrović", "person", ("J. P.",))]) == (0, 1)
    (term,) = vault.terms()
    assert term.aliases == ("Јелена Петровић", "J. P.")


def test_summaries_decisions_and_draft(vault: Vault) -> None:
    theme = vault.themes()[0].id
    vault.set_theme_summary(theme, "Synthesis.")
    vault.set_event_summary("Executive summary.")
    assert vault.theme_summary(theme) == "Synthesis."
    assert vault.event_summary() == "Executive summary."
    d = vault.dismiss_finding("remark:x", "Nada", "person", "an ordinary word here")
    assert [x.reason for x in vault.dismissals("remark:x")] == ["an ordinary word here"]
    vault.undo_dismissal(d.id)
    assert vault.dismissals() == []
    assert vault.draft() is None
    vault.save_draft("half a sentence", theme, "question")
    draft = vault.draft()
    assert draft is not None and (draft.text, draft.kind) == ("half a sentence", "question")
    vault.clear_draft()
    assert vault.draft() is None


def test_full_disk_keeps_everything_saved_before(vault: Vault) -> None:
    theme = vault.themes()[0].id
    saved = [vault.add_remark(f"saved {i}", theme).id for i in range(5)]
    with vault.raw_connection() as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]  # type: ignore[attr-defined]
        conn.execute(f"PRAGMA max_page_count = {pages}")  # type: ignore[attr-defined]

    def fill() -> None:
        for _ in range(500):
            vault.add_remark("filler " * 400, theme)

    with pytest.raises(StorageError, match="full"):
        fill()
    remaining = [r.id for r in vault.remarks()]
    assert remaining[:5] == saved


def test_database_errors_never_quote_the_text(vault: Vault) -> None:
    theme = vault.themes()[0].id
    r = vault.add_remark("secret words of a participant", theme)
    with vault.raw_connection() as conn:
        conn.execute(
            "CREATE TRIGGER no_edits BEFORE UPDATE ON remarks "
            "BEGIN SELECT RAISE(ABORT, 'constraint failed'); END"
        )
        conn.commit()
    with pytest.raises(InputError) as info:
        vault.edit_remark(r.id, "other secret words")
    hidden = info.value.__context__
    message = str(info.value) + str(hidden) + repr(hidden) + str(getattr(hidden, "orig", ""))
    assert "secret" not in message
    assert vault.remark(r.id).text == "secret words of a participant"


def test_read_only_disk_refuses_a_save_and_keeps_the_text_out_of_the_error(vault: Vault):
    theme = vault.themes()[0].id
    kept = vault.add_remark("saved before", theme)
    with vault.raw_connection() as conn:
        conn.execute("PRAGMA query_only = ON")  # what SQLite reports on a read-only medium
    with pytest.raises(StorageError, match="cannot be written") as info:
        vault.add_remark("typed while read-only", theme)
    assert "typed while" not in str(info.value)
    with pytest.raises(StorageError):
        vault.edit_remark(kept.id, "edited while read-only")
    with vault.raw_connection() as conn:
        conn.execute("PRAGMA query_only = OFF")
    assert [(r.id, r.text) for r in vault.remarks()] == [(kept.id, "saved before")]
