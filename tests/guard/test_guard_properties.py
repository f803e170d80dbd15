"""Property tests: whatever the text and the terms, findings are well formed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from roundtable_app.guard import CATEGORIES, SEVERITIES, Finding, Guard, Term

GUARD = Guard(
    [
        Term("Milica Jovanović", "person", ("Милица Јовановић",)),
        Term("Zoran Đukić", "person", ()),
        Term("Danish Refugee Council", "organisation", ("DRC",)),
        Term("zamenik komesara", "role", ()),
    ]
)


def assert_well_formed(text: str, findings: list[Finding]) -> None:
    previous_end = 0
    for f in findings:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
        assert f.start >= previous_end, "findings overlap or are out of order"
        assert f.category in CATEGORIES and f.severity in SEVERITIES and f.reason
        previous_end = f.end


_PIECES = st.sampled_from(
    [
        "Milica", "Jovanović", "Jovanovića", "Милица", "Јовановићем", "Đukić", "Djukic", "Zoran",
        "DRC", "drc", "Danish Refugee Council", "zamenik komesara", "Ms.", "Aleksić", "my",
        "organisation", "our team", "+381 64 123 4567", "a@b.rs", "2016", "c\u030c", "\u0301",
        "\u200b", "\u00ad", "😀", "🇷🇸", "قال", "\x00", "\n", " ", ", ", ". ", "'s", "-", "İ",
        "ß", "đ", "Đ", "љ", "Џ",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=30))
def test_findings_are_always_valid_sorted_and_disjoint(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert_well_formed(text, GUARD.scan(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_unicode_never_breaks_offsets(text: str) -> None:
    assert_well_formed(text, GUARD.scan(text))


_TERM_TEXT = st.text(
    alphabet=st.sampled_from(list("abcčćdđefgijklmnoprsšzž ABCČĆĐŠŽ-',.ЂЉЊЋЏабвгд")),
    min_size=1,
    max_size=25,
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.builds(
            Term,
            _TERM_TEXT,
            st.sampled_from(["person", "organisation", "role", "place", "other"]),
            st.lists(_TERM_TEXT, max_size=3).map(tuple),
        ),
        max_size=8,
    ),
    st.text(max_size=120),
)
def test_any_terms_build_a_guard_whose_findings_are_well_formed(
    terms: list[Term], noise: str
) -> None:
    guard = Guard(terms)
    spellings = " ".join(s for t in terms for s in t.spellings())
    for text in (spellings, noise + spellings + noise, spellings.upper()):
        assert_well_formed(text, guard.scan(text))
