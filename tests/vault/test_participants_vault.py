"""The participants list in the vault: stored with its terms in one step, never exported."""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtable_app.errors import InputError
from roundtable_app.guard import Term
from roundtable_app.guard.participants import Participant, final_terms, propose_terms
from roundtable_app.vault import Vault


def test_import_stores_participants_and_merges_terms(vault: Vault) -> None:
    vault.import_terms([Term("UNHCR", "organisation", ("UN refugee agency",))])
    people = [Participant("Jelena Jakšić", "UNHCR", "protection officer", "j@x.example")]
    result = vault.import_participants(people, final_terms(propose_terms(people)))
    assert (result.added, result.updated) == (1, 0)
    assert result.terms_updated == 1  # UNHCR was listed already: its alias is kept
    assert vault.participants() == people
    terms = {t.term: t for t in vault.terms()}
    assert "Jeca" in terms["Jelena Jakšić"].aliases
    assert terms["UNHCR"].aliases == ("UN refugee agency",)
    assert terms["protection officer"].kind == "role"
    again = vault.import_participants([Participant("jelena jakšić", role="head of office")], [])
    assert (again.added, again.updated) == (0, 1)
    assert vault.participants()[0].role == "head of office"
    assert vault.participants()[0].organisation == "UNHCR"  # an empty cell changes nothing


def test_a_failing_import_changes_nothing(vault: Vault) -> None:
    with pytest.raises(InputError):
        vault.import_participants([Participant("Ana Ilić")], [Term("x", "nonsense")])
    assert vault.participants() == [] and vault.terms() == []


def test_strict_affiliation_is_off_by_default_and_kept(
    vault: Vault, vault_path: Path, passphrase: str
) -> None:
    assert vault.strict_affiliation() is False
    vault.set_strict_affiliation(True)
    vault.close()
    with Vault.open(vault_path, passphrase) as again:
        assert again.strict_affiliation() is True


def test_participants_never_reach_the_plaintext_of_the_folder(
    vault: Vault, vault_path: Path
) -> None:
    canary = "Zvonimira Kanarinčić"
    vault.import_participants([Participant(canary, "Canary Org")], [])
    vault.close()
    for f in vault_path.parent.iterdir():
        if f.is_file():
            data = f.read_bytes()
            assert canary.encode() not in data and canary.encode("utf-16-le") not in data
