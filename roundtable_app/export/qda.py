"""REFI-QDA exchange (QDA-XML 1.0): the summary as a ``.qdpx`` project or a ``.qdc`` codebook.

Built from the :class:`Summary` only, like every renderer, so nothing the gate removed can
reach a research tool. The project holds:

- one pseudonymous user ("Roundtable"), the only name anywhere in it;
- the codebook: one code per theme (its description as the code's description, its
  synthesis as a note the code refers to), and a "Kinds" group with one code per remark kind;
- one text source per theme, the theme's exported remarks one paragraph each, stored as
  ``sources/<guid>.txt`` (UTF-8, ``\\n`` line endings); every remark is a text selection
  coded to its theme and to its kind;
- the executive summary as a project note.

Ids are ``uuid5`` of what they name (theme name, kind, the remark's text and its place among
equal texts), so exporting the same summary again gives the same ids, and the package has
fixed dates, so the same bytes. No date or time is written (the schema's dates are optional).
"""

from __future__ import annotations

import io
import uuid
import zipfile
from xml.etree import ElementTree as ET

from roundtable_app.export.model import KIND_ORDER, Summary, SummaryRemark

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
_ROOT_ID = uuid.uuid5(uuid.NAMESPACE_URL, "https://roundtable.invalid/refi-qda")
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
ORIGIN = "Roundtable"


def guid(*parts: str) -> str:
    """A stable id for what ``parts`` name (the same parts always give the same id)."""
    return str(uuid.uuid5(_ROOT_ID, "\x1f".join(parts)))


def _text(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\r", "\n")


def _colour(hint: str) -> str | None:
    value = hint.strip()
    if len(value) == 7 and value.startswith("#"):
        try:
            int(value[1:], 16)
        except ValueError:
            return None
        return value.upper()
    return None


def _codes(parent: ET.Element, summary: Summary, ns: str) -> None:
    codes = ET.SubElement(parent, f"{{{ns}}}Codes")
    w = summary.wording
    for theme in summary.themes:
        attrs = {"guid": guid("theme", theme.name), "name": theme.name, "isCodable": "true"}
        if colour := _colour(theme.colour):
            attrs["color"] = colour
        code = ET.SubElement(codes, f"{{{ns}}}Code", attrs)
        if theme.description:
            ET.SubElement(code, f"{{{ns}}}Description").text = _text(theme.description)
        if theme.synthesis and ns == PROJECT_NS:
            ET.SubElement(code, f"{{{ns}}}NoteRef", {"targetGUID": guid("synthesis", theme.name)})
    kinds = ET.SubElement(
        codes,
        f"{{{ns}}}Code",
        {"guid": guid("kinds"), "name": w.kinds_group, "isCodable": "false"},
    )
    for kind in KIND_ORDER:
        ET.SubElement(
            kinds,
            f"{{{ns}}}Code",
            {"guid": guid("kind", kind), "name": w.kind_heading(kind), "isCodable": "true"},
        )


def _theme_remarks(summary: Summary) -> list[tuple[str, list[SummaryRemark]]]:
    out = []
    for theme in summary.themes:
        remarks = list(theme.key_points)
        for group in theme.groups:
            remarks.extend(group.remarks)
        out.append((theme.name, remarks))
    return out


def _serialise(root: ET.Element, ns: str) -> bytes:
    ET.register_namespace("", ns)
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n").encode("utf-8")


def project_xml(summary: Summary) -> tuple[bytes, dict[str, str]]:
    """The ``project.qde`` document and the source texts it names (path → text)."""
    ns = PROJECT_NS
    user = guid("user")
    root = ET.Element(
        f"{{{ns}}}Project",
        {"name": summary.title, "origin": ORIGIN, "creatingUserGUID": user},
    )
    users = ET.SubElement(root, f"{{{ns}}}Users")
    ET.SubElement(users, f"{{{ns}}}User", {"guid": user, "name": ORIGIN})
    book = ET.SubElement(root, f"{{{ns}}}CodeBook")
    _codes(book, summary, ns)
    files: dict[str, str] = {}
    sources = ET.SubElement(root, f"{{{ns}}}Sources")
    for name, remarks in _theme_remarks(summary):
        source_id = guid("source", name)
        parts: list[str] = []
        selections: list[tuple[int, int, SummaryRemark, int]] = []
        seen: dict[tuple[str, str], int] = {}
        position = 0
        for remark in remarks:
            text = _text(remark.text)
            if parts:
                parts.append("\n\n")
                position += 2
            occurrence = seen.get((remark.kind, text), 0)
            seen[(remark.kind, text)] = occurrence + 1
            selections.append((position, position + len(text), remark, occurrence))
            parts.append(text)
            position += len(text)
        files[f"sources/{source_id}.txt"] = "".join(parts)
        source = ET.SubElement(
            sources,
            f"{{{ns}}}TextSource",
            {"guid": source_id, "name": name, "plainTextPath": f"internal://{source_id}.txt"},
        )
        for start, end, remark, occurrence in selections:
            key = (name, remark.kind, _text(remark.text), str(occurrence))
            selection = ET.SubElement(
                source,
                f"{{{ns}}}PlainTextSelection",
                {
                    "guid": guid("remark", *key),
                    "name": _text(remark.text)[:60],
                    "startPosition": str(start),
                    "endPosition": str(end),
                    "creatingUser": user,
                },
            )
            for target in (guid("theme", name), guid("kind", remark.kind)):
                coding = ET.SubElement(
                    selection,
                    f"{{{ns}}}Coding",
                    {"guid": guid("coding", *key, target), "creatingUser": user},
                )
                ET.SubElement(coding, f"{{{ns}}}CodeRef", {"targetGUID": target})
    notes = [
        (guid("synthesis", t.name), f"{summary.wording.synthesis}: {t.name}", t.synthesis)
        for t in summary.themes
        if t.synthesis
    ]
    if summary.executive_summary:
        notes.append(
            (guid("executive"), summary.wording.executive_summary, summary.executive_summary)
        )
    if notes:
        holder = ET.SubElement(root, f"{{{ns}}}Notes")
        for note_id, title, text in notes:
            note = ET.SubElement(
                holder, f"{{{ns}}}Note", {"guid": note_id, "name": title, "creatingUser": user}
            )
            ET.SubElement(note, f"{{{ns}}}PlainTextContent").text = _text(text)
    if summary.executive_summary:
        ET.SubElement(root, f"{{{ns}}}NoteRef", {"targetGUID": guid("executive")})
    return _serialise(root, ns), files


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in entries.items():
            entry = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            entry.create_system = 0
            package.writestr(entry, data)
    return out.getvalue()


def render_project(summary: Summary) -> bytes:
    """The summary as a REFI-QDA project (``.qdpx``: a zip of ``project.qde`` and
    ``sources/``); the same summary always gives the same bytes."""
    xml, files = project_xml(summary)
    entries = {"project.qde": xml}
    entries.update({path: text.encode("utf-8") for path, text in sorted(files.items())})
    return _zip(entries)


def render_codebook(summary: Summary) -> bytes:
    """The summary's themes and kinds as a REFI-QDA codebook (``.qdc``, one XML file)."""
    ns = CODEBOOK_NS
    root = ET.Element(f"{{{ns}}}CodeBook", {"origin": ORIGIN})
    _codes(root, summary, ns)
    return _serialise(root, ns)
