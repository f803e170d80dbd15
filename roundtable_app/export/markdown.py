"""The Markdown renderer: the same content and structure as the PDF, for further editing."""

from __future__ import annotations

import re

from roundtable_app.export.model import (
    KIND_HEADINGS,
    Summary,
    SummaryRemark,
    ThemeSection,
    count_phrase,
)

_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_LINE_START = re.compile(r"^(\s*)([#>+\-=]|\d+(?=[.)]))", re.MULTILINE)


def md_escape(text: str) -> str:
    """User text made inert in Markdown: emphasis, links, HTML, tables and line-start
    markers (headings, lists, quotes) are escaped; the words stay as typed."""
    text = _SPECIAL.sub(r"\\\1", text.replace("\r\n", "\n"))
    return _LINE_START.sub(_escape_marker, text)


def _escape_marker(match: re.Match[str]) -> str:
    lead, marker = match.group(1), match.group(2)
    if marker[0].isdigit():  # "1." / "1)" starts an ordered list: escape the punctuation
        return lead + marker + "\\"
    return lead + "\\" + marker


def _paragraphs(text: str) -> list[str]:
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n")]
    # A single line break inside a paragraph stays one (two trailing spaces = <br>).
    return [md_escape(b).replace("\n", "  \n") for b in blocks if b]


def _item(remark: SummaryRemark, strong: bool = False) -> str:
    text = md_escape(remark.text).replace("\n", "  \n  ")
    if strong:
        text = f"**{text}**"
    if remark.session:
        text += f"  \n  *Session: {md_escape(remark.session)}*"
    return f"- {text}"


def _anchor(title: str) -> str:
    # GitHub-style heading anchors; good enough for most Markdown viewers.
    slug = re.sub(r"[^\w\- ]", "", title.casefold()).strip().replace(" ", "-")
    return slug or "section"


def _theme(number: int, theme: ThemeSection) -> list[str]:
    out = [f"## {number}. {md_escape(theme.name)}", ""]
    if theme.description:
        out += [f"*{md_escape(theme.description)}*", ""]
    if theme.synthesis:
        out += ["### Synthesis", ""]
        for p in _paragraphs(theme.synthesis):
            out += [p, ""]
    if theme.key_points:
        out += ["### Key points", ""]
        out += [_item(r, strong=True) for r in theme.key_points]
        out.append("")
    for group in theme.groups:
        out += [f"### {group.heading} ({len(group.remarks)})", ""]
        out += [_item(r) for r in group.remarks]
        out.append("")
    if not theme.total:
        out += ["*No remarks were recorded under this theme.*", ""]
    else:
        out += [f"*{count_phrase(theme.counts)}*", ""]
    return out


def render_markdown(summary: Summary) -> str:
    """The summary as CommonMark text (headings, lists, one table), ending in a newline."""
    s = summary
    out = [f"# {md_escape(s.title)}", ""]
    if s.subtitle:
        out += [f"*{md_escape(s.subtitle)}*", ""]
    meta = [md_escape(v) for v in (s.venue, s.dates) if v]
    if meta:
        out += ["  \n".join(meta), ""]
    if s.conveners:
        out += ["**Convened by:** " + "; ".join(md_escape(c) for c in s.conveners), ""]
    out += [
        "> **Held under the Chatham House Rule.** "
        + md_escape(s.rule_statement).replace("\n", " "),
        ">",
        "> " + md_escape(s.notice),
        "",
    ]
    chapters: list[str] = []
    if s.executive_summary:
        chapters.append("Executive summary")
    chapters.append("Remarks at a glance")
    chapters += [f"{i}. {t.name}" for i, t in enumerate(s.themes, start=1)]
    chapters.append("Recommendations")
    out += ["## Contents", ""]
    out += [f"- [{md_escape(c)}](#{_anchor(c)})" for c in chapters]
    out.append("")
    if s.executive_summary:
        out += ["## Executive summary", ""]
        for p in _paragraphs(s.executive_summary):
            out += [p, ""]
    out += ["## Remarks at a glance", ""]
    plural = "s" if s.total != 1 else ""
    out += [f"{s.total} remark{plural} across {len(s.themes)} theme(s), by kind.", ""]
    kinds = [k for k, _ in s.kind_totals()]
    out.append("| Theme | " + " | ".join(KIND_HEADINGS[k] for k in kinds) + " | Total |")
    out.append("| --- | " + " | ".join("---:" for _ in kinds) + " | ---: |")
    for t in s.themes:
        out.append(
            f"| {md_escape(t.name)} | "
            + " | ".join(str(n) for _, n in t.counts)
            + f" | {t.total} |"
        )
    out.append(
        "| **All themes** | "
        + " | ".join(str(n) for _, n in s.kind_totals())
        + f" | **{s.total}** |"
    )
    out.append("")
    for i, theme in enumerate(s.themes, start=1):
        out += _theme(i, theme)
    out += ["## Recommendations", ""]
    if not s.recommendations:
        out += ["*No recommendations were recorded.*", ""]
    else:
        out += ["Every recommendation made during the meeting, gathered by theme.", ""]
    for group in s.recommendations:
        out += [f"### {md_escape(group.theme)}", ""]
        out += [_item(r) for r in group.remarks]
        out.append("")
    out += ["---", "", "*Chatham House Rule: not for attribution.*"]
    return "\n".join(out) + "\n"
