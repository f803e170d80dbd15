"""Merging laptops of one event (roundtable_app.vault.merge): kits, clocks, conflicts, order.

Every vault is a real file; bundles are merged as decrypted contents (the file format has its
own tests), so that many orders can be tried quickly.
"""

from __future__ import annotations

import itertools
import json
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from helpers import PASSPHRASE

from roundtable_app.vault import Vault, clock
from roundtable_app.vault.bundle_format import encode_payload, parse_payload
from roundtable_app.vault.bundles import create_from_kit, export_bundle, read_bundle
from roundtable_app.vault.merge import match_key
from roundtable_app.vault.types import BundleContents

DAY_MS = 24 * 3600 * 1000
BUNDLE_PASS = "bundle passphrase for merges"


def through_file(contents: BundleContents) -> BundleContents:
    """What another laptop reads: the contents encoded and parsed as a bundle would be."""
    return parse_payload(encode_payload(contents), "bundle")


@pytest.fixture
def organiser(tmp_path: Path) -> Iterator[Vault]:
    v = Vault.create(
        tmp_path / "organiser.roundtable",
        PASSPHRASE,
        title="Regional roundtable on reception",
        venue="Subotica",
        themes=("Housing", "Šećer i zdravlje", "Rights of the child"),
    )
    v.add_session("Day 1: reception")
    v.update_theme(v.themes()[0].id, description="Rent, deposits, collective centres")
    yield v
    v.close()


@pytest.fixture
def laptops(organiser: Vault, tmp_path: Path) -> Iterator[list[Vault]]:
    """Three note-takers' vaults made from the organiser's kit."""
    kit = through_file(organiser.bundle_contents(setup=True))
    made = [create_from_kit(tmp_path / f"{name}.roundtable", PASSPHRASE, kit) for name in "abc"]
    yield made
    for v in made:
        v.close()


def theme(v: Vault, name: str) -> int:
    found = v.theme_by_name(name)
    assert found is not None
    return found.id


def snapshot(v: Vault) -> list[tuple[object, ...]]:
    """Everything a user sees of the remarks, sorted: the result a merge must reproduce."""
    names = {t.id: t.name for t in v.themes()}
    titles = {a.id: a.title for a in v.sessions()}
    return sorted(
        (
            r.id,
            r.text,
            r.reworded,
            names[r.theme_id],
            titles.get(r.session_id) if r.session_id else None,
            r.kind,
            r.status,
            r.key_point,
            r.deleted,
        )
        for r in v.remarks(include_deleted=True)
    )


# ---------------------------------------------------------------- kits
def test_kit_gives_every_laptop_the_same_theme_and_session_ids(
    organiser: Vault, laptops: list[Vault]
) -> None:
    org_themes = [(t.name, t.description, t.colour) for t in organiser.themes()]
    uids = organiser.bundle_contents(setup=True)
    for v in laptops:
        assert [(t.name, t.description, t.colour) for t in v.themes()] == org_themes
        mine = v.bundle_contents(setup=True)
        assert [t.uid for t in mine.themes] == [t.uid for t in uids.themes]
        assert [a.uid for a in mine.sessions] == [a.uid for a in uids.sessions]
        assert v.event().venue == "Subotica"
        assert v.remarks() == []


def test_a_bundle_of_remarks_is_not_a_kit(organiser: Vault, tmp_path: Path) -> None:
    from roundtable_app.errors import InputError

    remarks = through_file(organiser.bundle_contents())
    with pytest.raises(InputError, match="not an event kit"):
        create_from_kit(tmp_path / "x.roundtable", PASSPHRASE, remarks)
    assert not (tmp_path / "x.roundtable").exists()


def test_themes_match_by_id_even_after_a_rename_and_by_name_without_ids(
    laptops: list[Vault], tmp_path: Path
) -> None:
    a, b, _ = laptops
    b.update_theme(theme(b, "Housing"), name="Housing and shelter")
    rid = a.add_remark("Deposits of three months' rent.", theme(a, "Housing")).id
    b.merge_bundles([through_file(a.bundle_contents())])
    # same id: the remark lands in B's renamed theme, no second "Housing" appears
    assert [t.name for t in b.themes()][0] == "Housing and shelter"
    assert len(b.themes()) == 3
    assert b.remark(rid).theme_id == theme(b, "Housing and shelter")
    # a vault not made from the kit matches by name, case and diacritics ignored
    loner = Vault.create(
        tmp_path / "loner.roundtable", PASSPHRASE, title="x", themes=["SECER I ZDRAVLJE"]
    )
    try:
        a.add_remark("Insulin runs out on Fridays.", theme(a, "Šećer i zdravlje"))
        report = loner.merge_bundles([through_file(a.bundle_contents())])
        assert report.added == 2
        assert "SECER I ZDRAVLJE" in [t.name for t in loner.themes()]
        assert not any(t.name == "Šećer i zdravlje" for t in loner.themes())
    finally:
        loner.close()
    assert match_key("Đorđe Šećer") == match_key("djordje secer")


