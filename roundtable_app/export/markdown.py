"""The Markdown renderer: the same content and structure as the PDF, for further editing."""

from __future__ import annotations

import re

from roundtable_app.export.model import Summary, SummaryRemark, ThemeSection
from roundtable_app.export.wording import Wording

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


def _item(remark: SummaryRemark, w: Wording, strong: bool = False) -> str:
    text = md_escape(remark.text).replace("\n", "  \n  ")
    if strong:
        text = f"**{text}**"
    if remark.session:
        text += f"  \n  *{md_escape(w.session)}: {md_escape(remark.session)}*"
    return f"- {text}"


def _anchor(title: str) -> str:
    # GitHub-style heading anchors; good enough for most Markdown viewers.
    slug = re.sub(r"[^\w\- ]", "", title.casefold()).strip().replace(" ", "-")
    return slug or "section"


def _theme(number: int, theme: ThemeSection, w: Wording) -> list[str]:
    out = [f"## {w.theme_chapter(number, md_escape(theme.name))}", ""]
    if theme.description:
        out += [f"*{md_escape(theme.description)}*", ""]
    if theme.synthesis:
        out += [f"### {w.synthesis}", ""]
        for p in _paragraphs(theme.synthesis):
            out += [p, ""]
    if theme.key_points:
        out += [f"### {w.key_points}", ""]
        out += [_item(r, w, strong=True) for r in theme.key_points]
        out.append("")
    for group in theme.groups:
        out += [f"### {group.heading} ({len(group.remarks)})", ""]
        out += [_item(r, w) for r in group.remarks]
        out.append("")
    if not theme.total:
        out += [f"*{w.no_remarks}*", ""]
    else:
        out += [f"*{w.count_phrase(theme.counts)}*", ""]
    return out


def render_markdown(summary: Summary) -> str:
    """The summary as CommonMark text (headings, lists, one table), ending in a newline."""
    s = summary
    w = s.wording
    out = [f"# {md_escape(s.title)}", ""]
    if s.subtitle:
        out += [f"*{md_escape(s.subtitle)}*", ""]
    meta = [md_escape(v) for v in (s.venue, s.dates) if v]
    if meta:
        out += ["  \n".join(meta), ""]
    if s.conveners:
        out += [f"**{w.convened_by}:** " + "; ".join(md_escape(c) for c in s.conveners), ""]
    out += [
        f"> **{w.rule_title}.** " + md_escape(s.rule_statement).replace("\n", " "),
        ">",
        "> " + md_escape(s.notice),
        "",
    ]
    chapters = s.chapters()
    out += [f"## {w.contents}", ""]
    out += [f"- [{md_escape(c.title)}](#{_anchor(c.title)})" for c in chapters]
    out.append("")
    if s.executive_summary:
        out += [f"## {w.executive_summary}", ""]
        for p in _paragraphs(s.executive_summary):
            out += [p, ""]
    out += [f"## {w.overview}", ""]
    out += [w.overview_intro(s.total, len(s.themes)), ""]
    kinds = [k for k, _ in s.kind_totals()]
    out.append(
        f"| {w.theme_column} | "
        + " | ".join(w.kind_heading(k) for k in kinds)
        + f" | {w.total_column} |"
    )
    out.append("| --- | " + " | ".join("---:" for _ in kinds) + " | ---: |")
    for t in s.themes:
        out.append(
            f"| {md_escape(t.name)} | "
            + " | ".join(str(n) for _, n in t.counts)
            + f" | {t.total} |"
        )
    out.append(
        f"| **{w.all_themes}** | "
        + " | ".join(str(n) for _, n in s.kind_totals())
        + f" | **{s.total}** |"
    )
    out.append("")
    for number, theme in enumerate(s.themes, start=1):
        out += _theme(number, theme, w)
    out += [f"## {w.recommendations}", ""]
    if not s.recommendations:
        out += [f"*{w.no_recommendations}*", ""]
    else:
        out += [w.recommendations_intro, ""]
    for group in s.recommendations:
        out += [f"### {md_escape(group.theme)}", ""]
        out += [_item(r, w) for r in group.remarks]
        out.append("")
    out += ["---", "", f"*{w.footer}.*"]
    return "\n".join(out) + "\n"
