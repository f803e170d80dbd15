"""Nothing in Roundtable opens a network connection (issue 10): any ``socket.socket`` call
during a full CLI session or an offscreen GUI session fails the test."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from roundtable_app.cli import main
from roundtable_app.ui.main_window import MainWindow
from roundtable_app.vault import Vault


class SocketOpenedError(AssertionError):
    """Raised by the trap instead of opening a socket."""


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, ...]]:
    calls: list[tuple[object, ...]] = []

    class Trap(socket.socket):
        def __init__(self, *args: object, **kwargs: object) -> None:
            calls.append(args)
            raise SocketOpenedError(f"a socket was opened: {args}")

    def trap(*args: object, **kwargs: object) -> None:
        calls.append(args)
        raise SocketOpenedError(f"a network call was made: {args}")

    monkeypatch.setattr(socket, "socket", Trap)
    monkeypatch.setattr(socket, "create_connection", trap)
    monkeypatch.setattr(socket, "getaddrinfo", trap)
    monkeypatch.setattr(socket, "socketpair", trap)
    return calls


def test_a_full_cli_session_opens_no_socket(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_sockets: list[tuple[object, ...]]
) -> None:
    v = str(tmp_path / "v.roundtable")
    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", "a passphrase for the session")
    monkeypatch.setenv("ROUNDTABLE_NEW_PASSPHRASE", "a second passphrase here")
    monkeypatch.setenv("ROUNDTABLE_BUNDLE_PASSPHRASE", "a bundle passphrase here")
    (tmp_path / "r.csv").write_text("theme,kind,session,text\nA,,,imported remark\n")
    (tmp_path / "t.csv").write_text("term,kind,aliases\nDragana,person,\n")
    steps = [
        ["new", v, "--title", "T", "--theme", "A"],
        ["add", v, "--theme", "A", "a remark said in the room"],
        ["import", v, str(tmp_path / "r.csv")],
        ["terms", v, "import", str(tmp_path / "t.csv")],
        ["list", v, "--json"],
        ["check", v],
        ["export", v, "--md", str(tmp_path / "s.md")],
        ["export", v, "--pdf", str(tmp_path / "s.pdf")],
        ["export", v, "--docx", str(tmp_path / "s.docx")],
        ["backup", v, str(tmp_path / "b.roundtable")],
        ["verify", v],
        ["bundle", "export", v, str(tmp_path / "x.rtbundle")],
        ["bundle", "import", v, str(tmp_path / "x.rtbundle")],
        ["scan", str(tmp_path / "r.csv")],
        ["restore", str(tmp_path / "b.roundtable"), v],
        ["passwd", v],
    ]
    for args in steps:
        assert main(args) in (0, 1), args
    assert no_sockets == []


def test_an_offscreen_gui_session_opens_no_socket(
    ui, window: MainWindow, tmp_path: Path, qtbot, no_sockets: list[tuple[object, ...]]
) -> None:
    path = tmp_path / "g.roundtable"
    Vault.create(path, "a passphrase for the gui", title="T", themes=["A", "B"]).close()
    ui.unlock(window, path, "a passphrase for the gui")
    qtbot.waitUntil(lambda: window.vault is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
    ws = window.workspace
    assert ws is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    ws.focus_editor()
    qtbot.keyClick(ws.editor, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    ui.type(ws.editor, "said at the table")
    qtbot.keyClick(ws.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.vault is not None
    qtbot.waitUntil(lambda: len(window.vault.remarks()) == 1, timeout=10_000)  # type: ignore[union-attr]
    editor = ws.editor
    qtbot.keyClick(editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # lock
    window.close()
    with Vault.open(path, "a passphrase for the gui") as v:
        assert [r.text for r in v.remarks()] == ["said at the table"]
    assert no_sockets == []
