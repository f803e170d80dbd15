"""Review merges travel in bundles: the links (``merged_into``), splits, and conflicts.

Every vault is a real file in ``tmp_path``; laptop A and laptop B are made separately (B has
the same theme names, not the same theme ids), as two note-takers' laptops would be.
"""

from __future__ import annotations

import dataclasses
import json
import zlib
from pathlib import Path

import pytest
from helpers import PASSPHRASE

from roundtable_app.vault import Vault
from roundtable_app.vault.bundle_format import encode_payload, parse_payload
from roundtable_app.vault.bundles import export_bundle, import_bundle, merge_bundle
from roundtable_app.vault.types import MergeReport, RemarkInfo

BUNDLE_PASS = "bundle passphrase, merges travel"
THEMES = ("Guardianship", "Shelter in winter")


def laptop(tmp_path: Path, name: str) -> Vault:
    return Vault.create(tmp_path / f"{name}.roundtable", PASSPHRASE, title=name, themes=THEMES)


@pytest.fixture
def a(tmp_path: Path) -> Vault:
    v = laptop(tmp_path, "a")
    yield v
    v.close()


@pytest.fixture
def b(tmp_path: Path) -> Vault:
    v = laptop(tmp_path, "b")
    yield v
    v.close()


def send(source: Vault, target: Vault, folder: Path, name: str) -> MergeReport:
    path = folder / f"{name}.rtbundle"
    export_bundle(source, path, BUNDLE_PASS)
    return import_bundle(target, path, BUNDLE_PASS)


def shown(v: Vault) -> dict[str, str]:
    """What Review and the summary show: live remarks not merged into another, by id."""
    return {r.id: r.current_text for r in v.remarks() if r.merged_into is None}


def three(v: Vault) -> list[RemarkInfo]:
    theme = v.theme_by_name(THEMES[0])
    assert theme is not None
    return [
        v.add_remark("Guardians are appointed after three weeks.", theme.id),
        v.add_remark("It takes about three weeks to get a guardian.", theme.id, "challenge"),
        v.add_remark("Interpreters are missing at night.", theme.id),
    ]


def test_a_merge_on_a_shows_as_one_merged_remark_on_b_with_the_originals_kept(
    a: Vault, b: Vault, tmp_path: Path
) -> None:
    x, y, other = three(a)
    merged = a.combine_remarks([x.id, y.id], "A guardian is appointed only after three weeks.")
    report = send(a, b, tmp_path, "first")
    assert report.added == 4 and not report.conflicts

    assert (
        shown(b)
        == shown(a)
        == {
            merged.id: "A guardian is appointed only after three weeks.",
            other.id: "Interpreters are missing at night.",
        }
    )
    # the originals are kept on B, linked, word for word
    assert [(p.id, p.text) for p in b.merged_parts(merged.id)] == [(x.id, x.text), (y.id, y.text)]
    assert b.merged_ids() == {merged.id}
    # hidden from search on B as on A: only the merged remark answers
    assert [h.remark.id for h in b.search("three weeks")] == [merged.id]
    # a second import changes nothing
    again = send(a, b, tmp_path, "again")
    assert again.added == 0 and again.updated == 0
    assert shown(b) == shown(a)


def test_a_split_travels_too(a: Vault, b: Vault, tmp_path: Path) -> None:
    x, y, other = three(a)
    merged = a.combine_remarks([x.id, y.id], "Guardians come after three weeks.")
    send(a, b, tmp_path, "merged")
    a.split_remark(merged.id)
    report = send(a, b, tmp_path, "split")
    assert not report.conflicts
    assert shown(b) == shown(a) == {x.id: x.text, y.id: y.text, other.id: other.text}
    assert merged.id not in {r.id for r in b.remarks()}  # deleted on B as on A
    assert b.merged_ids() == set()


def test_split_on_b_then_merged_back_into_a(a: Vault, b: Vault, tmp_path: Path) -> None:
    x, y, _ = three(a)
    merged = a.combine_remarks([x.id, y.id], "Guardians come after three weeks.")
    send(a, b, tmp_path, "to-b")
    b.split_remark(merged.id)  # B's facilitator disagrees with the merge
    report = send(b, a, tmp_path, "to-a")
    assert not report.conflicts
    assert shown(a) == shown(b)
    assert x.id in shown(a) and y.id in shown(a) and merged.id not in shown(a)
    # and a new merge made on A after that travels to B again
    again = a.combine_remarks([x.id, y.id], "Three weeks before a guardian is appointed.")
    send(a, b, tmp_path, "remerged")
    assert shown(b) == shown(a)
    assert again.id in shown(b) and x.id not in shown(b)


