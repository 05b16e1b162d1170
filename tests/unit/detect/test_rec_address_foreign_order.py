"""Foreign addresses in their country's order (FrForeignOrderAddressRecognizer); a street after a
named house continues its address (engine.chained_places)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("propriétaire M. Pieter Janssens, Meir 45, 2000 Antwerpen.", "Meir 45, 2000 Antwerpen"),
    ("Contact : Mme Els Peeters, Sint-Jansvliet 12 bus 3, B-2000 Antwerpen",
     "Sint-Jansvliet 12 bus 3, B-2000 Antwerpen"),
    ("Mme Anne Zürcher, demeurant 12 Hill Road, Flat 2, Bristol BS8 1TH, Royaume-Uni",
     "12 Hill Road, Flat 2, Bristol BS8 1TH"),
])
def test_foreign_order_address(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "FR_ADDRESS")


def test_street_after_a_named_house(find) -> None:  # type: ignore[no-untyped-def]
    text = "Empl. 4 — Miel — Gérard Labbé — Mas de la Garrigue, route de Caux — camion 345 BXR 34"
    assert "route de Caux" in find(text, "FR_ADDRESS")


def test_second_street_after_a_numbered_street_stays(find) -> None:  # type: ignore[no-untyped-def]
    text = "Les travaux du 3 rue Pasteur, rue des Lilas et avenue Foch auront lieu."
    assert "rue des Lilas" not in find(text, "FR_ADDRESS")
