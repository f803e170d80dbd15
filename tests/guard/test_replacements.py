"""Neutral replacements follow sentence case, language, script and Serbian case (item 4)."""

from __future__ import annotations

from roundtable_app.guard import Finding, Guard, Term
from roundtable_app.guard.replacements import (
    language_of,
    replacement_choices,
    starts_sentence,
)

TERMS = [
    Term("Jelena Petrović", "person", ("Jelena Petrovic", "Јелена Петровић")),
    Term("Centar za azil", "organisation", ("Центар за азил",)),
]


def finding(text: str, found: str, category: str = "person", suggestion: str = "a participant"):
    start = text.index(found)
    return Finding(start, start + len(found), found, category, "high", "names a person", suggestion)


def applied(text: str, f: Finding) -> list[str]:
    """Every choice, written into the text."""
    return [text[: r.start] + r.words + text[r.end :] for r in replacement_choices(text, f)]


def test_english_mid_sentence_offers_a_short_list_starting_with_the_suggestion():
    text = "We agreed with Jelena that shelters are full."
    out = applied(text, finding(text, "Jelena"))
    assert out == [
        "We agreed with a participant that shelters are full.",
        "We agreed with one speaker that shelters are full.",
        "We agreed with another participant that shelters are full.",
        "We agreed with a colleague that shelters are full.",
    ]


def test_english_at_the_start_of_a_sentence_is_capitalised():
    text = "Shelters are full. Jelena Petrović pointed out the winter."
    out = applied(text, finding(text, "Jelena Petrović"))
    assert out[0] == "Shelters are full. A participant pointed out the winter."
    assert all(". " in o and o.split(". ")[1][0].isupper() for o in out)
    text = "Jelena pointed out the winter."
    assert applied(text, finding(text, "Jelena"))[0] == "A participant pointed out the winter."


def test_an_english_article_before_an_organisation_is_replaced_with_it():
    text = "We heard from the UNHCR about the camps."
    f = finding(text, "UNHCR", "organisation", "an international organisation")
    out = applied(text, f)
    assert out[0] == "We heard from an international organisation about the camps."
    assert "the an" not in " ".join(out)


def test_serbian_latin_after_sa_takes_the_instrumental():
    text = "Složili smo se sa Jelenom da su prihvatilišta puna."
    out = applied(text, finding(text, "Jelenom"))
    assert out[0] == "Složili smo se sa jednim učesnikom da su prihvatilišta puna."
    assert "a participant" not in " ".join(out)
    assert "Složili smo se sa jednim govornikom da su prihvatilišta puna." in out
    assert len(out) <= 4


def test_serbian_latin_cases_after_od_and_o_and_without_a_preposition():
    text = "Čuli smo od Jelene da je zima teška."
    assert (
        applied(text, finding(text, "Jelene"))[0] == "Čuli smo od jednog učesnika da je zima teška."
    )
    text = "Razgovarali smo o Jeleni i njenom radu."
    assert (
        applied(text, finding(text, "Jeleni"))[0]
        == "Razgovarali smo o jednom učesniku i njenom radu."
    )
    text = "Jelena je rekla da su prihvatilišta puna."
    # the start of a sentence, case unknown: a form that reads correctly, capitalised
    assert applied(text, finding(text, "Jelena"))[0].startswith("Jedan od učesnika je rekla")


def test_serbian_cyrillic_keeps_the_script_and_the_case():
    text = "Сложили смо се са Јеленом да су прихватилишта пуна."
    out = applied(text, finding(text, "Јеленом"))
    assert out[0] == "Сложили смо се са једним учесником да су прихватилишта пуна."
    assert all(not any("a" <= ch <= "z" for ch in o.lower()) for o in out)
    text = "Јелена је рекла да су прихватилишта пуна."
    assert applied(text, finding(text, "Јелена"))[0].startswith("Један од учесника је рекла")


def test_serbian_organisation_follows_the_guards_kind():
    text = "Podatke smo dobili iz Centra za azil prošle nedelje."
    f = finding(text, "Centra za azil", "organisation", "a civil society organisation")
    out = applied(text, f)
    assert out[0] == "Podatke smo dobili iz jedne organizacije civilnog društva prošle nedelje."
    assert "Podatke smo dobili iz jedne organizacije prošle nedelje." in out


def test_choices_for_real_guard_findings_in_all_three_scripts():
    guard = Guard(TERMS)
    for text, expected in (
        ("As Jelena Petrovic said, shelters are full.", "As a participant said"),
        ("Složili smo se sa Jelenom Petrović da su kapaciteti mali.", "sa jednim učesnikom da"),
        ("Сложили смо се са Јеленом Петровић да су капацитети мали.", "са једним учесником да"),
    ):
        [f] = [f for f in guard.scan(text) if f.category == "person"]
        assert expected in applied(text, f)[0], (text, applied(text, f))


def test_helpers():
    assert language_of("We met the mayor.") == "en"
    assert language_of("Rekli su da je to tako.") == "sr-Latn"
    assert language_of("Рекли су") == "sr-Cyrl"
    assert starts_sentence("“Jelena", 1) and starts_sentence("x.\nJelena", 3)
    assert not starts_sentence("with Jelena", 5)


def test_a_finding_with_no_neutral_wording_offers_nothing():
    text = "Write to someone@example.org today."
    f = finding(text, "someone@example.org", "contact", None)  # type: ignore[arg-type]
    assert replacement_choices(text, f) == []


def test_a_description_of_one_participant_is_reworded_in_the_texts_language():
    # The guard's own finding, replaced as the user would pick it: Serbian words in Serbian.
    text = "Najmlađa učesnica je rekla da škola nema psihologa."
    f = next(f for f in Guard([]).scan(text) if f.category == "indirect")
    out = applied(text, f)
    assert out[0] == "Jedan od učesnika je rekla da škola nema psihologa."
    assert all("participant" not in o for o in out)


def test_what_follows_a_name_is_offered_no_rewording():
    text = "Jelena Petrović, a lawyer in Niš, listed the cases."
    findings = Guard(TERMS).scan(text)
    description = next(f for f in findings if f.category == "indirect")
    assert description.text == "a lawyer in Niš"
    assert replacement_choices(text, description) == []
