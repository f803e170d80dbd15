"""The synthesis typed beside its theme's remarks survives a SIGKILL of the app."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from helpers import PASSPHRASE

from roundtable_app.ui.capture.workspace import CaptureWorkspace
from roundtable_app.ui.review.workspace import ReviewWorkspace
from roundtable_app.vault import Vault

SYNTHESIS = "Starateljstvo traje predugo; tumači nedostaju na severu (Ђорђевић не)."


def test_synthesis_survives_a_kill(qtbot, vault: Vault, vault_path: Path) -> None:
    vault.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ROUNDTABLE_TEST_PASSPHRASE=PASSPHRASE)
    child = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).with_name("review_child.py")),
            str(vault_path),
            SYNTHESIS,
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
        theme = reopened.themes()[0]
        assert reopened.theme_summary(theme.id) == SYNTHESIS
        capture = CaptureWorkspace(reopened)
        review = ReviewWorkspace(reopened, capture.curation, capture.undo_stack)
        qtbot.addWidget(capture)
        qtbot.addWidget(review)
        review.theme_list.setCurrentRow(1)
        assert review.synthesis.toPlainText() == SYNTHESIS
        review.shutdown()
        capture.shutdown()
    finally:
        reopened.close()
    assert SYNTHESIS.encode() not in vault_path.read_bytes()
