"""FrPublicOfficialRecognizer and officials in signature blocks: a separate type the policy decides on."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("Fait et délibéré les jour, mois et an susdits.\nLe Maire,\nJean DUPONT", "Jean DUPONT"),
    ("Présidence : Paul DURAND, Maire.", "Paul DURAND"),
    ("Secrétaire de séance : Mme Claire Martin, adjointe au maire.", "Claire Martin"),
    ("Je soussigné, Marc LEROY, Maire de Lunel, atteste", "Marc LEROY"),
    ("Signé : Christophe CHANTEPY, président", "Christophe CHANTEPY"),
    ("M. Pierre Bonnal, conseiller rapporteur", "Pierre Bonnal"),
])
def test_officials(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "PUBLIC_OFFICIAL")
    assert value not in find(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Le Maire, vu le dossier de M. Jean Dupont, adjoint technique territorial,",
    "M. Jean Dupont, adjoint technique, est nommé.",
])
def test_agents_are_not_officials(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "PUBLIC_OFFICIAL") == []
    assert "Jean Dupont" in find(text, "PERSON")
