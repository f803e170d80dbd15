"""Event kits and multi-laptop merges through the real `roundtable` command (issue 13), and
the hostile bundles of issue 10 item 13: each refused with a clear message, nothing written."""

from __future__ import annotations

import hashlib
import itertools
import json
import resource
import shutil
import struct
import zlib
from pathlib import Path

import pytest
from helpers import PASSPHRASE, run_cli

from roundtable_app.vault.bundle_format import HEADER_SIZE, seal, unseal

# Seconds to minutes each (subprocesses, kills, many syncs to disk): `pytest -m "not slow"`
# leaves them out while iterating.
pytestmark = pytest.mark.slow

BUNDLE_PASS = "kit passphrase, Novi Sad 2026"
ENV = {"ROUNDTABLE_PASSPHRASE": PASSPHRASE, "ROUNDTABLE_BUNDLE_PASSPHRASE": BUNDLE_PASS}
TITLE = "Canary-title-51c2 regional roundtable"
THEMES = ("Housing", "Šećer i zdravlje", "Canary-theme-9d0e")


def ok(*args: str) -> str:
    r = run_cli(*args, env=ENV)
    assert r.returncode == 0, r.stderr
    return r.stdout


def listing(path: Path) -> list[dict[str, str]]:
    return sorted(json.loads(ok("list", str(path), "--json")), key=lambda r: r["id"])


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def event(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The organiser's vault and kit; three note-takers' vaults made from it, each with its
    own remarks and bundle; a fourth (the facilitator's) made from the kit."""
    root = tmp_path_factory.mktemp("event")
    org = root / "organiser.roundtable"
    terms = root / "terms.csv"
    terms.write_text("term,kind,aliases\nCanary-term-Jelena Petrović,person,J. Petrović\n")
    args = ["new", str(org), "--title", TITLE, "--venue", "Novi Sad", "--terms", str(terms)]
    for name in THEMES:
        args += ["--theme", name]
    ok(*args)
    terms.unlink()
    out = ok("bundle", "export", str(org), str(root / "kit.rtbundle"), "--setup")
    assert "3 themes" in out and "1 protected term," in out and "no remarks" in out
    for n, name in enumerate("abcd"):
        (root / name).mkdir()
        ok(
            "new",
            str(root / name / f"{name}.roundtable"),
            "--from-bundle",
            str(root / "kit.rtbundle"),
        )
        if name == "d":
            continue
        vault = str(root / name / f"{name}.roundtable")
        ok("add", vault, "--theme", "Housing", f"Laptop {name}: rent deposits block moves.")
        ok(
            "add",
            vault,
            "--theme",
            "šećer I ZDRAVLJE",
            "--kind",
            "lesson",
            "--session",
            "Day 1",
            f"Laptop {name}: insulin lasts {n + 2} days.",
        )
        assert "2 remarks" in ok("bundle", "export", vault, str(root / f"{name}.rtbundle"))
    return root


@pytest.fixture
def copy(event: Path, tmp_path: Path) -> Path:
    root = tmp_path / "event"
    shutil.copytree(event, root)
    return root


def test_kit_makes_vaults_with_the_event_themes_and_terms(event: Path) -> None:
    a = event / "a" / "a.roundtable"
    terms = json.loads(ok("terms", str(a), "list", "--json"))
    assert [t["term"] for t in terms] == ["Canary-term-Jelena Petrović"]
    assert {r["theme"] for r in listing(a)} == {"Housing", "Šećer i zdravlje"}


def test_kit_plaintext_is_absent_from_its_file(event: Path) -> None:
    data = (event / "kit.rtbundle").read_bytes()
    for needle in (
        "Canary-title-51c2",
        "Canary-theme-9d0e",
        "Canary-term-Jelena",
        "Novi Sad",
        BUNDLE_PASS,
    ):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert needle.encode(encoding) not in data, needle
    # and it is there once decrypted: the test would see it if it leaked
    assert b"Canary-theme-9d0e" in zlib.decompress(unseal(data, BUNDLE_PASS)[12:])


def test_three_laptops_merged_in_every_order_and_twice_give_one_result(copy: Path) -> None:
    d = copy / "d" / "d.roundtable"
    pristine = d.read_bytes()
    bundles = [str(copy / f"{n}.rtbundle") for n in "abc"]
    results = []
    for order in itertools.permutations(bundles):
        d.write_bytes(pristine)
        shutil.rmtree(copy / "d" / "d.roundtable.backups", ignore_errors=True)
        first = ok("bundle", "import", str(d), *order)
        assert first.startswith("added 6, updated 0, already present 0")
        again = ok("bundle", "import", str(d), *reversed(order))
        assert again.startswith("added 0, updated 0, already present 6")
        results.append(listing(d))
    assert all(r == results[0] for r in results)
    rows = results[0]
    assert len(rows) == len({r["id"] for r in rows}) == 6  # every remark exactly once
    assert {r["session"] for r in rows if r["kind"] == "lesson"} == {"Day 1"}
    # one "Day 1" session, though three laptops each made it: matched by name
    assert sum(1 for r in rows if r["session"]) == 3


def test_dry_run_prints_the_preview_and_leaves_the_vault_byte_identical(copy: Path) -> None:
    d = copy / "d" / "d.roundtable"
    before = snapshot(copy / "d")
    out = ok(
        "bundle", "import", str(d), str(copy / "a.rtbundle"), str(copy / "b.rtbundle"), "--dry-run"
    )
    assert out.splitlines() == [
        "would be: added 4, updated 0, already present 0, deleted 0, conflicts 0",
        "new themes: none",
        "new sessions: Day 1",
        "dry run: nothing was written",
    ]
    assert snapshot(copy / "d") == before  # no backup either
    r = run_cli(
        "bundle", "import", str(d), str(copy / "a.rtbundle"), str(copy / "b.rtbundle"), env=ENV
    )
    assert r.returncode == 0 and r.stdout == "added 4, updated 0, already present 0\n"
    assert "backup taken before the import" in r.stderr
    backups = [p for p in (copy / "d" / "d.roundtable.backups").iterdir() if "-import-" in p.name]
    assert len(backups) == 1 and backups[0].stat().st_mode & 0o077 == 0
    assert len(listing(d)) == 4


def _flip(data: bytes, i: int) -> bytes:
    out = bytearray(data)
    out[i] ^= 0x20
    return bytes(out)


def test_tampered_kit_or_bundle_exits_4_and_writes_nothing(copy: Path) -> None:
    kit = (copy / "kit.rtbundle").read_bytes()
    bundle = (copy / "a.rtbundle").read_bytes()
    d = copy / "d" / "d.roundtable"
    before = snapshot(copy / "d")
    # every header byte costs nothing to check (tests/vault/test_bundles.py covers each);
    # here bytes across the whole file, through the command a user runs
    for data, name in ((kit, "kit"), (bundle, "bundle")):
        step = max(1, (len(data) - 9) // 4)
        for i in [*range(9, len(data), step), HEADER_SIZE, len(data) - 1]:
            bad = copy / f"bad-{name}.rtbundle"
            bad.write_bytes(_flip(data, i))
            target = copy / f"new-{name}-{i}.roundtable"
            r = run_cli("new", str(target), "--from-bundle", str(bad), env=ENV)
            assert r.returncode == 4, (name, i, r.stderr)
            assert "damaged or altered" in r.stderr
            assert not target.exists()
            r = run_cli("bundle", "import", str(d), str(copy / "b.rtbundle"), str(bad), env=ENV)
            assert r.returncode == 4, (name, i, r.stderr)
    assert snapshot(copy / "d") == before


def _sealed(folder: Path, name: str, doc: object | None = None, raw: bytes | None = None) -> Path:
    if raw is None:
        text = json.dumps(doc).encode()
        raw = b"RTP2" + struct.pack(">Q", len(text)) + zlib.compress(text)
    path = folder / name
    path.write_bytes(seal(raw, BUNDLE_PASS))
    return path


def _doc(copy: Path) -> dict[str, object]:
    data = (copy / "a.rtbundle").read_bytes()
    return json.loads(zlib.decompress(unseal(data, BUNDLE_PASS)[12:]))


def test_hostile_bundles_are_refused_with_a_clear_message_and_nothing_written(
    copy: Path,
) -> None:
    d = copy / "d" / "d.roundtable"
    good = _doc(copy)
    cases: dict[str, tuple[Path, int, str]] = {}
    nested = b"[" * 200_000 + b"]" * 200_000
    cases["nested"] = (
        _sealed(
            copy,
            "nested.rtbundle",
            raw=b"RTP2" + struct.pack(">Q", len(nested)) + zlib.compress(nested),
        ),
        4,
        "nested too deeply",
    )
    aware = json.loads(json.dumps(good))
    aware["remarks"][0]["updated_at"] = "2026-06-20T09:00:00.000000+02:00"
    cases["aware"] = (_sealed(copy, "aware.rtbundle", aware), 4, "remark 1 is not valid")
    future = json.loads(json.dumps(good))
    future["remarks"][1]["updated_at"] = "9999-12-31T23:59:59.000000"
    cases["9999"] = (
        _sealed(copy, "future.rtbundle", future),
        2,
        "days ahead of this laptop's clock",
    )
    huge = json.loads(json.dumps(good))
    huge["remarks"][0]["text"] = "Canary-huge " + "x" * 10_000_000
    cases["10MB"] = (_sealed(copy, "huge.rtbundle", huge), 2, "the limit is 20,000")
    lone = json.loads(json.dumps(good))
    lone["remarks"][0]["text"] = "Canary-surrogate \ud800"
    cases["surrogate"] = (_sealed(copy, "lone.rtbundle", lone), 4, "remark 1 is not valid")
    digits = json.loads(json.dumps(good))
    cases["digits"] = (
        _sealed(
            copy,
            "digits.rtbundle",
            raw=_rtp2(
                json.dumps(digits, separators=(",", ":"))
                .replace('"position":0', '"position":' + "9" * 5000, 1)
                .encode()
            ),
        ),
        4,
        "cannot be read",
    )
    before = snapshot(copy / "d")
    for name, (path, code, message) in cases.items():
        for _ in range(2):  # a second import behaves the same (idempotency never crashes)
            r = run_cli("bundle", "import", str(d), str(path), env=ENV)
            assert r.returncode == code, (name, r.stderr)
            assert message in r.stderr, (name, r.stderr)
            assert "Canary" not in r.stderr and "Traceback" not in r.stderr
    assert snapshot(copy / "d") == before


def _rtp2(raw: bytes) -> bytes:
    return b"RTP2" + struct.pack(">Q", len(raw)) + zlib.compress(raw)


def _bomb(size: int) -> bytes:
    packer = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    parts = [packer.compress(b'{"format":2,"remarks":["')]
    parts += [packer.compress(chunk) for _ in range(size >> 20)]
    parts.append(packer.compress(b'"]}') + packer.flush())
    return b"".join(parts)


def test_a_small_bundle_that_inflates_to_1_gib_is_refused_before_inflating(copy: Path) -> None:
    d = copy / "d" / "d.roundtable"
    body = _bomb(1 << 30)
    assert len(body) < 2 * 1024 * 1024
    honest = _sealed(copy, "bomb.rtbundle", raw=b"RTP2" + struct.pack(">Q", 1 << 30) + body)
    lying = _sealed(copy, "liar.rtbundle", raw=b"RTP2" + struct.pack(">Q", 4096) + body)
    legacy = _sealed(copy, "legacy.rtbundle", raw=body)  # format 1: no size in front
    before = snapshot(copy / "d")
    for path, code, message in (
        (honest, 2, "would take 1,024 MiB once unpacked; the limit is 128 MiB"),
        (lying, 4, "not the size they claim"),
        (legacy, 2, "unpack to more than 128 MiB"),
    ):
        r = run_cli("bundle", "import", str(d), str(path), env=ENV)
        assert r.returncode == code, r.stderr
        assert message in r.stderr
    # the largest of the child processes so far: far below the 1 GiB it would have taken
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert peak_mib < 600, peak_mib
    assert snapshot(copy / "d") == before


def test_device_ids_are_random_per_vault_and_travel_as_such(event: Path) -> None:
    devices = set()
    for name in "abc":
        data = (event / f"{name}.rtbundle").read_bytes()
        doc = json.loads(zlib.decompress(unseal(data, BUNDLE_PASS)[12:]))
        ids = {r["device_id"] for r in doc["remarks"]}
        assert len(ids) == 1
        devices |= ids
    assert len(devices) == 3  # three vaults on one machine: three different ids
    for device in devices:
        assert len(device) == 16 and int(device, 16) >= 0
