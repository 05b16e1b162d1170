""""Adresse de correspondance :", "Adresse de facturation :" are address fields (dev5 v04: a flat
and a house's name before a London street stayed in clear once the street was replaced)."""

from __future__ import annotations

import pytest
from aiguillage.detect.recognizers.form_fields import field_values


@pytest.mark.parametrize("text,value", [
    ("Adresse de correspondance : Apt 3, Rosewood Court, 18 Elm Road, Leeds LS6 2AB\nTél. : …",
     "Apt 3, Rosewood Court, 18 Elm Road, Leeds LS6 2AB"),
    ("Adresse de facturation : Bâtiment Les Cèdres, 4 allée Verte, 44300 Nantes",
     "Bâtiment Les Cèdres, 4 allée Verte, 44300 Nantes"),
])
def test_an_address_field_named_with_de(text: str, value: str) -> None:
    assert (value, "FR_ADDRESS") in [(text[s:e], k) for s, e, k in field_values(text)]


def test_an_electronic_address_is_no_postal_one() -> None:
    text = "Adresse de messagerie : contact.mairie@ville.fr"
    assert not [k for *_, k in field_values(text) if k == "FR_ADDRESS"]
