"""The attribution guard: text and protected terms in, findings out.

Pure Python, no Qt and no SQL. The editor's highlighter, ``roundtable scan``/``check`` and the
export pre-flight all use :class:`Guard`::

    guard = Guard(read_terms_csv("terms.csv"))   # once per list of terms
    for finding in guard.scan(text):             # per text
        print(finding.to_json())

Where things are: ``normalise`` (case, diacritics, Cyrillic folding with an offset map back to
the original), ``tokens`` (words and their positions), ``serbian`` (case forms and keyboard
spellings of a term), ``entries`` (every spelling of a term expanded: case forms, shortened
roles, dropped apostrophes), ``matcher`` (protected terms), ``patterns`` (contact details,
titles), ``selfref`` (self-identification), ``names`` (names not on the list), ``finding``
(output and merging), ``guard`` (the :class:`Guard` that runs them all), ``terms`` (the terms
CSV).
"""

from roundtable_app.guard.finding import CATEGORIES, SEVERITIES, Finding
from roundtable_app.guard.guard import Guard, scan_text
from roundtable_app.guard.terms import TERM_KINDS, Term, parse_terms_csv, read_terms_csv

__all__ = [
    "CATEGORIES",
    "SEVERITIES",
    "TERM_KINDS",
    "Finding",
    "Guard",
    "Term",
    "parse_terms_csv",
    "read_terms_csv",
    "scan_text",
]
