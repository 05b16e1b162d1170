"""An initial and a surname (FrInitialSurnameRecognizer); a lower-case particle opening a surname
after a civility (FrCivilityNameRecognizer)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("Signé : J. Dupont", "J. Dupont"),
    ("Le courrier de J.-P. Martin est arrivé.", "J.-P. Martin"),
    ("Bien à vous,\nK. NGUYEN-VAN", "K. NGUYEN-VAN"),
    ("M. d'Arcy a répondu.", "d'Arcy"),
    ("Mme de Villiers a répondu.", "Villiers"),
])
def test_initial_surname_and_particles(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Vu l'article L. 2122-22 du CGCT.",
    "Voir l'annexe A. Les travaux commencent.",
])
def test_no_surname_no_person(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "PERSON") == []


def test_name_in_capitals_signed_in_lower_case(find) -> None:  # type: ignore[no-untyped-def]
    text = "Élève\tRAKOTOMALALA Fanja\nClasse\tCM2\n\nSignature du responsable : v. rakotomalala"
    assert "rakotomalala" in find(text, "PERSON")


def test_ordinary_word_not_sought_in_lower_case(find) -> None:  # type: ignore[no-untyped-def]
    text = "M. Pierre Boulanger a écrit ; le boulanger du village aussi."
    assert "boulanger" not in find(text, "PERSON")
