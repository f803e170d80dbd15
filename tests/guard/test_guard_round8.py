"""The guard's eighth round: general rules for the classes of failure the ninth held-out set
showed, each pinned down here on remarks of our own (other names, other bodies, other wording,
both scripts): remarks each rule must flag and look-alikes it must leave alone.

Nothing here is taken from a held-out set: those measure generalisation, these pin the rules.
"""

from __future__ import annotations

import pytest

from roundtable_app.guard import Guard, Term

TERMS = [
    Term("Nada Ristić", "person", ("Нада Ристић",)),
    Term("Vera Kostić", "person", ("Вера Костић",)),
    Term("Leila Karimi", "person", ("Лејла Карими", "Karimi")),
    Term("Zoltán Szabó", "person", ("Золтан Сабо", "Szabó", "Sabo")),
    Term("Dom za stare Kikinda", "organisation", ("Дом за старе Кикинда",)),
    Term("Otvorena vrata", "organisation", ("Open Door", "Отворена врата")),
    Term("Zaštitnik građana", "organisation", ("Заштитник грађана", "Ombudsperson")),
    Term("Opština Kikinda", "organisation", ("Општина Кикинда", "Municipality of Kikinda")),
    Term("UNICEF", "organisation", ("УНИЦЕФ",)),
    Term("ASTRA", "organisation", ("АСТРА",)),
]
GUARD = Guard(TERMS)


def flagged(text: str, guard: Guard = GUARD) -> list[str]:
    return [f.text for f in guard.scan(text)]


def categories(text: str) -> list[str]:
    return [f.category for f in GUARD.scan(text)]


# ------------------------------------------------------- a listed body as the topic of a report
@pytest.mark.parametrize(
    "text",
    [
        "Pomenuto je da Opština Kikinda nema nijednog romskog koordinatora.",
        "Dom za stare Kikinda, kako je rečeno, ima listu čekanja od dve godine.",
        "Поменуто је да Општина Кикинда не води евиденцију о поплављеним кућама.",
        "It was noted that the Municipality of Kikinda publishes no data on evictions.",
    ],
)
def test_a_listed_body_spoken_about_impersonally_is_the_topic(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Rečeno je da su iz Opštine Kikinda obećali novac za vodu.", "Opštine Kikinda"),
        ("Pomenuto je da mi u Domu za stare Kikinda nemamo lekara.", "Domu za stare Kikinda"),
        ("It was noted that colleagues from ASTRA had raised it first.", "ASTRA"),
        ("Opština Kikinda je rekla, kako je rečeno, da nema novca.", "Opština Kikinda"),
    ],
)
def test_a_body_tied_to_a_speaker_is_still_found(text: str, part: str) -> None:
    assert any(part in f for f in flagged(text))


@pytest.mark.parametrize(
    "text",
    [
        "UNICEF's most recent MICS survey found that one girl in six marries before 18.",
        "Kampanju koju je UNICEF pokrenuo 2019. pominjali su kao primer.",
        "Prema zakonu, Zaštitnik građana ima pravo da poseti svaki dom bez najave.",
        "Ombudsperson institutions across Europe report the same gaps.",
    ],
)
def test_a_public_bodys_campaign_survey_or_legal_powers_are_no_voice(text: str) -> None:
    assert flagged(text) == []


# ------------------------------------- an association named by a common phrase, and its words
@pytest.mark.parametrize(
    "text",
    [
        "Otvorena vrata nisu dovoljna ako u domu nema osoblja.",
        "An open door policy was promised by several municipalities.",
    ],
)
def test_the_common_phrase_an_association_is_named_by_is_words(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Koleginica iz Otvorenih vrata je rekla da nema mesta.", "Otvorenih vrata"),
        ("Colleagues from Open Door said the flood victims are still in tents.", "Open Door"),
        ("Zaštitnik građana je poslao savetnika na sastanak.", "Zaštitnik građana"),
    ],
)
def test_the_association_written_as_a_name_is_still_found(text: str, part: str) -> None:
    assert any(part in f for f in flagged(text))


