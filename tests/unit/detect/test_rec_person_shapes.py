"""Person shapes: elided surnames, initials, families, and a role line that introduces a citizen."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("3 | D'ALMEIDA Rosa | 2 rue Haute", "D'ALMEIDA Rosa"),
    ("Liste : O'NEILL Brendan, 12 ans", "O'NEILL Brendan"),
    ("- A.-M. T. souhaite un ralentisseur", "A.-M."),
    ("Intervention de B. K. sur le stationnement", "B. K."),
    ("Concession\tFamille LE MOAL-KERVRAN\tcarré 9", "LE MOAL-KERVRAN"),
    ("les consorts BRIAND-MASSON sont convoqués", "BRIAND-MASSON"),
    ("l'indivision Castaing a répondu", "Castaing"),
])
def test_persons(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in found for found in find(text, "PERSON"))


@pytest.mark.parametrize("text", [
    "La famille des Lamiacées compte de nombreuses plantes.",
    "Les familles sont invitées à se présenter.",
    "vu l'art. L. 2212-2 du C.G.C.T. et l'avis de la C.A.P.",
    "1106\tUNION DES FAMILLES LAÏQUES\t2 000 €",
    "SOUTIEN AUX FAMILLES MONOPARENTALES",
])
def test_not_persons(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "PERSON") == []


def test_a_role_line_that_introduces_a_citizen_names_no_official(detector) -> None:  # type: ignore[no-untyped-def]
    text = "Le maire de la commune de Vayrac certifie que :\nMme Odette Laborie-Vidal\nréside au bourg."
    found = {text[f.start:f.end]: f.entity_type for f in detector.analyze(text)}
    assert found.get("Odette Laborie-Vidal") == "PERSON"
    text = "Le Maire,\nGérard Lascombes"
    found = {text[f.start:f.end]: f.entity_type for f in detector.analyze(text)}
    assert found.get("Gérard Lascombes") == "PUBLIC_OFFICIAL"


def test_the_recipient_below_a_letterhead_is_no_official(detector) -> None:  # type: ignore[no-untyped-def]
    text = "Gisèle Moreau\nMaire de Vayrac\n\nà\nM. Seán O'Brien-Keane\n4 rue Basse\n46110 Vayrac"
    found = {text[f.start:f.end]: f.entity_type for f in detector.analyze(text)}
    assert found.get("Seán O'Brien-Keane") == "PERSON"
