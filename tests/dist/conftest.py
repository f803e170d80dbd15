"""Fixtures for the smoke test of the standalone build (``make dist-test``).

The build is what ``make dist`` left in ``$ROUNDTABLE_DIST`` (default ``dist/``): these tests run
the frozen ``roundtable`` with a bare environment (no virtualenv, no PYTHONPATH, PATH of the
system only), as a venue laptop with no Python would. The test process itself uses the
development environment only to inspect what the build wrote (PDF, DOCX, PNG, vaults).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

SYSTEM_PATH = "/usr/local/sbin:/usr/sbin:/sbin:/usr/bin:/bin"
REPO = Path(__file__).resolve().parents[2]


def _can_unshare_network() -> bool:
    try:
        done = subprocess.run(["unshare", "-n", "true"], capture_output=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


@dataclass
class Build:
    """The one-folder build and how to run it."""

    folder: Path
    home: Path
    offline: bool  # every command runs in a network namespace with no interface but lo

    @property
    def exe(self) -> Path:
        """The ``roundtable`` executable."""
        return self.folder / "roundtable"

    def env(self, **extra: str) -> dict[str, str]:
        """A bare environment: the system's PATH, a private HOME, UTF-8, nothing of Python."""
        env = {
            "PATH": SYSTEM_PATH,
            "HOME": str(self.home),
            "LANG": "C.UTF-8",
            "ROUNDTABLE_DEVICE_ID": "dist-smoke",
        }
        env.update(extra)
        return env

    def run(
        self,
        *args: str,
        cwd: Path,
        stdin: str | None = None,
        timeout: float = 180,
        **extra: str,
    ) -> subprocess.CompletedProcess[str]:
        """Run the built ``roundtable`` (offline when the machine allows it)."""
        cmd = [str(self.exe), *args]
        if self.offline:
            cmd = ["unshare", "-n", *cmd]
        return subprocess.run(
            cmd,
            cwd=cwd,
            env=self.env(**extra),
            input=stdin,
            capture_output=True,
            text=True,
            timeout=timeout,
        )


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
    }


@pytest.fixture(scope="session")
def build_folder() -> Path:
    """The folder ``make dist`` built; a missing build fails (never skips) the smoke test."""
    folder = (REPO / os.environ.get("ROUNDTABLE_DIST", "dist") / "roundtable").resolve()
    assert (folder / "roundtable").is_file(), f"no build in {folder}: run `make dist` first"
    return folder


@pytest.fixture(scope="session")
def build_snapshot(build_folder: Path) -> dict[str, tuple[int, int]]:
    """Every file of the build with its size and mtime, before any test ran it."""
    return _snapshot(build_folder)


@pytest.fixture(scope="session")
def build(
    build_folder: Path,
    build_snapshot: dict[str, tuple[int, int]],
    tmp_path_factory: pytest.TempPathFactory,
) -> Build:
    """The build, run with a private HOME shared by the session's tests."""
    home = tmp_path_factory.mktemp("home")
    return Build(build_folder, home, _can_unshare_network())


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """A working folder far from the checkout, so nothing is found there by accident."""
    folder = tmp_path / "work"
    folder.mkdir()
    return folder


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Public for the tests: the same listing as ``build_snapshot``."""
    return _snapshot(folder)


def need(tool: str) -> str:
    """The path of a system tool the test needs; its absence fails the test with the fix."""
    path = shutil.which(tool, path=SYSTEM_PATH)
    assert path, f"{tool} is missing: apt-get install -y xvfb xdotool imagemagick"
    return path
