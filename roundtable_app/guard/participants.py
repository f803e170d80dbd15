"""A participants list turned into protected terms.

The list (CSV ``name,organisation,role,email,phone``, all but ``name`` optional) is as secret as
the remarks: it is parsed here, stored by the vault, never exported and never logged. From each
row come the terms the guard needs: the person (in both scripts, with the usual short forms of
the given name from ``resources/guard/hypocoristics.csv``), the organisation with its acronym,
the role, and the contact details. :func:`propose_terms` returns them with the generated
aliases marked, so the user can drop a wrong one before anything is saved.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from roundtable_app.errors import InputError
from roundtable_app.guard.lexicon import short_forms
from roundtable_app.guard.normalise import cyrillic_to_latin, fold_str
from roundtable_app.guard.terms import Term, name_parts
from roundtable_app.inputs import read_text_file

PARTICIPANT_COLUMNS: tuple[str, ...] = ("name", "organisation", "role", "email", "phone")
_MAX_FIELD = 300


@dataclass(frozen=True)
class Participant:
    """One row of a participants list."""

    name: str
    organisation: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class ProposedTerm:
    """A protected term generated from the list; ``generated`` are the aliases Roundtable
    guessed (other script, short forms, acronym), which the user may remove."""

    term: Term
    generated: tuple[str, ...] = field(default=())
    source: str = ""  # which participant it came from, for the review list

    def without(self, aliases: Iterable[str]) -> ProposedTerm:
        """The same proposal with the given aliases dropped."""
        drop = set(aliases)
        kept = tuple(a for a in self.term.aliases if a not in drop)
        return replace(
            self,
            term=replace(self.term, aliases=kept),
            generated=tuple(a for a in self.generated if a not in drop),
        )


# ---------------------------------------------------------------- reading the CSV
def parse_participants_csv(text: str, source: str | Path = "<participants>") -> list[Participant]:
    """Parse a participants CSV; raises :class:`InputError` naming the source and line for a
    missing ``name`` column, an empty name, a field that is too long or a name listed twice.

    The error messages name columns and lines, never the values (the list is confidential).
    """
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(
            "is empty; expected the header name,organisation,role,email,phone", source, 1
        ) from None
    except csv.Error as exc:
        raise InputError(f"is not valid CSV ({exc})", source, 1) from None
    columns = [h.strip().lower().lstrip("\ufeff") for h in header]
    if "name" not in columns:
        raise InputError(
            "has no 'name' column; expected the header name,organisation,role,email,phone",
            source,
            1,
        )
    unknown = [c for c in columns if c and c not in PARTICIPANT_COLUMNS]
    if unknown:
        raise InputError(
            f"unknown column {unknown[0]!r}; use name,organisation,role,email,phone", source, 1
        )
    index = {name: columns.index(name) for name in PARTICIPANT_COLUMNS if name in columns}
    out: list[Participant] = []
    seen: dict[str, int] = {}
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            values: dict[str, str] = {}
            for name, i in index.items():
                value = " ".join(row[i].split()) if i < len(row) else ""
                if len(value) > _MAX_FIELD:
                    raise InputError(
                        f"the {name} is too long ({_MAX_FIELD} characters at most)", source, line
                    )
                values[name] = value
            if not values.get("name"):
                raise InputError("the name is empty", source, line)
            key = fold_str(values["name"])
            if key in seen:
                raise InputError(f"this name is already listed on line {seen[key]}", source, line)
            seen[key] = line
            out.append(Participant(**values))
    except csv.Error as exc:
        raise InputError(f"is not valid CSV ({exc})", source, reader.line_num) from None
    if not out:
        raise InputError("lists no participants", source)
    return out


def read_participants_csv(path: str | Path) -> list[Participant]:
    """Read and parse a participants CSV file; see :func:`parse_participants_csv`."""
    return parse_participants_csv(read_text_file(path, limit_mb=16), Path(path))


# ---------------------------------------------------------------- scripts
_LATIN_TO_CYRILLIC_PAIRS = {"lj": "љ", "nj": "њ", "dž": "џ", "dj": "ђ"}
_LATIN_TO_CYRILLIC = {
    "a": "а", "b": "б", "c": "ц", "č": "ч", "ć": "ћ", "d": "д", "đ": "ђ", "e": "е", "f": "ф",
    "g": "г", "h": "х", "i": "и", "j": "ј", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о",
    "p": "п", "r": "р", "s": "с", "š": "ш", "t": "т", "u": "у", "v": "в", "z": "з", "ž": "ж",
}  # fmt: skip
_SERBIAN_LATIN = set(_LATIN_TO_CYRILLIC) | set("čćšžđ")


def latin_to_cyrillic(text: str) -> str | None:
    """Serbian Latin written in Cyrillic, or ``None`` when ``text`` is not Serbian Latin
    (letters such as q, w, x, y or accents Serbian does not use: "Eszter", "William")."""
    letters = [c.lower() for c in text if c.isalpha()]
    if not letters or any(c not in _SERBIAN_LATIN for c in letters):
        return None
    out: list[str] = []
    i = 0
    while i < len(text):
        pair = text[i : i + 2]
        rep = _LATIN_TO_CYRILLIC_PAIRS.get(pair.lower())
        if rep is not None:
            # "Lj" and "LJ" are one letter: the case of its first half decides.
            out.append(rep.upper() if pair[0].isupper() else rep)
            i += 2
            continue
        ch = text[i]
        single = _LATIN_TO_CYRILLIC.get(ch.lower())
        out.append(ch if single is None else (single.upper() if ch.isupper() else single))
        i += 1
    return "".join(out)


_SERBIAN_SHAPES = ("ic", "vic", "ski", "ska", "ov", "ova", "ev", "eva", "in", "ina")
_SERBIAN_SMALL = frozenset({"za", "i", "u", "na", "od", "sa", "pri", "iz"})


def looks_serbian(text: str) -> bool:
    """Whether a Latin name or title reads as Serbian (its letters, a surname shape, a small
    Serbian word), so that a Cyrillic spelling of it is worth showing."""
    if any(c in "čćšžđČĆŠŽĐ" for c in text):
        return True
    words = fold_str(text).split()
    return any(w.endswith(_SERBIAN_SHAPES[:5]) for w in words[1:]) or not _SERBIAN_SMALL.isdisjoint(
        words
    )


def other_script(text: str) -> str | None:
    """``text`` in the other Serbian script, or ``None`` when there is no other spelling
    (Cyrillic always has a Latin one; Latin has a Cyrillic one only when it reads as Serbian)."""
    if any("\u0400" <= c <= "\u04ff" for c in text):
        return cyrillic_to_latin(text)
    return latin_to_cyrillic(text) if looks_serbian(text) else None


# ---------------------------------------------------------------- organisations
_ACRONYM_IN_NAME = re.compile(r"\(([^()]{2,12})\)")
_SMALL_WORDS = frozenset({"of", "for", "the", "and", "on", "in", "at", "to", "za", "i", "u",
                          "na", "o", "od", "sa", "pri", "iz", "de", "la", "du", "des", "et",
                          "и", "у", "за", "на", "од", "са", "при", "из"})  # fmt: skip


def acronym_of(organisation: str) -> tuple[str, str | None]:
    """The organisation's name without a parenthesised acronym, and its acronym: the one
    written in brackets ("Office for Asylum (OA)"), else the initials of its words when that
    gives at least three letters ("Centar za socijalni rad" → CSR)."""
    m = _ACRONYM_IN_NAME.search(organisation)
    if m and m.group(1).replace(".", "").replace(" ", "").isalpha():
        name = " ".join((organisation[: m.start()] + organisation[m.end() :]).split())
        return name, m.group(1).strip()
    words = [w for w in re.findall(r"[^\W\d_]+", organisation) if w.lower() not in _SMALL_WORDS]
    if len(words) == 1 and words[0].isupper():
        return organisation, None  # it is an acronym already
    initials = "".join(w[0].upper() for w in words)
    return organisation, initials if len(initials) >= 3 else None


def acronyms_of(organisation: str) -> tuple[str, list[str]]:
    """Like :func:`acronym_of`, plus the initials without a trailing place name ("Centar za
    socijalni rad Subotica" → CSRS and CSR): a capitalised last word after lower-case ones."""
    name, acronym = acronym_of(organisation)
    out = [acronym] if acronym else []
    words = [w for w in re.findall(r"[^\W\d_]+", name) if w.lower() not in _SMALL_WORDS]
    if (
        acronym
        and name == organisation
        and len(words) >= 4
        and words[-1][:1].isupper()
        and any(w[:1].islower() for w in words[1:-1])
    ):
        out.append(acronym[:-1])
    return name, out


# ---------------------------------------------------------------- proposals
def _person(p: Participant) -> ProposedTerm:
    generated: list[str] = []
    other = other_script(p.name)
    if other and other != p.name:
        generated.append(other)
    parts = name_parts(p.name)
    if len(parts) > 1:
        serbian = other is not None
        for short in short_forms(parts[0]):
            generated.append(short)
            alt = latin_to_cyrillic(short) if serbian else None
            if alt and alt != short:
                generated.append(alt)
    aliases = tuple(dict.fromkeys(generated))
    return ProposedTerm(Term(p.name, "person", aliases), aliases, p.name)


def propose_terms(participants: Sequence[Participant]) -> list[ProposedTerm]:
    """The protected terms a participants list yields, each generated alias marked.

    An organisation or role shared by several participants is proposed once.
    """
    out: list[ProposedTerm] = []
    seen: dict[str, int] = {}

    def add(proposal: ProposedTerm) -> None:
        key = fold_str(proposal.term.term)
        if key in seen:
            old = out[seen[key]]
            merged = tuple(dict.fromkeys((*old.term.aliases, *proposal.term.aliases)))
            generated = tuple(dict.fromkeys((*old.generated, *proposal.generated)))
            out[seen[key]] = replace(
                old, term=replace(old.term, aliases=merged), generated=generated
            )
            return
        seen[key] = len(out)
        out.append(proposal)

    for p in participants:
        add(_person(p))
        if p.organisation:
            name, acronyms = acronyms_of(p.organisation)
            generated = [a for a in acronyms if fold_str(a) != fold_str(name)]
            other = other_script(name)
            if other and other != name:
                generated.append(other)
            aliases = tuple(dict.fromkeys(generated))
            add(ProposedTerm(Term(name, "organisation", aliases), aliases, p.name))
        if p.role:
            add(ProposedTerm(Term(p.role, "role"), (), p.name))
        for contact in (p.email, p.phone):
            if contact:
                add(ProposedTerm(Term(contact, "other"), (), p.name))
    return out


def final_terms(proposals: Iterable[ProposedTerm]) -> list[Term]:
    """The terms to save, once the user has removed the aliases they did not want."""
    return [p.term for p in proposals]
