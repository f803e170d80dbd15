"""`roundtable bundle export/import` as a subprocess: the contract in shared/CLI.md."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from helpers import PASSPHRASE, run_cli

from roundtable_app.vault.bundles import HEADER_SIZE, MAGIC

BUNDLE_PASS = "bundle passphrase for the road"
ENV = {"ROUNDTABLE_PASSPHRASE": PASSPHRASE, "ROUNDTABLE_BUNDLE_PASSPHRASE": BUNDLE_PASS}
CANARY = "Canary-b19e: guardianship backlog in the northern district"


def ok(*args: str, env: dict[str, str] = ENV) -> str:
    r = run_cli(*args, env=env)
    assert r.returncode == 0, r.stderr
    return r.stdout


def listing(path: Path) -> list[dict[str, str]]:
    return json.loads(ok("list", str(path), "--json"))


def snapshot(folder: Path) -> dict[str, str]:
    """Every file in a folder with its hash: a vault untouched is byte-identical."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Vault A with remarks and an exported bundle; vault B made separately, in its own folder,
    with other themes. Built once; each test works on its own copy."""
    root = tmp_path_factory.mktemp("laptops")
    (root / "a").mkdir()
    (root / "b").mkdir()
    a, b = root / "a" / "a.roundtable", root / "b" / "b.roundtable"
    ok("new", str(a), "--title", "Laptop A", "--theme", "Trauma care", "--theme", "Housing")
    ok("new", str(b), "--title", "Laptop B", "--theme", "Education", "--theme", "housing")
    ok("add", str(a), "--theme", "Trauma care", "--kind", "lesson", "--session", "Day 1", CANARY)
    ok("add", str(a), "--theme", "Housing", "--kind", "question", "Who pays the rent deposits?")
    ok("add", str(a), "--theme", "Housing", "Collective centres are full by June.")
    out = ok("bundle", "export", str(a), str(root / "a.rtbundle"))
    assert "wrote 3 remarks to" in out
    return root


@pytest.fixture
def laptops(made: Path, tmp_path: Path) -> tuple[Path, Path, Path]:
    """This test's copy of vault A, vault B and the bundle."""
    root = tmp_path / "laptops"
    shutil.copytree(made, root)
    return root / "a" / "a.roundtable", root / "b" / "b.roundtable", root / "a.rtbundle"


@pytest.mark.slow
def test_export_then_import_twice(laptops: tuple[Path, Path, Path]) -> None:
    a, b, bundle = laptops
    assert ok("bundle", "import", str(b), str(bundle)).strip() == (
        "added 3, updated 0, already present 0"
    )
    rows_a = {r["id"]: r for r in listing(a)}
    rows_b = {r["id"]: r for r in listing(b)}
    assert set(rows_b) == set(rows_a)
    for rid, row in rows_a.items():
        mapped = dict(row, theme="housing" if row["theme"] == "Housing" else row["theme"])
        assert rows_b[rid] == mapped  # text, kind, session, status; Housing maps to housing
    assert ok("bundle", "import", str(b), str(bundle)).strip() == (
        "added 0, updated 0, already present 3"
    )
    assert len(listing(b)) == 3
    terms_b = json.loads(ok("terms", str(b), "list", "--json"))
    assert terms_b == []


def test_bundle_holds_no_plaintext(laptops: tuple[Path, Path, Path]) -> None:
    _, _, bundle = laptops
    data = bundle.read_bytes()
    assert data.startswith(MAGIC)
    for needle in ("Canary-b19e", "Trauma care", BUNDLE_PASS):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert needle.encode(encoding) not in data
    assert sorted(p.name for p in bundle.parent.iterdir()) == ["a", "a.rtbundle", "b"]


def test_wrong_bundle_passphrase_exits_3_and_leaves_the_vault_byte_identical(
    laptops: tuple[Path, Path, Path],
) -> None:
    _, b, bundle = laptops
    before = snapshot(b.parent)
    env = {**ENV, "ROUNDTABLE_BUNDLE_PASSPHRASE": "a different passphrase"}
    r = run_cli("bundle", "import", str(b), str(bundle), env=env)
    assert r.returncode == 3
    assert "wrong bundle passphrase" in r.stderr
    assert "different" not in r.stderr + r.stdout
    assert snapshot(b.parent) == before


