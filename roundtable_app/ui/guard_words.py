"""The guard's words in the user's language: its reasons, severities and categories.

The guard is Qt-free and speaks English, because its reasons are also the CLI's ``--json``
contract. The UI translates them here, and only here: every reason the guard can produce is a
template below (English, ``%1`` for the variable part, ``%n`` for a count), matched by an
anchored pattern built from the template. The variable parts (the protected term, the words
quoted from the remark) are user text: they are put back into the translated template after
translation, so a Cyrillic catalogue never transliterates them. A reason no template matches
is shown as the guard wrote it, never as an error.
"""

from __future__ import annotations

from functools import cache

from roundtable_app.ui.i18n import QT_TRANSLATE_NOOP, tr
from roundtable_app.ui.templates import Template, compile_template, fill, match, most_specific_first

CONTEXT = "GuardReasons"

# Every reason of roundtable_app/guard: entries._KIND_INFO's prefixes with the term (and
# matcher._alone_rule's count of other terms sharing the word), matcher's initials,
# indirect._candidate with each of its kinds of elimination, names, patterns, selfref and
# affiliation; and those the fifth guard round (branch guard5) adds: the spoken phone number and
# address, the body a named person is from, the town's local body, the speaker's organisation
# not listed, and two more kinds of elimination; round 12's description of a named person,
# where they are from and who else was there; round 15's description of one organisation.
# tests/ui/test_guard_words.py fails, listing the text, when the guard produces a reason that
# none of these matches.
TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("GuardReasons", "names a protected person: %1"),
    QT_TRANSLATE_NOOP("GuardReasons", "names a protected person: %1 (or %n other protected terms)"),
    QT_TRANSLATE_NOOP("GuardReasons", "names a protected organisation: %1"),
    QT_TRANSLATE_NOOP(
        "GuardReasons", "names a protected organisation: %1 (or %n other protected terms)"
    ),
    QT_TRANSLATE_NOOP("GuardReasons", "names a protected role: %1"),
    QT_TRANSLATE_NOOP("GuardReasons", "names a protected role: %1 (or %n other protected terms)"),
    QT_TRANSLATE_NOOP("GuardReasons", "names a protected place: %1"),
    QT_TRANSLATE_NOOP("GuardReasons", "names a protected place: %1 (or %n other protected terms)"),
    QT_TRANSLATE_NOOP("GuardReasons", "names a protected term: %1"),
    QT_TRANSLATE_NOOP("GuardReasons", "names a protected term: %1 (or %n other protected terms)"),
    QT_TRANSLATE_NOOP("GuardReasons", "initials of a protected person: %1"),
    QT_TRANSLATE_NOOP(
        "GuardReasons", "may identify a participant by elimination (uniqueness): '%1'"
    ),
    QT_TRANSLATE_NOOP(
        "GuardReasons", "may identify a participant by elimination (order of speaking): '%1'"
    ),
    QT_TRANSLATE_NOOP(
        "GuardReasons", "may identify a participant by elimination (a small group): '%1'"
    ),
    QT_TRANSLATE_NOOP(
        "GuardReasons", "may identify a participant by elimination (an event role): '%1'"
    ),
    QT_TRANSLATE_NOOP(
        "GuardReasons",
        "may identify a participant by elimination (a description of one person): '%1'",
    ),
    QT_TRANSLATE_NOOP(
        "GuardReasons", "may identify a participant by elimination (who runs something): '%1'"
    ),
    QT_TRANSLATE_NOOP(
        "GuardReasons", "may identify a participant by elimination (tied to a named person): '%1'"
    ),
    QT_TRANSLATE_NOOP(
        "GuardReasons", "may identify a participant by elimination (describes a named person): '%1'"
    ),
    QT_TRANSLATE_NOOP(
        "GuardReasons",
        "may identify a participant by elimination (where a named person is from): '%1'",
    ),
    QT_TRANSLATE_NOOP(
        "GuardReasons", "may identify a participant by elimination (who else was there): '%1'"
    ),
    QT_TRANSLATE_NOOP(
        "GuardReasons",
        "may identify a participant by elimination (a description of one organisation): '%1'",
    ),
    QT_TRANSLATE_NOOP(
        "GuardReasons",
        "may identify a participant by elimination (the only body of its kind on the list, %1):"
        " '%2'",
    ),
    QT_TRANSLATE_NOOP("GuardReasons", "looks like a personal name: %1"),
    QT_TRANSLATE_NOOP("GuardReasons", "looks like a personal name (Serbian surname): %1"),
    QT_TRANSLATE_NOOP("GuardReasons", "a title followed by a name: %1"),
    QT_TRANSLATE_NOOP("GuardReasons", "gives an e-mail address"),
    QT_TRANSLATE_NOOP("GuardReasons", "gives a social media handle"),
    QT_TRANSLATE_NOOP("GuardReasons", "gives a web address"),
    QT_TRANSLATE_NOOP("GuardReasons", "gives a phone number"),
    QT_TRANSLATE_NOOP("GuardReasons", "gives a phone number (in words)"),
    QT_TRANSLATE_NOOP("GuardReasons", "gives an e-mail address (in words)"),
    QT_TRANSLATE_NOOP("GuardReasons", "says which body a named person is from: %1"),
    QT_TRANSLATE_NOOP("GuardReasons", "names a local body by the event's town: %1"),
    QT_TRANSLATE_NOOP("GuardReasons", "names the speaker's organisation (not on the list): %1"),
    QT_TRANSLATE_NOOP("GuardReasons", "the speaker identifies their own organisation or role"),
    QT_TRANSLATE_NOOP(
        "GuardReasons",
        "names the speaker's sector (this event flags sector-level affiliation): %1",
    ),
)

