"""Change notices: a theme renamed in Event setup updates Capture and Review without reading
a single remark row (10,000 remarks in the vault)."""

from __future__ import annotations

from pathlib import Path

from helpers import PASSPHRASE
from PySide6.QtCore import Qt
from sqlalchemy import event

from roundtable_app.ui.main_window import MainWindow
from roundtable_app.vault import Vault
from roundtable_app.vault.types import NewRemark

THEMES = ("Djeca", "Interpreting")


def test_renaming_a_theme_reads_no_remark_rows(window: MainWindow, tmp_path: Path, qtbot):
    path = tmp_path / "big.roundtable"
    with Vault.create(path, PASSPHRASE, title="Big", themes=THEMES) as v:
        v.add_remarks([NewRemark(THEMES[n % 2], f"remark number {n}") for n in range(10_000)])
    vault = Vault.open(path, PASSPHRASE)
    window.open_vault(vault)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.workspace.ensure_loaded()  # type: ignore[union-attr]
    qtbot.keyClick(window.workspace.editor, Qt.Key.Key_F9)  # type: ignore[union-attr]
    review = window.review
    assert review is not None and review.model.total() == 10_000
    window.show_setup()
    dialog = window._setup
    assert dialog is not None

    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(" ".join(statement.split()))

    engine = vault._engine_or_fail()
    event.listen(engine, "before_cursor_execute", record)
    try:
        theme = vault.themes()[0]
        statements.clear()
        assert dialog.themes_tab.rename(theme.id, "Children and guardians")
    finally:
        event.remove(engine, "before_cursor_execute", record)

    touching = [s for s in statements if "remarks" in s]
    # Only the per-theme count, which SQLite answers from an index (no remark row is read).
    assert touching and all("count(" in s.lower() for s in touching), touching
    with vault.raw_connection() as conn:
        plan = conn.execute(f"EXPLAIN QUERY PLAN {touching[0]}", (None,) * touching[0].count("?"))
        assert "COVERING INDEX" in " ".join(str(row) for row in plan.fetchall())
    # ... and both workspaces show the new name
    assert review.theme_list.item(1).text().startswith("Children and guardians")
    assert review.model.index(0, 0).data() in ("Children and guardians", "Interpreting")
    assert window.workspace.theme_model.themes()[0].name == "Children and guardians"  # type: ignore[union-attr]
