"""REFI-QDA export: a .qdpx project and a .qdc codebook, built from the summary model.

No REFI-QDA schema ships in a PyPI package (QualCoder, which bundles Project.xsd, is not on
PyPI), so the structure is checked against the standard's Project and Codebook schemas as
written: root element and namespace, the order of the project's children, the required
attributes of every element used, GUID and colour formats, every reference resolving, and
selection offsets that cut exactly the remark out of its source text.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from export_fixtures import ResolvedDemo
from helpers import PASSPHRASE, run_cli

from roundtable_app.export import build_summary
from roundtable_app.export.qda import CODEBOOK_NS, PROJECT_NS, render_codebook, render_project
from roundtable_app.vault import Vault

P = f"{{{PROJECT_NS}}}"
C = f"{{{CODEBOOK_NS}}}"
GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# The sequence of ProjectType in Project.xsd (every child optional, in this order).
PROJECT_ORDER = ["Users", "CodeBook", "Variables", "Cases", "Sources", "Notes", "Links",
                 "Sets", "Graphs", "Description", "NoteRef"]  # fmt: skip
REQUIRED = {
    "Project": {"name"},
    "User": {"guid"},
    "Code": {"guid", "name", "isCodable"},
    "TextSource": {"guid"},
    "PlainTextSelection": {"guid", "startPosition", "endPosition"},
    "Coding": {"guid"},
    "CodeRef": {"targetGUID"},
    "NoteRef": {"targetGUID"},
    "Note": {"guid"},
}
ENV = {"ROUNDTABLE_PASSPHRASE": PASSPHRASE}


@pytest.fixture(scope="module")
def project(resolved_demo: ResolvedDemo) -> tuple[bytes, object]:
    with Vault.open(resolved_demo.path, PASSPHRASE) as vault:
        summary = build_summary(vault)
    return render_project(summary), summary


def local(tag: str) -> str:
    return tag.split("}", 1)[1]


def test_project_follows_the_schema_structure(project) -> None:  # type: ignore[no-untyped-def]
    data, summary = project
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = package.namelist()
        xml = package.read("project.qde")
        sources = {n: package.read(n).decode("utf-8") for n in names if n != "project.qde"}
    assert names[0] == "project.qde" and all(n.startswith("sources/") for n in sources)
    assert xml.startswith(b'<?xml version="1.0" encoding="utf-8"?>\n') and b"\r" not in xml
    root = ET.fromstring(xml)
    assert root.tag == f"{P}Project" and root.get("origin") == "Roundtable"
    order = [local(child.tag) for child in root]
    assert order == sorted(order, key=PROJECT_ORDER.index)
    guids: dict[str, str] = {}
    for element in root.iter():
        name = local(element.tag)
        assert REQUIRED.get(name, set()) <= set(element.attrib), name
        if "guid" in element.attrib:
            assert GUID.match(element.get("guid", "")), element.attrib
            assert element.get("guid") not in guids, "duplicate guid"
            guids[element.get("guid", "")] = name
        if name == "Code":
            assert element.get("isCodable") in ("true", "false")
            assert re.match(r"^#[0-9A-F]{6}$", element.get("color", "#000000"))
    # every reference resolves to an element of the right kind
    for ref in root.iter(f"{P}CodeRef"):
        assert guids[ref.get("targetGUID", "")] == "Code"
    for ref in root.iter(f"{P}NoteRef"):
        assert guids[ref.get("targetGUID", "")] == "Note"
    users = root.findall(f"{P}Users/{P}User")
    assert [u.get("name") for u in users] == ["Roundtable"]
    for element in root.iter():
        for attr in ("creatingUser", "creatingUserGUID"):
            if attr in element.attrib:
                assert element.get(attr) == users[0].get("guid")
    # themes are codes, with their syntheses as notes; one selection per exported remark
    codes = [c.get("name") for c in root.findall(f"{P}CodeBook/{P}Codes/{P}Code")]
    assert codes == [t.name for t in summary.themes] + ["Kinds"]
    texts = []
    for source in root.iter(f"{P}TextSource"):
        path = source.get("plainTextPath", "")
        assert path.startswith("internal://")
        content = sources[f"sources/{path.removeprefix('internal://')}"]
        assert "\r" not in content
        for selection in source.findall(f"{P}PlainTextSelection"):
            start, end = (
                int(selection.get("startPosition", "")),
                int(selection.get("endPosition", "")),
            )
            texts.append(content[start:end])
            coded = {guids[r.get("targetGUID", "")] for r in selection.iter(f"{P}CodeRef")}
            assert coded == {"Code"} and len(list(selection.iter(f"{P}CodeRef"))) == 2
    exported = [
        r.text
        for t in summary.themes
        for r in (*t.key_points, *(x for g in t.groups for x in g.remarks))
    ]
    assert sorted(texts) == sorted(exported) and len(texts) == summary.total
    notes = {n.get("name"): n.findtext(f"{P}PlainTextContent") for n in root.iter(f"{P}Note")}
    assert notes["Executive summary"] == summary.executive_summary


def test_the_gate_holds_nothing_excluded_or_original_leaks(
    project, resolved_demo: ResolvedDemo
) -> None:  # type: ignore[no-untyped-def]
    data, _ = project
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        blob = b"".join(package.read(n) for n in package.namelist()).decode("utf-8")
    assert resolved_demo.excluded_text not in blob
    assert resolved_demo.reworded_original not in blob
    assert "creationDateTime" not in blob and "2000-01-01" not in blob


def test_ids_and_bytes_are_stable_across_exports(project) -> None:  # type: ignore[no-untyped-def]
    data, summary = project
    assert render_project(summary) == data
    assert render_codebook(summary) == render_codebook(summary)


def test_codebook_holds_the_themes_and_kinds(project) -> None:  # type: ignore[no-untyped-def]
    _, summary = project
    xml = render_codebook(summary)
    root = ET.fromstring(xml)
    assert root.tag == f"{C}CodeBook" and root.get("origin") == "Roundtable"
    codes = root.findall(f"{C}Codes/{C}Code")
    assert [c.get("name") for c in codes] == [t.name for t in summary.themes] + ["Kinds"]
    assert len(codes[-1].findall(f"{C}Code")) == 6
    project_ids = ET.fromstring(zipfile.ZipFile(io.BytesIO(project[0])).read("project.qde"))
    ids = [c.get("guid") for c in project_ids.iter(f"{P}Code")]
    assert [c.get("guid") for c in root.iter(f"{C}Code")] == ids  # reusable: the same ids


def test_cli_writes_qdpx_and_qdc_and_refuses_to_overwrite(
    resolved_demo: ResolvedDemo, tmp_path: Path
) -> None:
    out = tmp_path / "event.qdpx"
    r = run_cli("export", str(resolved_demo.path), "--qdpx", str(out), "--accept-findings", env=ENV)
    assert r.returncode == 0, r.stderr
    assert "REFI-QDA project" in r.stdout and zipfile.is_zipfile(out)
    before = out.read_bytes()
    r = run_cli("export", str(resolved_demo.path), "--qdpx", str(out), "--accept-findings", env=ENV)
    assert r.returncode == 2 and "--force" in r.stderr and out.read_bytes() == before
    r = run_cli(
        "export", str(resolved_demo.path), "--qdpx", str(out), "--accept-findings", "--force",
        env=ENV,
    )  # fmt: skip
    assert r.returncode == 0 and out.read_bytes() == before  # same vault, same bytes
    qdc = tmp_path / "themes.qdc"
    r = run_cli("export", str(resolved_demo.path), "--qdc", str(qdc), "--accept-findings", env=ENV)
    assert r.returncode == 0 and ET.fromstring(qdc.read_bytes()).tag == f"{C}CodeBook"
    # the gate still applies: without --accept-findings the last slip stops the export
    r = run_cli("export", str(resolved_demo.path), "--qdc", str(tmp_path / "b.qdc"), env=ENV)
    assert r.returncode == 1 and not (tmp_path / "b.qdc").exists()
