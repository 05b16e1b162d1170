"""Places named in an address line (FrNamedPlaceRecognizer) and more street types."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("Mme Martin, Villa « Les Mimosas », 3 traverse des Pêcheurs", "Villa « Les Mimosas »"),
    ("M. Gaspard Delcourt-Vidal, rue des Écoles, maison « Les Glycines » — 0033 4 73 51 44 09",
     "maison « Les Glycines »"),
    ("Mme Simon, 3 côte Saint-Jean", "3 côte Saint-Jean"),
])
def test_named_place(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "FR_ADDRESS")


def test_public_house_name_stays(find) -> None:  # type: ignore[no-untyped-def]
    text = "Rendez-vous à la maison « France Services » de la commune."
    assert not any("France Services" in v for v in find(text, "FR_ADDRESS"))
