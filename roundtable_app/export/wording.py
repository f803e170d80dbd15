"""Every fixed phrase of the summary, in each summary language: the one place renderers, the
UI and the CLI read them from.

English is written here; Serbian is written in Latin and its Cyrillic derived from it by
:func:`roundtable_app.language.translit.latin_to_cyrillic`, which is exact for these phrases
(no foreign word, no digraph across a morpheme boundary; ``tests/export/test_wording.py``
checks the result letter by letter against hand-written Cyrillic for the Rule notice).
Counts go through :mod:`roundtable_app.language.plurals`: two forms in English, three in
Serbian.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from roundtable_app.language import DEFAULT_LANGUAGE, LANGUAGES, check_language
from roundtable_app.language.plurals import counted
from roundtable_app.language.translit import latin_to_cyrillic
from roundtable_app.vault.types import DEFAULT_RULE_STATEMENT

Forms = tuple[str, ...]

#: The order kinds are presented in within a theme: problems first, then what works, what was
#: learnt and what to do, with observations and open questions last.
KIND_ORDER: tuple[str, ...] = (
    "challenge",
    "good_practice",
    "lesson",
    "recommendation",
    "observation",
    "question",
)


@dataclass(frozen=True)
class Wording:
    """The fixed text of a summary in one language. Phrases with ``{name}`` placeholders
    are filled by the methods below; counts take every plural form of the language."""

    language: str
    kicker: str
    convened_by: str
    rule_title: str
    rule_statement: str
    nothing_attributed: str
    contents: str
    executive_summary: str
    overview: str
    recommendations: str
    synthesis: str
    key_points: str
    session: str
    theme_column: str
    total_column: str
    all_themes: str
    no_remarks: str
    no_recommendations: str
    recommendations_intro: str
    footer: str
    page_of: str
    overview_intro_text: str
    kinds_group: str
    kind_headings: Mapping[str, str]
    kind_forms: Mapping[str, Forms]
    remark_forms: Forms
    theme_forms: Forms
    page_forms: Forms
    finding_forms: Forms
    text_forms: Forms

    # ------------------------------------------------------------------ filled phrases
    def count(self, n: int, forms: Forms) -> str:
        """``n`` with the word in its plural form ("5 remarks", "5 primedbi")."""
        return counted(n, forms, self.language)

    def remarks(self, n: int) -> str:
        """ "1 remark" / "22 primedbe"."""
        return self.count(n, self.remark_forms)

    def themes(self, n: int) -> str:
        """ "1 theme" / "5 tema"."""
        return self.count(n, self.theme_forms)

    def pages(self, n: int) -> str:
        """ "1 page" / "3 strane"."""
        return self.count(n, self.page_forms)

    def page_label(self, page: int, total: int) -> str:
        """ "Page 3 of 16" / "Strana 3 od 16"."""
        return self.page_of.format(page=page, total=total)

    def page_label_parts(self) -> tuple[str, str, str]:
        """The "Page x of y" phrase cut around its two numbers (for DOCX fields)."""
        before, rest = self.page_of.split("{page}")
        middle, after = rest.split("{total}")
        return before, middle, after

    def overview_intro(self, total: int, themes: int) -> str:
        """The sentence under "Remarks at a glance"."""
        return self.overview_intro_text.format(
            remarks=self.remarks(total), themes=self.themes(themes)
        )

    def kind_heading(self, kind: str) -> str:
        """The heading of a kind's group ("Recommendations")."""
        return self.kind_headings[kind]

    def group_heading(self, kind: str, n: int) -> str:
        """A kind's heading with its count, as printed above the group."""
        return f"{self.kind_headings[kind]} ({n})"

    def count_phrase(self, counts: tuple[tuple[str, int], ...]) -> str:
        """ "9 remarks: 3 challenges, 1 good practice, …" for a theme's counts."""
        total = sum(n for _, n in counts)
        parts = [self.count(n, self.kind_forms[k]) for k, n in counts if n]
        head = self.remarks(total)
        return f"{head}: {', '.join(parts)}" if parts else head

    def theme_chapter(self, number: int, name: str) -> str:
        """A theme's chapter title ("2. Rights of the child")."""
        return f"{number}. {name}"

    def statement(self, rule_statement: str) -> str:
        """The event's Rule statement as the summary prints it: the app's default statement
        in this language, a statement the organiser wrote as written."""
        if rule_statement.strip() in ("", DEFAULT_RULE_STATEMENT):
            return self.rule_statement
        return rule_statement


_ENGLISH = Wording(
    language="en",
    kicker="UNATTRIBUTED SUMMARY",
    convened_by="Convened by",
    rule_title="Held under the Chatham House Rule",
    rule_statement=DEFAULT_RULE_STATEMENT,
    nothing_attributed=(
        "Nothing in this summary is attributed to any speaker, participant or organisation."
    ),
    contents="Contents",
    executive_summary="Executive summary",
    overview="Remarks at a glance",
    recommendations="Recommendations",
    synthesis="Synthesis",
    key_points="Key points",
    session="Session",
    theme_column="Theme",
    total_column="Total",
    all_themes="All themes",
    no_remarks="No remarks were recorded under this theme.",
    no_recommendations="No recommendations were recorded.",
    recommendations_intro="Every recommendation made during the meeting, gathered by theme.",
    footer="Chatham House Rule: not for attribution",
    page_of="Page {page} of {total}",
    overview_intro_text="{remarks} across {themes}, by kind.",
    kinds_group="Kinds",
    kind_headings={
        "challenge": "Challenges",
        "good_practice": "Good practices",
        "lesson": "Lessons",
        "recommendation": "Recommendations",
        "observation": "Observations",
        "question": "Questions",
    },
    kind_forms={
        "challenge": ("challenge", "challenges"),
        "good_practice": ("good practice", "good practices"),
        "lesson": ("lesson", "lessons"),
        "recommendation": ("recommendation", "recommendations"),
        "observation": ("observation", "observations"),
        "question": ("question", "questions"),
    },
    remark_forms=("remark", "remarks"),
    theme_forms=("theme", "themes"),
    page_forms=("page", "pages"),
    finding_forms=("finding", "findings"),
    text_forms=("text", "texts"),
)

