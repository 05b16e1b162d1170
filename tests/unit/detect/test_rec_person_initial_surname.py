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
