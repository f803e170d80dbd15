"""Crash safety: the text being typed survives a kill, and comes back through the banner."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from helpers import PASSPHRASE

from roundtable_app.ui.capture.workspace import CaptureWorkspace
from roundtable_app.vault import Vault

SENTENCE = (
    "Reception centres need interpreters for Farsi, Pashto and Urdu — now, not in "
    "spring (Subotica, Kelebija, Horgoš)."
)


def test_killed_while_typing_the_sentence_comes_back(qtbot, vault: Vault, vault_path: Path):
    vault.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ROUNDTABLE_TEST_PASSPHRASE=PASSPHRASE)
    child = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).with_name("capture_child.py")),
            str(vault_path),
            SENTENCE,
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = child.stdout.readline() if child.stdout else ""
        assert line.strip() == "ready", child.stderr.read() if child.stderr else ""
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL

    reopened = Vault.open(vault_path, PASSPHRASE)
    try:
        draft = reopened.draft()
        assert draft is not None and draft.text == SENTENCE
        ws = CaptureWorkspace(reopened)
        qtbot.addWidget(ws)
        assert ws.view.banner.isVisibleTo(ws)
        assert "was recovered" in ws.view.banner.label.text()
        assert ws.editor.toPlainText() == ""
        ws.view.banner.restore_button.click()
        assert ws.editor.toPlainText() == SENTENCE
        assert not ws.view.banner.isVisibleTo(ws)
        ws.shutdown()
        assert reopened.draft().text == SENTENCE
    finally:
        reopened.close()


def test_resume_after_unlock_puts_the_draft_back_silently(qtbot, vault: Vault):
    theme = vault.themes()[1]
    session = vault.add_session("Opening")
    vault.save_draft("half a thought", theme.id, "question", session.id)
    ws = CaptureWorkspace(vault, resume_draft=True)
    qtbot.addWidget(ws)
    assert ws.editor.toPlainText() == "half a thought"
    assert not ws.view.banner.isVisibleTo(ws)
    assert ws.controller.theme_id == theme.id
    assert ws.view.kind_combo.currentData() == "question"
    assert ws.view.session_combo.currentData() == session.id
    ws.shutdown()


def test_discard_clears_the_draft_and_autosave_never_overwrites_an_offered_one(qtbot, vault):
    vault.save_draft("recovered words", None)
    ws = CaptureWorkspace(vault)
    qtbot.addWidget(ws)
    ws.editor.setPlainText("typed before deciding")
    ws._save_draft()
    assert vault.draft().text == "recovered words\n\ntyped before deciding"
    ws.editor.clear()
    ws.view.banner.discard_button.click()
    assert vault.draft() is None
    assert not ws.view.banner.isVisibleTo(ws)
    ws.shutdown()
    assert vault.draft() is None


def test_shutdown_with_the_banner_still_up_keeps_the_draft(qtbot, vault):
    vault.save_draft("do not drop me", None)
    ws = CaptureWorkspace(vault)
    qtbot.addWidget(ws)
    ws.shutdown()
    assert vault.draft().text == "do not drop me"
