"""Helpers for tests: the real CLI as a subprocess, and the shared test passphrase."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PASSPHRASE = "correct horse 'battery' \\ staple-ž"


def run_cli(
    *args: str,
    env: dict[str, str] | None = None,
    input: bytes | None = None,
    cwd: Path | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """Run the real ``roundtable`` command as a subprocess (text output, never raises)."""
    full_env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("ROUNDTABLE_") or k == "ROUNDTABLE_DEVICE_ID"
    }
    full_env.update(env or {})
    exe = Path(sys.executable).with_name("roundtable")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "roundtable_app"]
    proc = subprocess.run(
        [*cmd, *args],
        env=full_env,
        input=input,
        capture_output=True,
        cwd=cwd,
        timeout=timeout,
    )
    return subprocess.CompletedProcess(
        proc.args,
        proc.returncode,
        proc.stdout.decode("utf-8", "replace"),
        proc.stderr.decode("utf-8", "replace"),
    )