# ---------------------------------------------------- given names that are nouns, in every case
@pytest.mark.parametrize(
    "text",
    [
        "Veru u institucije ljudi gube posle prve poplave.",
        "Вером у боље сутра не плаћа се струја, рекао је неко.",
        "Nadom se ne leči demencija, primećeno je.",
    ],
)
def test_the_case_forms_of_a_nouns_given_name_are_the_noun(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Nadi je postavljeno pitanje o rokovima.", "Nadi"),
        ("Veri smo obećali spisak domova.", "Veri"),
        ("Razgovarali smo sa Verom o smeštaju.", "Verom"),
        ("Nadin predlog je prihvaćen.", "Nadin"),
    ],
)
def test_the_case_forms_said_of_the_person_are_still_found(text: str, part: str) -> None:
    assert part in flagged(text)


# --------------------------------------------------------------- names that are not the person
def test_an_english_adjective_in_ic_inside_a_title_is_no_surname() -> None:
    assert flagged("The Law on Prevention of Domestic Violence was amended in 2023.") == []
    assert flagged("The report by Janković Consulting was late.") == ["Janković"]


def test_a_cited_authors_work_is_no_participant() -> None:
    assert flagged("Amartya Sen's famous essay came up, and Hannah Arendt's phrase.") == []
    assert flagged("Someone quoted Martha Nussbaum's book on care.") == []
    assert flagged("Marija Jovanović said the homes are full.") == ["Marija Jovanović"]


def test_a_foreign_name_in_o_keeps_its_o_before_a_case_ending() -> None:
    assert flagged("Sabou su neki učesnici zamerili što je skratio diskusiju.") == ["Sabou"]
    assert flagged("Сабоом смо разговарали о преводу.") == ["Сабоом"]


# ---------------------------------------------------------------- identification by elimination
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Fasilitatorka grupe o hraniteljstvu izvestila je da nema dogovora.", "Fasilitatorka"),
        ("Zamenik gradonačelnika je najavio novi konkurs za vodovod.", "Zamenik gradonačelnika"),
        ("Najstarija među prisutnima se prisetila poplave iz 1970.", "Najstarija među prisutnima"),
        ("The economist from Novi Sad said the care allowance covers a week.", "The economist"),
        (
            "The officer in charge of the border crossing said two guards are on duty.",
            "The officer",
        ),
        ("Domaćica prvog dana je rekla da je sala rezervisana do šest.", "Domaćica"),
    ],
)
def test_one_person_described_without_a_name(text: str, part: str) -> None:
    found = GUARD.scan(text)
    assert [f.category for f in found] == ["indirect"]
    assert found[0].text.startswith(part)


def test_officials_of_a_sector_stay_a_sector() -> None:
    assert "indirect" not in categories("The officers said the new law changes nothing.")


# ---------------------------------------------------------- the speaker's own place or sector
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("From where I sit in the labour inspectorate, fines are too low.", "where I sit in the"),
        (
            "Those of us in international NGOs will leave eventually.",
            "Those of us in international",
        ),
        ("Ja dolazim ispred policije i moram da kažem istinu.", "dolazim ispred policije"),
        ("Mi iz nevladinog sektora radimo posao države.", "Mi iz nevladinog sektora"),
        ("Као неко из цивилног друштва, рећи ћу отворено.", "Као неко из цивилног друштва"),
        ("As the person responsible for the shelter, I cannot lock the gate.", "As the person"),
        ("Ovde sam u ime grada i kažem da novca nema.", "u ime grada"),
    ],
)
def test_the_speaker_names_their_own_place_or_sector(text: str, part: str) -> None:
    found = GUARD.scan(text)
    assert [f.category for f in found] == ["self_reference"]
    assert found[0].text.startswith(part)


@pytest.mark.parametrize(
    "text",
    [
        "As a lawyer, she said the appeal would fail.",  # someone else's profession
        # A profession alone in the first person ("Kao sudija, ne mogu ...", "As a journalist
        # I ...") is the speaker's own role since round 15: every held-out set labels it so.
        "Kao sudija, rekla je da ne može da odobri brak.",
        "As a rule, I never sign without reading.",
        "Kao društvo, moramo više da uradimo.",
    ],
)
def test_a_profession_alone_or_everyone_is_no_self_reference(text: str) -> None:
    assert "self_reference" not in categories(text)
