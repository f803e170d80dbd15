"""The installed wheel finds its migrations and resources without the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from helpers import PASSPHRASE

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_in_a_fresh_venv_creates_and_opens_a_vault(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "-w",
            str(wheels),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (wheel,) = wheels.glob("roundtable-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    # every package of the source tree ships (a subpackage missing from pyproject.toml would
    # import in the checkout and fail only once installed), and the README's screenshots don't
    source_packages = {
        str(p.parent.relative_to(REPO)) for p in (REPO / "roundtable_app").rglob("__init__.py")
    }
    shipped = {n.rsplit("/", 1)[0] for n in names if n.endswith("/__init__.py")}
    assert source_packages <= shipped, source_packages - shipped
    assert not [n for n in names if "screenshots/" in n and n.endswith(".png")], names
    for resource in ("fonts/DejaVuSans.ttf", "fonts/LICENSE", "icons/app.svg", "demo/"):
        assert any(n.startswith(f"roundtable_app/_resources/{resource}") for n in names), resource
    migrations = {p.name for p in (REPO / "db" / "versions").glob("*.py")}
    assert migrations <= {n.rsplit("/", 1)[1] for n in names if "/_db/versions/" in n}
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    # dependencies come from the test environment; the package itself only from the wheel
    env = {
        **os.environ,
        "PYTHONPATH": sysconfig.get_paths()["purelib"],
        "ROUNDTABLE_PASSPHRASE": PASSPHRASE,
    }
    work = tmp_path / "elsewhere"
    work.mkdir()
    script = (
        "import roundtable_app, sys\n"
        "from roundtable_app.paths import migrations_dir, resources_dir\n"
        "print(roundtable_app.__file__)\n"
        "print(migrations_dir())\n"
        "print(resources_dir())\n"
    )
    where = subprocess.run(
        [str(python), "-c", script], cwd=work, env=env, check=True, capture_output=True, text=True
    ).stdout.split()
    assert all(str(venv) in line for line in where), where
    for args in (
        ["demo", "d.roundtable"],
        ["verify", "d.roundtable"],
        ["list", "d.roundtable", "--json"],
    ):
        r = subprocess.run(
            [str(python), "-m", "roundtable_app", *args],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert r.returncode == 0, r.stderr
    assert '"theme": "Rights of the child"' in r.stdout