SEVERITIES: dict[str, str] = {
    "high": QT_TRANSLATE_NOOP("GuardReasons", "high"),
    "medium": QT_TRANSLATE_NOOP("GuardReasons", "medium"),
    "low": QT_TRANSLATE_NOOP("GuardReasons", "low"),
}

# roundtable_app.guard.finding.CATEGORIES as a user reads them; the term kinds
# (roundtable_app.guard.TERM_KINDS) are the first five. Capitalised: they are labels, and the
# raw values ("person") stay apart from the catalogue's text.
CATEGORIES: dict[str, str] = {
    "person": QT_TRANSLATE_NOOP("GuardReasons", "Person"),
    "organisation": QT_TRANSLATE_NOOP("GuardReasons", "Organisation"),
    "role": QT_TRANSLATE_NOOP("GuardReasons", "Role"),
    "place": QT_TRANSLATE_NOOP("GuardReasons", "Place"),
    "honorific": QT_TRANSLATE_NOOP("GuardReasons", "Title"),
    "self_reference": QT_TRANSLATE_NOOP("GuardReasons", "Self-reference"),
    "contact": QT_TRANSLATE_NOOP("GuardReasons", "Contact details"),
    "indirect": QT_TRANSLATE_NOOP("GuardReasons", "Identification by elimination"),
    "affiliation": QT_TRANSLATE_NOOP("GuardReasons", "Affiliation"),
    "other": QT_TRANSLATE_NOOP("GuardReasons", "Other"),
}


# Greedy: a reason's last placeholder takes the rest (quoted words may hold anything).
@cache
def _compiled() -> tuple[Template, ...]:
    """The templates, compiled on first use (never at start-up: hundreds of patterns)."""
    return most_specific_first(compile_template(t, greedy=True) for t in TEMPLATES)


def template_for(reason: str) -> str | None:
    """The English template that matches ``reason`` whole, or None (a reason not listed)."""
    found = match(_compiled(), reason)
    return found[0].source if found is not None else None


def reason_text(reason: str) -> str:
    """A guard reason in the chosen language; the quoted words are put back unchanged.

    An unknown reason (a later guard's, say) comes back as it is, in English.
    """
    found = match(_compiled(), reason)
    if found is None:
        return reason
    template, values = found
    count = int(values.get("n", "-1"))
    translated = tr(CONTEXT, template.source, None, count)
    return fill(translated, values)


def severity_text(severity: str) -> str:
    """A finding's severity (``high``, ``medium``, ``low``) in the chosen language."""
    source = SEVERITIES.get(severity)
    return tr(CONTEXT, source) if source is not None else severity


def term_kind_text(kind: str) -> str:
    """A protected term's kind (``person``, ``organisation``, ``role``, ``place``,
    ``other``) in the chosen language."""
    return category_text(kind)


def category_text(category: str) -> str:
    """A finding's category (``person``, ``self_reference``...) in the chosen language."""
    source = CATEGORIES.get(category)
    return tr(CONTEXT, source) if source is not None else category