# ---------------------------------------------------------------- clocks
def test_a_laptop_whose_clock_is_a_day_behind_keeps_its_newer_edit(
    laptops: list[Vault], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, _ = laptops
    rid = a.add_remark("Registration queues doubled in June.", theme(a, "Housing")).id
    b.merge_bundles([through_file(a.bundle_contents())])
    real = clock.wall_ms
    monkeypatch.setattr(clock, "wall_ms", lambda: real() - DAY_MS)  # B's clock: a day behind
    b.edit_remark(rid, "Registration queues tripled in June.")
    monkeypatch.setattr(clock, "wall_ms", real)
    edited = b.remark(rid)
    original = a.remark(rid)
    # by the wall clock alone B's edit would look older than A's original...
    assert edited.updated_at <= original.updated_at + timedelta(seconds=1)
    report = a.merge_bundles([through_file(b.bundle_contents())])
    # ...but the hybrid clock and the version vector know it came after
    assert (report.updated, report.conflicts) == (1, ())
    assert a.remark(rid).text == "Registration queues tripled in June."
    assert [v.text for v in a.revisions(rid)] == ["Registration queues doubled in June."]


def test_a_stamp_from_the_year_9999_is_refused_and_later_edits_still_count(
    laptops: list[Vault],
) -> None:
    from roundtable_app.errors import InputError

    a, b, _ = laptops
    rid = a.add_remark("A remark stamped by a broken clock.", theme(a, "Housing")).id
    doc = json.loads(_inflated(encode_payload(a.bundle_contents())))
    # the latest stamp the fixed-width clock can write (year 2286): far beyond any real clock
    doc["remarks"][0]["version"] = clock.stamp(9_999_999_999_999, 0, "ffffffffffffffff")
    with pytest.raises(InputError, match="days ahead of this laptop's clock"):
        parse_payload(_deflated(doc), "future.rtbundle")
    doc["remarks"][0]["version"] = a.bundle_contents().remarks[0].version
    doc["remarks"][0]["updated_at"] = "9999-12-31T23:59:59.000000"
    with pytest.raises(InputError, match="days ahead"):
        parse_payload(_deflated(doc), "future.rtbundle")
    assert b.remarks() == []  # nothing reached B
    b.merge_bundles([through_file(a.bundle_contents())])
    b.edit_remark(rid, "A later real edit.")
    a.merge_bundles([through_file(b.bundle_contents())])
    assert a.remark(rid).text == "A later real edit."


def _inflated(payload: bytes) -> bytes:
    import zlib

    return zlib.decompress(payload[12:])


def _deflated(doc: object) -> bytes:
    import struct
    import zlib

    raw = json.dumps(doc).encode()
    return b"RTP2" + struct.pack(">Q", len(raw)) + zlib.compress(raw)


# ---------------------------------------------------------------- conflicts
def test_remark_edited_on_both_sides_is_a_reported_conflict_and_keeps_both_wordings(
    laptops: list[Vault],
) -> None:
    a, b, c = laptops
    rid = a.add_remark(
        "Guardians are appointed too late for most children.", theme(a, "Rights of the child")
    ).id
    b.merge_bundles([through_file(a.bundle_contents())])
    a.edit_remark(rid, "Guardians are appointed after weeks, not days.")
    b.edit_remark(rid, "Guardianship takes a month on average.")
    report = c.merge_bundles([through_file(a.bundle_contents()), through_file(b.bundle_contents())])
    assert [x.kind for x in report.conflicts] == ["remark edited on both sides"]
    line = report.conflicts[0].line()
    assert "Rights of the child" in line and "kept the later edit" in line
    # the later edit (B's, made after A's) is current; A's wording is a revision
    assert c.remark(rid).text == "Guardianship takes a month on average."
    kept = {v.text for v in c.revisions(rid)}
    assert "Guardians are appointed after weeks, not days." in kept
    # the first words name the remark; the whole text is never in the report
    assert "Guardian" in line and "month on average." not in line
    # the two laptops resolve it the same way when they meet
    a.merge_bundles([through_file(b.bundle_contents())])
    b.merge_bundles([through_file(a.bundle_contents())])
    assert a.remark(rid).text == b.remark(rid).text == c.remark(rid).text
    assert "Guardians are appointed after weeks, not days." in {v.text for v in a.revisions(rid)}
    assert "Guardianship takes a month on average." in {r.text for r in b.remarks()}


def test_theme_renamed_on_both_sides_is_a_conflict_resolved_by_the_later_rename(
    laptops: list[Vault],
) -> None:
    a, b, _ = laptops
    a.update_theme(theme(a, "Housing"), name="Shelter")
    b.update_theme(theme(b, "Housing"), name="Accommodation")  # later
    report = a.merge_bundles([through_file(b.bundle_contents())])
    assert [x.kind for x in report.conflicts] == ["theme renamed on both sides"]
    assert "'Shelter' here, 'Accommodation' in the bundle" in report.conflicts[0].subject
    assert "kept 'Accommodation'" in report.conflicts[0].resolution
    assert "Accommodation" in [t.name for t in a.themes()]
    again = b.merge_bundles([through_file(a.bundle_contents())])
    assert [t.name for t in b.themes()] == [t.name for t in a.themes()]
    assert again.conflicts == ()  # B's rename was already the winner: A has seen it now


def test_theme_deleted_on_one_side_and_used_on_the_other_keeps_the_theme_and_remarks(
    laptops: list[Vault],
) -> None:
    a, b, c = laptops
    a.delete_theme(theme(a, "Rights of the child"))
    rid = b.add_remark(
        "Schools refuse children without papers.", theme(b, "Rights of the child")
    ).id
    # A receives B's remark: the theme A deleted comes back, reported
    report = a.merge_bundles([through_file(b.bundle_contents())])
    assert [x.kind for x in report.conflicts] == ["theme deleted on one side and used on the other"]
    assert "recreated" in report.conflicts[0].resolution
    assert a.remark(rid).theme_id == theme(a, "Rights of the child")
    # B receives A's deletion (from before A saw the remark): B keeps the theme, reported
    fresh = through_file(c.bundle_contents())
    c.delete_theme(theme(c, "Rights of the child"))
    report = b.merge_bundles([through_file(c.bundle_contents())])
    assert [x.kind for x in report.conflicts] == ["theme deleted on one side and used on the other"]
    assert "kept" in report.conflicts[0].resolution
    assert b.remark(rid).theme_id == theme(b, "Rights of the child")
    # an unused theme deleted elsewhere is simply deleted
    assert fresh.themes
    b.delete_theme(theme(b, "Housing"))
    a.merge_bundles([through_file(b.bundle_contents())])
    assert a.theme_by_name("Housing") is None


def test_deletion_always_wins_and_travels_without_text(
    laptops: list[Vault], tmp_path: Path
) -> None:
    a, b, _ = laptops
    secret = f"Named-{uuid.uuid4().hex[:8]} said this: it must not travel"
    rid = a.add_remark(secret, theme(a, "Housing")).id
    b.merge_bundles([through_file(a.bundle_contents())])
    b.edit_remark(rid, secret + " (edited on B)")
    a.delete_remark(rid)
    out = tmp_path / "a.rtbundle"
    assert export_bundle(a, out, BUNDLE_PASS) == 0  # a tombstone is not a remark
    contents = read_bundle(out, BUNDLE_PASS)
    assert contents.remarks == () and [d.id for d in contents.deleted] == [rid]
    assert secret.encode() not in _inflated(encode_payload(a.bundle_contents()))
    report = b.merge_bundles([contents])
    assert report.deleted == 1 and b.remark(rid).deleted
    assert [x.kind for x in report.conflicts] == [
        "remark deleted on one side and edited on the other"
    ]
    # B's edited copy never brings it back to A
    report = a.merge_bundles([through_file(b.bundle_contents())])
    assert a.remark(rid).deleted and report.added == 0


# ---------------------------------------------------------------- order and repeats
def test_result_is_the_same_in_every_order_and_with_repeats(
    organiser: Vault, laptops: list[Vault], tmp_path: Path
) -> None:
    a, b, c = laptops
    # a history with every kind of change: adds, an exchange, concurrent edits, a deletion,
    # a rename on both sides, a theme deleted on one side and used on another
    shared = a.add_remark("Collective centres are full by June.", theme(a, "Housing")).id
    a.add_remark("Rent deposits are the main barrier.", theme(a, "Housing"), "challenge")
    b.merge_bundles([through_file(a.bundle_contents())])
    c.merge_bundles([through_file(a.bundle_contents())])
    a.edit_remark(shared, "Collective centres are full by May.")
    b.reword_remark(shared, "Reception centres fill up early in the year.")
    c.update_remark(shared, status="included", key_point=True)
    gone = b.add_remark("A remark B deletes.", theme(b, "Šećer i zdravlje")).id
    b.delete_remark(gone)
    b.add_remark("Clinics lack insulin on weekends.", theme(b, "Šećer i zdravlje"), "lesson")
    c.add_session("Day 2: integration")
    day2 = c.session_by_title("Day 2: integration")
    assert day2 is not None
    c.add_remark(
        "Language classes start too late.", theme(c, "Rights of the child"), session_id=day2.id
    )
    a.update_theme(theme(a, "Rights of the child"), name="Children's rights")
    c.update_theme(theme(c, "Rights of the child"), name="Child rights")
    a.delete_theme(theme(a, "Šećer i zdravlje"))
    bundles = [through_file(v.bundle_contents()) for v in (a, b, c)]

    results = []
    for n, order in enumerate(itertools.permutations(range(3))):
        kit = through_file(organiser.bundle_contents(setup=True))
        with create_from_kit(tmp_path / f"d{n}.roundtable", PASSPHRASE, kit) as d:
            d.merge_bundles([bundles[i] for i in order])
            d.merge_bundles([bundles[i] for i in reversed(order)])  # and again
            results.append((snapshot(d), sorted(t.name for t in d.themes())))
    assert all(r == results[0] for r in results)
    rows, themes = results[0]
    # every remark exactly once; the deleted one arrived only as a tombstone, without text
    assert len(rows) == len({r[0] for r in rows}) == 4
    assert gone not in {r[0] for r in rows}
    assert "Child rights" in themes and "Šećer i zdravlje" in themes
    current = {r[0]: r for r in rows}[shared]
    # three concurrent edits: C's came last, so C's whole remark is current (the rule)
    assert current[1:3] == ("Collective centres are full by June.", None)
    assert current[6:8] == ("included", True)


# ---------------------------------------------------------------- device id (issue 10, 14)
def test_device_id_is_random_per_vault_and_an_old_vault_gets_one_by_migration(
    tmp_path: Path,
) -> None:
    from datetime import datetime

    from sqlalchemy import text

    from roundtable_app.vault import engine, migrations
    from roundtable_app.vault.base import device_id

    old_mac_hash = "3f2a9c0d1e4b5a67"  # what the old code stored: a hash of the MAC address
    path = tmp_path / "old.roundtable"
    path.touch()
    raw = engine.connect_new(path, PASSPHRASE)
    e = engine.make_engine(path, raw)
    with e.begin() as conn:
        migrations.upgrade(conn, path, target="0002")
        stamp = datetime(2026, 6, 14, 9, 30)
        conn.execute(
            text(
                "INSERT INTO event (id, title, subtitle, venue, dates, conveners, rule_statement,"
                " created_at) VALUES (1, 'Old event', '', '', '', '[]', 'rule', :t)"
            ),
            {"t": stamp},
        )
        conn.execute(
            text(
                "INSERT INTO themes (id, name, description, position, colour, shortcut)"
                " VALUES (1, 'Old theme', '', 0, '#000000', 1)"
            )
        )
        for rid in ("r1", "r2"):
            conn.execute(
                text(
                    "INSERT INTO remarks (id, text, theme_id, kind, status, key_point, created_at,"
                    " updated_at, device_id) VALUES (:r, 'said', 1, 'lesson', 'captured', 0, :t,"
                    " :t, :d)"
                ),
                {"r": rid, "t": stamp, "d": old_mac_hash},
            )
    e.dispose()
    raw.close()
    with Vault.open(path, PASSPHRASE) as v:
        remarks = v.remarks()
        devices = {r.device_id for r in remarks}
        assert len(devices) == 1 and old_mac_hash not in devices
        new_id = v._device
        contents = v.bundle_contents()
        assert all(r.version and dict(r.vector) for r in contents.remarks)
        assert contents.themes[0].uid  # the old theme got a stable id
        v.add_remark("After the upgrade.", v.themes()[0].id)
        assert v.remarks()[-1].device_id == new_id
    with Vault.create(tmp_path / "two.roundtable", PASSPHRASE, title="x") as other:
        assert other._device != new_id
    assert device_id() != device_id() and len(device_id()) == 16