def test_split_on_one_side_and_an_original_edited_on_the_other_loses_nothing(
    a: Vault, b: Vault, tmp_path: Path
) -> None:
    """The clock decides each remark on its own; an original left pointing at a merged
    remark that the other side split away is shown again (and reported), on both sides."""
    x, y, _ = three(a)
    merged = a.combine_remarks([x.id, y.id], "Guardians come after three weeks.")
    send(a, b, tmp_path, "to-b")
    b.split_remark(merged.id)
    a.edit_remark(x.id, "Guardians are appointed after three weeks, sometimes four.")  # later
    report = send(b, a, tmp_path, "split-to-a")
    kinds = [c.kind for c in report.conflicts]
    assert "merge split on one side and its remark edited on the other" in kinds
    send(a, b, tmp_path, "edit-to-b")
    assert shown(a) == shown(b)
    assert shown(a)[x.id] == "Guardians are appointed after three weeks, sometimes four."
    assert y.id in shown(a) and merged.id not in shown(a)


def test_a_bundle_without_merge_data_keeps_the_receiving_vaults_merge(
    a: Vault, b: Vault, tmp_path: Path
) -> None:
    """Bundles written before merges travelled carry no ``merged_into``: a later edit in
    one of them changes the wording but never undoes a merge made here."""
    x, y, _ = three(a)
    send(a, b, tmp_path, "plain")  # B has the three remarks
    a.update_remark(x.id, status="included")  # a later edit on A ...
    merged = b.combine_remarks([x.id, y.id], "Guardians come after three weeks.")  # ... merge on B
    old = a.bundle_contents()
    old = dataclasses.replace(
        old,
        remarks=tuple(
            dataclasses.replace(r, merged_into=None, carries_merge=False) for r in old.remarks
        ),
    )
    merge_bundle(b, old)
    assert {p.id for p in b.merged_parts(merged.id)} == {x.id, y.id}
    assert x.id not in shown(b) and merged.id in shown(b)


def test_old_payload_without_the_key_is_read_and_says_nothing_about_merges(
    a: Vault,
) -> None:
    x, y, _ = three(a)
    a.combine_remarks([x.id, y.id], "Guardians come after three weeks.")
    payload = encode_payload(a.bundle_contents())
    doc = json.loads(zlib.decompress(payload[12:]))
    assert sum(r["merged_into"] is not None for r in doc["remarks"]) == 2
    for r in doc["remarks"]:
        del r["merged_into"]
    raw = json.dumps(doc).encode()
    old = b"RTP2" + len(raw).to_bytes(8, "big") + zlib.compress(raw)
    contents = parse_payload(old)
    assert len(contents.remarks) == 4
    assert not any(r.carries_merge or r.merged_into for r in contents.remarks)


def test_a_merge_link_to_itself_is_damage(a: Vault) -> None:
    from roundtable_app.errors import DamagedError

    x, _, _ = three(a)
    doc = json.loads(zlib.decompress(encode_payload(a.bundle_contents())[12:]))
    doc["remarks"][0]["merged_into"] = doc["remarks"][0]["id"]
    raw = json.dumps(doc).encode()
    with pytest.raises(DamagedError, match="remark 1"):
        parse_payload(b"RTP2" + len(raw).to_bytes(8, "big") + zlib.compress(raw))


def test_merges_made_before_they_travelled_are_versioned_on_upgrade_and_then_travel(
    a: Vault, b: Vault, tmp_path: Path
) -> None:
    """A vault whose merge was made by the previous release (no version on the merged remark,
    the originals' versions unchanged) is upgraded by 0004_search_speed; the merge then
    reaches a laptop that already had the originals."""
    x, y, _ = three(a)
    send(a, b, tmp_path, "before")  # B has the three remarks, at their current versions
    with a.raw_connection() as conn:
        old = {
            rid: (version, vector)
            for rid, version, vector in conn.execute("SELECT id, version, vector FROM remarks")
        }
    merged = a.combine_remarks([x.id, y.id], "Guardians come after three weeks.")
    path = a.path
    a.close()
    # what the previous release left: the merge unversioned, the schema before 0004
    from sqlalchemy import text

    from roundtable_app.vault import engine

    raw = engine.connect_raw(path, PASSPHRASE)
    e = engine.make_engine(path, raw)
    with e.begin() as conn:
        conn.execute(
            text("UPDATE remarks SET version = '', vector = '{}' WHERE id = :m"), {"m": merged.id}
        )
        for rid in (x.id, y.id):
            version, vector = old[rid]
            conn.execute(
                text("UPDATE remarks SET version = :v, vector = :w WHERE id = :i"),
                {"v": version, "w": vector, "i": rid},
            )
        conn.execute(text("DROP TABLE search_terms"))
        conn.execute(text("DROP TABLE search_state"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0003_spelling'"))
    e.dispose()
    raw.close()

    with Vault.open(path, PASSPHRASE) as upgraded:
        versions = {r.id: r for r in upgraded.remarks()}
        with upgraded.raw_connection() as conn:
            stamps = dict(conn.execute("SELECT id, version FROM remarks").fetchall())
        assert all(stamps.values())
        assert stamps[x.id] > old[x.id][0] and stamps[y.id] > old[y.id][0]
        assert versions[x.id].merged_into == merged.id
        report = send(upgraded, b, tmp_path, "after")
        assert not report.conflicts
        assert shown(b) == shown(upgraded)
    assert merged.id in shown(b) and x.id not in shown(b) and y.id not in shown(b)
