"""A participants list becomes protected terms: both scripts, short forms, acronyms."""

from __future__ import annotations

import pytest

from roundtable_app.errors import InputError
from roundtable_app.guard import Guard
from roundtable_app.guard.participants import (
    Participant,
    acronyms_of,
    latin_to_cyrillic,
    parse_participants_csv,
    propose_terms,
    short_forms,
)

CSV = (
    "name,organisation,role,email,phone\n"
    "Aleksandar Petrović,Centar za socijalni rad Subotica,direktor centra,a.p@csr.example.rs,"
    "+381 24 555 0100\n"
    "Снежана Илић,Министарство за рад,,,\n"
    "Sarah Brown,Save the Children (SCI),Programme Manager,,\n"
    "Jelena Jakšić,Centar za socijalni rad Subotica,,,\n"
)


def test_every_column_but_name_is_optional() -> None:
    people = parse_participants_csv("name\nMilica Jovanović\n")
    assert people == [Participant("Milica Jovanović")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "is empty"),
        ("organisation\nUNHCR\n", "no 'name' column"),
        ("name,employer\nAna\n", "unknown column 'employer'"),
        ("name,role\n,direktor\n", "line 2: the name is empty"),
        ("name\nAna Ilić\nana ilic\n", "line 3: this name is already listed on line 2"),
        ("name\n\n", "lists no participants"),
    ],
)
def test_bad_lists_are_refused_naming_the_line_never_the_value(text: str, words: str) -> None:
    with pytest.raises(InputError) as err:
        parse_participants_csv(text, "people.csv")
    assert words in err.value.message
    assert "Ana" not in err.value.message and "direktor" not in err.value.message


def test_serbian_names_get_both_scripts_and_short_forms_serbian_first() -> None:
    assert short_forms("Aleksandar")[:2] == ["Saša", "Aca"]
    assert "Jeca" in short_forms("Jelena") and "Sneža" in short_forms("Snežana")
    assert latin_to_cyrillic("Ljiljana Đukić") == "Љиљана Ђукић"
    assert latin_to_cyrillic("William") is None  # not Serbian Latin
    person = propose_terms(parse_participants_csv(CSV))[0]
    assert person.term.kind == "person"
    assert person.term.aliases[0] == "Александар Петровић"
    assert {"Saša", "Саша", "Aca"} <= set(person.generated)


def test_cyrillic_name_gets_latin_spelling_and_foreign_name_gets_no_cyrillic() -> None:
    terms = {p.term.term: p for p in propose_terms(parse_participants_csv(CSV))}
    assert "Snežana Ilić" in terms["Снежана Илић"].term.aliases
    assert "Sneža" in terms["Снежана Илић"].term.aliases
    assert terms["Sarah Brown"].term.aliases == ()


def test_organisation_acronym_role_and_contacts_become_terms_once() -> None:
    proposals = propose_terms(parse_participants_csv(CSV))
    by_kind = [(p.term.kind, p.term.term) for p in proposals]
    assert by_kind.count(("organisation", "Centar za socijalni rad Subotica")) == 1
    assert ("organisation", "Save the Children") in by_kind
    assert ("role", "direktor centra") in by_kind
    assert ("other", "a.p@csr.example.rs") in by_kind
    assert ("other", "+381 24 555 0100") in by_kind
    centre = next(p for p in proposals if p.term.term.startswith("Centar"))
    assert {"CSRS", "CSR"} <= set(centre.term.aliases)
    assert acronyms_of("Save the Children (SCI)") == ("Save the Children", ["SCI"])
    assert acronyms_of("UNHCR") == ("UNHCR", [])


def test_a_removed_alias_is_not_saved_and_not_found() -> None:
    person = propose_terms([Participant("Aleksandar Petrović")])[0]
    kept = person.without(["Sale", "Сале"])
    assert "Sale" not in kept.term.aliases and "Sale" not in kept.generated
    assert "Saša" in kept.term.aliases
    guard = Guard([kept.term])
    assert guard.scan("Saša je predložio novi protokol.")
    assert not guard.scan("Sale je bila puna do podne.")


def test_generated_terms_catch_short_form_and_acronym() -> None:
    guard = Guard([p.term for p in propose_terms(parse_participants_csv(CSV))])
    assert guard.scan("As Saša put it, the centre needs more staff.")
    assert guard.scan("Колеге из CSR-a су то потврдиле.")
    assert guard.scan("Write to a.p@csr.example.rs for the data.")
