"""A way's word in an idiom is no address ("la mise en place de la ZAC", "sur place"); the same
word before a name still is (FrAddressRecognizer, ADDRESS_WAY)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "suite à la mise en place de la ZAC. Il ne permet pas",
    "la remise en place de la Charte a été votée",
    "il est resté sur place de la Toussaint à Noël",
    "après la mise en Place de la Commission",
])
def test_place_in_an_idiom_is_no_address(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "FR_ADDRESS") == []


@pytest.mark.parametrize(("text", "value"), [
    ("il demeure 3 place de la Comédie", "3 place de la Comédie"),
    ("Mme Roux, place de la République", "place de la République"),
    ("demeurant sur la place Carnot", "place Carnot"),
    ("domicilié place Bellecour", "place Bellecour"),
])
def test_place_before_a_name_stays_an_address(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "FR_ADDRESS")
