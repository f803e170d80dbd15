"""The first open of a vault made before search: the unlock form shows the indexing's
progress (the window stays live), then the vault opens with every remark searchable."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import text

from roundtable_app.ui.main_window import MainWindow
from roundtable_app.vault import engine, migrations

COUNT = 12_000  # three batches of the indexing, so three reports


def old_vault(path: Path, passphrase: str) -> None:
    """A vault at the schema before the search index, holding COUNT remarks."""
    path.touch()
    raw = engine.connect_new(path, passphrase)
    e = engine.make_engine(path, raw)
    with e.begin() as conn:
        migrations.upgrade(conn, path, target="0003_summary_language")
        conn.execute(
            text(
                "INSERT INTO event (id, title, subtitle, venue, dates, conveners, rule_statement,"
                " created_at) VALUES (1, 'Old event', '', '', '', '[]', 'rule',"
                " '2026-11-03 09:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO themes (id, name, description, position, colour, shortcut, uid)"
                " VALUES (1, 'Tema', '', 0, '#000000', 1, 'theme-1')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO remarks (id, text, theme_id, kind, status, key_point, created_at,"
                " updated_at, device_id) VALUES (:id, :text, 1, 'observation', 'captured', 0,"
                " '2026-11-03 09:00:00', '2026-11-03 09:00:00', 'old')"
            ),
            [
                {"id": str(uuid.uuid4()), "text": f"Tumač broj {n} dolazi, smeštaj {n % 7}."}
                for n in range(COUNT)
            ],
        )
    e.dispose()
    raw.close()


def test_unlocking_an_old_vault_shows_the_indexing_and_opens(
    ui, window: MainWindow, tmp_path: Path, passphrase: str
) -> None:
    path = tmp_path / "old.roundtable"
    old_vault(path, passphrase)
    dialog = window.welcome.open_path(path)
    assert dialog is not None
    form = dialog.form
    steps: list[tuple[int, int]] = []
    messages: list[str] = []

    def seen(value: int) -> None:
        steps.append((value, form.busy.maximum()))
        messages.append(form.message.text())

    form.busy.valueChanged.connect(seen)
    ui.type(form.field, passphrase)
    ui.qtbot.keyClick(form.field, Qt.Key.Key_Return)
    ui.qtbot.waitUntil(lambda: window.vault is not None, timeout=60_000)
    assert (5_000, COUNT) in steps and (COUNT, COUNT) in steps
    assert any("12,000" in m and "Preparing search" in m for m in messages)
    assert window.vault is not None
    expected = sum(1 for n in range(COUNT) if n % 7 == 3)
    assert len(window.vault.search_ids('tumac "smestaj 3"')) == expected