@pytest.mark.parametrize("where", ["ciphertext", "header", "tag"])
def test_altered_bundle_exits_4_and_writes_nothing(
    laptops: tuple[Path, Path, Path], where: str
) -> None:
    _, b, bundle = laptops
    data = bytearray(bundle.read_bytes())
    index = {"ciphertext": HEADER_SIZE + 5, "header": len(MAGIC) + 6, "tag": len(data) - 1}[where]
    data[index] ^= 0x40
    bundle.write_bytes(bytes(data))
    before = snapshot(b.parent)
    r = run_cli("bundle", "import", str(b), str(bundle), env=ENV)
    assert r.returncode == 4, r.stderr
    assert "damaged" in r.stderr
    assert snapshot(b.parent) == before


def test_truncated_bundle_exits_4(laptops: tuple[Path, Path, Path]) -> None:
    _, b, bundle = laptops
    bundle.write_bytes(bundle.read_bytes()[:-20])
    before = snapshot(b.parent)
    r = run_cli("bundle", "import", str(b), str(bundle), env=ENV)
    assert r.returncode == 4
    assert snapshot(b.parent) == before


def test_a_vault_given_as_the_bundle_exits_3(laptops: tuple[Path, Path, Path]) -> None:
    a, b, _ = laptops
    r = run_cli("bundle", "import", str(b), str(a), env=ENV)
    assert r.returncode == 3
    assert "not a Roundtable bundle" in r.stderr


def test_a_bundle_given_as_the_vault_is_named_as_such(laptops: tuple[Path, Path, Path]) -> None:
    _, _, bundle = laptops
    r = run_cli("list", str(bundle), env=ENV)
    assert r.returncode == 3
    assert "a Roundtable bundle, not a Roundtable vault" in r.stderr


def test_bundle_from_a_newer_version_exits_6(laptops: tuple[Path, Path, Path]) -> None:
    _, b, bundle = laptops
    data = bytearray(bundle.read_bytes())
    data[len(MAGIC)] = 2
    bundle.write_bytes(bytes(data))
    r = run_cli("bundle", "import", str(b), str(bundle), env=ENV)
    assert r.returncode == 6
    assert "newer version" in r.stderr


def test_short_bundle_passphrase_is_refused_and_nothing_is_written(
    laptops: tuple[Path, Path, Path],
) -> None:
    a, _, bundle = laptops
    out = bundle.with_name("short.rtbundle")
    r = run_cli(
        "bundle", "export", str(a), str(out), env={**ENV, "ROUNDTABLE_BUNDLE_PASSPHRASE": "short"}
    )
    assert r.returncode == 2
    assert "at least 10" in r.stderr
    assert not out.exists()


def test_export_never_overwrites(laptops: tuple[Path, Path, Path]) -> None:
    a, _, bundle = laptops
    before = bundle.read_bytes()
    r = run_cli("bundle", "export", str(a), str(bundle), env=ENV)
    assert r.returncode == 2
    assert "already exists" in r.stderr
    assert bundle.read_bytes() == before


def test_without_a_bundle_passphrase_or_terminal_it_is_a_usage_error(
    laptops: tuple[Path, Path, Path],
) -> None:
    _, b, bundle = laptops
    r = run_cli("bundle", "import", str(b), str(bundle), env={"ROUNDTABLE_PASSPHRASE": PASSPHRASE})
    assert r.returncode == 2
    assert len(listing(b)) == 0


def test_vault_passphrase_from_a_file(laptops: tuple[Path, Path, Path], tmp_path: Path) -> None:
    _, b, bundle = laptops
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    env = {"ROUNDTABLE_BUNDLE_PASSPHRASE": BUNDLE_PASS}
    r = run_cli("bundle", "import", str(b), str(bundle), "--passphrase-file", str(secret), env=env)
    assert r.returncode == 0, r.stderr
    assert "added 3" in r.stdout
