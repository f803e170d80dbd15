"""English sentences with placeholders, matched whole and translated with their values put back.

The guard's reasons (``guard_words``) and the Qt-free layers' messages (``error_words``) are
English text built by code that knows nothing of Qt. Each is recognised by the template it was
built from ("names a protected person: %1"), translated through Qt, and refilled with the
values it carried (the quoted words, a file name, a count), which are never translated.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

PLACEHOLDER = re.compile(r"%(\d+|n)")


@dataclass(frozen=True)
class Template:
    """One English template, the pattern that recognises a text built from it, and the
    placeholder each of the pattern's groups fills ("1", "2", "n")."""

    source: str
    pattern: re.Pattern[str]
    slots: tuple[str, ...]
    quoted: frozenset[str] = frozenset()  # slots in quotes: a name as the user wrote it


def compile_template(source: str, *, greedy: bool = False) -> Template:
    """The pattern of ``source``: its own words literally, ``%n`` as digits, any other
    placeholder as at least one character (the first split wins unless ``greedy``)."""
    parts: list[str] = []
    slots: list[str] = []
    quoted = {m.group(1) for m in re.finditer(r"['“„]%(\d+)['”“]", source)}
    last = 0
    any_text = r"(.+)" if greedy else r"(.+?)"
    for m in PLACEHOLDER.finditer(source):
        parts.append(re.escape(source[last : m.start()]))
        parts.append(r"(\d+)" if m.group(1) == "n" else any_text)
        slots.append(m.group(1))
        last = m.end()
    parts.append(re.escape(source[last:]))
    return Template(source, re.compile("".join(parts), re.DOTALL), tuple(slots), frozenset(quoted))


def most_specific_first(templates: Iterable[Template]) -> tuple[Template, ...]:
    """The templates with the most words of their own first, so that "…: %1 (or %n other
    protected terms)" is tried before "…: %1", which would also match it (a stable sort: ties
    keep the order given)."""
    return tuple(sorted(templates, key=lambda t: -len(PLACEHOLDER.sub("", t.source))))


def match(templates: Iterable[Template], text: str) -> tuple[Template, dict[str, str]] | None:
    """The first template that matches ``text`` whole, with the value of each placeholder."""
    for template in templates:
        m = template.pattern.fullmatch(text)
        if m is not None:
            return template, dict(zip(template.slots, m.groups(), strict=True))
    return None


def fill(translated: str, values: dict[str, str]) -> str:
    """``translated`` with its placeholders replaced, in one pass, so that a value holding
    "%2" is never itself replaced."""
    return PLACEHOLDER.sub(lambda p: values.get(p.group(1), p.group(0)), translated)
