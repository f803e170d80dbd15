"""Findings index the ORIGINAL text, whatever it contains."""

from __future__ import annotations

from roundtable_app.guard import CATEGORIES, SEVERITIES, Finding, Guard, Term

TERMS = [
    Term("Milica Jovanović", "person", ("Милица Јовановић",)),
    Term("Zoran Đukić", "person", ()),
    Term("Danish Refugee Council", "organisation", ("DRC",)),
    Term("zamenik komesara", "role", ()),
]
GUARD = Guard(TERMS)


def assert_well_formed(text: str, findings: list[Finding]) -> None:
    previous_end = 0
    for f in findings:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
        assert f.start >= previous_end, "findings overlap or are out of order"
        assert f.category in CATEGORIES and f.severity in SEVERITIES
        assert f.reason
        previous_end = f.end


def only(text: str) -> Finding:
    findings = GUARD.scan(text)
    assert_well_formed(text, findings)
    assert len(findings) == 1, findings
    return findings[0]


def test_offsets_after_emoji_point_at_the_name() -> None:
    f = only("😀👍🏽 Milica Jovanović 🇷🇸 said so.")
    assert f.text == "Milica Jovanović" and f.category == "person"


def test_decomposed_accent_is_inside_the_span() -> None:
    text = "Razgovarali smo sa Jovanovic\u0301em juče."
    f = only(text)
    assert f.text == "Jovanovic\u0301em"


def test_decomposed_accent_at_the_end_of_a_name_is_included() -> None:
    text = "Milica Jovanovic\u0301 said it."
    assert only(text).text == "Milica Jovanovic\u0301"


def test_dj_expansion_keeps_offsets_of_what_follows() -> None:
    text = "Đače, Đukić: Zoran Đukić, DRC."
    findings = GUARD.scan(text)
    assert_well_formed(text, findings)
    assert [f.text for f in findings] == ["Đukić", "Zoran Đukić", "DRC"]


def test_right_to_left_text_around_a_name() -> None:
    text = "قال المشارك إن Милица Јовановић كانت هناك"
    assert only(text).text == "Милица Јовановић"


def test_control_and_invisible_characters() -> None:
    text = "\x00\x07Zoran\tĐu\u200bkić\x1b said\r\n"
    assert only(text).text == "Zoran\tĐu\u200bkić"


def test_soft_hyphen_inside_a_name_does_not_hide_it() -> None:
    assert only("Jovano\u00advić was there.").text == "Jovano\u00advić"


def test_one_megabyte_text_completes_with_valid_offsets() -> None:
    chunk = (
        "Participants said the centres are full. Milica Jovanović 😀 noted délai. "
        "Писали су Јовановићу. Call +381 64 123 4567. \u0301\u200b "
    )
    text = chunk * (1_000_000 // len(chunk) + 1)
    findings = GUARD.scan(text)
    assert_well_formed(text, findings)
    per_chunk = len(GUARD.scan(chunk))
    assert len(findings) >= per_chunk * (len(text) // len(chunk)) - 1


def test_long_unbroken_runs_are_scanned_in_linear_time() -> None:
    # Each of these took minutes with a backtracking e-mail pattern; now they are instant.
    for text in ["a" * 100_000 + "@" + "b" * 100_000, "a." * 100_000 + "@x", "1 " * 100_000,
                 "+381 64 " * 30_000, "http://" + "a" * 100_000, "@" + "a" * 100_000]:  # fmt: skip
        assert_well_formed(text, GUARD.scan(text))
