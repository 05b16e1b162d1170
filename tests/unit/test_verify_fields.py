"""What sent public documents sovereign with ANONYMIZATION_UNVERIFIED although nothing personal was
left, and the residuals that must still fail: fields side by side on one line, table header rows,
another kind of field after a value, administrative acronyms read as a place, a table's header
word taken into a surname, a form's "Nom :" line read as a table header."""

from __future__ import annotations

import pytest
from aiguillage.anonymize.names import extend_names
from aiguillage.records import Finding
from aiguillage.sweep import sweep
from aiguillage.verify import ordinary_words


def hits(text: str) -> list[str]:
    return [text[h.start:h.end].strip() for h in sweep(text) if h.rule == "form_label"]


@pytest.mark.parametrize("text", [
    "NOM : [PERSONNE_1]    PRÉNOM : [PERSONNE_2]",
    "Nom d'usage : [PERSONNE_1]  Prénom(s) : [PERSONNE_2]",
    "Nom de naissance : [PERSONNE_3]   Né le : [DATE_NAISSANCE_1]",
    "IBAN : [IBAN]  BIC : CMCIFR2A",
    "Tél. : [TELEPHONE_1] poste : 12",
    "Nom\tPrénom\tDate de naissance\tCatégorie\tObservations",
    "Nom\tPrénom\tNé(e) le\tClasse\n[PERSONNE_1]\t[PERSONNE_2]\t[DATE_NAISSANCE_1]\tCM1",
])
def test_nothing_left(text: str) -> None:
    assert hits(text) == []


@pytest.mark.parametrize(("text", "left"), [
    ("NOM : [PERSONNE_1]    PRÉNOM : Albertine", "Albertine"),
    ("Nom : Kowalczyk    Prénom : [PERSONNE_2]", "Kowalczyk"),
    ("Nom : Perrichon BIC : CMCIFR2A", "Perrichon"),
    ("Nom\tLeblanc-Ory\tPrénom\tGaëlle", "Leblanc-Ory"),
    ("Nom\tLeblanc-Ory\tPrénom\tGaëlle", "Gaëlle"),
    ("Prénom : [PERSONNE_1] Hortense : voir au dos", "[PERSONNE_1] Hortense : voir au dos"),
])
def test_a_value_left_in_clear_still_fails(text: str, left: str) -> None:
    assert left in hits(text)


@pytest.mark.parametrize(("span", "ordinary"), [
    ("Clé RIB", True), ("N° CAF", True), ("code IBAN", True), ("Clé DUPUIS", False), ("Jeanne RIB", False),
])
def test_acronyms_are_ordinary_words(span: str, ordinary: bool) -> None:
    assert ordinary_words(span) is ordinary


@pytest.mark.parametrize(("text", "name", "extended"), [
    ("Nom\tPrénom\tContact\nLEMOINE\tAude\tx@y.fr", "LEMOINE", "LEMOINE"),        # header word above
    ("Titulaire\tVille\nRENAUD\tNantes", "RENAUD", "RENAUD"),
    ("N°\tNom\n1\tGARNIER\tBazin", "GARNIER", "GARNIER"),                          # the next cell
    ("Mme Célina\nBlanchet, 3 rue Haute", "Célina", "Célina\nBlanchet"),            # prose: still joined
])
def test_names_are_not_extended_across_cells(text: str, name: str, extended: str) -> None:
    s = text.index(name)
    out = extend_names(text, [Finding("PERSON", s, s + len(name), 0.9, "test")])
    assert text[out[0].start:out[0].end] == extended
