"""The language helpers: plural forms, language tags, the event's dates (transliteration is in
test_translit.py)."""

from __future__ import annotations

import pytest

from roundtable_app.errors import InputError
from roundtable_app.language import check_language
from roundtable_app.language.dates import first_date, localise_dates
from roundtable_app.language.plurals import counted, plural, plural_index

SR = ("primedba", "primedbe", "primedbi")


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (0, "primedbi"), (1, "primedba"), (2, "primedbe"), (4, "primedbe"), (5, "primedbi"),
        (11, "primedbi"), (12, "primedbi"), (14, "primedbi"), (21, "primedba"),
        (22, "primedbe"), (25, "primedbi"), (101, "primedba"), (111, "primedbi"),
        (112, "primedbi"), (1000, "primedbi"),
    ],
)  # fmt: skip
def test_serbian_takes_its_three_plural_forms(n: int, expected: str) -> None:
    assert plural(n, SR, "sr-Latn") == expected
    assert counted(n, SR, "sr-Cyrl") == f"{n} {expected}"


def test_english_has_one_and_other() -> None:
    assert [plural_index(n) for n in (0, 1, 2, 21)] == [1, 0, 1, 1]
    assert counted(1, ("remark", "remarks")) == "1 remark"
    assert counted(6, ("page", "pages")) == "6 pages"


def test_a_message_with_the_wrong_number_of_forms_is_refused() -> None:
    with pytest.raises(ValueError, match="3 plural forms"):
        plural(2, ("tema", "teme"), "sr-Latn")


def test_language_tags_are_checked_and_canonical() -> None:
    assert check_language("SR_latn") == "sr-Latn"
    assert check_language(" sr-cyrl ") == "sr-Cyrl"
    with pytest.raises(InputError, match="en, sr-Latn, sr-Cyrl"):
        check_language("sr")


@pytest.mark.parametrize(
    ("typed", "latn", "cyrl", "first"),
    [
        ("14–16 June 2016", "14–16. jun 2016.", "14–16. јун 2016.", "2016-06-14"),
        ("30 June - 2 July 2016", "30. jun – 2. jul 2016.", "30. јун – 2. јул 2016.", "2016-06-30"),
        ("June 14-16, 2016", "14–16. jun 2016.", "14–16. јун 2016.", "2016-06-14"),
        ("3 Sept 2024", "3. septembar 2024.", "3. септембар 2024.", "2024-09-03"),
    ],
)
def test_event_dates_in_serbian_and_the_first_day(
    typed: str, latn: str, cyrl: str, first: str
) -> None:
    assert localise_dates(typed, "sr-Latn") == latn
    assert localise_dates(typed, "sr-Cyrl") == cyrl
    assert localise_dates(typed, "en") == typed
    day = first_date(typed)
    assert day is not None and day.isoformat() == first


def test_dates_not_in_a_known_form_are_left_as_typed() -> None:
    for typed in ("spring 2016", "31 June 2016", "sometime in June", ""):
        assert localise_dates(typed, "sr-Latn") == typed
        assert first_date(typed) is None
