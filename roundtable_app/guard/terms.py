"""Protected terms: the event's list of names, organisations and roles the guard warns about."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from roundtable_app.errors import InputError
from roundtable_app.inputs import read_text_file

TERM_KINDS: tuple[str, ...] = ("person", "organisation", "role", "place", "other")


@dataclass(frozen=True)
class Term:
    """One protected term with its other spellings; ``kind`` is one of :data:`TERM_KINDS`."""

    term: str
    kind: str = "person"
    aliases: tuple[str, ...] = field(default=())

    def spellings(self) -> tuple[str, ...]:
        """The term and every alias, in that order."""
        return (self.term, *self.aliases)


def name_parts(name: str) -> list[str]:
    """The words of a person's name, given name first: "Jovanović, Milica" (entered surname
    first) gives ["Milica", "Jovanović"]."""
    if "," in name:
        surname, _, given = name.partition(",")
        return given.split() + surname.split()
    return name.split()


def parse_terms_csv(text: str, source: str | Path = "<terms>") -> list[Term]:
    """Parse a terms CSV (header ``term,kind,aliases``) into terms.

    Raises :class:`InputError` naming the source and line for a missing header, an empty term,
    an unknown kind or a term listed twice. Aliases are separated by ``;``.
    """
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise InputError("is empty; expected the header term,kind,aliases", source, 1) from None
    except csv.Error as exc:
        raise InputError(f"is not valid CSV ({exc})", source, 1) from None
    columns = [h.strip().lower() for h in header]
    if "term" not in columns:
        raise InputError("has no 'term' column; expected the header term,kind,aliases", source, 1)
    index: dict[str, int] = {
        name: columns.index(name) for name in ("term", "kind", "aliases") if name in columns
    }
    terms: list[Term] = []
    seen: dict[str, int] = {}
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue

            def cell(name: str, row: list[str] = row) -> str:
                i = index.get(name)
                return row[i].strip() if i is not None and i < len(row) else ""

            term = " ".join(cell("term").split())
            if not term:
                raise InputError("the term is empty", source, line)
            kind = cell("kind").lower() or "person"
            if kind not in TERM_KINDS:
                raise InputError(
                    f"unknown kind {kind!r}; use one of {', '.join(TERM_KINDS)}", source, line
                )
            aliases = tuple(
                dict.fromkeys(" ".join(a.split()) for a in cell("aliases").split(";") if a.strip())
            )
            key = term.casefold()
            if key in seen:
                raise InputError(
                    f"the term {term!r} is already listed on line {seen[key]}", source, line
                )
            seen[key] = line
            terms.append(Term(term=term, kind=kind, aliases=aliases))
    except csv.Error as exc:
        raise InputError(f"is not valid CSV ({exc})", source, reader.line_num) from None
    return terms


def read_terms_csv(path: str | Path) -> list[Term]:
    """Read and parse a terms CSV file; see :func:`parse_terms_csv`."""
    return parse_terms_csv(read_text_file(path, limit_mb=16), Path(path))
