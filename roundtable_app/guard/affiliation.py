"""Sector-level affiliation, for events that ask for it (off by default).

Most summaries may say "a government official" or "someone from civil society": the Rule
protects who spoke and their organisation, and a sector is usually broad enough. A strict
event can ask the guard to flag even that: "a ministry representative", "a UN official",
"someone from civil society", "predstavnik lokalne samouprave", "neko iz ministarstva" get
category ``affiliation``, low severity.
"""

from __future__ import annotations

from roundtable_app.guard.finding import Candidate
from roundtable_app.guard.tokens import Tokens

# People who may belong to a sector (folded; Serbian in both genders and the usual cases).
_PEOPLE = frozenset(
    """
representative representatives official officials officer officers someone somebody
colleague colleagues person people member members staff employee employees delegate
delegates worker workers predstavnik predstavnica predstavnici predstavnice predstavnika
predstavnicu predstavniku sluzbenik sluzbenica sluzbenici sluzbenika neko osoba kolega
koleginica kolege clan clanica clanovi zaposleni zaposlena
""".split()
)
_LINKS = frozenset("of from at with in iz u sa ispred".split())
_SKIP = frozenset("the a an one jedne jednog jednoj our local".split())
# Folded beginnings of one-word sectors.
_SECTOR_PREFIXES = ("minist", "government", "vlad", "municipal", "opstin", "samouprav",
                    "police", "policij", "judiciar", "pravosudj", "embass", "ambasad", "donor",
                    "donator", "ngo", "nvo", "nevladin", "commissariat", "komesarijat")  # fmt: skip
# Two-word sectors: (first word beginnings, second word beginnings).
_SECTOR_PAIRS = (
    (("civil",), ("societ", "drustv")),
    (("local", "lokaln"), ("authorit", "government", "council", "samouprav", "vlast")),
    (("international", "medjunarodn"), ("organi", "agenc", "agencij")),
    (("un", "ujedinjen"), ("agenc", "agencij", "nacij")),
    (("united",), ("nations",)),
)


def _sector_end(ws: list[str], k: int) -> int | None:
    """Last word of a sector named from word ``k`` ("the ministry", "lokalne samouprave",
    "civil society", "the UN"), else ``None``."""
    n = len(ws)
    while k < n and ws[k] in _SKIP:
        k += 1
    if k >= n:
        return None
    w = ws[k]
    nxt = ws[k + 1] if k + 1 < n else ""
    for firsts, seconds in _SECTOR_PAIRS:
        if w.startswith(firsts) and nxt.startswith(seconds):
            return k + 1
    if w == "un" or w.startswith(_SECTOR_PREFIXES):
        return k
    return None


def affiliation_candidates(tokens: Tokens, rank: int = 5) -> list[Candidate]:
    """Candidates (folded offsets) for a person described by their sector."""
    ws = tokens.words
    if _PEOPLE.isdisjoint(tokens.vocab):
        return []
    out: list[Candidate] = []
    for i, w in enumerate(ws):
        if w not in _PEOPLE:
            continue
        first = last = None
        # "predstavnik lokalne samouprave", "a representative of the ministry", "someone from
        # civil society", "neko iz ministarstva".
        j = i + 1
        if j < len(ws) and ws[j] in _LINKS:
            j += 1
        end = _sector_end(ws, j) if j < len(ws) else None
        if end is not None and end - i <= 4:
            first, last = i, end
        else:
            # "a ministry representative", "a UN official", "government officials".
            for k in (i - 1, i - 2):
                if k >= 0 and _sector_end(ws, k) == i - 1:
                    first, last = k, i
                    break
        if first is None or last is None:
            continue
        a, b = tokens.text.span(tokens.starts[first], tokens.ends[last])
        out.append(
            Candidate(
                tokens.starts[first],
                tokens.ends[last],
                "affiliation",
                "low",
                "names the speaker's sector (this event flags sector-level affiliation): "
                f"{tokens.text.original[a:b]}",
                "a participant",
                rank,
            )
        )
    return out


# Kinds of body a named person may be said to come from: "Mirjana from the child rights
# centre in Šumadija", "Tamara V. from the psychosocial centre".
_BODY_NOUNS = frozenset(
    """
centre center centres unit clinic shelter office team network association police court ngo
department service hospital school faculty institute foundation agency organisation
organization project programme program initiative house kitchen desk
""".split()
)
_NAMED_FROM = frozenset({"from", "at"})


def named_persons_body(tokens: Tokens, last: int, rank: int = 0) -> Candidate | None:
    """The description of the body a named person comes from, after the name ending at word
    ``last``: "from the [child rights] centre [in Šumadija]". Alone it names nobody; after a
    name it tells everyone which body that person is from (and so which body spoke). The
    sector alone ("from the ministry", one word) is left to the strict setting."""
    ws = tokens.words
    n = len(ws)
    k = last + 1  # "Tamara V. from": the initial's full stop is only a gap
    if k + 2 >= n or ws[k] not in _NAMED_FROM or ws[k + 1] != "the":
        return None
    end = None
    for m in range(k + 2, min(n, k + 7)):
        if not tokens.joined(m - 1, m, " -'"):
            break
        if ws[m] in _BODY_NOUNS and m > k + 2:
            end = m
            break
    if end is None:
        return None
    if end + 2 < n and ws[end + 1] in ("in", "at") and tokens.is_capitalised(end + 2):
        end += 2  # "... centre in Šumadija"
    a, b = tokens.text.span(tokens.starts[k], tokens.ends[end])
    return Candidate(
        tokens.starts[k],
        tokens.ends[end],
        "affiliation",
        "medium",
        f"says which body a named person is from: {tokens.text.original[a:b]}",
        "an organisation",
        rank,
    )