# A faithful rendering of the Rule as the default statement words it (ekavian, the standard
# of Serbia): "participants are free to use the information received, but neither the
# identity nor the affiliation of the speaker(s), nor that of any other participant, may be
# revealed".
_SERBIAN_LATIN = Wording(
    language="sr-Latn",
    kicker="SAŽETAK BEZ NAVOĐENJA GOVORNIKA",
    convened_by="Organizatori",
    rule_title="Održano po pravilu Četam Hausa",
    rule_statement=(
        "Ovaj sastanak održan je po pravilu Četam Hausa: učesnici slobodno mogu da koriste "
        "dobijene informacije, ali ne smeju da otkriju ni identitet ni pripadnost govornika, "
        "kao ni bilo kog drugog učesnika."
    ),
    nothing_attributed=(
        "Ništa u ovom sažetku nije pripisano nijednom govorniku, učesniku ili organizaciji."
    ),
    contents="Sadržaj",
    executive_summary="Rezime",
    overview="Pregled primedbi",
    recommendations="Preporuke",
    synthesis="Sinteza",
    key_points="Ključne tačke",
    session="Sesija",
    theme_column="Tema",
    total_column="Ukupno",
    all_themes="Sve teme",
    no_remarks="Pod ovom temom nije zabeležena nijedna primedba.",
    no_recommendations="Nije zabeležena nijedna preporuka.",
    recommendations_intro="Sve preporuke iznete tokom sastanka, razvrstane po temama.",
    footer="Pravilo Četam Hausa: bez navođenja govornika",
    page_of="Strana {page} od {total}",
    overview_intro_text="Ukupno {remarks}, {themes}; po vrstama.",
    kinds_group="Vrste",
    kind_headings={
        "challenge": "Izazovi",
        "good_practice": "Dobre prakse",
        "lesson": "Pouke",
        "recommendation": "Preporuke",
        "observation": "Zapažanja",
        "question": "Pitanja",
    },
    kind_forms={
        "challenge": ("izazov", "izazova", "izazova"),
        "good_practice": ("dobra praksa", "dobre prakse", "dobrih praksi"),
        "lesson": ("pouka", "pouke", "pouka"),
        "recommendation": ("preporuka", "preporuke", "preporuka"),
        "observation": ("zapažanje", "zapažanja", "zapažanja"),
        "question": ("pitanje", "pitanja", "pitanja"),
    },
    remark_forms=("primedba", "primedbe", "primedbi"),
    theme_forms=("tema", "teme", "tema"),
    page_forms=("strana", "strane", "strana"),
    finding_forms=("nalaz", "nalaza", "nalaza"),
    text_forms=("tekst", "teksta", "tekstova"),
)

_PLACEHOLDER = re.compile(r"(\{[a-z_]+\})")


def _cyrillic(text: str) -> str:
    # Placeholders are code, not words: they keep their Latin letters.
    return "".join(
        part if _PLACEHOLDER.fullmatch(part) else latin_to_cyrillic(part, keep_foreign=False).text
        for part in _PLACEHOLDER.split(text)
    )


def _to_cyrillic(latin: Wording) -> Wording:
    values: dict[str, object] = {}
    for name in Wording.__dataclass_fields__:
        value = getattr(latin, name)
        if name == "language":
            values[name] = "sr-Cyrl"
        elif isinstance(value, str):
            values[name] = _cyrillic(value)
        elif isinstance(value, tuple):
            values[name] = tuple(_cyrillic(v) for v in value)
        elif isinstance(value, Mapping):
            values[name] = {
                k: (tuple(_cyrillic(x) for x in v) if isinstance(v, tuple) else _cyrillic(v))
                for k, v in value.items()
            }
    # Every field keeps its shape (str, tuple of str, mapping of str), which mypy cannot
    # follow through the loop over the dataclass's fields.
    return Wording(**values)  # type: ignore[arg-type]


@cache
def wording(language: str = DEFAULT_LANGUAGE) -> Wording:
    """The fixed text of a summary in ``language`` (``en``, ``sr-Latn`` or ``sr-Cyrl``)."""
    language = check_language(language)
    if language == "sr-Latn":
        return _SERBIAN_LATIN
    if language == "sr-Cyrl":
        return _to_cyrillic(_SERBIAN_LATIN)
    return _ENGLISH


#: English, for messages outside a summary (the CLI, the app until it is translated).
ENGLISH = _ENGLISH

__all__ = ["ENGLISH", "KIND_ORDER", "LANGUAGES", "Wording", "wording"]
